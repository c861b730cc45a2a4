#pragma once

// Internal: RBAC rule matching as the API server's authorizer does it (verbs, API groups,
// resources with `*` and `*/subresource`, resourceNames), applied to the rules of one Role or
// ClusterRole. Self-contained on purpose: the full RBAC analysis lives in models/rbac.

#include "kube/typedviews.h"

namespace parapet::checks::detail {

inline bool ruleHasVerb(const PolicyRule &r, QStringView verb)
{
    for (const QString &v : r.verbs)
        if (v == u"*" || v == verb)
            return true;
    return false;
}

inline bool ruleHasGroup(const PolicyRule &r, QStringView group)
{
    for (const QString &g : r.apiGroups)
        if (g == u"*" || g == group)
            return true;
    return false;
}

/// rbac/v1 ResourceMatches: `*`, an exact `resource` or `resource/subresource`, or
/// `*/subresource`.
inline bool ruleHasResource(const PolicyRule &r, QStringView resource, QStringView subresource = {})
{
    const QString combined = subresource.isEmpty()
                                 ? resource.toString()
                                 : resource.toString() + u'/' + subresource.toString();
    for (const QString &res : r.resources) {
        if (res == u"*" || res == combined)
            return true;
        if (!subresource.isEmpty() && res.size() == subresource.size() + 2 &&
            res.startsWith(u"*/") && QStringView(res).mid(2) == subresource)
            return true;
    }
    return false;
}

/// Whether the rule allows \a verb on group/resource[/subresource]; resourceNames narrow a rule
/// but \a ignoreNarrowed decides whether a narrowed rule still counts.
inline bool ruleGrants(const PolicyRule &r, QStringView group, QStringView resource,
                       QStringView subresource, QStringView verb, bool countNarrowed = true)
{
    if (!countNarrowed && !r.resourceNames.isEmpty())
        return false;
    return ruleHasVerb(r, verb) && ruleHasGroup(r, group) &&
           ruleHasResource(r, resource, subresource);
}

/// Default roles and bindings the API server creates itself (label
/// kubernetes.io/bootstrapping=rbac-defaults): part of Kubernetes, not of the workloads.
inline bool isBootstrapRbac(const KubeObject &o)
{
    return o.label("kubernetes.io/bootstrapping") == u"rbac-defaults";
}

} // namespace parapet::checks::detail
