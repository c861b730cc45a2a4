#pragma once

#include "kube/typedviews.h"

#include <optional>
#include <QString>
#include <vector>

namespace parapet::checks {

/// Pod Security Standards levels, as Pod Security Admission names them.
enum class PssLevel
{
    Privileged,
    Baseline,
    Restricted
};

/// The newest policy version the evaluator knows; `latest` means this version (PSA resolves
/// `latest` to the newest MinimumVersion of its registered checks).
inline constexpr int kPssLatestMinor = 37;

/// One violation of a Pod Security Standards check, with the field that causes it.
struct PssViolation
{
    QString check;                       ///< PSA check id, e.g. `capabilities_restricted`
    PssLevel level = PssLevel::Baseline; ///< level of the check
    QString reason; ///< PSA's forbidden reason, e.g. `unrestricted capabilities`
    QString field;  ///< full field path within the object
    QString value;  ///< offending value, or `<unset>`
    QString
        detail; ///< e.g. `container "app" must set securityContext.allowPrivilegeEscalation=false`
};

/// Evaluates the pod spec and metadata of \a pod against \a level at policy version 1.\a minor
/// (clamped to kPssLatestMinor), field by field, exactly as the pod-security-admission plugin's
/// checks decide (kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/policy):
/// versioned checks, restricted checks overriding their baseline counterparts, Windows and
/// user-namespace relaxations. Containers, initContainers and ephemeralContainers are checked.
std::vector<PssViolation> evaluatePodSecurity(const PodTemplate &pod, PssLevel level,
                                              int minor = kPssLatestMinor);

/// The highest level \a pod meets at \a minor.
PssLevel podSecurityLevelOf(const PodTemplate &pod, int minor = kPssLatestMinor);

QString pssLevelName(PssLevel level);
std::optional<PssLevel> parsePssLevel(QStringView text);
/// `latest` → kPssLatestMinor; `v1.25` → 25; std::nullopt when invalid (PSA requires the
/// `v<major>.<minor>` form).
std::optional<int> parsePssVersion(QStringView text);

} // namespace parapet::checks
