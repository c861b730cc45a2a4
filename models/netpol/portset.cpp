#include "portset.h"

#include <algorithm>
#include <QCoreApplication>
#include <QStringList>

namespace parapet::netpol {

QString protocolName(Protocol p)
{
    switch (p) {
    case Protocol::TCP:
        return QStringLiteral("TCP");
    case Protocol::UDP:
        return QStringLiteral("UDP");
    case Protocol::SCTP:
        return QStringLiteral("SCTP");
    }
    return {};
}

std::optional<Protocol> parseProtocol(QStringView text)
{
    if (text == u"TCP")
        return Protocol::TCP;
    if (text == u"UDP")
        return Protocol::UDP;
    if (text == u"SCTP")
        return Protocol::SCTP;
    return std::nullopt;
}

PortSet PortSet::all()
{
    PortSet s;
    for (int p = 0; p < kProtocolCount; ++p)
        s.addAll(Protocol(p));
    return s;
}

void PortSet::add(Protocol p, int first, int last)
{
    first = std::max(first, 1);
    last = std::min(last, kMaxPort);
    if (first > last)
        return;
    std::vector<Range> &v = m_ranges[std::size_t(p)];
    std::vector<Range> out;
    out.reserve(v.size() + 1);
    Range r{first, last};
    bool placed = false;
    for (const Range &x : v) {
        if (x.last + 1 < r.first) {
            out.push_back(x);
        } else if (r.last + 1 < x.first) {
            if (!placed) {
                out.push_back(r);
                placed = true;
            }
            out.push_back(x);
        } else {
            r.first = std::min(r.first, x.first);
            r.last = std::max(r.last, x.last);
        }
    }
    if (!placed)
        out.push_back(r);
    v = std::move(out);
}

void PortSet::add(const PortSet &other)
{
    for (int p = 0; p < kProtocolCount; ++p)
        for (const Range &r : other.m_ranges[std::size_t(p)])
            add(Protocol(p), r.first, r.last);
}

PortSet PortSet::united(const PortSet &other) const
{
    PortSet s = *this;
    s.add(other);
    return s;
}

PortSet PortSet::intersected(const PortSet &other) const
{
    PortSet s;
    for (std::size_t p = 0; p < kProtocolCount; ++p) {
        const auto &a = m_ranges[p];
        const auto &b = other.m_ranges[p];
        std::size_t i = 0;
        std::size_t j = 0;
        while (i < a.size() && j < b.size()) {
            const int lo = std::max(a[i].first, b[j].first);
            const int hi = std::min(a[i].last, b[j].last);
            if (lo <= hi)
                s.m_ranges[p].push_back({lo, hi});
            if (a[i].last < b[j].last)
                ++i;
            else
                ++j;
        }
    }
    return s;
}

PortSet PortSet::subtracted(const PortSet &other) const
{
    PortSet s;
    for (std::size_t p = 0; p < kProtocolCount; ++p) {
        for (Range a : m_ranges[p]) {
            bool alive = true;
            for (const Range &b : other.m_ranges[p]) {
                if (b.last < a.first || b.first > a.last)
                    continue;
                if (b.first > a.first)
                    s.m_ranges[p].push_back({a.first, b.first - 1});
                if (b.last >= a.last) {
                    alive = false;
                    break;
                }
                a.first = b.last + 1;
            }
            if (alive)
                s.m_ranges[p].push_back(a);
        }
    }
    return s;
}

bool PortSet::isEmpty() const
{
    return std::all_of(m_ranges.begin(), m_ranges.end(), [](const auto &v) { return v.empty(); });
}

bool PortSet::isAll() const
{
    return std::all_of(m_ranges.begin(), m_ranges.end(), [](const auto &v) {
        return v.size() == 1 && v.front().first == 1 && v.front().last == kMaxPort;
    });
}

bool PortSet::contains(Protocol p, int port) const
{
    for (const Range &r : m_ranges[std::size_t(p)])
        if (port >= r.first && port <= r.last)
            return true;
    return false;
}

qint64 PortSet::size() const
{
    qint64 n = 0;
    for (const auto &v : m_ranges)
        for (const Range &r : v)
            n += r.last - r.first + 1;
    return n;
}

QString PortSet::toString() const
{
    if (isEmpty())
        return QCoreApplication::translate("parapet::netpol::PortSet", "none");
    if (isAll())
        return QCoreApplication::translate("parapet::netpol::PortSet", "all");
    QStringList parts;
    for (int p = 0; p < kProtocolCount; ++p) {
        const auto &v = m_ranges[std::size_t(p)];
        if (v.empty())
            continue;
        QString s = protocolName(Protocol(p)) + u' ';
        if (v.size() == 1 && v.front().first == 1 && v.front().last == kMaxPort) {
            s += QCoreApplication::translate("parapet::netpol::PortSet", "all");
        } else {
            QStringList ranges;
            for (const Range &r : v)
                ranges.append(r.first == r.last
                                  ? QString::number(r.first)
                                  : QString::number(r.first) + u'-' + QString::number(r.last));
            s += ranges.join(u',');
        }
        parts.append(s);
    }
    return parts.join(u' ');
}

} // namespace parapet::netpol
