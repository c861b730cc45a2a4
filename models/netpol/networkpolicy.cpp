#include "networkpolicy.h"

#include <QCoreApplication>

namespace parapet::netpol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::netpol::NetworkPolicy", text);
}

QString idx(const QString &base, std::uint32_t i)
{
    return base + u'[' + QString::number(i) + u']';
}

// IANA_SVC_NAME, as validation.IsValidPortName checks it.
bool isValidPortName(const QString &name)
{
    if (name.isEmpty() || name.size() > 15)
        return false;
    bool letter = false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c >= u'a' && c <= u'z')
            letter = true;
        else if (c == u'-') {
            if (i == 0 || i + 1 == name.size() || name[i - 1] == u'-')
                return false;
        } else if (!(c >= u'0' && c <= u'9'))
            return false;
    }
    return letter;
}

// A selector field that is written and not null (a Go pointer that is set).
bool isSet(const Node &n)
{
    return n.isValid() && !n.isNull();
}

std::optional<LabelSelector> readSelector(const Node &n, const QString &path, QStringList &errors)
{
    if (!isSet(n))
        return std::nullopt;
    if (!n.isMap()) {
        errors.append(tr("%1: must be a label selector (a mapping)").arg(path));
        return LabelSelector::nothing();
    }
    auto s = LabelSelector::fromNode(n);
    if (!s) {
        errors.append(path + QStringLiteral(": ") + s.error().message);
        return LabelSelector::nothing();
    }
    return *s;
}

void readPorts(const Node &ports, const QString &path, PolicyRule &rule, QStringList &errors)
{
    std::uint32_t i = 0;
    for (const auto &[k, p] : ports.children()) {
        PolicyPort port;
        port.path = idx(path, i++);
        if (!p.isMap() && !p.isNull()) {
            errors.append(tr("%1: must be a mapping").arg(port.path));
            continue;
        }
        const Node proto = p["protocol"];
        if (isSet(proto)) {
            const auto parsed = parseProtocol(proto.toString());
            if (!parsed)
                errors.append(tr("%1.protocol: unsupported value \"%2\" (TCP, UDP or SCTP)")
                                  .arg(port.path, proto.toString()));
            else
                port.protocol = *parsed;
        }
        const Node number = p["port"];
        const Node end = p["endPort"];
        if (isSet(number)) {
            if (number.type() == NodeType::Int) {
                port.kind = PolicyPort::Kind::Number;
                port.port = int(number.toInt().value_or(0));
                if (port.port < 1 || port.port > kMaxPort)
                    errors.append(tr("%1.port: must be between 1 and 65535").arg(port.path));
                if (isSet(end)) {
                    const auto e = end.type() == NodeType::Int ? end.toInt() : std::nullopt;
                    port.endPort = int(e.value_or(0));
                    if (!e || port.endPort < 1 || port.endPort > kMaxPort)
                        errors.append(tr("%1.endPort: must be between 1 and 65535").arg(port.path));
                    else if (port.endPort < port.port)
                        errors.append(
                            tr("%1.endPort: must be greater than or equal to port").arg(port.path));
                }
            } else {
                port.kind = PolicyPort::Kind::Named;
                port.name = number.toString();
                if (!isValidPortName(port.name))
                    errors.append(tr("%1.port: \"%2\" is neither a port number nor a valid port "
                                     "name")
                                      .arg(port.path, port.name));
                if (isSet(end))
                    errors.append(
                        tr("%1.endPort: may not be given when port is non-numeric (a name)")
                            .arg(port.path));
            }
        } else if (isSet(end)) {
            errors.append(tr("%1.endPort: may not be given without port").arg(port.path));
        }
        rule.ports.push_back(port);
    }
    rule.allPorts = rule.ports.empty();
}

void readPeers(const Node &peers, const QString &path, PolicyRule &rule, QStringList &errors,
               QStringList &warnings)
{
    std::uint32_t i = 0;
    for (const auto &[k, p] : peers.children()) {
        PolicyPeer peer;
        peer.path = idx(path, i++);
        const Node ipBlock = p["ipBlock"];
        peer.podSelector =
            readSelector(p["podSelector"], peer.path + QStringLiteral(".podSelector"), errors);
        peer.namespaceSelector = readSelector(
            p["namespaceSelector"], peer.path + QStringLiteral(".namespaceSelector"), errors);
        const int fields = int(peer.podSelector.has_value()) +
                           int(peer.namespaceSelector.has_value()) + int(isSet(ipBlock));
        if (fields == 0) {
            errors.append(tr("%1: must specify a peer (podSelector, namespaceSelector or ipBlock)")
                              .arg(peer.path));
            continue;
        }
        if (isSet(ipBlock)) {
            if (fields > 1)
                errors.append(
                    tr("%1: may not specify both ipBlock and another peer").arg(peer.path));
            peer.kind = PolicyPeer::Kind::IpBlock;
            const QString cidrPath = peer.path + QStringLiteral(".ipBlock.cidr");
            const QString cidrText = ipBlock["cidr"].toString();
            if (cidrText.isEmpty()) {
                errors.append(tr("%1: required").arg(cidrPath));
                continue;
            }
            auto cidr = Cidr::parse(cidrText);
            if (!cidr) {
                errors.append(cidrPath + QStringLiteral(": ") + cidr.error().message);
                continue;
            }
            if (cidr->hostBitsSet)
                warnings.append(tr("%1: \"%2\" has host bits set; it means %3")
                                    .arg(cidrPath, cidrText, cidr->toString()));
            peer.cidr = *cidr;
            peer.addresses = IpSet::fromCidr(*cidr);
            std::uint32_t e = 0;
            for (const auto &[ek, ev] : ipBlock["except"].children()) {
                const QString exceptPath = idx(peer.path + QStringLiteral(".ipBlock.except"), e++);
                auto ex = Cidr::parse(ev.toString());
                if (!ex) {
                    errors.append(exceptPath + QStringLiteral(": ") + ex.error().message);
                    continue;
                }
                if (!cidr->strictlyContains(*ex))
                    errors.append(tr("%1: \"%2\" must be a strict subset of cidr %3")
                                      .arg(exceptPath, ev.toString(), cidrText));
                peer.except.push_back(*ex);
                peer.addresses.subtract(IpSet::fromCidr(*ex));
            }
        }
        rule.peers.push_back(peer);
    }
    rule.allPeers = rule.peers.empty() && peers.size() == 0;
}

void readRules(const Node &list, Direction dir, NetworkPolicy &policy)
{
    const QString base =
        dir == Direction::Ingress ? QStringLiteral("spec.ingress") : QStringLiteral("spec.egress");
    if (isSet(list) && !list.isSequence()) {
        policy.errors.append(tr("%1: must be a list of rules").arg(base));
        return;
    }
    std::uint32_t i = 0;
    for (const auto &[k, r] : list.children()) {
        PolicyRule rule;
        rule.direction = dir;
        rule.index = int(i);
        rule.path = idx(base, i++);
        if (!r.isMap() && !r.isNull()) {
            policy.errors.append(tr("%1: must be a mapping").arg(rule.path));
            continue;
        }
        const char *peersField = dir == Direction::Ingress ? "from" : "to";
        readPeers(r[peersField], rule.path + u'.' + QLatin1String(peersField), rule, policy.errors,
                  policy.warnings);
        readPorts(r["ports"], rule.path + QStringLiteral(".ports"), rule, policy.errors);
        (dir == Direction::Ingress ? policy.ingress : policy.egress).push_back(std::move(rule));
    }
}

} // namespace

QString directionName(Direction d)
{
    return d == Direction::Ingress ? QStringLiteral("ingress") : QStringLiteral("egress");
}

QString PolicyPort::toString() const
{
    const QString proto = protocolName(protocol);
    switch (kind) {
    case Kind::AllPorts:
        return proto + u' ' + tr("all");
    case Kind::Number:
        return proto + u' ' + QString::number(port) +
               (endPort ? u'-' + QString::number(endPort) : QString());
    case Kind::Named:
        return proto + u' ' + name;
    }
    return {};
}

bool PolicyPeer::selectsAllPods() const
{
    return kind == Kind::Selectors && namespaceSelector && namespaceSelector->isEverything() &&
           (!podSelector || podSelector->isEverything());
}

QString PolicyPeer::toString(const QString &policyNamespace) const
{
    if (kind == Kind::IpBlock) {
        QStringList ex;
        for (const Cidr &c : except)
            ex.append(c.toString());
        return tr("ipBlock %1").arg(cidr.toString()) +
               (ex.isEmpty() ? QString()
                             : u' ' + tr("except %1").arg(ex.join(QStringLiteral(", "))));
    }
    auto sel = [](const LabelSelector &s) -> QString {
        if (s.isEverything())
            return tr("all");
        return u'{' + s.toString() + u'}';
    };
    const QString pods = podSelector ? tr("pods %1").arg(sel(*podSelector)) : tr("all pods");
    if (!namespaceSelector)
        return tr("%1 in namespace %2").arg(pods, policyNamespace);
    if (namespaceSelector->isEverything())
        return tr("%1 in all namespaces").arg(pods);
    return tr("%1 in namespaces %2").arg(pods, sel(*namespaceSelector));
}

bool PolicyRule::hasNamedPorts() const
{
    for (const PolicyPort &p : ports)
        if (p.kind == PolicyPort::Kind::Named)
            return true;
    return false;
}

SourceLocation NetworkPolicy::locate(const QString &fieldPath) const
{
    if (!object)
        return {};
    return object->locate(fieldPath.toStdString());
}

QString NetworkPolicy::typesText() const
{
    QStringList t;
    if (affectsIngress)
        t.append(QStringLiteral("Ingress"));
    if (affectsEgress)
        t.append(QStringLiteral("Egress"));
    QString s = t.join(QStringLiteral(", "));
    if (typesDefaulted)
        s += u' ' + tr("(defaulted)");
    return s;
}

NetworkPolicy parseNetworkPolicy(const KubeObject &object)
{
    NetworkPolicy p;
    p.object = &object;
    p.ns = object.ns();
    p.name = object.name();
    const Node spec = object.spec();
    // spec.podSelector is a struct, not a pointer: missing means the empty selector (all pods).
    const Node selector = spec["podSelector"];
    if (isSet(selector)) {
        auto s = readSelector(selector, QStringLiteral("spec.podSelector"), p.errors);
        p.podSelector = s.value_or(LabelSelector::everything());
    }
    readRules(spec["ingress"], Direction::Ingress, p);
    readRules(spec["egress"], Direction::Egress, p);

    const Node types = spec["policyTypes"];
    if (isSet(types) && !types.isSequence()) {
        p.errors.append(tr("spec.policyTypes: must be a list"));
    } else if (types.size() == 0) {
        // SetDefaults_NetworkPolicy: Ingress always; Egress when the policy has egress rules.
        p.typesDefaulted = true;
        p.affectsIngress = true;
        p.affectsEgress = !p.egress.empty() || spec["egress"].size() > 0;
    } else {
        p.affectsIngress = false;
        p.affectsEgress = false;
        if (types.size() > 2)
            p.errors.append(tr("spec.policyTypes: may not specify more than two policyTypes"));
        std::uint32_t i = 0;
        for (const auto &[k, t] : types.children()) {
            const QString v = t.toString();
            if (v == u"Ingress")
                p.affectsIngress = true;
            else if (v == u"Egress")
                p.affectsEgress = true;
            else
                p.errors.append(tr("%1: unsupported value \"%2\" (Ingress or Egress)")
                                    .arg(idx(QStringLiteral("spec.policyTypes"), i), v));
            ++i;
        }
    }
    return p;
}

} // namespace parapet::netpol
