#pragma once

#include "kube/inventory.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <vector>

namespace parapet::ui {

/// The objects of an Inventory as a table, one row per object in inventory order (row i is
/// `inventory.at(i)`). Display text is made for people; SortRole carries raw values so that
/// InventoryFilterModel never sorts by parsing display text.
class InventoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Kind,
        Namespace,
        Name,
        Source,
        Age,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        ObjectIndexRole, ///< qsizetype index into the inventory
        KindRole,
        NamespaceRole,
        NameRole,
    };

    explicit InventoryModel(QObject *parent = nullptr);

    /// \a displayRoot is cut from the front of file names in the Source column.
    void setInventory(const Inventory &inventory, const QString &displayRoot = {});
    const Inventory &inventory() const { return m_inventory; }
    const QString &displayRoot() const { return m_displayRoot; }
    const KubeObject *object(int row) const;
    /// True when some object carries metadata.creationTimestamp (live clusters, snapshots).
    bool hasCreationTimes() const { return m_hasCreationTimes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString source;    ///< `file:line` below the display root
        QString sourceKey; ///< file, then zero-padded line, for sorting
        // Kind, namespace and name each followed by the other two as tie-breakers; built once
        // here rather than in every comparison of a sort.
        QString kindKey;
        QString namespaceKey;
        QString nameKey;
        QDateTime created;
        qint64 ageSeconds = -1;
        QString age;
    };

    Inventory m_inventory;
    QString m_displayRoot;
    std::vector<Row> m_rows;
    bool m_hasCreationTimes = false;
};

} // namespace parapet::ui
