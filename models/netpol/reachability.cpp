#include "reachability.h"

#include "kube/resourceregistry.h"
#include "kube/typedviews.h"

#include <algorithm>
#include <map>
#include <QCoreApplication>
#include <QSet>

namespace parapet::netpol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::netpol::ReachabilityAnalysis", text);
}

constexpr int kIn = 0;
constexpr int kEg = 1;

int dirIndex(Direction d)
{
    return d == Direction::Ingress ? kIn : kEg;
}

// Label keys and port names that some policy looks at: only these tell pods apart.
struct Relevance
{
    QSet<QString> podLabelKeys;
    QSet<QString> portNames;
};

void noteSelector(const LabelSelector &s, QSet<QString> &keys)
{
    for (const auto &r : s.requirements())
        keys.insert(r.key);
}

QString selectorKey(const std::optional<LabelSelector> &s)
{
    if (!s)
        return QStringLiteral("-");
    if (s->isNothing())
        return QStringLiteral("!");
    return u'=' + s->toString();
}

} // namespace

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Allowed:
        return QStringLiteral("allowed");
    case Verdict::Denied:
        return QStringLiteral("denied");
    case Verdict::ImplementationDefined:
        return QStringLiteral("implementation-defined");
    }
    return {};
}

struct ReachabilityAnalysis::Data
{
    Inventory inventory;
    EndpointSet set;
    std::vector<NetworkPolicy> policies;
    std::vector<PodClass> classes;
    std::vector<int> classOfEndpoint;
    std::vector<std::vector<int>> workloadClasses;
    std::vector<std::vector<int>> nsClasses;
    std::vector<std::vector<NamedPort>> profiles; // port profile → ports
    std::vector<IpRange> atoms;
    std::vector<IpAddress> atomStarts;

    std::vector<RuleInfo> rules;
    std::vector<std::array<std::vector<int>, 2>> policyRules; // policy → dir → rule indexes
    std::vector<DynamicBitset> selected;                      // per policy
    DynamicBitset emptyBits;

    // Per class and direction.
    std::vector<std::array<bool, 2>> isolated;
    std::vector<std::array<std::vector<int>, 2>> isolating;
    std::vector<std::array<std::vector<int>, 2>> classRules;
    std::vector<std::array<int, 2>> candidateOf; // index into candidates
    std::vector<DynamicBitset> candidates;
    DynamicBitset allClasses;
    std::vector<int> emptyList;
};

ReachabilityAnalysis::ReachabilityAnalysis(const Inventory &inventory)
    : d(std::make_unique<Data>())
{
    d->inventory = inventory;
    d->set = collectEndpoints(inventory);
    const EndpointSet &set = d->set;

    // Policies (all of them; only valid ones take effect).
    for (const KubeObject *o : inventory.ofKind(
             GroupKind{QStringLiteral("networking.k8s.io"), QStringLiteral("NetworkPolicy")}))
        d->policies.push_back(parseNetworkPolicy(*o));
    std::sort(d->policies.begin(), d->policies.end(),
              [](const NetworkPolicy &a, const NetworkPolicy &b) {
                  return std::pair(a.ns, a.name) < std::pair(b.ns, b.name);
              });

    // What tells pods apart.
    Relevance rel;
    std::vector<IpAddress> starts{IpAddress{0}};
    auto cutAt = [&](const IpSet &s) {
        for (const IpRange &r : s.ranges()) {
            starts.push_back(r.first);
            if (r.last.value != ~IpValue(0))
                starts.push_back(IpAddress{r.last.value + 1});
        }
    };
    for (const NetworkPolicy &p : d->policies) {
        if (!p.isValid())
            continue;
        noteSelector(p.podSelector, rel.podLabelKeys);
        for (const auto *rules : {&p.ingress, &p.egress})
            for (const PolicyRule &r : *rules) {
                for (const PolicyPeer &peer : r.peers) {
                    if (peer.podSelector)
                        noteSelector(*peer.podSelector, rel.podLabelKeys);
                    if (peer.kind == PolicyPeer::Kind::IpBlock)
                        cutAt(peer.addresses);
                }
                for (const PolicyPort &port : r.ports)
                    if (port.kind == PolicyPort::Kind::Named)
                        rel.portNames.insert(port.name);
            }
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    d->atomStarts = starts;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const IpAddress last =
            i + 1 < starts.size() ? IpAddress{starts[i + 1].value - 1} : IpAddress{~IpValue(0)};
        d->atoms.push_back({starts[i], last});
    }

    // Port profiles (all container ports, so that explanations can name them).
    QHash<QString, int> profileIndex;
    auto profileOf = [&](const std::vector<NamedPort> &ports) {
        QString key;
        for (const NamedPort &p : ports)
            key += p.name + u'/' + QString::number(p.port) + u'/' + protocolName(p.protocol) + u';';
        auto it = profileIndex.constFind(key);
        if (it != profileIndex.constEnd())
            return it.value();
        const int id = int(d->profiles.size());
        d->profiles.push_back(ports);
        profileIndex.insert(key, id);
        return id;
    };

    // Classes.
    QHash<QString, int> classIndex;
    QStringList relevantKeys(rel.podLabelKeys.begin(), rel.podLabelKeys.end());
    relevantKeys.sort();
    d->classOfEndpoint.assign(set.endpoints.size(), -1);
    for (std::size_t e = 0; e < set.endpoints.size(); ++e) {
        const PodEndpoint &ep = set.endpoints[e];
        std::vector<int> atoms;
        for (const IpAddress &ip : ep.ips)
            atoms.push_back(atomOf(ip));
        std::sort(atoms.begin(), atoms.end());
        atoms.erase(std::unique(atoms.begin(), atoms.end()), atoms.end());
        QString key = QString::number(ep.ns) + u'|';
        for (const QString &k : relevantKeys) {
            auto it = ep.labels.constFind(k);
            if (it != ep.labels.constEnd())
                key += k + u'=' + it.value() + u'\x1f';
        }
        key += u'|';
        for (const NamedPort &p : ep.ports)
            if (rel.portNames.contains(p.name))
                key += p.name + u'/' + QString::number(p.port) + u'/' + protocolName(p.protocol) +
                       u';';
        key += u'|' + (ep.hostNetwork ? QStringLiteral("h") : QString()) + u'|';
        if (ep.ips.empty())
            key += u'?';
        for (int a : atoms)
            key += QString::number(a) + u',';
        auto it = classIndex.constFind(key);
        int c;
        if (it == classIndex.constEnd()) {
            c = int(d->classes.size());
            PodClass pc;
            pc.ns = ep.ns;
            pc.representative = int(e);
            pc.atoms = atoms;
            pc.ipsKnown = !ep.ips.empty();
            pc.hostNetwork = ep.hostNetwork;
            pc.portProfile = profileOf(ep.ports);
            d->classes.push_back(std::move(pc));
            classIndex.insert(key, c);
        } else {
            c = it.value();
        }
        PodClass &pc = d->classes[std::size_t(c)];
        pc.endpoints.push_back(int(e));
        if (pc.workloads.empty() || pc.workloads.back() != ep.workload)
            pc.workloads.push_back(ep.workload);
        d->classOfEndpoint[e] = c;
    }
    const std::size_t nc = d->classes.size();
    d->workloadClasses.resize(set.workloads.size());
    d->nsClasses.resize(set.namespaces.size());
    for (std::size_t c = 0; c < nc; ++c) {
        PodClass &pc = d->classes[c];
        std::sort(pc.workloads.begin(), pc.workloads.end());
        pc.workloads.erase(std::unique(pc.workloads.begin(), pc.workloads.end()),
                           pc.workloads.end());
        for (int w : pc.workloads)
            d->workloadClasses[std::size_t(w)].push_back(int(c));
        d->nsClasses[std::size_t(pc.ns)].push_back(int(c));
    }
    d->emptyBits = DynamicBitset(nc);
    d->allClasses = DynamicBitset(nc, true);

    // Selectors, once per distinct (namespace selector, pod selector) and per class.
    QHash<QString, std::vector<int>> nsSelections;
    auto namespacesMatching = [&](const LabelSelector &s) -> const std::vector<int> & {
        const QString key = selectorKey(s);
        auto it = nsSelections.find(key);
        if (it == nsSelections.end()) {
            std::vector<int> out;
            for (std::size_t n = 0; n < set.namespaces.size(); ++n)
                if (s.matches(set.namespaces[n].labels))
                    out.push_back(int(n));
            it = nsSelections.insert(key, std::move(out));
        }
        return it.value();
    };
    auto classLabels = [&](int c) -> const QHash<QString, QString> & {
        return set.endpoints[std::size_t(d->classes[std::size_t(c)].representative)].labels;
    };
    QHash<QString, DynamicBitset> peerSelections;
    auto peerClasses = [&](const NetworkPolicy &p,
                           const PolicyPeer &peer) -> const DynamicBitset & {
        const QString key = (peer.namespaceSelector ? selectorKey(peer.namespaceSelector)
                                                    : QStringLiteral("@") + p.ns) +
                            u'\x1e' + selectorKey(peer.podSelector);
        auto it = peerSelections.find(key);
        if (it != peerSelections.end())
            return it.value();
        DynamicBitset bits(nc);
        auto scan = [&](int n) {
            for (int c : d->nsClasses[std::size_t(n)])
                if (!peer.podSelector || peer.podSelector->matches(classLabels(c)))
                    bits.set(std::size_t(c));
        };
        if (peer.namespaceSelector) {
            for (int n : namespacesMatching(*peer.namespaceSelector))
                scan(n);
        } else {
            const int n = set.findNamespace(p.ns);
            if (n >= 0)
                scan(n);
        }
        return peerSelections.insert(key, std::move(bits)).value();
    };

    // Rules and what each policy selects.
    d->policyRules.resize(d->policies.size());
    d->selected.resize(d->policies.size(), d->emptyBits);
    for (std::size_t pi = 0; pi < d->policies.size(); ++pi) {
        const NetworkPolicy &p = d->policies[pi];
        if (!p.isValid())
            continue;
        DynamicBitset &sel = d->selected[pi];
        const int n = set.findNamespace(p.ns);
        if (n >= 0)
            for (int c : d->nsClasses[std::size_t(n)])
                if (p.podSelector.matches(classLabels(c)))
                    sel.set(std::size_t(c));
        for (Direction dir : {Direction::Ingress, Direction::Egress}) {
            const auto &rules = p.rules(dir);
            for (std::size_t ri = 0; ri < rules.size(); ++ri) {
                const PolicyRule &r = rules[ri];
                RuleInfo info;
                info.policy = int(pi);
                info.direction = dir;
                info.rule = int(ri);
                info.allPeers = r.allPeers;
                info.namedPorts = r.hasNamedPorts();
                info.fixedPorts = r.portsFor(std::vector<NamedPort>{});
                info.externalPorts = info.fixedPorts;
                info.selectorClasses = DynamicBitset(nc, r.allPeers);
                info.ipClasses = DynamicBitset(nc);
                info.atoms = DynamicBitset(d->atoms.size(), r.allPeers);
                IpSet addresses;
                for (const PolicyPeer &peer : r.peers) {
                    if (peer.kind == PolicyPeer::Kind::Selectors)
                        info.selectorClasses |= peerClasses(p, peer);
                    else
                        addresses.add(peer.addresses);
                }
                for (const IpRange &range : addresses.ranges())
                    for (int a = atomOf(range.first); a <= atomOf(range.last); ++a)
                        info.atoms.set(std::size_t(a));
                if (!addresses.isEmpty()) {
                    const bool coversV4 = addresses.containsAll(IpSet::podAssignableV4());
                    for (std::size_t c = 0; c < nc; ++c) {
                        const PodClass &pc = d->classes[c];
                        bool hit = false;
                        if (pc.ipsKnown) {
                            for (int a : pc.atoms)
                                hit = hit || info.atoms.test(std::size_t(a));
                        } else {
                            // Unknown address (a template, a pending pod): only a block that
                            // covers every IPv4 address a pod can have surely contains it.
                            hit = coversV4;
                        }
                        if (hit && !info.selectorClasses.test(c))
                            info.ipClasses.set(c);
                    }
                }
                d->policyRules[pi][std::size_t(dirIndex(dir))].push_back(int(d->rules.size()));
                d->rules.push_back(std::move(info));
            }
        }
    }

    // Isolation and rule lists per class; candidate peers per distinct rule list.
    d->isolated.assign(nc, {false, false});
    d->isolating.resize(nc);
    d->classRules.resize(nc);
    for (std::size_t pi = 0; pi < d->policies.size(); ++pi) {
        const NetworkPolicy &p = d->policies[pi];
        if (!p.isValid())
            continue;
        d->selected[pi].forEach([&](std::size_t c) {
            for (Direction dir : {Direction::Ingress, Direction::Egress}) {
                if (!p.affects(dir))
                    continue;
                const int di = dirIndex(dir);
                d->isolated[c][std::size_t(di)] = true;
                d->isolating[c][std::size_t(di)].push_back(int(pi));
                for (int r : d->policyRules[pi][std::size_t(di)])
                    d->classRules[c][std::size_t(di)].push_back(r);
            }
        });
    }
    d->candidateOf.assign(nc, {-1, -1});
    std::map<std::vector<int>, int> candidateIndex;
    for (std::size_t c = 0; c < nc; ++c) {
        for (int di : {kIn, kEg}) {
            if (!d->isolated[c][std::size_t(di)])
                continue;
            const std::vector<int> &list = d->classRules[c][std::size_t(di)];
            auto it = candidateIndex.find(list);
            if (it == candidateIndex.end()) {
                DynamicBitset bits(nc);
                for (int r : list) {
                    bits |= d->rules[std::size_t(r)].selectorClasses;
                    bits |= d->rules[std::size_t(r)].ipClasses;
                }
                it = candidateIndex.emplace(list, int(d->candidates.size())).first;
                d->candidates.push_back(std::move(bits));
            }
            d->candidateOf[c][std::size_t(di)] = it->second;
        }
    }
}

ReachabilityAnalysis::~ReachabilityAnalysis() = default;

const Inventory &ReachabilityAnalysis::inventory() const
{
    return d->inventory;
}
const EndpointSet &ReachabilityAnalysis::endpoints() const
{
    return d->set;
}
const std::vector<NetworkPolicy> &ReachabilityAnalysis::policies() const
{
    return d->policies;
}
const std::vector<PodClass> &ReachabilityAnalysis::classes() const
{
    return d->classes;
}
int ReachabilityAnalysis::classOf(int endpoint) const
{
    return d->classOfEndpoint[std::size_t(endpoint)];
}
const std::vector<int> &ReachabilityAnalysis::classesOfWorkload(int workload) const
{
    return d->workloadClasses[std::size_t(workload)];
}
const std::vector<int> &ReachabilityAnalysis::classesInNamespace(int ns) const
{
    return ns >= 0 && std::size_t(ns) < d->nsClasses.size() ? d->nsClasses[std::size_t(ns)]
                                                            : d->emptyList;
}
const std::vector<NamedPort> &ReachabilityAnalysis::portsOfClass(int cls) const
{
    return d->profiles[std::size_t(d->classes[std::size_t(cls)].portProfile)];
}
const std::vector<IpRange> &ReachabilityAnalysis::atoms() const
{
    return d->atoms;
}

int ReachabilityAnalysis::atomOf(IpAddress a) const
{
    auto it = std::upper_bound(d->atomStarts.begin(), d->atomStarts.end(), a);
    return int(it - d->atomStarts.begin()) - 1;
}

bool ReachabilityAnalysis::isolated(int cls, Direction dir) const
{
    return d->isolated[std::size_t(cls)][std::size_t(dirIndex(dir))];
}
const std::vector<int> &ReachabilityAnalysis::isolatingPolicies(int cls, Direction dir) const
{
    return d->isolating[std::size_t(cls)][std::size_t(dirIndex(dir))];
}
const std::vector<int> &ReachabilityAnalysis::rulesOf(int cls, Direction dir) const
{
    return d->classRules[std::size_t(cls)][std::size_t(dirIndex(dir))];
}
const DynamicBitset &ReachabilityAnalysis::peerCandidates(int cls, Direction dir) const
{
    const int c = d->candidateOf[std::size_t(cls)][std::size_t(dirIndex(dir))];
    return c < 0 ? d->allClasses : d->candidates[std::size_t(c)];
}
const std::vector<RuleInfo> &ReachabilityAnalysis::rules() const
{
    return d->rules;
}

int ReachabilityAnalysis::ruleIndex(int policy, Direction dir, int rule) const
{
    const auto &list = d->policyRules[std::size_t(policy)][std::size_t(dirIndex(dir))];
    return rule >= 0 && std::size_t(rule) < list.size() ? list[std::size_t(rule)] : -1;
}

const DynamicBitset &ReachabilityAnalysis::selectedClasses(int policy) const
{
    return d->selected[std::size_t(policy)];
}

bool ReachabilityAnalysis::peerSelects(const NetworkPolicy &policy, const PolicyPeer &peer,
                                       int cls) const
{
    if (peer.kind != PolicyPeer::Kind::Selectors)
        return false;
    const PodClass &pc = d->classes[std::size_t(cls)];
    const NamespaceInfo &ns = d->set.namespaces[std::size_t(pc.ns)];
    if (peer.namespaceSelector ? !peer.namespaceSelector->matches(ns.labels) : ns.name != policy.ns)
        return false;
    return !peer.podSelector ||
           peer.podSelector->matches(d->set.endpoints[std::size_t(pc.representative)].labels);
}

SideExplanation ReachabilityAnalysis::explainSide(int cls, Direction dir, int peerCls,
                                                  const ConnectionEnd &peerEnd, Protocol protocol,
                                                  int port, QStringList &warnings) const
{
    SideExplanation s;
    s.applies = cls >= 0;
    if (!s.applies)
        return s;
    s.isolated = isolated(cls, dir);
    s.isolatingPolicies = isolatingPolicies(cls, dir);
    // Named ports resolve on the destination: the peer for egress, this pod for ingress.
    static const std::vector<NamedPort> none;
    const std::vector<NamedPort> &dstPorts = dir == Direction::Ingress ? portsOfClass(cls)
                                             : peerCls >= 0            ? portsOfClass(peerCls)
                                                                       : none;
    const IpSet allV4 = IpSet::allV4();
    for (int pi : s.isolatingPolicies) {
        const NetworkPolicy &p = d->policies[std::size_t(pi)];
        const auto &rules = p.rules(dir);
        for (std::size_t ri = 0; ri < rules.size(); ++ri) {
            const PolicyRule &r = rules[ri];
            RuleMatch m;
            m.policy = pi;
            m.direction = dir;
            m.rule = int(ri);
            bool matched = r.allPeers;
            for (std::size_t k = 0; !matched && k < r.peers.size(); ++k) {
                const PolicyPeer &peer = r.peers[k];
                if (peer.kind == PolicyPeer::Kind::Selectors) {
                    matched = peerCls >= 0 && peerSelects(p, peer, peerCls);
                } else if (peerCls < 0) {
                    matched = peer.addresses.contains(peerEnd.address);
                } else {
                    const PodClass &pc = d->classes[std::size_t(peerCls)];
                    const PodEndpoint &rep = d->set.endpoints[std::size_t(pc.representative)];
                    if (rep.ips.empty()) {
                        matched = peer.addresses.containsAll(IpSet::podAssignableV4());
                        if (!matched && !peer.addresses.intersected(allV4).isEmpty())
                            warnings.append(
                                tr("%1 %2: the ipBlock %3 may match the pod, whose "
                                   "address is not known here")
                                    .arg(p.reference(), peer.path, peer.addresses.toString()));
                    } else {
                        for (const IpAddress &ip : rep.ips)
                            matched = matched || peer.addresses.contains(ip);
                    }
                    m.viaIpBlock = matched;
                }
                if (matched)
                    m.peer = int(k);
            }
            if (!matched)
                continue;
            m.ports = r.portsFor(dstPorts);
            if (m.ports.contains(protocol, port))
                s.allowing.push_back(std::move(m));
            else
                s.peerOnly.push_back(std::move(m));
        }
    }
    s.allowed = !s.isolated || !s.allowing.empty();
    return s;
}

ReachabilityAnswer ReachabilityAnalysis::canReach(const ConnectionEnd &src,
                                                  const ConnectionEnd &dst, Protocol protocol,
                                                  int port) const
{
    auto classesOf = [&](const ConnectionEnd &e) {
        std::vector<int> out;
        if (e.kind == ConnectionEnd::Kind::Pod)
            out.push_back(classOf(e.index));
        else if (e.kind == ConnectionEnd::Kind::Workload)
            out = classesOfWorkload(e.index);
        else
            out.push_back(-1);
        return out;
    };
    const std::vector<int> srcClasses = classesOf(src);
    const std::vector<int> dstClasses = classesOf(dst);
    ReachabilityAnswer answer;
    bool first = true;
    bool storedOk = false;
    bool hostNetwork = false;
    QStringList warnings;
    for (int s : srcClasses) {
        for (int t : dstClasses) {
            QStringList w;
            SideExplanation eg = explainSide(s, Direction::Egress, t, dst, protocol, port, w);
            SideExplanation in = explainSide(t, Direction::Ingress, s, src, protocol, port, w);
            const bool ok = eg.allowed && in.allowed;
            ++answer.pairs;
            answer.allowedPairs += ok ? 1 : 0;
            hostNetwork = hostNetwork || (s >= 0 && d->classes[std::size_t(s)].hostNetwork) ||
                          (t >= 0 && d->classes[std::size_t(t)].hostNetwork);
            for (const QString &x : w)
                if (!warnings.contains(x))
                    warnings.append(x);
            // Explain the first pair, or the first denied one when the verdict is mixed.
            if (first || (!ok && storedOk)) {
                answer.egress = std::move(eg);
                answer.ingress = std::move(in);
                storedOk = ok;
                first = false;
            }
        }
    }
    answer.policiesAllow = answer.pairs > 0 && answer.allowedPairs == answer.pairs;
    answer.verdict = answer.policiesAllow ? Verdict::Allowed : Verdict::Denied;
    if (answer.allowedPairs > 0 && !answer.policiesAllow)
        answer.warnings.append(tr("allowed for %1 of %2 pod groups only (pods of a workload differ "
                                  "in labels or addresses)")
                                   .arg(answer.allowedPairs)
                                   .arg(answer.pairs));
    // A side depends on an ipBlock holding a pod IP when only such rules allow the port.
    bool viaIp = false;
    for (const auto *side : {&answer.egress, &answer.ingress})
        viaIp = viaIp || (side->isolated && !side->allowing.empty() &&
                          std::all_of(side->allowing.begin(), side->allowing.end(),
                                      [](const RuleMatch &m) { return m.viaIpBlock; }));
    if (viaIp && answer.policiesAllow)
        answer.warnings.append(tr("allowed because an ipBlock contains the pod's IP address: "
                                  "network plugins differ on whether ipBlocks apply to pod "
                                  "traffic (pod IPs are ephemeral), so this may not hold"));
    answer.warnings.append(warnings);
    if (hostNetwork) {
        answer.verdict = Verdict::ImplementationDefined;
        answer.warnings.append(tr("a pod on the host network is involved: whether NetworkPolicies "
                                  "apply to it depends on the network plugin"));
    }
    if (src.nodeAddress || dst.nodeAddress) {
        answer.verdict = Verdict::ImplementationDefined;
        answer.warnings.append(tr("a node address is involved: traffic between a node and its "
                                  "pods is allowed or not depending on the network plugin"));
    }
    if (src.kind == ConnectionEnd::Kind::Pod && dst.kind == ConnectionEnd::Kind::Pod &&
        src.index == dst.index) {
        answer.verdict = Verdict::ImplementationDefined;
        answer.warnings.append(tr("a pod connecting to itself: the effect of NetworkPolicies on "
                                  "loopback traffic is not defined"));
    }
    return answer;
}

Result<ConnectionEnd> ReachabilityAnalysis::resolve(QStringView text) const
{
    const EndpointSet &set = d->set;
    if (auto ip = IpAddress::parse(text)) {
        // A Service address is translated to a pod before policies see the packet.
        for (const KubeObject *svc :
             d->inventory.ofKind(GroupKind{QString(), QStringLiteral("Service")})) {
            QStringList ips = stringList(svc->spec()["clusterIPs"]);
            ips.append(svc->spec()["clusterIP"].toString());
            for (const QString &s : ips) {
                const auto sip = IpAddress::parse(s);
                if (sip && *sip == *ip)
                    return Error{
                        Error::Code::Usage,
                        tr("%1 is the address of Service %2/%3: NetworkPolicies apply to the "
                           "pods behind it, name them (NAMESPACE/KIND/NAME)")
                            .arg(text.toString(), svc->ns(), svc->name()),
                        {}};
            }
        }
        ConnectionEnd e;
        e.address = *ip;
        e.nodeAddress = std::binary_search(set.nodeAddresses.begin(), set.nodeAddresses.end(), *ip);
        if (!e.nodeAddress) {
            for (std::size_t i = 0; i < set.endpoints.size(); ++i) {
                const PodEndpoint &p = set.endpoints[i];
                if (!p.hostNetwork && std::find(p.ips.begin(), p.ips.end(), *ip) != p.ips.end()) {
                    e.kind = ConnectionEnd::Kind::Pod;
                    e.index = int(i);
                    break;
                }
            }
        }
        return e;
    }
    const auto parts = text.split(u'/');
    auto notFound = [&](const QString &msg) { return Error{Error::Code::NotFound, msg, {}}; };
    if (parts.size() < 2 || parts.size() > 3 || parts.contains(QStringView()))
        return Error{Error::Code::Usage,
                     tr("\"%1\" is neither NAMESPACE/POD, NAMESPACE/KIND/NAME nor an IP address")
                         .arg(text.toString()),
                     {}};
    const QString ns = parts[0].toString();
    const int nsIndex = set.findNamespace(ns);
    if (nsIndex < 0)
        return notFound(tr("namespace \"%1\" not found").arg(ns));
    if (parts.size() == 2) {
        const QString name = parts[1].toString();
        for (std::size_t i = 0; i < set.endpoints.size(); ++i) {
            const PodEndpoint &p = set.endpoints[i];
            if (!p.fromTemplate && p.ns == nsIndex && p.name == name)
                return ConnectionEnd{ConnectionEnd::Kind::Pod, int(i), {}, false};
        }
        int found = -1;
        QStringList kinds;
        for (std::size_t w = 0; w < set.workloads.size(); ++w) {
            const WorkloadInfo &wl = set.workloads[w];
            if (wl.ns == nsIndex && wl.name == name) {
                found = int(w);
                kinds.append(wl.kind);
            }
        }
        if (kinds.size() > 1)
            return Error{Error::Code::Usage,
                         tr("\"%1\" names several workloads (%2): use NAMESPACE/KIND/NAME")
                             .arg(text.toString(), kinds.join(QStringLiteral(", "))),
                         {}};
        if (found >= 0)
            return ConnectionEnd{ConnectionEnd::Kind::Workload, found, {}, false};
        return notFound(tr("no pod or workload \"%1\" in namespace %2").arg(name, ns));
    }
    const QString kindText = parts[1].toString();
    const QString name = parts[2].toString();
    QStringList kinds;
    for (const ResourceType &t : d->inventory.registry().resolve(kindText))
        kinds.append(t.kind);
    if (kinds.isEmpty())
        kinds.append(kindText);
    if (kinds.contains(QStringLiteral("Pod"))) {
        for (std::size_t i = 0; i < set.endpoints.size(); ++i) {
            const PodEndpoint &p = set.endpoints[i];
            if (!p.fromTemplate && p.ns == nsIndex && p.name == name)
                return ConnectionEnd{ConnectionEnd::Kind::Pod, int(i), {}, false};
        }
    }
    for (std::size_t w = 0; w < set.workloads.size(); ++w) {
        const WorkloadInfo &wl = set.workloads[w];
        if (wl.ns != nsIndex || wl.name != name)
            continue;
        for (const QString &k : kinds)
            if (wl.kind.compare(k, Qt::CaseInsensitive) == 0)
                return ConnectionEnd{ConnectionEnd::Kind::Workload, int(w), {}, false};
    }
    return notFound(tr("no %1 \"%2\" with pods in namespace %3").arg(kindText, name, ns));
}

QString ReachabilityAnalysis::describe(const ConnectionEnd &end) const
{
    const EndpointSet &set = d->set;
    switch (end.kind) {
    case ConnectionEnd::Kind::Pod: {
        const PodEndpoint &p = set.endpoints[std::size_t(end.index)];
        return tr("pod %1/%2").arg(set.namespaces[std::size_t(p.ns)].name, p.name);
    }
    case ConnectionEnd::Kind::Workload: {
        const WorkloadInfo &w = set.workloads[std::size_t(end.index)];
        return w.kind + u' ' + w.namespaceName + u'/' + w.name;
    }
    case ConnectionEnd::Kind::Address:
        return end.nodeAddress ? tr("node address %1").arg(end.address.toString())
                               : tr("address %1").arg(end.address.toString());
    }
    return {};
}

// --- PortSetTable -----------------------------------------------------------------------------

PortSetTable::PortSetTable()
{
    intern(PortSet::none());
    intern(PortSet::all());
}

int PortSetTable::intern(const PortSet &s)
{
    const QString key = s.key();
    auto it = m_index.constFind(key);
    if (it != m_index.constEnd())
        return it.value();
    const int id = int(m_sets.size());
    m_sets.push_back(s);
    m_index.insert(key, id);
    return id;
}

int PortSetTable::unite(int a, int b)
{
    if (a == b || b == None || a == All)
        return a;
    if (a == None || b == All)
        return b;
    if (a > b)
        std::swap(a, b);
    const quint64 key = (quint64(quint32(a)) << 32) | quint32(b);
    auto it = m_unions.constFind(key);
    if (it != m_unions.constEnd())
        return it.value();
    const int id = intern(at(a).united(at(b)));
    m_unions.insert(key, id);
    return id;
}

int PortSetTable::intersect(int a, int b)
{
    if (a == b || b == All || a == None)
        return a;
    if (a == All || b == None)
        return b;
    if (a > b)
        std::swap(a, b);
    const quint64 key = (quint64(quint32(a)) << 32) | quint32(b);
    auto it = m_intersections.constFind(key);
    if (it != m_intersections.constEnd())
        return it.value();
    const int id = intern(at(a).intersected(at(b)));
    m_intersections.insert(key, id);
    return id;
}

// --- ConnectionEvaluator ----------------------------------------------------------------------

ConnectionEvaluator::ConnectionEvaluator(const ReachabilityAnalysis &analysis)
    : m_a(analysis)
    , m_fixed(analysis.rules().size(), -1)
    , m_external(analysis.rules().size(), -1)
{}

int ConnectionEvaluator::portsFor(int rule, int dstCls)
{
    const RuleInfo &r = m_a.rules()[std::size_t(rule)];
    if (!r.namedPorts) {
        int &id = m_fixed[std::size_t(rule)];
        if (id < 0)
            id = m_table.intern(r.fixedPorts);
        return id;
    }
    if (dstCls < 0) {
        int &id = m_external[std::size_t(rule)];
        if (id < 0)
            id = m_table.intern(r.externalPorts);
        return id;
    }
    const int profile = m_a.classes()[std::size_t(dstCls)].portProfile;
    const quint64 key = (quint64(quint32(rule)) << 32) | quint32(profile);
    auto it = m_named.constFind(key);
    if (it != m_named.constEnd())
        return it.value();
    const NetworkPolicy &p = m_a.policies()[std::size_t(r.policy)];
    const PolicyRule &pr = p.rules(r.direction)[std::size_t(r.rule)];
    const int id = m_table.intern(pr.portsFor(m_a.portsOfClass(dstCls)));
    m_named.insert(key, id);
    return id;
}

// The ports that \a subject's rules in direction \a dir allow towards (egress) or from
// (ingress) \a peer; ports are always those of the destination class \a dst.
int ConnectionEvaluator::allowedPorts(Direction dir, int subject, int peer, int dst,
                                      int &bySelectors)
{
    if (!m_a.isolated(subject, dir)) {
        bySelectors = PortSetTable::All;
        return PortSetTable::All;
    }
    int acc = PortSetTable::None;
    bySelectors = PortSetTable::None;
    for (int r : m_a.rulesOf(subject, dir)) {
        const RuleInfo &ri = m_a.rules()[std::size_t(r)];
        const bool sel = ri.selectorClasses.test(std::size_t(peer));
        if (!sel && !ri.ipClasses.test(std::size_t(peer)))
            continue;
        const int p = portsFor(r, dst);
        acc = m_table.unite(acc, p);
        if (sel)
            bySelectors = m_table.unite(bySelectors, p);
    }
    return acc;
}

int ConnectionEvaluator::egress(int src, int dst, int &bySelectors)
{
    return allowedPorts(Direction::Egress, src, dst, dst, bySelectors);
}

int ConnectionEvaluator::ingress(int src, int dst, int &bySelectors)
{
    return allowedPorts(Direction::Ingress, dst, src, dst, bySelectors);
}

int ConnectionEvaluator::connection(int src, int dst, bool &viaIpBlock)
{
    if (m_a.isolated(dst, Direction::Ingress) &&
        !m_a.peerCandidates(dst, Direction::Ingress).test(std::size_t(src)))
        return PortSetTable::None;
    int eSel = PortSetTable::None;
    const int e = egress(src, dst, eSel);
    if (e == PortSetTable::None)
        return e;
    int iSel = PortSetTable::None;
    const int id = m_table.intersect(e, ingress(src, dst, iSel));
    if (id != PortSetTable::None && id != m_table.intersect(eSel, iSel))
        viaIpBlock = true;
    return id;
}

int ConnectionEvaluator::egressToAtom(int src, int atom)
{
    if (!m_a.isolated(src, Direction::Egress))
        return PortSetTable::All;
    int acc = PortSetTable::None;
    for (int r : m_a.rulesOf(src, Direction::Egress))
        if (m_a.rules()[std::size_t(r)].atoms.test(std::size_t(atom)))
            acc = m_table.unite(acc, portsFor(r, -1));
    return acc;
}

int ConnectionEvaluator::ingressFromAtom(int atom, int dst)
{
    if (!m_a.isolated(dst, Direction::Ingress))
        return PortSetTable::All;
    int acc = PortSetTable::None;
    for (int r : m_a.rulesOf(dst, Direction::Ingress))
        if (m_a.rules()[std::size_t(r)].atoms.test(std::size_t(atom)))
            acc = m_table.unite(acc, portsFor(r, dst));
    return acc;
}

} // namespace parapet::netpol
