#pragma once

#include <array>
#include <optional>
#include <QString>
#include <vector>

namespace parapet::netpol {

/// The protocols a NetworkPolicy port may name (TCP is the API default).
enum class Protocol : quint8
{
    TCP,
    UDP,
    SCTP
};
constexpr int kProtocolCount = 3;
constexpr int kMaxPort = 65535;

QString protocolName(Protocol p);
/// `TCP`, `UDP`, `SCTP` (exact, as the API accepts them); nullopt otherwise.
std::optional<Protocol> parseProtocol(QStringView text);

/// A set of (protocol, port) pairs: per protocol, sorted disjoint inclusive port ranges within
/// 1..65535. Used for what a rule allows and what a connection may use.
class PortSet
{
public:
    struct Range
    {
        int first = 0;
        int last = 0;
        bool operator==(const Range &) const = default;
    };

    static PortSet all();
    static PortSet none() { return {}; }

    void add(Protocol p, int first, int last);
    void addAll(Protocol p) { add(p, 1, kMaxPort); }
    void add(const PortSet &other);

    PortSet united(const PortSet &other) const;
    PortSet intersected(const PortSet &other) const;
    PortSet subtracted(const PortSet &other) const;

    bool isEmpty() const;
    bool isAll() const;
    bool contains(Protocol p, int port) const;
    const std::vector<Range> &ranges(Protocol p) const { return m_ranges[std::size_t(p)]; }
    /// Number of (protocol, port) pairs.
    qint64 size() const;

    /// `all`, `TCP 80,443,8000-8100 UDP 53`, `TCP all`, or `none`.
    QString toString() const;
    /// Hashable canonical form.
    QString key() const { return toString(); }

    bool operator==(const PortSet &) const = default;

private:
    std::array<std::vector<Range>, kProtocolCount> m_ranges;
};

} // namespace parapet::netpol
