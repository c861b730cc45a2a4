#pragma once

#include "view.h"

#include <QPointer>

class QAction;
class QComboBox;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace parapet::ui {

class EmptyState;
class FindingsFilterModel;
class FindingsModel;
class FindingsScopeFilter;
class FixPreviewDialog;
struct TableExport;

/// Every failed check on every object (severity, control id, status, object, field, file:line,
/// message), most severe first, with a filter field and a severity choice. The scan runs after
/// the load; until it is done the view says so. Generate fix… (Ctrl+G, the context menu) opens
/// the fix preview of the selected finding, as the Checklist does.
class FindingsView : public View
{
    Q_OBJECT
public:
    explicit FindingsView(QWidget *parent = nullptr);

    void setResult(const LoadResult &result) override;
    void setScan(const std::shared_ptr<const checks::ScanResult> &scan) override;
    void setFixSet(FixSet *fixSet) override;
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

    /// The finding of the selected row; null when nothing is selected.
    const checks::Finding *currentFinding() const;
    /// Opens the fix preview for the selected finding (its owning workload for a Pod made by
    /// one); null when no finding is selected, it is excepted or its control has no fix.
    FixPreviewDialog *generateFix();
    /// Generate fix… (Ctrl+G): enabled when generateFix() would open a preview.
    QAction *generateFixAction() const { return m_generateAction; }

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void updateState();
    void fitColumns();
    void fillScopeCombos();
    void updateGenerateFix();

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
    QAction *m_generateAction;
    QPushButton *m_generate;
    Inventory m_inventory;
    std::shared_ptr<const checks::ScanResult> m_scan;
    QPointer<FixSet> m_fixSet;
    QStringList m_fixable;
    QString m_sourceName;
    QString m_displayRoot;
    qsizetype m_objectCount = 0;
    bool m_scanned = false;
    bool m_fitting = false;
    bool m_userSized = false;
};

} // namespace parapet::ui
