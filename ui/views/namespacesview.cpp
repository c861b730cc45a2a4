#include "namespacesview.h"

#include "graph/namespacegraph.h"
#include "graphics/graphview.h"
#include "netpol/reachability.h"
#include "theme.h"

#include <QFuture>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace parapet::ui {

using namespace parapet::netpol;

namespace {

enum class Isolation
{
    DefaultDeny,
    Isolated,
    Partial,
    Open
};

GraphDecorations::Badge isolationBadge(Direction d, Isolation iso)
{
    const bool in = d == Direction::Ingress;
    const QString dir = in ? NamespacesView::tr("Ingress") : NamespacesView::tr("Egress");
    switch (iso) {
    case Isolation::DefaultDeny:
        return {NamespacesView::tr("%1: default-deny").arg(dir), Tone::Pass,
                in ? NamespacesView::tr("A policy denies all ingress to every pod; rules open "
                                        "what is needed")
                   : NamespacesView::tr("A policy denies all egress from every pod; rules open "
                                        "what is needed")};
    case Isolation::Isolated:
        return {NamespacesView::tr("%1: isolated").arg(dir), Tone::Pass,
                NamespacesView::tr("Every pod is selected by a policy for %1, but no "
                                   "default-deny policy covers new pods")
                    .arg(dir.toLower())};
    case Isolation::Partial:
        return {NamespacesView::tr("%1: partly").arg(dir), Tone::Partial,
                NamespacesView::tr("Some pods are selected by a policy for %1, others accept "
                                   "everything")
                    .arg(dir.toLower())};
    case Isolation::Open:
        break;
    }
    return {NamespacesView::tr("%1: open").arg(dir), Tone::Fail,
            in ? NamespacesView::tr("No NetworkPolicy isolates these pods: every pod and address "
                                    "can connect to them")
               : NamespacesView::tr("No NetworkPolicy isolates these pods for egress: they can "
                                    "connect anywhere")};
}

} // namespace

NamespacesView::Data NamespacesView::build(const Inventory &inventory)
{
    Data d;
    d.graph = namespaceGraph(inventory);
    QSet<QString> groups;
    for (const GraphGroup &g : d.graph.groups)
        groups.insert(g.id);
    for (const GraphNode &n : d.graph.nodes) {
        const QString kind = n.kind == GraphNode::Kind::Service
                                 ? QStringLiteral("Service")
                                 : n.attributes.value(QStringLiteral("kind"));
        const QString ns = n.group.mid(3);
        const QString name = n.kind == GraphNode::Kind::Service
                                 ? n.label
                                 : n.attributes.value(QStringLiteral("name"));
        const qsizetype index = objectIndex(inventory, kind, ns, name);
        if (index >= 0)
            d.objects.insert(n.id, index);
    }

    // NetworkPolicies: a node each, with dotted edges to the workloads they select.
    const ReachabilityAnalysis analysis(inventory);
    const EndpointSet &eps = analysis.endpoints();
    for (std::size_t pi = 0; pi < analysis.policies().size(); ++pi) {
        const NetworkPolicy &p = analysis.policies()[pi];
        const QString group = QStringLiteral("ns/") + p.ns;
        if (!groups.contains(group)) {
            groups.insert(group);
            d.graph.groups.push_back({group, p.ns});
        }
        GraphNode n;
        n.id = QStringLiteral("np/") + p.ns + u'/' + p.name;
        n.label = p.name;
        n.kind = GraphNode::Kind::Other;
        n.group = group;
        const bool denyAll =
            p.podSelector.isEverything() &&
            ((p.affectsIngress && p.ingress.empty()) || (p.affectsEgress && p.egress.empty()));
        n.detail = p.typesText() + (denyAll ? tr(", deny-all") : QString());
        n.risky = !p.isValid();
        n.attributes.insert(QStringLiteral("kind"), QStringLiteral("NetworkPolicy"));
        n.attributes.insert(QStringLiteral("namespace"), p.ns);
        n.attributes.insert(QStringLiteral("name"), p.name);
        if (!p.isValid())
            n.attributes.insert(QStringLiteral("findings"), p.errors.join(u'\n'));
        if (p.object)
            d.objects.insert(n.id, qsizetype(p.object - inventory.objects().data()));
        const QString policyId = n.id;
        d.graph.nodes.push_back(std::move(n));
        if (p.podSelector.isEverything())
            continue; // selects the whole namespace: the badge says it, edges would clutter
        QSet<int> workloads;
        analysis.selectedClasses(int(pi)).forEach([&](std::size_t cls) {
            for (int w : analysis.classes()[cls].workloads)
                workloads.insert(w);
        });
        for (int w : workloads) {
            const QString target = QStringLiteral("w/") + eps.workloads[std::size_t(w)].key();
            if (d.objects.contains(target))
                d.graph.edges.push_back({policyId, target, {}, GraphEdge::Kind::Membership, 0, {}});
        }
    }

    // Isolation of each namespace, per direction.
    for (std::size_t ni = 0; ni < eps.namespaces.size(); ++ni) {
        const QString name = eps.namespaces[ni].name;
        const QString group = QStringLiteral("ns/") + name;
        if (eps.namespaces[ni].object)
            d.objects.insert(group,
                             qsizetype(eps.namespaces[ni].object - inventory.objects().data()));
        const auto &classes = analysis.classesInNamespace(int(ni));
        if (classes.empty() || !groups.contains(group))
            continue;
        for (Direction dir : {Direction::Ingress, Direction::Egress}) {
            int isolated = 0;
            for (int c : classes)
                if (analysis.isolated(c, dir))
                    ++isolated;
            bool denyAll = false;
            for (const NetworkPolicy &p : analysis.policies())
                if (p.ns == name && p.isValid() && p.podSelector.isEverything() && p.affects(dir) &&
                    p.rules(dir).empty())
                    denyAll = true;
            const Isolation iso = denyAll                           ? Isolation::DefaultDeny
                                  : isolated == int(classes.size()) ? Isolation::Isolated
                                  : isolated > 0                    ? Isolation::Partial
                                                                    : Isolation::Open;
            d.badges[group].push_back(isolationBadge(dir, iso));
        }
    }
    return d;
}

NamespacesView::NamespacesView(QWidget *parent)
    : View(parent)
    , m_graph(new GraphView(this))
    , m_legend(new QLabel(this))
{
    setObjectName(QStringLiteral("namespacesView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_graph, 1);
    const Theme &theme = Theme::current();
    QStringList legend;
    for (Tone t : {Tone::Critical, Tone::High, Tone::Medium, Tone::Low})
        legend.append(QStringLiteral("<span style='color:%1'>■</span> %2")
                          .arg(theme.tone(t).name(), Theme::toneWord(t)));
    m_legend->setText(tr("Worst finding: %1 &nbsp;·&nbsp; Badges: NetworkPolicy isolation of the "
                         "namespace's pods &nbsp;·&nbsp; dotted: Service or policy selects")
                          .arg(legend.join(QStringLiteral(" &nbsp;"))));
    m_legend->setObjectName(QStringLiteral("namespacesLegend"));
    m_legend->setWordWrap(true); // a long translation wraps instead of widening the window
    m_legend->setContentsMargins(10, 4, 10, 4);
    m_legend->setStyleSheet(QStringLiteral("color: %1;").arg(theme.colors().mutedText.name()));
    layout->addWidget(m_legend);
    m_graph->searchField()->setPlaceholderText(
        tr("Search namespaces, workloads, Services, policies"));
    connect(m_graph, &GraphView::currentNodeChanged, this, &View::selectionChanged);
    connect(m_graph, &GraphView::layoutFinished, this, [this] {
        if (isSettled())
            Q_EMIT settled();
    });
}

void NamespacesView::setResult(const LoadResult &result)
{
    const int generation = ++m_generation;
    m_computing = true;
    m_graph->showMessage(tr("Reading namespaces…"),
                         tr("Grouping workloads, Services and policies."));
    const Inventory inventory = result.inventory;
    QtConcurrent::run([inventory] {
        return build(inventory);
    }).then(this, [this, generation](const Data &built) {
        if (generation != m_generation)
            return;
        m_computing = false;
        showData(built);
    });
}

void NamespacesView::showData(const Data &built)
{
    m_data = built;
    m_graph->setGraph(m_data.graph, decorations(),
                      tr("No namespaced workloads, Services or NetworkPolicies in this source."));
}

GraphDecorations NamespacesView::decorations() const
{
    GraphDecorations d;
    d.groupBadges = m_data.badges;
    for (const GraphNode &n : m_data.graph.nodes) {
        const QString kind = n.kind == GraphNode::Kind::Service
                                 ? QStringLiteral("Service")
                                 : n.attributes.value(QStringLiteral("kind"));
        const QString name = n.kind == GraphNode::Kind::Service
                                 ? n.label
                                 : n.attributes.value(QStringLiteral("name"));
        const QString ns = n.group.mid(3);
        if (const auto tone = riskTone(m_risk.object(kind, ns, name))) {
            d.nodeTones.insert(n.id, *tone);
            d.nodeToolTips.insert(n.id, tr("Findings: %1, worst: %2")
                                            .arg(m_risk.findings(kind, ns, name))
                                            .arg(Theme::toneWord(*tone)));
        }
    }
    for (const GraphGroup &g : m_data.graph.groups)
        if (const auto tone = riskTone(m_risk.ns(g.label)))
            d.groupTones.insert(g.id, *tone);
    return d;
}

void NamespacesView::setScan(const std::shared_ptr<const checks::ScanResult> &scan)
{
    m_risk = scan ? RiskIndex(*scan) : RiskIndex();
    m_graph->setDecorations(decorations());
}

Selection NamespacesView::selection() const
{
    QString id = m_graph->currentNode();
    if (id.startsWith(QStringLiteral("collapsed/")))
        id = id.mid(10);
    const auto it = m_data.objects.constFind(id);
    return it == m_data.objects.constEnd() ? Selection{} : Selection::object(*it);
}

bool NamespacesView::focusFilter()
{
    return m_graph->focusSearch();
}

void NamespacesView::applyFilter(const QString &filter)
{
    m_graph->setFilterText(filter);
}

bool NamespacesView::selectObject(qsizetype index)
{
    for (auto it = m_data.objects.cbegin(); it != m_data.objects.cend(); ++it)
        if (it.value() == index && !it.key().startsWith(QStringLiteral("ns/")))
            return m_graph->selectNode(it.key());
    return false;
}

bool NamespacesView::isSettled() const
{
    return !m_computing && !m_graph->isBusy();
}

} // namespace parapet::ui
