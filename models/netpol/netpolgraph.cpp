#include "netpolgraph.h"

#include <map>
#include <QCoreApplication>

namespace parapet::netpol {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("parapet::netpol::Graph", text, disambiguation, n);
}

const QString kAnywhere = QStringLiteral("any");

} // namespace

Graph netpolGraph(const ConnectivityMatrix &m, int maxWorkloadNodes)
{
    const ReachabilityAnalysis &a = m.analysis();
    const auto &workloads = a.endpoints().workloads;
    Graph g;
    g.title = tr("Network reachability");

    // Workload-level isolation: every pod of the workload isolated.
    auto isolatedAll = [&](int w, Direction dir) {
        for (int c : a.classesOfWorkload(w))
            if (!a.isolated(c, dir))
                return false;
        return true;
    };
    std::vector<char> inIso(workloads.size());
    std::vector<char> egIso(workloads.size());
    for (int w : m.workloads()) {
        inIso[std::size_t(w)] = isolatedAll(w, Direction::Ingress);
        egIso[std::size_t(w)] = isolatedAll(w, Direction::Egress);
    }

    const bool aggregate = int(m.workloads().size()) > maxWorkloadNodes;
    // Node id of a workload (its namespace when aggregated).
    auto nodeOf = [&](int w) -> QString {
        const WorkloadInfo &wl = workloads[std::size_t(w)];
        if (aggregate)
            return QStringLiteral("ns/") + wl.namespaceName;
        return QStringLiteral("w/") + wl.key();
    };

    std::map<QString, int> nsWorkloads;
    for (int w : m.workloads())
        ++nsWorkloads[workloads[std::size_t(w)].namespaceName];
    if (aggregate) {
        g.title = tr("Network reachability (by namespace)");
        for (const auto &[ns, count] : nsWorkloads) {
            GraphNode n;
            n.id = QStringLiteral("ns/") + ns;
            n.label = ns;
            n.kind = GraphNode::Kind::Namespace;
            n.count = count;
            n.detail = tr("%n workload(s)", nullptr, count);
            g.nodes.push_back(std::move(n));
        }
    } else {
        for (const auto &[ns, count] : nsWorkloads)
            g.groups.push_back({QStringLiteral("ns/") + ns, ns});
        for (int w : m.workloads()) {
            const WorkloadInfo &wl = workloads[std::size_t(w)];
            GraphNode n;
            n.id = nodeOf(w);
            n.label = wl.name;
            n.kind = wl.kind == u"Pod" ? GraphNode::Kind::Pod : GraphNode::Kind::Workload;
            n.group = QStringLiteral("ns/") + wl.namespaceName;
            n.count = wl.replicas;
            QStringList detail{wl.kind};
            if (!inIso[std::size_t(w)])
                detail.append(tr("ingress open"));
            if (!egIso[std::size_t(w)])
                detail.append(tr("egress open"));
            n.detail = detail.join(QStringLiteral(", "));
            n.risky = !inIso[std::size_t(w)];
            n.attributes.insert(QStringLiteral("kind"), wl.kind);
            n.attributes.insert(QStringLiteral("namespace"), wl.namespaceName);
            n.attributes.insert(QStringLiteral("name"), wl.name);
            n.attributes.insert(QStringLiteral("ingressIsolated"), inIso[std::size_t(w)]
                                                                       ? QStringLiteral("true")
                                                                       : QStringLiteral("false"));
            n.attributes.insert(QStringLiteral("egressIsolated"), egIso[std::size_t(w)]
                                                                      ? QStringLiteral("true")
                                                                      : QStringLiteral("false"));
            if (wl.fromTemplate)
                n.attributes.insert(QStringLiteral("pods"), QStringLiteral("template"));
            if (wl.hostNetwork)
                n.attributes.insert(QStringLiteral("hostNetwork"), QStringLiteral("true"));
            g.nodes.push_back(std::move(n));
        }
    }

    // Edges, aggregated by (from node, to node).
    struct Agg
    {
        PortSet ports;
        int count = 0;
        bool partial = false;
        bool viaIpBlock = false;
        bool implementationDefined = false;
    };
    std::map<std::pair<QString, QString>, Agg> edges;
    auto addEdge = [&](const QString &from, const QString &to, const PortSet &ports,
                       const MatrixCell *c) {
        Agg &e = edges[{from, to}];
        e.ports.add(ports);
        ++e.count;
        if (c) {
            e.partial = e.partial || c->partial;
            e.viaIpBlock = e.viaIpBlock || c->viaIpBlock;
            e.implementationDefined = e.implementationDefined || c->implementationDefined;
        }
    };
    bool anywhereUsed = false;
    for (const MatrixCell &c : m.pairs())
        if (inIso[std::size_t(c.dst)] || egIso[std::size_t(c.src)])
            addEdge(nodeOf(c.src), nodeOf(c.dst), m.ports(c), &c);
    for (int w : m.workloads()) {
        if (!egIso[std::size_t(w)]) {
            addEdge(nodeOf(w), kAnywhere, PortSet::all(), nullptr);
            anywhereUsed = true;
        }
        if (!inIso[std::size_t(w)]) {
            addEdge(kAnywhere, nodeOf(w), PortSet::all(), nullptr);
            anywhereUsed = true;
        }
    }
    std::vector<char> regionUsed(m.regions().size());
    auto regionId = [](int r) { return QString(QStringLiteral("ext/") + QString::number(r)); };
    for (const MatrixCell &c : m.egressToExternal())
        if (egIso[std::size_t(c.src)]) {
            addEdge(nodeOf(c.src), regionId(c.dst), m.ports(c), &c);
            regionUsed[std::size_t(c.dst)] = 1;
        }
    for (const MatrixCell &c : m.ingressFromExternal())
        if (inIso[std::size_t(c.dst)]) {
            addEdge(regionId(c.src), nodeOf(c.dst), m.ports(c), &c);
            regionUsed[std::size_t(c.src)] = 1;
        }
    if (anywhereUsed) {
        GraphNode n;
        n.id = kAnywhere;
        n.label = tr("anywhere");
        n.kind = GraphNode::Kind::External;
        n.detail = tr("any pod or address (not isolated)");
        n.risky = true;
        g.nodes.push_back(std::move(n));
    }
    for (std::size_t r = 0; r < m.regions().size(); ++r) {
        if (!regionUsed[r])
            continue;
        const ExternalRegion &region = m.regions()[r];
        GraphNode n;
        n.id = regionId(int(r));
        n.label = region.label;
        n.kind = GraphNode::Kind::External;
        n.detail = region.isPublic ? tr("includes internet addresses") : tr("private addresses");
        n.risky = region.isPublic;
        n.attributes.insert(QStringLiteral("addresses"), region.addresses.toString(1000));
        g.nodes.push_back(std::move(n));
    }
    for (const auto &[key, agg] : edges) {
        GraphEdge e;
        e.from = key.first;
        e.to = key.second;
        e.kind = GraphEdge::Kind::Allowed;
        const bool open = key.first == kAnywhere || key.second == kAnywhere;
        e.label = agg.ports.toString() + (agg.partial ? QStringLiteral("*") : QString());
        if (open)
            e.label = aggregate ? tr("%n not isolated", nullptr, agg.count)
                                : (key.first == kAnywhere ? tr("ingress not isolated")
                                                          : tr("egress not isolated"));
        else if (aggregate)
            e.label = tr("%n connection(s)", nullptr, agg.count) + u": " + e.label;
        e.attributes.insert(QStringLiteral("ports"), agg.ports.toString());
        e.attributes.insert(QStringLiteral("connections"), QString::number(agg.count));
        if (agg.partial)
            e.attributes.insert(QStringLiteral("partial"), QStringLiteral("true"));
        if (agg.viaIpBlock)
            e.attributes.insert(QStringLiteral("viaIpBlock"), QStringLiteral("true"));
        if (agg.implementationDefined)
            e.attributes.insert(QStringLiteral("implementationDefined"), QStringLiteral("true"));
        g.edges.push_back(std::move(e));
    }
    return g;
}

Graph netpolGraph(const Inventory &inventory, const QString &onlyNamespace)
{
    auto analysis = std::make_shared<const ReachabilityAnalysis>(inventory);
    return netpolGraph(ConnectivityMatrix::build(analysis, onlyNamespace));
}

} // namespace parapet::netpol
