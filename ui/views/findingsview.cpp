#include "findingsview.h"

#include "dialogs/fixpreviewdialog.h"
#include "fixset/fixset.h"
#include "formatting.h"
#include "itemmodels/findingsmodel.h"
#include "remediation/remediation.h"
#include "theme.h"
#include "widgets/compactbuttons.h"
#include "widgets/elidingcombobox.h"
#include "widgets/emptystate.h"
#include "widgets/tableexport.h"
#include "widgets/tablestyle.h"

#include <QAction>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace parapet::ui {

/// Long names keep both ends (`Pod kube-system/…proxy-x2gt9`); messages read from the start.
class ElidingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // Field paths end with the setting that matters (…securityContext.privileged).
        option->textElideMode = index.column() == FindingsModel::Message ? Qt::ElideRight
                                : index.column() == FindingsModel::Field ? Qt::ElideLeft
                                                                         : Qt::ElideMiddle;
    }
};

/// Narrows the sorted findings to one section of the guide, namespace and kind. Sorting is
/// left to the FindingsFilterModel below it (its raw-value order).
class FindingsScopeFilter : public QSortFilterProxyModel
{
public:
    FindingsScopeFilter(FindingsModel *findings, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_findings(findings)
    {}

    void setScope(int section, const QString &ns, const QString &kind)
    {
        m_section = section;
        m_ns = ns;
        m_kind = kind;
        invalidateFilter();
    }
    void sort(int column, Qt::SortOrder order) override
    {
        if (sourceModel())
            sourceModel()->sort(column, order);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_section < 0 && m_ns.isNull() && m_kind.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        const checks::ScanResult *scan = m_findings->scan();
        const qsizetype i = index.data(FindingsModel::FindingIndexRole).toLongLong();
        if (!scan || i < 0 || std::size_t(i) >= scan->findings.size())
            return false;
        const checks::Finding &f = scan->findings[std::size_t(i)];
        if (m_section >= 0) {
            const checks::Control *c = checks::findControl(f.control);
            if (!c || int(c->section) != m_section)
                return false;
        }
        if (!m_ns.isNull() && f.object.ns != m_ns)
            return false;
        return m_kind.isEmpty() || f.object.kind == m_kind;
    }

private:
    FindingsModel *m_findings;
    int m_section = -1;
    QString m_ns; ///< null: all; empty: cluster-scoped objects
    QString m_kind;
};

FindingsView::FindingsView(QWidget *parent)
    : View(parent)
    , m_model(new FindingsModel(this))
    , m_filter(new FindingsFilterModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_severity(new ElidingComboBox(this))
    , m_section(new ElidingComboBox(this))
    , m_namespace(new ElidingComboBox(this))
    , m_kind(new ElidingComboBox(this))
    , m_scope(new FindingsScopeFilter(m_model, this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyState(this))
    , m_generateAction(new QAction(tr("Generate fix\u2026"), this))
    , m_generate(new QPushButton(tr("Generate fix\u2026"), this))
    , m_fixable(remediation::fixableControls())
{
    setObjectName(QStringLiteral("findingsView"));
    const Theme &theme = Theme::current();
    m_filter->setSourceModel(m_model);
    m_scope->setSourceModel(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    QHBoxLayout *barLayout = addFilterBar(layout, this);
    setUpFilterEdit(m_filterEdit, QStringLiteral("findingsFilter"),
                    tr("Filter by control, object, field, message or file   (Ctrl+F)"));
    barLayout->addWidget(m_filterEdit, 1);
    m_filterEdit->setMinimumWidth(160);
    m_severity->setObjectName(QStringLiteral("findingsSeverity"));
    m_severity->addItem(tr("All severities"), -1);
    for (const checks::Severity s : {checks::Severity::Critical, checks::Severity::High,
                                     checks::Severity::Medium, checks::Severity::Low}) {
        m_severity->addItem(theme.toneIcon(severityTone(s)), Theme::toneWord(severityTone(s)),
                            int(s));
    }
    m_severity->setAccessibleName(tr("Severity filter"));
    m_severity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_severity->setMinimumContentsLength(9);
    m_filterEdit->setAccessibleName(tr("Filter findings"));
    barLayout->addWidget(m_severity);
    m_section->setObjectName(QStringLiteral("findingsSection"));
    m_section->setAccessibleName(tr("Section filter"));
    m_section->setToolTip(tr("Only findings of this section of the guide"));
    m_section->addItem(tr("All sections"), -1);
    for (const checks::Section s : checks::sections())
        m_section->addItem(checks::sectionTitle(s), int(s));
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_section->setMinimumContentsLength(11);
    barLayout->addWidget(m_section);
    m_namespace->setObjectName(QStringLiteral("findingsNamespace"));
    m_namespace->setAccessibleName(tr("Namespace filter"));
    m_namespace->setToolTip(tr("Only findings on objects of this namespace"));
    m_namespace->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_namespace->setMinimumContentsLength(9);
    barLayout->addWidget(m_namespace);
    m_kind->setObjectName(QStringLiteral("findingsKind"));
    m_kind->setAccessibleName(tr("Kind filter"));
    m_kind->setToolTip(tr("Only findings on objects of this kind"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(8);
    barLayout->addWidget(m_kind);
    // Generate fix…: the button, Ctrl+G and the table's context menu share one action.
    m_generateAction->setObjectName(QStringLiteral("findingsGenerateFixAction"));
    m_generateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    // Window-wide while the findings are shown (hidden views take no shortcuts).
    m_generateAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_generateAction, &QAction::triggered, this, [this] { generateFix(); });
    addAction(m_generateAction);
    m_generate->setObjectName(QStringLiteral("findingsGenerateFix"));
    m_generate->setAccessibleName(tr("Generate fix"));
    connect(m_generate, &QPushButton::clicked, m_generateAction, &QAction::trigger);
    barLayout->addWidget(m_generate);
    auto *exportButton = new QPushButton(tr("Export\u2026"), this);
    exportButton->setObjectName(QStringLiteral("findingsExport"));
    exportButton->setToolTip(tr("Save the findings shown as CSV or JSON (Ctrl+E)"));
    connect(exportButton, &QPushButton::clicked, this, &FindingsView::exportRows);
    barLayout->addWidget(exportButton);
    // A narrow view (German, the details dock open) shows Generate fix as its icon, the text
    // in the tooltip, instead of forcing the window wider.
    m_generate->setIcon(theme.icon(QStringLiteral("nav-fixset")));
    (new CompactButtons(barLayout->parentWidget()))->add(m_generate);
    fillScopeCombos();

    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setAccessibleName(tr("Findings"));
    m_table->setModel(m_scope);
    applyTableStyle(m_table);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setFrameShape(QFrame::NoFrame);
    QHeaderView *header = m_table->horizontalHeader();
    // The message is what an operator reads first: it comes right after the object and keeps
    // a fair share of the width when the table narrows (details dock open); see fitColumns().
    header->setStretchLastSection(false);
    m_table->setItemDelegate(new ElidingDelegate(m_table));
    header->moveSection(header->visualIndex(FindingsModel::Message),
                        header->visualIndex(FindingsModel::Field));
    // Severity and status: as wide as their header and longest word in this language
    // ("Schweregrad", "Kritisch", "Verstoß" in German), icon included.
    QStringList severities;
    for (const checks::Severity s : {checks::Severity::Critical, checks::Severity::High,
                                     checks::Severity::Medium, checks::Severity::Low})
        severities.append(Theme::toneWord(severityTone(s)));
    header->resizeSection(
        FindingsModel::Severity,
        fittingColumnWidth(m_table, header, FindingsModel::Severity, severities, true));
    header->resizeSection(FindingsModel::Control, 100);
    header->resizeSection(
        FindingsModel::Status,
        fittingColumnWidth(m_table, header, FindingsModel::Status,
                           {Theme::toneWord(Tone::Fail), Theme::toneWord(Tone::Excepted)}, true));
    connect(header, &QHeaderView::sectionResized, this, [this] {
        // A drag by the user (a button is down); the table's own resizes are not.
        if (!m_fitting && QGuiApplication::mouseButtons() != Qt::NoButton)
            m_userSized = true;
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        m_table->setCurrentIndex(index);
        QMenu menu(this);
        menu.addAction(m_generateAction);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    m_table->installEventFilter(this);
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
    const auto scopeChanged = [this] {
        const QVariant ns = m_namespace->currentData();
        m_scope->setScope(m_section->currentData().toInt(),
                          ns.isValid() ? ns.toString() : QString(),
                          m_kind->currentData().toString());
        updateState();
    };
    connect(m_section, &QComboBox::currentIndexChanged, this, scopeChanged);
    connect(m_namespace, &QComboBox::currentIndexChanged, this, scopeChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, scopeChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateGenerateFix();
        Q_EMIT selectionChanged();
    });
    updateState();
}

bool FindingsView::eventFilter(QObject *watched, QEvent *event)
{
    // After the table has laid out its viewport for the new size.
    if (watched == m_table && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &FindingsView::fitColumns, Qt::QueuedConnection);
    return View::eventFilter(watched, event);
}

void FindingsView::fitColumns()
{
    // Until the user drags a column: Object, Message, Field and Source share what Severity,
    // Control and Status leave, the message getting the largest part.
    if (m_userSized)
        return;
    m_fitting = true;
    QHeaderView *header = m_table->horizontalHeader();
    const int fixed = header->sectionSize(FindingsModel::Severity) +
                      header->sectionSize(FindingsModel::Control) +
                      header->sectionSize(FindingsModel::Status);
    const int rest = std::max(400, m_table->viewport()->width() - fixed);
    header->resizeSection(FindingsModel::Object, std::clamp(rest * 27 / 100, 150, 320));
    header->resizeSection(FindingsModel::Field, std::clamp(rest * 14 / 100, 90, 220));
    header->resizeSection(FindingsModel::Location, std::clamp(rest * 16 / 100, 110, 220));
    const int used = header->sectionSize(FindingsModel::Object) +
                     header->sectionSize(FindingsModel::Field) +
                     header->sectionSize(FindingsModel::Location);
    header->resizeSection(FindingsModel::Message, std::max(200, rest - used));
    m_fitting = false;
}

void FindingsView::fillScopeCombos()
{
    const QSignalBlocker b1(m_namespace);
    const QSignalBlocker b2(m_kind);
    const QVariant currentNs = m_namespace->currentData();
    const QString currentKind = m_kind->currentData().toString();
    m_namespace->clear();
    m_kind->clear();
    m_namespace->addItem(tr("All namespaces")); // no data: all; "" cluster-scoped
    m_kind->addItem(tr("All kinds"), QString());
    QSet<QString> namespaces;
    QSet<QString> kinds;
    bool clusterScoped = false;
    if (const checks::ScanResult *scan = m_model->scan()) {
        for (const checks::Finding &f : scan->findings) {
            if (f.object.ns.isEmpty())
                clusterScoped = true;
            else
                namespaces.insert(f.object.ns);
            if (!f.object.kind.isEmpty())
                kinds.insert(f.object.kind);
        }
    }
    QStringList nsList(namespaces.begin(), namespaces.end());
    nsList.sort();
    if (clusterScoped)
        m_namespace->addItem(tr("(cluster-scoped)"), QStringLiteral(""));
    for (const QString &ns : std::as_const(nsList))
        m_namespace->addItem(ns, ns);
    QStringList kindList(kinds.begin(), kinds.end());
    kindList.sort();
    for (const QString &k : std::as_const(kindList))
        m_kind->addItem(Theme::current().kindIcon(k), k, k);
    const int ns = currentNs.isValid() ? m_namespace->findData(currentNs) : 0;
    m_namespace->setCurrentIndex(std::max(0, ns));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(currentKind)));
    const QVariant nsData = m_namespace->currentData();
    m_scope->setScope(m_section->currentData().toInt(),
                      nsData.isValid() ? nsData.toString() : QString(),
                      m_kind->currentData().toString());
}

void FindingsView::setScope(int section, const QString &ns, const QString &kind)
{
    m_section->setCurrentIndex(std::max(0, m_section->findData(section)));
    m_namespace->setCurrentIndex(ns.isNull() ? 0 : std::max(0, m_namespace->findData(ns)));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

TableExport FindingsView::tableExport() const
{
    TableExport e;
    e.model = m_scope;
    e.columns = {FindingsModel::Severity, FindingsModel::Control, FindingsModel::Status,
                 FindingsModel::Object,   FindingsModel::Field,   FindingsModel::Location,
                 FindingsModel::Message};
    e.keys = {QStringLiteral("severity"), QStringLiteral("control"), QStringLiteral("status"),
              QStringLiteral("object"),   QStringLiteral("field"),   QStringLiteral("location"),
              QStringLiteral("message")};
    for (const int c : std::as_const(e.columns))
        e.headers.append(m_scope->headerData(c, Qt::Horizontal).toString());
    return e;
}

void FindingsView::exportRows()
{
    tableExport().exportWithDialog(this, QStringLiteral("findings"));
}

void FindingsView::setFixSet(FixSet *fixSet)
{
    m_fixSet = fixSet;
}

const checks::Finding *FindingsView::currentFinding() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_scan || m_stack->currentWidget() != m_table)
        return nullptr;
    const qsizetype i = current.data(FindingsModel::FindingIndexRole).toLongLong();
    if (i < 0 || std::size_t(i) >= m_scan->findings.size())
        return nullptr;
    return &m_scan->findings[std::size_t(i)];
}

namespace {

/// The object a fix changes: a Pod made by a workload is fixed in the workload's template.
const checks::ObjectRef &fixTarget(const checks::Finding &f)
{
    return f.owner.isValid() && f.owner.kind != u"Node" ? f.owner : f.object;
}

} // namespace

void FindingsView::updateGenerateFix()
{
    const checks::Finding *f = currentFinding();
    const bool fixable = f && m_fixable.contains(f->control);
    const bool enabled = fixable && !f->excepted;
    m_generateAction->setEnabled(enabled);
    m_generate->setEnabled(enabled);
    const QString tip =
        !f         ? tr("Select a finding to preview its fix")
        : !fixable ? tr("Parapet has no generated fix for %1: see \u201cHow to fix\u201d in "
                        "the details")
                         .arg(f->control)
        : f->excepted ? tr("This finding is an accepted risk")
                      : tr("Preview the fix for %1 (Ctrl+G)").arg(fixTarget(*f).toString());
    m_generate->setToolTip(tip);
    m_generateAction->setToolTip(tip);
}

FixPreviewDialog *FindingsView::generateFix()
{
    const checks::Finding *f = currentFinding();
    if (!f || f->excepted || !m_fixable.contains(f->control))
        return nullptr;
    auto *dialog = new FixPreviewDialog(m_inventory, m_scan, fixTarget(*f).toString(), f->control,
                                        m_fixSet, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void FindingsView::setResult(const LoadResult &result)
{
    // The findings of the previous source no longer apply; the scan of this one follows.
    m_sourceName = result.request.shortName();
    m_displayRoot = result.displayRoot;
    m_objectCount = result.inventory.size();
    m_inventory = result.inventory;
    m_scanned = false;
    m_scan.reset();
    m_model->setScan(nullptr);
    updateState();
}

void FindingsView::setScan(const std::shared_ptr<const checks::ScanResult> &scan)
{
    m_scanned = scan != nullptr;
    m_scan = scan;
    m_model->setScan(scan, m_displayRoot);
    fillScopeCombos();
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
    } else if (m_scope->rowCount() == 0) {
        m_empty->setIcon(theme.icon(QStringLiteral("action-search")));
        m_empty->setTitle(tr("No findings match"));
        m_empty->setText(tr("%1 findings are hidden by the filter and the severity, section, "
                            "namespace and kind choices.")
                             .arg(Format::count(m_model->rowCount())));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    updateGenerateFix();
}

Selection FindingsView::selection() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || m_stack->currentWidget() != m_table)
        return {};
    return Selection::finding(m_filter->mapToSource(m_scope->mapToSource(current)).row());
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
    // `severity:high` (an overview chip): all findings of that severity, nothing else hidden.
    checks::Severity severity;
    if (filter.startsWith(u"severity:") &&
        checks::parseSeverity(QStringView(filter).mid(9), &severity)) {
        m_filterEdit->clear();
        for (QComboBox *scope : {m_section, m_namespace, m_kind})
            scope->setCurrentIndex(0);
        m_severity->setCurrentIndex(m_severity->findData(int(severity)));
        return;
    }
    m_filterEdit->setText(filter);
}

} // namespace parapet::ui
