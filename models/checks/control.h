#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <span>

namespace parapet::checks {

/// How bad a failed control is. The integer order is the order of severity (as kubescape's).
enum class Severity
{
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4
};

/// The five chapters of the NSA/CISA Kubernetes Hardening Guide; a control's id names its
/// chapter (NSA-POD-, NSA-NET-, NSA-AUTH-, NSA-LOG-, NSA-UPG-).
enum class Section
{
    PodSecurity,
    Network,
    Authentication,
    Logging,
    Upgrades
};

/// Where the data for a control comes from (the M/A/N/I columns of CONTROLS.md).
enum CheckSource : unsigned
{
    FromManifests = 1, ///< M: offline, from manifests
    FromApi = 2,       ///< A: from the live API (static pod flags, discovery, …)
    FromNodes = 4,     ///< N: needs node files or a cloud API: never decided here
    Informational = 8, ///< I: advice or detection hint, never pass/fail
};

/// One recommendation of the guide as Parapet checks it. Ids are stable: reports, exceptions
/// and saved results refer to them. Texts are stored untranslated (QT_TRANSLATE_NOOP in the
/// catalogue table) and translated when read.
struct Control
{
    const char *id;
    Section section;
    Severity severity;
    unsigned sources; ///< CheckSource flags
    const char *titleText;
    const char *rationaleText;
    const char *remediationText;
    /// What to check by hand when Parapet cannot see the answer from here.
    const char *manualCheckText;
    /// Equivalent ids of other scanners (kubescape C-0xxx, Polaris, kube-linter, Trivy KSV…).
    const char *kubescape;
    const char *otherScanners;

    QString idString() const { return QString::fromLatin1(id); }
    QString title() const;
    QString rationale() const;
    QString remediation() const;
    QString manualCheck() const;
    /// Decided as pass/fail from manifests or the API (M or A), not informational only.
    bool isCheckable() const
    {
        return (sources & (FromManifests | FromApi)) != 0 && !(sources & Informational);
    }
};

/// All 62 controls, in catalogue order (POD, NET, AUTH, LOG, UPG; by number).
std::span<const Control> catalogue();
/// The control with \a id, or nullptr.
const Control *findControl(QStringView id);
/// Index of a control in catalogue(), or -1.
int controlIndex(QStringView id);

/// Stable machine names (JSON, SARIF): `low`…`critical`; `pod-security`…`upgrades`.
QString severityName(Severity severity);
bool parseSeverity(QStringView name, Severity *out);
QString sectionName(Section section);
/// Translated section title for people.
QString sectionTitle(Section section);
/// All sections, in guide order.
std::span<const Section> sections();

} // namespace parapet::checks
