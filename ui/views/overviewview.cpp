#include "overviewview.h"

#include "formatting.h"
#include "itemmodels/namespacesummarymodel.h"
#include "theme.h"
#include "widgets/statcard.h"
#include "widgets/tablestyle.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace parapet::ui {

namespace {

// `12 Deployment · 3 DaemonSet`: the largest parts first, at most \a limit of them (the
// card's tooltip carries them all).
QString breakdown(const QMap<QString, int> &counts, const QStringList &keys, qsizetype limit = 2)
{
    QList<std::pair<int, QString>> parts;
    for (const QString &k : keys) {
        const int n = counts.value(k, 0);
        if (n > 0)
            parts.append({n, k});
    }
    std::stable_sort(parts.begin(), parts.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList out;
    for (qsizetype i = 0; i < std::min(parts.size(), limit); ++i)
        out.append(Format::count(parts[i].first) + u' ' + parts[i].second);
    return out.join(QStringLiteral(" \u00b7 "));
}

} // namespace

OverviewView::OverviewView(QWidget *parent)
    : View(parent)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_banner(new QWidget(this))
    , m_bannerIcon(new QLabel(m_banner))
    , m_bannerText(new QLabel(m_banner))
    , m_namespacesHeading(new QLabel(this))
    , m_model(new NamespaceSummaryModel(this))
    , m_filter(new NamespaceSummaryFilterModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("overviewView"));
    const Theme &theme = Theme::current();
    const Theme::Colors &c = theme.colors();
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);

    m_title->setObjectName(QStringLiteral("overviewTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_facts->setObjectName(QStringLiteral("overviewFacts"));
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    QPalette muted = m_facts->palette();
    muted.setColor(QPalette::WindowText, c.mutedText);
    m_facts->setPalette(muted);
    layout->addWidget(m_facts);

    m_banner->setObjectName(QStringLiteral("overviewBanner"));
    m_banner->setAttribute(Qt::WA_StyledBackground, true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_bannerIcon, 0, Qt::AlignTop);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    bannerLayout->addWidget(m_bannerText, 1);
    auto *showProblems = new QPushButton(tr("Show problems"), m_banner);
    showProblems->setObjectName(QStringLiteral("overviewShowProblems"));
    bannerLayout->addWidget(showProblems, 0, Qt::AlignVCenter);
    connect(showProblems, &QPushButton::clicked, this,
            [this] { Q_EMIT navigateRequested(QStringLiteral("problems"), QString()); });
    m_banner->hide();
    layout->addWidget(m_banner);
    layout->addSpacing(4);

    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    layout->addLayout(grid);
    addCard(QStringLiteral("namespaces"), QStringLiteral("kind-namespace"), tr("Namespaces"),
            QStringLiteral("kind:Namespace"));
    addCard(QStringLiteral("nodes"), QStringLiteral("kind-node"), tr("Nodes"),
            QStringLiteral("kind:Node"));
    addCard(QStringLiteral("pods"), QStringLiteral("kind-pod"), tr("Pods"),
            QStringLiteral("kind:Pod"));
    addCard(QStringLiteral("workloads"), QStringLiteral("kind-workload"), tr("Workloads"),
            u"kind:" + ClusterSummary::workloadKinds().join(u','));
    addCard(QStringLiteral("services"), QStringLiteral("kind-service"), tr("Services"),
            QStringLiteral("kind:Service"));
    addCard(QStringLiteral("networkPolicies"), QStringLiteral("kind-networkpolicy"),
            tr("Network policies"), QStringLiteral("kind:NetworkPolicy"));
    addCard(QStringLiteral("rbac"), QStringLiteral("kind-role"), tr("RBAC objects"),
            u"kind:" + ClusterSummary::rbacKinds().join(u','));
    addCard(QStringLiteral("serviceAccounts"), QStringLiteral("kind-serviceaccount"),
            tr("Service accounts"), QStringLiteral("kind:ServiceAccount"));
    addCard(QStringLiteral("secrets"), QStringLiteral("kind-secret"), tr("Secrets"),
            QStringLiteral("kind:Secret"));
    addCard(QStringLiteral("configMaps"), QStringLiteral("kind-configmap"), tr("ConfigMaps"),
            QStringLiteral("kind:ConfigMap"));
    constexpr int columns = 5;
    for (qsizetype i = 0; i < m_cardOrder.size(); ++i)
        grid->addWidget(m_cardOrder[i], int(i / columns), int(i % columns));
    for (int col = 0; col < columns; ++col)
        grid->setColumnStretch(col, 1);

    layout->addSpacing(8);
    m_namespacesHeading->setObjectName(QStringLiteral("overviewNamespacesHeading"));
    QFont headingFont = m_namespacesHeading->font();
    headingFont.setBold(true);
    m_namespacesHeading->setFont(headingFont);
    layout->addWidget(m_namespacesHeading);

    m_table->setObjectName(QStringLiteral("overviewNamespaces"));
    m_table->setModel(m_filter);
    applyTableStyle(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(NamespaceSummaryModel::Name, QHeaderView::Stretch);
    for (int col = NamespaceSummaryModel::Objects; col <= NamespaceSummaryModel::NetworkPolicies;
         ++col)
        header->resizeSection(col, 104);
    header->resizeSection(NamespaceSummaryModel::PodSecurity, 170);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NamespaceSummaryModel::Name, Qt::AscendingOrder);
    m_table->setToolTip(tr("Double-click a namespace to list its objects"));
    layout->addWidget(m_table, 1);
    layout->addStretch(0); // keeps the cards at the top when there is no namespace table

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &View::selectionChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString ns = index.data(NamespaceSummaryModel::NamespaceRole).toString();
        Q_EMIT navigateRequested(QStringLiteral("inventory"), u"ns:" + ns);
    });
}

StatCard *OverviewView::addCard(const QString &id, const QString &icon, const QString &caption,
                                const QString &filter)
{
    auto *card = new StatCard(icon, caption, this);
    card->setObjectName(u"overviewCard_" + id);
    card->setToolTip(tr("Show them in Inventory"));
    connect(card, &StatCard::activated, this,
            [this, filter] { Q_EMIT navigateRequested(QStringLiteral("inventory"), filter); });
    m_cards.insert(id, card);
    m_cardOrder.append(card);
    return card;
}

void OverviewView::setResult(const LoadResult &result)
{
    m_result = result;
    const ClusterSummary &s = result.summary;
    const SourceInfo &source = result.inventory.source();
    const Theme &theme = Theme::current();

    m_title->setText(result.request.shortName());
    QStringList facts;
    switch (source.kind) {
    case SourceInfo::Kind::Demo:
        facts.append(tr("Bundled demo cluster"));
        break;
    case SourceInfo::Kind::Snapshot:
        facts.append(tr("Snapshot of %1, captured %2")
                         .arg(source.capturedName.isEmpty() ? source.name : source.capturedName,
                              Format::dateTime(source.capturedAt)));
        break;
    case SourceInfo::Kind::Live:
        facts.append(tr("Live cluster"));
        break;
    case SourceInfo::Kind::Manifests:
        facts.append(result.request.paths.size() == 1
                         ? tr("Manifests from %1").arg(result.request.paths.front())
                         : tr("Manifests from %1 paths").arg(result.request.paths.size()));
        break;
    }
    facts.append(Format::kubernetesVersion(source.serverVersion));
    facts.append(tr("%1 objects").arg(Format::count(s.objects)));
    facts.append(
        tr("read in %1 s").arg(QLocale().toString(double(result.elapsedMs) / 1000.0, 'f', 1)));
    m_facts->setText(facts.join(QStringLiteral(" \u00b7 ")));

    // A banner when something went wrong: what happened and where to look.
    if (s.errors + s.warnings > 0) {
        const Tone tone = s.errors > 0 ? Tone::Error : Tone::Warning;
        const QColor toneColor = theme.tone(tone);
        m_banner->setStyleSheet(QStringLiteral("#overviewBanner { border: 1px solid %1;"
                                               " border-left: 4px solid %1; border-radius: 4px;"
                                               " background: %2; }")
                                    .arg(toneColor.name(), theme.colors().base.name()));
        m_bannerIcon->setPixmap(theme.toneIcon(tone).pixmap(QSize(16, 16)));
        QString text;
        const QString first = result.inventory.diagnostics().front().message;
        if (s.objects == 0) {
            text = tr("%1: nothing was loaded (%2). Open manifest files or a folder from the "
                      "source menu (Ctrl+O).")
                       .arg(Theme::toneWord(tone), first);
        } else if (s.errors > 0) {
            text = tr("%1: %2 inputs or documents were skipped, so these counts are partial.")
                       .arg(Theme::toneWord(tone), Format::count(s.errors));
            if (s.warnings > 0)
                text += u' ' + tr("%1 warnings.").arg(Format::count(s.warnings));
        } else {
            text = tr("%1: %2 objects were kept with a remark (e.g. duplicates).")
                       .arg(Theme::toneWord(tone), Format::count(s.warnings));
        }
        m_bannerText->setText(text);
        m_banner->show();
    } else {
        m_banner->hide();
    }

    const auto set = [this](const QString &id, qint64 value, const QString &detail) {
        StatCard *card = m_cards.value(id);
        card->setValue(value);
        card->setDetail(detail);
    };
    const int declared = int(std::count_if(s.namespaceRows.begin(), s.namespaceRows.end(),
                                           [](const NamespaceSummary &n) { return n.declared; }));
    set(QStringLiteral("namespaces"), s.namespaces,
        s.namespaces == 0 ? tr("only cluster-scoped objects")
                          : tr("%1 declared by a Namespace object").arg(Format::count(declared)));
    set(QStringLiteral("nodes"), s.nodes, s.nodes == 0 ? tr("not in this source") : QString());
    int templated = 0;
    for (const QString &k : ClusterSummary::workloadKinds())
        templated += s.kinds.value(k, 0);
    set(QStringLiteral("pods"), s.pods,
        s.pods == 0 && templated > 0 ? tr("none standalone; workloads carry pod templates")
                                     : tr("standalone Pod objects"));
    set(QStringLiteral("workloads"), s.workloads,
        s.workloads == 0 ? tr("no pod-template owners")
                         : breakdown(s.kinds, ClusterSummary::workloadKinds()));
    m_cards.value(QStringLiteral("workloads"))
        ->setToolTip(breakdown(s.kinds, ClusterSummary::workloadKinds(), 99));
    set(QStringLiteral("services"), s.services, breakdown(s.serviceTypes, s.serviceTypes.keys()));
    m_cards.value(QStringLiteral("services"))
        ->setToolTip(breakdown(s.serviceTypes, s.serviceTypes.keys(), 99));
    set(QStringLiteral("networkPolicies"), s.networkPolicies,
        s.namespaces == 0 ? QString()
        : s.namespacesWithoutNetworkPolicy == 0
            ? tr("every namespace has at least one")
            : tr("%1 of %2 namespaces have none")
                  .arg(Format::count(s.namespacesWithoutNetworkPolicy),
                       Format::count(s.namespaces)));
    set(QStringLiteral("rbac"), s.rbacObjects, breakdown(s.kinds, ClusterSummary::rbacKinds()));
    m_cards.value(QStringLiteral("rbac"))
        ->setToolTip(breakdown(s.kinds, ClusterSummary::rbacKinds(), 99));
    set(QStringLiteral("serviceAccounts"), s.serviceAccounts, QString());
    set(QStringLiteral("secrets"), s.secrets, tr("metadata only; values are never loaded"));
    set(QStringLiteral("configMaps"), s.configMaps, QString());

    m_namespacesHeading->setText(tr("Namespaces (%1)").arg(Format::count(s.namespaces)));
    m_model->setRows(s.namespaceRows);
    m_table->setVisible(s.namespaces > 0);
    m_namespacesHeading->setVisible(s.namespaces > 0);
}

Selection OverviewView::selection() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    const QString ns = current.data(NamespaceSummaryModel::NamespaceRole).toString();
    const KubeObject *object = m_result.inventory.find(u"Namespace", u"", ns);
    if (!object)
        return {};
    return Selection::object(object - m_result.inventory.objects().data());
}

} // namespace parapet::ui
