// A set of remediations as files: overlay, plain YAML, patches; control-plane files; the diff
// of a fixed object against the text it was loaded from.

#include "fixset.h"

#include "fixsupport.h"
#include "sources/manifestloader.h"

#include <map>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace parapet::remediation {

using namespace detail;

namespace {

/// Where one object's document lies in its file: lines [first, end) of \a lines.
struct Span
{
    QString file;
    QStringList lines; ///< the whole file, without line ends
    bool finalNewline = true;
    int first = 0;
    int end = 0;

    QString text() const
    {
        QString out;
        for (int i = first; i < end; ++i)
            out += lines[i] + u'\n';
        return out;
    }
};

QString readableFile(const QString &file)
{
    if (QFileInfo::exists(file))
        return file;
    // The demo cluster's files are embedded resources (`demo/x.yaml` is `:/demo/x.yaml`).
    if (file.startsWith(u"demo/") && QFileInfo::exists(u":/" + file))
        return u":/" + file;
    return QString();
}

Result<Span> documentSpan(const KubeObject &object)
{
    const SourceLocation &at = object.origin();
    const auto fail = [&](const QString &why) { return Error{Error::Code::Unsupported, why, at}; };
    if (!at.isValid())
        return fail(FixText::tr("%1 did not come from a file").arg(object.reference()));
    const QString path = readableFile(at.file);
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return fail(FixText::tr("%1: cannot read %2").arg(object.reference(), at.file));
    const QString text = QString::fromUtf8(f.readAll());
    if (at.column != 1)
        return fail(FixText::tr("%1 is not a top-level YAML document of %2 (an item of a List, "
                                "or flow style)")
                        .arg(object.reference(), at.file));
    Span s;
    s.file = at.file;
    s.lines = text.split(u'\n');
    s.finalNewline = text.endsWith(u'\n');
    if (s.finalNewline)
        s.lines.removeLast();
    s.first = int(at.line) - 1;
    if (s.first >= s.lines.size() || s.lines[s.first].startsWith(u'{'))
        return fail(
            FixText::tr("%1: %2 changed since it was loaded").arg(object.reference(), at.file));
    s.end = int(s.lines.size());
    for (int i = s.first + 1; i < s.lines.size(); ++i) {
        const QString &l = s.lines[i];
        if ((l.startsWith(u"---") || l.startsWith(u"...")) &&
            (l.size() == 3 || l[3] == u' ' || l[3] == u'\t')) {
            s.end = i;
            break;
        }
    }
    // Comments and blank lines before the next document belong to no object: keep them.
    while (s.end > s.first + 1) {
        const QString l = s.lines[s.end - 1].trimmed();
        if (!l.isEmpty() && !l.startsWith(u'#'))
            break;
        --s.end;
    }
    // The span must read back as the very object (the file may have changed since).
    ManifestLoader loader;
    loader.addData(at.file, s.text().toUtf8());
    const Inventory back = loader.load(SourceInfo{});
    if (back.size() != 1 || !back.at(0).root().equals(object.root()))
        return fail(
            FixText::tr("%1: %2 changed since it was loaded").arg(object.reference(), at.file));
    return s;
}

QString joinLines(const QStringList &lines, bool finalNewline)
{
    QString out = lines.join(u'\n');
    if (finalNewline && !lines.isEmpty())
        out += u'\n';
    return out;
}

/// The object of the inventory a rewritten manifest stands for (its namespace may have been
/// defaulted at load and so be absent from the manifest).
const KubeObject *originalOf(const Inventory &inventory, const Remediation &fix,
                             const checks::ObjectRef &ref)
{
    if (const KubeObject *o = inventory.find(ref.kind, ref.ns, ref.name))
        return o;
    if (!ref.ns.isEmpty())
        return nullptr;
    if (const KubeObject *o = inventory.find(ref.kind, fix.target().ns, ref.name))
        return o;
    for (const KubeObject *o : inventory.ofKind(ref.kind))
        if (o->name() == ref.name && o->namespaceDefaulted())
            return o;
    return nullptr;
}

QString yamlFileName(const checks::ObjectRef &ref)
{
    return fileStem(ref) + QStringLiteral(".yaml");
}

QString kubectlTarget(const checks::ObjectRef &ref)
{
    QString s = ref.kind.toLower() + u' ' + ref.name;
    if (!ref.ns.isEmpty())
        s += QStringLiteral(" -n ") + ref.ns;
    return s;
}

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

constexpr const char *kKustomizationHeader =
    "# Built by parapet-cli fix: `kubectl kustomize .` renders the fixed objects,\n"
    "# `kubectl apply -k .` applies them. See README.txt for what to verify first.\n";

} // namespace

Result<QByteArray> generateEncryptionKey()
{
    QByteArray key(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), int(key.size())) != 1)
        return Error{Error::Code::Io,
                     FixText::tr("cannot generate an encryption key: the random generator "
                                 "failed"),
                     {}};
    return key;
}

QString remediationHeader(const Remediation &r)
{
    QString h = QStringLiteral("# %1: fixes %2\n")
                    .arg(r.target().toString(), r.controls().join(QStringLiteral(", ")));
    QStringList on, off;
    for (const Part &p : r.parts())
        (p.enabled ? on : off).append(p.name);
    if (!on.isEmpty() || !off.isEmpty()) {
        h += QStringLiteral("# parts: %1").arg(on.join(QStringLiteral(", ")));
        if (!off.isEmpty())
            h += QStringLiteral(" (off: %1)").arg(off.join(QStringLiteral(", ")));
        h += u'\n';
    }
    for (const QString &w : r.warnings())
        h += QStringLiteral("# WARNING: ") + QString(w).replace(u'\n', QStringLiteral("\n# ")) +
             u'\n';
    return h;
}

Result<QString> originalText(const KubeObject &object)
{
    auto span = documentSpan(object);
    if (!span)
        return span.error();
    return span->text();
}

QString remediationDiff(const Inventory &inventory, const Remediation &fix)
{
    // Per file: replacements (first line, end line, new lines), applied bottom-up.
    struct Change
    {
        int first;
        int end;
        QStringList lines;
    };
    std::map<QString, std::pair<Span, std::vector<Change>>> files;
    const auto add = [&](const KubeObject *o, const QString &newText) {
        if (!o)
            return;
        auto span = documentSpan(*o);
        if (!span)
            return;
        auto &entry = files[span->file];
        if (entry.second.empty())
            entry.first = *span;
        QStringList lines = newText.split(u'\n');
        if (newText.endsWith(u'\n'))
            lines.removeLast();
        entry.second.push_back({span->first, span->end, lines});
    };
    for (const GeneratedManifest &m : fix.manifests())
        if (!m.isNew)
            add(originalOf(inventory, fix, m.object), m.yaml);
    for (const checks::ObjectRef &d : fix.deletions())
        add(originalOf(inventory, fix, d), QString());
    QString out;
    for (auto &[file, entry] : files) {
        auto &[span, changes] = entry;
        std::sort(changes.begin(), changes.end(),
                  [](const Change &a, const Change &b) { return a.first > b.first; });
        QStringList lines = span.lines;
        for (const Change &c : changes) {
            lines.erase(lines.begin() + c.first, lines.begin() + c.end);
            for (qsizetype i = 0; i < c.lines.size(); ++i)
                lines.insert(c.first + i, c.lines[i]);
        }
        out += unifiedDiff(joinLines(span.lines, span.finalNewline),
                           joinLines(lines, span.finalNewline || !lines.isEmpty()), file, file);
    }
    return out;
}

Result<std::vector<FixFile>> renderFixSet(const Inventory &inventory,
                                          std::span<const Remediation> fixes, FixSetFormat format)
{
    return renderFixSet(inventory, fixes, format, RenderOptions{});
}

Result<std::vector<FixFile>> renderFixSet(const Inventory &inventory,
                                          std::span<const Remediation> fixes, FixSetFormat format,
                                          const RenderOptions &options)
{
    std::vector<FixFile> out;
    QSet<QString> written;
    const auto addFile = [&](const QString &path, const QString &text, bool secret = false) {
        written.insert(path);
        out.push_back({path, utf8(text), secret});
    };
    QSet<QString> rewritten; // object references, to refuse two fixes of one object
    QStringList resources, patches, commands;
    QString readme = FixText::tr(
        "Fixes generated by parapet-cli fix (Parapet). Review every file before applying.\n\n");
    switch (format) {
    case FixSetFormat::Overlay:
        readme += FixText::tr(
            "Layout: kustomization.yaml; base/ holds copies of the objects the fixes change, "
            "patches/ the strategic-merge patches, resources/ the new objects.\n"
            "Preview: kubectl kustomize .    Apply: kubectl apply -k .\n\n");
        break;
    case FixSetFormat::Yaml:
        readme += FixText::tr("One file per object, the fixed and the new ones.\n"
                              "Apply: kubectl apply -f .   (control-plane/ is not applied: it "
                              "holds node files)\n\n");
        break;
    case FixSetFormat::Patch:
        readme += FixText::tr("*.patch.yaml: strategic-merge patches for the objects as they "
                              "are in the cluster; other *.yaml: new objects (and Pods, which "
                              "cannot be patched). Apply: sh apply.sh (read it first).\n\n");
        break;
    }

    for (const Remediation &r : fixes) {
        const QString head = remediationHeader(r);
        readme += QStringLiteral("== %1 (%2)\n")
                      .arg(r.target().toString(), r.controls().join(QStringLiteral(", ")));
        for (const QString &w : r.warnings())
            readme += FixText::tr("WARNING: %1").arg(w) + u'\n';
        for (const GeneratedManifest &m : r.manifests()) {
            const QString file = yamlFileName(m.object);
            if (m.isNew) {
                switch (format) {
                case FixSetFormat::Overlay:
                    addFile(QStringLiteral("resources/") + file, head + m.yaml);
                    resources.append(QStringLiteral("resources/") + file);
                    break;
                case FixSetFormat::Yaml:
                    addFile(file, head + m.yaml);
                    break;
                case FixSetFormat::Patch:
                    addFile(file, head + QStringLiteral("# new object: kubectl apply -f ") + file +
                                      u'\n' + m.yaml);
                    commands.append(QStringLiteral("kubectl apply -f ") + file);
                    break;
                }
                continue;
            }
            const KubeObject *original = originalOf(inventory, r, m.object);
            if (!original)
                return Error{Error::Code::NotFound,
                             FixText::tr("%1: the object the fix rewrites is not in the "
                                         "inventory")
                                 .arg(m.object.toString()),
                             {}};
            const QString ref = original->reference();
            if (rewritten.contains(ref))
                return Error{
                    Error::Code::Invalid,
                    FixText::tr("%1 is rewritten by two fixes: select one of them").arg(ref),
                    original->origin()};
            rewritten.insert(ref);
            const MutableNode before = applicableCopy(*original);
            auto parsed = ManifestLoader();
            parsed.addData(QStringLiteral("fix"), m.yaml.toUtf8());
            const Inventory fixedInv = parsed.load(SourceInfo{});
            if (fixedInv.size() != 1)
                return Error{Error::Code::Invalid,
                             FixText::tr("%1: the fixed object does not read back").arg(ref),
                             {}};
            const MutableNode after = MutableNode::fromNode(fixedInv.at(0).root());
            switch (format) {
            case FixSetFormat::Overlay: {
                // The base is the user's text when it is exactly what would be applied (no
                // status or server fields); otherwise the applicable copy.
                QString baseText;
                if (auto span = documentSpan(*original);
                    span && sameTree(before, MutableNode::fromNode(original->root())))
                    baseText = span->text();
                else
                    baseText = before.toYaml();
                addFile(QStringLiteral("base/") + file,
                        QStringLiteral("# copy of %1\n")
                                .arg(original->origin().isValid() ? original->origin().toString()
                                                                  : ref) +
                            baseText);
                resources.append(QStringLiteral("base/") + file);
                addFile(QStringLiteral("patches/") + file,
                        head + strategicMergePatch(before, after).toYaml());
                patches.append(QStringLiteral("patches/") + file);
                break;
            }
            case FixSetFormat::Yaml:
                addFile(file, head + m.yaml);
                break;
            case FixSetFormat::Patch: {
                if (m.object.kind == u"Pod") {
                    addFile(file, head +
                                      QStringLiteral("# a Pod's spec cannot be patched: "
                                                     "kubectl replace --force -f ") +
                                      file + u'\n' + m.yaml);
                    commands.append(QStringLiteral("# kubectl replace --force -f ") + file +
                                    QStringLiteral("   # re-creates the Pod"));
                    break;
                }
                const bool own = r.hasPatch() && m.object.kind == r.target().kind &&
                                 m.object.name == r.target().name;
                const QString patchFile = fileStem(m.object) + QStringLiteral(".patch.yaml");
                QString cmd = own ? r.patchCommand() : QString();
                if (cmd.isEmpty())
                    cmd = QStringLiteral("kubectl patch %1 --type strategic --patch-file %2")
                              .arg(kubectlTarget(checks::ObjectRef::of(*original)), patchFile);
                const QString patch = own ? r.patch() : strategicMergePatch(before, after).toYaml();
                addFile(patchFile, head + QStringLiteral("# apply: ") + cmd + u'\n' + patch);
                commands.append(cmd);
                break;
            }
            }
        }
        for (const checks::ObjectRef &d : r.deletions())
            readme += FixText::tr("DELETE: %1 (see apply order below)").arg(d.toString()) + u'\n';
        for (const QString &c : r.commands())
            commands.append(c);
        for (const ConfigFile &f : r.files()) {
            if (written.contains(f.relativePath))
                continue; // one audit policy for several findings
            addFile(f.relativePath, f.content);
        }
        if (!r.encryptionProvider().isEmpty() &&
            !written.contains(QStringLiteral("control-plane/encryption-config.yaml"))) {
            QByteArray key = options.encryptionKey;
            if (key.isEmpty()) {
                auto generated = generateEncryptionKey();
                if (!generated)
                    return generated.error();
                key = std::move(generated).value();
            }
            if (key.size() != 32)
                return Error{
                    Error::Code::Invalid, FixText::tr("the encryption key must be 32 bytes"), {}};
            addFile(QStringLiteral("control-plane/encryption-config.yaml"),
                    encryptionConfigurationYaml(r.encryptionProvider(), key), true);
            OPENSSL_cleanse(key.data(), std::size_t(key.size()));
        }
        readme += u'\n';
    }

    if (format == FixSetFormat::Overlay) {
        MutableNode k = MutableNode::mapping();
        k.set("apiVersion",
              MutableNode::string(std::string_view("kustomize.config.k8s.io/v1beta1")));
        k.set("kind", MutableNode::string(std::string_view("Kustomization")));
        MutableNode res = MutableNode::sequence();
        for (const QString &r : resources)
            res.append(MutableNode::string(r));
        k.set("resources", res);
        if (!patches.isEmpty()) {
            MutableNode ps = MutableNode::sequence();
            for (const QString &p : patches) {
                MutableNode e = MutableNode::mapping();
                e.set("path", MutableNode::string(p));
                ps.append(e);
            }
            k.set("patches", ps);
        }
        addFile(QStringLiteral("kustomization.yaml"),
                QString::fromLatin1(kKustomizationHeader) + k.toYaml());
    }
    if (!commands.isEmpty()) {
        const QString script = format == FixSetFormat::Patch ? QStringLiteral("apply.sh")
                                                             : QStringLiteral("commands.sh");
        QString sh = QStringLiteral("#!/bin/sh\n# Generated by parapet-cli fix: read README.txt "
                                    "and every file first.\nset -eu\ncd \"$(dirname \"$0\")\"\n");
        if (format == FixSetFormat::Overlay)
            sh += QStringLiteral("kubectl apply -k .\n");
        else if (format == FixSetFormat::Yaml)
            sh += QStringLiteral("kubectl apply -f .\n");
        for (const QString &c : commands)
            sh += c + u'\n';
        addFile(script, sh);
        readme += FixText::tr("Apply order: %1 runs, in order:\n").arg(script);
        for (const QString &c : commands)
            readme += QStringLiteral("  ") + c + u'\n';
    }
    addFile(QStringLiteral("README.txt"), readme);
    return out;
}

Result<QStringList> writeFixSet(const QString &dir, const std::vector<FixFile> &files,
                                bool overwrite)
{
    QDir root(dir);
    if (root.exists() && !overwrite &&
        !root.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
             .isEmpty())
        return Error{Error::Code::Usage,
                     FixText::tr("%1 is not empty: choose an empty or new directory, or "
                                 "overwrite (only the files of this fix set are written)")
                         .arg(QDir::toNativeSeparators(dir)),
                     {}};
    if (!QDir().mkpath(dir))
        return Error{Error::Code::Io, FixText::tr("cannot create %1").arg(dir), {}};
    QStringList done;
    for (const FixFile &f : files) {
        if (f.relativePath.isEmpty() || QDir::isAbsolutePath(f.relativePath) ||
            QDir::cleanPath(f.relativePath).startsWith(u"..") || f.relativePath.contains(u"/../"))
            return Error{Error::Code::Invalid,
                         FixText::tr("refusing to write outside %1: %2").arg(dir, f.relativePath),
                         {}};
        const QString path = root.filePath(f.relativePath);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return Error{
                Error::Code::Io, FixText::tr("cannot create the folder of %1").arg(path), {}};
        if (f.secret) {
            // Key material: created with mode 0600 (never readable by others, not even for a
            // moment); an older file is removed first so that its mode does not carry over.
            QFile::remove(path);
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
                out.write(f.content) != f.content.size() || !out.flush())
                return Error{Error::Code::Io,
                             FixText::tr("cannot write %1: %2").arg(path, out.errorString()),
                             {}};
            out.close();
            done.append(path);
            continue;
        }
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.content) != f.content.size() ||
            !out.commit())
            return Error{Error::Code::Io,
                         FixText::tr("cannot write %1: %2").arg(path, out.errorString()),
                         {}};
        done.append(path);
    }
    return done;
}

} // namespace parapet::remediation
