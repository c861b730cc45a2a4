#include "connectivitymatrix.h"

#include <algorithm>
#include <map>
#include <QCoreApplication>

namespace parapet::netpol {

void ConnectivityMatrix::forEachWorkloadPair(ConnectionEvaluator &ev,
                                             const std::function<void(const MatrixCell &)> &f)
{
    const ReachabilityAnalysis &a = ev.analysis();
    const auto &workloads = a.endpoints().workloads;
    const auto &classes = a.classes();
    const std::size_t nw = workloads.size();
    PortSetTable &table = ev.table();
    DynamicBitset touched(nw);
    std::vector<int> unions(nw), inters(nw), counts(nw);
    std::vector<char> via(nw);
    for (std::size_t w = 0; w < nw; ++w) {
        const std::vector<int> &srcClasses = a.classesOfWorkload(int(w));
        for (int s : srcClasses) {
            ev.forEachDestination(s, [&](int dst, int id, bool viaIp) {
                for (int w2 : classes[std::size_t(dst)].workloads) {
                    const auto i = std::size_t(w2);
                    if (!touched.test(i)) {
                        touched.set(i);
                        unions[i] = id;
                        inters[i] = id;
                        counts[i] = 1;
                        via[i] = viaIp;
                    } else {
                        unions[i] = table.unite(unions[i], id);
                        inters[i] = table.intersect(inters[i], id);
                        ++counts[i];
                        via[i] = via[i] || viaIp;
                    }
                }
            });
        }
        touched.forEach([&](std::size_t w2) {
            MatrixCell c;
            c.src = int(w);
            c.dst = int(w2);
            c.ports = unions[w2];
            const std::size_t expected = srcClasses.size() * a.classesOfWorkload(int(w2)).size();
            c.partial = std::size_t(counts[w2]) != expected || unions[w2] != inters[w2];
            c.viaIpBlock = via[w2];
            c.implementationDefined = workloads[w].hostNetwork || workloads[w2].hostNetwork;
            f(c);
            touched.reset(w2);
        });
    }
}

ConnectivityMatrix ConnectivityMatrix::build(std::shared_ptr<const ReachabilityAnalysis> analysis,
                                             const QString &onlyNamespace, bool includePairs)
{
    ConnectivityMatrix m;
    m.m_analysis = analysis;
    const ReachabilityAnalysis &a = *analysis;
    const auto &workloads = a.endpoints().workloads;
    const int nsFilter = a.endpoints().findNamespace(onlyNamespace);
    auto shown = [&](int w) {
        return onlyNamespace.isEmpty() || workloads[std::size_t(w)].ns == nsFilter;
    };
    ConnectionEvaluator ev(a);

    std::vector<char> listed(workloads.size(), onlyNamespace.isEmpty() ? 1 : 0);
    if (includePairs)
        forEachWorkloadPair(ev, [&](const MatrixCell &c) {
            if (!onlyNamespace.isEmpty() && !shown(c.src) && !shown(c.dst))
                return;
            m.m_pairs.push_back(c);
            listed[std::size_t(c.src)] = 1;
            listed[std::size_t(c.dst)] = 1;
        });
    for (std::size_t w = 0; w < workloads.size(); ++w)
        if (listed[w] || shown(int(w)))
            m.m_workloads.push_back(int(w));

    // Regions: address atoms that every class treats alike, merged.
    const auto &classes = a.classes();
    const std::size_t nc = classes.size();
    const auto &atoms = a.atoms();
    std::map<std::vector<int>, int> bySignature;
    std::vector<std::vector<int>> regionIds; // region → [egress per class..., ingress per class...]
    for (std::size_t at = 0; at < atoms.size(); ++at) {
        std::vector<int> sig(2 * nc);
        for (std::size_t c = 0; c < nc; ++c) {
            sig[c] = ev.egressToAtom(int(c), int(at));
            sig[nc + c] = ev.ingressFromAtom(int(at), int(c));
        }
        auto it = bySignature.find(sig);
        if (it == bySignature.end()) {
            it = bySignature.emplace(sig, int(m.m_regions.size())).first;
            m.m_regions.push_back({});
            regionIds.push_back(std::move(sig));
        }
        m.m_regions[std::size_t(it->second)].addresses.add(atoms[at]);
    }
    // IPv4 regions first, in address order, then IPv6.
    {
        const IpSet v4 = IpSet::allV4();
        std::vector<std::size_t> order(m.m_regions.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        auto sortKey = [&](std::size_t i) {
            const IpSet part = m.m_regions[i].addresses.intersected(v4);
            return part.isEmpty() ? std::pair(1, m.m_regions[i].addresses.ranges().front().first)
                                  : std::pair(0, part.ranges().front().first);
        };
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t x, std::size_t y) { return sortKey(x) < sortKey(y); });
        std::vector<ExternalRegion> regions;
        std::vector<std::vector<int>> ids;
        for (std::size_t i : order) {
            regions.push_back(std::move(m.m_regions[i]));
            ids.push_back(std::move(regionIds[i]));
        }
        m.m_regions = std::move(regions);
        regionIds = std::move(ids);
    }
    for (ExternalRegion &r : m.m_regions) {
        r.isEverything = r.addresses == IpSet::all();
        r.isPublic = r.addresses.intersects(IpSet::publicAddresses());
        r.label =
            r.isEverything
                ? QCoreApplication::translate("parapet::netpol::ConnectivityMatrix", "any address")
                : r.addresses.toString();
    }
    PortSetTable &table = ev.table();
    for (int w : m.m_workloads) {
        if (!shown(w))
            continue;
        const auto &cls = a.classesOfWorkload(w);
        for (std::size_t r = 0; r < m.m_regions.size(); ++r) {
            for (int dirOffset : {0, 1}) {
                int uni = PortSetTable::None;
                int inter = PortSetTable::All;
                for (int c : cls) {
                    const int id = regionIds[r][std::size_t(dirOffset) * nc + std::size_t(c)];
                    uni = table.unite(uni, id);
                    inter = table.intersect(inter, id);
                }
                if (uni == PortSetTable::None)
                    continue;
                MatrixCell cell;
                cell.src = dirOffset == 0 ? w : int(r);
                cell.dst = dirOffset == 0 ? int(r) : w;
                cell.ports = uni;
                cell.partial = uni != inter;
                cell.implementationDefined = workloads[std::size_t(w)].hostNetwork;
                (dirOffset == 0 ? m.m_egress : m.m_ingress).push_back(cell);
            }
        }
    }
    m.m_table = std::move(ev.table());
    return m;
}

} // namespace parapet::netpol
