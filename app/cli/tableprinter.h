#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace parapet::cli {

/// Prints \a rows (the first is the header) as kubectl prints tables: columns left-aligned,
/// three spaces apart, no trailing white space.
void printTable(QTextStream &out, const QList<QStringList> &rows);

} // namespace parapet::cli
