#include "snapshot.h"

#include "manifestloader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

#include <cstring>

namespace parapet {

namespace {

constexpr char kMagic[8] = {'P', 'R', 'P', 'T', 'S', 'N', 'A', 'P'};

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::Snapshot", text);
}

class Writer
{
public:
    void u8(std::uint8_t v) { m_out.append(char(v)); }
    void u32(std::uint32_t v)
    {
        char b[4] = {char(v), char(v >> 8), char(v >> 16), char(v >> 24)};
        m_out.append(b, 4);
    }
    void i64(qint64 v)
    {
        const auto u = quint64(v);
        u32(std::uint32_t(u));
        u32(std::uint32_t(u >> 32));
    }
    void bytes(std::string_view s)
    {
        u32(std::uint32_t(s.size()));
        m_out.append(s.data(), qsizetype(s.size()));
    }
    void str(const QString &s)
    {
        const QByteArray u = s.toUtf8();
        bytes(std::string_view(u.constData(), std::size_t(u.size())));
    }
    void raw(const char *p, qsizetype n) { m_out.append(p, n); }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

class Reader
{
public:
    explicit Reader(QByteArrayView data) : m_p(data.data()), m_end(data.data() + data.size()) {}

    bool ok() const { return m_ok; }
    qsizetype remaining() const { return m_end - m_p; }

    bool need(qsizetype n)
    {
        if (!m_ok || n < 0 || remaining() < n) {
            m_ok = false;
            return false;
        }
        return true;
    }
    std::uint8_t u8()
    {
        if (!need(1))
            return 0;
        return std::uint8_t(*m_p++);
    }
    std::uint32_t u32()
    {
        if (!need(4))
            return 0;
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i)
            v |= std::uint32_t(uchar(m_p[i])) << (8 * i);
        m_p += 4;
        return v;
    }
    qint64 i64()
    {
        const quint64 lo = u32();
        const quint64 hi = u32();
        return qint64(lo | (hi << 32));
    }
    std::string bytes()
    {
        const std::uint32_t n = u32();
        if (!need(qsizetype(n)))
            return {};
        std::string s(m_p, n);
        m_p += n;
        return s;
    }
    QString str()
    {
        const std::string s = bytes();
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }

private:
    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

constexpr std::uint32_t kNoFile = 0xFFFFFFFFu;
constexpr std::uint32_t kEntryBytes = 20;

void writeDocument(Writer &w, const Document &doc)
{
    w.u32(std::uint32_t(doc.entries().size()));
    for (const Document::Entry &e : doc.entries()) {
        w.u8(std::uint8_t(e.type));
        w.u8(e.flags);
        w.u8(0);
        w.u8(0);
        w.u32(e.line);
        w.u32(e.column);
        w.u32(e.a);
        w.u32(e.b);
    }
    w.bytes(doc.text());
}

} // namespace

bool Snapshot::isSnapshot(QByteArrayView data)
{
    return data.size() >= qsizetype(sizeof kMagic) && std::memcmp(data.data(), kMagic, sizeof kMagic) == 0;
}

QByteArray Snapshot::write(const Inventory &inventory)
{
    Writer w;
    w.raw(kMagic, sizeof kMagic);
    w.u32(kFormatVersion);
    w.str(QStringLiteral(PARAPET_VERSION));
    const SourceInfo &src = inventory.source();
    // A snapshot of a snapshot describes the original capture.
    const bool resnap = src.kind == SourceInfo::Kind::Snapshot;
    w.u8(std::uint8_t(resnap ? src.capturedKind : src.kind));
    w.str(resnap ? src.capturedName : src.name);
    w.str(src.serverVersion);
    w.i64(src.capturedAt.isValid() ? src.capturedAt.toMSecsSinceEpoch() : 0);

    QHash<QString, std::uint32_t> fileIndex;
    QStringList files;
    auto fileId = [&](const QString &f) -> std::uint32_t {
        if (f.isEmpty())
            return kNoFile;
        auto it = fileIndex.constFind(f);
        if (it != fileIndex.constEnd())
            return *it;
        files.append(f);
        return fileIndex[f] = std::uint32_t(files.size() - 1);
    };
    for (const KubeObject &o : inventory.objects())
        fileId(o.origin().file);
    for (const Diagnostic &dgn : inventory.diagnostics())
        fileId(dgn.location.file);

    w.u32(std::uint32_t(files.size()));
    for (const QString &f : std::as_const(files))
        w.str(f);

    w.u32(std::uint32_t(inventory.diagnostics().size()));
    for (const Diagnostic &dgn : inventory.diagnostics()) {
        w.u8(dgn.severity == Diagnostic::Severity::Error ? 1 : 0);
        w.u32(fileId(dgn.location.file));
        w.u32(dgn.location.line);
        w.u32(dgn.location.column);
        w.str(dgn.message);
    }

    w.u32(std::uint32_t(inventory.size()));
    for (const KubeObject &o : inventory.objects()) {
        w.u32(fileId(o.origin().file));
        w.u32(o.origin().line);
        w.u32(o.origin().column);
        w.u8(std::uint8_t((o.isNamespaced() ? 1 : 0) | (o.namespaceDefaulted() ? 2 : 0)));
        w.str(o.ns());
        if (o.kind() == u"Secret" && o.group().isEmpty())
            writeDocument(w, *withoutSecretValues(o.root()));
        else
            writeDocument(w, *o.document());
    }
    return w.take();
}

Result<bool> Snapshot::writeFile(const Inventory &inventory, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io, tr("cannot write %1: %2").arg(path, f.errorString()), {}};
    const QByteArray data = write(inventory);
    if (f.write(data) != data.size() || !f.commit())
        return Error{Error::Code::Io, tr("cannot write %1: %2").arg(path, f.errorString()), {}};
    return true;
}

Result<Snapshot::Loaded> Snapshot::read(QByteArrayView data, const QString &fileName)
{
    auto fail = [&](const QString &message) {
        return Error{Error::Code::Invalid, tr("not a valid Parapet snapshot: %1").arg(message),
                     SourceLocation{fileName, 0, 0}};
    };
    if (!isSnapshot(data))
        return fail(tr("wrong magic"));
    Reader r(data.sliced(sizeof kMagic));
    const std::uint32_t version = r.u32();
    if (!r.ok())
        return fail(tr("truncated header"));
    if (version != kFormatVersion)
        return Error{Error::Code::Unsupported,
                     tr("snapshot format %1 is not supported by this Parapet (it reads format %2)")
                         .arg(version)
                         .arg(kFormatVersion),
                     SourceLocation{fileName, 0, 0}};
    r.str(); // Parapet version that wrote it
    SourceInfo src;
    const std::uint8_t kind = r.u8();
    src.kind = SourceInfo::Kind::Snapshot;
    src.capturedKind = kind <= std::uint8_t(SourceInfo::Kind::Live) ? SourceInfo::Kind(kind)
                                                                  : SourceInfo::Kind::Manifests;
    src.capturedName = r.str();
    src.name = fileName;
    src.serverVersion = r.str();
    const qint64 ms = r.i64();
    if (ms != 0)
        src.capturedAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);

    const std::uint32_t fileCount = r.u32();
    if (!r.need(qsizetype(fileCount) * 4))
        return fail(tr("truncated file table"));
    QStringList files;
    for (std::uint32_t i = 0; i < fileCount && r.ok(); ++i)
        files.append(r.str());
    auto file = [&](std::uint32_t id) { return id < std::uint32_t(files.size()) ? files[qsizetype(id)] : QString(); };

    InventoryBuilder builder;
    builder.setSource(src);
    const std::uint32_t diagCount = r.u32();
    if (!r.need(qsizetype(diagCount) * 17))
        return fail(tr("truncated diagnostics"));
    for (std::uint32_t i = 0; i < diagCount && r.ok(); ++i) {
        Diagnostic dgn;
        dgn.severity = r.u8() ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning;
        dgn.location.file = file(r.u32());
        dgn.location.line = r.u32();
        dgn.location.column = r.u32();
        dgn.message = r.str();
        builder.addDiagnostic(std::move(dgn));
    }
    const std::uint32_t objectCount = r.u32();
    if (!r.need(qsizetype(objectCount) * 25))
        return fail(tr("truncated object table"));
    for (std::uint32_t i = 0; i < objectCount; ++i) {
        SourceLocation origin;
        origin.file = file(r.u32());
        origin.line = r.u32();
        origin.column = r.u32();
        const std::uint8_t flags = r.u8();
        const QString ns = r.str();
        const std::uint32_t entryCount = r.u32();
        if (!r.need(qsizetype(entryCount) * kEntryBytes))
            return fail(tr("object %1 is truncated").arg(i));
        std::vector<Document::Entry> entries(entryCount);
        for (Document::Entry &e : entries) {
            e.type = NodeType(r.u8());
            e.flags = r.u8();
            r.u8();
            r.u8();
            e.line = r.u32();
            e.column = r.u32();
            e.a = r.u32();
            e.b = r.u32();
        }
        std::string text = r.bytes();
        if (!r.ok())
            return fail(tr("object %1 is truncated").arg(i));
        QString why;
        auto doc = Document::fromParts(std::move(entries), std::move(text), &why);
        if (!doc)
            return fail(tr("object %1: %2").arg(i).arg(why));
        KubeObject probe(doc, origin);
        if (!Node(doc.get(), 0).isMap() || probe.kind().isEmpty() || probe.name().isEmpty())
            return fail(tr("object %1 is not a Kubernetes object").arg(i));
        KubeObject object = (probe.kind() == u"Secret" && probe.group().isEmpty())
            ? KubeObject(withoutSecretValues(probe.root()), origin)
            : std::move(probe);
        object.setScope(flags & 1, ns, flags & 2);
        builder.addScoped(std::move(object));
    }
    if (r.remaining() != 0)
        return fail(tr("unexpected data after the last object"));
    return Loaded{builder.build(), int(version)};
}

} // namespace parapet
