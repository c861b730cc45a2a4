#pragma once

#include "reachability.h"

#include <functional>
#include <memory>
#include <vector>

namespace parapet::netpol {

/// Addresses outside the pods that every policy treats alike (e.g. `0.0.0.0/0 except
/// 10.0.0.0/8`); without ipBlocks there is one region: any address.
struct ExternalRegion
{
    IpSet addresses;
    QString label;
    bool isPublic = false; ///< contains internet (publicly routable) addresses
    bool isEverything = false;
};

/// Allowed connections from one workload (or region) to another: the ports, as a PortSetTable
/// id, united over the pods of both ends.
struct MatrixCell
{
    int src = -1; ///< workload index, or region index for ingress from outside
    int dst = -1; ///< workload index, or region index for egress to outside
    int ports = PortSetTable::None;
    bool partial = false;    ///< not every pod pair of the two workloads gets these ports
    bool viaIpBlock = false; ///< an ipBlock matched a pod IP (plugin-dependent)
    bool implementationDefined = false; ///< a host-network pod is involved
};

/// The connectivity of every workload pair and of workloads with the outside, computed on pod
/// classes (never pod pairs) and folded into workloads.
class ConnectivityMatrix
{
public:
    /// All pairs; with \a onlyNamespace, those with at least one end in that namespace.
    /// Without \a includePairs only the traffic with the outside is computed (callers that
    /// stream pairs with forEachWorkloadPair()).
    static ConnectivityMatrix build(std::shared_ptr<const ReachabilityAnalysis> analysis,
                                    const QString &onlyNamespace = {}, bool includePairs = true);

    /// Streams workload pairs (row by row, in workload order) without keeping them: for
    /// matrices too large to hold (an unrestricted cluster of 10,000 pods has 10^8 pairs).
    static void forEachWorkloadPair(ConnectionEvaluator &evaluator,
                                    const std::function<void(const MatrixCell &)> &f);

    const ReachabilityAnalysis &analysis() const { return *m_analysis; }
    std::shared_ptr<const ReachabilityAnalysis> analysisPtr() const { return m_analysis; }
    const PortSet &ports(const MatrixCell &c) const { return m_table.at(c.ports); }
    const PortSetTable &table() const { return m_table; }

    const std::vector<MatrixCell> &pairs() const { return m_pairs; }
    const std::vector<ExternalRegion> &regions() const { return m_regions; }
    const std::vector<MatrixCell> &egressToExternal() const { return m_egress; }
    const std::vector<MatrixCell> &ingressFromExternal() const { return m_ingress; }

    /// Workload indexes shown (all, or those of the namespace filter and their peers).
    const std::vector<int> &workloads() const { return m_workloads; }

private:
    std::shared_ptr<const ReachabilityAnalysis> m_analysis;
    PortSetTable m_table;
    std::vector<MatrixCell> m_pairs;
    std::vector<ExternalRegion> m_regions;
    std::vector<MatrixCell> m_egress;
    std::vector<MatrixCell> m_ingress;
    std::vector<int> m_workloads;
};

} // namespace parapet::netpol
