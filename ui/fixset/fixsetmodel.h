#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace parapet::ui {

class FixSet;

/// The fixes of a FixSet as a table: target object, kind of fix, controls it fixes and how
/// many warnings come with it.
class FixSetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Target,
        Kind,
        Warnings,
        Controls,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< raw values (warnings as a number)
    };

    explicit FixSetModel(QObject *parent = nullptr);

    void setFixSet(FixSet *fixSet);
    FixSet *fixSet() const { return m_fixSet; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<FixSet> m_fixSet;
};

} // namespace parapet::ui
