// Namespace baselines (PSA labels, default-deny with DNS, LimitRange, ResourceQuota) and the
// cloud-metadata egress policy. NetworkPolicy semantics follow networking.k8s.io/v1: a pod is
// isolated for a direction once any policy with that policyType selects it, and what is
// allowed is the union of all such policies; so a new policy can only ever add traffic to
// pods that are already isolated, which is why the generators look at existing policies.

#include "fixsupport.h"
#include "kube/labelselector.h"
#include "kube/typedviews.h"
#include "netpol/ipaddress.h"

#include <QRegularExpression>

namespace parapet::remediation {

using namespace detail;

namespace {

struct EgressState
{
    bool denyIn = false;        ///< a policy selecting every pod denies all ingress
    bool denyOut = false;       ///< a policy selecting every pod denies all egress
    QStringList egressPolicies; ///< every policy with Egress among its types
    std::vector<const KubeObject *> egressObjects; ///< the same policies
};

EgressState policiesOf(const Inventory &inventory, const QString &ns)
{
    EgressState s;
    for (const KubeObject *o : inventory.ofKind(u"NetworkPolicy")) {
        if (o->ns() != ns || o->group() != u"networking.k8s.io")
            continue;
        const Node spec = o->spec();
        const Node types = spec["policyTypes"];
        bool in = false, out = false;
        if (types.isSequence() && types.size() > 0) {
            for (const auto &[k, t] : types.children()) {
                in = in || t.toString() == u"Ingress";
                out = out || t.toString() == u"Egress";
            }
        } else {
            in = true;
            out = spec["egress"].size() > 0;
        }
        if (out) {
            s.egressPolicies.append(o->name());
            s.egressObjects.push_back(o);
        }
        const Node sel = spec["podSelector"];
        bool everything = !sel.isValid() || sel.isNull();
        if (!everything)
            if (auto ls = LabelSelector::fromNode(sel))
                everything = ls->isEverything();
        if (!everything)
            continue;
        s.denyIn = s.denyIn || (in && spec["ingress"].size() == 0);
        s.denyOut = s.denyOut || (out && spec["egress"].size() == 0);
    }
    return s;
}

/// Manifests that name no namespace are applied with `kubectl apply -n`: new objects for them
/// name none either, so that they land beside the workloads.
bool namespaceDefaultedOnly(const Inventory &inventory, const QString &ns)
{
    if (inventory.find(u"Namespace", QString(), ns))
        return false;
    for (const KubeObject *o : inventory.inNamespace(ns))
        if (!o->namespaceDefaulted())
            return false;
    return true;
}

QString pinnedVersion(const Inventory &inventory)
{
    static const QRegularExpression re(QStringLiteral("^v?(\\d+)\\.(\\d+)"));
    const auto m = re.match(inventory.source().serverVersion);
    if (!m.hasMatch())
        return QStringLiteral("latest");
    return QStringLiteral("v%1.%2").arg(m.captured(1), m.captured(2));
}

bool validVersion(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^v1\\.(0|[1-9][0-9]*)$"));
    return v == u"latest" || re.match(v).hasMatch();
}

QString freeName(const Inventory &inventory, const QString &kind, const QString &ns,
                 const QString &wanted)
{
    if (!inventory.find(kind, ns, wanted))
        return wanted;
    for (int i = 1;; ++i) {
        const QString n = wanted + QStringLiteral("-%1").arg(i);
        if (!inventory.find(kind, ns, n))
            return n;
    }
}

MutableNode matchLabels(const char *key, const char *value)
{
    MutableNode sel = MutableNode::mapping();
    sel["matchLabels"].set(key, MutableNode::string(std::string_view(value)));
    return sel;
}

MutableNode port(const char *protocol, int number)
{
    MutableNode p = MutableNode::mapping();
    p.set("protocol", MutableNode::string(std::string_view(protocol)));
    p.set("port", MutableNode::integer(number));
    return p;
}

MutableNode ipBlock(const char *cidr, const char *except)
{
    MutableNode peer = MutableNode::mapping();
    MutableNode &block = peer["ipBlock"];
    block.set("cidr", MutableNode::string(std::string_view(cidr)));
    block.set("except", MutableNode::strings({except}));
    return peer;
}

/// The cloud metadata addresses: every cloud's IPv4 one and AWS's IPv6 one.
constexpr const char *kMetadataCidrs[] = {"169.254.169.254/32", "fd00:ec2::254/128"};

netpol::Cidr metadataCidr(const char *text)
{
    return *netpol::Cidr::parse(QString::fromLatin1(text));
}

/// Every address but the metadata ones, and every pod: what a rule without `to` allows, minus
/// the metadata addresses. Whether pod IPs match ipBlock is up to the network plugin (Cilium,
/// for one, matches only addresses outside the cluster): in-cluster destinations are named
/// explicitly.
MutableNode everyDestinationButMetadata()
{
    MutableNode to = MutableNode::sequence();
    to.append(ipBlock("0.0.0.0/0", kMetadataCidrs[0]));
    to.append(ipBlock("::/0", kMetadataCidrs[1]));
    MutableNode inCluster = MutableNode::mapping();
    inCluster.set("namespaceSelector", MutableNode::mapping());
    to.append(inCluster);
    return to;
}

/// Whether a rule's `ports` let traffic to an address outside the cluster through: named
/// ports resolve only on destination pods, so a rule with named ports alone reaches no address.
/// Doubtful entries count as reaching (editing such a rule only takes the metadata address
/// away).
bool portsReachAddresses(const MutableNode *ports)
{
    if (!ports || !ports->isSequence() || ports->items().empty())
        return true;
    for (const MutableNode &p : ports->items()) {
        const MutableNode *port = p.find("port");
        if (!port || port->type() != NodeType::String)
            return true;
        bool number = false;
        const int value = port->toString().toInt(&number);
        if (number || value != 0)
            return true;
    }
    return false;
}

enum class PeerEdit
{
    None,     ///< the peer does not reach a metadata address
    Excepted, ///< a metadata address was added to its except list
    Remove,   ///< the peer is a metadata address itself: an except cannot cut it out
};

/// Adds to the except list of \a peer's ipBlock the metadata addresses its cidr lets through.
/// The API requires except entries strictly inside the cidr: a block that is exactly the
/// address must go instead.
PeerEdit blockMetadataInPeer(MutableNode &peer)
{
    MutableNode *block = peer.find("ipBlock");
    const MutableNode *cidrText = block ? block->find("cidr") : nullptr;
    if (!cidrText)
        return PeerEdit::None;
    const auto cidr = netpol::Cidr::parse(cidrText->toString());
    if (!cidr)
        return PeerEdit::None; // the API server rejects the policy: it never applies
    PeerEdit result = PeerEdit::None;
    for (const char *text : kMetadataCidrs) {
        const netpol::Cidr metadata = metadataCidr(text);
        if (cidr->v4 != metadata.v4 || !cidr->range().contains(metadata.network))
            continue;
        bool excepted = false;
        if (const MutableNode *except = block->find("except"); except && except->isSequence())
            for (const MutableNode &e : except->items())
                if (const auto c = netpol::Cidr::parse(e.toString());
                    c && c->v4 == metadata.v4 && c->range().contains(metadata.network))
                    excepted = true;
        if (excepted)
            continue;
        if (!cidr->strictlyContains(metadata))
            return PeerEdit::Remove;
        (*block)["except"].append(MutableNode::string(std::string_view(text)));
        result = PeerEdit::Excepted;
    }
    return result;
}

/// What editing the egress rules of one policy did.
struct PolicyEdit
{
    bool changed = false;
    bool openedTo = false;     ///< a rule without `to` got its destinations listed
    bool removedPeer = false;  ///< a peer that was exactly a metadata address went
    bool noEgressLeft = false; ///< every rule went: the policy now denies all egress
};

/// Takes the metadata addresses out of every egress rule of the NetworkPolicy \a policy (an
/// applicable copy) and never adds a destination: ipBlocks get an except entry, rules without
/// `to` list every destination but the metadata addresses, peers that are a metadata address
/// go, and so do rules left without peers (an empty `to` would allow everything).
PolicyEdit blockMetadataInPolicy(MutableNode &policy)
{
    PolicyEdit edit;
    MutableNode *spec = policy.find("spec");
    MutableNode *egress = spec ? spec->find("egress") : nullptr;
    if (!egress || !egress->isSequence())
        return edit;
    std::vector<MutableNode> kept;
    for (MutableNode &rule : egress->items()) {
        if (rule.isNull())
            rule = MutableNode::mapping(); // a null rule decodes as an empty one: allows all
        if (!rule.isMap() || !portsReachAddresses(rule.find("ports"))) {
            kept.push_back(std::move(rule));
            continue;
        }
        MutableNode *to = rule.find("to");
        if (!to || to->isNull() || (to->isSequence() && to->items().empty())) {
            if (to)
                *to = everyDestinationButMetadata();
            else
                rule.pairs().insert(rule.pairs().begin(),
                                    MutableNode::Pair{"to", everyDestinationButMetadata()});
            edit.changed = edit.openedTo = true;
            kept.push_back(std::move(rule));
            continue;
        }
        if (!to->isSequence()) { // rejected by the API server
            kept.push_back(std::move(rule));
            continue;
        }
        std::vector<MutableNode> peers;
        for (MutableNode &peer : to->items()) {
            switch (blockMetadataInPeer(peer)) {
            case PeerEdit::None:
                peers.push_back(std::move(peer));
                break;
            case PeerEdit::Excepted:
                edit.changed = true;
                peers.push_back(std::move(peer));
                break;
            case PeerEdit::Remove:
                edit.changed = edit.removedPeer = true;
                break;
            }
        }
        to->items() = std::move(peers);
        if (!to->items().empty())
            kept.push_back(std::move(rule));
    }
    egress->items() = std::move(kept);
    if (egress->items().empty()) {
        // Without rules the policy must still say it is about egress: with policyTypes left to
        // its default, a policy without egress rules would no longer isolate egress at all.
        MutableNode *types = spec->find("policyTypes");
        if (!types || !types->isSequence() || types->items().empty())
            spec->set("policyTypes", MutableNode::strings({"Ingress", "Egress"}));
        spec->remove("egress");
        edit.noEgressLeft = true;
    }
    return edit;
}

/// Top-level workloads of \a ns (not on the host network) that no egress policy selects:
/// their egress is open, which no edit of those policies changes.
QStringList egressOpenWorkloads(const Inventory &inventory, const QString &ns,
                                const std::vector<const KubeObject *> &egressPolicies)
{
    std::vector<LabelSelector> selectors;
    for (const KubeObject *p : egressPolicies) {
        const Node sel = p->spec()["podSelector"];
        if (!sel.isValid() || sel.isNull())
            return {};
        auto ls = LabelSelector::fromNode(sel);
        if (!ls)
            continue; // the API server rejects the policy
        if (ls->isEverything())
            return {};
        selectors.push_back(*ls);
    }
    QStringList out;
    for (const KubeObject *o : inventory.inNamespace(ns)) {
        if (!hasPodTemplate(o->kind()) || o->root()["metadata"]["ownerReferences"].size() > 0)
            continue;
        const auto pod = podTemplateOf(*o);
        if (!pod || pod->spec["hostNetwork"].toBool().value_or(false))
            continue;
        const Node labels = pod->metadata["labels"];
        if (std::none_of(selectors.begin(), selectors.end(),
                         [&](const LabelSelector &s) { return s.matches(labels); }))
            out.append(o->kind() + u' ' + o->name());
    }
    return out;
}

struct PartRun
{
    const PartInfo *info = nullptr;
    bool enabled = true;
};

} // namespace

Result<Remediation> fixNamespace(const Inventory &inventory, const QString &ns,
                                 const FixOptions &options)
{
    if (ns.isEmpty())
        return Error{Error::Code::Usage, FixText::tr("no namespace given"), {}};
    const KubeObject *nsObject = inventory.find(u"Namespace", QString(), ns);
    Remediation::Data data;
    data.kind = RemediationKind::Namespace;
    data.target = nsObject ? checks::ObjectRef::of(*nsObject)
                           : checks::ObjectRef{QStringLiteral("v1"), QStringLiteral("Namespace"),
                                               QString(), ns};
    const EgressState state = policiesOf(inventory, ns);
    const QString version = pinnedVersion(inventory);
    const bool system = ns == u"kube-system";
    const bool defaultedOnly = namespaceDefaultedOnly(inventory, ns);
    const QString newNs = defaultedOnly ? QString() : ns;
    QStringList controls;

    auto part = [&](const char *name, bool needed) -> bool {
        const PartInfo *info = findPart(QLatin1String(name));
        if (!needed || !options.wants(*info))
            return false;
        const bool enabled = !options.without.contains(info->nameString());
        data.parts.push_back({info->nameString(), info->controlIds(), enabled});
        if (enabled)
            controls += info->controlIds();
        return enabled;
    };

    // psa-labels
    {
        const Node labels = nsObject ? nsObject->labels() : Node();
        const auto label = [&](const char *mode) {
            const QByteArray key = QByteArray("pod-security.kubernetes.io/") + mode;
            return labels[std::string_view(key.constData(), std::size_t(key.size()))];
        };
        // Stricter settings already there stay: a fix never loosens.
        QList<QPair<QString, QString>> wanted;
        const Node enforce = label("enforce");
        const QString enforceLevel = enforce.toString();
        if (!(enforce.isValid() && (enforceLevel == u"baseline" || enforceLevel == u"restricted")))
            wanted.append({QStringLiteral("enforce"), QStringLiteral("baseline")});
        for (const char *mode : {"audit", "warn"})
            if (label(mode).toString() != u"restricted")
                wanted.append({QLatin1String(mode), QStringLiteral("restricted")});
        for (const char *mode : {"enforce", "audit", "warn"}) {
            const Node v = label((std::string(mode) + "-version").c_str());
            if (!v.isValid() || !validVersion(v.toString()))
                wanted.append({QLatin1String(mode) + QStringLiteral("-version"), version});
        }
        if (part("psa-labels", !wanted.isEmpty())) {
            MutableNode object =
                nsObject ? applicableCopy(*nsObject) : newObject("v1", "Namespace", QString(), ns);
            MutableNode patch = MutableNode::mapping();
            for (const auto &[mode, value] : std::as_const(wanted)) {
                const QByteArray key = QByteArray("pod-security.kubernetes.io/") + mode.toUtf8();
                const std::string_view k(key.constData(), std::size_t(key.size()));
                object["metadata"]["labels"].set(k, MutableNode::string(value));
                patch["metadata"]["labels"].set(k, MutableNode::string(value));
            }
            data.manifests.push_back(manifestOf(object, nsObject == nullptr));
            data.patch = patch.toYaml();
            data.patchCommand =
                QStringLiteral("kubectl patch namespace %1 --type strategic --patch-file %2")
                    .arg(ns, fileStem(data.target) + QStringLiteral(".patch.yaml"));
            data.warnings.append(
                FixText::tr("psa-labels: pods that break the baseline level are rejected when "
                            "they are created again (running pods stay); list them first with "
                            "kubectl label --dry-run=server --overwrite namespace %1 "
                            "pod-security.kubernetes.io/enforce=baseline; version pinned to %2")
                    .arg(ns, version));
            if (system)
                data.warnings.append(FixText::tr(
                    "psa-labels: kube-system runs privileged components (CNI, kube-proxy, "
                    "CSI drivers) that baseline rejects; exempt them or keep this part off"));
        }
    }

    // default-deny (+ DNS egress when egress was open)
    if (part("default-deny", !(state.denyIn && state.denyOut))) {
        MutableNode policy = newObject("networking.k8s.io/v1", "NetworkPolicy", newNs,
                                       freeName(inventory, QStringLiteral("NetworkPolicy"), ns,
                                                QStringLiteral("default-deny")));
        MutableNode &spec = policy["spec"];
        spec.set("podSelector", MutableNode::mapping());
        MutableNode types = MutableNode::sequence();
        if (!state.denyIn)
            types.append(MutableNode::string(std::string_view("Ingress")));
        if (!state.denyOut)
            types.append(MutableNode::string(std::string_view("Egress")));
        spec.set("policyTypes", types);
        data.manifests.push_back(manifestOf(policy, true));
        if (!state.denyOut) {
            // Only where egress was open: with an existing default deny, allowing DNS would
            // widen access.
            MutableNode dns = newObject("networking.k8s.io/v1", "NetworkPolicy", newNs,
                                        freeName(inventory, QStringLiteral("NetworkPolicy"), ns,
                                                 QStringLiteral("allow-dns-egress")));
            MutableNode &dspec = dns["spec"];
            dspec.set("podSelector", MutableNode::mapping());
            dspec.set("policyTypes", MutableNode::strings({"Egress"}));
            MutableNode peer = MutableNode::mapping();
            peer.set("namespaceSelector",
                     matchLabels("kubernetes.io/metadata.name", "kube-system"));
            peer.set("podSelector", matchLabels("k8s-app", "kube-dns"));
            MutableNode rule = MutableNode::mapping();
            rule["to"].append(peer);
            rule["ports"].append(port("UDP", 53));
            rule["ports"].append(port("TCP", 53));
            dspec["egress"].append(rule);
            data.manifests.push_back(manifestOf(dns, true));
        }
        data.warnings.append(
            FixText::tr("default-deny: traffic to and from the pods of %1 stops, except DNS "
                        "lookups to the kube-dns pods of kube-system (label k8s-app=kube-dns); "
                        "add NetworkPolicies for what the applications need (the Services they "
                        "call, the ingress controller, monitoring) before applying; needs a "
                        "network plugin that enforces NetworkPolicy")
                .arg(ns));
        if (system)
            data.warnings.append(FixText::tr(
                "default-deny: in kube-system, allow the control-plane traffic (API server to "
                "webhooks and metrics-server, DNS clients of every namespace to kube-dns) first"));
    }

    const auto hasKind = [&](QStringView kind) {
        for (const KubeObject *o : inventory.ofKind(kind))
            if (o->ns() == ns)
                return true;
        return false;
    };

    if (part("limit-range", !hasKind(u"LimitRange"))) {
        MutableNode lr = newObject("v1", "LimitRange", newNs, QStringLiteral("default-limits"));
        MutableNode item = MutableNode::mapping();
        item.set("type", MutableNode::string(std::string_view("Container")));
        item["default"].set("cpu", MutableNode::string(std::string_view(defaults::kCpuLimit)));
        item["default"].set("memory",
                            MutableNode::string(std::string_view(defaults::kMemoryLimit)));
        item["defaultRequest"].set("cpu",
                                   MutableNode::string(std::string_view(defaults::kCpuRequest)));
        item["defaultRequest"].set("memory",
                                   MutableNode::string(std::string_view(defaults::kMemoryRequest)));
        lr["spec"]["limits"].append(item);
        data.manifests.push_back(manifestOf(lr, true));
        data.warnings.append(
            FixText::tr("limit-range: containers without their own values get limits cpu %1 / "
                        "memory %2 and requests %3 / %4; a process above its memory limit is "
                        "killed")
                .arg(QLatin1String(defaults::kCpuLimit), QLatin1String(defaults::kMemoryLimit),
                     QLatin1String(defaults::kCpuRequest),
                     QLatin1String(defaults::kMemoryRequest)));
    }

    if (part("resource-quota", !hasKind(u"ResourceQuota"))) {
        MutableNode rq = newObject("v1", "ResourceQuota", newNs, QStringLiteral("default-quota"));
        MutableNode &hard = rq["spec"]["hard"];
        hard.set("requests.cpu", MutableNode::string(std::string_view("4")));
        hard.set("requests.memory", MutableNode::string(std::string_view("8Gi")));
        hard.set("limits.cpu", MutableNode::string(std::string_view("8")));
        hard.set("limits.memory", MutableNode::string(std::string_view("16Gi")));
        hard.set("pods", MutableNode::string(std::string_view("50")));
        data.manifests.push_back(manifestOf(rq, true));
        data.warnings.append(FixText::tr(
            "resource-quota: the namespace may request at most 4 CPUs and 8Gi of memory (limits "
            "8 CPUs, 16Gi) and run 50 pods; new pods without requests and limits are rejected "
            "unless a LimitRange gives defaults: size the quota to the namespace"));
    }

    if (defaultedOnly && !data.manifests.empty())
        data.warnings.append(FixText::tr("the source objects name no namespace: apply these "
                                         "manifests with -n to the namespace the workloads run "
                                         "in"));
    if (data.manifests.empty())
        return Error{Error::Code::NotFound,
                     FixText::tr("namespace %1: nothing to change with the selected parts").arg(ns),
                     nsObject ? nsObject->origin() : SourceLocation()};
    data.controls = sortedControls(controls);
    return Remediation(std::move(data));
}

namespace {

/// The metadata fix for a namespace that has egress policies: a new policy would only add
/// allowed traffic (policies are additive), so the existing ones are edited instead.
Result<Remediation> blockMetadataInExistingPolicies(const Inventory &inventory, const QString &ns,
                                                    const EgressState &state)
{
    const PartInfo *info = findPart(u"block-metadata");
    Remediation::Data data;
    data.kind = RemediationKind::CloudMetadata;
    data.target = {QStringLiteral("v1"), QStringLiteral("Namespace"), QString(), ns};
    data.parts.push_back({info->nameString(), info->controlIds(), true});
    data.controls = info->controlIds();
    QStringList edited, opened, removedPeers, emptied;
    for (const KubeObject *o : state.egressObjects) {
        MutableNode policy = applicableCopy(*o);
        const PolicyEdit edit = blockMetadataInPolicy(policy);
        if (!edit.changed)
            continue;
        data.manifests.push_back(manifestOf(policy, false));
        edited.append(o->name());
        if (edit.openedTo)
            opened.append(o->name());
        if (edit.removedPeer)
            removedPeers.append(o->name());
        if (edit.noEgressLeft)
            emptied.append(o->name());
    }
    const QStringList open = egressOpenWorkloads(inventory, ns, state.egressObjects);
    const QString separator = QStringLiteral(", ");
    if (edited.isEmpty()) {
        if (!open.isEmpty())
            return Error{Error::Code::Unsupported,
                         FixText::tr("namespace %1: no egress NetworkPolicy selects %2, so their "
                                     "egress is open, and a policy that allows all but the "
                                     "metadata address would re-open egress for the pods the "
                                     "existing policies (%3) restrict: add a default-deny egress "
                                     "policy (the NSA-NET-04 fix) or egress policies for them")
                             .arg(ns, open.join(separator), state.egressPolicies.join(separator)),
                         {}};
        return Error{Error::Code::NotFound,
                     FixText::tr("namespace %1: no egress rule of its NetworkPolicies (%2) allows "
                                 "169.254.169.254 or fd00:ec2::254: the metadata address is "
                                 "blocked already, nothing to change")
                         .arg(ns, state.egressPolicies.join(separator)),
                     {}};
    }
    data.warnings.append(
        FixText::tr("block-metadata: NetworkPolicies are additive, so another policy could only "
                    "allow more: instead the egress rules of %1 that allow the metadata address "
                    "get 169.254.169.254/32 (and AWS's fd00:ec2::254/128) in the except list of "
                    "their ipBlocks; every other destination they allow stays allowed. Pods on the "
                    "host network are not covered: also require IMDSv2 with a hop limit of 1 "
                    "(AWS) or the equivalent of your cloud")
            .arg(edited.join(separator)));
    if (!opened.isEmpty())
        data.warnings.append(
            FixText::tr("block-metadata: egress rules of %1 allowed every destination; they now "
                        "list them: every IPv4 and IPv6 address except the metadata address, "
                        "and every pod of every namespace by name (namespaceSelector {}), since "
                        "whether pod IPs match an ipBlock is up to the network plugin (Cilium, for "
                        "one, matches only addresses outside the cluster)")
                .arg(opened.join(separator)));
    if (!removedPeers.isEmpty())
        data.warnings.append(
            FixText::tr("block-metadata: %1 named the metadata address itself as a destination "
                        "(an ipBlock of just that address): that destination is removed, and a "
                        "rule left without destinations goes with it (an empty to list would "
                        "allow every destination)")
                .arg(removedPeers.join(separator)));
    if (!emptied.isEmpty())
        data.warnings.append(
            FixText::tr("block-metadata: %1 allowed nothing but the metadata address: it keeps no "
                        "egress rule and denies all egress of the pods it selects (policyTypes "
                        "written out so that it still isolates egress)")
                .arg(emptied.join(separator)));
    if (!open.isEmpty())
        data.warnings.append(
            FixText::tr("block-metadata: no egress NetworkPolicy of %1 selects %2: their egress "
                        "stays open, metadata address included; add a default-deny egress policy "
                        "(the NSA-NET-04 fix) or egress policies for them")
                .arg(ns, open.join(separator)));
    return Remediation(std::move(data));
}

} // namespace

Result<Remediation> fixCloudMetadata(const Inventory &inventory, const QString &ns,
                                     const FixOptions &options)
{
    const PartInfo *info = findPart(u"block-metadata");
    if (ns.isEmpty())
        return Error{Error::Code::Usage, FixText::tr("no namespace given"), {}};
    if (!options.wants(*info) || options.without.contains(info->nameString()))
        return Error{Error::Code::NotFound,
                     FixText::tr("namespace %1: nothing to change with the selected parts").arg(ns),
                     {}};
    const EgressState state = policiesOf(inventory, ns);
    if (!state.egressPolicies.isEmpty())
        return blockMetadataInExistingPolicies(inventory, ns, state);
    Remediation::Data data;
    data.kind = RemediationKind::CloudMetadata;
    data.target = {QStringLiteral("v1"), QStringLiteral("Namespace"), QString(), ns};
    data.parts.push_back({info->nameString(), info->controlIds(), true});
    data.controls = info->controlIds();

    const bool defaultedOnly = namespaceDefaultedOnly(inventory, ns);
    MutableNode policy =
        newObject("networking.k8s.io/v1", "NetworkPolicy", defaultedOnly ? QString() : ns,
                  freeName(inventory, QStringLiteral("NetworkPolicy"), ns,
                           QStringLiteral("block-cloud-metadata")));
    MutableNode &spec = policy["spec"];
    spec.set("podSelector", MutableNode::mapping());
    spec.set("policyTypes", MutableNode::strings({"Egress"}));
    MutableNode rule = MutableNode::mapping();
    rule["to"].append(ipBlock("0.0.0.0/0", "169.254.169.254/32"));
    rule["to"].append(ipBlock("::/0", "fd00:ec2::254/128"));
    // Whether pod IPs match ipBlock is up to the network plugin (Cilium, for one, matches
    // only addresses outside the cluster): name in-cluster destinations explicitly.
    MutableNode inCluster = MutableNode::mapping();
    inCluster.set("namespaceSelector", MutableNode::mapping());
    rule["to"].append(inCluster);
    spec["egress"].append(rule);
    data.manifests.push_back(manifestOf(policy, true));
    data.warnings.append(
        FixText::tr(
            "block-metadata: NetworkPolicies are additive: a pod's allowed egress is the union of "
            "every egress policy that selects it. This policy makes all pods of %1 egress-isolated "
            "and allows every destination except 169.254.169.254 (and AWS's fd00:ec2::254). It "
            "blocks the metadata address only while no other egress policy allows it; do not "
            "apply it next to a default-deny egress policy: it would re-open all the egress the "
            "default deny closes (with default deny the address is blocked already). Pods on the "
            "host network are not covered: also require IMDSv2 with a hop limit of 1 (AWS) or the "
            "equivalent of your cloud")
            .arg(ns));
    if (defaultedOnly)
        data.warnings.append(FixText::tr("the source objects name no namespace: apply this "
                                         "policy with -n to the namespace the workloads run in"));
    return Remediation(std::move(data));
}

} // namespace parapet::remediation
