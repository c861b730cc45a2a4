#pragma once

#include "kube/inventory.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <vector>

namespace parapet::ui {

/// The diagnostics of a load (what was skipped or noted, and where) as a table.
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Severity,
        Location,
        Message,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        DiagnosticIndexRole, ///< index into Inventory::diagnostics()
        SeverityRole,        ///< int(Diagnostic::Severity)
    };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    void setDiagnostics(const std::vector<Diagnostic> &diagnostics,
                        const QString &displayRoot = {});
    const Diagnostic *diagnostic(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Diagnostic> m_diagnostics;
    QString m_displayRoot;
};

/// Sorts diagnostics by raw values (errors before warnings, files then line numbers) and
/// filters them by severity and text.
class DiagnosticsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DiagnosticsFilterModel(QObject *parent = nullptr);

    /// -1 for all, else int(Diagnostic::Severity).
    void setSeverityFilter(int severity);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_severity = -1;
    QString m_text;
};

} // namespace parapet::ui
