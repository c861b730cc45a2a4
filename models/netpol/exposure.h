#pragma once

#include "reachability.h"

#include <QString>
#include <vector>

namespace parapet::netpol {

/// Something the reachability analysis shows that deserves a look: pods reachable from
/// everywhere or from the internet, namespaces without isolation, policies that select no
/// pod, rules that can never match, invalid policies.
struct ExposureFinding
{
    enum class Severity : quint8
    {
        Info,
        Low,
        Medium,
        High
    };
    Severity severity = Severity::Info;
    /// Stable identifier: ingress-not-isolated, internet-ingress, all-pods-ingress,
    /// namespace-without-policy, namespace-partly-isolated, host-network, ipblock-pod-ip,
    /// invalid-policy, policy-selects-nothing, rule-ignored, rule-never-matches, policy-warning.
    QString kind;
    /// `shop/Deployment/cart`, `namespace shop`, `NetworkPolicy shop/deny-all`.
    QString subject;
    QString message;
    QString ports;           ///< ports concerned, when any
    SourceLocation location; ///< the object or field that shows it
    QString path;            ///< field path within the object, when any
};

QString severityName(ExposureFinding::Severity s); ///< `high`, `medium`, `low`, `info`

/// Findings, most severe first, then by subject.
std::vector<ExposureFinding> findExposures(const ReachabilityAnalysis &analysis);

} // namespace parapet::netpol
