#include "fixcommand.h"

#include "checks/scanner.h"
#include "kube/resourceregistry.h"
#include "remediation/remediation.h"
#include "sourceoptions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace parapet::cli {

namespace {

using namespace parapet::remediation;

QStringList splitList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        for (const QString &item : v.split(u',', Qt::SkipEmptyParts))
            out.append(item.trimmed());
    return out;
}

/// `Kind ns/name`, `Kind name`, `kind/ns/name` or `kind/name` → ObjectRef::toString() form.
std::optional<QString> parseObject(const QString &text)
{
    QString kind, rest;
    const qsizetype space = text.indexOf(u' ');
    if (space > 0) {
        kind = text.left(space);
        rest = text.mid(space + 1).trimmed();
    } else {
        const qsizetype slash = text.indexOf(u'/');
        if (slash <= 0)
            return std::nullopt;
        kind = text.left(slash);
        rest = text.mid(slash + 1);
    }
    const QStringList parts = rest.split(u'/');
    if (rest.isEmpty() || parts.size() > 2 || parts.contains(QString()))
        return std::nullopt;
    const auto types = ResourceRegistry::builtin().resolve(kind);
    if (!types.isEmpty())
        kind = types.front().kind;
    return kind + u' ' + rest;
}

QString stemOf(const checks::ObjectRef &o)
{
    QString s = o.kind.toLower();
    if (!o.ns.isEmpty())
        s += u'-' + o.ns;
    s += u'-' + o.name;
    for (QChar &c : s)
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'_'))
            c = u'_';
    return s;
}

QString header(const Remediation &r)
{
    QString h = QStringLiteral("# %1: fixes %2\n")
                    .arg(r.target().toString(), r.controls().join(QStringLiteral(", ")));
    QStringList on, off;
    for (const Part &p : r.parts())
        (p.enabled ? on : off).append(p.name);
    h += QStringLiteral("# parts: %1").arg(on.join(QStringLiteral(", ")));
    if (!off.isEmpty())
        h += QStringLiteral(" (off: %1)").arg(off.join(QStringLiteral(", ")));
    h += u'\n';
    for (const QString &w : r.warnings())
        h += QStringLiteral("# WARNING: ") + w + u'\n';
    return h;
}

QJsonObject refJson(const checks::ObjectRef &o)
{
    QJsonObject j{{QStringLiteral("apiVersion"), o.apiVersion},
                  {QStringLiteral("kind"), o.kind},
                  {QStringLiteral("name"), o.name}};
    if (!o.ns.isEmpty())
        j.insert(QStringLiteral("namespace"), o.ns);
    return j;
}

QString kindName(RemediationKind k)
{
    switch (k) {
    case RemediationKind::Workload:
        return QStringLiteral("workload");
    case RemediationKind::Namespace:
        return QStringLiteral("namespace");
    case RemediationKind::CloudMetadata:
        return QStringLiteral("cloud-metadata");
    }
    return QString();
}

QJsonObject toJson(const Plan &plan)
{
    QJsonArray items;
    for (const Remediation &r : plan.remediations) {
        QJsonArray parts, manifests;
        for (const Part &p : r.parts())
            parts.append(
                QJsonObject{{QStringLiteral("name"), p.name},
                            {QStringLiteral("controls"), QJsonArray::fromStringList(p.controls)},
                            {QStringLiteral("enabled"), p.enabled}});
        for (const GeneratedManifest &m : r.manifests()) {
            QJsonObject j = refJson(m.object);
            j.insert(QStringLiteral("new"), m.isNew);
            j.insert(QStringLiteral("yaml"), m.yaml);
            manifests.append(j);
        }
        QJsonObject o{{QStringLiteral("kind"), kindName(r.kind())},
                      {QStringLiteral("target"), refJson(r.target())},
                      {QStringLiteral("controls"), QJsonArray::fromStringList(r.controls())},
                      {QStringLiteral("parts"), parts},
                      {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings())},
                      {QStringLiteral("manifests"), manifests}};
        if (r.hasPatch()) {
            o.insert(QStringLiteral("patch"), r.patch());
            o.insert(QStringLiteral("patchCommand"), r.patchCommand());
        }
        items.append(o);
    }
    return QJsonObject{{QStringLiteral("remediations"), items},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes)}};
}

bool writeFile(const QString &path, const QString &text, Io &io)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit()) {
        io.err << Command::tr("error: cannot write %1: %2").arg(path, f.errorString()) << '\n';
        return false;
    }
    io.out << Command::tr("wrote %1").arg(QDir::toNativeSeparators(path)) << '\n';
    return true;
}

} // namespace

QString FixCommand::summary() const
{
    return tr("Generate the manifests and patches that fix the findings of a scan");
}

int FixCommand::run(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    SourceOptions source;
    source.addTo(parser);
    parser.addOption({QStringLiteral("control"),
                      tr("Only fix these controls (repeatable or comma-separated), e.g. "
                         "NSA-POD-04."),
                      tr("ID")});
    parser.addOption({QStringLiteral("object"),
                      tr("Only fix this object: \"Kind ns/name\", \"Kind name\" or kind/ns/name "
                         "(repeatable)."),
                      tr("OBJECT")});
    parser.addOption({QStringLiteral("format"),
                      tr("Output: yaml (fixed and new objects, default), patch (strategic-merge "
                         "patches for kubectl patch) or json."),
                      tr("FORMAT"), QStringLiteral("yaml")});
    QStringList partNames;
    for (const PartInfo &p : partCatalogue())
        partNames.append(p.nameString());
    parser.addOption({QStringLiteral("without"),
                      tr("Leave out these parts of the fixes (repeatable or comma-separated): %1.")
                          .arg(partNames.join(QStringLiteral(", "))),
                      tr("PART")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write one file per object into DIR instead of printing (yaml, patch)."),
                      tr("DIR")});
    parser.addOption({QStringLiteral("exceptions"),
                      tr("YAML file of accepted risks: excepted findings are not fixed."),
                      tr("FILE")});
    if (auto exit = parseArguments(parser, name(), args, io))
        return *exit;
    if (!source.read(parser, io))
        return ExitUsage;

    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"yaml" && format != u"patch" && format != u"json") {
        io.err << tr("error: unknown --format \"%1\" (use yaml, patch or json)").arg(format)
               << '\n';
        return ExitUsage;
    }
    const QString outDir = parser.value(QStringLiteral("output"));
    if (!outDir.isEmpty() && format == u"json") {
        io.err << tr("error: -o writes yaml or patch files; print json to stdout instead") << '\n';
        return ExitUsage;
    }
    PlanOptions options;
    const QStringList fixable = fixableControls();
    for (const QString &c : splitList(parser.values(QStringLiteral("control")))) {
        const QString id = c.toUpper();
        if (!checks::findControl(id)) {
            io.err << tr("error: unknown control \"%1\"").arg(c) << '\n';
            return ExitUsage;
        }
        if (!fixable.contains(id)) {
            io.err << tr("error: no fix generator for %1 yet (fixable: %2)")
                          .arg(id, fixable.join(QStringLiteral(", ")))
                   << '\n';
            return ExitUsage;
        }
        options.fix.onlyControls.append(id);
    }
    for (const QString &p : splitList(parser.values(QStringLiteral("without")))) {
        if (!findPart(p)) {
            io.err << tr("error: unknown part \"%1\" (parts: %2)")
                          .arg(p, partNames.join(QStringLiteral(", ")))
                   << '\n';
            return ExitUsage;
        }
        options.fix.without.insert(p);
    }
    for (const QString &o : parser.values(QStringLiteral("object"))) {
        const auto ref = parseObject(o.trimmed());
        if (!ref) {
            io.err << tr("error: --object \"%1\": use \"Kind ns/name\", \"Kind name\" or "
                         "kind/ns/name")
                          .arg(o)
                   << '\n';
            return ExitUsage;
        }
        options.objects.append(*ref);
    }
    checks::ScanOptions scanOptions;
    if (parser.isSet(QStringLiteral("exceptions"))) {
        auto loaded = checks::ExceptionSet::load(parser.value(QStringLiteral("exceptions")));
        if (!loaded) {
            io.err << tr("error: %1").arg(loaded.error().toString()) << '\n';
            return ExitUsage;
        }
        scanOptions.exceptions = std::move(loaded).value();
    }
    scanOptions.namespaceFilter = source.namespaceFilter();

    bool hadErrors = false;
    const auto inventory = source.load(io, hadErrors);
    if (!inventory)
        return ExitUsage;
    const checks::ScanResult scanned = checks::scan(*inventory, scanOptions);
    const Plan plan = planFixes(*inventory, scanned, options);

    for (const QString &n : plan.notes)
        io.err << tr("note: %1").arg(n) << '\n';
    if (plan.remediations.empty())
        io.err << tr("note: nothing to fix with the selected controls, objects and parts") << '\n';
    io.err.flush();

    if (format == u"json") {
        io.out << QString::fromUtf8(QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented));
        io.out.flush();
        return hadErrors ? ExitUsage : ExitOk;
    }

    if (!outDir.isEmpty() && !QDir().mkpath(outDir)) {
        io.err << tr("error: cannot create %1").arg(outDir) << '\n';
        return ExitUsage;
    }
    bool ok = true;
    bool first = true;
    auto output = [&](const QString &stem, const QString &text) {
        if (outDir.isEmpty()) {
            if (!first)
                io.out << "---\n";
            first = false;
            io.out << text;
        } else {
            ok = writeFile(QDir(outDir).filePath(stem), text, io) && ok;
        }
    };
    for (const Remediation &r : plan.remediations) {
        const QString head = header(r);
        if (format == u"patch") {
            if (r.hasPatch())
                output(stemOf(r.target()) + QStringLiteral(".patch.yaml"),
                       head + QStringLiteral("# apply: ") + r.patchCommand() + u'\n' + r.patch());
            else if (outDir.isEmpty())
                io.err << tr("note: %1: no patch applies; use --format yaml")
                              .arg(r.target().toString())
                       << '\n';
            for (const GeneratedManifest &m : r.manifests())
                if (m.isNew)
                    output(stemOf(m.object) + QStringLiteral(".yaml"),
                           head + QStringLiteral("# new object: kubectl apply -f\n") + m.yaml);
            continue;
        }
        for (const GeneratedManifest &m : r.manifests())
            output(stemOf(m.object) + QStringLiteral(".yaml"), head + m.yaml);
    }
    io.out.flush();
    if (!ok || hadErrors)
        return ExitUsage;
    return ExitOk;
}

} // namespace parapet::cli
