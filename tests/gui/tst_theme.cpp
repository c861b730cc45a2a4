#include "theme.h"
#include "views/viewcatalog.h"
#include "yamlhighlighter.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace parapet::ui;

Q_DECLARE_METATYPE(parapet::ui::Theme::Scheme)
Q_DECLARE_METATYPE(parapet::ui::YamlHighlighter::Kind)

namespace {

const Tone kTones[] = {Tone::Critical, Tone::High, Tone::Medium,  Tone::Low,
                       Tone::Pass,     Tone::Fail, Tone::Partial, Tone::NotVerifiable,
                       Tone::Excepted, Tone::Info, Tone::Error,   Tone::Warning};

// The colour the highlighter gave the character at \a position of \a doc.
QColor colourAt(const QTextDocument &doc, int position)
{
    const QTextBlock block = doc.findBlock(position);
    const int inBlock = position - block.position();
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (inBlock >= r.start && inBlock < r.start + r.length)
            return r.format.foreground().color();
    }
    return {};
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void contrast_data();
    void contrast();
    void contrastRatioFormula();
    void toneWordsAndIcons();
    void iconsExist();
    void classifyPlain_data();
    void classifyPlain();
    void highlighting();
};

void TestTheme::cleanup()
{
    Theme::setCurrent(Theme::Scheme::Light);
}

void TestTheme::contrast_data()
{
    QTest::addColumn<Theme::Scheme>("scheme");
    QTest::newRow("light") << Theme::Scheme::Light;
    QTest::newRow("dark") << Theme::Scheme::Dark;
}

void TestTheme::contrast()
{
    // WCAG AA: 4.5:1 for text on every background a table or pane uses; 3:1 on the selection.
    QFETCH(Theme::Scheme, scheme);
    Theme::setCurrent(scheme);
    const Theme &theme = Theme::current();
    const Theme::Colors &c = theme.colors();
    const QList<QColor> backgrounds = {c.base, c.alternateBase, c.window, c.card};
    const auto check = [&](const QColor &fg, const char *what, double minimum,
                           const QList<QColor> &on) {
        for (const QColor &bg : on) {
            const double ratio = Theme::contrastRatio(fg, bg);
            QVERIFY2(ratio >= minimum,
                     qPrintable(QStringLiteral("%1 %2 on %3: %4")
                                    .arg(QLatin1StringView(what), fg.name(), bg.name())
                                    .arg(ratio)));
        }
    };
    for (const Tone t : kTones) {
        const QByteArray what = Theme::toneWord(t).toUtf8();
        check(theme.tone(t), what.constData(), 4.5, backgrounds);
        check(theme.tone(t), what.constData(), 3.0, {c.highlight});
    }
    check(c.text, "text", 7.0, backgrounds);
    check(c.mutedText, "muted text", 4.5, backgrounds);
    check(c.link, "link", 4.5, backgrounds);
    check(c.highlightedText, "selected text", 4.5, {c.highlight});
    const Theme::SyntaxColors &s = theme.syntax();
    for (const auto &[colour, what] : {std::pair{s.key, "key"},
                                       {s.string, "string"},
                                       {s.number, "number"},
                                       {s.keyword, "keyword"},
                                       {s.comment, "comment"},
                                       {s.punctuation, "punctuation"}})
        check(colour, what, 4.5, {c.base});
    // The palette handed to Qt is the theme's.
    QCOMPARE(theme.palette().color(QPalette::Base), c.base);
    QCOMPARE(theme.palette().color(QPalette::Highlight), c.highlight);
}

void TestTheme::contrastRatioFormula()
{
    QCOMPARE(Theme::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(Theme::contrastRatio(Qt::white, Qt::white), 1.0);
    // #767676 on white is the classic 4.54:1.
    QVERIFY(qAbs(Theme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
}

void TestTheme::toneWordsAndIcons()
{
    // Status is never colour alone: each tone has its own word and an icon.
    QStringList words;
    for (const Tone t : kTones) {
        const QString word = Theme::toneWord(t);
        QVERIFY(!word.isEmpty());
        QVERIFY2(!words.contains(word), qPrintable(word));
        words.append(word);
        const QIcon icon = Theme::current().toneIcon(t);
        QVERIFY2(!icon.isNull(), qPrintable(word));
        QVERIFY(!icon.pixmap(QSize(16, 16)).isNull());
    }
}

void TestTheme::iconsExist()
{
    const QStringList kinds = {
        QStringLiteral("Namespace"),      QStringLiteral("Pod"),
        QStringLiteral("Deployment"),     QStringLiteral("StatefulSet"),
        QStringLiteral("DaemonSet"),      QStringLiteral("Job"),
        QStringLiteral("CronJob"),        QStringLiteral("Service"),
        QStringLiteral("NetworkPolicy"),  QStringLiteral("ServiceAccount"),
        QStringLiteral("Role"),           QStringLiteral("ClusterRole"),
        QStringLiteral("RoleBinding"),    QStringLiteral("ClusterRoleBinding"),
        QStringLiteral("User"),           QStringLiteral("Group"),
        QStringLiteral("Secret"),         QStringLiteral("ConfigMap"),
        QStringLiteral("Node"),           QStringLiteral("CustomResourceDefinition"),
        QStringLiteral("SomethingCustom")};
    QStringList names;
    for (const QString &k : kinds)
        names.append(Theme::kindIconName(k));
    for (const ViewInfo &v : viewCatalog())
        names.append(v.icon);
    names << QStringLiteral("parapet") << QStringLiteral("action-reload")
          << QStringLiteral("action-open") << QStringLiteral("action-copy")
          << QStringLiteral("action-search") << QStringLiteral("action-clear")
          << QStringLiteral("source-demo") << QStringLiteral("source-files")
          << QStringLiteral("source-snapshot") << QStringLiteral("source-cluster");
    for (const QString &name : std::as_const(names)) {
        const QString path = u":/icons/" + name + u".svg";
        QVERIFY2(QFile::exists(path), qPrintable(path));
    }
    QCOMPARE(Theme::kindIconName(u"SomethingCustom"), QStringLiteral("kind-object"));
    QCOMPARE(Theme::kindIconName(u"StatefulSet"), Theme::kindIconName(u"Deployment"));
    QVERIFY(Theme::kindIconName(u"ClusterRole") != Theme::kindIconName(u"Role"));
    QVERIFY(!Theme::appIcon().pixmap(QSize(64, 64)).isNull());
    // Tinting: the same SVG in two colours gives two different pixmaps.
    const QImage a =
        Theme::current().icon(QStringLiteral("kind-pod"), Qt::red).pixmap(QSize(16, 16)).toImage();
    const QImage b =
        Theme::current().icon(QStringLiteral("kind-pod"), Qt::blue).pixmap(QSize(16, 16)).toImage();
    QVERIFY(a != b);
}

void TestTheme::classifyPlain_data()
{
    using K = YamlHighlighter::Kind;
    QTest::addColumn<QString>("value");
    QTest::addColumn<K>("kind");
    QTest::newRow("word") << QStringLiteral("nginx") << K::String;
    QTest::newRow("int") << QStringLiteral("8080") << K::Number;
    QTest::newRow("negative float") << QStringLiteral("-1.5e3") << K::Number;
    QTest::newRow("hex") << QStringLiteral("0x1F") << K::Number;
    QTest::newRow("true") << QStringLiteral("true") << K::Keyword;
    QTest::newRow("yes") << QStringLiteral("yes") << K::Keyword;
    QTest::newRow("null") << QStringLiteral("null") << K::Keyword;
    QTest::newRow("tilde") << QStringLiteral("~") << K::Keyword;
    QTest::newRow("version") << QStringLiteral("1.2.3") << K::String;
    QTest::newRow("quantity") << QStringLiteral("100Mi") << K::String;
}

void TestTheme::classifyPlain()
{
    QFETCH(QString, value);
    QFETCH(YamlHighlighter::Kind, kind);
    QCOMPARE(YamlHighlighter::classifyPlain(value), kind);
}

void TestTheme::highlighting()
{
    const Theme::SyntaxColors &s = Theme::current().syntax();
    QTextDocument doc;
    auto *highlighter = new YamlHighlighter(&doc);
    const QString text = QStringLiteral("name: web # the name\n"
                                        "replicas: 3\n"
                                        "on: yes\n"
                                        "quoted: 'a: b'\n"
                                        "script: |\n"
                                        "  echo: 1\n"
                                        "  # not a comment\n"
                                        "- item: true\n"
                                        "next: ~\n");
    doc.setPlainText(text);
    // A new highlighter first highlights from the event loop; do it now.
    highlighter->rehighlight();
    const auto at = [&](const char *needle, int offset = 0) {
        return colourAt(doc, int(text.indexOf(QLatin1StringView(needle))) + offset);
    };
    QCOMPARE(at("name"), s.key);
    QCOMPARE(at("web"), s.string);
    QCOMPARE(at("# the"), s.comment);
    QCOMPARE(at("3\n"), s.number);
    QCOMPARE(at("yes"), s.keyword);
    QCOMPARE(at("'a: b'", 2), s.string);
    QCOMPARE(at("|"), s.punctuation);
    QCOMPARE(at("echo"), s.string);            // inside the block scalar
    QCOMPARE(at("# not a comment"), s.string); // still inside it
    QCOMPARE(at("- item"), s.punctuation);
    QCOMPARE(at("item"), s.key);
    QCOMPARE(at("true"), s.keyword);
    QCOMPARE(at("next"), s.key); // the block scalar has ended
    QCOMPARE(at("~"), s.keyword);

    // A theme switch recolours.
    Theme::setCurrent(Theme::Scheme::Dark);
    highlighter->updateTheme();
    QCOMPARE(at("name"), Theme::current().syntax().key);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
