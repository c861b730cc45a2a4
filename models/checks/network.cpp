// Network controls: namespaces (NSA-NET-01), CNI (NET-02), NetworkPolicy coverage and
// default-deny (NET-03, NET-04), LimitRange/ResourceQuota/limits (NET-05…07), exposed Services
// (NET-11), metadata-service egress (NET-17). NetworkPolicy semantics are those of
// networking.k8s.io/v1, evaluated here directly (policyTypes defaulting: Ingress always, Egress
// when the egress list is not empty).

#include "checkcontext.h"

#include <QCoreApplication>
#include <QSet>

namespace parapet::checks::detail {

namespace {

struct NetworkText
{
    Q_DECLARE_TR_FUNCTIONS(parapet::checks::Network)
};

struct Policy
{
    const KubeObject *object = nullptr;
    LabelSelector podSelector = LabelSelector::nothing();
    bool ingress = false;
    bool egress = false;
    Node spec;
};

Policy policyOf(const KubeObject &o)
{
    Policy p;
    p.object = &o;
    p.spec = o.spec();
    const Node sel = p.spec["podSelector"];
    if (!sel.isValid() || sel.isNull()) {
        p.podSelector = LabelSelector::everything(); // a struct in the API: absent means {}
    } else if (auto s = LabelSelector::fromNode(sel)) {
        p.podSelector = *s;
    }
    const Node types = p.spec["policyTypes"];
    if (types.isSequence() && types.size() > 0) {
        for (const auto &[k, t] : types.children()) {
            p.ingress = p.ingress || t.toString() == u"Ingress";
            p.egress = p.egress || t.toString() == u"Egress";
        }
    } else {
        p.ingress = true;
        p.egress = p.spec["egress"].size() > 0;
    }
    return p;
}

QString labelsText(const Node &labels)
{
    QStringList parts;
    for (const auto &[k, v] : labels.children())
        parts.append(k.toString() + u'=' + v.toString());
    return parts.isEmpty() ? QStringLiteral("{}") : parts.join(u',');
}

bool hostNetwork(const Workload &w)
{
    return w.pod.spec["hostNetwork"].toBool().value_or(false);
}

// ---- IPv4 CIDR helpers for the metadata-service check ----

std::optional<quint32> parseIPv4(QStringView s)
{
    const auto parts = s.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 v = 0;
    for (const auto &p : parts) {
        bool ok = false;
        const uint n = p.toUInt(&ok);
        if (!ok || n > 255)
            return std::nullopt;
        v = (v << 8) | n;
    }
    return v;
}

/// Whether IPv4 CIDR \a cidr contains \a ip; std::nullopt for IPv6 or malformed CIDRs.
std::optional<bool> cidrContains(const QString &cidr, quint32 ip)
{
    const qsizetype slash = cidr.indexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    const auto base = parseIPv4(QStringView(cidr).left(slash));
    bool ok = false;
    const int bits = cidr.mid(slash + 1).toInt(&ok);
    if (!base || !ok || bits < 0 || bits > 32)
        return std::nullopt;
    const quint32 mask = bits == 0 ? 0 : ~quint32(0) << (32 - bits);
    return (ip & mask) == (*base & mask);
}

constexpr quint32 kMetadataIp = (169u << 24) | (254u << 16) | (169u << 8) | 254u;

bool portsAllowHttp(const Node &ports)
{
    if (!ports.isSequence() || ports.size() == 0)
        return true;
    for (const auto &[k, p] : ports.children()) {
        const QString proto = p["protocol"].toString(QStringLiteral("TCP"));
        if (proto != u"TCP")
            continue;
        const Node port = p["port"];
        if (!port.isValid() || port.isNull())
            return true;
        const auto n = port.toInt();
        if (!n)
            continue; // a named port names a pod's port, never the metadata service
        const auto end = p["endPort"].toInt();
        if (*n == 80 || (end && *n <= 80 && 80 <= *end))
            return true;
    }
    return false;
}

/// Whether an egress rule lets traffic reach 169.254.169.254:80.
bool ruleAllowsMetadata(const Node &rule)
{
    if (!portsAllowHttp(rule["ports"]))
        return false;
    const Node to = rule["to"];
    if (!to.isSequence() || to.size() == 0)
        return true; // no peers: every destination
    for (const auto &[k, peer] : to.children()) {
        const Node block = peer["ipBlock"];
        if (!block.isMap())
            continue;
        if (cidrContains(block["cidr"].toString(), kMetadataIp) != std::optional<bool>(true))
            continue;
        bool excepted = false;
        for (const auto &[ek, e] : block["except"].children())
            excepted =
                excepted || cidrContains(e.toString(), kMetadataIp) == std::optional<bool>(true);
        if (!excepted)
            return true;
    }
    return false;
}

bool isSystemComponent(const Workload &w)
{
    const KubeObject &o = *w.object;
    if (o.annotations()["kubernetes.io/config.mirror"].isValid())
        return true;
    if (w.owner.kind == u"Node")
        return true;
    const QString prio = w.pod.spec["priorityClassName"].toString(QString());
    if (prio == u"system-cluster-critical" || prio == u"system-node-critical")
        return true;
    const Node labels = w.pod.metadata["labels"];
    return labels["k8s-app"].isValid() || labels["tier"].toString() == u"control-plane" ||
           labels["component"].isValid() || labels["addonmanager.kubernetes.io/mode"].isValid();
}

} // namespace

void checkNetwork(Context &ctx)
{
    const int net01 = ctl("NSA-NET-01"), net02 = ctl("NSA-NET-02"), net03 = ctl("NSA-NET-03");
    const int net04 = ctl("NSA-NET-04"), net05 = ctl("NSA-NET-05"), net06 = ctl("NSA-NET-06");
    const int net07 = ctl("NSA-NET-07"), net11 = ctl("NSA-NET-11"), net17 = ctl("NSA-NET-17");

    QHash<QString, std::vector<Policy>> policies;
    for (const KubeObject *o : ctx.objects(u"NetworkPolicy"))
        if (o->group() == u"networking.k8s.io")
            policies[o->ns()].push_back(policyOf(*o));

    // Namespaces whose LimitRanges give containers default limits.
    QHash<QString, QPair<bool, bool>> defaultLimits; // cpu, memory
    QSet<QString> withLimitRange, withQuota;
    for (const KubeObject *o : ctx.objects(u"LimitRange")) {
        withLimitRange.insert(o->ns());
        for (const auto &[k, l] : o->spec()["limits"].children()) {
            if (l["type"].toString(QStringLiteral("Container")) != u"Container")
                continue;
            auto &d = defaultLimits[o->ns()];
            d.first = d.first || l["default"]["cpu"].isValid();
            d.second = d.second || l["default"]["memory"].isValid();
        }
    }
    for (const KubeObject *o : ctx.objects(u"ResourceQuota"))
        withQuota.insert(o->ns());

    QSet<QString> workloadNamespaces;
    bool unknownNamespace = false;
    int hostNetworked = 0;
    for (const Workload &w : ctx.workloads()) {
        const QString &ns = w.object->ns();
        workloadNamespaces.insert(ns);

        // NET-01
        if (!w.namespaceKnown) {
            unknownNamespace = true;
        } else {
            ctx.check(net01, w);
            if (ns == u"default" || ns == u"kube-public" ||
                (ns == u"kube-system" && !isSystemComponent(w)))
                ctx.fail(net01, w, QStringLiteral("metadata.namespace"), ns,
                         NetworkText::tr("the workload runs in the shared namespace %1").arg(ns));
        }

        // NET-03 and NET-17. NetworkPolicy does not apply to host-network pods: they are not
        // subjects here (NSA-POD-10 reports them).
        const Node labels = w.pod.metadata["labels"];
        if (hostNetwork(w)) {
            ++hostNetworked;
        } else {
            ctx.check(net03, w);
            ctx.check(net17, w);
            bool in = false, out = false, metadataAllowed = false;
            QStringList egressPolicies;
            for (const Policy &p : policies.value(ns)) {
                if (!p.podSelector.matches(labels))
                    continue;
                in = in || p.ingress;
                if (p.egress) {
                    out = true;
                    bool allows = false;
                    for (const auto &[k, rule] : p.spec["egress"].children())
                        allows = allows || ruleAllowsMetadata(rule);
                    if (allows)
                        egressPolicies.append(p.object->name());
                    metadataAllowed = metadataAllowed || allows;
                }
            }
            if (!in || !out)
                ctx.fail(
                    net03, w, w.labelsPath, labelsText(labels),
                    !in && !out
                        ? NetworkText::tr("no NetworkPolicy selects these pods: all traffic in and "
                                          "out is allowed")
                    : !in ? NetworkText::tr("no NetworkPolicy isolates these pods for ingress")
                          : NetworkText::tr("no NetworkPolicy isolates these pods for egress"));
            if (!out)
                ctx.fail(net17, w, w.labelsPath, labelsText(labels),
                         NetworkText::tr(
                             "egress is not restricted: the pods can reach 169.254.169.254"));
            else if (metadataAllowed)
                ctx.fail(net17, w, w.labelsPath, labelsText(labels),
                         NetworkText::tr(
                             "egress rules of %1 allow 169.254.169.254:80 (add it to an ipBlock "
                             "except)")
                             .arg(egressPolicies.join(QStringLiteral(", "))));
        }

        // NET-07
        ctx.check(net07, w);
        const auto defaults = defaultLimits.value(ns);
        for (const ContainerRef &c : w.containers) {
            if (c.type == ContainerRef::Type::Ephemeral)
                continue;
            const Node limits = c.node.path("resources.limits");
            for (const char *res : {"cpu", "memory"}) {
                if (limits[res].isValid())
                    continue;
                const bool defaulted =
                    QLatin1String(res) == QLatin1String("cpu") ? defaults.first : defaults.second;
                if (defaulted)
                    continue;
                ctx.fail(net07, w,
                         c.path + QStringLiteral(".resources.limits.") + QLatin1String(res),
                         unsetValue(),
                         NetworkText::tr("container \"%1\" has no %2 limit")
                             .arg(c.name(), QLatin1String(res)));
            }
        }
    }
    if (unknownNamespace)
        ctx.incomplete(net01,
                       NetworkText::tr(
                           "Some workloads carry no namespace: they land where they are applied."));
    if (hostNetworked > 0) {
        const QString note =
            NetworkText::tr(
                "%1 host-network workloads are out of NetworkPolicy's reach (see NSA-POD-10).")
                .arg(hostNetworked);
        ctx.note(net03, note);
        ctx.note(net17, note);
    }

    // NET-04: default-deny, NET-05 LimitRange, NET-06 ResourceQuota: per namespace.
    for (const QString &ns : ctx.namespaces()) {
        const KubeObject *nsObject = ctx.inventory.find(u"Namespace", QString(), ns);
        const ObjectRef ref =
            nsObject ? ObjectRef::of(*nsObject)
                     : ObjectRef{QStringLiteral("v1"), QStringLiteral("Namespace"), QString(), ns};
        // Manifests without any namespace: judged for the namespace they are applied to.
        bool defaultedOnly = !nsObject;
        if (defaultedOnly)
            for (const KubeObject *o : ctx.inventory.inNamespace(ns))
                defaultedOnly = defaultedOnly && o->namespaceDefaulted();
        const QString nsText = defaultedOnly
                                   ? NetworkText::tr("the namespace these manifests are applied to")
                                   : NetworkText::tr("namespace %1").arg(ns);
        bool denyIn = false, denyOut = false;
        for (const Policy &p : policies.value(ns)) {
            if (!p.podSelector.isEverything())
                continue;
            denyIn = denyIn || (p.ingress && p.spec["ingress"].size() == 0);
            denyOut = denyOut || (p.egress && p.spec["egress"].size() == 0);
        }
        auto record = [&](int id, bool ok, const QString &value, const QString &message) {
            if (nsObject) {
                ctx.check(id, *nsObject);
                if (!ok)
                    ctx.fail(id, *nsObject, QStringLiteral("metadata.name"), value, message);
            } else {
                ctx.checkRef(id, ref);
                if (!ok)
                    ctx.failRef(id, ref, QString(), value, message);
            }
        };
        const QString missing = !denyIn && !denyOut ? QStringLiteral("Ingress, Egress")
                                : !denyIn           ? QStringLiteral("Ingress")
                                                    : QStringLiteral("Egress");
        record(net04, denyIn && denyOut, missing,
               NetworkText::tr("%1 has no default-deny NetworkPolicy for %2").arg(nsText, missing));
        record(net05, withLimitRange.contains(ns), unsetValue(),
               NetworkText::tr("%1 has no LimitRange").arg(nsText));
        record(net06, withQuota.contains(ns), unsetValue(),
               NetworkText::tr("%1 has no ResourceQuota").arg(nsText));
    }

    // NET-11: exposed Services.
    for (const KubeObject *s : ctx.objects(u"Service")) {
        ctx.check(net11, *s);
        const ServiceInfo info = serviceInfoOf(*s);
        if (info.type == u"NodePort" || info.type == u"LoadBalancer")
            ctx.fail(net11, *s, QStringLiteral("spec.type"), info.type,
                     info.type == u"NodePort"
                         ? NetworkText::tr("the Service opens a port on every node")
                         : NetworkText::tr(
                               "the Service is exposed through an external load balancer (and a "
                               "port on every node)"));
        if (!info.externalIPs.isEmpty())
            ctx.fail(net11, *s, QStringLiteral("spec.externalIPs"), info.externalIPs.join(u','),
                     NetworkText::tr("the Service accepts traffic for external IPs %1")
                         .arg(info.externalIPs.join(QStringLiteral(", "))));
    }

    // NET-02: CNI detection (heuristic, informational).
    static const QStringList enforcing = {QStringLiteral("calico"),      QStringLiteral("cilium"),
                                          QStringLiteral("antrea"),      QStringLiteral("weave"),
                                          QStringLiteral("kube-router"), QStringLiteral("canal")};
    QStringList found;
    for (const Workload &w : ctx.workloads()) {
        for (const ContainerRef &c : w.containers) {
            const QString image = c.image().toLower();
            for (const QString &cni : enforcing)
                if (image.contains(cni) && !found.contains(cni))
                    found.append(cni);
            if (image.contains(QStringLiteral("flannel")) &&
                !found.contains(QStringLiteral("flannel")))
                found.append(QStringLiteral("flannel"));
        }
    }
    for (const KubeObject &o : ctx.inventory.objects())
        if (o.group() == u"cilium.io" && !found.contains(QStringLiteral("cilium")))
            found.append(QStringLiteral("cilium"));
    if (!found.isEmpty()) {
        QString note =
            NetworkText::tr("Network plugins detected: %1.").arg(found.join(QStringLiteral(", ")));
        if (found == QStringList{QStringLiteral("flannel")})
            note += NetworkText::tr(" Flannel alone does not enforce NetworkPolicy.");
        ctx.note(net02, note);
    }
}

} // namespace parapet::checks::detail
