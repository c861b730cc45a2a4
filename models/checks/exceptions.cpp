#include "exceptions.h"

#include "control.h"
#include "kube/resourceregistry.h"
#include "sources/parselimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

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

} // namespace parapet::checks
