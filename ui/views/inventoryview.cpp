#include "inventoryview.h"

#include "formatting.h"
#include "itemmodels/inventoryfiltermodel.h"
#include "itemmodels/inventorymodel.h"
#include "theme.h"
#include "widgets/emptystate.h"
#include "widgets/tableexport.h"
#include "widgets/tablestyle.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace parapet::ui {

InventoryView::InventoryView(QWidget *parent)
    : View(parent)
    , m_model(new InventoryModel(this))
    , m_filter(new InventoryFilterModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_namespaceCombo(new QComboBox(this))
    , m_kindCombo(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_filterError(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyState(this))
    , m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("inventoryView"));
    const Theme &theme = Theme::current();
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    QHBoxLayout *barLayout = addFilterBar(layout, this);
    barLayout->parentWidget()->setObjectName(QStringLiteral("inventoryFilterBar"));
    setUpFilterEdit(m_filterEdit, QStringLiteral("inventoryFilter"),
                    tr("Filter: cart, kind:deploy, ns:shop, l:app=web  (Ctrl+F)"));
    m_filterEdit->setToolTip(
        tr("<p>Every word must match:</p>"
           "<p><code>cart</code> text in kind, namespace or name; <code>shop/cart</code> "
           "namespace and name<br><code>kind:deploy,sts</code> kinds by kubectl names<br>"
           "<code>ns:shop</code>, <code>ns:kube-*</code> namespaces<br>"
           "<code>l:app=web</code>, <code>l:\"env in (prod,dev)\"</code> label selectors</p>"));
    barLayout->addWidget(m_filterEdit, 3);
    m_namespaceCombo->setObjectName(QStringLiteral("inventoryNamespace"));
    m_namespaceCombo->setToolTip(tr("Only objects of this namespace"));
    m_namespaceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_namespaceCombo->setMinimumContentsLength(14);
    barLayout->addWidget(m_namespaceCombo, 1);
    m_kindCombo->setObjectName(QStringLiteral("inventoryKind"));
    m_kindCombo->setToolTip(tr("Only objects of this kind"));
    m_kindCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kindCombo->setMinimumContentsLength(14);
    barLayout->addWidget(m_kindCombo, 1);
    m_count->setObjectName(QStringLiteral("inventoryCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QPalette muted = m_count->palette();
    muted.setColor(QPalette::WindowText, theme.colors().mutedText);
    m_count->setPalette(muted);
    barLayout->addWidget(m_count);
    auto *exportButton = new QPushButton(tr("Export\u2026"), this);
    exportButton->setObjectName(QStringLiteral("inventoryExport"));
    exportButton->setToolTip(tr("Save the rows shown as CSV or JSON (Ctrl+E)"));
    connect(exportButton, &QPushButton::clicked, this, &InventoryView::exportRows);
    barLayout->addWidget(exportButton);
    m_namespaceCombo->setAccessibleName(tr("Namespace filter"));
    m_kindCombo->setAccessibleName(tr("Kind filter"));
    m_filterEdit->setAccessibleName(tr("Filter objects"));
    m_table->setAccessibleName(tr("Objects"));

    m_filterError->setObjectName(QStringLiteral("inventoryFilterError"));
    m_filterError->setContentsMargins(10, 0, 10, 6);
    m_filterError->setWordWrap(true);
    QPalette errorPalette = m_filterError->palette();
    errorPalette.setColor(QPalette::WindowText, theme.tone(Tone::Error));
    m_filterError->setPalette(errorPalette);
    m_filterError->hide();
    layout->addWidget(m_filterError);

    m_table->setObjectName(QStringLiteral("inventoryTable"));
    m_table->setModel(m_filter);
    applyTableStyle(m_table);
    m_table->setFrameShape(QFrame::NoFrame);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(InventoryModel::Name, QHeaderView::Stretch);
    header->resizeSection(InventoryModel::Kind, 170);
    header->resizeSection(InventoryModel::Namespace, 130);
    header->resizeSection(InventoryModel::Source, 250);
    header->resizeSection(InventoryModel::Age, 52);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InventoryModel::Kind, Qt::AscendingOrder);
    m_stack->addWidget(m_table);
    m_empty->setObjectName(QStringLiteral("inventoryEmpty"));
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(120);
    connect(m_filterTimer, &QTimer::timeout, this, &InventoryView::applyFilterText);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &InventoryView::applyFilterText);
    connect(m_namespaceCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setNamespaceFilter(m_namespaceCombo->currentData().toString());
        updateState();
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setKindFilter(m_kindCombo->currentData().toString());
        updateState();
    });
    connect(m_filter, &InventoryFilterModel::filterErrorChanged, this,
            [this](const QString &error) {
                m_filterError->setText(u"\u26a0 " + tr("Filter: %1").arg(error));
                m_filterError->setVisible(!error.isEmpty());
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &View::selectionChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &View::selectionChanged);
    updateState();
}

TableExport InventoryView::tableExport() const
{
    TableExport e;
    e.model = m_filter;
    e.columns = {InventoryModel::Kind, InventoryModel::Namespace, InventoryModel::Name,
                 InventoryModel::Source};
    e.keys = {QStringLiteral("kind"), QStringLiteral("namespace"), QStringLiteral("name"),
              QStringLiteral("source")};
    if (!m_table->isColumnHidden(InventoryModel::Age)) {
        e.columns.append(InventoryModel::Age);
        e.keys.append(QStringLiteral("age"));
    }
    for (const int c : std::as_const(e.columns))
        e.headers.append(m_filter->headerData(c, Qt::Horizontal).toString());
    return e;
}

void InventoryView::exportRows()
{
    tableExport().exportWithDialog(this, QStringLiteral("inventory"));
}

void InventoryView::setResult(const LoadResult &result)
{
    m_hasErrors = result.summary.errors > 0;
    m_sourceName = result.request.shortName();
    m_model->setInventory(result.inventory, result.displayRoot);
    m_table->setColumnHidden(InventoryModel::Age, !m_model->hasCreationTimes());
    fillCombos(result);
    updateState();
}

void InventoryView::fillCombos(const LoadResult &result)
{
    const QSignalBlocker b1(m_namespaceCombo);
    const QSignalBlocker b2(m_kindCombo);
    const QString currentNs = m_namespaceCombo->currentData().toString();
    const QString currentKind = m_kindCombo->currentData().toString();
    m_namespaceCombo->clear();
    m_kindCombo->clear();
    const Theme &theme = Theme::current();
    m_namespaceCombo->addItem(tr("All namespaces"), QString());
    qsizetype clusterScoped = 0;
    for (const KubeObject &o : result.inventory.objects())
        clusterScoped += o.ns().isEmpty() ? 1 : 0;
    if (clusterScoped > 0)
        m_namespaceCombo->addItem(tr("Cluster-scoped (%1)").arg(Format::count(clusterScoped)),
                                  InventoryFilterModel::clusterScoped());
    for (const NamespaceSummary &ns : result.summary.namespaceRows)
        m_namespaceCombo->addItem(
            theme.kindIcon(u"Namespace"),
            ns.name + QStringLiteral("  (") + Format::count(ns.objects) + u')', ns.name);
    m_kindCombo->addItem(tr("All kinds"), QString());
    for (auto it = result.summary.kinds.constBegin(); it != result.summary.kinds.constEnd(); ++it)
        m_kindCombo->addItem(theme.kindIcon(it.key()),
                             it.key() + QStringLiteral("  (") + Format::count(it.value()) + u')',
                             it.key());
    // Keep what was chosen when it still exists (reload).
    m_namespaceCombo->setCurrentIndex(std::max(0, m_namespaceCombo->findData(currentNs)));
    m_kindCombo->setCurrentIndex(std::max(0, m_kindCombo->findData(currentKind)));
    m_filter->setNamespaceFilter(m_namespaceCombo->currentData().toString());
    m_filter->setKindFilter(m_kindCombo->currentData().toString());
}

void InventoryView::applyFilterText()
{
    m_filterTimer->stop();
    m_filter->setFilterText(m_filterEdit->text());
    updateState();
}

void InventoryView::clearFilters()
{
    m_filterEdit->clear();
    m_namespaceCombo->setCurrentIndex(0);
    m_kindCombo->setCurrentIndex(0);
    applyFilterText();
}

void InventoryView::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_count->setText(shown == total
                         ? tr("%1 objects").arg(Format::count(total))
                         : tr("%1 of %2 objects").arg(Format::count(shown), Format::count(total)));
    m_empty->clearActions();
    if (total == 0) {
        m_empty->setIcon(Theme::current().icon(QStringLiteral("nav-inventory")));
        if (m_hasErrors) {
            m_empty->setTitle(tr("Nothing could be loaded"));
            m_empty->setText(tr("Every input of %1 was skipped. Problems lists what went wrong "
                                "and where.")
                                 .arg(m_sourceName));
            connect(m_empty->addAction(tr("Show problems")), &QPushButton::clicked, this,
                    [this] { Q_EMIT navigateRequested(QStringLiteral("problems"), QString()); });
        } else {
            m_empty->setTitle(tr("No Kubernetes objects"));
            m_empty->setText(
                tr("Parapet reads *.yaml, *.yml and *.json files, also in subfolders: "
                   "multi-document YAML, kind: List, JSON streams, Helm and kustomize output, "
                   "and Parapet snapshots. Hidden files and folders are skipped."));
        }
        m_stack->setCurrentWidget(m_empty);
    } else if (shown == 0) {
        m_empty->setIcon(Theme::current().icon(QStringLiteral("action-search")));
        m_empty->setTitle(tr("No objects match"));
        m_empty->setText(tr("None of the %1 objects passes the filter. Filters combine: every "
                            "word and both lists must match.")
                             .arg(Format::count(total)));
        connect(m_empty->addAction(tr("Clear filters")), &QPushButton::clicked, this,
                &InventoryView::clearFilters);
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

Selection InventoryView::selection() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || m_stack->currentWidget() != m_table)
        return {};
    const QModelIndex source = m_filter->mapToSource(current);
    if (!source.isValid())
        return {};
    return Selection::object(source.row());
}

qint64 InventoryView::badgeCount() const
{
    return m_model->rowCount();
}

bool InventoryView::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
    return true;
}

void InventoryView::applyFilter(const QString &filter)
{
    {
        const QSignalBlocker b1(m_namespaceCombo);
        const QSignalBlocker b2(m_kindCombo);
        m_namespaceCombo->setCurrentIndex(0);
        m_kindCombo->setCurrentIndex(0);
    }
    m_filter->setNamespaceFilter(QString());
    m_filter->setKindFilter(QString());
    m_filterEdit->setText(filter);
    applyFilterText();
}

bool InventoryView::selectObject(qsizetype index)
{
    if (index < 0 || index >= m_model->rowCount())
        return false;
    QModelIndex proxy = m_filter->mapFromSource(m_model->index(int(index), 0));
    if (!proxy.isValid()) {
        clearFilters();
        proxy = m_filter->mapFromSource(m_model->index(int(index), 0));
    }
    if (!proxy.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(proxy, QAbstractItemView::PositionAtCenter);
    return true;
}

} // namespace parapet::ui
