// Unified diff of two texts: Myers' O((N+M)D) shortest edit script on lines, hunks as diff -u
// writes them.

#include "fixset.h"

#include <algorithm>

namespace parapet::remediation {

namespace {

struct Lines
{
    QStringList lines;
    bool finalNewline = true; ///< false when the text does not end with '\n'
};

Lines splitLines(const QString &text)
{
    Lines out;
    if (text.isEmpty())
        return out;
    out.lines = text.split(u'\n');
    if (text.endsWith(u'\n'))
        out.lines.removeLast();
    else
        out.finalNewline = false;
    return out;
}

enum class Op : std::uint8_t
{
    Equal,
    Delete,
    Insert
};

struct Edit
{
    Op op;
    int oldIndex; ///< line of the old text (Equal, Delete)
    int newIndex; ///< line of the new text (Equal, Insert)
};

// Beyond this many differing lines the trace would grow too large: one change of everything
// (still a correct diff, just not a minimal one).
constexpr int kMaxEditDistance = 4000;

std::vector<Edit> editScript(const QStringList &a, const QStringList &b)
{
    const int n = int(a.size()), m = int(b.size());
    std::vector<Edit> out;
    // Common prefix and suffix first: most fixes touch a few lines of a long object.
    int prefix = 0;
    while (prefix < n && prefix < m && a[prefix] == b[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix] == b[m - 1 - suffix])
        ++suffix;
    for (int i = 0; i < prefix; ++i)
        out.push_back({Op::Equal, i, i});

    const int an = n - prefix - suffix, bm = m - prefix - suffix;
    const auto A = [&](int i) -> const QString & { return a[prefix + i]; };
    const auto B = [&](int j) -> const QString & { return b[prefix + j]; };
    std::vector<Edit> middle;
    const int max = an + bm;
    const int offset = max + 1;
    std::vector<int> v(std::size_t(2 * max + 3), 0);
    std::vector<std::vector<int>> trace; // trace[d]: v[-d-1 .. d+1] before step d
    int found = -1;
    for (int d = 0; d <= std::min(max, kMaxEditDistance); ++d) {
        trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d ||
                     (k != d && v[std::size_t(offset + k - 1)] < v[std::size_t(offset + k + 1)]))
                        ? v[std::size_t(offset + k + 1)]
                        : v[std::size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < an && y < bm && A(x) == B(y)) {
                ++x;
                ++y;
            }
            v[std::size_t(offset + k)] = x;
            if (x >= an && y >= bm) {
                found = d;
                break;
            }
        }
        if (found >= 0)
            break;
    }
    if (found < 0) {
        for (int i = 0; i < an; ++i)
            middle.push_back({Op::Delete, i, 0});
        for (int j = 0; j < bm; ++j)
            middle.push_back({Op::Insert, an, j});
    } else {
        int x = an, y = bm;
        std::vector<Edit> reversed;
        for (int d = found; d > 0; --d) {
            const std::vector<int> &vd = trace[std::size_t(d)];
            const auto at = [&](int k) { return vd[std::size_t(k + d + 1)]; };
            const int k = x - y;
            const int prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
            const int prevX = at(prevK);
            const int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                --x;
                --y;
                reversed.push_back({Op::Equal, x, y});
            }
            if (x == prevX)
                reversed.push_back({Op::Insert, x, prevY});
            else
                reversed.push_back({Op::Delete, prevX, y});
            x = prevX;
            y = prevY;
        }
        while (x > 0 && y > 0) {
            --x;
            --y;
            reversed.push_back({Op::Equal, x, y});
        }
        middle.assign(reversed.rbegin(), reversed.rend());
        // Within each run of changes, deletions first (as diff(1) prints them).
        for (std::size_t i = 0; i < middle.size();) {
            if (middle[i].op == Op::Equal) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < middle.size() && middle[j].op != Op::Equal)
                ++j;
            std::stable_partition(middle.begin() + std::ptrdiff_t(i),
                                  middle.begin() + std::ptrdiff_t(j),
                                  [](const Edit &e) { return e.op == Op::Delete; });
            i = j;
        }
    }
    for (Edit e : middle) {
        e.oldIndex += prefix;
        e.newIndex += prefix;
        out.push_back(e);
    }
    for (int i = 0; i < suffix; ++i)
        out.push_back({Op::Equal, n - suffix + i, m - suffix + i});
    return out;
}

QString range(int start, int count)
{
    // diff -u: `l` for one line, `l,n` otherwise; an empty range names the line before it.
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(count == 0 ? start : start + 1).arg(count);
}

} // namespace

QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldName,
                    const QString &newName, int context)
{
    if (oldText == newText)
        return QString();
    context = std::max(0, context);
    const Lines a = splitLines(oldText), b = splitLines(newText);
    // A missing final newline makes the last line differ, as in diff(1).
    QStringList al = a.lines, bl = b.lines;
    if (!a.finalNewline && !al.isEmpty())
        al.last() += QChar(0);
    if (!b.finalNewline && !bl.isEmpty())
        bl.last() += QChar(0);
    const std::vector<Edit> edits = editScript(al, bl);

    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(oldName, newName);
    const auto emitLine = [&](QChar sign, int index, const Lines &src) {
        out += sign;
        out += src.lines[index];
        out += u'\n';
        if (index == int(src.lines.size()) - 1 && !src.finalNewline)
            out += QStringLiteral("\\ No newline at end of file\n");
    };
    const int total = int(edits.size());
    int i = 0;
    while (i < total) {
        while (i < total && edits[std::size_t(i)].op == Op::Equal)
            ++i;
        if (i >= total)
            break;
        // A hunk: from `context` equal lines before the change to the end of the last change
        // followed by fewer than 2*context+1 equal lines, plus `context` after.
        const int start = std::max(0, i - context);
        int end = i;
        int j = i;
        while (j < total) {
            if (edits[std::size_t(j)].op != Op::Equal) {
                end = j + 1;
                ++j;
                continue;
            }
            int k = j;
            while (k < total && edits[std::size_t(k)].op == Op::Equal)
                ++k;
            if (k >= total || k - j > 2 * context)
                break;
            j = k;
        }
        const int stop = std::min(total, end + context);
        int oldStart = -1, newStart = -1, oldCount = 0, newCount = 0;
        for (int e = start; e < stop; ++e) {
            const Edit &ed = edits[std::size_t(e)];
            if (ed.op != Op::Insert) {
                if (oldStart < 0)
                    oldStart = ed.oldIndex;
                ++oldCount;
            }
            if (ed.op != Op::Delete) {
                if (newStart < 0)
                    newStart = ed.newIndex;
                ++newCount;
            }
        }
        // An empty side starts after the lines before the hunk.
        if (oldStart < 0)
            oldStart = edits[std::size_t(start)].oldIndex;
        if (newStart < 0)
            newStart = edits[std::size_t(start)].newIndex;
        out += QStringLiteral("@@ -%1 +%2 @@\n")
                   .arg(range(oldStart, oldCount), range(newStart, newCount));
        for (int e = start; e < stop; ++e) {
            const Edit &ed = edits[std::size_t(e)];
            switch (ed.op) {
            case Op::Equal:
                emitLine(u' ', ed.oldIndex, a);
                break;
            case Op::Delete:
                emitLine(u'-', ed.oldIndex, a);
                break;
            case Op::Insert:
                emitLine(u'+', ed.newIndex, b);
                break;
            }
        }
        i = stop;
    }
    return out;
}

} // namespace parapet::remediation
