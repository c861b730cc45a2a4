#pragma once

#include "graph/graph.h"
#include "rbacindex.h"
#include "rbacrisks.h"

namespace parapet::rbac {

struct RbacGraphOptions
{
    /// Only ServiceAccounts of this namespace, RoleBindings in it and ClusterRoleBindings.
    QString ns;
    /// Every subject of the inventory's bindings; by default only subjects with a finding of
    /// medium severity or more and those on escalation paths.
    bool all = false;
    /// Above this many nodes, each role's permissions fold into one node.
    int maxNodes = 300;
};

/// Subjects → bindings → roles → permission groups, with risky grants and escalation steps
/// marked, for the canvas, `parapet-cli graph rbac` and `parapet-cli rbac graph`.
Graph rbacGraph(const RbacIndex &index, const RiskReport &report,
                const RbacGraphOptions &options = {});

/// Convenience for the graph command: indexes \a inventory, analyses risks and draws the risky
/// subjects (of \a ns when given).
Graph rbacGraph(const Inventory &inventory, const QString &ns);

} // namespace parapet::rbac
