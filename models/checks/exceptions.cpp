#include "exceptions.h"

#include "control.h"
#include "kube/resourceregistry.h"
#include "sources/parselimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace parapet::checks {

namespace {

struct ExceptionsText
{
    Q_DECLARE_TR_FUNCTIONS(parapet::checks::Exceptions)
};

bool globMatch(const QString &pattern, const QString &value)
{
    if (!pattern.contains(u'*') && !pattern.contains(u'?'))
        return pattern == value;
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
        pattern, QRegularExpression::UnanchoredWildcardConversion));
    const auto m = re.match(value);
    return m.hasMatch() && m.capturedLength() == value.size() && m.capturedStart() == 0;
}

bool anyGlob(const QStringList &patterns, const QString &value)
{
    if (patterns.isEmpty())
        return true;
    for (const QString &p : patterns)
        if (globMatch(p, value))
            return true;
    return false;
}

Error errorAt(const QString &file, const Node &node, const QString &message)
{
    return Error{Error::Code::Invalid, message, SourceLocation{file, node.line(), node.column()}};
}

/// A scalar or a sequence of scalars; a scalar may hold a comma-separated list.
std::optional<QStringList> stringsOf(const Node &node)
{
    QStringList out;
    if (node.isSequence()) {
        for (const auto &[k, v] : node.children()) {
            if (!v.isScalar() || v.isNull())
                return std::nullopt;
            out.append(v.toString().trimmed());
        }
    } else if (node.isScalar() && !node.isNull()) {
        for (const QString &part : node.toString().split(u',', Qt::SkipEmptyParts))
            out.append(part.trimmed());
    } else {
        return std::nullopt;
    }
    out.removeAll(QString());
    return out;
}

QStringList resolveKinds(const QStringList &names)
{
    QStringList kinds;
    for (const QString &name : names) {
        const auto types = ResourceRegistry::builtin().resolve(name);
        if (types.isEmpty())
            kinds.append(name);
        for (const ResourceType &t : types)
            if (!kinds.contains(t.kind))
                kinds.append(t.kind);
    }
    return kinds;
}

/// Checks control ids and patterns (`NSA-POD-*`); returns the offending entry.
QString invalidControl(const QStringList &controls)
{
    for (const QString &c : controls) {
        bool any = false;
        for (const Control &k : catalogue())
            any = any || globMatch(c, k.idString());
        if (!any)
            return c;
    }
    return QString();
}

bool parseDate(const QString &text, QDate *out)
{
    *out = QDate::fromString(text.trimmed(), Qt::ISODate);
    return out->isValid();
}

Result<Exception> parseOne(const Node &item, const QString &file)
{
    Exception e;
    e.location = SourceLocation{file, item.line(), item.column()};
    if (!item.isMap())
        return errorAt(file, item, ExceptionsText::tr("an exception must be a mapping"));
    static const QStringList known = {QStringLiteral("controls"), QStringLiteral("reason"),
                                      QStringLiteral("expires"), QStringLiteral("match")};
    for (const auto &[k, v] : item.children())
        if (!known.contains(k.toString()))
            return errorAt(
                file, k,
                ExceptionsText::tr("unknown field \"%1\" in exception (expected controls, "
                                   "reason, expires, match)")
                    .arg(k.toString()));
    const Node controls = item["controls"];
    auto ids = stringsOf(controls);
    if (!controls.isValid() || !ids || ids->isEmpty())
        return errorAt(file, controls.isValid() ? controls : item,
                       ExceptionsText::tr("exception needs \"controls\": a list of control ids"));
    if (const QString bad = invalidControl(*ids); !bad.isEmpty())
        return errorAt(file, controls, ExceptionsText::tr("unknown control \"%1\"").arg(bad));
    e.controls = *ids;
    const Node reason = item["reason"];
    e.reason = reason.toString(QString()).trimmed();
    if (e.reason.isEmpty())
        return errorAt(
            file, reason.isValid() ? reason : item,
            ExceptionsText::tr("exception needs a \"reason\" (why the risk is accepted)"));
    if (const Node expires = item["expires"]; expires.isValid()) {
        if (!parseDate(expires.toString(), &e.expires))
            return errorAt(file, expires,
                           ExceptionsText::tr("\"expires\" must be a date YYYY-MM-DD, not \"%1\"")
                               .arg(expires.toString()));
    }
    if (const Node match = item["match"]; match.isValid()) {
        if (!match.isMap())
            return errorAt(file, match, ExceptionsText::tr("\"match\" must be a mapping"));
        static const QStringList fields = {QStringLiteral("namespaces"), QStringLiteral("kinds"),
                                           QStringLiteral("names"), QStringLiteral("labels")};
        for (const auto &[k, v] : match.children()) {
            const QString key = k.toString();
            if (!fields.contains(key))
                return errorAt(
                    file, k,
                    ExceptionsText::tr("unknown field \"%1\" in match (expected namespaces, "
                                       "kinds, names, labels)")
                        .arg(key));
            if (key == u"labels") {
                Result<LabelSelector> sel = LabelSelector::nothing();
                if (v.isScalar())
                    sel = LabelSelector::parse(v.toString());
                else if (v["matchLabels"].isValid() || v["matchExpressions"].isValid())
                    sel = LabelSelector::fromNode(v);
                else
                    sel = LabelSelector::fromMap(v);
                if (!sel)
                    return errorAt(
                        file, v,
                        ExceptionsText::tr("bad label selector: %1").arg(sel.error().message));
                e.labels = *sel;
                e.hasLabels = true;
                continue;
            }
            auto list = stringsOf(v);
            if (!list)
                return errorAt(file, v,
                               ExceptionsText::tr("\"%1\" must be a list of strings").arg(key));
            if (key == u"namespaces")
                e.namespaces = *list;
            else if (key == u"kinds")
                e.kinds = resolveKinds(*list);
            else
                e.names = *list;
        }
    }
    return e;
}

} // namespace

bool Exception::coversControl(QStringView id) const
{
    const QString s = id.toString();
    for (const QString &c : controls)
        if (globMatch(c, s))
            return true;
    return false;
}

namespace {

bool identityMatches(const Exception &e, const QString &kind, const QString &ns,
                     const QString &name)
{
    if (!e.kinds.isEmpty()) {
        bool any = false;
        for (const QString &k : e.kinds)
            any = any || k.compare(kind, Qt::CaseInsensitive) == 0;
        if (!any)
            return false;
    }
    // A Namespace is selected by its own name.
    if (!e.namespaces.isEmpty() && !anyGlob(e.namespaces, kind == u"Namespace" ? name : ns))
        return false;
    return anyGlob(e.names, name);
}

} // namespace

bool Exception::matches(const QString &kind, const QString &ns, const QString &name) const
{
    return identityMatches(*this, kind, ns, name) &&
           (!hasLabels || labels.matches(QHash<QString, QString>()));
}

bool Exception::matches(const KubeObject &object) const
{
    return identityMatches(*this, object.kind(), object.ns(), object.name()) &&
           (!hasLabels || labels.matches(object.labels()));
}

Result<ExceptionSet> ExceptionSet::parse(const QByteArray &data, const QString &fileName)
{
    ExceptionSet set;
    std::optional<Error> error;
    std::vector<ParsedDocument> docs;
    parseYamlStream(
        data, ParseLimits{}, [&](ParsedDocument d) { docs.push_back(std::move(d)); },
        [&](Error e) {
            if (!error) {
                e.location.file = fileName;
                error = e;
            }
        });
    if (error)
        return *error;
    for (const ParsedDocument &d : docs) {
        const Node root(d.document.get(), 0);
        Node list = root;
        if (root.isMap()) {
            static const QStringList known = {QStringLiteral("apiVersion"), QStringLiteral("kind"),
                                              QStringLiteral("exceptions")};
            for (const auto &[k, v] : root.children())
                if (!known.contains(k.toString()))
                    return errorAt(
                        fileName, k,
                        ExceptionsText::tr("unknown field \"%1\" (expected apiVersion, kind, "
                                           "exceptions)")
                            .arg(k.toString()));
            list = root["exceptions"];
            if (!list.isValid())
                return errorAt(fileName, root, ExceptionsText::tr("missing \"exceptions\" list"));
        }
        if (!list.isSequence())
            return errorAt(fileName, list, ExceptionsText::tr("\"exceptions\" must be a list"));
        for (const auto &[k, item] : list.children()) {
            auto e = parseOne(item, fileName);
            if (!e)
                return e.error();
            set.add(std::move(e).value());
        }
    }
    return set;
}

Result<ExceptionSet> ExceptionSet::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{
            Error::Code::Io,
            ExceptionsText::tr("cannot read exceptions file %1: %2").arg(path, f.errorString()),
            SourceLocation{path, 0, 0}};
    // An exceptions file is a short list; anything near the manifest limit is not one.
    constexpr qint64 maxBytes = qint64(16) * 1024 * 1024;
    const QByteArray data = f.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return Error{Error::Code::Limit,
                     ExceptionsText::tr("exceptions file %1 is larger than 16 MiB").arg(path),
                     SourceLocation{path, 0, 0}};
    return parse(data, path);
}

std::optional<Result<Exception>> exceptionFromAnnotations(const KubeObject &object)
{
    const Node value = object.annotations()[kExemptAnnotation];
    if (!value.isValid())
        return std::nullopt;
    const QByteArray path = QByteArray("metadata.annotations[\"") + kExemptAnnotation + "\"]";
    const SourceLocation where =
        object.locate(std::string_view(path.constData(), std::size_t(path.size())));
    auto fail = [&](const QString &msg) -> std::optional<Result<Exception>> {
        return Result<Exception>(Error{Error::Code::Invalid, msg, where});
    };
    Exception e;
    e.location = where;
    auto ids = stringsOf(value);
    if (!ids || ids->isEmpty())
        return fail(ExceptionsText::tr("annotation %1 names no control")
                        .arg(QLatin1String(kExemptAnnotation)));
    if (const QString bad = invalidControl(*ids); !bad.isEmpty())
        return fail(ExceptionsText::tr("annotation %1 names unknown control \"%2\"")
                        .arg(QLatin1String(kExemptAnnotation), bad));
    e.controls = *ids;
    e.reason = object.annotation(kExemptReasonAnnotation).trimmed();
    if (e.reason.isEmpty())
        return fail(
            ExceptionsText::tr(
                "annotation %1 needs %2 with the reason; the exemption is not applied")
                .arg(QLatin1String(kExemptAnnotation), QLatin1String(kExemptReasonAnnotation)));
    const Node until = object.annotations()[kExemptUntilAnnotation];
    if (until.isValid() && !parseDate(until.toString(), &e.expires))
        return fail(ExceptionsText::tr("annotation %1 must be a date YYYY-MM-DD, not \"%2\"")
                        .arg(QLatin1String(kExemptUntilAnnotation), until.toString()));
    return Result<Exception>(e);
}

namespace {

/// A string as YAML: plain when it is a simple word (ids, names, globs, kinds) that no YAML
/// reader takes for anything but a string, else double-quoted with escapes.
QString yamlString(const QString &text, bool alwaysQuote = false)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z][A-Za-z0-9._/*?-]*$"));
    static const QRegularExpression special(
        QStringLiteral("^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|"
                       "ON|off|Off|OFF|null|Null|NULL)$"));
    if (!alwaysQuote && plain.match(text).hasMatch() && !special.match(text).hasMatch())
        return text;
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

QString yamlList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(yamlString(item));
    return u'[' + quoted.join(QStringLiteral(", ")) + u']';
}

bool sameException(const Exception &a, const Exception &b)
{
    return a.controls == b.controls && a.reason == b.reason && a.expires == b.expires &&
           a.namespaces == b.namespaces && a.kinds == b.kinds && a.names == b.names &&
           a.hasLabels == b.hasLabels &&
           (!a.hasLabels || a.labels.toString() == b.labels.toString());
}

Result<QString> writeAtomically(const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{Error::Code::Io,
                     ExceptionsText::tr("cannot create the folder %1").arg(info.absolutePath()),
                     SourceLocation{path, 0, 0}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error{
            Error::Code::Io,
            ExceptionsText::tr("cannot write exceptions file %1: %2").arg(path, file.errorString()),
            SourceLocation{path, 0, 0}};
    return info.absoluteFilePath();
}

} // namespace

QString exceptionToYaml(const Exception &e, int indent)
{
    const QString pad(indent, u' ');
    const QString inner(indent + 2, u' ');
    QString out = pad + QStringLiteral("- controls: ") + yamlList(e.controls) + u'\n';
    out += inner + QStringLiteral("reason: ") + yamlString(e.reason, true) + u'\n';
    if (e.expires.isValid())
        out += inner + QStringLiteral("expires: ") + e.expires.toString(Qt::ISODate) + u'\n';
    if (!e.namespaces.isEmpty() || !e.kinds.isEmpty() || !e.names.isEmpty() || e.hasLabels) {
        out += inner + QStringLiteral("match:\n");
        const QString field(indent + 4, u' ');
        if (!e.namespaces.isEmpty())
            out += field + QStringLiteral("namespaces: ") + yamlList(e.namespaces) + u'\n';
        if (!e.kinds.isEmpty())
            out += field + QStringLiteral("kinds: ") + yamlList(e.kinds) + u'\n';
        if (!e.names.isEmpty())
            out += field + QStringLiteral("names: ") + yamlList(e.names) + u'\n';
        if (e.hasLabels)
            out +=
                field + QStringLiteral("labels: ") + yamlString(e.labels.toString(), true) + u'\n';
    }
    return out;
}

QByteArray exceptionsFileYaml(std::span<const Exception> exceptions)
{
    QString out =
        QStringLiteral("# Accepted risks: Parapet does not count these findings as failures\n"
                       "# until they expire. Format: parapet --help, README \"Exceptions\".\n"
                       "apiVersion: parapet.io/v1\n"
                       "kind: ExceptionList\n");
    if (exceptions.empty())
        return (out + QStringLiteral("exceptions: []\n")).toUtf8();
    out += QStringLiteral("exceptions:\n");
    for (const Exception &e : exceptions)
        out += exceptionToYaml(e, 2);
    return out.toUtf8();
}

Result<QString> appendException(const QString &path, const Exception &exception)
{
    if (!QFileInfo::exists(path))
        return writeAtomically(path, exceptionsFileYaml(std::span(&exception, 1)));
    auto existing = ExceptionSet::load(path);
    if (!existing)
        return existing.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{
            Error::Code::Io,
            ExceptionsText::tr("cannot read exceptions file %1: %2").arg(path, f.errorString()),
            SourceLocation{path, 0, 0}};
    QByteArray text = f.readAll();
    f.close();
    if (existing->isEmpty()) {
        // Nothing to keep but comments: a fresh file with the one exception.
        return writeAtomically(path, exceptionsFileYaml(std::span(&exception, 1)));
    }
    if (!text.endsWith('\n'))
        text += '\n';
    // The list items of the file are indented by 2 (our own files) or 0 (`exceptions:` with
    // `- ` at the start of the line): try both, keep the one that reads back as one more item.
    for (const int indent : {2, 0}) {
        const QByteArray candidate = text + exceptionToYaml(exception, indent).toUtf8();
        auto reread = ExceptionSet::parse(candidate, path);
        if (!reread || reread->items().size() != existing->items().size() + 1 ||
            !sameException(reread->items().back(), exception))
            continue;
        return writeAtomically(path, candidate);
    }
    return Error{Error::Code::Invalid,
                 ExceptionsText::tr("cannot add the exception to %1: the file does not end with "
                                    "its \"exceptions:\" list; add this item to the list by "
                                    "hand:\n%2")
                     .arg(path, exceptionToYaml(exception, 2)),
                 SourceLocation{path, 0, 0}};
}

} // namespace parapet::checks
