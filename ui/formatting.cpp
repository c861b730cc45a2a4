#include "formatting.h"

#include <QLocale>

namespace parapet::ui {

QString Format::count(qint64 n)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(n);
}

qint64 Format::ageSeconds(const QDateTime &from, const QDateTime &now)
{
    if (!from.isValid() || !now.isValid())
        return -1;
    return std::max<qint64>(0, from.secsTo(now));
}

QString Format::age(const QDateTime &from, const QDateTime &now)
{
    const qint64 s = ageSeconds(from, now);
    if (s < 0)
        return {};
    if (s < 120)
        return QString::number(s) + u's';
    if (s < 120 * 60)
        return QString::number(s / 60) + u'm';
    if (s < 48 * 3600)
        return QString::number(s / 3600) + u'h';
    if (s < 2 * 365 * 86400LL)
        return QString::number(s / 86400) + u'd';
    return QString::number(s / (365 * 86400LL)) + u'y';
}

QString Format::dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString Format::kubernetesVersion(const QString &version)
{
    if (version.isEmpty())
        return tr("Kubernetes version unknown");
    return tr("Kubernetes %1").arg(version);
}

QString Format::location(const SourceLocation &location, const QString &root, bool withColumn)
{
    QString file = location.file;
    if (!root.isEmpty() && file.startsWith(root) && file.size() > root.size())
        file = file.mid(root.size());
    if (location.line == 0)
        return file;
    QString out = file + u':' + QString::number(location.line);
    if (withColumn && location.column > 0)
        out += u':' + QString::number(location.column);
    return out;
}

QDateTime Format::timestamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace parapet::ui
