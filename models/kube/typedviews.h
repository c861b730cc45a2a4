#pragma once

#include "kubeobject.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace parapet {

/// Typed read access to the kinds the analyses need. Every accessor reads the object's
/// document on demand and keeps the field path, so that evidence can point to `file:line`.

/// The pod template of a Pod or of any pod-template owner: Deployment, StatefulSet, DaemonSet,
/// ReplicaSet, ReplicationController, Job (spec.template) and CronJob
/// (spec.jobTemplate.spec.template).
struct PodTemplate
{
    const KubeObject *owner = nullptr;
    Node metadata;     ///< the template's metadata (the Pod's own for a Pod)
    Node spec;         ///< the PodSpec
    QString specPath;  ///< field path of spec within the owner, e.g. `spec.template.spec`

    QString labelsPath() const;
};

/// True for Pod and the kinds that carry a pod template.
bool hasPodTemplate(QStringView kind);
std::optional<PodTemplate> podTemplateOf(const KubeObject &object);

struct ContainerRef
{
    enum class Type { Init, App, Ephemeral };
    Type type = Type::App;
    Node node;
    QString path; ///< e.g. `spec.template.spec.initContainers[0]`
    QString name() const { return node["name"].toString(); }
    QString image() const { return node["image"].toString(); }
};

/// initContainers, containers and ephemeralContainers, in that order.
std::vector<ContainerRef> containersOf(const PodTemplate &pod);

struct ContainerPort
{
    QString name;
    int port = 0;
    QString protocol; ///< TCP when not written
};
std::vector<ContainerPort> portsOf(const ContainerRef &container);

/// A Service's selector, type and ports.
struct ServiceInfo
{
    QString type; ///< ClusterIP when not written
    Node selector;
    struct Port
    {
        QString name;
        int port = 0;
        QString targetPort; ///< number or named port, as written
        int nodePort = 0;
        QString protocol;
    };
    std::vector<Port> ports;
    QStringList externalIPs;
};
ServiceInfo serviceInfoOf(const KubeObject &service);

/// One RBAC rule of a Role or ClusterRole.
struct PolicyRule
{
    QStringList verbs;
    QStringList apiGroups;
    QStringList resources;
    QStringList resourceNames;
    QStringList nonResourceURLs;
    QString path; ///< e.g. `rules[2]`
};
std::vector<PolicyRule> rulesOf(const KubeObject &role);

/// A subject of a RoleBinding or ClusterRoleBinding, with the namespace of a ServiceAccount
/// subject defaulted to the binding's namespace where it is left out.
struct Subject
{
    QString kind; ///< User, Group, ServiceAccount
    QString name;
    QString ns;
    QString apiGroup;
    QString path;
};
std::vector<Subject> subjectsOf(const KubeObject &binding);

struct RoleRef
{
    QString kind; ///< Role or ClusterRole
    QString name;
    QString apiGroup;
};
RoleRef roleRefOf(const KubeObject &binding);

/// Facts about a Node: versions, addresses, pod CIDRs.
struct NodeInfo
{
    QString kubeletVersion;
    QString containerRuntimeVersion;
    QString osImage;
    QString kernelVersion;
    QStringList internalIPs;
    QStringList podCIDRs;
    bool controlPlane = false;
};
NodeInfo nodeInfoOf(const KubeObject &node);

/// Keys of a ConfigMap's data and binaryData (values are read through the Node when needed).
QStringList configMapKeysOf(const KubeObject &configMap);

QStringList stringList(const Node &sequence);

} // namespace parapet
