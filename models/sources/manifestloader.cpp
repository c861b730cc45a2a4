#include "manifestloader.h"

#include "snapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cstdio>

namespace parapet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::ManifestLoader", text);
}

const char kLastApplied[] = "kubectl.kubernetes.io/last-applied-configuration";

Diagnostic errorAt(const QString &file, std::uint32_t line, std::uint32_t column,
                   const QString &message)
{
    return Diagnostic{Diagnostic::Severity::Error, SourceLocation{file, line, column}, message};
}

QString typeName(const Node &n)
{
    switch (n.type()) {
    case NodeType::Mapping: return tr("a mapping");
    case NodeType::Sequence: return tr("a sequence");
    case NodeType::Null: return tr("null");
    default: return tr("a scalar");
    }
}

// An item of a typed list (`RoleList`) may omit apiVersion and kind; the list supplies them.
std::shared_ptr<Document> withDefaultTypeMeta(const Node &item, const Node &apiVersion,
                                              const QString &kind)
{
    DocumentBuilder b;
    b.beginMapping(item.line(), item.column());
    if (!item["apiVersion"].isValid()) {
        b.addScalar(NodeType::String, "apiVersion", item.line(), item.column());
        b.appendCopy(apiVersion);
    }
    if (!item["kind"].isValid()) {
        const QByteArray k = kind.toUtf8();
        b.addScalar(NodeType::String, "kind", item.line(), item.column());
        b.addScalar(NodeType::String, std::string_view(k.constData(), std::size_t(k.size())),
                    item.line(), item.column(), Document::Quoted);
    }
    for (const auto &[key, value] : item.children()) {
        b.appendCopy(key);
        b.appendCopy(value);
    }
    b.endContainer();
    return b.take();
}

void collectOne(const std::shared_ptr<const Document> &doc, const QString &file,
                std::vector<KubeObject> &objects, std::vector<Diagnostic> &diagnostics, int depth);

void collectNode(const Node &root, std::shared_ptr<const Document> owner, const QString &file,
                 std::vector<KubeObject> &objects, std::vector<Diagnostic> &diagnostics, int depth)
{
    const auto at = [&](const Node &n) { return std::pair(n.line(), n.column()); };
    if (!root.isMap()) {
        const auto [l, c] = at(root);
        diagnostics.push_back(errorAt(file, l, c,
                                      tr("document is not a Kubernetes object: expected a "
                                         "mapping, found %1")
                                          .arg(typeName(root))));
        return;
    }
    const Node apiVersion = root["apiVersion"];
    const Node kind = root["kind"];
    const auto [rl, rc] = at(root);
    if (!kind.isValid() || kind.isNull() || !kind.isScalar() || kind.text().empty()) {
        diagnostics.push_back(errorAt(file, rl, rc, tr("object has no \"kind\"")));
        return;
    }
    if (!apiVersion.isValid() || apiVersion.isNull() || !apiVersion.isScalar()
        || apiVersion.text().empty()) {
        diagnostics.push_back(errorAt(file, rl, rc,
                                      tr("%1 has no \"apiVersion\"").arg(kind.toString())));
        return;
    }
    const QString kindName = kind.toString();
    const Node items = root["items"];
    if (kindName.endsWith(u"List") && (items.isSequence() || (kindName == u"List" && items.isValid()))) {
        // kubectl refuses a List whose items are not a sequence (a null list is an empty one).
        if (!items.isSequence() && !items.isNull()) {
            diagnostics.push_back(errorAt(file, items.line(), items.column(),
                                          tr("the items of a List must be a sequence, found %1")
                                              .arg(typeName(items))));
            return;
        }
        if (depth > 0) {
            diagnostics.push_back(errorAt(file, rl, rc, tr("a List inside a List is not allowed")));
            return;
        }
        const QString itemKind = kindName == u"List" ? QString() : kindName.chopped(4);
        for (const auto &[unused, item] : items.children()) {
            if (!item.isMap()) {
                diagnostics.push_back(errorAt(file, item.line(), item.column(),
                                              tr("item of %1 is not an object: found %2")
                                                  .arg(kindName, typeName(item))));
                continue;
            }
            if (!itemKind.isEmpty() && (!item["kind"].isValid() || !item["apiVersion"].isValid())) {
                collectOne(withDefaultTypeMeta(item, apiVersion, itemKind), file, objects,
                           diagnostics, depth + 1);
                continue;
            }
            DocumentBuilder b;
            b.appendCopy(item);
            collectOne(b.take(), file, objects, diagnostics, depth + 1);
        }
        return;
    }
    const Node metadata = root["metadata"];
    const Node name = metadata["name"];
    if (!metadata.isMap() || !name.isScalar() || name.isNull() || name.text().empty()) {
        const QString what = metadata["generateName"].isValid()
            ? tr("%1 has only metadata.generateName; Parapet needs metadata.name to review it")
                  .arg(kindName)
            : tr("%1 has no metadata.name").arg(kindName);
        diagnostics.push_back(errorAt(file, rl, rc, what));
        return;
    }
    if (kindName == u"Secret" && (apiVersion.text() == "v1")) {
        objects.emplace_back(withoutSecretValues(root), SourceLocation{file, rl, rc});
        return;
    }
    objects.emplace_back(std::move(owner), SourceLocation{file, rl, rc});
}

void collectOne(const std::shared_ptr<const Document> &doc, const QString &file,
                std::vector<KubeObject> &objects, std::vector<Diagnostic> &diagnostics, int depth)
{
    const Node root(doc.get(), 0);
    collectNode(root, doc, file, objects, diagnostics, depth);
}

bool looksLikeJson(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3); // a UTF-8 byte order mark (the JSON reader skips it too)
    for (const char c : data) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

// The size limit as users set it: whole MiB when it is one, else bytes (a limit of 1000 bytes
// must not read "0 MiB").
QString sizeLimitText(qint64 bytes)
{
    constexpr qint64 mebibyte = qint64(1024) * 1024;
    if (bytes >= mebibyte && bytes % mebibyte == 0)
        return tr("%1 MiB").arg(bytes / mebibyte);
    return tr("%1 bytes").arg(bytes);
}

bool hasUtf16Bom(QByteArrayView data)
{
    return data.size() >= 2
        && ((uchar(data[0]) == 0xFF && uchar(data[1]) == 0xFE)
            || (uchar(data[0]) == 0xFE && uchar(data[1]) == 0xFF));
}

struct FileResult
{
    std::vector<KubeObject> objects;
    std::vector<Diagnostic> diagnostics;
    bool snapshot = false;
    SourceInfo snapshotSource;
};

struct Input
{
    QString name;   // as shown in diagnostics
    QString path;   // to read from, if data is empty
    QByteArray data;
    bool hasData = false;
};

FileResult parseInput(const Input &input, const LoadOptions &options)
{
    FileResult out;
    QByteArray data = input.data;
    if (!input.hasData) {
        QFile f(input.path);
        if (f.size() > options.maxFileBytes) {
            out.diagnostics.push_back(errorAt(input.name, 0, 0,
                                              tr("file is larger than the limit of %1; skipped")
                                                  .arg(sizeLimitText(options.maxFileBytes))));
            return out;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            out.diagnostics.push_back(errorAt(input.name, 0, 0,
                                              tr("cannot read: %1").arg(f.errorString())));
            return out;
        }
        data = f.read(options.maxFileBytes + 1);
    }
    if (data.size() > options.maxFileBytes) {
        out.diagnostics.push_back(errorAt(input.name, 0, 0,
                                          tr("input is larger than the limit of %1; skipped")
                                              .arg(sizeLimitText(options.maxFileBytes))));
        return out;
    }
    if (Snapshot::isSnapshot(data)) {
        auto snap = Snapshot::read(data, input.name);
        if (!snap) {
            out.diagnostics.push_back(Diagnostic{Diagnostic::Severity::Error, snap.error().location,
                                                 snap.error().message});
            return out;
        }
        out.snapshot = true;
        out.snapshotSource = snap->inventory.source();
        for (const KubeObject &o : snap->inventory.objects())
            out.objects.push_back(o);
        for (const Diagnostic &dgn : snap->inventory.diagnostics())
            out.diagnostics.push_back(dgn);
        return out;
    }
    if (!hasUtf16Bom(data) && data.contains('\0')) {
        out.diagnostics.push_back(errorAt(input.name, 0, 0,
                                          tr("not a text file (it contains NUL bytes); skipped")));
        return out;
    }
    const DocumentSink onDocument = [&](const ParsedDocument &parsed) {
        collectObjects(parsed, input.name, out.objects, out.diagnostics);
    };
    const ErrorSink onError = [&](const Error &e) {
        out.diagnostics.push_back(
            errorAt(input.name, e.location.line, e.location.column, e.message));
    };
    if (looksLikeJson(data)) {
        // JSON first (fast, exact positions); flow-style YAML that is not JSON falls back.
        std::vector<ParsedDocument> docs;
        std::optional<Error> jsonError;
        parseJsonStream(data, options.limits, [&](ParsedDocument p) { docs.push_back(std::move(p)); },
                        [&](Error e) { jsonError = std::move(e); });
        if (!jsonError) {
            for (auto &p : docs)
                onDocument(std::move(p));
            return out;
        }
        if (input.name.endsWith(u".json", Qt::CaseInsensitive)) {
            for (auto &p : docs)
                onDocument(std::move(p));
            onError(*jsonError);
            return out;
        }
    }
    parseYamlStream(data, options.limits, onDocument, onError);
    return out;
}

bool isManifestFile(const QString &name)
{
    return name.endsWith(u".yaml", Qt::CaseInsensitive) || name.endsWith(u".yml", Qt::CaseInsensitive)
        || name.endsWith(u".json", Qt::CaseInsensitive);
}

} // namespace

std::shared_ptr<Document> withoutSecretValues(const Node &secret)
{
    DocumentBuilder b;
    b.beginMapping(secret.line(), secret.column());
    for (const auto &[key, value] : secret.children()) {
        const auto k = key.text();
        if (k == "data" || k == "stringData")
            continue;
        b.appendCopy(key);
        if (k != "metadata" || !value.isMap()) {
            b.appendCopy(value);
            continue;
        }
        b.beginMapping(value.line(), value.column());
        for (const auto &[mk, mv] : value.children()) {
            b.appendCopy(mk);
            b.appendCopy(mv, [](std::string_view annotation) {
                return annotation == kLastApplied;
            });
        }
        b.endContainer();
    }
    b.endContainer();
    return b.take();
}

void collectObjects(const ParsedDocument &parsed, const QString &file,
                    std::vector<KubeObject> &objects, std::vector<Diagnostic> &diagnostics)
{
    collectOne(parsed.document, file, objects, diagnostics, 0);
}

struct ManifestLoader::Private
{
    LoadOptions options;
    std::vector<Input> inputs;
    std::vector<Diagnostic> diagnostics;
    QStringList names;
    bool demo = false;
};

ManifestLoader::ManifestLoader(LoadOptions options)
    : d(std::make_unique<Private>())
{
    d->options = std::move(options);
}

ManifestLoader::~ManifestLoader() = default;

void ManifestLoader::addPath(const QString &path)
{
    d->names.append(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        d->diagnostics.push_back(errorAt(path, 0, 0, tr("no such file or directory")));
        return;
    }
    if (!info.isDir()) {
        d->inputs.push_back(Input{path, path, {}, false});
        return;
    }
    // Symlinked folders are not followed: they may loop. Sorted, so that runs are repeatable.
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        if (fi.isFile() && isManifestFile(fi.fileName()))
            files.append(fi.filePath());
    }
    std::sort(files.begin(), files.end());
    for (const QString &f : std::as_const(files)) {
        // Skip hidden files and anything below a hidden folder (.git, .github, ...).
        // QDirIterator keeps the folder as given as the prefix of each path.
        const QString rel = f.mid(path.size());
        if (rel.contains(QStringLiteral("/.")))
            continue;
        d->inputs.push_back(Input{f, f, {}, false});
    }
}

void ManifestLoader::addData(const QString &name, const QByteArray &data)
{
    d->names.append(name);
    d->inputs.push_back(Input{name, QString(), data, true});
}

void ManifestLoader::addDemo()
{
    d->demo = true;
    QStringList files;
    QDirIterator it(QStringLiteral(":/demo"), {QStringLiteral("*.yaml")}, QDir::Files);
    while (it.hasNext())
        files.append(it.next());
    std::sort(files.begin(), files.end());
    for (const QString &f : std::as_const(files)) {
        QFile file(f);
        if (file.open(QIODevice::ReadOnly))
            d->inputs.push_back(Input{QStringLiteral("demo/") + QFileInfo(f).fileName(), QString(),
                                      file.readAll(), true});
    }
    if (files.isEmpty())
        d->diagnostics.push_back(errorAt(QStringLiteral("demo"), 0, 0,
                                         tr("the demo cluster is not built into this binary")));
}

Inventory ManifestLoader::load(SourceInfo source)
{
    const LoadOptions options = d->options;
    std::vector<FileResult> results(d->inputs.size());
    if (d->inputs.size() == 1) {
        results[0] = parseInput(d->inputs[0], options);
    } else {
        QList<int> indexes;
        for (int i = 0; i < int(d->inputs.size()); ++i)
            indexes.append(i);
        QtConcurrent::blockingMap(indexes, [&](int i) {
            results[std::size_t(i)] = parseInput(d->inputs[std::size_t(i)], options);
        });
    }
    InventoryBuilder builder;
    builder.setDefaultNamespace(options.defaultNamespace);
    for (Diagnostic &dgn : d->diagnostics)
        builder.addDiagnostic(std::move(dgn));
    bool onlySnapshots = !results.empty();
    for (FileResult &r : results) {
        onlySnapshots = onlySnapshots && r.snapshot;
        for (KubeObject &o : r.objects) {
            if (r.snapshot)
                builder.addScoped(std::move(o));
            else
                builder.add(std::move(o));
        }
        for (Diagnostic &dgn : r.diagnostics)
            builder.addDiagnostic(std::move(dgn));
    }
    if (source.name.isEmpty())
        source.name = d->names.join(QStringLiteral(", "));
    if (d->demo) {
        source.kind = SourceInfo::Kind::Demo;
        source.name = tr("Demo cluster");
    } else if (onlySnapshots && results.size() == 1) {
        const QString path = source.name;
        source = results[0].snapshotSource;
        source.name = source.name.isEmpty() ? path : source.name;
    }
    if (!source.capturedAt.isValid())
        source.capturedAt = QDateTime::currentDateTimeUtc();
    builder.setSource(source);
    d->inputs.clear();
    d->diagnostics.clear();
    d->names.clear();
    return builder.build();
}

Inventory ManifestLoader::loadPaths(const QStringList &paths, const LoadOptions &options)
{
    ManifestLoader loader(options);
    for (const QString &p : paths) {
        if (p == u"-") {
            QFile in;
            if (in.open(stdin, QIODevice::ReadOnly))
                loader.addData(QStringLiteral("<stdin>"), in.read(options.maxFileBytes + 1));
        } else {
            loader.addPath(p);
        }
    }
    return loader.load(SourceInfo{});
}

Inventory ManifestLoader::loadDemo(const LoadOptions &options)
{
    ManifestLoader loader(options);
    loader.addDemo();
    return loader.load(SourceInfo{});
}

} // namespace parapet
