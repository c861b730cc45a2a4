#include "problemsview.h"

#include "formatting.h"
#include "itemmodels/diagnosticsmodel.h"
#include "theme.h"
#include "widgets/emptystate.h"
#include "widgets/tablestyle.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace parapet::ui {

ProblemsView::ProblemsView(QWidget *parent)
    : View(parent)
    , m_model(new DiagnosticsModel(this))
    , m_filter(new DiagnosticsFilterModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyState(this))
{
    setObjectName(QStringLiteral("problemsView"));
    const Theme &theme = Theme::current();
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    QHBoxLayout *barLayout = addFilterBar(layout, this);
    setUpFilterEdit(m_filterEdit, QStringLiteral("problemsFilter"),
                    tr("Filter by message or file   (Ctrl+F)"));
    barLayout->addWidget(m_filterEdit, 3);
    m_severity->setObjectName(QStringLiteral("problemsSeverity"));
    m_severity->addItem(tr("All severities"), -1);
    m_severity->addItem(theme.toneIcon(Tone::Error), Theme::toneWord(Tone::Error),
                        int(Diagnostic::Severity::Error));
    m_severity->addItem(theme.toneIcon(Tone::Warning), Theme::toneWord(Tone::Warning),
                        int(Diagnostic::Severity::Warning));
    barLayout->addWidget(m_severity, 1);

    m_table->setObjectName(QStringLiteral("problemsTable"));
    m_table->setModel(m_filter);
    applyTableStyle(m_table);
    m_table->setTextElideMode(Qt::ElideRight); // messages read from the start
    m_table->setFrameShape(QFrame::NoFrame);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(DiagnosticsModel::Severity, 110);
    header->resizeSection(DiagnosticsModel::Location, 340);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DiagnosticsModel::Severity, Qt::AscendingOrder);
    m_stack->addWidget(m_table);
    m_empty->setObjectName(QStringLiteral("problemsEmpty"));
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateState();
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSeverityFilter(m_severity->currentData().toInt());
        updateState();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &View::selectionChanged);
    updateState();
}

void ProblemsView::setResult(const LoadResult &result)
{
    m_sourceName = result.request.shortName();
    m_model->setDiagnostics(result.inventory.diagnostics(), result.displayRoot);
    updateState();
}

void ProblemsView::updateState()
{
    m_empty->clearActions();
    if (m_model->rowCount() == 0) {
        m_empty->setIcon(Theme::current().toneIcon(Tone::Pass));
        m_empty->setTitle(tr("No load problems"));
        m_empty->setText(
            tr("Every file of %1 was read and every document became an object. Problems show "
               "up here when a file cannot be parsed, a document is not a Kubernetes object "
               "(no kind, apiVersion or metadata.name), an object is defined twice, or an "
               "input is too large or not text.")
                .arg(m_sourceName.isEmpty() ? tr("the source") : m_sourceName));
        m_stack->setCurrentWidget(m_empty);
    } else if (m_filter->rowCount() == 0) {
        m_empty->setIcon(Theme::current().icon(QStringLiteral("action-search")));
        m_empty->setTitle(tr("No problems match"));
        m_empty->setText(
            tr("%1 problems are hidden by the filter.").arg(Format::count(m_model->rowCount())));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

Selection ProblemsView::selection() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || m_stack->currentWidget() != m_table)
        return {};
    return Selection::diagnostic(m_filter->mapToSource(current).row());
}

qint64 ProblemsView::badgeCount() const
{
    return m_model->rowCount();
}

bool ProblemsView::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
    return true;
}

void ProblemsView::applyFilter(const QString &filter)
{
    m_filterEdit->setText(filter);
}

} // namespace parapet::ui
