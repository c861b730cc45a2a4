#include "result.h"

namespace parapet {

QString SourceLocation::toString() const
{
    if (line == 0)
        return file;
    QString s = file + u':' + QString::number(line);
    if (column > 0)
        s += u':' + QString::number(column);
    return s;
}

QString Error::toString() const
{
    const QString where = location.toString();
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace parapet
