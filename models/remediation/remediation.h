#pragma once

#include "checks/scanresult.h"
#include "kube/inventory.h"
#include "kube/result.h"
#include "rbac/rbacrule.h"

#include <QAnyStringView>
#include <QSet>
#include <QString>
#include <QStringList>
#include <span>
#include <vector>

namespace parapet::remediation {

/// What a fix generator produces for one target: one kind of remediation.
enum class RemediationKind
{
    Workload,      ///< the hardened workload object (Pod or pod-template owner)
    Namespace,     ///< PSA labels, default-deny, LimitRange, ResourceQuota for a namespace
    CloudMetadata, ///< keeps pods away from 169.254.169.254: a new or edited egress NetworkPolicy
    Rbac,          ///< a narrowed Role/ClusterRole, or a binding without anonymous subjects
    ControlPlane,  ///< audit policy, encryption at rest: files and flags, not API objects
};

/// One switchable part of a fix (`--without NAME`): a named change and the controls it fixes.
struct PartInfo
{
    const char *name;      ///< stable machine name, e.g. `read-only-root`
    RemediationKind kind;  ///< the generator the part belongs to
    const char *controls;  ///< comma-separated control ids
    const char *titleText; ///< untranslated (QT_TRANSLATE_NOOP); see PartInfo::title()

    QString nameString() const { return QString::fromLatin1(name); }
    QStringList controlIds() const;
    QString title() const;
};

/// Every part of every generator, in the order they are applied.
std::span<const PartInfo> partCatalogue();
const PartInfo *findPart(QAnyStringView name);

/// A part as one remediation uses it.
struct Part
{
    QString name;
    QStringList controls;
    /// False when the user switched it off; the change is then left out of manifests and patch.
    bool enabled = true;
};

/// A file that is not an API object (control-plane configuration, instructions), written
/// under `control-plane/` of a fix set.
struct ConfigFile
{
    QString relativePath; ///< e.g. `control-plane/audit-policy.yaml`
    QString content;
};

/// One object written by a fix.
struct GeneratedManifest
{
    checks::ObjectRef object;
    /// True for objects the fix creates; false for the user's object rewritten.
    bool isNew = true;
    QString yaml; ///< one YAML document, no `---`
};

/// The fix for one target: the manifests to apply, the equivalent strategic-merge patch where
/// one applies, and what to verify before applying. An immutable value: generators make it,
/// consumers (CLI, GUI) read it whole.
class Remediation
{
public:
    struct Data
    {
        RemediationKind kind = RemediationKind::Workload;
        QStringList controls; ///< controls the enabled parts fix, in catalogue order
        checks::ObjectRef target;
        std::vector<GeneratedManifest> manifests;
        QString patch;        ///< strategic-merge patch as YAML; empty when none applies
        QString patchCommand; ///< the `kubectl patch` line that applies \a patch
        QStringList warnings; ///< what may break, plainly; translated
        std::vector<Part> parts;
        /// Objects the fix deletes (a binding that would be left without subjects). Deletion
        /// is no manifest: \a commands holds the `kubectl delete` line.
        std::vector<checks::ObjectRef> deletions;
        /// Commands to run besides applying the manifests, in order (deletions, re-encryption).
        QStringList commands;
        /// Control-plane files; none hold key material (see encryptionProvider).
        std::vector<ConfigFile> files;
        /// `aescbc` or `secretbox` when the fix writes an EncryptionConfiguration: its key is
        /// generated only when the fix set is rendered, never kept in the Remediation.
        QString encryptionProvider;
    };

    Remediation() = default;
    explicit Remediation(Data data)
        : d(std::move(data))
    {}

    RemediationKind kind() const { return d.kind; }
    const QStringList &controls() const { return d.controls; }
    const checks::ObjectRef &target() const { return d.target; }
    const std::vector<GeneratedManifest> &manifests() const { return d.manifests; }
    bool hasPatch() const { return !d.patch.isEmpty(); }
    const QString &patch() const { return d.patch; }
    const QString &patchCommand() const { return d.patchCommand; }
    const QStringList &warnings() const { return d.warnings; }
    const std::vector<Part> &parts() const { return d.parts; }
    const std::vector<checks::ObjectRef> &deletions() const { return d.deletions; }
    const QStringList &commands() const { return d.commands; }
    const std::vector<ConfigFile> &files() const { return d.files; }
    const QString &encryptionProvider() const { return d.encryptionProvider; }
    /// Every manifest as one multi-document YAML stream.
    QString manifestsYaml() const;

private:
    Data d;
};

/// What the generators take besides the target.
struct FixOptions
{
    /// Parts switched off, by name.
    QSet<QString> without;
    /// When not empty, only parts that fix one of these controls are used.
    QStringList onlyControls;

    bool wants(const PartInfo &part) const;
};

/// Default values the generators state (shown in warnings and README).
namespace defaults {
inline constexpr int kUserId = 10001;
inline constexpr const char *kCpuLimit = "500m";
inline constexpr const char *kMemoryLimit = "512Mi";
inline constexpr const char *kCpuRequest = "100m";
inline constexpr const char *kMemoryRequest = "128Mi";
} // namespace defaults

/// The hardened Pod or pod-template owner (Deployment, StatefulSet, DaemonSet, ReplicaSet,
/// ReplicationController, Job, CronJob), keeping every other field of \a object in its order,
/// plus the strategic-merge patch (not for Pods: their spec is immutable). Errors: not a
/// workload, a Windows pod, or nothing to change.
Result<Remediation> fixWorkload(const KubeObject &object, const FixOptions &options = {});

/// Pod Security Admission labels, default-deny NetworkPolicy with a DNS allowance, LimitRange
/// and ResourceQuota for namespace \a ns. The Namespace object of \a inventory is kept as
/// written (labels added) when present; the PSA version is pinned to the minor of the
/// inventory's server version, or `latest` when unknown. Existing stricter settings are kept.
Result<Remediation> fixNamespace(const Inventory &inventory, const QString &ns,
                                 const FixOptions &options = {});

/// Blocks the cloud metadata addresses (169.254.169.254, AWS's fd00:ec2::254) for the pods of
/// \a ns without widening access. Without egress policies in \a ns: a new egress NetworkPolicy
/// for all pods that allows every destination but those addresses. With egress policies (a new
/// one would only add allowed traffic, policies being additive): those of their egress rules
/// that allow a metadata address are edited, every other field kept in its order: ipBlocks
/// that contain it get it in their `except` list, a block that is exactly the address is
/// removed (and its rule, when no peer is left: an empty `to` allows all), rules without `to`
/// list every address but the metadata ones plus `namespaceSelector: {}`, keeping their ports;
/// a policy left without egress rules gets explicit policyTypes so that it keeps isolating
/// egress. Errors: NotFound when no egress rule allows the address (blocked already);
/// Unsupported when only pods that no egress policy selects can reach it (see the message).
Result<Remediation> fixCloudMetadata(const Inventory &inventory, const QString &ns,
                                     const FixOptions &options = {});

/// A narrowed Role or ClusterRole: the rules that grant what the enabled parts remove
/// (no-secret-read, no-pod-exec, no-escalation, no-high-risk, no-event-delete) are split so
/// that only those rights go and every other right of the rule stays; with no-wildcards, rules
/// on every resource (`*`) are removed whole and `verbs: ["*"]` becomes the eight standard
/// verbs (a subset). The result is checked to grant a subset of the original (grantsSubset).
/// Every other field and rule keeps its place. Errors: not a role, an aggregated ClusterRole,
/// or nothing to change.
Result<Remediation> fixRole(const KubeObject &role, const FixOptions &options = {});

/// A (Cluster)RoleBinding without its system:anonymous and system:unauthenticated subjects
/// (NSA-AUTH-01) and system:authenticated ones (NSA-AUTH-07, unless only AUTH-01 is asked
/// for). When no subject is left the fix deletes the binding: deletions() names it, commands()
/// holds the `kubectl delete` line, and no manifest is written.
Result<Remediation> fixBinding(const KubeObject &binding, const FixOptions &options = {});

/// Audit logging (policy file, flags with retention, hostPath volumes) and encryption at rest
/// (EncryptionConfiguration, flag, volume, re-encryption command) for the kube-apiserver
/// static pod \a apiServer: files with instructions plus the fixed static-pod manifest (all in
/// files(), under `control-plane/`). The encryption key is generated when the set is rendered.
Result<Remediation> fixControlPlane(const KubeObject &apiServer, const FixOptions &options = {});

/// True when every request \a narrowed allows is allowed by \a original (models/rbac's
/// ruleAllows over every verb, group, resource, subresource, name and path the rules mention,
/// plus words none of them mentions, which only wildcards match).
bool grantsSubset(const std::vector<rbac::Rule> &narrowed, const std::vector<rbac::Rule> &original);

/// The fixes for the findings of \a scan that are not excepted, one remediation per target.
struct Plan
{
    std::vector<Remediation> remediations;
    /// Findings that were skipped, and why (Pods fixed through their owner, unsupported
    /// controls are not listed).
    QStringList notes;
};
struct PlanOptions
{
    FixOptions fix;
    /// Only findings on these objects (`Kind ns/name` as ObjectRef::toString()); all when empty.
    QStringList objects;
};
Plan planFixes(const Inventory &inventory, const checks::ScanResult &scan,
               const PlanOptions &options = {});

/// `deployment-shop-cart`: the file name stem fix sets use for an object (lower case, safe
/// characters).
QString fileStem(const checks::ObjectRef &object);

/// The controls some generator can fix.
QStringList fixableControls();

/// A control whose CONTROLS.md row names a remediation that Parapet does not generate, and why.
struct GuidanceOnly
{
    const char *control;
    const char *reasonText; ///< untranslated (QT_TRANSLATE_NOOP)
    QString reason() const;
};
/// Every control with a remediation in CONTROLS.md that is not in fixableControls().
std::span<const GuidanceOnly> guidanceOnlyControls();

} // namespace parapet::remediation
