#pragma once

#include "view.h"

class QComboBox;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace parapet::ui {

class DiagnosticsFilterModel;
class DiagnosticsModel;
class EmptyState;

/// What went wrong or was noted while loading: severity (icon, word, colour), file:line and
/// message, errors first. When there is nothing, it says what would show up here.
class ProblemsView : public View
{
    Q_OBJECT
public:
    explicit ProblemsView(QWidget *parent = nullptr);

    void setResult(const LoadResult &result) override;
    Selection selection() const override;
    qint64 badgeCount() const override;
    bool focusFilter() override;
    void applyFilter(const QString &filter) override;

    QTableView *table() const { return m_table; }

private:
    void updateState();

    DiagnosticsModel *m_model;
    DiagnosticsFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QComboBox *m_severity;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EmptyState *m_empty;
    QString m_sourceName;
};

} // namespace parapet::ui
