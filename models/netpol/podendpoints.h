#pragma once

#include "ipaddress.h"
#include "kube/inventory.h"
#include "networkpolicy.h"

#include <optional>
#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace parapet::netpol {

/// A namespace with the labels NetworkPolicy namespaceSelectors see: those of its Namespace
/// object, plus `kubernetes.io/metadata.name`, which the API server always sets (also when the
/// namespace is only implied by the objects in it).
struct NamespaceInfo
{
    QString name;
    QHash<QString, QString> labels;
    const KubeObject *object = nullptr; ///< null when implied
};

/// One pod, or a pod template standing for the pods of a workload (offline manifests).
struct PodEndpoint
{
    const KubeObject *object = nullptr; ///< the Pod, or the workload whose template stands in
    int ns = -1;                        ///< index into EndpointSet::namespaces
    QString name;                       ///< pod name, or the workload name for a template
    int workload = -1;                  ///< index into EndpointSet::workloads
    QHash<QString, QString> labels;
    std::vector<NamedPort> ports; ///< container ports (app containers and sidecars)
    std::vector<IpAddress> ips;   ///< status.podIPs; empty when unknown
    bool hostNetwork = false;
    QString nodeName;
    bool fromTemplate = false;
};

/// A top-level workload (Deployment, StatefulSet, DaemonSet, CronJob, Job, bare Pod...): what
/// the connectivity matrix has as rows and columns.
struct WorkloadInfo
{
    int ns = -1;
    QString namespaceName;
    QString kind;
    QString name;
    const KubeObject *object = nullptr; ///< null when only known from ownerReferences
    std::vector<int> endpoints;
    bool fromTemplate = false; ///< pods stood in for by the pod template
    /// Pods inferred from an operator's custom resource (Prometheus, Alertmanager): labels from
    /// spec.podMetadata and the operator's own labels.
    bool inferred = false;
    int replicas = 0; ///< pods found, or spec.replicas for templates (0 when unknown)
    bool hostNetwork = false;

    /// `shop/Deployment/cart`.
    QString key() const { return namespaceName + u'/' + kind + u'/' + name; }
};

/// The pods NetworkPolicies apply to, grouped into namespaces and workloads.
struct EndpointSet
{
    std::vector<NamespaceInfo> namespaces; ///< sorted by name
    QHash<QString, int> namespaceIndex;
    std::vector<WorkloadInfo> workloads; ///< sorted by key
    std::vector<PodEndpoint> endpoints;
    /// Addresses of nodes (Node objects, pods' status.hostIP): traffic from a node to its pods
    /// is allowed or not depending on the network plugin.
    std::vector<IpAddress> nodeAddresses;
    /// Remarks on how pods were found (templates used, finished pods skipped...).
    QStringList notes;

    int findNamespace(const QString &name) const { return namespaceIndex.value(name, -1); }
};

/// Pods from \a inventory: real Pods where the inventory has them (each counted once, under
/// its top-level owner); otherwise, for manifests, each top-level workload's pod template
/// stands for its pods. Pods that have finished (Succeeded, Failed) are left out.
EndpointSet collectEndpoints(const Inventory &inventory);

} // namespace parapet::netpol
