// Snapshots: the corpus round trip (objects, positions, scopes, diagnostics, source), Secret
// values never written, and hostile snapshot files (truncated, flipped, absurd lengths, bad
// tapes) that must give an error and never a crash or a huge allocation.

#include "kube/inventory.h"
#include "sources/manifestloader.h"
#include "sources/snapshot.h"

#include <optional>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace parapet;
using namespace Qt::StringLiterals;

namespace {

const QString kCorpus = QStringLiteral(PARAPET_CORPUS);
const QString kData = QStringLiteral(PARAPET_TEST_DATA);

const char kMarker[] = "PLANTED-SECRET-7f3a9c";
const char kMarkerBase64[] = "UExBTlRFRC1TRUNSRVQtN2YzYTlj";

Inventory loadPaths(const QStringList &paths, const LoadOptions &options = {})
{
    ManifestLoader loader(options);
    for (const QString &p : paths)
        loader.addPath(p);
    return loader.load(SourceInfo{});
}

std::shared_ptr<Document> parseOne(const QByteArray &yaml)
{
    std::shared_ptr<Document> doc;
    parseYamlStream(
        yaml, ParseLimits{}, [&](ParsedDocument p) { doc = p.document; }, [](const Error &) {});
    return doc;
}

QString entriesText(const Document &doc)
{
    QStringList out;
    for (const Document::Entry &e : doc.entries())
        out.append(QString::asprintf("%d/%d@%u:%u", int(e.type), int(e.flags), e.line, e.column));
    return out.join(u' ');
}

// Little-endian writer for hand-made snapshot files (the format of snapshot.h).
class Bytes
{
public:
    Bytes &u8(quint8 v)
    {
        m_data.append(char(v));
        return *this;
    }
    Bytes &u32(quint32 v)
    {
        for (int i = 0; i < 4; ++i)
            m_data.append(char(quint8(v >> (8 * i))));
        return *this;
    }
    Bytes &i64(qint64 v)
    {
        u32(quint32(quint64(v)));
        return u32(quint32(quint64(v) >> 32));
    }
    Bytes &str(const QByteArray &s, std::optional<quint32> length = {})
    {
        u32(length.value_or(quint32(s.size())));
        m_data.append(s);
        return *this;
    }
    Bytes &raw(const QByteArray &s)
    {
        m_data.append(s);
        return *this;
    }
    QByteArray data() const { return m_data; }

private:
    QByteArray m_data;
};

struct Entry
{
    quint8 type;
    quint32 a;
    quint32 b;
    quint8 flags = 0;
};

// {apiVersion: v1, kind: ConfigMap, metadata: {name: x}}
const QByteArray kText = "apiVersionv1kindConfigMapmetadatanamex";
const std::vector<Entry> kEntries = {
    {6, 3, 9},  {4, 0, 10}, {4, 10, 2}, {4, 12, 4}, {4, 16, 9},
    {4, 25, 8}, {6, 1, 9},  {4, 33, 4}, {4, 37, 1},
};

/// A hand-made snapshot; every field can be overridden to make it hostile.
struct Craft
{
    quint32 version = 1;
    std::optional<quint32> writerLength;
    std::optional<quint32> fileCount;
    std::optional<quint32> diagCount;
    std::optional<quint32> messageLength;
    std::optional<quint32> objectCount;
    std::optional<quint32> nsLength;
    std::optional<quint32> entryCount;
    std::vector<Entry> entries = kEntries;
    QByteArray text = kText;
    std::optional<quint32> textLength;
    QByteArray trailing;

    QByteArray bytes() const
    {
        Bytes b;
        b.raw("PRPTSNAP").u32(version).str("0.1.0", writerLength);
        b.u8(0).str("crafted").str("v1.30.0").i64(1700000000000);
        if (fileCount)
            b.u32(*fileCount);
        else
            b.u32(1).str("crafted.yaml");
        if (diagCount)
            b.u32(*diagCount);
        else
            b.u32(1).u8(1).u32(0).u32(3).u32(4).str("broken", messageLength);
        if (objectCount) {
            b.u32(*objectCount);
        } else {
            b.u32(1).u32(0).u32(1).u32(1).u8(1).str("default", nsLength);
            b.u32(entryCount.value_or(quint32(entries.size())));
            for (const Entry &e : entries)
                b.u8(e.type).u8(e.flags).u8(0).u8(0).u32(1).u32(1).u32(e.a).u32(e.b);
            b.str(text, textLength);
        }
        return b.raw(trailing).data();
    }
};

void walk(const Inventory &inv)
{
    // Touch everything a reader of a loaded snapshot would.
    for (const KubeObject &o : inv.objects()) {
        (void)o.reference();
        (void)o.locate("spec.template.spec.containers[0].image");
        const Node root = o.root();
        QVERIFY(root.isMap());
        QVERIFY(root.equals(root));
        for (const auto &[k, v] : root.children()) {
            (void)k.toString();
            (void)v.toString();
            (void)v.toInt();
            (void)v.toDouble();
            (void)v.toBool();
            (void)v.size();
        }
    }
    (void)inv.countsByKind();
    (void)inv.namespaceNames();
    (void)inv.registry().resolve(u"deploy");
}

} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void roundTripCorpus();
    void roundTripThroughFileAndLoader();
    void snapshotOfSnapshot();
    void diagnosticsRoundTrip();
    void craftedSnapshotReads();

    void secretValuesNeverWritten();
    void secretValuesDroppedWhenRead();

    void truncatedAtEveryLength();
    void wrongMagic_data();
    void wrongMagic();
    void unsupportedVersion_data();
    void unsupportedVersion();
    void absurdLengths_data();
    void absurdLengths();
    void malformedTapes_data();
    void malformedTapes();
    void randomByteFlips();
    void brokenSnapshotThroughLoader();

private:
    static void compare(const Inventory &original, const Inventory &copy);

    Inventory m_corpus;
};

void TestSnapshot::initTestCase()
{
    m_corpus = loadPaths({kCorpus});
    QCOMPARE(m_corpus.size(), 290);
}

void TestSnapshot::compare(const Inventory &original, const Inventory &copy)
{
    QCOMPARE(copy.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        const KubeObject &a = original.at(i);
        const KubeObject &b = copy.at(i);
        QCOMPARE(b.apiVersion(), a.apiVersion());
        QCOMPARE(b.kind(), a.kind());
        QCOMPARE(b.group(), a.group());
        QCOMPARE(b.ns(), a.ns());
        QCOMPARE(b.name(), a.name());
        QCOMPARE(b.uid(), a.uid());
        QCOMPARE(b.origin().file, a.origin().file);
        QCOMPARE(b.origin().line, a.origin().line);
        QCOMPARE(b.origin().column, a.origin().column);
        QCOMPARE(b.isNamespaced(), a.isNamespaced());
        QCOMPARE(b.namespaceDefaulted(), a.namespaceDefaulted());
        QVERIFY2(b.root().equals(a.root()), qPrintable(a.reference()));
        // Every field keeps its position and quoting.
        QCOMPARE(entriesText(*b.document()), entriesText(*a.document()));
        QCOMPARE(b.locate("spec.template.spec.containers[0].image").line,
                 a.locate("spec.template.spec.containers[0].image").line);
    }
    QCOMPARE(copy.diagnostics().size(), original.diagnostics().size());
    for (std::size_t i = 0; i < original.diagnostics().size(); ++i) {
        const Diagnostic &a = original.diagnostics()[i];
        const Diagnostic &b = copy.diagnostics()[i];
        QCOMPARE(b.severity, a.severity);
        QCOMPARE(b.location.file, a.location.file);
        QCOMPARE(b.location.line, a.location.line);
        QCOMPARE(b.location.column, a.location.column);
        QCOMPARE(b.message, a.message);
    }
    QCOMPARE(copy.countsByKind(), original.countsByKind());
    QCOMPARE(copy.namespaceNames(), original.namespaceNames());
    QCOMPARE(copy.source().serverVersion, original.source().serverVersion);
    QCOMPARE(copy.source().capturedAt.toMSecsSinceEpoch(),
             original.source().capturedAt.toMSecsSinceEpoch());
}

void TestSnapshot::roundTripCorpus()
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = Snapshot::write(m_corpus);
    const qint64 writeMs = timer.restart();
    QVERIFY(Snapshot::isSnapshot(bytes));
    QVERIFY(bytes.startsWith("PRPTSNAP"));
    const auto read = Snapshot::read(bytes, u"corpus.snap"_s);
    qDebug("corpus snapshot: %lld bytes, written in %lld ms, read in %lld ms", qint64(bytes.size()),
           writeMs, timer.elapsed());
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
    QCOMPARE(read->formatVersion, Snapshot::kFormatVersion);
    const Inventory &copy = read->inventory;
    compare(m_corpus, copy);
    QCOMPARE(copy.source().kind, SourceInfo::Kind::Snapshot);
    QCOMPARE(copy.source().name, u"corpus.snap"_s);
    QCOMPARE(copy.source().capturedKind, SourceInfo::Kind::Manifests);
    QCOMPARE(copy.source().capturedName, kCorpus);
    QCOMPARE(copy.source().serverVersion, u"v1.24.1"_s);
    QVERIFY(copy.source().capturedAt.isValid());
    // Custom resource types come back with their CRDs.
    QCOMPARE(copy.registry().resolve(u"app").size(), 1);
    QVERIFY(!copy.registry().isNamespaced({u"crd.projectcalico.org"_s, u"IPPool"_s}));
    // Writing is deterministic.
    QCOMPARE(Snapshot::write(m_corpus), bytes);
}

void TestSnapshot::roundTripThroughFileAndLoader()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"cluster.snap"_s);
    const auto written = Snapshot::writeFile(m_corpus, path);
    QVERIFY(written.ok());
    QVERIFY(QFileInfo(path).size() > 0);

    // A snapshot given as a path is read as a snapshot, whatever its name.
    const Inventory inv = loadPaths({path});
    compare(m_corpus, inv);
    QCOMPARE(inv.source().kind, SourceInfo::Kind::Snapshot);
    QCOMPARE(inv.source().name, path);
    QCOMPARE(inv.source().capturedName, kCorpus);

    // Next to manifests it contributes its objects; the set is then a manifest set.
    const Inventory mixed = loadPaths({path, kData + u"/inventory/typed.yaml"_s});
    QVERIFY(!mixed.hasErrors());
    QCOMPARE(mixed.size(), m_corpus.size() + 6);
    QCOMPARE(mixed.source().kind, SourceInfo::Kind::Manifests);

    // Namespace defaulting is not applied again: the snapshot's scopes stand.
    LoadOptions options;
    options.defaultNamespace = u"elsewhere"_s;
    const Inventory again = loadPaths({path}, options);
    QVERIFY(again.inNamespace(u"elsewhere").empty());
    QCOMPARE(again.inNamespace(u"default").size(), m_corpus.inNamespace(u"default").size());

    // Unwritable target: an error naming the path.
    const auto failed = Snapshot::writeFile(m_corpus, dir.filePath(u"no/such/dir/x.snap"_s));
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().message.contains(u"no/such/dir/x.snap"_s));
}

void TestSnapshot::snapshotOfSnapshot()
{
    const auto first = Snapshot::read(Snapshot::write(m_corpus), u"first.snap"_s);
    QVERIFY(first.ok());
    const auto second = Snapshot::read(Snapshot::write(first->inventory), u"second.snap"_s);
    QVERIFY(second.ok());
    compare(m_corpus, second->inventory);
    // Still describes the original capture.
    QCOMPARE(second->inventory.source().capturedKind, SourceInfo::Kind::Manifests);
    QCOMPARE(second->inventory.source().capturedName, kCorpus);
    QCOMPARE(second->inventory.source().name, u"second.snap"_s);
    QCOMPARE(Snapshot::write(second->inventory), Snapshot::write(first->inventory));
}

void TestSnapshot::diagnosticsRoundTrip()
{
    // Errors and warnings of a broken set, including ones without a file or position.
    ManifestLoader loader;
    loader.addPath(kData + u"/broken"_s);
    loader.addPath(kData + u"/no-such-file.yaml"_s);
    loader.addData(u"<stdin>"_s, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: before}\n");
    const Inventory broken = loader.load(SourceInfo{});
    QVERIFY(broken.hasErrors());
    QVERIFY(broken.diagnostics().size() > 20);

    InventoryBuilder builder;
    builder.addDiagnostic({Diagnostic::Severity::Warning, {}, u"no location at all"_s});
    for (const KubeObject &o : broken.objects())
        builder.addScoped(o);
    for (const Diagnostic &d : broken.diagnostics())
        builder.addDiagnostic(d);
    const Inventory withExtra = builder.build();

    for (const Inventory *inv : {&broken, &withExtra}) {
        const auto read = Snapshot::read(Snapshot::write(*inv), u"d.snap"_s);
        QVERIFY(read.ok());
        compare(*inv, read->inventory);
        QCOMPARE(read->inventory.hasErrors(), true);
    }
}

void TestSnapshot::craftedSnapshotReads()
{
    // The hand-made file is valid: the hostile variants below differ from it in one field.
    const auto read = Snapshot::read(Craft{}.bytes(), u"crafted.snap"_s);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
    const Inventory &inv = read->inventory;
    QCOMPARE(inv.size(), 1);
    QCOMPARE(inv.at(0).reference(), u"ConfigMap default/x"_s);
    QCOMPARE(inv.at(0).origin().toString(), u"crafted.yaml:1:1"_s);
    QCOMPARE(inv.diagnostics().size(), std::size_t(1));
    QCOMPARE(inv.diagnostics().front().toString(), u"crafted.yaml:3:4: error: broken"_s);
    QCOMPARE(inv.source().capturedName, u"crafted"_s);
    QCOMPARE(inv.source().serverVersion, u"v1.30.0"_s);
    QCOMPARE(inv.source().capturedAt.toMSecsSinceEpoch(), 1700000000000);
}

// ---------------------------------------------------------------------------------------------
// Secrets

void TestSnapshot::secretValuesNeverWritten()
{
    // Objects made straight from parsed documents, so that nothing has dropped the values yet:
    // Snapshot::write itself must leave them out.
    QFile f(kData + u"/secrets/planted.yaml"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray yaml = f.readAll();
    InventoryBuilder builder;
    parseYamlStream(
        yaml, ParseLimits{},
        [&](ParsedDocument p) {
            builder.add(
                KubeObject(p.document, SourceLocation{u"planted.yaml"_s, p.line, p.column}));
        },
        [](const Error &e) { QFAIL(qPrintable(e.toString())); });
    const Inventory raw = builder.build();
    QCOMPARE(raw.size(), 2);
    const KubeObject *secret = raw.find(u"Secret", u"default", u"planted");
    QVERIFY(secret);
    QVERIFY(secret->root()["data"].isValid()); // still there before writing
    QVERIFY(secret->document()->text().find(kMarker) != std::string::npos);

    const QByteArray bytes = Snapshot::write(raw);
    QVERIFY(!bytes.contains(kMarker));
    QVERIFY(!bytes.contains(kMarkerBase64));
    QVERIFY(!bytes.contains("last-applied-configuration"));
    QVERIFY(!bytes.contains("stringData"));

    const auto read = Snapshot::read(bytes, u"s.snap"_s);
    QVERIFY(read.ok());
    const KubeObject *back = read->inventory.find(u"Secret", u"default", u"planted");
    QVERIFY(back);
    QVERIFY(!back->root()["data"].isValid());
    QVERIFY(!back->root()["stringData"].isValid());
    QCOMPARE(back->annotation("keep-me"), u"yes-please"_s);
    QCOMPARE(back->root()["type"].toString(), u"Opaque"_s);
    QCOMPARE(back->origin().line, secret->origin().line);
    QCOMPARE(back->locate("metadata.name").line, 12u);
    // The neighbour keeps its data.
    QCOMPARE(read->inventory.find(u"ConfigMap", u"default", u"neighbour")
                 ->root()
                 .path("data.note")
                 .toString(),
             u"nothing secret here"_s);

    // The same through the loader and the CLI's file path.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.snap"_s);
    QVERIFY(Snapshot::writeFile(loadPaths({kData + u"/secrets"_s}), path).ok());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray fileBytes = written.readAll();
    QVERIFY(!fileBytes.isEmpty());
    QVERIFY(!fileBytes.contains(kMarker));
    QVERIFY(!fileBytes.contains(kMarkerBase64));
}

void TestSnapshot::secretValuesDroppedWhenRead()
{
    // A foreign snapshot that carries a Secret's values: write an object of kind "Secreu"
    // (kept whole), then turn it into a Secret in the bytes (same length).
    const auto doc = parseOne(
        QByteArray("apiVersion: v1\nkind: Secreu\nmetadata:\n  name: foreign\n"
                   "  annotations:\n    kubectl.kubernetes.io/"
                   "last-applied-configuration: ") +
        kMarker + "\ndata: {k: " + kMarkerBase64 + "}\nstringData: {k: " + kMarker + "}\n");
    QVERIFY(doc);
    InventoryBuilder builder;
    builder.add(KubeObject(doc, SourceLocation{u"f.yaml"_s, 1, 1}));
    QByteArray bytes = Snapshot::write(builder.build());
    QVERIFY(bytes.contains(kMarker));
    QCOMPARE(bytes.count("Secreu"), 1);
    bytes.replace("Secreu", "Secret");

    const auto read = Snapshot::read(bytes, u"foreign.snap"_s);
    QVERIFY(read.ok());
    const KubeObject &secret = read->inventory.at(0);
    QCOMPARE(secret.kind(), u"Secret"_s);
    QVERIFY(!secret.root()["data"].isValid());
    QVERIFY(!secret.root()["stringData"].isValid());
    QVERIFY(!secret.annotations()["kubectl.kubernetes.io/last-applied-configuration"].isValid());
    QVERIFY(secret.document()->text().find(kMarker) == std::string::npos);
    QVERIFY(secret.document()->text().find(kMarkerBase64) == std::string::npos);
    QVERIFY(!Snapshot::write(read->inventory).contains(kMarker));
}

// ---------------------------------------------------------------------------------------------
// Hostile snapshots

void TestSnapshot::truncatedAtEveryLength()
{
    const Inventory small = loadPaths({kCorpus + u"/guestbook/guestbook-all-in-one.yaml"_s,
                                       kData + u"/broken/missing-kind.yaml"_s});
    QVERIFY(small.hasErrors());
    const QByteArray bytes = Snapshot::write(small);
    QVERIFY(Snapshot::read(bytes, u"full.snap"_s).ok());
    QElapsedTimer timer;
    timer.start();
    for (qsizetype n = 0; n < bytes.size(); ++n) {
        const auto read = Snapshot::read(QByteArrayView(bytes).first(n), u"cut.snap"_s);
        QVERIFY2(!read.ok(),
                 qPrintable(u"a prefix of "_s + QString::number(n) + u" bytes loads"_s));
        QCOMPARE(read.error().location.file, u"cut.snap"_s);
        QVERIFY(read.error().message.startsWith(u"not a valid Parapet snapshot: "_s));
    }
    qDebug("%lld prefixes rejected in %lld ms", qint64(bytes.size()), timer.elapsed());
}

void TestSnapshot::wrongMagic_data()
{
    QTest::addColumn<QByteArray>("data");
    QByteArray good = Craft{}.bytes();
    QByteArray flipped = good;
    flipped[7] = 'Q';
    QTest::newRow("last magic byte") << flipped;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("YAML") << QByteArray("apiVersion: v1\nkind: ConfigMap\n");
    QTest::newRow("lower case") << QByteArray("prptsnap") + good.mid(8);
    QTest::newRow("magic alone, short") << QByteArray("PRPTSNA");
}

void TestSnapshot::wrongMagic()
{
    QFETCH(QByteArray, data);
    QVERIFY(!Snapshot::isSnapshot(data));
    const auto read = Snapshot::read(data, u"x.snap"_s);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, Error::Code::Invalid);
    QCOMPARE(read.error().toString(), u"x.snap: not a valid Parapet snapshot: wrong magic"_s);
}

void TestSnapshot::unsupportedVersion_data()
{
    QTest::addColumn<quint32>("version");
    QTest::newRow("next") << quint32(2);
    QTest::newRow("zero") << quint32(0);
    QTest::newRow("huge") << quint32(0xFFFFFFFF);
}

void TestSnapshot::unsupportedVersion()
{
    QFETCH(quint32, version);
    Craft c;
    c.version = version;
    const auto read = Snapshot::read(c.bytes(), u"future.snap"_s);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, Error::Code::Unsupported);
    QCOMPARE(read.error().toString(),
             u"future.snap: snapshot format "_s + QString::number(version) +
                 u" is not supported by this Parapet (it reads format 1)"_s);
    // Through the loader it is an error diagnostic naming the file.
    ManifestLoader loader;
    loader.addData(u"future.snap"_s, c.bytes());
    const Inventory inv = loader.load(SourceInfo{});
    QVERIFY(inv.isEmpty());
    QCOMPARE(inv.diagnostics().size(), std::size_t(1));
    QCOMPARE(inv.diagnostics().front().severity, Diagnostic::Severity::Error);
    QVERIFY(
        inv.diagnostics().front().toString().startsWith(u"future.snap: error: snapshot format"_s));
}

void TestSnapshot::absurdLengths_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    const quint32 huge = 0xFFFFFFFF;
    auto row = [](const char *name, const Craft &c, const char *error) {
        QTest::newRow(name) << c.bytes() << QString::fromUtf8(error);
    };
    Craft c;
    c.writerLength = huge;
    row("writer version length", c, "truncated file table");
    c = {};
    c.fileCount = huge;
    row("file count", c, "truncated file table");
    c = {};
    c.fileCount = 0x3FFFFFFF; // ×4 bytes is still more than there is
    row("file count x4 overflowing 32 bits", c, "truncated file table");
    c = {};
    c.diagCount = huge;
    row("diagnostic count", c, "truncated diagnostics");
    c = {};
    c.messageLength = huge;
    row("diagnostic message length", c, "truncated object table");
    c = {};
    c.objectCount = huge;
    row("object count", c, "truncated object table");
    c = {};
    c.nsLength = huge;
    row("namespace length", c, "object 0 is truncated");
    c = {};
    c.entryCount = huge;
    row("entry count", c, "object 0 is truncated");
    c = {};
    c.entryCount = 0x0CCCCCCD; // ×20 wraps around 32 bits
    row("entry count x20 wrapping", c, "object 0 is truncated");
    c = {};
    c.textLength = huge;
    row("text length", c, "object 0 is truncated");
    c = {};
    c.trailing = "x";
    row("trailing byte", c, "unexpected data after the last object");
}

void TestSnapshot::absurdLengths()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    QElapsedTimer timer;
    timer.start();
    const auto read = Snapshot::read(data, u"absurd.snap"_s);
    if (timer.elapsed() > 50)
        qDebug("took %lld ms", timer.elapsed());
    QVERIFY(!read.ok());
    QCOMPARE(read.error().toString(), u"absurd.snap: not a valid Parapet snapshot: "_s + error);
}

void TestSnapshot::malformedTapes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    auto row = [](const char *name, std::vector<Entry> entries, const char *error,
                  QByteArray text = kText) {
        Craft c;
        c.entries = std::move(entries);
        c.text = std::move(text);
        QTest::newRow(name) << c.bytes() << QString::fromUtf8(error);
    };
    auto with = [](std::size_t i, Entry e) {
        std::vector<Entry> out = kEntries;
        out[i] = e;
        return out;
    };
    row("empty tape", {}, "object 0: empty document");
    row("unknown type", with(2, {7, 10, 2}), "object 0: entry 2 has an unknown type");
    row("scalar outside the text", with(8, {4, 37, 2}),
        "object 0: scalar 8 points outside the text");
    row("scalar offset far outside", with(8, {4, 0xFFFFFFF0, 0x20}),
        "object 0: scalar 8 points outside the text");
    row("key is not a string", with(3, {2, 12, 4}), "object 0: mapping key 3 is not a string");
    // The root ends too early: its last child then sticks out of it.
    row("root extent too short", with(0, {6, 3, 8}), "object 0: container 6 has a bad extent");
    row("root extent too long", with(0, {6, 3, 10}), "object 0: container 0 has a bad extent");
    row("child extent beyond parent", with(6, {6, 1, 10}),
        "object 0: container 6 has a bad extent");
    row("extent pointing backwards", with(6, {6, 1, 3}), "object 0: container 6 has a bad extent");
    row("wrong child count", with(0, {6, 4, 9}), "object 0: document structure is not well nested");
    row("wrong inner child count", with(6, {6, 2, 9}),
        "object 0: document structure is not well nested");
    row("huge child count", with(0, {6, 0xFFFFFFFF, 9}),
        "object 0: document structure is not well nested");
    row("two roots", {{4, 0, 1}, {4, 1, 1}}, "object 0: entry 1 lies outside the root");
    row("root is a scalar", {{4, 0, 4}}, "object 0 is not a Kubernetes object", "root");
    row("root is a sequence", {{5, 1, 2}, {4, 0, 1}}, "object 0 is not a Kubernetes object", "x");
    row("mapping without kind", {{6, 1, 3}, {4, 0, 4}, {4, 4, 1}},
        "object 0 is not a Kubernetes object", "namex");
}

void TestSnapshot::malformedTapes()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const auto read = Snapshot::read(data, u"tape.snap"_s);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().toString(), u"tape.snap: not a valid Parapet snapshot: "_s + error);
}

void TestSnapshot::randomByteFlips()
{
    const Inventory small =
        loadPaths({kCorpus + u"/guestbook/guestbook-all-in-one.yaml"_s,
                   kCorpus + u"/list-and-json"_s, kData + u"/broken/missing-kind.yaml"_s});
    const QByteArray bytes = Snapshot::write(small);
    QRandomGenerator rng(20240611);
    int loaded = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < 3000; ++round) {
        QByteArray copy = bytes;
        const int flips = 1 + int(rng.bounded(3));
        for (int i = 0; i < flips; ++i) {
            const qsizetype pos = qsizetype(rng.bounded(quint32(copy.size())));
            copy[pos] = char(uchar(copy[pos]) ^ uchar(1 + rng.bounded(255)));
        }
        const auto read = Snapshot::read(copy, u"flipped.snap"_s);
        if (read.ok()) {
            ++loaded;
            walk(read->inventory);
        } else {
            QVERIFY(!read.error().message.isEmpty());
        }
    }
    qDebug("3000 flipped copies in %lld ms: %d still load, the others are refused", timer.elapsed(),
           loaded);
    QVERIFY(loaded > 0);    // flips in text or positions are harmless
    QVERIFY(loaded < 3000); // flips in lengths and structure are caught
}

void TestSnapshot::brokenSnapshotThroughLoader()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cut.snap"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Snapshot::write(m_corpus).left(1000));
    f.close();
    const QString good = kCorpus + u"/guestbook/guestbook-all-in-one.yaml"_s;
    const Inventory inv = loadPaths({path, good});
    QCOMPARE(inv.size(), 6); // the manifests still load
    QCOMPARE(inv.diagnostics().size(), std::size_t(1));
    const Diagnostic &d = inv.diagnostics().front();
    QCOMPARE(d.severity, Diagnostic::Severity::Error);
    QCOMPARE(d.location.file, path);
    QVERIFY2(d.message.startsWith(u"not a valid Parapet snapshot: "_s), qPrintable(d.message));
}

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
