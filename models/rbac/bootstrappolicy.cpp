#include "bootstrappolicy.h"

#include <QStringList>

namespace parapet::rbac {

namespace {

// Parapet's table of the Kubernetes bootstrap RBAC policy (kube-apiserver's
// plugin/pkg/auth/authorizer/rbac/bootstrappolicy: policy.go, controller_policy.go,
// namespace_policy.go, as generated for a current release; feature-gated alpha rules left out).
//
// Notation, one item per line:
//   CR NAME                      ClusterRole
//   R NAMESPACE NAME             Role
//     label KEY=VALUE            label of the role above
//     agg KEY=VALUE              aggregationRule selector (matchLabels) of the role above
//     r VERBS GROUPS RESOURCES [NAMES]   resource rule; lists comma-separated, `core` = ""
//     u VERBS URLS               non-resource rule
//   CRB NAME ROLE SUBJECT...     ClusterRoleBinding to ClusterRole ROLE
//   RB NAMESPACE NAME KIND ROLE SUBJECT...   RoleBinding (KIND Role or ClusterRole)
//   subjects: G:NAME (Group), U:NAME (User), SA:NAMESPACE/NAME (ServiceAccount)
constexpr char16_t kPolicy[] = uR"(
CR cluster-admin
  r * * *
  u * *
CR admin
  agg rbac.authorization.k8s.io/aggregate-to-admin=true
CR edit
  label rbac.authorization.k8s.io/aggregate-to-admin=true
  agg rbac.authorization.k8s.io/aggregate-to-edit=true
CR view
  label rbac.authorization.k8s.io/aggregate-to-edit=true
  agg rbac.authorization.k8s.io/aggregate-to-view=true
CR system:aggregate-to-admin
  label rbac.authorization.k8s.io/aggregate-to-admin=true
  r create authorization.k8s.io localsubjectaccessreviews
  r create,delete,deletecollection,get,list,patch,update,watch rbac.authorization.k8s.io rolebindings,roles
CR system:aggregate-to-edit
  label rbac.authorization.k8s.io/aggregate-to-edit=true
  r get,list,watch core pods/attach,pods/exec,pods/portforward,pods/proxy,secrets,services/proxy
  r impersonate core serviceaccounts
  r create,delete,deletecollection,patch,update core pods,pods/attach,pods/exec,pods/portforward,pods/proxy
  r create core pods/eviction
  r create,delete,deletecollection,patch,update core configmaps,events,persistentvolumeclaims,replicationcontrollers,replicationcontrollers/scale,secrets,serviceaccounts,services,services/proxy
  r create core serviceaccounts/token
  r create,delete,deletecollection,patch,update apps daemonsets,deployments,deployments/rollback,deployments/scale,replicasets,replicasets/scale,statefulsets,statefulsets/scale
  r create,delete,deletecollection,patch,update autoscaling horizontalpodautoscalers
  r create,delete,deletecollection,patch,update batch cronjobs,jobs
  r create,delete,deletecollection,patch,update extensions daemonsets,deployments,deployments/rollback,deployments/scale,ingresses,networkpolicies,replicasets,replicasets/scale,replicationcontrollers/scale
  r create,delete,deletecollection,patch,update policy poddisruptionbudgets
  r create,delete,deletecollection,patch,update networking.k8s.io ingresses,networkpolicies
  r create,delete,deletecollection,get,list,patch,update,watch coordination.k8s.io leases
CR system:aggregate-to-view
  label rbac.authorization.k8s.io/aggregate-to-view=true
  r get,list,watch core configmaps,endpoints,persistentvolumeclaims,persistentvolumeclaims/status,pods,replicationcontrollers,replicationcontrollers/scale,serviceaccounts,services,services/status
  r get,list,watch core bindings,events,limitranges,namespaces/status,pods/log,pods/status,replicationcontrollers/status,resourcequotas,resourcequotas/status
  r get,list,watch core namespaces
  r get,list,watch discovery.k8s.io endpointslices
  r get,list,watch apps controllerrevisions,daemonsets,daemonsets/status,deployments,deployments/scale,deployments/status,replicasets,replicasets/scale,replicasets/status,statefulsets,statefulsets/scale,statefulsets/status
  r get,list,watch autoscaling horizontalpodautoscalers,horizontalpodautoscalers/status
  r get,list,watch batch cronjobs,cronjobs/status,jobs,jobs/status
  r get,list,watch extensions daemonsets,daemonsets/status,deployments,deployments/scale,deployments/status,ingresses,ingresses/status,networkpolicies,replicasets,replicasets/scale,replicasets/status,replicationcontrollers/scale
  r get,list,watch policy poddisruptionbudgets,poddisruptionbudgets/status
  r get,list,watch networking.k8s.io ingresses,ingresses/status,networkpolicies
CR system:auth-delegator
  r create authentication.k8s.io tokenreviews
  r create authorization.k8s.io subjectaccessreviews
CR system:basic-user
  r create authorization.k8s.io selfsubjectaccessreviews,selfsubjectrulesreviews
  r create authentication.k8s.io selfsubjectreviews
CR system:certificates.k8s.io:certificatesigningrequests:nodeclient
  r create certificates.k8s.io certificatesigningrequests/nodeclient
CR system:certificates.k8s.io:certificatesigningrequests:selfnodeclient
  r create certificates.k8s.io certificatesigningrequests/selfnodeclient
CR system:certificates.k8s.io:kube-apiserver-client-approver
  r approve certificates.k8s.io signers kubernetes.io/kube-apiserver-client
CR system:certificates.k8s.io:kube-apiserver-client-kubelet-approver
  r approve certificates.k8s.io signers kubernetes.io/kube-apiserver-client-kubelet
CR system:certificates.k8s.io:kubelet-serving-approver
  r approve certificates.k8s.io signers kubernetes.io/kubelet-serving
CR system:certificates.k8s.io:legacy-unknown-approver
  r approve certificates.k8s.io signers kubernetes.io/legacy-unknown
CR system:discovery
  u get /api,/api/*,/apis,/apis/*,/healthz,/livez,/openapi,/openapi/*,/readyz,/version,/version/
CR system:heapster
  r get,list,watch core events,namespaces,nodes,pods
  r get,list,watch extensions deployments
CR system:kube-aggregator
  r get,list,watch core endpoints,services
CR system:kube-controller-manager
  r create,patch,update core,events.k8s.io events
  r create coordination.k8s.io leases
  r get,update coordination.k8s.io leases kube-controller-manager
  r create core secrets,serviceaccounts
  r delete core secrets
  r get core configmaps,namespaces,secrets,serviceaccounts
  r update core secrets,serviceaccounts
  r create authentication.k8s.io tokenreviews
  r create authorization.k8s.io subjectaccessreviews
  r list,watch * *
  r create core serviceaccounts/token
CR system:kube-dns
  r list,watch core endpoints,services
CR system:kube-scheduler
  r create,patch,update core,events.k8s.io events
  r create coordination.k8s.io leases
  r get,update coordination.k8s.io leases kube-scheduler
  r get,list,watch core nodes
  r delete,get,list,watch core pods
  r create core bindings,pods/binding
  r patch,update core pods/status
  r get,list,watch core replicationcontrollers,services
  r get,list,watch apps,extensions replicasets
  r get,list,watch apps statefulsets
  r get,list,watch policy poddisruptionbudgets
  r get,list,watch core persistentvolumeclaims,persistentvolumes
  r create authentication.k8s.io tokenreviews
  r create authorization.k8s.io subjectaccessreviews
  r get,list,watch storage.k8s.io csinodes
  r get,list,watch core namespaces
  r get,list,watch storage.k8s.io csidrivers
  r get,list,watch storage.k8s.io csistoragecapacities
CR system:kubelet-api-admin
  r get,list,watch core nodes
  r proxy core nodes
  r * core nodes/log,nodes/metrics,nodes/proxy,nodes/stats
CR system:monitoring
  u get /healthz,/healthz/*,/livez,/livez/*,/metrics,/metrics/slis,/readyz,/readyz/*
CR system:node
  r create authentication.k8s.io tokenreviews
  r create authorization.k8s.io localsubjectaccessreviews,subjectaccessreviews
  r get,list,watch core services
  r create,get,list,watch core nodes
  r patch,update core nodes/status
  r patch,update core nodes
  r create,patch,update core events
  r get,list,watch core pods
  r create,delete core pods
  r patch,update core pods/status
  r create core pods/eviction
  r get,list,watch core configmaps,secrets
  r get core persistentvolumeclaims,persistentvolumes
  r get core endpoints
  r create,get,list,watch certificates.k8s.io certificatesigningrequests
  r create,delete,get,patch,update coordination.k8s.io leases
  r get storage.k8s.io volumeattachments
  r create core serviceaccounts/token
  r get,patch,update core persistentvolumeclaims/status
  r get,list,watch storage.k8s.io csidrivers
  r create,delete,get,patch,update storage.k8s.io csinodes
  r get,list,watch node.k8s.io runtimeclasses
CR system:node-bootstrapper
  r create,get,list,watch certificates.k8s.io certificatesigningrequests
CR system:node-problem-detector
  r get core nodes
  r patch core nodes/status
  r create,patch,update core,events.k8s.io events
CR system:node-proxier
  r list,watch core endpoints,services
  r get,list,watch core nodes
  r create,patch,update core,events.k8s.io events
  r list,watch discovery.k8s.io endpointslices
CR system:persistent-volume-provisioner
  r create,delete,get,list,watch core persistentvolumes
  r get,list,update,watch core persistentvolumeclaims
  r get,list,watch storage.k8s.io storageclasses
  r watch core events
  r create,patch,update core,events.k8s.io events
CR system:public-info-viewer
  u get /healthz,/livez,/readyz,/version,/version/
CR system:service-account-issuer-discovery
  u get /.well-known/openid-configuration,/openid/v1/jwks
CR system:volume-scheduler
  r get,list,patch,update,watch core persistentvolumes
  r get,list,watch storage.k8s.io storageclasses
  r get,list,patch,update,watch core persistentvolumeclaims
CR system:controller:attachdetach-controller
  r list,watch core persistentvolumeclaims,persistentvolumes
  r get,list,watch core nodes
  r patch,update core nodes/status
  r list,watch core pods
  r create,patch,update core,events.k8s.io events
  r create,delete,get,list,watch storage.k8s.io volumeattachments
  r get,list,watch storage.k8s.io csidrivers
  r get,list,watch storage.k8s.io csinodes
CR system:controller:certificate-controller
  r delete,get,list,watch certificates.k8s.io certificatesigningrequests
  r update certificates.k8s.io certificatesigningrequests/approval,certificatesigningrequests/status
  r approve certificates.k8s.io signers kubernetes.io/kube-apiserver-client-kubelet
  r sign certificates.k8s.io signers kubernetes.io/kube-apiserver-client,kubernetes.io/kube-apiserver-client-kubelet,kubernetes.io/kubelet-serving,kubernetes.io/legacy-unknown
  r create authorization.k8s.io subjectaccessreviews
  r create,patch,update core,events.k8s.io events
CR system:controller:clusterrole-aggregation-controller
  r escalate,get,list,patch,update,watch rbac.authorization.k8s.io clusterroles
CR system:controller:cronjob-controller
  r get,list,update,watch batch cronjobs
  r create,delete,get,list,patch,update,watch batch jobs
  r update batch cronjobs/status
  r update batch cronjobs/finalizers
  r delete,list,watch core pods
  r create,patch,update core,events.k8s.io events
CR system:controller:daemon-set-controller
  r get,list,watch apps,extensions daemonsets
  r update apps,extensions daemonsets/status
  r update apps,extensions daemonsets/finalizers
  r list,watch core nodes
  r create,delete,list,patch,watch core pods
  r create core pods/binding
  r create,delete,get,list,patch,update,watch apps controllerrevisions
  r create,patch,update core,events.k8s.io events
CR system:controller:deployment-controller
  r get,list,update,watch apps,extensions deployments
  r update apps,extensions deployments/status
  r update apps,extensions deployments/finalizers
  r create,delete,get,list,patch,update,watch apps,extensions replicasets
  r get,list,update,watch core pods
  r create,patch,update core,events.k8s.io events
CR system:controller:device-taint-eviction-controller
  r delete,get,list,watch core pods
  r patch,update core pods/status
  r get,list,watch resource.k8s.io resourceclaims
  r get,list,watch resource.k8s.io resourceslices
  r get,list,watch resource.k8s.io deviceclasses
  r create,patch,update core,events.k8s.io events
CR system:controller:disruption-controller
  r get,list,watch apps,extensions deployments
  r get,list,watch apps,extensions replicasets
  r get,list,watch core replicationcontrollers
  r get,list,watch policy poddisruptionbudgets
  r get,list,watch apps statefulsets
  r update policy poddisruptionbudgets/status
  r patch,update core pods/status
  r get * */scale
  r create,patch,update core,events.k8s.io events
CR system:controller:endpoint-controller
  r get,list,watch core pods,services
  r create,delete,get,list,update,watch core endpoints
  r create core endpoints/restricted
  r create,patch,update core,events.k8s.io events
CR system:controller:endpointslice-controller
  r get,list,watch core nodes,pods,services
  r update core services/finalizers
  r create,delete,get,list,update,watch discovery.k8s.io endpointslices
  r create,patch,update core,events.k8s.io events
CR system:controller:endpointslicemirroring-controller
  r get,list,watch core endpoints,services
  r update core services/finalizers
  r update core endpoints/finalizers
  r create,delete,get,list,update,watch discovery.k8s.io endpointslices
  r create,patch,update core,events.k8s.io events
CR system:controller:ephemeral-volume-controller
  r get,list,watch core pods
  r update core pods/finalizers
  r create,get,list,watch core persistentvolumeclaims
  r create,patch,update core,events.k8s.io events
CR system:controller:expand-controller
  r get,list,patch,update,watch core persistentvolumes
  r patch,update core persistentvolumeclaims/status
  r get,list,watch core persistentvolumeclaims
  r create,patch,update core,events.k8s.io events
CR system:controller:generic-garbage-collector
  r delete,get,list,patch,update,watch * *
  r create,patch,update core,events.k8s.io events
CR system:controller:horizontal-pod-autoscaler
  r get,list,watch autoscaling horizontalpodautoscalers
  r update autoscaling horizontalpodautoscalers/status
  r get,update * */scale
  r list,watch core pods
  r list,watch metrics.k8s.io pods
  r get,list,watch custom.metrics.k8s.io *
  r get,list,watch external.metrics.k8s.io *
  r create,patch,update core,events.k8s.io events
CR system:controller:job-controller
  r get,list,patch,update,watch batch jobs
  r update batch jobs/status
  r update batch jobs/finalizers
  r create,delete,list,patch,watch core pods
  r create,patch,update core,events.k8s.io events
CR system:controller:legacy-service-account-token-cleaner
  r get core configmaps kube-apiserver-legacy-service-account-token-tracking
  r delete,patch core secrets
CR system:controller:namespace-controller
  r delete,get,list,watch core namespaces
  r update core namespaces/finalize,namespaces/status
  r delete,deletecollection,get,list,watch * *
CR system:controller:node-controller
  r delete,get,list,patch,update,watch core nodes
  r patch,update core nodes/status
  r patch,update core pods/status
  r delete,get,list,watch core pods
  r create,patch,update core,events.k8s.io events
CR system:controller:persistent-volume-binder
  r create,delete,get,list,update,watch core persistentvolumes
  r update core persistentvolumes/status
  r get,list,update,watch core persistentvolumeclaims
  r update core persistentvolumeclaims/status
  r create,delete,get,list,watch core pods
  r get,list,watch storage.k8s.io storageclasses
  r list,watch core nodes
  r create,patch,update core,events.k8s.io events
  r watch core events
CR system:controller:pod-garbage-collector
  r delete,list,watch core pods
  r get,list,watch core nodes
  r patch core pods/status
CR system:controller:pv-protection-controller
  r get,list,update,watch core persistentvolumes
  r create,patch,update core,events.k8s.io events
CR system:controller:pvc-protection-controller
  r get,list,update,watch core persistentvolumeclaims
  r update core persistentvolumeclaims/status
  r get,list,watch core pods
  r create,patch,update core,events.k8s.io events
CR system:controller:replicaset-controller
  r get,list,update,watch apps,extensions replicasets
  r update apps,extensions replicasets/status
  r update apps,extensions replicasets/finalizers
  r create,delete,list,patch,watch core pods
  r create,patch,update core,events.k8s.io events
CR system:controller:replication-controller
  r get,list,update,watch core replicationcontrollers
  r update core replicationcontrollers/status
  r update core replicationcontrollers/finalizers
  r create,delete,list,patch,watch core pods
  r create,patch,update core,events.k8s.io events
CR system:controller:resource-claim-controller
  r get,list,watch core pods
  r update core pods/finalizers
  r create,delete,get,list,watch resource.k8s.io resourceclaims
  r patch,update resource.k8s.io resourceclaims,resourceclaims/status
  r patch,update core pods/status
  r create,patch,update core,events.k8s.io events
  r patch,update resource.k8s.io resourceclaims/binding
CR system:controller:resourcequota-controller
  r list,watch * *
  r update core resourcequotas/status
  r create,patch,update core,events.k8s.io events
CR system:controller:root-ca-cert-publisher
  r create,update core configmaps
  r create,patch,update core,events.k8s.io events
CR system:controller:route-controller
  r list,watch core nodes
  r patch core nodes/status
  r create,patch,update core,events.k8s.io events
CR system:controller:selinux-warning-controller
  r create,patch,update core,events.k8s.io events
  r get,list,watch core persistentvolumes
  r get,list,watch core persistentvolumeclaims
  r get,list,watch core pods
  r get,list,watch storage.k8s.io csidrivers
CR system:controller:service-account-controller
  r create core serviceaccounts
  r create,patch,update core,events.k8s.io events
CR system:controller:service-cidrs-controller
  r get,list,patch,update,watch networking.k8s.io servicecidrs
  r patch,update networking.k8s.io servicecidrs/finalizers
  r patch,update networking.k8s.io servicecidrs/status
  r get,list,watch networking.k8s.io ipaddresses
  r create,patch,update core,events.k8s.io events
CR system:controller:service-controller
  r get,list,watch core services
  r patch,update core services/status
  r list,watch core nodes
  r create,patch,update core,events.k8s.io events
CR system:controller:statefulset-controller
  r list,watch core pods
  r get,list,watch apps statefulsets
  r update apps statefulsets/status
  r update apps statefulsets/finalizers
  r create,delete,get,patch,update core pods
  r create,delete,get,list,patch,update,watch apps controllerrevisions
  r create,get,list,watch core persistentvolumeclaims
  r delete,update core persistentvolumeclaims
  r update core pods/finalizers
  r create,patch,update core,events.k8s.io events
CR system:controller:ttl-after-finished-controller
  r delete,get,list,watch batch jobs
  r create,patch,update core,events.k8s.io events
CR system:controller:ttl-controller
  r list,patch,update,watch core nodes
  r create,patch,update core,events.k8s.io events
CR system:controller:validatingadmissionpolicy-status-controller
  r get,list,watch admissionregistration.k8s.io validatingadmissionpolicies
  r get,patch,update admissionregistration.k8s.io validatingadmissionpolicies/status
  r create,patch,update core,events.k8s.io events
CR system:controller:volumeattributesclass-protection-controller
  r get,list,watch core persistentvolumeclaims
  r get,list,watch core persistentvolumes
  r get,list,update,watch storage.k8s.io volumeattributesclasses
  r create,patch,update core,events.k8s.io events
R kube-public system:controller:bootstrap-signer
  r get,list,watch core configmaps
  r update core configmaps cluster-info
  r create,patch,update core,events.k8s.io events
R kube-system extension-apiserver-authentication-reader
  r get,list,watch core configmaps extension-apiserver-authentication
R kube-system system::leader-locking-kube-controller-manager
  r create,get,list,update,watch coordination.k8s.io leases
  r create,get,list,update,watch coordination.k8s.io leasecandidates
R kube-system system::leader-locking-kube-scheduler
  r create,get,list,update,watch coordination.k8s.io leases
  r create,get,list,update,watch coordination.k8s.io leasecandidates
R kube-system system:controller:bootstrap-signer
  r get,list,watch core secrets
R kube-system system:controller:cloud-provider
  r create,get,list,watch core configmaps
R kube-system system:controller:token-cleaner
  r delete,get,list,watch core secrets
  r create,patch,update core,events.k8s.io events
CRB cluster-admin cluster-admin G:system:masters
CRB system:basic-user system:basic-user G:system:authenticated
CRB system:discovery system:discovery G:system:authenticated
CRB system:public-info-viewer system:public-info-viewer G:system:authenticated G:system:unauthenticated
CRB system:kube-controller-manager system:kube-controller-manager U:system:kube-controller-manager
CRB system:kube-dns system:kube-dns SA:kube-system/kube-dns
CRB system:kube-scheduler system:kube-scheduler U:system:kube-scheduler
CRB system:volume-scheduler system:volume-scheduler U:system:kube-scheduler
CRB system:monitoring system:monitoring G:system:monitoring
CRB system:node system:node
CRB system:node-proxier system:node-proxier U:system:kube-proxy
CRB system:service-account-issuer-discovery system:service-account-issuer-discovery G:system:serviceaccounts
RB kube-public system:controller:bootstrap-signer Role system:controller:bootstrap-signer SA:kube-system/bootstrap-signer
RB kube-system system::extension-apiserver-authentication-reader Role extension-apiserver-authentication-reader U:system:kube-controller-manager U:system:kube-scheduler
RB kube-system system::leader-locking-kube-controller-manager Role system::leader-locking-kube-controller-manager U:system:kube-controller-manager SA:kube-system/kube-controller-manager SA:kube-system/leader-election-controller
RB kube-system system::leader-locking-kube-scheduler Role system::leader-locking-kube-scheduler U:system:kube-scheduler SA:kube-system/kube-scheduler
RB kube-system system:controller:bootstrap-signer Role system:controller:bootstrap-signer SA:kube-system/bootstrap-signer
RB kube-system system:controller:cloud-provider Role system:controller:cloud-provider SA:kube-system/cloud-provider
RB kube-system system:controller:token-cleaner Role system:controller:token-cleaner SA:kube-system/token-cleaner
)";

// Controllers whose ClusterRole `system:controller:NAME` is bound to ServiceAccount
// kube-system/NAME by a ClusterRoleBinding of the same name.
constexpr const char *kControllers[] = {
    "attachdetach-controller",
    "certificate-controller",
    "clusterrole-aggregation-controller",
    "cronjob-controller",
    "daemon-set-controller",
    "deployment-controller",
    "device-taint-eviction-controller",
    "disruption-controller",
    "endpoint-controller",
    "endpointslice-controller",
    "endpointslicemirroring-controller",
    "ephemeral-volume-controller",
    "expand-controller",
    "generic-garbage-collector",
    "horizontal-pod-autoscaler",
    "job-controller",
    "legacy-service-account-token-cleaner",
    "namespace-controller",
    "node-controller",
    "persistent-volume-binder",
    "pod-garbage-collector",
    "pv-protection-controller",
    "pvc-protection-controller",
    "replicaset-controller",
    "replication-controller",
    "resource-claim-controller",
    "resourcequota-controller",
    "root-ca-cert-publisher",
    "route-controller",
    "selinux-warning-controller",
    "service-account-controller",
    "service-cidrs-controller",
    "service-controller",
    "statefulset-controller",
    "ttl-after-finished-controller",
    "ttl-controller",
    "validatingadmissionpolicy-status-controller",
    "volumeattributesclass-protection-controller",
};

QStringList list(QStringView field, bool groups)
{
    QStringList out;
    for (QStringView item : field.split(u',', Qt::SkipEmptyParts))
        out.append(groups && item == u"core" ? QString() : item.toString());
    return out;
}

std::pair<QString, QString> keyValue(QStringView text)
{
    const qsizetype eq = text.indexOf(u'=');
    return {text.left(eq).toString(), text.mid(eq + 1).toString()};
}

BuiltinSubject subject(QStringView text)
{
    BuiltinSubject s;
    if (text.startsWith(u"G:")) {
        s.kind = QStringLiteral("Group");
        s.name = text.mid(2).toString();
    } else if (text.startsWith(u"U:")) {
        s.kind = QStringLiteral("User");
        s.name = text.mid(2).toString();
    } else if (text.startsWith(u"SA:")) {
        const QStringView rest = text.mid(3);
        const qsizetype slash = rest.indexOf(u'/');
        s.kind = QStringLiteral("ServiceAccount");
        s.ns = rest.left(slash).toString();
        s.name = rest.mid(slash + 1).toString();
    }
    return s;
}

BootstrapPolicy parsePolicy()
{
    BootstrapPolicy p;
    p.release = QStringLiteral("Kubernetes 1.34");
    const QStringView text(kPolicy);
    for (QStringView line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QList<QStringView> f = line.trimmed().split(u' ', Qt::SkipEmptyParts);
        if (f.isEmpty())
            continue;
        const QStringView head = f[0];
        if (head == u"CR" || head == u"R") {
            BuiltinRole role;
            role.cluster = head == u"CR";
            if (role.cluster) {
                role.name = f.value(1).toString();
            } else {
                role.ns = f.value(1).toString();
                role.name = f.value(2).toString();
            }
            role.labels.insert(QStringLiteral("kubernetes.io/bootstrapping"),
                               QStringLiteral("rbac-defaults"));
            p.roles.push_back(std::move(role));
        } else if (head == u"label" && !p.roles.empty()) {
            const auto [k, v] = keyValue(f.value(1));
            p.roles.back().labels.insert(k, v);
        } else if (head == u"agg" && !p.roles.empty()) {
            const auto [k, v] = keyValue(f.value(1));
            p.roles.back().aggregated = true;
            p.roles.back().aggregationSelectors.push_back({{k, v}});
        } else if (head == u"r" && !p.roles.empty()) {
            Rule r;
            r.verbs = list(f.value(1), false);
            r.apiGroups = list(f.value(2), true);
            r.resources = list(f.value(3), false);
            if (f.size() > 4)
                r.resourceNames = list(f.value(4), false);
            p.roles.back().rules.push_back(std::move(r));
        } else if (head == u"u" && !p.roles.empty()) {
            Rule r;
            r.verbs = list(f.value(1), false);
            r.nonResourceURLs = list(f.value(2), false);
            p.roles.back().rules.push_back(std::move(r));
        } else if (head == u"CRB") {
            BuiltinBinding b;
            b.cluster = true;
            b.name = f.value(1).toString();
            b.roleKind = QStringLiteral("ClusterRole");
            b.roleName = f.value(2).toString();
            for (qsizetype i = 3; i < f.size(); ++i)
                b.subjects.push_back(subject(f[i]));
            p.bindings.push_back(std::move(b));
        } else if (head == u"RB") {
            BuiltinBinding b;
            b.cluster = false;
            b.ns = f.value(1).toString();
            b.name = f.value(2).toString();
            b.roleKind = f.value(3).toString();
            b.roleName = f.value(4).toString();
            for (qsizetype i = 5; i < f.size(); ++i)
                b.subjects.push_back(subject(f[i]));
            p.bindings.push_back(std::move(b));
        }
    }
    for (const char *controller : kControllers) {
        const QString name = QString::fromLatin1(controller);
        BuiltinBinding b;
        b.cluster = true;
        b.name = QStringLiteral("system:controller:") + name;
        b.roleKind = QStringLiteral("ClusterRole");
        b.roleName = b.name;
        b.subjects.push_back(
            {QStringLiteral("ServiceAccount"), name, QStringLiteral("kube-system")});
        p.bindings.push_back(std::move(b));
    }
    return p;
}

} // namespace

const BootstrapPolicy &bootstrapPolicy()
{
    static const BootstrapPolicy policy = parsePolicy();
    return policy;
}

} // namespace parapet::rbac
