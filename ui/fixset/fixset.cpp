#include "fixset.h"

#include "checks/scanner.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace parapet::ui {

namespace {

const QString kReviewed = QStringLiteral("reviewed");
const QString kLast = QStringLiteral("lastControl");
const QString kExceptions = QStringLiteral("exceptionsFile");
const QString kExceptionsFileName = QStringLiteral("parapet-exceptions.yaml");

} // namespace

FixSet::FixSet(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("fixSet"));
}

QString FixSet::sourceKey(const LoadRequest &request)
{
    switch (request.kind) {
    case LoadRequest::Kind::Demo:
        return QStringLiteral("demo");
    case LoadRequest::Kind::Paths: {
        QStringList paths;
        for (const QString &p : request.paths)
            paths.append(QFileInfo(p).absoluteFilePath());
        std::sort(paths.begin(), paths.end());
        paths.removeDuplicates();
        return u"paths:" + paths.join(u'\n');
    }
    default:
        // A live cluster: its short name is the kubeconfig context.
        return u"live:" + request.shortName();
    }
}

void FixSet::setSource(const LoadResult &result)
{
    const QString key = sourceKey(result.request);
    const bool sameSource = m_hasSource && key == m_key;
    m_request = result.request;
    m_inventory = result.inventory;
    m_hasSource = true;
    if (sameSource)
        return;
    m_key = key;
    m_reviewed.clear();
    for (const QString &id : value(kReviewed).toStringList())
        m_reviewed.insert(id);
    if (!m_fixes.empty()) {
        m_fixes.clear();
        Q_EMIT changed();
    }
}

QString FixSet::settingsGroup() const
{
    // Paths can be long and hold characters QSettings keys do not like: a hash names the group.
    const QByteArray hash =
        QCryptographicHash::hash(m_key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return u"Checklist/" + QString::fromLatin1(hash);
}

QVariant FixSet::value(const QString &key) const
{
    if (!m_settings)
        return m_memory.value(m_key + u'/' + key);
    return m_settings->value(settingsGroup() + u'/' + key);
}

void FixSet::setValue(const QString &key, const QVariant &value)
{
    if (!m_settings) {
        m_memory.insert(m_key + u'/' + key, value);
        return;
    }
    m_settings->setValue(settingsGroup() + u'/' + key, value);
}

int FixSet::indexOf(const checks::ObjectRef &target, remediation::RemediationKind kind) const
{
    for (std::size_t i = 0; i < m_fixes.size(); ++i) {
        const remediation::Remediation &f = m_fixes[i];
        if (f.kind() == kind && f.target().kind == target.kind && f.target().ns == target.ns &&
            f.target().name == target.name)
            return int(i);
    }
    return -1;
}

int FixSet::add(const remediation::Remediation &fix)
{
    int row = indexOf(fix.target(), fix.kind());
    if (row >= 0) {
        m_fixes[std::size_t(row)] = fix;
    } else {
        m_fixes.push_back(fix);
        row = int(m_fixes.size()) - 1;
    }
    Q_EMIT changed();
    return row;
}

void FixSet::remove(int row)
{
    if (row < 0 || row >= count())
        return;
    m_fixes.erase(m_fixes.begin() + row);
    Q_EMIT changed();
}

void FixSet::clear()
{
    if (m_fixes.empty())
        return;
    m_fixes.clear();
    Q_EMIT changed();
}

QString FixSet::defaultExceptionsPath() const
{
    if (m_request.kind == LoadRequest::Kind::Paths && !m_request.paths.isEmpty()) {
        const QFileInfo first(m_request.paths.front());
        const QString folder = first.isDir() ? first.absoluteFilePath() : first.absolutePath();
        return QDir(folder).filePath(kExceptionsFileName);
    }
    QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (data.isEmpty())
        data = QDir::homePath();
    const QString name = m_request.kind == LoadRequest::Kind::Demo
                             ? QStringLiteral("demo")
                             : QString::fromLatin1(QCryptographicHash::hash(
                                                       m_key.toUtf8(), QCryptographicHash::Sha256)
                                                       .toHex()
                                                       .left(16));
    return QDir(data).filePath(QStringLiteral("exceptions/%1.yaml").arg(name));
}

QString FixSet::exceptionsPath() const
{
    const QString chosen = value(kExceptions).toString();
    return chosen.isEmpty() ? defaultExceptionsPath() : chosen;
}

void FixSet::setExceptionsPath(const QString &path)
{
    setValue(kExceptions, path == defaultExceptionsPath() ? QString() : path);
}

QString FixSet::activeExceptionsPath() const
{
    if (!m_hasSource)
        return {};
    const QString path = exceptionsPath();
    return QFileInfo::exists(path) ? path : QString();
}

void FixSet::setReviewed(const QString &control, bool reviewed)
{
    if (m_reviewed.contains(control) == reviewed)
        return;
    if (reviewed)
        m_reviewed.insert(control);
    else
        m_reviewed.remove(control);
    QStringList list(m_reviewed.begin(), m_reviewed.end());
    std::sort(list.begin(), list.end());
    setValue(kReviewed, list);
    Q_EMIT reviewedChanged(control, reviewed);
}

QString FixSet::lastControl() const
{
    return value(kLast).toString();
}

void FixSet::setLastControl(const QString &control)
{
    setValue(kLast, control);
}

checks::ScanResult scanWithExceptions(const Inventory &inventory, const QString &exceptionsPath)
{
    checks::ScanOptions options;
    std::optional<Error> failed;
    if (!exceptionsPath.isEmpty()) {
        auto set = checks::ExceptionSet::load(exceptionsPath);
        if (set)
            options.exceptions = std::move(set).value();
        else
            failed = set.error();
    }
    checks::ScanResult result = checks::scan(inventory, options);
    if (failed) {
        checks::ExceptionNotice notice;
        notice.kind = checks::ExceptionNotice::Kind::Invalid;
        notice.message = failed->message;
        notice.location = failed->location;
        result.exceptionNotices.insert(result.exceptionNotices.begin(), std::move(notice));
    }
    return result;
}

} // namespace parapet::ui
