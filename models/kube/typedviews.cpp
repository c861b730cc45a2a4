#include "typedviews.h"

namespace parapet {

QStringList stringList(const Node &sequence)
{
    QStringList out;
    for (const auto &[k, v] : sequence.children())
        out.append(v.toString());
    return out;
}

bool hasPodTemplate(QStringView kind)
{
    static const QStringList kinds = {QStringLiteral("Pod"),         QStringLiteral("Deployment"),
                                      QStringLiteral("StatefulSet"), QStringLiteral("DaemonSet"),
                                      QStringLiteral("ReplicaSet"),  QStringLiteral("ReplicationController"),
                                      QStringLiteral("Job"),         QStringLiteral("CronJob")};
    return kinds.contains(kind);
}

QString PodTemplate::labelsPath() const
{
    if (specPath == u"spec")
        return QStringLiteral("metadata.labels");
    return specPath.chopped(4) + QStringLiteral("metadata.labels");
}

std::optional<PodTemplate> podTemplateOf(const KubeObject &object)
{
    const QString &kind = object.kind();
    if (!hasPodTemplate(kind))
        return std::nullopt;
    PodTemplate t;
    t.owner = &object;
    if (kind == u"Pod") {
        t.metadata = object.metadata();
        t.spec = object.spec();
        t.specPath = QStringLiteral("spec");
    } else if (kind == u"CronJob") {
        const Node tpl = object.root().path("spec.jobTemplate.spec.template");
        t.metadata = tpl["metadata"];
        t.spec = tpl["spec"];
        t.specPath = QStringLiteral("spec.jobTemplate.spec.template.spec");
    } else {
        const Node tpl = object.root().path("spec.template");
        t.metadata = tpl["metadata"];
        t.spec = tpl["spec"];
        t.specPath = QStringLiteral("spec.template.spec");
    }
    if (!t.spec.isMap())
        return std::nullopt;
    return t;
}

std::vector<ContainerRef> containersOf(const PodTemplate &pod)
{
    std::vector<ContainerRef> out;
    const std::pair<const char *, ContainerRef::Type> lists[] = {
        {"initContainers", ContainerRef::Type::Init},
        {"containers", ContainerRef::Type::App},
        {"ephemeralContainers", ContainerRef::Type::Ephemeral},
    };
    for (const auto &[field, type] : lists) {
        std::uint32_t i = 0;
        for (const auto &[k, c] : pod.spec[field].children()) {
            if (c.isMap())
                out.push_back({type, c,
                               pod.specPath + u'.' + QLatin1String(field) + u'['
                                   + QString::number(i) + u']'});
            ++i;
        }
    }
    return out;
}

std::vector<ContainerPort> portsOf(const ContainerRef &container)
{
    std::vector<ContainerPort> out;
    for (const auto &[k, p] : container.node["ports"].children()) {
        ContainerPort port;
        port.name = p["name"].toString(QString());
        port.port = int(p["containerPort"].toInt().value_or(0));
        port.protocol = p["protocol"].toString(QStringLiteral("TCP"));
        out.push_back(port);
    }
    return out;
}

ServiceInfo serviceInfoOf(const KubeObject &service)
{
    ServiceInfo s;
    const Node spec = service.spec();
    s.type = spec["type"].toString(QStringLiteral("ClusterIP"));
    s.selector = spec["selector"];
    for (const auto &[k, p] : spec["ports"].children()) {
        ServiceInfo::Port port;
        port.name = p["name"].toString(QString());
        port.port = int(p["port"].toInt().value_or(0));
        port.targetPort = p["targetPort"].toString(QString::number(port.port));
        port.nodePort = int(p["nodePort"].toInt().value_or(0));
        port.protocol = p["protocol"].toString(QStringLiteral("TCP"));
        s.ports.push_back(port);
    }
    s.externalIPs = stringList(spec["externalIPs"]);
    return s;
}

std::vector<PolicyRule> rulesOf(const KubeObject &role)
{
    std::vector<PolicyRule> out;
    std::uint32_t i = 0;
    for (const auto &[k, r] : role.root()["rules"].children()) {
        PolicyRule rule;
        rule.verbs = stringList(r["verbs"]);
        rule.apiGroups = stringList(r["apiGroups"]);
        rule.resources = stringList(r["resources"]);
        rule.resourceNames = stringList(r["resourceNames"]);
        rule.nonResourceURLs = stringList(r["nonResourceURLs"]);
        rule.path = QStringLiteral("rules[") + QString::number(i++) + u']';
        out.push_back(rule);
    }
    return out;
}

std::vector<Subject> subjectsOf(const KubeObject &binding)
{
    std::vector<Subject> out;
    std::uint32_t i = 0;
    for (const auto &[k, s] : binding.root()["subjects"].children()) {
        Subject subject;
        subject.kind = s["kind"].toString(QString());
        subject.name = s["name"].toString(QString());
        subject.ns = s["namespace"].toString(QString());
        subject.apiGroup = s["apiGroup"].toString(QString());
        if (subject.kind == u"ServiceAccount" && subject.ns.isEmpty())
            subject.ns = binding.ns();
        subject.path = QStringLiteral("subjects[") + QString::number(i++) + u']';
        out.push_back(subject);
    }
    return out;
}

RoleRef roleRefOf(const KubeObject &binding)
{
    const Node ref = binding.root()["roleRef"];
    return {ref["kind"].toString(QString()), ref["name"].toString(QString()),
            ref["apiGroup"].toString(QString())};
}

NodeInfo nodeInfoOf(const KubeObject &node)
{
    NodeInfo n;
    const Node info = node.root().path("status.nodeInfo");
    n.kubeletVersion = info["kubeletVersion"].toString(QString());
    n.containerRuntimeVersion = info["containerRuntimeVersion"].toString(QString());
    n.osImage = info["osImage"].toString(QString());
    n.kernelVersion = info["kernelVersion"].toString(QString());
    for (const auto &[k, a] : node.root().path("status.addresses").children())
        if (a["type"].toString() == u"InternalIP")
            n.internalIPs.append(a["address"].toString());
    n.podCIDRs = stringList(node.spec()["podCIDRs"]);
    if (n.podCIDRs.isEmpty() && node.spec()["podCIDR"].isValid())
        n.podCIDRs.append(node.spec()["podCIDR"].toString());
    n.controlPlane = node.labels()["node-role.kubernetes.io/control-plane"].isValid();
    return n;
}

QStringList configMapKeysOf(const KubeObject &configMap)
{
    QStringList keys;
    for (const char *field : {"data", "binaryData"})
        for (const auto &[k, v] : configMap.root()[field].children())
            keys.append(k.toString());
    return keys;
}

} // namespace parapet
