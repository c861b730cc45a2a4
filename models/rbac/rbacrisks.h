#pragma once

#include "rbacindex.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace parapet::rbac {

enum class Severity
{
    Info,
    Low,
    Medium,
    High,
    Critical
};

/// `critical`, `high`, ... (stable, for JSON and sorting by name).
QString severityName(Severity severity);
std::optional<Severity> severityFromName(QStringView name);

/// A dangerous right held by a subject, with the grant path that gives it; or, for ClusterRoles
/// whose labels feed aggregated roles (check `aggregation`), a finding on the role (subject
/// empty, grant.binding -1).
struct RiskFinding
{
    QString check; ///< stable id, see riskChecks()
    Severity severity = Severity::Info;
    QString title;
    QString detail;
    SubjectEntry subject;
    QString scope; ///< namespace, or empty for cluster-wide
    Grant grant;
    SourceLocation location;
};

/// One step of an escalation path: `from` can become `to` by `how`.
struct EscalationStep
{
    QString from; ///< subject key (`ServiceAccount:ns:name`, `User:x`, `Group:g`)
    QString to;   ///< subject key, or `cluster-admin` for the final step to full control
    QString fromLabel;
    QString toLabel;
    QString how;
    Grant grant;
};

/// A chain from a subject to cluster-admin-equivalent power, shortest first.
struct EscalationPath
{
    QString start;
    QString startLabel;
    std::vector<EscalationStep> steps;
    /// Why the last identity is as strong as cluster-admin.
    QString targetReason;
};

struct RiskOptions
{
    /// Also report the rights of the cluster's own default bindings (control-plane users,
    /// controller ServiceAccounts, ...), which are expected.
    bool includeDefaults = false;
    /// At most this many escalation paths (shortest kept).
    int maxEscalationPaths = 500;
};

struct RiskReport
{
    std::vector<RiskFinding> findings;
    std::vector<EscalationPath> escalations;
    /// Assumptions the answers depend on (server version, built-in roles).
    QStringList notes;
};

struct RiskCheck
{
    const char *id;
    const char *title;
};
/// The checks the analysis runs, in report order.
const std::vector<RiskCheck> &riskChecks();

/// Flags subjects that hold dangerous rights (each finding with severity and grant path) and
/// searches escalation paths to cluster-admin equivalence.
RiskReport analyzeRisks(const RbacIndex &index, const RiskOptions &options = {});

/// Escalation search alone: from every subject of the inventory (or only \a from, subject keys)
/// over the edges "can become ServiceAccount X" (create pods or workloads in its namespace,
/// serviceaccounts/token, impersonation, readable legacy token Secrets, exec into its pods) and
/// "can grant itself anything" (bind/escalate), to identities equivalent to cluster-admin.
/// Shortest paths first.
std::vector<EscalationPath> escalationPaths(const RbacIndex &index, const RiskOptions &options,
                                            const QStringList &from = {});

/// The identity a subject stands for: a ServiceAccount or User as authenticated, a Group as a
/// member of it (and of system:authenticated unless the group is system:unauthenticated).
Identity identityOfSubject(const SubjectEntry &subject);

} // namespace parapet::rbac
