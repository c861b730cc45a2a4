#include "connectivitydiff.h"

#include <algorithm>
#include <map>
#include <QCoreApplication>

namespace parapet::netpol {

namespace {

using PairMap = std::map<std::pair<QString, QString>, PortSet>;

PairMap pairsOf(const ConnectivityMatrix &m)
{
    PairMap out;
    const auto &wl = m.analysis().endpoints().workloads;
    for (const MatrixCell &c : m.pairs())
        out[{wl[std::size_t(c.src)].key(), wl[std::size_t(c.dst)].key()}] = m.ports(c);
    return out;
}

// Per workload key and direction (0 egress, 1 ingress): the outside, region by region.
using Outside = std::vector<std::pair<IpSet, PortSet>>;
std::map<QString, std::array<Outside, 2>> outsideOf(const ConnectivityMatrix &m)
{
    std::map<QString, std::array<Outside, 2>> out;
    const auto &wl = m.analysis().endpoints().workloads;
    const auto &regions = m.regions();
    for (int w : m.workloads()) {
        auto &entry = out[wl[std::size_t(w)].key()];
        for (auto &list : entry)
            for (const ExternalRegion &r : regions)
                list.push_back({r.addresses, PortSet::none()});
    }
    for (const MatrixCell &c : m.egressToExternal())
        out[wl[std::size_t(c.src)].key()][0][std::size_t(c.dst)].second = m.ports(c);
    for (const MatrixCell &c : m.ingressFromExternal())
        out[wl[std::size_t(c.dst)].key()][1][std::size_t(c.src)].second = m.ports(c);
    return out;
}

ConnectivityChange::Kind kindOf(const PortSet &before, const PortSet &after)
{
    if (before.isEmpty())
        return ConnectivityChange::Kind::Added;
    if (after.isEmpty())
        return ConnectivityChange::Kind::Removed;
    return ConnectivityChange::Kind::Changed;
}

} // namespace

QString changeKindName(ConnectivityChange::Kind k)
{
    switch (k) {
    case ConnectivityChange::Kind::Added:
        return QStringLiteral("added");
    case ConnectivityChange::Kind::Removed:
        return QStringLiteral("removed");
    case ConnectivityChange::Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

std::vector<ConnectivityChange> diffConnectivity(const ConnectivityMatrix &before,
                                                 const ConnectivityMatrix &after)
{
    std::vector<ConnectivityChange> out;
    const PairMap b = pairsOf(before);
    const PairMap a = pairsOf(after);
    auto emit = [&](const std::pair<QString, QString> &key, const PortSet &x, const PortSet &y) {
        if (x == y)
            return;
        ConnectivityChange c;
        c.kind = kindOf(x, y);
        c.from = key.first;
        c.to = key.second;
        c.before = x;
        c.after = y;
        out.push_back(std::move(c));
    };
    for (const auto &[key, ports] : b) {
        auto it = a.find(key);
        emit(key, ports, it == a.end() ? PortSet::none() : it->second);
    }
    for (const auto &[key, ports] : a)
        if (b.find(key) == b.end())
            emit(key, PortSet::none(), ports);

    auto ob = outsideOf(before);
    auto oa = outsideOf(after);
    std::vector<QString> keys;
    for (const auto &[k, v] : ob)
        keys.push_back(k);
    for (const auto &[k, v] : oa)
        keys.push_back(k);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    const Outside nothing{{IpSet::all(), PortSet::none()}};
    for (const QString &key : keys) {
        for (std::size_t dir = 0; dir < 2; ++dir) {
            auto ib = ob.find(key);
            auto ia = oa.find(key);
            const Outside &lb = ib == ob.end() ? nothing : ib->second[dir];
            const Outside &la = ia == oa.end() ? nothing : ia->second[dir];
            // Group the addresses whose ports changed the same way.
            std::map<std::pair<QString, QString>, std::pair<IpSet, std::pair<PortSet, PortSet>>>
                groups;
            for (const auto &[ipsB, portsB] : lb) {
                for (const auto &[ipsA, portsA] : la) {
                    if (portsB == portsA)
                        continue;
                    const IpSet common = ipsB.intersected(ipsA);
                    if (common.isEmpty())
                        continue;
                    auto &g = groups[{portsB.key(), portsA.key()}];
                    g.first.add(common);
                    g.second = {portsB, portsA};
                }
            }
            for (const auto &[k, g] : groups) {
                ConnectivityChange c;
                c.kind = kindOf(g.second.first, g.second.second);
                const QString outside =
                    g.first == IpSet::all()
                        ? QCoreApplication::translate("parapet::netpol::ConnectivityMatrix",
                                                      "any address")
                        : g.first.toString();
                c.from = dir == 0 ? key : outside;
                c.to = dir == 0 ? outside : key;
                c.fromOutside = dir == 1;
                c.toOutside = dir == 0;
                c.before = g.second.first;
                c.after = g.second.second;
                out.push_back(std::move(c));
            }
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ConnectivityChange &x, const ConnectivityChange &y) {
                         return std::tie(x.kind, x.from, x.to) < std::tie(y.kind, y.from, y.to);
                     });
    return out;
}

} // namespace parapet::netpol
