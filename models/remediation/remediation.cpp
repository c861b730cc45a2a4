#include "remediation.h"

#include "checks/control.h"

#include <QCoreApplication>

namespace parapet::remediation {

namespace {

using K = RemediationKind;

// Order matters: parts run in this order, and no-privilege-escalation must follow no-privileged
// and capabilities (Kubernetes rejects allowPrivilegeEscalation: false next to privileged: true
// or an added CAP_SYS_ADMIN).
constexpr PartInfo kParts[] = {
    {"non-root", K::Workload, "NSA-POD-01",
     QT_TRANSLATE_NOOP("parapet::remediation", "Run as a non-root user (runAsNonRoot, runAsUser)")},
    {"non-root-group", K::Workload, "NSA-POD-02",
     QT_TRANSLATE_NOOP("parapet::remediation",
                       "Run with a non-root group (runAsGroup, fsGroup, supplementalGroups)")},
    {"no-privileged", K::Workload, "NSA-POD-08",
     QT_TRANSLATE_NOOP("parapet::remediation", "Remove privileged: true")},
    {"capabilities", K::Workload, "NSA-POD-14",
     QT_TRANSLATE_NOOP("parapet::remediation",
                       "Drop ALL capabilities, keep only NET_BIND_SERVICE among the added ones")},
    {"no-privilege-escalation", K::Workload, "NSA-POD-13",
     QT_TRANSLATE_NOOP("parapet::remediation", "Set allowPrivilegeEscalation: false")},
    {"read-only-root", K::Workload, "NSA-POD-04",
     QT_TRANSLATE_NOOP("parapet::remediation",
                       "Read-only root filesystem with an emptyDir volume on /tmp")},
    {"seccomp", K::Workload, "NSA-POD-15",
     QT_TRANSLATE_NOOP("parapet::remediation", "Seccomp profile RuntimeDefault")},
    {"no-token-automount", K::Workload, "NSA-POD-19",
     QT_TRANSLATE_NOOP("parapet::remediation", "Set automountServiceAccountToken: false")},
    {"resource-limits", K::Workload, "NSA-NET-07",
     QT_TRANSLATE_NOOP("parapet::remediation", "CPU and memory limits where missing")},
    {"psa-labels", K::Namespace, "NSA-POD-07",
     QT_TRANSLATE_NOOP("parapet::remediation",
                       "Pod Security Admission labels: enforce baseline, audit and warn "
                       "restricted, pinned version")},
    {"default-deny", K::Namespace, "NSA-NET-04",
     QT_TRANSLATE_NOOP("parapet::remediation",
                       "Default-deny NetworkPolicy for ingress and egress, with DNS to kube-dns "
                       "allowed")},
    {"limit-range", K::Namespace, "NSA-NET-05",
     QT_TRANSLATE_NOOP("parapet::remediation", "LimitRange with default requests and limits")},
    {"resource-quota", K::Namespace, "NSA-NET-06",
     QT_TRANSLATE_NOOP("parapet::remediation", "ResourceQuota for CPU, memory and pods")},
    {"block-metadata", K::CloudMetadata, "NSA-NET-17",
     QT_TRANSLATE_NOOP("parapet::remediation",
                       "Egress NetworkPolicy rules that block the cloud metadata address "
                       "(a new policy, or except entries in the existing ones)")},
    {"no-wildcards", K::Rbac, "NSA-AUTH-07",
     QT_TRANSLATE_NOOP("parapet::remediation",
                       "Roles: remove rules on every resource (\"*\"), replace verbs \"*\" by "
                       "the standard verbs, remove the non-resource URL \"*\"")},
    {"no-secret-read", K::Rbac, "NSA-NET-16",
     QT_TRANSLATE_NOOP("parapet::remediation", "Roles: remove get, list and watch on Secrets")},
    {"no-pod-exec", K::Rbac, "NSA-AUTH-08",
     QT_TRANSLATE_NOOP("parapet::remediation",
                       "Roles: remove pods/exec, pods/attach and pods/portforward")},
    {"no-escalation", K::Rbac, "NSA-AUTH-09",
     QT_TRANSLATE_NOOP("parapet::remediation", "Roles: remove escalate, bind and impersonate")},
    {"no-high-risk", K::Rbac, "NSA-AUTH-10",
     QT_TRANSLATE_NOOP("parapet::remediation",
                       "Roles: remove create on pods, PersistentVolumes and token requests, "
                       "nodes/proxy, writes to webhook configurations")},
    {"no-event-delete", K::Rbac, "NSA-LOG-07",
     QT_TRANSLATE_NOOP("parapet::remediation", "Roles: remove delete and deletecollection on "
                                               "events")},
    {"binding-subjects", K::Rbac, "NSA-AUTH-01,NSA-AUTH-07",
     QT_TRANSLATE_NOOP("parapet::remediation",
                       "Bindings: remove system:anonymous, system:unauthenticated and "
                       "system:authenticated subjects (delete the binding when none is left)")},
    {"audit-logging", K::ControlPlane, "NSA-LOG-01,NSA-LOG-02,NSA-LOG-03",
     QT_TRANSLATE_NOOP("parapet::remediation",
                       "Audit policy file, kube-apiserver audit flags with retention, volumes")},
    {"encryption-at-rest", K::ControlPlane, "NSA-NET-14",
     QT_TRANSLATE_NOOP("parapet::remediation",
                       "EncryptionConfiguration with a fresh key, flag, volume, re-encryption "
                       "command")},
};

constexpr GuidanceOnly kGuidance[] = {
    {"NSA-POD-03", QT_TRANSLATE_NOOP("parapet::remediation",
                                     "the fix is in the image (Dockerfile USER): not a manifest")},
    {"NSA-POD-05", QT_TRANSLATE_NOOP("parapet::remediation",
                                     "an admission policy of trusted registries needs the list of "
                                     "registries the organisation trusts")},
    {"NSA-POD-09", QT_TRANSLATE_NOOP("parapet::remediation",
                                     "hostPID/hostIPC are used by node agents on purpose; removing "
                                     "them changes what the workload can do, not how safely")},
    {"NSA-POD-10", QT_TRANSLATE_NOOP("parapet::remediation",
                                     "hostNetwork workloads (CNI, ingress on node ports) stop "
                                     "working without it: the Service that replaces it is a design "
                                     "decision")},
    {"NSA-POD-11",
     QT_TRANSLATE_NOOP("parapet::remediation",
                       "whether a hostPath can become an emptyDir or a PVC depends on "
                       "what the workload reads or keeps there")},
    {"NSA-POD-12", QT_TRANSLATE_NOOP("parapet::remediation",
                                     "removing hostPort needs a Service in its place, with a port "
                                     "and a type Parapet cannot choose")},
    {"NSA-POD-16", QT_TRANSLATE_NOOP("parapet::remediation",
                                     "AppArmor exists only on nodes that load it (not on "
                                     "SELinux-based distributions); a profile on others rejects "
                                     "the pod")},
    {"NSA-POD-18", QT_TRANSLATE_NOOP("parapet::remediation",
                                     "restricted volume types come with the PSA restricted level "
                                     "(NSA-POD-07 labels)")},
    {"NSA-NET-01", QT_TRANSLATE_NOOP("parapet::remediation",
                                     "moving workloads between namespaces moves their Services, "
                                     "Secrets and bindings: a migration, not a patch")},
    {"NSA-NET-03",
     QT_TRANSLATE_NOOP("parapet::remediation",
                       "a per-application policy needs the application's real "
                       "peers; the namespace default-deny (NSA-NET-04) is generated")},
    {"NSA-NET-08", QT_TRANSLATE_NOOP("parapet::remediation",
                                     "bind addresses and firewalling depend on the node network")},
    {"NSA-NET-09", QT_TRANSLATE_NOOP("parapet::remediation",
                                     "etcd certificates must be issued by a separate CA first")},
    {"NSA-NET-10",
     QT_TRANSLATE_NOOP("parapet::remediation", "file modes on nodes: chmod 600, not a manifest")},
    {"NSA-NET-11", QT_TRANSLATE_NOOP("parapet::remediation",
                                     "converting a NodePort or LoadBalancer to ClusterIP cuts off "
                                     "its external clients")},
    {"NSA-NET-12",
     QT_TRANSLATE_NOOP("parapet::remediation", "TLS needs certificates for the Ingress hosts")},
    {"NSA-NET-13", QT_TRANSLATE_NOOP("parapet::remediation",
                                     "moving a credential into a Secret would copy the value, "
                                     "which Parapet never handles")},
    {"NSA-NET-15", QT_TRANSLATE_NOOP("parapet::remediation",
                                     "a KMS provider needs the cloud or HSM plugin endpoint")},
    {"NSA-AUTH-02",
     QT_TRANSLATE_NOOP("parapet::remediation", "kubelet configuration lives on each node")},
    {"NSA-AUTH-03",
     QT_TRANSLATE_NOOP("parapet::remediation", "kubelet configuration lives on each node")},
    {"NSA-AUTH-04",
     QT_TRANSLATE_NOOP("parapet::remediation", "kubelet configuration lives on each node")},
    {"NSA-AUTH-11", QT_TRANSLATE_NOOP("parapet::remediation",
                                      "a dedicated ServiceAccount must also receive the rights "
                                      "the workload uses today")},
    {"NSA-LOG-04",
     QT_TRANSLATE_NOOP("parapet::remediation", "the webhook backend needs the SIEM's endpoint and "
                                               "credentials")},
    {"NSA-UPG-02",
     QT_TRANSLATE_NOOP("parapet::remediation", "an upgrade is a release decision, not a patch")},
    {"NSA-UPG-03", QT_TRANSLATE_NOOP("parapet::remediation",
                                     "deleting unused objects needs the owner's confirmation")},
};

} // namespace

QString GuidanceOnly::reason() const
{
    return QCoreApplication::translate("parapet::remediation", reasonText);
}

std::span<const GuidanceOnly> guidanceOnlyControls()
{
    return kGuidance;
}

QStringList PartInfo::controlIds() const
{
    return QString::fromLatin1(controls).split(u',', Qt::SkipEmptyParts);
}

QString PartInfo::title() const
{
    return QCoreApplication::translate("parapet::remediation", titleText);
}

std::span<const PartInfo> partCatalogue()
{
    return kParts;
}

const PartInfo *findPart(QAnyStringView name)
{
    for (const PartInfo &p : kParts)
        if (QAnyStringView::compare(name, QLatin1String(p.name)) == 0)
            return &p;
    return nullptr;
}

bool FixOptions::wants(const PartInfo &part) const
{
    if (onlyControls.isEmpty())
        return true;
    for (const QString &c : part.controlIds())
        if (onlyControls.contains(c))
            return true;
    return false;
}

QString Remediation::manifestsYaml() const
{
    QString out;
    for (const GeneratedManifest &m : d.manifests) {
        if (!out.isEmpty())
            out += QStringLiteral("---\n");
        out += m.yaml;
    }
    return out;
}

QStringList fixableControls()
{
    QStringList out;
    for (const checks::Control &c : checks::catalogue())
        for (const PartInfo &p : kParts)
            if (p.controlIds().contains(c.idString()) && !out.contains(c.idString()))
                out.append(c.idString());
    return out;
}

} // namespace parapet::remediation
