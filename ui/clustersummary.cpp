#include "clustersummary.h"

#include "kube/typedviews.h"

#include <QHash>

namespace parapet::ui {

const QStringList &ClusterSummary::workloadKinds()
{
    static const QStringList kinds = {
        QStringLiteral("Deployment"),
        QStringLiteral("StatefulSet"),
        QStringLiteral("DaemonSet"),
        QStringLiteral("ReplicaSet"),
        QStringLiteral("Job"),
        QStringLiteral("CronJob"),
        QStringLiteral("ReplicationController"),
    };
    return kinds;
}

const QStringList &ClusterSummary::rbacKinds()
{
    static const QStringList kinds = {QStringLiteral("Role"), QStringLiteral("ClusterRole"),
                                      QStringLiteral("RoleBinding"),
                                      QStringLiteral("ClusterRoleBinding")};
    return kinds;
}

ClusterSummary ClusterSummary::of(const Inventory &inventory)
{
    ClusterSummary s;
    s.objects = inventory.size();
    const QHash<QString, int> counts = inventory.countsByKind();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        s.kinds.insert(it.key(), it.value());
    const auto count = [&](const QString &kind) { return counts.value(kind, 0); };
    s.nodes = count(QStringLiteral("Node"));
    s.pods = count(QStringLiteral("Pod"));
    for (const QString &k : workloadKinds())
        s.workloads += count(k);
    for (const QString &k : rbacKinds())
        s.rbacObjects += count(k);
    s.services = count(QStringLiteral("Service"));
    s.networkPolicies = count(QStringLiteral("NetworkPolicy"));
    s.serviceAccounts = count(QStringLiteral("ServiceAccount"));
    s.secrets = count(QStringLiteral("Secret"));
    s.configMaps = count(QStringLiteral("ConfigMap"));
    for (const Diagnostic &d : inventory.diagnostics()) {
        if (d.severity == Diagnostic::Severity::Error)
            ++s.errors;
        else
            ++s.warnings;
    }

    for (const KubeObject *svc : inventory.ofKind(QStringLiteral("Service")))
        ++s.serviceTypes[serviceInfoOf(*svc).type];

    const QStringList names = inventory.namespaceNames();
    s.namespaces = int(names.size());
    s.namespaceRows.reserve(std::size_t(names.size()));
    for (const QString &name : names) {
        NamespaceSummary row;
        row.name = name;
        if (const KubeObject *ns = inventory.find(u"Namespace", u"", name)) {
            row.declared = true;
            row.psaEnforce = ns->label("pod-security.kubernetes.io/enforce");
        }
        for (const KubeObject *o : inventory.inNamespace(name)) {
            ++row.objects;
            if (o->kind() == u"Pod")
                ++row.pods;
            else if (hasPodTemplate(o->kind()))
                ++row.workloads;
            else if (o->kind() == u"NetworkPolicy")
                ++row.networkPolicies;
        }
        s.namespacesWithoutNetworkPolicy += row.networkPolicies == 0 ? 1 : 0;
        s.namespaceRows.push_back(std::move(row));
    }
    return s;
}

} // namespace parapet::ui
