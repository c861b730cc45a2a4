#include "i18n.h"

#include <memory>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace parapet::i18n {

namespace {

const QString kResourceDir = u":/i18n"_s;

/// A translator that also finds a message whose context lupdate guessed differently from the
/// context the code asks for at run time.
///
/// lupdate's C++ parser cannot see through the file-local `tr()` helpers that many core files
/// use (`QString tr(const char *t) { return QCoreApplication::translate("parapet::X", t); }`),
/// nor through Q_DECLARE_TR_FUNCTIONS inherited from a base class (the parapet-cli commands): it
/// files such messages under the enclosing namespace or class ("parapet::netpol",
/// "parapet::cli::ScanCommand"), while the code asks for "parapet::netpol::Exposure" or
/// "parapet::cli::Command". When the exact lookup misses, this translator looks the source text
/// up in the contexts of the catalogue (read from the .qm's message table) and retries with the
/// context closest to the requested one (most leading "::" segments in common). A tr() that
/// resolves to a Qt base class (a delegate without Q_OBJECT asks for "QStyledItemDelegate") is
/// found the same way. Qt's own translation is installed after this one, so QCoreApplication asks
/// it first: Qt's own strings keep Qt's wording where qtbase_LANG.qm is installed.
class ScopedTranslator : public QTranslator
{
public:
    bool loadCatalogue(const QString &path)
    {
        if (!load(path))
            return false;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            indexContexts(file.readAll());
        return true;
    }

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override
    {
        QString exact = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!exact.isNull() || !context || !sourceText)
            return exact;
        const auto it = m_contexts.constFind(key(sourceText, disambiguation));
        if (it == m_contexts.cend())
            return exact;
        const QByteArray best = closestContext(QByteArray(context), *it);
        if (best == context)
            return exact;
        return QTranslator::translate(best.constData(), sourceText, disambiguation, n);
    }

    /// Number of distinct (source text, disambiguation) pairs in the catalogue.
    qsizetype indexedMessages() const { return m_contexts.size(); }

private:
    static QByteArray key(const char *sourceText, const char *disambiguation)
    {
        QByteArray k(sourceText);
        k += '\0';
        if (disambiguation)
            k += disambiguation;
        return k;
    }

    static QByteArray closestContext(const QByteArray &wanted, const QList<QByteArray> &candidates)
    {
        const QList<QByteArray> wantedParts = wanted.split(':');
        QByteArray best;
        int bestScore = -1;
        for (const QByteArray &candidate : candidates) {
            const QList<QByteArray> parts = candidate.split(':');
            int common = 0;
            while (common < parts.size() && common < wantedParts.size() &&
                   parts.at(common) == wantedParts.at(common))
                ++common;
            // A candidate that is a whole prefix of the wanted context (the enclosing namespace
            // lupdate chose for a file-local tr()) beats a sibling class with as many segments.
            const int score = common * 2 + (common == parts.size() ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    static quint32 read32(const uchar *p)
    {
        return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
    }

    /// Reads the message table of a .qm file (the format QTranslator reads: a 16-byte magic, then
    /// tagged blocks; the Messages block holds tagged fields per message, ended by Tag_End).
    void indexContexts(const QByteArray &qm)
    {
        enum : uchar
        {
            Messages = 0x69
        };
        enum : uchar
        {
            TagEnd = 1,
            TagSourceText16 = 2,
            TagTranslation = 3,
            TagContext16 = 4,
            TagObsolete1 = 5,
            TagSourceText = 6,
            TagContext = 7,
            TagComment = 8,
        };
        const auto *data = reinterpret_cast<const uchar *>(qm.constData());
        const qsizetype size = qm.size();
        qsizetype pos = 16;
        while (pos + 5 <= size) {
            const uchar tag = data[pos];
            const quint32 blockLength = read32(data + pos + 1);
            pos += 5;
            if (blockLength > quint32(size - pos))
                return;
            if (tag != Messages) {
                pos += blockLength;
                continue;
            }
            const qsizetype end = pos + blockLength;
            QByteArray source, comment, context;
            while (pos < end) {
                const uchar field = data[pos++];
                if (field == TagEnd) {
                    QByteArray k = source;
                    k += '\0';
                    k += comment;
                    QList<QByteArray> &contexts = m_contexts[k];
                    if (!contexts.contains(context))
                        contexts.append(context);
                    source.clear();
                    comment.clear();
                    context.clear();
                    continue;
                }
                if (field == TagObsolete1) {
                    pos += 4;
                    continue;
                }
                if (pos + 4 > end)
                    return;
                const quint32 length = read32(data + pos);
                pos += 4;
                if (field == TagTranslation && length == 0xffffffffu)
                    continue; // a null translation has no payload
                if (length > quint32(end - pos))
                    return;
                const QByteArray value(reinterpret_cast<const char *>(data + pos),
                                       qsizetype(length));
                pos += length;
                switch (field) {
                case TagSourceText:
                    source = value;
                    break;
                case TagComment:
                    comment = value;
                    break;
                case TagContext:
                    context = value;
                    break;
                case TagTranslation:
                case TagSourceText16:
                case TagContext16:
                    break;
                default:
                    return; // unknown field: keep what was read so far
                }
            }
        }
    }

    QHash<QByteArray, QList<QByteArray>> m_contexts;
};

struct State
{
    std::unique_ptr<ScopedTranslator> parapet;
    std::unique_ptr<QTranslator> qt;
    QString language = u"en"_s;
};

State &state()
{
    static State s;
    return s;
}

/// "de_DE.UTF-8", "de-AT", "DE" -> "de".
QString baseCode(const QString &name)
{
    QString code = name.trimmed().toLower();
    const qsizetype cut = code.indexOf(QRegularExpression(u"[_.@-]"_s));
    if (cut >= 0)
        code.truncate(cut);
    return code;
}

} // namespace

QStringList availableLanguages()
{
    QStringList out{u"en"_s};
    const QStringList files =
        QDir(kResourceDir).entryList({u"parapet_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(8, file.size() - 8 - 3);
        if (!code.isEmpty() && !out.contains(code))
            out.append(code);
    }
    return out;
}

QString resolveLanguage(const QString &language)
{
    const QStringList available = availableLanguages();
    if (!language.trimmed().isEmpty()) {
        const QString code = baseCode(language);
        return available.contains(code) ? code : QString();
    }
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &ui : uiLanguages) {
        const QString code = baseCode(ui);
        if (code == u"c" || code == u"posix")
            return u"en"_s;
        if (available.contains(code))
            return code;
    }
    return u"en"_s;
}

bool installTranslators(const QString &language)
{
    State &s = state();
    if (s.parapet) {
        QCoreApplication::removeTranslator(s.parapet.get());
        s.parapet.reset();
    }
    if (s.qt) {
        QCoreApplication::removeTranslator(s.qt.get());
        s.qt.reset();
    }
    s.language = u"en"_s;
    QLocale::setDefault(QLocale::system());

    const QString code = resolveLanguage(language);
    if (code.isEmpty())
        return false;
    // Dates and numbers (QLocale()) follow a chosen language that differs from the system's
    // ("de" on an English desktop); a system locale of the same language keeps its region.
    const QLocale::Language systemLanguage = QLocale::system().language() == QLocale::C
                                                 ? QLocale::English
                                                 : QLocale::system().language();
    if (QLocale(code).language() != systemLanguage)
        QLocale::setDefault(QLocale(code));
    if (code == u"en")
        return true;

    auto parapet = std::make_unique<ScopedTranslator>();
    if (!parapet->loadCatalogue(kResourceDir + u"/parapet_"_s + code + u".qm"_s))
        return false;
    QCoreApplication::installTranslator(parapet.get());
    s.parapet = std::move(parapet);

    // Qt's own dialogs and buttons; optional (distributions ship it in a separate package).
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s.qt = std::move(qt);
    }
    s.language = code;
    return true;
}

QString currentLanguage()
{
    return state().language;
}

QString nativeLanguageName(const QString &language)
{
    const QString code = baseCode(language);
    if (code.isEmpty())
        return QString();
    QString name = QLocale(code).nativeLanguageName();
    if (code == u"en")
        name = u"English"_s; // QLocale("en") says "American English"
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? code : name;
}

} // namespace parapet::i18n
