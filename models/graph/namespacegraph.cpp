#include "namespacegraph.h"

#include "kube/labelselector.h"
#include "kube/typedviews.h"

#include <QCoreApplication>
#include <QSet>

namespace parapet {

namespace {

bool ownedByWorkload(const KubeObject &o, const Inventory &inv)
{
    for (const auto &[k, ref] : o.metadata()["ownerReferences"].children()) {
        if (!ref["controller"].toBool().value_or(false))
            continue;
        if (hasPodTemplate(ref["kind"].toString()))
            return true;
        // Owned by something else that runs pods (an operator's CR): still not top-level.
        if (inv.findByUid(ref["uid"].toString()))
            return true;
    }
    return false;
}

} // namespace

Graph namespaceGraph(const Inventory &inventory, const QString &onlyNamespace)
{
    Graph g;
    g.title = QCoreApplication::translate("parapet::Graph", "Namespaces");
    QSet<QString> groups;
    auto ensureGroup = [&](const QString &ns) {
        if (!groups.contains(ns)) {
            groups.insert(ns);
            g.groups.push_back({QStringLiteral("ns/") + ns, ns});
        }
    };
    struct Workload
    {
        QString id;
        const KubeObject *object;
        Node templateLabels;
    };
    std::vector<Workload> workloads;
    for (const KubeObject &o : inventory.objects()) {
        if (!hasPodTemplate(o.kind()) || o.ns().isEmpty())
            continue;
        if (!onlyNamespace.isEmpty() && o.ns() != onlyNamespace)
            continue;
        if (ownedByWorkload(o, inventory))
            continue;
        const auto tpl = podTemplateOf(o);
        if (!tpl)
            continue;
        ensureGroup(o.ns());
        GraphNode n;
        n.id = QStringLiteral("w/") + o.ns() + u'/' + o.kind() + u'/' + o.name();
        n.label = o.name();
        n.kind = o.kind() == u"Pod" ? GraphNode::Kind::Pod : GraphNode::Kind::Workload;
        n.group = QStringLiteral("ns/") + o.ns();
        const auto replicas = o.spec()["replicas"].toInt();
        n.count = int(replicas.value_or(1));
        n.detail = o.kind() + (replicas ? QStringLiteral(" ×") + QString::number(*replicas) : QString());
        n.attributes.insert(QStringLiteral("kind"), o.kind());
        n.attributes.insert(QStringLiteral("namespace"), o.ns());
        n.attributes.insert(QStringLiteral("name"), o.name());
        workloads.push_back({n.id, &o, tpl->metadata["labels"]});
        g.nodes.push_back(std::move(n));
    }
    for (const KubeObject *svc : inventory.ofKind(QStringLiteral("Service"))) {
        if (!onlyNamespace.isEmpty() && svc->ns() != onlyNamespace)
            continue;
        const ServiceInfo info = serviceInfoOf(*svc);
        ensureGroup(svc->ns());
        GraphNode n;
        n.id = QStringLiteral("svc/") + svc->ns() + u'/' + svc->name();
        n.label = svc->name();
        n.kind = GraphNode::Kind::Service;
        n.group = QStringLiteral("ns/") + svc->ns();
        QStringList ports;
        for (const auto &p : info.ports)
            ports.append(QString::number(p.port) + u'/' + p.protocol);
        n.detail = info.type + (ports.isEmpty() ? QString() : u' ' + ports.join(u','));
        n.risky = info.type == u"NodePort" || info.type == u"LoadBalancer" || !info.externalIPs.isEmpty();
        g.nodes.push_back(n);
        // A Service without selector has its endpoints managed elsewhere: no edges.
        if (!info.selector.isMap() || info.selector.size() == 0)
            continue;
        const auto selector = LabelSelector::fromMap(info.selector);
        if (!selector)
            continue;
        for (const Workload &w : workloads) {
            if (w.object->ns() == svc->ns() && selector->matches(w.templateLabels))
                g.edges.push_back({n.id, w.id, {}, GraphEdge::Kind::Membership, 0, {}});
        }
    }
    return g;
}

} // namespace parapet
