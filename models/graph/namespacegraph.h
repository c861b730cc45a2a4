#pragma once

#include "graph.h"
#include "kube/inventory.h"

namespace parapet {

/// The namespaces of an inventory as boxes holding their top-level workloads (objects with a
/// pod template that no other workload owns; bare pods count as workloads) and Services, with
/// an edge from each Service to the workloads its selector picks.
Graph namespaceGraph(const Inventory &inventory, const QString &onlyNamespace = {});

} // namespace parapet
