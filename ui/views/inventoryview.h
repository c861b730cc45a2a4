#pragma once

#include "view.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace parapet::ui {

class EmptyState;
class InventoryFilterModel;
class InventoryModel;
struct TableExport;

/// Every object of the source in one sortable, filterable table (kind, namespace, name,
/// file:line, age), with a filter field that understands `kind:`, `ns:` and `l:` tokens and
/// combo boxes for namespace and kind.
class InventoryView : public View
{
    Q_OBJECT
public:
    explicit InventoryView(QWidget *parent = nullptr);

    void setResult(const LoadResult &result) override;
    Selection selection() const override;
    qint64 badgeCount() const override;
    bool focusFilter() override;
    void applyFilter(const QString &filter) override;
    bool selectObject(qsizetype index) override;

    InventoryModel *model() const { return m_model; }
    InventoryFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    /// The rows shown (filtered and sorted) for CSV / JSON export.
    TableExport tableExport() const;
    /// Asks for a file and saves the rows shown as CSV or JSON (Ctrl+E).
    Q_INVOKABLE void exportRows();

private:
    void applyFilterText();
    void updateState();
    void fillCombos(const LoadResult &result);
    void clearFilters();

    InventoryModel *m_model;
    InventoryFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QComboBox *m_namespaceCombo;
    QComboBox *m_kindCombo;
    QLabel *m_count;
    QLabel *m_filterError;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EmptyState *m_empty;
    QTimer *m_filterTimer;
    bool m_hasErrors = false;
    QString m_sourceName;
};

} // namespace parapet::ui
