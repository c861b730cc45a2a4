#include "findingsview.h"

#include "formatting.h"
#include "itemmodels/findingsmodel.h"
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

FindingsView::FindingsView(QWidget *parent)
    : View(parent)
    , m_model(new FindingsModel(this))
    , m_filter(new FindingsFilterModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyState(this))
{
    setObjectName(QStringLiteral("findingsView"));
    const Theme &theme = Theme::current();
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    QHBoxLayout *barLayout = addFilterBar(layout, this);
    setUpFilterEdit(m_filterEdit, QStringLiteral("findingsFilter"),
                    tr("Filter by control, object, field, message or file   (Ctrl+F)"));
    barLayout->addWidget(m_filterEdit, 3);
    m_severity->setObjectName(QStringLiteral("findingsSeverity"));
    m_severity->addItem(tr("All severities"), -1);
    for (const checks::Severity s : {checks::Severity::Critical, checks::Severity::High,
                                     checks::Severity::Medium, checks::Severity::Low}) {
        m_severity->addItem(theme.toneIcon(severityTone(s)), Theme::toneWord(severityTone(s)),
                            int(s));
    }
    barLayout->addWidget(m_severity, 1);

    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setModel(m_filter);
    applyTableStyle(m_table);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setFrameShape(QFrame::NoFrame);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(FindingsModel::Severity, 88);
    header->resizeSection(FindingsModel::Control, 100);
    header->resizeSection(FindingsModel::Status, 70);
    header->resizeSection(FindingsModel::Object, 200);
    header->resizeSection(FindingsModel::Field, 150);
    header->resizeSection(FindingsModel::Location, 120);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FindingsModel::Severity, Qt::DescendingOrder);
    m_stack->addWidget(m_table);
    m_empty->setObjectName(QStringLiteral("findingsEmpty"));
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

void FindingsView::setResult(const LoadResult &result)
{
    // The findings of the previous source no longer apply; the scan of this one follows.
    m_sourceName = result.request.shortName();
    m_displayRoot = result.displayRoot;
    m_objectCount = result.inventory.size();
    m_scanned = false;
    m_model->setScan(nullptr);
    updateState();
}

void FindingsView::setScan(const std::shared_ptr<const checks::ScanResult> &scan)
{
    m_scanned = scan != nullptr;
    m_model->setScan(scan, m_displayRoot);
    updateState();
}

void FindingsView::updateState()
{
    const Theme &theme = Theme::current();
    m_empty->clearActions();
    const int controls = int(checks::catalogue().size());
    if (!m_scanned) {
        m_empty->setIcon(theme.icon(QStringLiteral("action-reload")));
        m_empty->setTitle(tr("Checking\u2026"));
        m_empty->setText(
            m_sourceName.isEmpty()
                ? tr("Findings show up here once a source is loaded and checked against the "
                     "%1 controls of the NSA/CISA Kubernetes Hardening Guide.")
                      .arg(controls)
                : tr("Checking %1 objects of %2 against the %3 controls of the NSA/CISA "
                     "Kubernetes Hardening Guide.")
                      .arg(Format::count(m_objectCount), m_sourceName)
                      .arg(controls));
        m_stack->setCurrentWidget(m_empty);
    } else if (m_model->rowCount() == 0) {
        m_empty->setIcon(theme.toneIcon(Tone::Pass));
        m_empty->setTitle(tr("No findings"));
        m_empty->setText(
            tr("No object of %1 fails a control that can be checked from here. Findings show "
               "up when, for example, a container runs privileged or as root, a namespace has "
               "no NetworkPolicy, or a role grants wildcard access. Controls that need the "
               "live cluster or its nodes are listed as not verifiable, with the manual check.")
                .arg(m_sourceName));
        m_stack->setCurrentWidget(m_empty);
    } else if (m_filter->rowCount() == 0) {
        m_empty->setIcon(theme.icon(QStringLiteral("action-search")));
        m_empty->setTitle(tr("No findings match"));
        m_empty->setText(tr("%1 findings are hidden by the filter and the severity choice.")
                             .arg(Format::count(m_model->rowCount())));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

Selection FindingsView::selection() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || m_stack->currentWidget() != m_table)
        return {};
    return Selection::finding(m_filter->mapToSource(current).row());
}

qint64 FindingsView::badgeCount() const
{
    return m_scanned ? m_model->failingCount() : -1;
}

bool FindingsView::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
    return true;
}

void FindingsView::applyFilter(const QString &filter)
{
    m_filterEdit->setText(filter);
}

} // namespace parapet::ui
