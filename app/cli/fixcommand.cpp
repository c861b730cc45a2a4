#include "fixcommand.h"

#include "checks/scanner.h"
#include "kube/resourceregistry.h"
#include "remediation/fixset.h"
#include "remediation/remediation.h"
#include "sourceoptions.h"

#include <openssl/crypto.h>
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
    case RemediationKind::Rbac:
        return QStringLiteral("rbac");
    case RemediationKind::ControlPlane:
        return QStringLiteral("control-plane");
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
        QJsonArray deletions, files;
        for (const checks::ObjectRef &d : r.deletions())
            deletions.append(refJson(d));
        // Control-plane files; the encryption key is never part of a plan (it is generated
        // when files are written).
        for (const ConfigFile &f : r.files())
            files.append(QJsonObject{{QStringLiteral("path"), f.relativePath},
                                     {QStringLiteral("content"), f.content}});
        if (!deletions.isEmpty())
            o.insert(QStringLiteral("deletions"), deletions);
        if (!r.commands().isEmpty())
            o.insert(QStringLiteral("commands"), QJsonArray::fromStringList(r.commands()));
        if (!files.isEmpty())
            o.insert(QStringLiteral("files"), files);
        items.append(o);
    }
    return QJsonObject{{QStringLiteral("remediations"), items},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes)}};
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
                      tr("Output: yaml (fixed and new objects, default), overlay (a kustomize "
                         "directory, needs -o), patch (strategic-merge patches for kubectl "
                         "patch), diff (unified diff against the source files) or json."),
                      tr("FORMAT"), QStringLiteral("yaml")});
    QStringList partNames;
    for (const PartInfo &p : partCatalogue())
        partNames.append(p.nameString());
    parser.addOption({QStringLiteral("without"),
                      tr("Leave out these parts of the fixes (repeatable or comma-separated): %1.")
                          .arg(partNames.join(QStringLiteral(", "))),
                      tr("PART")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write the fix set into DIR (new or empty) instead of printing: yaml, "
                         "overlay, patch; control-plane files go to DIR/control-plane."),
                      tr("DIR")});
    parser.addOption({QStringLiteral("force"),
                      tr("Write into a non-empty DIR: the files of the fix set are overwritten, "
                         "nothing else is touched or removed.")});
    parser.addOption({QStringLiteral("show-key"),
                      tr("Print the generated encryption-at-rest key once on the terminal (it "
                         "is written only to DIR/control-plane/encryption-config.yaml, mode "
                         "0600).")});
    parser.addOption({QStringLiteral("exceptions"),
                      tr("YAML file of accepted risks: excepted findings are not fixed."),
                      tr("FILE")});
    if (auto exit = parseArguments(parser, name(), args, io))
        return *exit;
    if (!source.read(parser, io))
        return ExitUsage;

    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"yaml" && format != u"patch" && format != u"json" && format != u"overlay" &&
        format != u"diff") {
        io.err << tr("error: unknown --format \"%1\" (use yaml, overlay, patch, diff or json)")
                      .arg(format)
               << '\n';
        return ExitUsage;
    }
    const QString outDir = parser.value(QStringLiteral("output"));
    if (!outDir.isEmpty() && (format == u"json" || format == u"diff")) {
        io.err << tr("error: -o writes yaml, overlay or patch files; print %1 to stdout instead")
                      .arg(format)
               << '\n';
        return ExitUsage;
    }
    if (outDir.isEmpty() && format == u"overlay") {
        io.err << tr("error: --format overlay writes a directory: give -o DIR") << '\n';
        return ExitUsage;
    }
    if (outDir.isEmpty() &&
        (parser.isSet(QStringLiteral("force")) || parser.isSet(QStringLiteral("show-key")))) {
        io.err << tr("error: --force and --show-key go with -o DIR") << '\n';
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
            for (const GuidanceOnly &g : guidanceOnlyControls())
                if (id == QLatin1String(g.control))
                    io.err << tr("note: %1 is guidance only: %2").arg(id, g.reason()) << '\n';
            io.err << tr("error: no fix generator for %1 (fixable: %2)")
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

    if (format == u"diff") {
        for (const Remediation &r : plan.remediations) {
            const QString diff = remediationDiff(*inventory, r);
            if (!diff.isEmpty())
                io.out << diff;
            else if (std::any_of(r.manifests().begin(), r.manifests().end(),
                                 [](const GeneratedManifest &m) { return !m.isNew; }))
                io.err << tr("note: %1: no source file to diff against (live object, List "
                             "item or JSON)")
                              .arg(r.target().toString())
                       << '\n';
        }
        io.out.flush();
        return hadErrors ? ExitUsage : ExitOk;
    }

    if (!outDir.isEmpty()) {
        const FixSetFormat fmt = format == u"overlay" ? FixSetFormat::Overlay
                                 : format == u"patch" ? FixSetFormat::Patch
                                                      : FixSetFormat::Yaml;
        RenderOptions render;
        const bool needsKey =
            std::any_of(plan.remediations.begin(), plan.remediations.end(),
                        [](const Remediation &r) { return !r.encryptionProvider().isEmpty(); });
        if (needsKey) {
            auto key = generateEncryptionKey();
            if (!key) {
                io.err << tr("error: %1").arg(key.error().message) << '\n';
                return ExitUsage;
            }
            render.encryptionKey = std::move(key).value();
        }
        const auto wipeKey = [&] {
            if (!render.encryptionKey.isEmpty())
                OPENSSL_cleanse(render.encryptionKey.data(),
                                std::size_t(render.encryptionKey.size()));
        };
        auto files = renderFixSet(*inventory, plan.remediations, fmt, render);
        if (!files) {
            wipeKey();
            io.err << tr("error: %1").arg(files.error().toString()) << '\n';
            return ExitUsage;
        }
        auto written = writeFixSet(outDir, *files, parser.isSet(QStringLiteral("force")));
        for (FixFile &f : files.value())
            if (f.secret)
                OPENSSL_cleanse(f.content.data(), std::size_t(f.content.size()));
        if (!written) {
            wipeKey();
            io.err << tr("error: %1").arg(written.error().message) << '\n';
            return ExitUsage;
        }
        for (const QString &path : *written)
            io.out << tr("wrote %1").arg(QDir::toNativeSeparators(path)) << '\n';
        if (needsKey && parser.isSet(QStringLiteral("show-key"))) {
            QByteArray b64 = render.encryptionKey.toBase64();
            io.out << tr("encryption key (base64; shown this once, stored only in "
                         "control-plane/encryption-config.yaml): %1")
                          .arg(QString::fromLatin1(b64))
                   << '\n';
            OPENSSL_cleanse(b64.data(), std::size_t(b64.size()));
        }
        wipeKey();
        io.out.flush();
        return hadErrors ? ExitUsage : ExitOk;
    }

    // No -o: the manifests (or patches) on stdout.
    bool first = true;
    auto output = [&](const QString &text) {
        if (!first)
            io.out << "---\n";
        first = false;
        io.out << text;
    };
    for (const Remediation &r : plan.remediations) {
        const QString head = remediationHeader(r);
        if (!r.files().empty() || !r.encryptionProvider().isEmpty())
            io.err << tr("note: %1: control-plane fixes are files (and a key): write them with "
                         "-o DIR")
                          .arg(r.target().toString())
                   << '\n';
        for (const QString &c : r.commands())
            if (!c.startsWith(u'#'))
                io.err << tr("note: %1: run: %2").arg(r.target().toString(), c) << '\n';
        if (format == u"patch") {
            if (r.hasPatch())
                output(head + QStringLiteral("# apply: ") + r.patchCommand() + u'\n' + r.patch());
            else if (!r.manifests().empty())
                io.err << tr("note: %1: no patch applies; use --format yaml")
                              .arg(r.target().toString())
                       << '\n';
            for (const GeneratedManifest &m : r.manifests())
                if (m.isNew)
                    output(head + QStringLiteral("# new object: kubectl apply -f\n") + m.yaml);
            continue;
        }
        for (const GeneratedManifest &m : r.manifests())
            output(head + m.yaml);
    }
    io.out.flush();
    return hadErrors ? ExitUsage : ExitOk;
}

} // namespace parapet::cli
