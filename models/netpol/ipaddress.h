#pragma once

#include "kube/result.h"

#include <compare>
#include <optional>
#include <QString>
#include <QStringList>
#include <vector>

namespace parapet::netpol {

__extension__ typedef unsigned __int128 IpValue;

/// An IPv4 or IPv6 address in one 128-bit space: IPv4 addresses live in the IPv4-mapped range
/// `::ffff:0:0/96`, so that ranges of both families can be kept in one sorted interval set and
/// never overlap.
struct IpAddress
{
    IpValue value = 0;

    static IpAddress fromV4(quint32 v4);
    /// Dotted IPv4 or IPv6 text (with `::` and a dotted tail); nullopt when malformed.
    static std::optional<IpAddress> parse(QStringView text);

    bool isV4() const;
    /// `10.1.2.3` or `fd00::1`.
    QString toString() const;
    /// Always in IPv6 notation (`::ffff:a01:203` for an IPv4-mapped address).
    QString toV6String() const;

    auto operator<=>(const IpAddress &) const = default;
    bool operator==(const IpAddress &) const = default;
};

struct IpRange
{
    IpAddress first;
    IpAddress last; ///< inclusive

    bool contains(IpAddress a) const { return first <= a && a <= last; }
    bool operator==(const IpRange &) const = default;
};

/// A CIDR as written in an ipBlock: address, prefix length and family.
struct Cidr
{
    IpAddress network; ///< host bits cleared
    int prefix = 0;    ///< within its family (0..32 or 0..128)
    bool v4 = true;
    bool hostBitsSet = false; ///< written with host bits (`10.0.0.1/8`); the API masks them

    /// `10.0.0.0/8`, `fd00::/8`; a bare address is not a CIDR (the API requires the prefix).
    static Result<Cidr> parse(QStringView text);
    IpRange range() const;
    QString toString() const;
    /// Whether \a other is inside this block and strictly smaller (ipBlock.except rule).
    bool strictlyContains(const Cidr &other) const;
};

/// A set of addresses as sorted, disjoint, non-adjacent inclusive ranges.
class IpSet
{
public:
    IpSet() = default;
    static IpSet all();
    static IpSet allV4();
    static IpSet allV6();
    /// Publicly routable space: everything but private, loopback, link-local, CGNAT,
    /// multicast and reserved blocks (the "internet" of exposure findings).
    static const IpSet &publicAddresses();
    /// The IPv4 addresses a pod can have: all but 0.0.0.0/8, loopback, link-local,
    /// multicast and reserved (240.0.0.0/4). An ipBlock covering these surely contains a pod
    /// whose address is not known (a template), even with the metadata address excepted.
    static const IpSet &podAssignableV4();
    /// The addresses a CIDR covers; an IPv6 CIDR never covers IPv4-mapped addresses.
    static IpSet fromCidr(const Cidr &cidr);

    void add(IpRange range);
    void add(const IpSet &other);
    void subtract(const IpSet &other);

    IpSet united(const IpSet &other) const;
    IpSet intersected(const IpSet &other) const;
    IpSet subtracted(const IpSet &other) const;

    bool isEmpty() const { return m_ranges.empty(); }
    bool contains(IpAddress a) const;
    bool containsAll(const IpSet &other) const;
    bool intersects(const IpSet &other) const;
    const std::vector<IpRange> &ranges() const { return m_ranges; }

    /// The smallest list of CIDRs covering exactly this set.
    std::vector<Cidr> toCidrs() const;
    /// Compact text: `0.0.0.0/0 except 10.0.0.0/8`, `10.0.0.0/8, 192.168.1.0/24`, `::/0`;
    /// lists longer than \a maxCidrs end in `… (+N more)`.
    QString toString(int maxCidrs = 8) const;

    bool operator==(const IpSet &) const = default;

private:
    std::vector<IpRange> m_ranges;
};

} // namespace parapet::netpol
