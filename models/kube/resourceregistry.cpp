#include "resourceregistry.h"

#include "inventory.h"

namespace parapet {

namespace {

struct BuiltinRow
{
    const char *group;
    const char *version;
    const char *kind;
    const char *plural;
    const char *shortNames; // comma separated
    bool namespaced;
};

// As `kubectl api-resources` prints them for Kubernetes 1.30 (plus removed PodSecurityPolicy,
// still found in old manifests).
constexpr BuiltinRow kBuiltins[] = {
    {"", "v1", "Binding", "bindings", "", true},
    {"", "v1", "ComponentStatus", "componentstatuses", "cs", false},
    {"", "v1", "ConfigMap", "configmaps", "cm", true},
    {"", "v1", "Endpoints", "endpoints", "ep", true},
    {"", "v1", "Event", "events", "ev", true},
    {"", "v1", "LimitRange", "limitranges", "limits", true},
    {"", "v1", "Namespace", "namespaces", "ns", false},
    {"", "v1", "Node", "nodes", "no", false},
    {"", "v1", "PersistentVolumeClaim", "persistentvolumeclaims", "pvc", true},
    {"", "v1", "PersistentVolume", "persistentvolumes", "pv", false},
    {"", "v1", "Pod", "pods", "po", true},
    {"", "v1", "PodTemplate", "podtemplates", "", true},
    {"", "v1", "ReplicationController", "replicationcontrollers", "rc", true},
    {"", "v1", "ResourceQuota", "resourcequotas", "quota", true},
    {"", "v1", "Secret", "secrets", "", true},
    {"", "v1", "ServiceAccount", "serviceaccounts", "sa", true},
    {"", "v1", "Service", "services", "svc", true},
    {"admissionregistration.k8s.io", "v1", "MutatingWebhookConfiguration",
     "mutatingwebhookconfigurations", "", false},
    {"admissionregistration.k8s.io", "v1", "ValidatingWebhookConfiguration",
     "validatingwebhookconfigurations", "", false},
    {"admissionregistration.k8s.io", "v1", "ValidatingAdmissionPolicy",
     "validatingadmissionpolicies", "", false},
    {"admissionregistration.k8s.io", "v1", "ValidatingAdmissionPolicyBinding",
     "validatingadmissionpolicybindings", "", false},
    {"apiextensions.k8s.io", "v1", "CustomResourceDefinition", "customresourcedefinitions",
     "crd,crds", false},
    {"apiregistration.k8s.io", "v1", "APIService", "apiservices", "", false},
    {"apps", "v1", "ControllerRevision", "controllerrevisions", "", true},
    {"apps", "v1", "DaemonSet", "daemonsets", "ds", true},
    {"apps", "v1", "Deployment", "deployments", "deploy", true},
    {"apps", "v1", "ReplicaSet", "replicasets", "rs", true},
    {"apps", "v1", "StatefulSet", "statefulsets", "sts", true},
    {"authentication.k8s.io", "v1", "TokenReview", "tokenreviews", "", false},
    {"authorization.k8s.io", "v1", "LocalSubjectAccessReview", "localsubjectaccessreviews", "",
     true},
    {"authorization.k8s.io", "v1", "SelfSubjectAccessReview", "selfsubjectaccessreviews", "",
     false},
    {"authorization.k8s.io", "v1", "SelfSubjectRulesReview", "selfsubjectrulesreviews", "",
     false},
    {"authorization.k8s.io", "v1", "SubjectAccessReview", "subjectaccessreviews", "", false},
    {"autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers", "hpa", true},
    {"batch", "v1", "CronJob", "cronjobs", "cj", true},
    {"batch", "v1", "Job", "jobs", "", true},
    {"certificates.k8s.io", "v1", "CertificateSigningRequest", "certificatesigningrequests",
     "csr", false},
    {"coordination.k8s.io", "v1", "Lease", "leases", "", true},
    {"discovery.k8s.io", "v1", "EndpointSlice", "endpointslices", "", true},
    {"events.k8s.io", "v1", "Event", "events", "ev", true},
    {"flowcontrol.apiserver.k8s.io", "v1", "FlowSchema", "flowschemas", "", false},
    {"flowcontrol.apiserver.k8s.io", "v1", "PriorityLevelConfiguration",
     "prioritylevelconfigurations", "", false},
    {"networking.k8s.io", "v1", "IngressClass", "ingressclasses", "", false},
    {"networking.k8s.io", "v1", "Ingress", "ingresses", "ing", true},
    {"networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", "netpol,np", true},
    {"node.k8s.io", "v1", "RuntimeClass", "runtimeclasses", "", false},
    {"policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets", "pdb", true},
    {"policy", "v1beta1", "PodSecurityPolicy", "podsecuritypolicies", "psp", false},
    {"rbac.authorization.k8s.io", "v1", "ClusterRoleBinding", "clusterrolebindings", "", false},
    {"rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles", "", false},
    {"rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", "", true},
    {"rbac.authorization.k8s.io", "v1", "Role", "roles", "", true},
    {"scheduling.k8s.io", "v1", "PriorityClass", "priorityclasses", "pc", false},
    {"storage.k8s.io", "v1", "CSIDriver", "csidrivers", "", false},
    {"storage.k8s.io", "v1", "CSINode", "csinodes", "", false},
    {"storage.k8s.io", "v1", "CSIStorageCapacity", "csistoragecapacities", "", true},
    {"storage.k8s.io", "v1", "StorageClass", "storageclasses", "sc", false},
    {"storage.k8s.io", "v1", "VolumeAttachment", "volumeattachments", "", false},
    // Not served by the API server: the kubelet's config file format, also what Parapet makes
    // of a node's /configz. Known here so that it is cluster-scoped (one per node).
    {"kubelet.config.k8s.io", "v1beta1", "KubeletConfiguration", "kubeletconfigurations", "",
     false},
    // Kinds that older manifests still carry under retired groups.
    {"extensions", "v1beta1", "Deployment", "deployments", "deploy", true},
    {"extensions", "v1beta1", "DaemonSet", "daemonsets", "ds", true},
    {"extensions", "v1beta1", "ReplicaSet", "replicasets", "rs", true},
    {"extensions", "v1beta1", "Ingress", "ingresses", "ing", true},
    {"extensions", "v1beta1", "NetworkPolicy", "networkpolicies", "netpol,np", true},
};

bool matchesName(const ResourceType &t, QStringView name)
{
    if (name.compare(t.kind, Qt::CaseInsensitive) == 0
        || name.compare(t.plural, Qt::CaseInsensitive) == 0
        || name.compare(t.singular, Qt::CaseInsensitive) == 0)
        return true;
    for (const QString &s : t.shortNames)
        if (name.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

ResourceRegistry makeBuiltin()
{
    ResourceRegistry r;
    for (const BuiltinRow &row : kBuiltins) {
        ResourceType t;
        t.group = QString::fromLatin1(row.group);
        t.version = QString::fromLatin1(row.version);
        t.kind = QString::fromLatin1(row.kind);
        t.plural = QString::fromLatin1(row.plural);
        t.singular = t.kind.toLower();
        const QString shorts = QString::fromLatin1(row.shortNames);
        if (!shorts.isEmpty())
            t.shortNames = shorts.split(u',');
        t.namespaced = row.namespaced;
        r.add(t);
    }
    return r;
}

} // namespace

QString groupOfApiVersion(QStringView apiVersion)
{
    const qsizetype slash = apiVersion.indexOf(u'/');
    return slash < 0 ? QString() : apiVersion.left(slash).toString();
}

const ResourceRegistry &ResourceRegistry::builtin()
{
    static const ResourceRegistry registry = makeBuiltin();
    return registry;
}

ResourceRegistry ResourceRegistry::withCustomResources(const Inventory &inventory)
{
    ResourceRegistry r = builtin();
    for (const KubeObject *crd : inventory.ofKind(QStringLiteral("CustomResourceDefinition"))) {
        const Node spec = crd->root()["spec"];
        const Node names = spec["names"];
        ResourceType t;
        t.group = spec["group"].toString();
        t.kind = names["kind"].toString();
        t.plural = names["plural"].toString();
        t.singular = names["singular"].toString(t.kind.toLower());
        for (const auto &[k, v] : names["shortNames"].children())
            t.shortNames.append(v.toString());
        t.namespaced = spec["scope"].toString() != u"Cluster";
        for (const auto &[k, v] : spec["versions"].children()) {
            if (v["storage"].toBool().value_or(false))
                t.version = v["name"].toString();
        }
        if (!t.kind.isEmpty() && !r.find(t.groupKind()))
            r.add(t);
    }
    return r;
}

QList<ResourceType> ResourceRegistry::resolve(QStringView name) const
{
    QList<ResourceType> out;
    if (name.isEmpty())
        return out;
    // `deployments.apps` / `deploy.apps`: the first dot separates name and group (groups
    // contain dots, names never do).
    const qsizetype dot = name.indexOf(u'.');
    const QStringView bare = dot < 0 ? name : name.left(dot);
    const QStringView group = dot < 0 ? QStringView() : name.mid(dot + 1);
    for (const ResourceType &t : m_types) {
        if (dot >= 0 && group.compare(t.group, Qt::CaseInsensitive) != 0)
            continue;
        if (matchesName(t, bare))
            out.append(t);
    }
    // A bare name prefers the current group over retired ones (as kubectl's RESTMapper does).
    if (dot < 0 && out.size() > 1) {
        QList<ResourceType> preferred;
        for (const ResourceType &t : out)
            if (t.group != u"extensions")
                preferred.append(t);
        if (!preferred.isEmpty())
            out = preferred;
    }
    return out;
}

std::optional<ResourceType> ResourceRegistry::find(const GroupKind &gk) const
{
    for (const ResourceType &t : m_types)
        if (t.kind == gk.kind && t.group == gk.group)
            return t;
    return std::nullopt;
}

bool ResourceRegistry::isNamespaced(const GroupKind &gk) const
{
    const auto t = find(gk);
    return t ? t->namespaced : true;
}

void ResourceRegistry::add(const ResourceType &type)
{
    m_types.append(type);
}

} // namespace parapet
