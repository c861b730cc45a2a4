#include "inventorycommand.h"

#include "sourceoptions.h"
#include "tableprinter.h"

#include "kube/inventory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace parapet::cli {

namespace {

QString sourceKindName(SourceInfo::Kind kind)
{
    switch (kind) {
    case SourceInfo::Kind::Manifests: return QStringLiteral("manifests");
    case SourceInfo::Kind::Snapshot: return QStringLiteral("snapshot");
    case SourceInfo::Kind::Demo: return QStringLiteral("demo");
    case SourceInfo::Kind::Live: return QStringLiteral("live");
    }
    return {};
}

QJsonObject diagnosticJson(const Diagnostic &d)
{
    QJsonObject o;
    o[QStringLiteral("file")] = d.location.file;
    o[QStringLiteral("line")] = qint64(d.location.line);
    o[QStringLiteral("column")] = qint64(d.location.column);
    o[QStringLiteral("message")] = d.message;
    return o;
}


} // namespace

QString InventoryCommand::summary() const
{
    return tr("List the objects of a source (table or JSON)");
}

int InventoryCommand::run(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    SourceOptions source;
    source.addTo(parser);
    parser.addOption({QStringLiteral("format"), tr("Output format: table (default) or json."),
                      tr("FORMAT"), QStringLiteral("table")});
    parser.addOption({{QStringLiteral("k"), QStringLiteral("kind")},
                      tr("Only these kinds: kind, plural, singular or short name, optionally "
                         "with group (deploy,sts,deployments.apps); repeatable."),
                      tr("KINDS")});
    parser.addOption({{QStringLiteral("l"), QStringLiteral("selector")},
                      tr("Only objects whose labels match (kubectl syntax)."), tr("SELECTOR")});
    parser.addOption({QStringLiteral("counts"), tr("Print counts by kind instead of objects.")});
    if (auto exit = parseArguments(parser, name(), args, io))
        return *exit;
    if (!source.read(parser, io))
        return ExitUsage;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"table" && format != u"json") {
        io.err << tr("error: unknown --format \"%1\" (use table or json)").arg(format) << '\n';
        return ExitUsage;
    }
    LabelSelector selector = LabelSelector::everything();
    if (parser.isSet(QStringLiteral("selector"))) {
        auto parsed = LabelSelector::parse(parser.value(QStringLiteral("selector")));
        if (!parsed) {
            io.err << tr("error: %1").arg(parsed.error().message) << '\n';
            return ExitUsage;
        }
        selector = *parsed;
    }

    bool hadErrors = false;
    const auto inventory = source.load(io, hadErrors);
    if (!inventory)
        return ExitUsage;

    // Kind filter, resolved as kubectl does (custom resources of this source included).
    QSet<GroupKind> kinds;
    const ResourceRegistry &registry = inventory->registry();
    for (const QString &value : parser.values(QStringLiteral("kind"))) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
            const auto types = registry.resolve(name.trimmed());
            if (types.isEmpty()) {
                io.err << tr("error: the resource type \"%1\" is not known").arg(name) << '\n';
                return ExitUsage;
            }
            for (const ResourceType &t : types)
                kinds.insert(t.groupKind());
        }
    }

    const QString ns = source.namespaceFilter();
    std::vector<const KubeObject *> shown;
    for (const KubeObject &o : inventory->objects()) {
        if (!kinds.isEmpty() && !kinds.contains(o.groupKind()))
            continue;
        if (!ns.isEmpty() && o.ns() != ns)
            continue;
        if (!selector.matches(o.labels()))
            continue;
        shown.push_back(&o);
    }
    QMap<QString, int> counts;
    for (const KubeObject *o : shown)
        ++counts[o->kind()];

    if (format == u"json") {
        QJsonObject root;
        QJsonObject src;
        src[QStringLiteral("kind")] = sourceKindName(inventory->source().kind);
        src[QStringLiteral("name")] = inventory->source().name;
        if (!inventory->source().serverVersion.isEmpty())
            src[QStringLiteral("serverVersion")] = inventory->source().serverVersion;
        root[QStringLiteral("source")] = src;
        QJsonArray objects;
        for (const KubeObject *o : shown) {
            QJsonObject j;
            j[QStringLiteral("apiVersion")] = o->apiVersion();
            j[QStringLiteral("kind")] = o->kind();
            j[QStringLiteral("namespace")] = o->ns();
            j[QStringLiteral("name")] = o->name();
            j[QStringLiteral("file")] = o->origin().file;
            j[QStringLiteral("line")] = qint64(o->origin().line);
            objects.append(j);
        }
        root[QStringLiteral("objects")] = objects;
        QJsonObject countsJson;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            countsJson[it.key()] = it.value();
        root[QStringLiteral("counts")] = countsJson;
        QJsonArray errors;
        QJsonArray warnings;
        for (const Diagnostic &d : inventory->diagnostics())
            (d.severity == Diagnostic::Severity::Error ? errors : warnings).append(diagnosticJson(d));
        root[QStringLiteral("errors")] = errors;
        root[QStringLiteral("warnings")] = warnings;
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else if (parser.isSet(QStringLiteral("counts"))) {
        QList<QStringList> rows{{tr("KIND"), tr("COUNT")}};
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            rows.append({it.key(), QString::number(it.value())});
        rows.append({tr("total"), QString::number(shown.size())});
        printTable(io.out, rows);
    } else {
        QList<QStringList> rows{{tr("KIND"), tr("NAMESPACE"), tr("NAME"), tr("SOURCE")}};
        for (const KubeObject *o : shown)
            rows.append({o->kind(), o->ns().isEmpty() ? QStringLiteral("-") : o->ns(), o->name(),
                         o->origin().isValid() ? o->origin().toString() : o->origin().file});
        if (shown.empty())
            io.err << tr("No objects found.") << '\n';
        else
            printTable(io.out, rows);
    }
    return hadErrors ? ExitUsage : ExitOk;
}

} // namespace parapet::cli
