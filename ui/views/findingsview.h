#pragma once

#include "view.h"

class QComboBox;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace parapet::ui {

class EmptyState;
class FindingsFilterModel;
class FindingsModel;
class FindingsScopeFilter;
struct TableExport;

/// Every failed check on every object (severity, control id, status, object, field, file:line,
/// message), most severe first, with a filter field and a severity choice. The scan runs after
/// the load; until it is done the view says so.
class FindingsView : public View
{
    Q_OBJECT
public:
    explicit FindingsView(QWidget *parent = nullptr);

    void setResult(const LoadResult &result) override;
    void setScan(const std::shared_ptr<const checks::ScanResult> &scan) override;
    Selection selection() const override;
    /// Findings not excepted; -1 while no scan is done.
    qint64 badgeCount() const override;
    bool focusFilter() override;
    void applyFilter(const QString &filter) override;

    QTableView *table() const { return m_table; }
    FindingsModel *model() const { return m_model; }
    /// Section (int(checks::Section), -1 all), namespace and kind ("" all) of the rows shown.
    void setScope(int section, const QString &ns, const QString &kind);
    /// The rows shown (filtered and sorted) for CSV / JSON export.
    TableExport tableExport() const;
    /// Asks for a file and saves the rows shown as CSV or JSON (Ctrl+E).
    Q_INVOKABLE void exportRows();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void updateState();
    void fitColumns();
    void fillScopeCombos();

    FindingsModel *m_model;
    FindingsFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QComboBox *m_severity;
    QComboBox *m_section;
    QComboBox *m_namespace;
    QComboBox *m_kind;
    FindingsScopeFilter *m_scope;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EmptyState *m_empty;
    QString m_sourceName;
    QString m_displayRoot;
    qsizetype m_objectCount = 0;
    bool m_scanned = false;
    bool m_fitting = false;
    bool m_userSized = false;
};

} // namespace parapet::ui
