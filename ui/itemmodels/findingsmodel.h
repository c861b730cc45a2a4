#pragma once

#include "checks/scanresult.h"
#include "theme.h"

#include <memory>
#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace parapet::ui {

/// The findings of a scan (one failed control on one object, with its evidence) as a table.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Severity,
        Control,
        Status,
        Object,
        Field,
        Location,
        Message,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< raw values: severity as int(checks::Severity), …
        FindingIndexRole,            ///< index into ScanResult::findings
        SeverityRole,                ///< int(checks::Severity)
        ExceptedRole,                ///< bool
    };

    explicit FindingsModel(QObject *parent = nullptr);

    /// Shows the findings of \a scan (may be null: no scan yet).
    void setScan(std::shared_ptr<const checks::ScanResult> scan, const QString &displayRoot = {});
    const checks::ScanResult *scan() const { return m_scan.get(); }
    const checks::Finding *finding(int row) const;
    /// Findings not excepted.
    qint64 failingCount() const { return m_failing; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const checks::ScanResult> m_scan;
    QString m_displayRoot;
    qint64 m_failing = 0;
};

/// Sorts findings by raw values (severity as a number, controls in catalogue order, files then
/// line numbers) and filters them by severity and text (control id, object, field, message,
/// file).
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingsFilterModel(QObject *parent = nullptr);

    /// -1 for all, else int(checks::Severity).
    void setSeverityFilter(int severity);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_severity = -1;
    QString m_text;
};

/// The tone (colour, icon, word) of a severity.
Tone severityTone(checks::Severity severity);

} // namespace parapet::ui
