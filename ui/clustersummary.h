#pragma once

#include "kube/inventory.h"

#include <QMap>
#include <QString>
#include <vector>

namespace parapet::ui {

/// Facts about one namespace for the overview.
struct NamespaceSummary
{
    QString name;
    bool declared = false; ///< a Namespace object exists in the source
    int objects = 0;
    int pods = 0;
    int workloads = 0;
    int networkPolicies = 0;
    /// `pod-security.kubernetes.io/enforce` of the Namespace object; empty when not set.
    QString psaEnforce;
};

/// Counts that describe a source at a glance. Computed once, off the GUI thread, and handed
/// whole to the views (STYLE.md §2). Factual only: scoring comes with the checks.
struct ClusterSummary
{
    qsizetype objects = 0;
    int namespaces = 0;
    int nodes = 0;
    int pods = 0;
    int workloads = 0;
    int services = 0;
    int networkPolicies = 0;
    int rbacObjects = 0; ///< Roles, ClusterRoles and their bindings
    int serviceAccounts = 0;
    int secrets = 0;
    int configMaps = 0;
    int errors = 0;
    int warnings = 0;
    int namespacesWithoutNetworkPolicy = 0;
    /// Services by spec.type (ClusterIP, NodePort, LoadBalancer, ExternalName).
    QMap<QString, int> serviceTypes;
    /// Objects per kind, for the breakdowns under the counts (sorted by kind).
    QMap<QString, int> kinds;
    std::vector<NamespaceSummary> namespaceRows; ///< sorted by name

    static ClusterSummary of(const Inventory &inventory);

    /// The kinds counted as workloads (pod-template owners, not Pods).
    static const QStringList &workloadKinds();
    static const QStringList &rbacKinds();
};

} // namespace parapet::ui
