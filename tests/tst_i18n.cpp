// The translations: the embedded catalogue switches the GUI, CLI, core and report texts to
// German and back, and every .ts in translations/ is complete (no unfinished message, the same
// placeholders as the English text, one accelerator where the English has one).

#include "checks/control.h"
#include "clirun.h"
#include "i18n.h"
#include "kube/labelselector.h"
#include "report.h"
#include "sources/manifestloader.h"
#include "views/viewcatalog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace parapet;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; ///< "" (finished), unfinished, vanished, obsolete
    bool numerus = false;
    QStringList translations;
};

QList<TsMessage> readTs(const QString &path, QString *language, QString *error)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message")
                out.append(message);
            continue;
        }
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (!message.numerus)
                message.translations.append(xml.readElementText());
        } else if (name == u"numerusform") {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QStringList out;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured(0));
    out.sort();
    out.removeDuplicates();
    return out;
}

int accelerators(QString text)
{
    text.remove(u"&&"_s);
    static const QRegularExpression entity(u"&[a-z]+;|&#\\d+;"_s);
    text.remove(entity);
    return int(text.count(u'&'));
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { i18n::installTranslators(u"en"_s); }

    void languagesAreDiscoveredFromTheResources()
    {
        const QStringList languages = i18n::availableLanguages();
        QCOMPARE(languages.value(0), u"en"_s);
        QVERIFY2(languages.contains(u"de"_s), qPrintable(languages.join(u", ")));
        // One language per translations/parapet_LANG.ts, nothing else.
        const QStringList ts = QDir(QStringLiteral(PARAPET_TRANSLATIONS_DIR))
                                   .entryList({u"parapet_*.ts"_s}, QDir::Files, QDir::Name);
        QCOMPARE(languages.size(), ts.size() + 1);
        QCOMPARE(i18n::nativeLanguageName(u"de"_s), u"Deutsch"_s);
        QCOMPARE(i18n::nativeLanguageName(u"en"_s), u"English"_s);
    }

    void languageNamesAreResolved_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("code") << u"de"_s << u"de"_s;
        QTest::newRow("locale") << u"de_DE.UTF-8"_s << u"de"_s;
        QTest::newRow("bcp47") << u"de-AT"_s << u"de"_s;
        QTest::newRow("upper") << u"DE"_s << u"de"_s;
        QTest::newRow("english") << u"en_GB"_s << u"en"_s;
        QTest::newRow("unknown") << u"xx"_s << QString();
    }
    void languageNamesAreResolved()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QCOMPARE(i18n::resolveLanguage(name), code);
    }

    void unknownLanguageKeepsEnglish()
    {
        QVERIFY(i18n::installTranslators(u"de"_s));
        QVERIFY(!i18n::installTranslators(u"xx"_s));
        QCOMPARE(i18n::currentLanguage(), u"en"_s);
        QCOMPARE(checks::sectionTitle(checks::Section::Network),
                 u"Network separation and hardening"_s);
    }

    void germanAndBack()
    {
        const checks::Control *privileged = checks::findControl(u"NSA-POD-08");
        QVERIFY(privileged);
        const ui::ViewInfo *overview = ui::findView(u"overview");
        QVERIFY(overview);
        QCOMPARE(overview->translatedTitle(), u"Overview"_s);
        QCOMPARE(privileged->title(), u"No privileged containers"_s);

        QVERIFY(i18n::installTranslators(u"de"_s));
        QCOMPARE(i18n::currentLanguage(), u"de"_s);
        // GUI (view catalogue) and core (control catalogue, QT_TRANSLATE_NOOP tables).
        QCOMPARE(overview->translatedTitle(), u"Übersicht"_s);
        QCOMPARE(privileged->title(), u"Keine privilegierten Container"_s);
        QCOMPARE(checks::sectionTitle(checks::Section::Logging),
                 u"Audit-Logging und Bedrohungserkennung"_s);
        // Messages lupdate files under another context than the code asks for at run time: a
        // file-local tr() helper (labelselector.cpp) and a command's inherited Command::tr().
        const auto selector = LabelSelector::parse(u"a_b/x=1");
        QVERIFY(!selector);
        QVERIFY2(selector.error().message.contains(u"muss eine DNS-Subdomain sein"_s),
                 qPrintable(selector.error().message));
        // A tr() that resolves to a Qt base class: the checklist's item delegate has no Q_OBJECT,
        // so StepDelegate::tr() asks for QStyledItemDelegate's context.
        QCOMPARE(QCoreApplication::translate("QStyledItemDelegate", "excepted"), u"ausgenommen"_s);
        const test::CliRun help = test::runCommand({u"--help"_s});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(u"Befehle:"_s), qPrintable(help.out));
        const test::CliRun scanHelp = test::runCommand({u"scan"_s, u"--help"_s});
        QVERIFY2(scanHelp.out.contains(u"Ausgabeformat"_s), qPrintable(scanHelp.out));
        const test::CliRun scan = test::runCommand({u"scan"_s, u"--demo"_s});
        QVERIFY2(scan.out.contains(u"Befund"_s), qPrintable(scan.out.left(3000)));

        // Dates and numbers follow a chosen language that differs from the system's (C here).
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(61.5, 'f', 1), u"61,5"_s);

        QVERIFY(i18n::installTranslators(u"en"_s));
        QCOMPARE(i18n::currentLanguage(), u"en"_s);
        QCOMPARE(QLocale().toString(61.5, 'f', 1), u"61.5"_s);
        QCOMPARE(overview->translatedTitle(), u"Overview"_s);
        QCOMPARE(privileged->title(), u"No privileged containers"_s);
        QVERIFY(test::runCommand({u"--help"_s}).out.contains(u"Commands:"_s));
    }

    // Issue #9: the report texts follow the chosen language.
    void reportFollowsTheLanguage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Inventory demo = ManifestLoader::loadDemo();
        report::Options options;
        options.format = report::Format::Html;
        options.includeFixes = false;
        auto html = [&](const QString &language) {
            i18n::installTranslators(language);
            const QString path = dir.filePath(language + u".html"_s);
            const auto written = report::writeReport(demo, options, path);
            if (!written)
                qWarning("%s", qPrintable(written.error().message));
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        const QString en = html(u"en"_s);
        QVERIFY2(en.contains(u"Assessment against the NSA/CISA Kubernetes Hardening Guide"_s),
                 qPrintable(en.left(2000)));
        QVERIFY(en.contains(u"No privileged containers"_s));
        const QString de = html(u"de"_s);
        QVERIFY2(de.contains(u"Bewertung nach dem Kubernetes Hardening Guide von NSA/CISA"_s),
                 qPrintable(de.left(2000)));
        QVERIFY(de.contains(u"Keine privilegierten Container"_s));
        QVERIFY(de.contains(u"Kubernetes-Pod-Sicherheit"_s));
        // The report builder's t("...") helper (lupdate -tr-function-alias tr+=t).
        QVERIFY(de.contains(u"Management-Zusammenfassung"_s));
        QVERIFY(!de.contains(u"Assessment against the NSA/CISA"_s));
    }

    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(PARAPET_TRANSLATIONS_DIR));
        const QStringList files = dir.entryList({u"*.ts"_s}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
    void catalogueIsComplete()
    {
        QFETCH(QString, path);
        QString language, error;
        const QList<TsMessage> messages = readTs(path, &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const TsMessage &m : messages) {
            const QString where = u"[%1] \"%2\""_s.arg(m.context, m.source.left(80));
            if (!m.type.isEmpty()) {
                problems << u"%1 is %2"_s.arg(where, m.type);
                continue;
            }
            if (m.translations.isEmpty() ||
                std::any_of(m.translations.cbegin(), m.translations.cend(),
                            [](const QString &t) { return t.trimmed().isEmpty(); })) {
                problems << u"%1 has an empty translation"_s.arg(where);
                continue;
            }
            if (m.numerus && m.translations.size() != 2 && language.startsWith(u"de"))
                problems << u"%1 needs 2 plural forms"_s.arg(where);
            for (const QString &t : m.translations) {
                QStringList wanted = placeholders(m.source);
                // A plural form may spell the number out ("ein Objekt") instead of %n.
                if (m.numerus && !t.contains(u"%n"_s))
                    wanted.removeAll(u"%n"_s);
                if (placeholders(t) != wanted)
                    problems << u"%1: placeholders %2 in \"%3\""_s.arg(
                        where, placeholders(t).join(u' '), t.left(80));
                if (accelerators(m.source) != accelerators(t))
                    problems << u"%1: accelerator '&' differs in \"%2\""_s.arg(where, t.left(80));
            }
        }
        qInfo("%s: %lld messages, %lld problems", qPrintable(QFileInfo(path).fileName()),
              qint64(messages.size()), qint64(problems.size()));
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
