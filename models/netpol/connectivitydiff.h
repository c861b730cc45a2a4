#pragma once

#include "connectivitymatrix.h"

#include <QString>
#include <vector>

namespace parapet::netpol {

/// A connection that appears, disappears or changes ports between two inventories (before and
/// after editing policies). Ends are workload keys (`shop/Deployment/cart`) or, for traffic
/// with the outside, address ranges.
struct ConnectivityChange
{
    enum class Kind : quint8
    {
        Added,
        Removed,
        Changed
    };
    Kind kind = Kind::Added;
    QString from;
    QString to;
    bool fromOutside = false; ///< \a from is an address range
    bool toOutside = false;   ///< \a to is an address range
    PortSet before;
    PortSet after;

    PortSet opened() const { return after.subtracted(before); }
    PortSet closed() const { return before.subtracted(after); }
};

QString changeKindName(ConnectivityChange::Kind k); ///< `added`, `removed`, `changed`

/// Workload pairs (by key) and each workload's traffic with the outside (compared address by
/// address, whatever ipBlocks cut the space in each inventory). Sorted by kind, then ends.
std::vector<ConnectivityChange> diffConnectivity(const ConnectivityMatrix &before,
                                                 const ConnectivityMatrix &after);

} // namespace parapet::netpol
