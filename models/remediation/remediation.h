#pragma once

#include "checks/scanresult.h"
#include "kube/inventory.h"
#include "kube/result.h"

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
    CloudMetadata, ///< an egress NetworkPolicy that keeps pods away from 169.254.169.254
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

/// An egress NetworkPolicy for all pods of \a ns that allows every destination except the
/// cloud metadata address. Error when an existing egress policy of \a ns already restricts
/// egress (the additive policy would then widen access, see the warning text).
Result<Remediation> fixCloudMetadata(const Inventory &inventory, const QString &ns,
                                     const FixOptions &options = {});

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

/// The controls some generator can fix.
QStringList fixableControls();

} // namespace parapet::remediation
