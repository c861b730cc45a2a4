#include "tableprinter.h"

#include <algorithm>

namespace parapet::cli {

void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return;
    QList<qsizetype> widths;
    for (const QStringList &r : rows) {
        if (widths.size() < r.size())
            widths.resize(r.size(), 0);
        for (qsizetype i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], r[i].size());
    }
    for (const QStringList &r : rows) {
        QString line;
        for (qsizetype i = 0; i < r.size(); ++i)
            line += i + 1 == r.size() ? r[i] : r[i].leftJustified(widths[i] + 3);
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        line.truncate(end);
        out << line << '\n';
    }
}

} // namespace parapet::cli
