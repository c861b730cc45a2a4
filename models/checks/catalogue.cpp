// The control catalogue: the 62 recommendations of the NSA/CISA Kubernetes Hardening Guide
// (v1.0 2021, v1.2 2022) as listed in CONTROLS.md, ids unchanged. Texts are marked for
// translation here and translated when read (Control::title() and friends).

#include "control.h"

#include <array>
#include <QCoreApplication>

namespace parapet::checks {

namespace {

constexpr unsigned MA = FromManifests | FromApi;
constexpr unsigned A = FromApi;
constexpr unsigned AI = FromApi | Informational;
constexpr unsigned N = FromNodes;
constexpr unsigned I = Informational;

using S = Section;
using V = Severity;

const std::array<Control, 62> kControls = {{
    // ---- Kubernetes Pod security ----
    {"NSA-POD-01", S::PodSecurity, V::High, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "Containers run as a non-root user"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "A process that runs as root in a container is root on the host when it escapes; most "
         "container escapes need root."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Set securityContext.runAsNonRoot: true and a non-zero runAsUser (for example 10001) on "
         "the pod or on every container."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Check the USER of each image when neither runAsNonRoot nor runAsUser is set."),
     "C-0013, C-0211",
     "Polaris runAsRootAllowed; kube-linter run-as-non-root; Trivy KSV012, KSV105, KSV020; kubesec "
     "RunAsNonRoot"},
    {"NSA-POD-02", S::PodSecurity, V::Medium, MA,
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Containers run with a non-root group (runAsGroup, supplementalGroups, fsGroup not 0)"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Group 0 gives access to files owned by the root group on the host and in volumes."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Set runAsGroup and fsGroup to a non-zero id (for example 10001) and keep 0 out of "
         "supplementalGroups."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Check the primary group of each image when runAsGroup is not set."),
     "C-0013", "kube-linter run-as-non-root; Trivy KSV021, KSV116; kubesec RunAsGroup"},
    {"NSA-POD-03", S::PodSecurity, V::Low, I,
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Images are built to run as non-root; rootless engines or user namespaces are used"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "An image that needs root forces every pod that runs it to allow root."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Add a USER instruction with a non-zero id to each Dockerfile; set hostUsers: false on "
         "pods where the nodes support user namespaces."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Inspect the image configuration (docker inspect / crane config) for a non-root User."),
     "", "kubesec HostUsers"},
    {"NSA-POD-04", S::PodSecurity, V::Medium, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Containers use an immutable (read-only) root filesystem"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "A writable root filesystem lets an intruder drop tools and change binaries."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Set securityContext.readOnlyRootFilesystem: true and mount an emptyDir on each path the "
         "application writes to."),
     nullptr, "C-0017",
     "Polaris notReadOnlyRootFilesystem; kube-linter no-read-only-root-fs; Trivy KSV014; kubesec "
     "ReadOnlyRootFilesystem"},
    {"NSA-POD-05", S::PodSecurity, V::Medium, MA,
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Images come from trusted registries with pinned tags or digests, and are scanned"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "A floating tag (latest or none) runs whatever was pushed last, unscanned and unsigned."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Pin each image to a version tag or, better, a digest; admit only listed registries with "
         "a ValidatingAdmissionPolicy; scan images in CI."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Vulnerability and signature data need an image scanner (Trivy, Grype) and a signature "
         "verifier (cosign)."),
     "C-0078, C-0236, C-0237",
     "Polaris tagNotSpecified; kube-linter latest-tag; Trivy KSV125, KSV013"},
    {"NSA-POD-06", S::PodSecurity, V::Medium, AI,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "An admission webhook or policy gates images and pods before they run"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Without admission control nothing stops a bad image or pod spec at deploy time."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Deploy a ValidatingAdmissionPolicy, Kyverno or Gatekeeper policy that checks images and "
         "pod security."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "List ValidatingWebhookConfigurations, ValidatingAdmissionPolicies and policy-engine "
         "resources in the cluster and check what they enforce."),
     "C-0036, C-0039, C-0289", ""},
    {"NSA-POD-07", S::PodSecurity, V::High, MA,
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "A minimum pod security level is enforced in every namespace (Pod Security Admission)"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Without an enforced level any pod spec is admitted, privileged ones included."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Label each namespace pod-security.kubernetes.io/enforce=baseline (or restricted) with a "
         "pinned enforce-version, and warn/audit=restricted."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Check the PodSecurity admission configuration (--admission-control-config-file) for "
         "cluster-wide defaults and exemptions."),
     "C-0068, C-0192", "Trivy k8s-pss-baseline, k8s-pss-restricted"},
    {"NSA-POD-08", S::PodSecurity, V::Critical, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "No privileged containers"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "A privileged container has all capabilities and the host's devices: it is root on the "
         "node."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Remove securityContext.privileged or set it to false; grant only the capabilities the "
         "workload needs."),
     nullptr, "C-0057",
     "Polaris runAsPrivileged; kube-linter privileged-container; Trivy KSV017; kubesec Privileged"},
    {"NSA-POD-09", S::PodSecurity, V::High, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "No sharing of the host's process or IPC namespace (hostPID, hostIPC)"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "hostPID shows and signals every process of the node; hostIPC shares its memory "
         "segments."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Remove hostPID and hostIPC from the pod spec."),
     nullptr, "C-0038",
     "Polaris hostPIDSet, hostIPCSet; kube-linter host-pid, host-ipc; Trivy KSV010, KSV008; "
     "kubesec HostPID, HostIPC"},
    {"NSA-POD-10", S::PodSecurity, V::High, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "No host network (hostNetwork)"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "A pod on the host network bypasses NetworkPolicy and can reach every node service."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Remove hostNetwork from the pod spec and expose the workload through a Service."),
     nullptr, "C-0041",
     "Polaris hostNetworkSet; kube-linter host-network; Trivy KSV009; kubesec HostNetwork"},
    {"NSA-POD-11", S::PodSecurity, V::High, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "No hostPath volumes (above all no container runtime sockets)"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "A hostPath volume exposes node files; the runtime socket or / gives control of the "
         "node."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Replace the hostPath volume with an emptyDir, a ConfigMap or a PersistentVolumeClaim, or "
         "at least mount it readOnly."),
     nullptr, "C-0048, C-0045, C-0074",
     "Polaris hostPathSet; kube-linter sensitive-host-mounts, writable-host-mount, docker-sock; "
     "Trivy KSV023, KSV006, KSV121; kubesec DockerSock"},
    {"NSA-POD-12", S::PodSecurity, V::Medium, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "No host ports (hostPort)"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "A hostPort opens a port on the node's own addresses, around Services and policies."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Remove hostPort and expose the port through a Service."),
     nullptr, "C-0044", "Polaris hostPortSet; Trivy KSV024"},
    {"NSA-POD-13", S::PodSecurity, V::High, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "No privilege escalation (allowPrivilegeEscalation: false)"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Without no_new_privs a process can gain privileges through setuid binaries or file "
         "capabilities."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Set securityContext.allowPrivilegeEscalation: false on every container (it cannot be "
         "false together with privileged or CAP_SYS_ADMIN)."),
     nullptr, "C-0016",
     "Polaris privilegeEscalationAllowed; kube-linter privilege-escalation-container; Trivy "
     "KSV001; kubesec AllowPrivilegeEscalation"},
    {"NSA-POD-14", S::PodSecurity, V::High, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "All capabilities dropped; no dangerous capabilities added"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Default capabilities such as NET_RAW allow spoofing; added ones such as SYS_ADMIN are "
         "nearly root."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Set securityContext.capabilities.drop: [ALL] and add back only NET_BIND_SERVICE where a "
         "low port is needed."),
     nullptr, "C-0046, C-0055",
     "Polaris dangerousCapabilities, insecureCapabilities; kube-linter drop-net-raw-capability; "
     "Trivy KSV003, KSV005, KSV022, KSV106; kubesec CapDropAll, CapSysAdmin"},
    {"NSA-POD-15", S::PodSecurity, V::Medium, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "A seccomp profile is set (RuntimeDefault or an audited Localhost profile)"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Without seccomp every system call of the kernel is reachable from the container."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Set spec.securityContext.seccompProfile.type: RuntimeDefault on the pod."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Check that Localhost profiles exist on every node under the kubelet's seccomp folder."),
     "C-0055, C-0210", "Polaris linuxHardening; Trivy KSV030, KSV104; kubesec SeccompAny"},
    {"NSA-POD-16", S::PodSecurity, V::Low, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "An AppArmor profile is set"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "AppArmor confines file and capability use of a container on nodes that support it."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Set securityContext.appArmorProfile.type: RuntimeDefault on the pod or containers."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Check that the nodes run with AppArmor enabled."),
     "C-0055", "Polaris linuxHardening; Trivy KSV002; kubesec ApparmorAny"},
    {"NSA-POD-17", S::PodSecurity, V::Low, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "SELinux options stay within the container types (no custom user or role)"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "A custom SELinux type, user or role can lift the confinement of the container."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Remove seLinuxOptions.user and .role; use only container_t, container_init_t, "
         "container_kvm_t or container_engine_t as type."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Check whether the nodes run SELinux in enforcing mode."),
     "C-0055", "Trivy KSV025"},
    {"NSA-POD-18", S::PodSecurity, V::Medium, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "Only safe volume types are used"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Volume types beyond configMap, secret, emptyDir, projected, downwardAPI, CSI and claims "
         "reach node or network storage directly."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Use PersistentVolumeClaims instead of direct volume sources; label the namespace "
         "pod-security.kubernetes.io/enforce=restricted."),
     nullptr, "", "Trivy KSV028"},
    {"NSA-POD-19", S::PodSecurity, V::Medium, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Service account tokens are mounted only where needed"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "A mounted token lets anyone who gets into the container call the API server as the "
         "pod's service account."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Set automountServiceAccountToken: false on the ServiceAccount or the pod, and true only "
         "on pods that call the API."),
     nullptr, "C-0034, C-0190, C-0261",
     "Polaris automountServiceAccountToken; Trivy KSV036; kubesec AutomountServiceAccountToken"},
    {"NSA-POD-20", S::PodSecurity, V::Low, AI,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Hardened or sandboxed container runtimes are used where isolation matters"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Hypervisor-backed runtimes (gVisor, Kata) put a second boundary between container and "
         "kernel."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Define a RuntimeClass for a sandboxed runtime and set runtimeClassName on untrusted "
         "workloads."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Check the container runtime and its configuration on each node."),
     "C-0297", ""},

    // ---- Network separation and hardening ----
    {"NSA-NET-01", S::Network, V::Low, MA,
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Workloads are separated by namespace; no user workloads in default, kube-system or "
         "kube-public"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Namespaces are the unit of RBAC, quota and policy; shared system namespaces mix trust "
         "levels."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Create a namespace per application or team and move the workloads there."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Objects written without a namespace are placed where they are applied (-n): check it."),
     "C-0061, C-0209, C-0212", "kube-linter use-namespace; Trivy KSV110, KSV037"},
    {"NSA-NET-02", S::Network, V::Medium, AI,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "The CNI plugin enforces NetworkPolicy"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "NetworkPolicy objects do nothing on a network plugin that does not implement them."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Use a CNI that enforces NetworkPolicy (Calico, Cilium, Antrea…)."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Check which CNI runs on the nodes and that it enforces NetworkPolicy."),
     "C-0205", ""},
    {"NSA-NET-03", S::Network, V::Medium, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Every pod is selected by a NetworkPolicy for ingress and egress"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "A pod that no policy selects accepts traffic from and sends traffic to anywhere."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Add a NetworkPolicy per application that selects its pods and lists allowed peers for "
         "ingress and egress."),
     nullptr, "C-0030, C-0260",
     "Polaris missingNetworkPolicy; kube-linter non-isolated-pod; Trivy KSV038"},
    {"NSA-NET-04", S::Network, V::High, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Every namespace has a default-deny NetworkPolicy for ingress and egress"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Default-deny makes every allowed path explicit; kube-system needs one too."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Add a NetworkPolicy with podSelector: {} and policyTypes [Ingress, Egress] and no rules, "
         "plus an egress allow for DNS."),
     nullptr, "C-0054, C-0206", ""},
    {"NSA-NET-05", S::Network, V::Low, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "Each namespace has a LimitRange"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "A LimitRange gives containers default limits so one pod cannot starve a node."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Add a LimitRange with default, defaultRequest, min and max for containers."),
     nullptr, "C-0009", "Trivy KSV039"},
    {"NSA-NET-06", S::Network, V::Low, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "Each namespace has a ResourceQuota"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "A ResourceQuota caps what one namespace can take from the cluster."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Add a ResourceQuota for requests and limits of cpu and memory."),
     nullptr, "", "Trivy KSV040"},
    {"NSA-NET-07", S::Network, V::Medium, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "Containers have CPU and memory limits"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "A container without limits can exhaust its node (denial of service)."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Set resources.limits.cpu and resources.limits.memory on every container, or give the "
         "namespace a LimitRange with default limits."),
     nullptr, "C-0270, C-0271, C-0050, C-0004",
     "Polaris cpuLimitsMissing, memoryLimitsMissing; kube-linter unset-cpu-requirements, "
     "unset-memory-requirements; Trivy KSV011, KSV018"},
    {"NSA-NET-08", S::Network, V::High, A,
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "The control plane is not exposed insecurely (no insecure port; scheduler and "
         "controller-manager on 127.0.0.1, profiling off)"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "An insecure port or a profiling endpoint on all interfaces hands out the cluster."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Run kube-apiserver with --profiling=false and a secure port; run kube-scheduler and "
         "kube-controller-manager with --bind-address=127.0.0.1 and --profiling=false."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Check the control-plane flags with the cloud provider or on the control-plane nodes; "
         "check that the API server is not reachable from the internet."),
     "C-0005, C-0128, C-0150, C-0152, C-0145, C-0151", "Trivy KCV0017, KCV0039, KCV0041"},
    {"NSA-NET-09", S::Network, V::High, A,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "etcd is reachable only by the API server, over mutual TLS"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Whoever reads etcd reads every Secret of the cluster."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Run etcd with --client-cert-auth=true, --peer-client-cert-auth=true and a trusted CA; "
         "give the API server --etcd-cafile, --etcd-certfile and --etcd-keyfile."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Check the etcd and kube-apiserver flags on the control-plane nodes or with the cloud "
         "provider."),
     "C-0137, C-0140, C-0153", "Trivy KCV0026, KCV0029, KCV0042-47"},
    {"NSA-NET-10", S::Network, V::Medium, N,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "Kubeconfig files are protected"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "A kubeconfig holds credentials; readable by others it gives their access away."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "chmod 600 kubeconfig files and keep them owned by their user (root on nodes)."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "On each node: stat -c '%a %U' /etc/kubernetes/*.conf /var/lib/kubelet/kubeconfig "
         "(expect 600 root), or run kube-bench."),
     "C-0104, C-0105, C-0166, C-0167", "Trivy KCV0060, KCV0061, KCV0073, KCV0074"},
    {"NSA-NET-11", S::Network, V::Medium, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Services are not exposed on nodes or external IPs without need (NodePort, "
                       "LoadBalancer, externalIPs)"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "NodePort and LoadBalancer Services open the workload on every node or to the internet."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Use ClusterIP Services behind an Ingress or Gateway; keep NodePort and LoadBalancer for "
         "reviewed entry points."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Check the firewall rules in front of the nodes."),
     "C-0256", "kube-linter exposed-services; Trivy KSV108"},
    {"NSA-NET-12", S::Network, V::Medium, A,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "TLS 1.2 or newer on all component traffic"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Old TLS versions and weak ciphers can be broken or downgraded."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Run kube-apiserver with --tls-min-version=VersionTLS12 (or 13) and strong "
         "--tls-cipher-suites; enable kubelet certificate rotation; give every Ingress a tls "
         "section."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Check the kubelet configuration (tlsMinVersion, rotateCertificates, serverTLSBootstrap) "
         "on each node."),
     "C-0138, C-0143, C-0116, C-0117", "Trivy KCV0027, KCV0090-92; Polaris tlsSettingsMissing"},
    {"NSA-NET-13", S::Network, V::High, MA,
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Credentials are kept in Secrets mounted as files, not in ConfigMaps or env literals"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Env literals and ConfigMaps are stored and shown in clear; env vars leak into logs and "
         "child processes."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Move the value to a Secret and mount it as a file; rotate the credential that was "
         "exposed."),
     nullptr, "C-0012, C-0207",
     "Polaris sensitiveContainerEnvVar, sensitiveConfigmapContent; kube-linter env-var-secret, "
     "read-secret-from-env-var; Trivy KSV109; kubesec SecretsAsEnvironmentVariables"},
    {"NSA-NET-14", S::Network, V::High, A,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Secrets are encrypted at rest (EncryptionConfiguration)"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Without encryption at rest, Secrets sit in etcd and its backups in clear."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Give kube-apiserver --encryption-provider-config with aescbc, secretbox or kms before "
         "identity, then rewrite all Secrets (kubectl get secrets -A -o json | kubectl replace "
         "-f -)."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Check the encryption configuration file on the control-plane nodes (providers in order) "
         "or the cloud provider's secret encryption setting."),
     "C-0066, C-0141, C-0142", "Trivy KCV0030"},
    {"NSA-NET-15", S::Network, V::Medium, N,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "A KMS provider keeps the encryption key off the control-plane disk"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "A local key next to the data it protects only protects backups."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Use a KMS v2 provider in the EncryptionConfiguration."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Read the EncryptionConfiguration on the control-plane nodes: the first provider should "
         "be kms (apiVersion v2)."),
     "C-0142", ""},
    {"NSA-NET-16", S::Network, V::High, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "RBAC read access to Secrets is restricted"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "get, list or watch on secrets reveals every credential of the namespace (or cluster)."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Drop get, list and watch on secrets from the role, or narrow it with resourceNames."),
     nullptr, "C-0015, C-0186", "kube-linter access-to-secrets; Trivy KSV041, KSV113"},
    {"NSA-NET-17", S::Network, V::High, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Pods cannot reach the cloud metadata service (169.254.169.254)"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "The instance metadata service hands out the node's cloud credentials."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Add an egress NetworkPolicy that allows 0.0.0.0/0 except 169.254.169.254/32."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Check the metadata service hop limit and node IAM role with the cloud provider."),
     "C-0052", ""},

    // ---- Authentication and authorization ----
    {"NSA-AUTH-01", S::Authentication, V::Critical, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Anonymous requests are disabled; nothing is bound to system:anonymous or "
                       "system:unauthenticated"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Anonymous access lets anyone who reaches the API server use what those groups are "
         "granted."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Run kube-apiserver with --anonymous-auth=false (or restrict anonymous to health "
         "endpoints with an AuthenticationConfiguration) and delete bindings to system:anonymous "
         "and system:unauthenticated."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Send an unauthenticated GET /api to the API server: 401 means anonymous auth is off."),
     "C-0113, C-0262, C-0265",
     "Trivy KCV0001, KSV122, KSV01011; kubesec BindingsToSystemAnonymous"},
    {"NSA-AUTH-02", S::Authentication, V::Critical, A,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "Kubelet: anonymous authentication is off"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "An anonymous kubelet API runs commands in any pod of the node."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Set authentication.anonymous.enabled: false in the KubeletConfiguration."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Read the kubelet configuration on each node (or GET /api/v1/nodes/NODE/proxy/configz): "
         "authentication.anonymous.enabled must be false."),
     "C-0069, C-0172", "Trivy KCV0079"},
    {"NSA-AUTH-03", S::Authentication, V::High, A,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Kubelet: client certificate authentication and Webhook authorization"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Without them the kubelet API trusts any client that reaches it."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Set authentication.x509.clientCAFile and authorization.mode: Webhook in the "
         "KubeletConfiguration."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Read the kubelet configuration on each node: x509.clientCAFile set, authorization.mode "
         "Webhook."),
     "C-0070, C-0173, C-0174", "Trivy KCV0080, KCV0081"},
    {"NSA-AUTH-04", S::Authentication, V::Medium, A,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "Kubelet: the read-only port 10255 is off"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "The read-only port shows pod specs and metrics without authentication."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Set readOnlyPort: 0 in the KubeletConfiguration."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Read the kubelet configuration on each node: readOnlyPort must be 0."),
     "C-0175", "Trivy KCV0082"},
    {"NSA-AUTH-05", S::Authentication, V::High, A,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Users authenticate strongly; no static token or password files"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Static token files cannot be rotated or revoked without restarting the API server."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Remove --token-auth-file; authenticate users with OIDC or client certificates from a "
         "managed CA."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Check the authentication setup with the cloud provider or on the control-plane nodes."),
     "C-0114, C-0286", "Trivy KCV0002"},
    {"NSA-AUTH-06", S::Authentication, V::Critical, A,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "RBAC authorization is enabled; AlwaysAllow is not used"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "AlwaysAllow authorizes every authenticated request."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Run kube-apiserver with --authorization-mode=Node,RBAC."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Check that the API server lists rbac.authorization.k8s.io/v1 (kubectl api-versions) and "
         "its authorization configuration."),
     "C-0088, C-0118, C-0120", "Trivy KCV0007, KCV0009"},
    {"NSA-AUTH-07", S::Authentication, V::High, MA,
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Least privilege: few cluster-admin bindings, no wildcard roles, no grants to broad "
         "groups"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "cluster-admin and wildcard rules grant everything, including what does not exist yet."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Replace cluster-admin bindings and wildcard rules with roles that list the verbs and "
         "resources actually used."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Check which client certificates are issued into system:masters."),
     "C-0035, C-0185, C-0187, C-0272, C-0246",
     "Polaris clusterrolebindingClusterAdmin, rolebindingClusterAdminClusterRole; kube-linter "
     "cluster-admin-role-binding, wildcard-in-rules; Trivy KSV044, KSV045, KSV046, KSV111, KSV112, "
     "KSV123"},
    {"NSA-AUTH-08", S::Authentication, V::High, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "exec, attach and port-forward into pods are restricted"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "pods/exec and pods/attach run commands inside containers, with their secrets and "
         "tokens."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Remove pods/exec, pods/attach and pods/portforward from the rule, or give them only to "
         "a break-glass role."),
     nullptr, "C-0002, C-0063",
     "Polaris clusterrolePodExecAttach, rolePodExecAttach; Trivy KSV053, KSV054"},
    {"NSA-AUTH-09", S::Authentication, V::High, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "The escalate, bind and impersonate verbs are controlled"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "These verbs let a subject grant itself, or act with, more rights than it holds."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Remove escalate, bind and impersonate, or narrow them with resourceNames."),
     nullptr, "C-0191, C-0065", "Trivy KSV043, KSV050, KSV051, KSV052"},
    {"NSA-AUTH-10", S::Authentication, V::Medium, MA,
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Other high-risk rights are limited (create pods, nodes/proxy, webhook configurations, "
         "token requests, PersistentVolumes)"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Each of these rights leads to node access, token theft or control of admission."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Narrow the role to the resources and verbs actually needed."),
     nullptr, "C-0188, C-0279, C-0281, C-0282, C-0278",
     "kube-linter access-to-create-pods; Trivy KSV047, KSV048, KSV114"},
    {"NSA-AUTH-11", S::Authentication, V::Low, MA,
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Each workload has its own ServiceAccount; the default ServiceAccount is not used"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Workloads sharing the default ServiceAccount share every right granted to it."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Create a ServiceAccount per workload, set serviceAccountName, and set "
                       "automountServiceAccountToken: false on the default ServiceAccount."),
     nullptr, "C-0189", "kube-linter default-service-account; kubesec ServiceAccountName"},
    {"NSA-AUTH-12", S::Authentication, V::Low, AI,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "RBAC is reviewed regularly"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Rights accumulate; only a periodic review removes those no longer needed."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Save a snapshot at each review and compare roles and bindings with the previous one."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Compare this scan's roles and bindings with the last review's snapshot."),
     "", ""},

    // ---- Audit logging and threat detection ----
    {"NSA-LOG-01", S::Logging, V::High, A,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "API server audit logging is enabled (policy plus log or webhook backend)"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Without audit logs nobody can tell who did what in the cluster."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Give kube-apiserver --audit-policy-file and --audit-log-path (or "
                       "--audit-webhook-config-file) with the host paths mounted."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Check audit logging with the cloud provider (EKS/GKE/AKS control-plane logging) or on "
         "the control-plane nodes."),
     "C-0067, C-0130, C-0160", "Trivy KCV0019"},
    {"NSA-LOG-02", S::Logging, V::Medium, N,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "The audit policy records security events"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "A policy that logs too little (or secrets in full) defeats the audit log."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Use a tiered policy: Metadata for secrets, RequestResponse for RBAC and pods/exec, "
         "anonymous requests included."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Read the audit policy file on the control-plane nodes."),
     "C-0161", ""},
    {"NSA-LOG-03", S::Logging, V::Low, A,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Audit log retention is configured (maxage, maxbackup, maxsize)"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Without rotation settings logs are lost early or fill the disk."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Set --audit-log-maxage=30, --audit-log-maxbackup=10 and --audit-log-maxsize=100 (or "
         "more)."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Check the audit retention with the cloud provider or on the control-plane nodes."),
     "C-0131, C-0132, C-0133", "Trivy KCV0020-22"},
    {"NSA-LOG-04", S::Logging, V::Medium, A,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Audit logs are streamed off the node (webhook backend to a SIEM)"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Logs that stay on the control-plane node can be altered by whoever takes it."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Give kube-apiserver --audit-webhook-config-file pointing to a TLS log collector."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "Check where the audit logs are shipped."), "",
     ""},
    {"NSA-LOG-05", S::Logging, V::Low, AI,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Node and container logs are collected off the node; metrics are collected"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Container logs vanish with the pod unless an agent ships them."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Run a logging agent DaemonSet (Fluent Bit, Vector…) and metrics-server or Prometheus."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Check that a log agent runs on every node and where it ships to."),
     "", ""},
    {"NSA-LOG-06", S::Logging, V::Low, AI,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "System calls are logged with seccomp audit profiles"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "An audit-mode seccomp profile shows which system calls a workload uses."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Use Localhost seccomp profiles in audit mode to learn, then enforce them."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Check the profiles under /var/lib/kubelet/seccomp on the nodes."),
     "C-0055", "Trivy KSV104"},
    {"NSA-LOG-07", S::Logging, V::Medium, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "Events and logs are protected from deletion"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "Deleting events hides what an intruder did."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Remove delete and deletecollection on events from the role."),
     nullptr, "C-0031", "Trivy KSV042"},
    {"NSA-LOG-08", S::Logging, V::Medium, AI,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Threat detection and alerting run in the cluster"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Runtime detection catches what configuration checks cannot."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Deploy a runtime detector (Falco, Tetragon, KubeArmor) and route its alerts."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "Check that runtime alerts reach someone."),
     "", ""},
    {"NSA-LOG-09", S::Logging, V::Low, AI,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "A service mesh provides mutual TLS and service logs (optional)"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "A mesh encrypts and authenticates pod-to-pod traffic and logs it."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Consider Istio or Linkerd with PeerAuthentication mode STRICT."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue", "Check the mesh's mTLS mode."), "", ""},

    // ---- Upgrading and application security practices ----
    {"NSA-UPG-01", S::Upgrades, V::High, A,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Kubernetes runs a supported, patched version"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Releases out of support get no security fixes."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Upgrade the control plane and the nodes to a supported minor release and its latest "
         "patch."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Check the server version (kubectl version) and the nodes' kubelet versions."),
     "C-0273", ""},
    {"NSA-UPG-02", S::Upgrades, V::High, A,
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Add-ons with known vulnerabilities or past end of life are upgraded or removed"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Cluster add-ons run with broad rights; a known flaw in one is a way in."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Upgrade or replace the component named in the finding."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Check the versions of add-ons installed outside this source (cloud add-ons)."),
     "C-0058, C-0059, C-0292", "Trivy KCV0093, KSV102"},
    {"NSA-UPG-03", S::Upgrades, V::Low, MA,
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Unused and deprecated components are removed"),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Leftovers (dangling Services, removed API versions) hide mistakes and break upgrades."),
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Delete what the finding names, or move the manifest to a served API version."),
     nullptr, "C-0293", "kube-linter dangling-service, no-extensions-v1beta; Trivy KSV107"},
    {"NSA-UPG-04", S::Upgrades, V::Low, I,
     QT_TRANSLATE_NOOP(
         "parapet::checks::Catalogue",
         "Vulnerability scans and penetration tests run periodically; CIS benchmarks are "
         "followed"),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Configuration drifts; only repeated scans show it."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Schedule this scan (and kube-bench on the nodes) and keep the trend."),
     QT_TRANSLATE_NOOP("parapet::checks::Catalogue",
                       "Run kube-bench on the nodes and schedule penetration tests."),
     "", "kube-bench"},
}};

const std::array<Section, 5> kSections = {Section::PodSecurity, Section::Network,
                                          Section::Authentication, Section::Logging,
                                          Section::Upgrades};

QString tr(const char *text)
{
    if (!text || !*text)
        return QString();
    return QCoreApplication::translate("parapet::checks::Catalogue", text);
}

} // namespace

QString Control::title() const
{
    return tr(titleText);
}
QString Control::rationale() const
{
    return tr(rationaleText);
}
QString Control::remediation() const
{
    return tr(remediationText);
}
QString Control::manualCheck() const
{
    return tr(manualCheckText);
}

std::span<const Control> catalogue()
{
    return {kControls.data(), kControls.size()};
}

int controlIndex(QStringView id)
{
    for (std::size_t i = 0; i < kControls.size(); ++i)
        if (id == QLatin1String(kControls[i].id))
            return int(i);
    return -1;
}

const Control *findControl(QStringView id)
{
    const int i = controlIndex(id);
    return i < 0 ? nullptr : &kControls[std::size_t(i)];
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

bool parseSeverity(QStringView name, Severity *out)
{
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
        if (name.compare(severityName(s), Qt::CaseInsensitive) == 0) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString sectionName(Section section)
{
    switch (section) {
    case Section::PodSecurity:
        return QStringLiteral("pod-security");
    case Section::Network:
        return QStringLiteral("network");
    case Section::Authentication:
        return QStringLiteral("authentication");
    case Section::Logging:
        return QStringLiteral("logging");
    case Section::Upgrades:
        return QStringLiteral("upgrades");
    }
    return {};
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::PodSecurity:
        return QCoreApplication::translate("parapet::checks::Catalogue", "Kubernetes Pod security");
    case Section::Network:
        return QCoreApplication::translate("parapet::checks::Catalogue",
                                           "Network separation and hardening");
    case Section::Authentication:
        return QCoreApplication::translate("parapet::checks::Catalogue",
                                           "Authentication and authorization");
    case Section::Logging:
        return QCoreApplication::translate("parapet::checks::Catalogue",
                                           "Audit logging and threat detection");
    case Section::Upgrades:
        return QCoreApplication::translate("parapet::checks::Catalogue",
                                           "Upgrading and application security practices");
    }
    return {};
}

std::span<const Section> sections()
{
    return {kSections.data(), kSections.size()};
}

} // namespace parapet::checks
