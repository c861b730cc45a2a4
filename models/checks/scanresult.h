#pragma once

#include "control.h"
#include "kube/inventory.h"
#include "kube/result.h"

#include <QDate>
#include <QString>
#include <vector>

namespace parapet::checks {

/// The outcome of one control.
enum class Status
{
    Pass,          ///< every object checked passes (excepted ones included)
    Fail,          ///< every object checked fails, or the cluster-wide setting is wrong
    Partial,       ///< some objects fail, some pass
    NotVerifiable, ///< Parapet cannot see the answer from here: do the manual check
    Info,          ///< informational: a detection hint or advice, never pass/fail
};
/// `pass`, `fail`, `partial`, `not-verifiable`, `info` (JSON contract).
QString statusName(Status status);
/// Translated, for people.
QString statusTitle(Status status);

/// Identity of a Kubernetes object in a finding.
struct ObjectRef
{
    QString apiVersion;
    QString kind;
    QString ns;
    QString name;

    bool isValid() const { return !kind.isEmpty(); }
    /// `Deployment shop/cart`, `ClusterRole admin`.
    QString toString() const;
    static ObjectRef of(const KubeObject &object);
};

/// One failed check on one object, with its evidence.
struct Finding
{
    QString control; ///< NSA-POD-08
    Severity severity = Severity::Medium;
    ObjectRef object;
    /// The workload that owns a Pod (Deployment, StatefulSet, …) through ownerReferences;
    /// invalid when the object has no owner.
    ObjectRef owner;
    QString field;           ///< field path, e.g. spec.template.spec.containers[0].securityContext
    QString value;           ///< the offending value as written ("<unset>" when missing)
    QString message;         ///< human explanation
    SourceLocation location; ///< file:line when the object came from a file

    bool excepted = false;
    QString exceptionReason;
    QString exceptionSource; ///< exceptions file:line or `annotation parapet.io/exempt`
    QDate exceptionExpires;  ///< invalid when the exception does not expire
};

/// The result of one control over the whole inventory.
struct ControlResult
{
    const Control *control = nullptr;
    Status status = Status::NotVerifiable;
    int passed = 0;   ///< objects that pass
    int failed = 0;   ///< objects with at least one finding not excepted
    int excepted = 0; ///< objects whose findings are all excepted
    /// Share of objects passing, 0–100 (excepted count as passing); -1 when not scored
    /// (not verifiable, informational).
    double score = -1;
    /// Why the control is not verifiable, what was detected (informational), or what could
    /// not be seen.
    QString note;
};

struct SectionScore
{
    Section section = Section::PodSecurity;
    double score = -1; ///< severity-weighted, 0–100; -1 when nothing in the section was scored
    int scored = 0;
    int notVerifiable = 0;
    int informational = 0;
};

/// Scores. "Not verifiable" and informational controls are left out of every denominator and
/// counted separately.
struct Scores
{
    /// Severity-weighted mean of the control scores (weights low 1, medium 2, high 4,
    /// critical 8); -1 when no control was scored.
    double overall = -1;
    /// Plain mean of the control scores (kubescape's compliance score).
    double compliance = -1;
    std::vector<SectionScore> sections;
    int scored = 0;
    int notVerifiable = 0;
    int informational = 0;
};

/// An exception that was not applied (expired, invalid) or never matched anything.
struct ExceptionNotice
{
    enum class Kind
    {
        Expired,
        Invalid,
        Unused
    };
    Kind kind = Kind::Expired;
    QString message;
    SourceLocation location; ///< exceptions file:line, or the annotated object's location
    QStringList controls;
    QString reason;
    QDate expires;
};
QString exceptionNoticeKindName(ExceptionNotice::Kind kind);

/// Pod Security Standards level a workload meets at the latest policy version.
struct PodSecurityLevel
{
    ObjectRef object;
    QString level; ///< privileged, baseline or restricted
};

/// Everything a scan found, handed whole to its consumers (CLI, GUI models, reports). A plain
/// value: copy it, keep it, never patch it.
struct ScanResult
{
    SourceInfo source;
    qsizetype objectCount = 0;
    /// The Kubernetes version the checks assumed (source server version when known).
    QString kubernetesVersion;
    /// The day exceptions and end-of-life dates were judged against.
    QDate date;
    /// One per control of the catalogue, in catalogue order.
    std::vector<ControlResult> controls;
    /// Sorted by section, control, object.
    std::vector<Finding> findings;
    Scores scores;
    std::vector<ExceptionNotice> exceptionNotices;
    std::vector<PodSecurityLevel> podSecurityLevels;

    const ControlResult *control(QStringView id) const;
    /// Findings of \a id (excepted included).
    std::vector<const Finding *> findingsOf(QStringView id) const;
};

} // namespace parapet::checks
