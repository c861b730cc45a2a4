#include "exposure.h"

#include "kube/labelselector.h"
#include "kube/typedviews.h"

#include <algorithm>
#include <QCoreApplication>

namespace parapet::netpol {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("parapet::netpol::Exposure", text, disambiguation, n);
}

using Severity = ExposureFinding::Severity;

SourceLocation originOf(const KubeObject *o)
{
    return o ? o->origin() : SourceLocation{};
}

QString policySubject(const NetworkPolicy &p)
{
    return QStringLiteral("NetworkPolicy ") + p.reference();
}

QString names(const QStringList &list, int max = 5)
{
    QString s = list.mid(0, max).join(QStringLiteral(", "));
    if (list.size() > max)
        s += tr(" and %n more", nullptr, int(list.size() - max));
    return s;
}

} // namespace

QString severityName(ExposureFinding::Severity s)
{
    switch (s) {
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

std::vector<ExposureFinding> findExposures(const ReachabilityAnalysis &a)
{
    std::vector<ExposureFinding> out;
    const EndpointSet &set = a.endpoints();
    const auto &policies = a.policies();
    const auto &classes = a.classes();
    const IpSet &publicAddresses = IpSet::publicAddresses();

    // Services that publish workloads outside the cluster.
    struct Published
    {
        const KubeObject *service;
        QString type;
        LabelSelector selector;
    };
    std::vector<Published> published;
    for (const KubeObject *svc :
         a.inventory().ofKind(GroupKind{QString(), QStringLiteral("Service")})) {
        const ServiceInfo info = serviceInfoOf(*svc);
        if (info.type != u"LoadBalancer" && info.type != u"NodePort" && info.externalIPs.isEmpty())
            continue;
        if (!info.selector.isMap() || info.selector.size() == 0)
            continue;
        if (auto sel = LabelSelector::fromMap(info.selector))
            published.push_back(
                {svc, info.externalIPs.isEmpty() ? info.type : QStringLiteral("externalIPs"),
                 *sel});
    }

    // Workloads.
    for (std::size_t w = 0; w < set.workloads.size(); ++w) {
        const WorkloadInfo &wl = set.workloads[w];
        const QString subject = wl.key();
        const auto &cls = a.classesOfWorkload(int(w));
        if (cls.empty())
            continue;
        QStringList publishedBy;
        const PodEndpoint &rep = set.endpoints[std::size_t(wl.endpoints.front())];
        for (const Published &p : published)
            if (p.service->ns() == wl.namespaceName && p.selector.matches(rep.labels))
                publishedBy.append(tr("Service %1 (%2)").arg(p.service->name(), p.type));

        const bool notIsolated = std::any_of(
            cls.begin(), cls.end(), [&](int c) { return !a.isolated(c, Direction::Ingress); });
        if (notIsolated) {
            ExposureFinding f;
            f.kind = QStringLiteral("ingress-not-isolated");
            f.severity = !publishedBy.isEmpty() ? Severity::High
                         : wl.hostNetwork       ? Severity::Low
                                                : Severity::Medium;
            f.subject = subject;
            f.message = tr("accepts connections from any pod and any address on every port: no "
                           "NetworkPolicy selects it for ingress");
            if (wl.hostNetwork)
                f.message +=
                    u"; " + tr("it runs on the host network, where policies may not apply anyway");
            if (!publishedBy.isEmpty())
                f.message += u"; " + tr("published outside the cluster by %1")
                                         .arg(publishedBy.join(QStringLiteral(", ")));
            f.ports = PortSet::all().toString();
            f.location = originOf(wl.object);
            out.push_back(f);
        } else {
            // Isolated, but rules that admit internet addresses or every pod.
            PortSet internet;
            PortSet allPods;
            IpSet internetFrom;
            QString internetRule;
            QString allPodsRule;
            SourceLocation internetLoc;
            SourceLocation allPodsLoc;
            for (int c : cls) {
                for (int r : a.rulesOf(c, Direction::Ingress)) {
                    const RuleInfo &ri = a.rules()[std::size_t(r)];
                    const NetworkPolicy &p = policies[std::size_t(ri.policy)];
                    const PolicyRule &pr = p.ingress[std::size_t(ri.rule)];
                    const PortSet ports = pr.portsFor(a.portsOfClass(c));
                    if (ports.isEmpty())
                        continue;
                    IpSet from;
                    bool everyPod = pr.allPeers;
                    if (pr.allPeers)
                        from = publicAddresses;
                    for (const PolicyPeer &peer : pr.peers) {
                        if (peer.kind == PolicyPeer::Kind::IpBlock)
                            from.add(peer.addresses.intersected(publicAddresses));
                        else if (peer.selectsAllPods())
                            everyPod = true;
                    }
                    if (!from.isEmpty()) {
                        internet.add(ports);
                        internetFrom.add(from);
                        if (internetRule.isEmpty()) {
                            internetRule = p.reference() + u' ' + pr.path;
                            internetLoc = p.locate(pr.path);
                        }
                    }
                    if (everyPod) {
                        allPods.add(ports);
                        if (allPodsRule.isEmpty()) {
                            allPodsRule = p.reference() + u' ' + pr.path;
                            allPodsLoc = p.locate(pr.path);
                        }
                    }
                }
            }
            if (!internet.isEmpty()) {
                ExposureFinding f;
                f.kind = QStringLiteral("internet-ingress");
                f.severity =
                    internet.isAll() || !publishedBy.isEmpty() ? Severity::High : Severity::Medium;
                f.subject = subject;
                f.message =
                    tr("accepts connections from internet addresses (%1) on %2, allowed by %3")
                        .arg(internetFrom == publicAddresses ? tr("any") : internetFrom.toString(4),
                             internet.toString(), internetRule);
                if (!publishedBy.isEmpty())
                    f.message += u"; " + tr("published outside the cluster by %1")
                                             .arg(publishedBy.join(QStringLiteral(", ")));
                f.ports = internet.toString();
                f.location = internetLoc;
                out.push_back(f);
            }
            const PortSet podsOnly = allPods.subtracted(internet);
            if (!podsOnly.isEmpty()) {
                ExposureFinding f;
                f.kind = QStringLiteral("all-pods-ingress");
                f.severity = Severity::Low;
                f.subject = subject;
                f.message =
                    tr("accepts connections from every pod of every namespace on %1, allowed by %2")
                        .arg(podsOnly.toString(), allPodsRule);
                f.ports = podsOnly.toString();
                f.location = allPodsLoc;
                out.push_back(f);
            }
        }
        if (wl.hostNetwork) {
            ExposureFinding f;
            f.kind = QStringLiteral("host-network");
            f.severity = Severity::Info;
            f.subject = subject;
            f.message = tr("runs on the host network: whether NetworkPolicies apply to its traffic "
                           "depends on the network plugin");
            f.location = originOf(wl.object);
            out.push_back(f);
        }
    }

    // Namespaces.
    std::vector<int> policiesPerNs(set.namespaces.size(), 0);
    for (const NetworkPolicy &p : policies) {
        const int n = set.findNamespace(p.ns);
        if (p.isValid() && n >= 0)
            ++policiesPerNs[std::size_t(n)];
    }
    for (std::size_t n = 0; n < set.namespaces.size(); ++n) {
        QStringList workloads;
        QStringList openIngress;
        QStringList openEgress;
        for (const WorkloadInfo &wl : set.workloads) {
            if (wl.ns != int(n))
                continue;
            workloads.append(wl.name);
            const int wi = int(&wl - set.workloads.data());
            bool in = false;
            bool eg = false;
            for (int c : a.classesOfWorkload(wi)) {
                in = in || !a.isolated(c, Direction::Ingress);
                eg = eg || !a.isolated(c, Direction::Egress);
            }
            if (in)
                openIngress.append(wl.name);
            if (eg)
                openEgress.append(wl.name);
        }
        if (workloads.isEmpty())
            continue;
        const NamespaceInfo &ns = set.namespaces[n];
        ExposureFinding f;
        f.subject = tr("namespace %1").arg(ns.name);
        f.location = originOf(ns.object);
        if (policiesPerNs[n] == 0) {
            f.kind = QStringLiteral("namespace-without-policy");
            f.severity = Severity::Medium;
            f.message = tr("no NetworkPolicy: its %n workload(s) accept and open any connection",
                           nullptr, int(workloads.size()));
            out.push_back(f);
            continue;
        }
        f.kind = QStringLiteral("namespace-partly-isolated");
        f.severity = Severity::Low;
        if (!openIngress.isEmpty()) {
            f.message = tr("%1 of %2 workloads not isolated for ingress: %3")
                            .arg(openIngress.size())
                            .arg(workloads.size())
                            .arg(names(openIngress));
            out.push_back(f);
        }
        if (!openEgress.isEmpty()) {
            f.message = tr("%1 of %2 workloads not isolated for egress (they may connect "
                           "anywhere, the internet included): %3")
                            .arg(openEgress.size())
                            .arg(workloads.size())
                            .arg(names(openEgress));
            out.push_back(f);
        }
    }

    // Policies.
    for (std::size_t pi = 0; pi < policies.size(); ++pi) {
        const NetworkPolicy &p = policies[pi];
        const QString subject = policySubject(p);
        if (!p.isValid()) {
            ExposureFinding f;
            f.kind = QStringLiteral("invalid-policy");
            f.severity = Severity::Medium;
            f.subject = subject;
            f.message = tr("the API server would reject it, so it never applies (ignored here): %1")
                            .arg(p.errors.join(QStringLiteral("; ")));
            f.location = originOf(p.object);
            out.push_back(f);
            continue;
        }
        for (const QString &w : p.warnings) {
            ExposureFinding f;
            f.kind = QStringLiteral("policy-warning");
            f.severity = Severity::Info;
            f.subject = subject;
            f.message = w;
            f.location = originOf(p.object);
            out.push_back(f);
        }
        const DynamicBitset &selected = a.selectedClasses(int(pi));
        if (selected.none()) {
            ExposureFinding f;
            f.kind = QStringLiteral("policy-selects-nothing");
            f.severity = Severity::Low;
            f.subject = subject;
            f.message = tr("its podSelector {%1} selects no pod of namespace %2 in this source")
                            .arg(p.podSelector.toString(), p.ns);
            f.path = QStringLiteral("spec.podSelector");
            f.location = p.locate(f.path);
            out.push_back(f);
        }
        for (Direction dir : {Direction::Ingress, Direction::Egress}) {
            const auto &rules = p.rules(dir);
            if (!p.affects(dir)) {
                if (!rules.empty()) {
                    ExposureFinding f;
                    f.kind = QStringLiteral("rule-ignored");
                    f.severity = Severity::Medium;
                    f.subject = subject;
                    f.message = tr("spec.%1 has %n rule(s), but policyTypes does not include %2: "
                                   "they have no effect",
                                   nullptr, int(rules.size()))
                                    .arg(directionName(dir), dir == Direction::Ingress
                                                                 ? QStringLiteral("Ingress")
                                                                 : QStringLiteral("Egress"));
                    f.path = QStringLiteral("spec.policyTypes");
                    f.location = p.locate(f.path);
                    out.push_back(f);
                }
                continue;
            }
            if (selected.none())
                continue;
            for (std::size_t ri = 0; ri < rules.size(); ++ri) {
                const PolicyRule &r = rules[ri];
                const RuleInfo &info = a.rules()[std::size_t(a.ruleIndex(int(pi), dir, int(ri)))];
                ExposureFinding f;
                f.subject = subject;
                f.path = r.path;
                f.location = p.locate(r.path);
                const bool anyPeer = r.allPeers || info.selectorClasses.any() ||
                                     info.ipClasses.any() || info.atoms.any();
                if (!anyPeer) {
                    f.kind = QStringLiteral("rule-never-matches");
                    f.severity = Severity::Low;
                    f.message = tr("%1 matches no pod in this source and no address: it allows "
                                   "nothing here")
                                    .arg(r.path);
                    out.push_back(f);
                    continue;
                }
                if (info.ipClasses.any()) {
                    ExposureFinding g = f;
                    g.kind = QStringLiteral("ipblock-pod-ip");
                    g.severity = Severity::Info;
                    QStringList pods;
                    info.ipClasses.forEach([&](std::size_t c) {
                        for (int wi : classes[c].workloads)
                            pods.append(set.workloads[std::size_t(wi)].key());
                    });
                    pods.removeDuplicates();
                    g.message = tr("an ipBlock of %1 contains addresses of pods (%2): network "
                                   "plugins differ on whether ipBlocks apply to pod traffic")
                                    .arg(r.path, names(pods));
                    out.push_back(g);
                }
                if (!r.allPorts && r.hasNamedPorts()) {
                    // Destinations whose ports resolve the names: the selected pods (ingress) or
                    // the peers (egress).
                    DynamicBitset dst = dir == Direction::Ingress ? selected : info.selectorClasses;
                    if (dir == Direction::Egress)
                        dst |= info.ipClasses;
                    bool anyPorts = false;
                    dst.forEach([&](std::size_t c) {
                        anyPorts = anyPorts || !r.portsFor(a.portsOfClass(int(c))).isEmpty();
                    });
                    if (dir == Direction::Egress && (info.atoms.any() || r.allPeers))
                        anyPorts = anyPorts || !info.externalPorts.isEmpty();
                    if (!anyPorts) {
                        QStringList named;
                        for (const PolicyPort &pp : r.ports)
                            if (pp.kind == PolicyPort::Kind::Named)
                                named.append(pp.toString());
                        f.kind = QStringLiteral("rule-never-matches");
                        f.severity = Severity::Low;
                        f.message = tr("%1: no destination pod has a container port named %2 (with "
                                       "that protocol): the rule allows nothing here")
                                        .arg(r.path, named.join(QStringLiteral(", ")));
                        out.push_back(f);
                    }
                }
            }
        }
    }

    std::stable_sort(out.begin(), out.end(),
                     [](const ExposureFinding &x, const ExposureFinding &y) {
                         if (x.severity != y.severity)
                             return x.severity > y.severity;
                         return x.subject < y.subject;
                     });
    return out;
}

} // namespace parapet::netpol
