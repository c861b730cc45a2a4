#pragma once

#include "ipaddress.h"
#include "kube/kubeobject.h"
#include "kube/labelselector.h"
#include "portset.h"

#include <optional>
#include <QString>
#include <QStringList>
#include <vector>

namespace parapet::netpol {

enum class Direction : quint8
{
    Ingress,
    Egress
};
QString directionName(Direction d); ///< `ingress` / `egress`

/// One entry of a rule's `ports`, with the API defaults applied (protocol TCP).
struct PolicyPort
{
    enum class Kind : quint8
    {
        AllPorts, ///< only a protocol was given: every port of it
        Number,   ///< `port` (and `endPort` for a range)
        Named,    ///< a container port name, resolved on the destination pod
    };
    Kind kind = Kind::AllPorts;
    Protocol protocol = Protocol::TCP;
    int port = 0;
    int endPort = 0; ///< 0 when not given
    QString name;
    QString path; ///< e.g. `spec.ingress[0].ports[1]`

    /// `TCP 80`, `TCP 8000-9000`, `TCP http`, `UDP all`.
    QString toString() const;
};

/// One entry of a rule's `from` / `to`.
struct PolicyPeer
{
    enum class Kind : quint8
    {
        Selectors,
        IpBlock
    };
    Kind kind = Kind::Selectors;
    std::optional<LabelSelector> podSelector;       ///< nullopt: not written
    std::optional<LabelSelector> namespaceSelector; ///< nullopt: not written
    Cidr cidr;
    std::vector<Cidr> except;
    IpSet addresses; ///< cidr minus except
    QString path;    ///< e.g. `spec.ingress[0].from[1]`

    /// True when the peer selects every pod of every namespace (`namespaceSelector: {}`
    /// with no or an empty podSelector).
    bool selectsAllPods() const;
    /// `pods {app=web} in namespace shop`, `ipBlock 0.0.0.0/0 except 10.0.0.0/8`...
    QString toString(const QString &policyNamespace) const;
};

/// One ingress or egress rule.
struct PolicyRule
{
    Direction direction = Direction::Ingress;
    int index = 0;
    bool allPeers = false; ///< `from`/`to` missing or empty: every source/destination
    std::vector<PolicyPeer> peers;
    bool allPorts = false; ///< `ports` missing or empty: every port and protocol
    std::vector<PolicyPort> ports;
    QString path; ///< `spec.ingress[0]`

    bool hasNamedPorts() const;
    /// The ports this rule allows towards a destination with \a namedPorts (name, port,
    /// protocol); towards an address outside the cluster pass none: named ports match nothing.
    template <typename NamedPorts> PortSet portsFor(const NamedPorts &namedPorts) const;
};

/// A NetworkPolicy as the API server would store it: defaults applied (policyTypes, protocol),
/// validated like the API server's validation (an invalid policy would be rejected and so never
/// takes effect), with every part keeping its field path for evidence.
struct NetworkPolicy
{
    const KubeObject *object = nullptr;
    QString ns;
    QString name;
    LabelSelector podSelector = LabelSelector::everything();
    bool affectsIngress = true;
    bool affectsEgress = false;
    bool typesDefaulted = false; ///< policyTypes was not written
    std::vector<PolicyRule> ingress;
    std::vector<PolicyRule> egress;
    /// Why the API server would reject it (empty when valid).
    QStringList errors;
    /// Accepted but worth saying (CIDR written with host bits...).
    QStringList warnings;

    bool isValid() const { return errors.isEmpty(); }
    bool affects(Direction d) const
    {
        return d == Direction::Ingress ? affectsIngress : affectsEgress;
    }
    const std::vector<PolicyRule> &rules(Direction d) const
    {
        return d == Direction::Ingress ? ingress : egress;
    }
    /// `shop/deny-all`.
    QString reference() const { return ns + u'/' + name; }
    SourceLocation locate(const QString &fieldPath) const;
    /// `Ingress, Egress` (defaulted types say so).
    QString typesText() const;
};

NetworkPolicy parseNetworkPolicy(const KubeObject &object);

/// A container port as NetworkPolicy named ports see it.
struct NamedPort
{
    QString name;
    int port = 0;
    Protocol protocol = Protocol::TCP;

    bool operator==(const NamedPort &) const = default;
};

template <typename NamedPorts> PortSet PolicyRule::portsFor(const NamedPorts &namedPorts) const
{
    if (allPorts)
        return PortSet::all();
    PortSet out;
    for (const PolicyPort &p : ports) {
        switch (p.kind) {
        case PolicyPort::Kind::AllPorts:
            out.addAll(p.protocol);
            break;
        case PolicyPort::Kind::Number:
            out.add(p.protocol, p.port, p.endPort ? p.endPort : p.port);
            break;
        case PolicyPort::Kind::Named:
            for (const NamedPort &np : namedPorts)
                if (np.name == p.name && np.protocol == p.protocol && np.port > 0)
                    out.add(p.protocol, np.port, np.port);
            break;
        }
    }
    return out;
}

} // namespace parapet::netpol
