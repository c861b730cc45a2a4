#include "ipaddress.h"

#include <algorithm>
#include <QCoreApplication>

namespace parapet::netpol {

namespace {

constexpr IpValue kV4Base = IpValue(0xffffu) << 32;
constexpr IpValue kV4Last = kV4Base | IpValue(0xffffffffu);
constexpr IpValue kMax = ~IpValue(0);

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::netpol::Cidr", text);
}

std::optional<quint32> parseV4(QStringView s)
{
    const auto parts = s.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 v = 0;
    for (QStringView p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return std::nullopt;
        int n = 0;
        for (QChar c : p) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
            n = n * 10 + (c.unicode() - u'0');
        }
        if (n > 255)
            return std::nullopt;
        v = (v << 8) | quint32(n);
    }
    return v;
}

// Hex groups of one side of "::"; a dotted IPv4 tail counts as two groups.
bool parseGroups(QStringView s, bool allowV4Tail, std::vector<quint16> &out)
{
    if (s.isEmpty())
        return true;
    const auto parts = s.split(u':');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView p = parts[i];
        if (i + 1 == parts.size() && allowV4Tail && p.contains(u'.')) {
            const auto v4 = parseV4(p);
            if (!v4)
                return false;
            out.push_back(quint16(*v4 >> 16));
            out.push_back(quint16(*v4 & 0xffff));
            return true;
        }
        if (p.isEmpty() || p.size() > 4)
            return false;
        bool ok = false;
        const uint v = p.toUInt(&ok, 16);
        if (!ok)
            return false;
        out.push_back(quint16(v));
    }
    return true;
}

std::optional<IpValue> parseV6(QStringView s)
{
    const qsizetype gap = s.indexOf(QStringLiteral("::"));
    std::vector<quint16> head;
    std::vector<quint16> tail;
    if (gap >= 0) {
        if (s.indexOf(QStringLiteral("::"), gap + 1) >= 0)
            return std::nullopt;
        if (!parseGroups(s.left(gap), false, head) || !parseGroups(s.mid(gap + 2), true, tail))
            return std::nullopt;
        if (head.size() + tail.size() > 7)
            return std::nullopt;
    } else {
        if (!parseGroups(s, true, head) || head.size() != 8)
            return std::nullopt;
    }
    IpValue v = 0;
    for (quint16 g : head)
        v = (v << 16) | g;
    for (std::size_t i = head.size() + tail.size(); i < 8; ++i)
        v <<= 16;
    for (quint16 g : tail)
        v = (v << 16) | g;
    return v;
}

int trailingZeros(IpValue v, int bits)
{
    if (v == 0)
        return bits;
    int n = 0;
    while (n < bits && !(v & 1)) {
        v >>= 1;
        ++n;
    }
    return n;
}

// Splits [first, last] (offsets within a family of \a bits bits) into aligned blocks.
void decompose(IpValue first, IpValue last, int bits, IpValue base, bool v4, std::vector<Cidr> &out)
{
    while (true) {
        int k = trailingZeros(first, bits);
        // Shrink the block until it fits into [first, last].
        while (k > 0) {
            const IpValue span = k >= 128 ? kMax : (IpValue(1) << k) - 1;
            if (span <= last - first)
                break;
            --k;
        }
        Cidr c;
        c.network = IpAddress{base + first};
        c.prefix = bits - k;
        c.v4 = v4;
        out.push_back(c);
        const IpValue span = k >= 128 ? kMax : (IpValue(1) << k) - 1;
        if (last - first == span)
            return;
        first += span + 1;
    }
}

} // namespace

IpAddress IpAddress::fromV4(quint32 v4)
{
    return IpAddress{kV4Base | v4};
}

std::optional<IpAddress> IpAddress::parse(QStringView text)
{
    if (text.contains(u':')) {
        const auto v = parseV6(text);
        if (!v)
            return std::nullopt;
        return IpAddress{*v};
    }
    const auto v4 = parseV4(text);
    if (!v4)
        return std::nullopt;
    return fromV4(*v4);
}

bool IpAddress::isV4() const
{
    return value >= kV4Base && value <= kV4Last;
}

QString IpAddress::toString() const
{
    if (isV4()) {
        const auto v = quint32(value & 0xffffffffu);
        return QString::number(v >> 24) + u'.' + QString::number((v >> 16) & 255) + u'.' +
               QString::number((v >> 8) & 255) + u'.' + QString::number(v & 255);
    }
    return toV6String();
}

QString IpAddress::toV6String() const
{
    quint16 g[8];
    for (int i = 0; i < 8; ++i)
        g[i] = quint16(value >> (16 * (7 - i)));
    // Longest run of zero groups (at least two) becomes "::" (RFC 5952).
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8;) {
        if (g[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && g[j] == 0)
            ++j;
        if (j - i > bestLen) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QStringLiteral("::");
            i += bestLen - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':'))
            out += u':';
        out += QString::number(g[i], 16);
    }
    return out;
}

Result<Cidr> Cidr::parse(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return Error{Error::Code::Invalid,
                     tr("\"%1\" is not a CIDR (address/prefix)").arg(text.toString()),
                     {}};
    const auto address = IpAddress::parse(text.left(slash));
    bool ok = false;
    const QStringView prefixText = text.mid(slash + 1);
    const int prefix = prefixText.toInt(&ok, 10);
    const bool v4 = !text.left(slash).contains(u':');
    const int bits = v4 ? 32 : 128;
    if (!address || !ok || prefix < 0 || prefix > bits || prefixText.startsWith(u'+') ||
        prefixText.startsWith(u'-'))
        return Error{
            Error::Code::Invalid, tr("\"%1\" is not a valid CIDR").arg(text.toString()), {}};
    Cidr c;
    c.v4 = v4;
    c.prefix = prefix;
    const IpValue offset = v4 ? address->value - kV4Base : address->value;
    const int hostBits = bits - prefix;
    const IpValue hostMask = hostBits >= 128 ? kMax : (IpValue(1) << hostBits) - 1;
    c.hostBitsSet = (offset & hostMask) != 0;
    c.network = IpAddress{(v4 ? kV4Base : 0) + (offset & ~hostMask)};
    return c;
}

IpRange Cidr::range() const
{
    const int hostBits = (v4 ? 32 : 128) - prefix;
    const IpValue hostMask = hostBits >= 128 ? kMax : (IpValue(1) << hostBits) - 1;
    return {network, IpAddress{network.value | hostMask}};
}

QString Cidr::toString() const
{
    return (v4 ? network.toString() : network.toV6String()) + u'/' + QString::number(prefix);
}

bool Cidr::strictlyContains(const Cidr &other) const
{
    if (other.v4 != v4 || other.prefix <= prefix)
        return false;
    return range().contains(other.network);
}

IpSet IpSet::all()
{
    IpSet s;
    s.m_ranges.push_back({IpAddress{0}, IpAddress{kMax}});
    return s;
}

IpSet IpSet::allV4()
{
    IpSet s;
    s.m_ranges.push_back({IpAddress{kV4Base}, IpAddress{kV4Last}});
    return s;
}

IpSet IpSet::allV6()
{
    IpSet s;
    s.m_ranges.push_back({IpAddress{0}, IpAddress{kV4Base - 1}});
    s.m_ranges.push_back({IpAddress{kV4Last + 1}, IpAddress{kMax}});
    return s;
}

const IpSet &IpSet::publicAddresses()
{
    static const IpSet set = [] {
        IpSet s;
        s.add(fromCidr(*Cidr::parse(u"0.0.0.0/0")));
        s.add(fromCidr(*Cidr::parse(u"2000::/3")));
        const char16_t *reserved[] = {
            u"0.0.0.0/8",      u"10.0.0.0/8",    u"100.64.0.0/10",   u"127.0.0.0/8",
            u"169.254.0.0/16", u"172.16.0.0/12", u"192.0.0.0/24",    u"192.0.2.0/24",
            u"192.168.0.0/16", u"198.18.0.0/15", u"198.51.100.0/24", u"203.0.113.0/24",
            u"224.0.0.0/4",    u"240.0.0.0/4",   u"2001:db8::/32",
        };
        for (const char16_t *r : reserved)
            s.subtract(fromCidr(*Cidr::parse(QStringView(r))));
        return s;
    }();
    return set;
}

const IpSet &IpSet::podAssignableV4()
{
    static const IpSet set = [] {
        IpSet s = allV4();
        // "This network", loopback, link-local (the cloud metadata address lives here),
        // multicast, reserved and broadcast: never a pod's address.
        for (const char16_t *r :
             {u"0.0.0.0/8", u"127.0.0.0/8", u"169.254.0.0/16", u"224.0.0.0/4", u"240.0.0.0/4"})
            s.subtract(fromCidr(*Cidr::parse(QStringView(r))));
        return s;
    }();
    return set;
}

IpSet IpSet::fromCidr(const Cidr &cidr)
{
    IpSet s;
    s.add(cidr.range());
    if (!cidr.v4)
        s = s.intersected(allV6());
    return s;
}

void IpSet::add(IpRange r)
{
    std::vector<IpRange> out;
    out.reserve(m_ranges.size() + 1);
    bool placed = false;
    for (const IpRange &x : m_ranges) {
        const bool beforeR = x.last.value != kMax && x.last.value + 1 < r.first.value;
        const bool afterR = r.last.value != kMax && r.last.value + 1 < x.first.value;
        if (beforeR) {
            out.push_back(x);
        } else if (afterR) {
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
    m_ranges = std::move(out);
}

void IpSet::add(const IpSet &other)
{
    for (const IpRange &r : other.m_ranges)
        add(r);
}

void IpSet::subtract(const IpSet &other)
{
    *this = subtracted(other);
}

IpSet IpSet::united(const IpSet &other) const
{
    IpSet s = *this;
    s.add(other);
    return s;
}

IpSet IpSet::intersected(const IpSet &other) const
{
    IpSet s;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < m_ranges.size() && j < other.m_ranges.size()) {
        const IpRange &a = m_ranges[i];
        const IpRange &b = other.m_ranges[j];
        const IpAddress lo = std::max(a.first, b.first);
        const IpAddress hi = std::min(a.last, b.last);
        if (lo <= hi)
            s.m_ranges.push_back({lo, hi});
        if (a.last < b.last)
            ++i;
        else
            ++j;
    }
    return s;
}

IpSet IpSet::subtracted(const IpSet &other) const
{
    IpSet s;
    std::size_t j = 0;
    for (IpRange a : m_ranges) {
        while (j < other.m_ranges.size() && other.m_ranges[j].last < a.first)
            ++j;
        std::size_t k = j;
        bool alive = true;
        while (alive && k < other.m_ranges.size() && other.m_ranges[k].first <= a.last) {
            const IpRange &b = other.m_ranges[k];
            if (b.first > a.first)
                s.m_ranges.push_back({a.first, IpAddress{b.first.value - 1}});
            if (b.last >= a.last)
                alive = false;
            else
                a.first = IpAddress{b.last.value + 1};
            ++k;
        }
        if (alive)
            s.m_ranges.push_back(a);
    }
    return s;
}

bool IpSet::contains(IpAddress a) const
{
    auto it = std::upper_bound(m_ranges.begin(), m_ranges.end(), a,
                               [](IpAddress v, const IpRange &r) { return v < r.first; });
    if (it == m_ranges.begin())
        return false;
    --it;
    return it->contains(a);
}

bool IpSet::containsAll(const IpSet &other) const
{
    return other.subtracted(*this).isEmpty();
}

bool IpSet::intersects(const IpSet &other) const
{
    return !intersected(other).isEmpty();
}

std::vector<Cidr> IpSet::toCidrs() const
{
    std::vector<Cidr> out;
    for (const IpRange &r : intersected(allV4()).m_ranges)
        decompose(r.first.value - kV4Base, r.last.value - kV4Base, 32, kV4Base, true, out);
    // IPv6 CIDRs never cover the IPv4-mapped block, so adding it lets blocks span it.
    IpSet v6 = intersected(allV6());
    if (!v6.isEmpty()) {
        v6.add(IpRange{IpAddress{kV4Base}, IpAddress{kV4Last}});
        std::vector<Cidr> blocks;
        for (const IpRange &r : v6.m_ranges)
            decompose(r.first.value, r.last.value, 128, 0, false, blocks);
        for (const Cidr &c : blocks) {
            const IpRange cr = c.range();
            if (!(cr.first.value >= kV4Base && cr.last.value <= kV4Last))
                out.push_back(c);
        }
    }
    return out;
}

QString IpSet::toString(int maxCidrs) const
{
    auto list = [maxCidrs](const std::vector<Cidr> &cidrs) {
        QStringList parts;
        for (std::size_t i = 0; i < cidrs.size() && int(i) < maxCidrs; ++i)
            parts.append(cidrs[i].toString());
        QString s = parts.join(QStringLiteral(", "));
        if (int(cidrs.size()) > maxCidrs)
            s += QCoreApplication::translate("parapet::netpol::IpSet", "… (+%1 more)")
                     .arg(cidrs.size() - std::size_t(maxCidrs));
        return s;
    };
    const QString except = QCoreApplication::translate("parapet::netpol::IpSet", "except");
    QStringList families;
    for (const bool v4 : {true, false}) {
        const IpSet universe = v4 ? allV4() : allV6();
        const IpSet part = intersected(universe);
        if (part.isEmpty())
            continue;
        const QString whole = v4 ? QStringLiteral("0.0.0.0/0") : QStringLiteral("::/0");
        if (part == universe) {
            families.append(whole);
            continue;
        }
        // Three ways to say it; the one with the fewest blocks wins: the blocks themselves,
        // the smallest enclosing block minus holes, or the whole family minus holes.
        const std::vector<Cidr> direct = part.toCidrs();
        const IpValue base = v4 ? kV4Base : 0;
        const int bits = v4 ? 32 : 128;
        const IpValue lo = part.m_ranges.front().first.value - base;
        const IpValue hi = part.m_ranges.back().last.value - base;
        int common = 0;
        while (common < bits &&
               ((lo >> (bits - 1 - common)) & 1) == ((hi >> (bits - 1 - common)) & 1))
            ++common;
        Cidr enclosing;
        enclosing.v4 = v4;
        enclosing.prefix = common;
        const int hostBits = bits - common;
        const IpValue hostMask = hostBits >= 128 ? kMax : (IpValue(1) << hostBits) - 1;
        enclosing.network = IpAddress{base + (lo & ~hostMask)};
        const std::vector<Cidr> holes =
            fromCidr(enclosing).intersected(universe).subtracted(part).toCidrs();
        const std::vector<Cidr> complement = universe.subtracted(part).toCidrs();
        const std::size_t nEnclosing = 1 + holes.size();
        const std::size_t nComplement = 1 + complement.size();
        if (direct.size() <= nEnclosing && direct.size() <= nComplement)
            families.append(list(direct));
        else if (nEnclosing <= nComplement)
            families.append(enclosing.toString() + u' ' + except + u' ' + list(holes));
        else
            families.append(whole + u' ' + except + u' ' + list(complement));
    }
    return families.join(QStringLiteral(" + "));
}

} // namespace parapet::netpol
