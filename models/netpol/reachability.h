#pragma once

#include "dynamicbitset.h"
#include "ipaddress.h"
#include "kube/inventory.h"
#include "networkpolicy.h"
#include "podendpoints.h"
#include "portset.h"

#include <memory>
#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace parapet::netpol {

enum class Verdict : quint8
{
    Allowed,
    Denied,
    ImplementationDefined
};
/// `allowed`, `denied`, `implementation-defined`.
QString verdictName(Verdict v);

/// Pods that no NetworkPolicy of the inventory can tell apart: same namespace, same values of
/// the label keys selectors look at, same named ports that policies name, same host-network
/// mode, and addresses in the same ipBlock ranges. Selectors are evaluated once per class.
struct PodClass
{
    int ns = -1;
    int representative = -1;    ///< an endpoint of the class
    std::vector<int> endpoints; ///< indexes into EndpointSet::endpoints
    std::vector<int> workloads; ///< distinct, sorted
    std::vector<int> atoms;     ///< address atoms of the pods' IPs, sorted
    bool ipsKnown = false;
    bool hostNetwork = false;
    int portProfile = 0; ///< classes with equal container ports share a profile
};

/// One end of a connection: a pod, a workload (all its pods) or an address.
struct ConnectionEnd
{
    enum class Kind : quint8
    {
        Pod,
        Workload,
        Address
    };
    Kind kind = Kind::Address;
    int index = -1; ///< endpoint or workload index
    IpAddress address;
    bool nodeAddress = false; ///< the address belongs to a node
};

/// How one rule relates to a connection.
struct RuleMatch
{
    int policy = -1;
    Direction direction = Direction::Ingress;
    int rule = -1;
    int peer = -1;           ///< index in from/to of the first matching peer; -1: rule has none
    bool viaIpBlock = false; ///< matched a pod through its IP address
    PortSet ports;           ///< what the rule allows towards this destination
};

/// One side (egress at the source, ingress at the destination) of a verdict.
struct SideExplanation
{
    bool applies = false; ///< false when this end is an address outside the cluster
    bool isolated = false;
    std::vector<int> isolatingPolicies; ///< valid policies selecting the pod for this direction
    std::vector<RuleMatch> allowing;    ///< rules matching the peer and the port
    std::vector<RuleMatch> peerOnly;    ///< rules matching the peer, but not the port
    bool allowed = true;
};

struct ReachabilityAnswer
{
    Verdict verdict = Verdict::Denied;
    bool policiesAllow = false; ///< what the policies say, also when implementation-defined
    SideExplanation egress;
    SideExplanation ingress;
    QStringList warnings;
    int pairs = 0;        ///< pod-class pairs evaluated
    int allowedPairs = 0; ///< of which allowed
};

/// A rule of a valid policy, evaluated against the pod classes and address atoms.
struct RuleInfo
{
    int policy = -1;
    Direction direction = Direction::Ingress;
    int rule = -1;
    DynamicBitset selectorClasses; ///< classes the pod/namespace selectors match (all: no peers)
    DynamicBitset ipClasses;       ///< further classes matched through pod IPs by ipBlocks
    DynamicBitset atoms;           ///< address atoms its ipBlocks cover (all: no peers)
    bool allPeers = false;
    bool namedPorts = false;
    PortSet fixedPorts;    ///< when the rule names no port: what it allows to any pod
    PortSet externalPorts; ///< what it allows to addresses (named ports match nothing there)
};

/// NetworkPolicy reachability of one inventory with the networking/v1 semantics: per-direction
/// isolation, additive rules, egress at the source AND ingress at the destination, peers,
/// ports, named ports, endPort ranges and ipBlocks. Built once (near-linear in pods, policies
/// and selectors: classes, not pairs); immutable and safe to read from any thread.
class ReachabilityAnalysis
{
public:
    explicit ReachabilityAnalysis(const Inventory &inventory);
    ~ReachabilityAnalysis();
    ReachabilityAnalysis(const ReachabilityAnalysis &) = delete;
    ReachabilityAnalysis &operator=(const ReachabilityAnalysis &) = delete;

    const Inventory &inventory() const;
    const EndpointSet &endpoints() const;
    /// Every NetworkPolicy of the inventory, valid or not (invalid ones never apply).
    const std::vector<NetworkPolicy> &policies() const;
    const std::vector<PodClass> &classes() const;
    int classOf(int endpoint) const;
    /// Classes of a workload's pods (distinct, sorted).
    const std::vector<int> &classesOfWorkload(int workload) const;
    const std::vector<int> &classesInNamespace(int ns) const;
    const std::vector<NamedPort> &portsOfClass(int cls) const;

    /// The address space cut at every ipBlock boundary: addresses in one atom are treated alike
    /// by every policy. Always covers the whole space.
    const std::vector<IpRange> &atoms() const;
    int atomOf(IpAddress a) const;

    bool isolated(int cls, Direction d) const;
    const std::vector<int> &isolatingPolicies(int cls, Direction d) const;
    /// Rules (indexes into rules()) of the policies selecting \a cls for direction \a d.
    const std::vector<int> &rulesOf(int cls, Direction d) const;
    /// Classes any of rulesOf(cls, d) can match as peer (all classes when not isolated).
    const DynamicBitset &peerCandidates(int cls, Direction d) const;
    const std::vector<RuleInfo> &rules() const;
    /// Index into rules() of a policy's rule, or -1 (invalid policy).
    int ruleIndex(int policy, Direction d, int rule) const;
    /// Classes a valid policy selects (empty for invalid policies).
    const DynamicBitset &selectedClasses(int policy) const;

    /// Whether a peer of \a policy matches the pods of \a cls through its selectors.
    bool peerSelects(const NetworkPolicy &policy, const PolicyPeer &peer, int cls) const;

    /// Explains whether \a src can open a connection to \a dst on \a port / \a protocol.
    /// At least one end must be a pod or workload.
    ReachabilityAnswer canReach(const ConnectionEnd &src, const ConnectionEnd &dst,
                                Protocol protocol, int port) const;
    /// `NAMESPACE/POD`, `NAMESPACE/KIND/NAME` (kubectl kind names), `NAMESPACE/NAME` of a
    /// workload when no pod has that name, or an IP address.
    Result<ConnectionEnd> resolve(QStringView text) const;
    QString describe(const ConnectionEnd &end) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
    SideExplanation explainSide(int cls, Direction dir, int peerCls, const ConnectionEnd &peerEnd,
                                Protocol protocol, int port, QStringList &warnings) const;
};

/// Interned port sets: connections are computed on small ids, with unions and intersections
/// cached (the same few sets recur across thousands of pairs).
class PortSetTable
{
public:
    static constexpr int None = 0;
    static constexpr int All = 1;

    PortSetTable();
    int intern(const PortSet &s);
    const PortSet &at(int id) const { return m_sets[std::size_t(id)]; }
    int unite(int a, int b);
    int intersect(int a, int b);
    int size() const { return int(m_sets.size()); }

private:
    std::vector<PortSet> m_sets;
    QHash<QString, int> m_index;
    QHash<quint64, int> m_unions;
    QHash<quint64, int> m_intersections;
};

/// Evaluates connections between classes and address atoms on one analysis; holds caches, so
/// use one per thread.
class ConnectionEvaluator
{
public:
    explicit ConnectionEvaluator(const ReachabilityAnalysis &analysis);

    const ReachabilityAnalysis &analysis() const { return m_a; }
    PortSetTable &table() { return m_table; }

    /// Port set ids allowed by the egress side of \a src towards \a dst and by the ingress side
    /// of \a dst from \a src; \a bySelectors receives what rules matching the peer through
    /// selectors (not through an ipBlock containing a pod IP) allow.
    int egress(int src, int dst, int &bySelectors);
    int ingress(int src, int dst, int &bySelectors);
    /// Both sides; \a viaIpBlock is set when the ports depend on an ipBlock matching a pod IP.
    int connection(int src, int dst, bool &viaIpBlock);
    int egressToAtom(int src, int atom);
    int ingressFromAtom(int atom, int dst);

    /// Calls \a f(dst, portsId, viaIpBlock) for every class \a src may connect to, in order.
    template <typename F> void forEachDestination(int src, F &&f)
    {
        const auto visit = [&](std::size_t dst) {
            bool via = false;
            const int id = connection(src, int(dst), via);
            if (id != PortSetTable::None)
                f(int(dst), id, via);
        };
        m_a.peerCandidates(src, Direction::Egress).forEach(visit);
    }

private:
    int allowedPorts(Direction dir, int subject, int peer, int dst, int &bySelectors);
    int portsFor(int rule, int dstCls);

    const ReachabilityAnalysis &m_a;
    PortSetTable m_table;
    std::vector<int> m_fixed;    ///< per rule: interned fixedPorts (-1: not yet)
    std::vector<int> m_external; ///< per rule: interned externalPorts (-1: not yet)
    QHash<quint64, int> m_named; ///< (rule, port profile) → id
};

} // namespace parapet::netpol
