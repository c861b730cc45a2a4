#include "podendpoints.h"

#include "kube/typedviews.h"

#include <algorithm>
#include <map>
#include <QCoreApplication>
#include <QSet>

namespace parapet::netpol {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("parapet::netpol::EndpointSet", text, disambiguation, n);
}

const QString kNameLabel = QStringLiteral("kubernetes.io/metadata.name");

QHash<QString, QString> labelsOf(const Node &labels)
{
    QHash<QString, QString> out;
    for (const auto &[k, v] : labels.children())
        out.insert(k.toString(), v.toString());
    return out;
}

std::vector<NamedPort> portsOfTemplate(const PodTemplate &tpl)
{
    std::vector<NamedPort> out;
    for (const ContainerRef &c : containersOf(tpl)) {
        // Init containers serve nothing, unless they are sidecars (restartPolicy: Always).
        if (c.type == ContainerRef::Type::Ephemeral)
            continue;
        if (c.type == ContainerRef::Type::Init && c.node["restartPolicy"].toString() != u"Always")
            continue;
        for (const ContainerPort &p : portsOf(c)) {
            const auto proto = parseProtocol(p.protocol);
            out.push_back({p.name, p.port, proto.value_or(Protocol::TCP)});
        }
    }
    return out;
}

std::vector<IpAddress> podIps(const KubeObject &pod)
{
    std::vector<IpAddress> out;
    const Node status = pod.root()["status"];
    for (const auto &[k, v] : status["podIPs"].children())
        if (auto ip = IpAddress::parse(v["ip"].toString()))
            out.push_back(*ip);
    if (out.empty())
        if (auto ip = IpAddress::parse(status["podIP"].toString()))
            out.push_back(*ip);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

struct OwnerRef
{
    QString kind;
    QString name;
    QString uid;
};

std::optional<OwnerRef> controllerOf(const KubeObject &o)
{
    const Node refs = o.metadata()["ownerReferences"];
    std::optional<OwnerRef> only;
    for (const auto &[k, ref] : refs.children()) {
        OwnerRef r{ref["kind"].toString(), ref["name"].toString(), ref["uid"].toString()};
        if (ref["controller"].toBool().value_or(false))
            return r;
        if (refs.size() == 1)
            only = r;
    }
    return only;
}

// Drops the last `-suffix` of a generated name (`web-7d9f8b6c5` → `web`).
QString stripSuffix(const QString &name)
{
    const qsizetype dash = name.lastIndexOf(u'-');
    return dash > 0 ? name.left(dash) : QString();
}

struct Top
{
    QString kind;
    QString name;
    const KubeObject *object = nullptr;
};

// The top-level owner of \a o, following controller references through the inventory. Owners
// that are not in the inventory are recognised by the names controllers give (a ReplicaSet
// `web-7d9f8b6c5` of Deployment `web`, a Job `backup-28391` of CronJob `backup`).
Top topOwner(const KubeObject &o, const Inventory &inv)
{
    Top top{o.kind(), o.name(), &o};
    const KubeObject *cur = &o;
    for (int depth = 0; depth < 8; ++depth) {
        const auto ref = controllerOf(*cur);
        // Only workload controllers are climbed: mirror pods are "owned" by their Node, and the
        // objects an operator's custom resource creates stay the rows (they are what runs).
        if (!ref || !hasPodTemplate(ref->kind) || ref->kind == u"Pod")
            break;
        const KubeObject *owner = ref->uid.isEmpty() ? nullptr : inv.findByUid(ref->uid);
        if (owner && owner->ns() != o.ns())
            break;
        if (!owner)
            owner = inv.find(ref->kind, o.ns(), ref->name);
        if (!owner) {
            const char *parentKind = ref->kind == u"ReplicaSet" ? "Deployment"
                                     : ref->kind == u"Job"      ? "CronJob"
                                                                : nullptr;
            const QString parentName = stripSuffix(ref->name);
            if (parentKind && !parentName.isEmpty())
                owner = inv.find(QString::fromLatin1(parentKind), o.ns(), parentName);
            if (owner) {
                cur = owner;
                top = {owner->kind(), owner->name(), owner};
                continue;
            }
            return {ref->kind, ref->name, nullptr};
        }
        cur = owner;
        top = {owner->kind(), owner->name(), owner};
    }
    return top;
}

bool isOperatorWorkload(const KubeObject &o)
{
    return o.group() == u"monitoring.coreos.com" &&
           (o.kind() == u"Prometheus" || o.kind() == u"Alertmanager");
}

bool observedFromCluster(const SourceInfo &s)
{
    using K = SourceInfo::Kind;
    const K k = s.kind == K::Snapshot ? s.capturedKind : s.kind;
    return k == K::Live || k == K::Demo;
}

int replicasOf(const KubeObject &o)
{
    const QString &k = o.kind();
    if (k == u"DaemonSet")
        return 0;
    if (k == u"Job")
        return int(o.spec()["parallelism"].toInt().value_or(1));
    if (k == u"CronJob" || k == u"Pod")
        return 1;
    return int(o.spec()["replicas"].toInt().value_or(1));
}

} // namespace

EndpointSet collectEndpoints(const Inventory &inventory)
{
    EndpointSet set;

    // Namespaces, with the immutable name label.
    for (const QString &name : inventory.namespaceNames()) {
        NamespaceInfo ns;
        ns.name = name;
        ns.object = inventory.find(QStringLiteral("Namespace"), QString(), name);
        if (ns.object)
            ns.labels = labelsOf(ns.object->labels());
        ns.labels.insert(kNameLabel, name);
        set.namespaceIndex.insert(name, int(set.namespaces.size()));
        set.namespaces.push_back(std::move(ns));
    }
    auto nsIndex = [&](const QString &name) {
        auto it = set.namespaceIndex.constFind(name);
        if (it != set.namespaceIndex.constEnd())
            return it.value();
        // Not listed (cannot happen for namespaced objects, but be safe).
        NamespaceInfo ns;
        ns.name = name;
        ns.labels.insert(kNameLabel, name);
        set.namespaceIndex.insert(name, int(set.namespaces.size()));
        set.namespaces.push_back(std::move(ns));
        return int(set.namespaces.size()) - 1;
    };

    std::map<QString, WorkloadInfo> workloads; // by key, sorted
    auto workloadFor = [&](const QString &ns, const Top &top) -> WorkloadInfo & {
        const QString key = ns + u'/' + top.kind + u'/' + top.name;
        auto it = workloads.find(key);
        if (it == workloads.end()) {
            WorkloadInfo w;
            w.ns = nsIndex(ns);
            w.namespaceName = ns;
            w.kind = top.kind;
            w.name = top.name;
            w.object = top.object;
            it = workloads.emplace(key, std::move(w)).first;
        }
        return it->second;
    };

    struct Pending
    {
        PodEndpoint endpoint;
        QString workloadKey;
    };
    std::vector<Pending> pending;
    QSet<QString> nodeAddressTexts;

    // Real pods, each under its top-level owner.
    int finished = 0;
    const auto pods = inventory.ofKind(GroupKind{QString(), QStringLiteral("Pod")});
    for (const KubeObject *pod : pods) {
        const QString phase = pod->root()["status"]["phase"].toString();
        if (phase == u"Succeeded" || phase == u"Failed") {
            ++finished;
            continue;
        }
        const auto tpl = podTemplateOf(*pod);
        if (!tpl)
            continue;
        const Top top = topOwner(*pod, inventory);
        WorkloadInfo &w = workloadFor(pod->ns(), top);
        PodEndpoint e;
        e.object = pod;
        e.ns = w.ns;
        e.name = pod->name();
        e.labels = labelsOf(pod->labels());
        e.ports = portsOfTemplate(*tpl);
        e.ips = podIps(*pod);
        e.hostNetwork = pod->spec()["hostNetwork"].toBool().value_or(false);
        e.nodeName = pod->spec()["nodeName"].toString();
        const Node status = pod->root()["status"];
        for (const auto &[k, v] : status["hostIPs"].children())
            nodeAddressTexts.insert(v["ip"].toString());
        if (!status["hostIP"].toString().isEmpty())
            nodeAddressTexts.insert(status["hostIP"].toString());
        pending.push_back({std::move(e), w.key()});
    }
    if (finished > 0)
        set.notes.append(
            tr("%n finished pod(s) (Succeeded or Failed) left out", nullptr, finished));

    // Workloads: top-level pod-template owners, and operator custom resources.
    const bool templatesAllowed = pods.empty() || !observedFromCluster(inventory.source());
    QSet<QString> withPods;
    for (const Pending &p : pending)
        withPods.insert(p.workloadKey);
    QSet<QString> controllers; // uids that control some object
    for (const KubeObject &o : inventory.objects())
        if (const auto ref = controllerOf(o); ref && !ref->uid.isEmpty())
            controllers.insert(ref->uid);
    int templates = 0;
    for (const KubeObject &o : inventory.objects()) {
        const bool operatorCr = isOperatorWorkload(o);
        if ((!hasPodTemplate(o.kind()) || o.kind() == u"Pod") && !operatorCr)
            continue;
        if (o.ns().isEmpty())
            continue;
        const Top top = topOwner(o, inventory);
        if (top.object && top.object != &o)
            continue; // owned by another workload of the inventory: its owner is the row
        if (operatorCr && controllers.contains(o.uid()))
            continue; // the workloads the operator made are in the inventory
        WorkloadInfo &w = workloadFor(o.ns(), top);
        if (!w.object)
            w.object = &o;
        w.replicas = replicasOf(o);
        if (withPods.contains(w.key()) || !templatesAllowed)
            continue;
        PodEndpoint e;
        e.object = &o;
        e.ns = w.ns;
        e.name = o.name();
        e.fromTemplate = true;
        if (operatorCr) {
            // The operator runs the pods of these resources in a StatefulSet whose pods carry
            // spec.podMetadata.labels and the operator's own labels.
            w.inferred = true;
            const bool prom = o.kind() == u"Prometheus";
            e.labels = labelsOf(o.spec()["podMetadata"]["labels"]);
            e.labels.insert(QStringLiteral("app.kubernetes.io/name"),
                            prom ? QStringLiteral("prometheus") : QStringLiteral("alertmanager"));
            e.labels.insert(QStringLiteral("app.kubernetes.io/instance"), o.name());
            e.labels.insert(QStringLiteral("app.kubernetes.io/managed-by"),
                            QStringLiteral("prometheus-operator"));
            e.labels.insert(prom ? QStringLiteral("prometheus") : QStringLiteral("alertmanager"),
                            o.name());
            if (prom) {
                e.ports.push_back({QStringLiteral("web"), 9090, Protocol::TCP});
            } else {
                e.ports.push_back({QStringLiteral("web"), 9093, Protocol::TCP});
                e.ports.push_back({QStringLiteral("mesh-tcp"), 9094, Protocol::TCP});
                e.ports.push_back({QStringLiteral("mesh-udp"), 9094, Protocol::UDP});
            }
        } else {
            const auto tpl = podTemplateOf(o);
            if (!tpl)
                continue;
            e.labels = labelsOf(tpl->metadata["labels"]);
            e.ports = portsOfTemplate(*tpl);
            e.hostNetwork = tpl->spec["hostNetwork"].toBool().value_or(false);
        }
        w.fromTemplate = true;
        ++templates;
        pending.push_back({std::move(e), w.key()});
    }
    if (templates > 0)
        set.notes.append(tr("%n workload(s) without pods in this source: their pod templates "
                            "stand for their pods",
                            nullptr, templates));

    // Index workloads in key order, then attach endpoints.
    QHash<QString, int> workloadIndex;
    for (auto &[key, w] : workloads) {
        workloadIndex.insert(key, int(set.workloads.size()));
        set.workloads.push_back(std::move(w));
    }
    std::stable_sort(pending.begin(), pending.end(), [](const Pending &a, const Pending &b) {
        return a.workloadKey < b.workloadKey;
    });
    for (Pending &p : pending) {
        const int wi = workloadIndex.value(p.workloadKey);
        WorkloadInfo &w = set.workloads[std::size_t(wi)];
        p.endpoint.workload = wi;
        w.endpoints.push_back(int(set.endpoints.size()));
        w.hostNetwork = w.hostNetwork || p.endpoint.hostNetwork;
        set.endpoints.push_back(std::move(p.endpoint));
    }
    for (WorkloadInfo &w : set.workloads)
        if (!w.fromTemplate)
            w.replicas = int(w.endpoints.size());
    // Workloads that have neither pods nor a template (a live Deployment scaled to zero) have
    // nothing to connect: drop them.
    std::vector<WorkloadInfo> kept;
    std::vector<int> remap(set.workloads.size(), -1);
    for (std::size_t i = 0; i < set.workloads.size(); ++i) {
        if (set.workloads[i].endpoints.empty())
            continue;
        remap[i] = int(kept.size());
        kept.push_back(std::move(set.workloads[i]));
    }
    set.workloads = std::move(kept);
    for (PodEndpoint &e : set.endpoints)
        e.workload = remap[std::size_t(e.workload)];

    // Node addresses.
    for (const KubeObject *node : inventory.ofKind(GroupKind{QString(), QStringLiteral("Node")}))
        for (const QString &ip : nodeInfoOf(*node).internalIPs)
            nodeAddressTexts.insert(ip);
    for (const QString &t : nodeAddressTexts)
        if (auto ip = IpAddress::parse(t))
            set.nodeAddresses.push_back(*ip);
    std::sort(set.nodeAddresses.begin(), set.nodeAddresses.end());
    return set;
}

} // namespace parapet::netpol
