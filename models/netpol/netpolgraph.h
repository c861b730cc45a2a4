#pragma once

#include "connectivitymatrix.h"
#include "graph/graph.h"
#include "kube/inventory.h"

namespace parapet::netpol {

/// Reachability as a graph: workload nodes in namespace boxes, external address ranges as
/// External nodes, Allowed edges labelled with ports. To stay readable, connections that exist
/// only because neither end is isolated are not drawn pair by pair: a workload not isolated for
/// egress gets one edge to the node "anywhere", one not isolated for ingress one edge from it.
/// Above \a maxWorkloadNodes workloads, namespaces replace workloads (edges aggregated).
Graph netpolGraph(const ConnectivityMatrix &matrix, int maxWorkloadNodes = 150);

/// The graph of \a inventory (only workloads of \a onlyNamespace and their peers when given).
Graph netpolGraph(const Inventory &inventory, const QString &onlyNamespace = {});

} // namespace parapet::netpol
