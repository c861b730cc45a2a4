#include "kube/yamlwriter.h"
#include "sources/manifestloader.h"
#include "sources/parselimits.h"

#include <QDir>
#include <QTest>

using namespace parapet;

Q_DECLARE_METATYPE(parapet::YamlScalarStyle)

namespace {

// Parses one YAML document with the loader's parser; null on error (the error is recorded).
std::shared_ptr<Document> parseOne(const QString &yaml, QString *error)
{
    std::shared_ptr<Document> out;
    const QByteArray utf8 = yaml.toUtf8();
    parseYamlStream(
        QByteArrayView(utf8), ParseLimits{}, [&](ParsedDocument p) { out = p.document; },
        [&](const Error &e) { *error = e.toString(); });
    return out;
}

// {k: <value>} with the value a string scalar.
std::shared_ptr<Document> stringValue(const QByteArray &text)
{
    DocumentBuilder b;
    b.beginMapping(1, 1);
    b.addScalar(NodeType::String, "k", 1, 1);
    b.addScalar(NodeType::String, std::string_view(text.constData(), std::size_t(text.size())), 1,
                4, Document::Quoted);
    b.endContainer();
    return b.take();
}

} // namespace

class TestYamlWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void strings_data();
    void strings();
    void keys_data();
    void keys();
    void typedScalars();
    void layout();
    void emptyAndNested();
    void longKey();
    void corpusRoundTrip();
};

void TestYamlWriter::strings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<YamlScalarStyle>("style");
    using S = YamlScalarStyle;
    QTest::newRow("plain word") << QByteArray("nginx") << S::Plain;
    QTest::newRow("image with tag") << QByteArray("registry.example/cart:1.4") << S::Plain;
    QTest::newRow("quantity") << QByteArray("100Mi") << S::Plain;
    QTest::newRow("dash option") << QByteArray("--v=2") << S::Plain;
    QTest::newRow("inner quote") << QByteArray("it's") << S::Plain;
    QTest::newRow("non-ascii") << QByteArray("caf\xc3\xa9 \xe2\x9c\x93") << S::Plain;
    QTest::newRow("hash inside") << QByteArray("a#b") << S::Plain;
    QTest::newRow("empty") << QByteArray("") << S::SingleQuoted;
    QTest::newRow("yes") << QByteArray("yes") << S::SingleQuoted;
    QTest::newRow("On") << QByteArray("On") << S::SingleQuoted;
    QTest::newRow("y") << QByteArray("y") << S::SingleQuoted;
    QTest::newRow("false") << QByteArray("false") << S::SingleQuoted;
    QTest::newRow("null") << QByteArray("null") << S::SingleQuoted;
    QTest::newRow("tilde") << QByteArray("~") << S::SingleQuoted;
    QTest::newRow("int") << QByteArray("8080") << S::SingleQuoted;
    QTest::newRow("octal") << QByteArray("0755") << S::SingleQuoted;
    QTest::newRow("hex") << QByteArray("0x1F") << S::SingleQuoted;
    QTest::newRow("underscores") << QByteArray("1_000") << S::SingleQuoted;
    QTest::newRow("float") << QByteArray("1.5") << S::SingleQuoted;
    QTest::newRow("exponent") << QByteArray("1e3") << S::SingleQuoted;
    QTest::newRow("leading dot") << QByteArray(".5") << S::SingleQuoted;
    QTest::newRow("inf") << QByteArray(".inf") << S::SingleQuoted;
    QTest::newRow("sexagesimal") << QByteArray("1:20") << S::SingleQuoted;
    QTest::newRow("date") << QByteArray("2024-05-06") << S::SingleQuoted;
    QTest::newRow("timestamp") << QByteArray("2024-05-06T13:05:40Z") << S::SingleQuoted;
    QTest::newRow("merge key") << QByteArray("<<") << S::SingleQuoted;
    QTest::newRow("value key") << QByteArray("=") << S::SingleQuoted;
    QTest::newRow("star") << QByteArray("*") << S::SingleQuoted;
    QTest::newRow("ampersand") << QByteArray("&a") << S::SingleQuoted;
    QTest::newRow("bang") << QByteArray("!tag") << S::SingleQuoted;
    QTest::newRow("percent") << QByteArray("%x") << S::SingleQuoted;
    QTest::newRow("at") << QByteArray("@x") << S::SingleQuoted;
    QTest::newRow("backtick") << QByteArray("`x") << S::SingleQuoted;
    QTest::newRow("pipe") << QByteArray("|x") << S::SingleQuoted;
    QTest::newRow("gt") << QByteArray(">x") << S::SingleQuoted;
    QTest::newRow("flow seq") << QByteArray("[a]") << S::SingleQuoted;
    QTest::newRow("flow map") << QByteArray("{a}") << S::SingleQuoted;
    QTest::newRow("comma first") << QByteArray(",a") << S::SingleQuoted;
    QTest::newRow("lone dash") << QByteArray("-") << S::SingleQuoted;
    QTest::newRow("dash space") << QByteArray("- a") << S::SingleQuoted;
    QTest::newRow("document marker") << QByteArray("---") << S::SingleQuoted;
    QTest::newRow("document end") << QByteArray("...") << S::SingleQuoted;
    QTest::newRow("question") << QByteArray("? a") << S::SingleQuoted;
    QTest::newRow("colon space") << QByteArray("a: b") << S::SingleQuoted;
    QTest::newRow("trailing colon") << QByteArray("a:") << S::SingleQuoted;
    QTest::newRow("space hash") << QByteArray("a #b") << S::SingleQuoted;
    QTest::newRow("hash first") << QByteArray("#a") << S::SingleQuoted;
    QTest::newRow("leading space") << QByteArray(" a") << S::SingleQuoted;
    QTest::newRow("trailing space") << QByteArray("a ") << S::SingleQuoted;
    QTest::newRow("tab") << QByteArray("a\tb") << S::SingleQuoted;
    QTest::newRow("single quote first") << QByteArray("'a'") << S::SingleQuoted;
    QTest::newRow("double quote first") << QByteArray("\"a\"") << S::SingleQuoted;
    QTest::newRow("carriage return") << QByteArray("a\r\nb") << S::DoubleQuoted;
    QTest::newRow("nul") << QByteArray("a\0b", 3) << S::DoubleQuoted;
    QTest::newRow("escape char") << QByteArray("\x1b[0m") << S::DoubleQuoted;
    QTest::newRow("del") << QByteArray("a\x7f") << S::DoubleQuoted;
    QTest::newRow("nel") << QByteArray("a\xc2\x85z") << S::DoubleQuoted;
    QTest::newRow("line separator") << QByteArray("a\xe2\x80\xa8z") << S::DoubleQuoted;
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbfx") << S::DoubleQuoted;
    QTest::newRow("backslash and newline") << QByteArray("a\\\n\x01") << S::DoubleQuoted;
    QTest::newRow("only newlines") << QByteArray("\n\n") << S::DoubleQuoted;
    QTest::newRow("blank line of spaces") << QByteArray("a\n  \nb") << S::DoubleQuoted;
    QTest::newRow("trailing space before end") << QByteArray("a\nb ") << S::DoubleQuoted;
    QTest::newRow("multi-line, no final break") << QByteArray("a\nb") << S::Literal;
    QTest::newRow("multi-line, final break") << QByteArray("line 1\nline 2\n") << S::Literal;
    QTest::newRow("multi-line, kept breaks") << QByteArray("a\nb\n\n\n") << S::Literal;
    QTest::newRow("multi-line, leading space") << QByteArray("  indented\nb\n") << S::Literal;
    QTest::newRow("multi-line, leading break") << QByteArray("\n  x\ny") << S::Literal;
    QTest::newRow("multi-line, empty lines") << QByteArray("a\n\n\nb\n") << S::Literal;
    QTest::newRow("multi-line, quotes and inner tab")
        << QByteArray("x:\t'y'\n#z \"w\"\n") << S::Literal;
    QTest::newRow("multi-line, tab-indented") << QByteArray("a\n\tb\n") << S::DoubleQuoted;
    QTest::newRow("multi-line, space then tab") << QByteArray("a\n  \tb\n") << S::DoubleQuoted;
    QTest::newRow("certificate") << QByteArray("-----BEGIN CERTIFICATE-----\nMIIB\n-----END "
                                               "CERTIFICATE-----\n")
                                 << S::Literal;
}

void TestYamlWriter::strings()
{
    QFETCH(QByteArray, text);
    QFETCH(YamlScalarStyle, style);
    QCOMPARE(yamlScalarStyle(std::string_view(text.constData(), std::size_t(text.size()))), style);
    const auto doc = stringValue(text);
    const Node original(doc.get(), 0);
    const QString yaml = toYaml(original);
    QString error;
    const auto back = parseOne(yaml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + u"\n" + yaml));
    QVERIFY(back);
    const Node value = Node(back.get(), 0)["k"];
    QCOMPARE(value.type(), NodeType::String);
    QCOMPARE(QByteArray(value.text().data(), qsizetype(value.text().size())), text);
    QVERIFY2(original.equals(Node(back.get(), 0)), qPrintable(yaml));
}

void TestYamlWriter::keys_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("plain") << QByteArray("app.kubernetes.io/name");
    QTest::newRow("bool word") << QByteArray("on");
    QTest::newRow("number") << QByteArray("80");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("colon space") << QByteArray("a: b");
    QTest::newRow("newline") << QByteArray("a\nb");
    QTest::newRow("dash") << QByteArray("-");
    QTest::newRow("question") << QByteArray("?");
}

void TestYamlWriter::keys()
{
    QFETCH(QByteArray, key);
    DocumentBuilder b;
    b.beginMapping(1, 1);
    b.addScalar(NodeType::String, std::string_view(key.constData(), std::size_t(key.size())), 1, 1);
    b.addScalar(NodeType::Int, "1", 1, 5);
    b.endContainer();
    const auto doc = b.take();
    const QString yaml = toYaml(Node(doc.get(), 0));
    QString error;
    const auto back = parseOne(yaml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + u"\n" + yaml));
    QVERIFY2(Node(doc.get(), 0).equals(Node(back.get(), 0)), qPrintable(yaml));
}

void TestYamlWriter::typedScalars()
{
    QString error;
    const auto doc = parseOne(QStringLiteral("i: 0x10\nf: 3.0\ng: 1.5e300\nb: on\nnul: ~\n"
                                             "inf: -.inf\nnan: .NaN\n"),
                              &error);
    QVERIFY2(doc, qPrintable(error));
    const QString yaml = toYaml(Node(doc.get(), 0));
    QCOMPARE(yaml, QStringLiteral("i: 16\nf: 3.0\ng: 1.5e+300\nb: true\nnul: null\n"
                                  "inf: -.inf\nnan: .nan\n"));
    const auto back = parseOne(yaml, &error);
    QVERIFY2(Node(doc.get(), 0).equals(Node(back.get(), 0)), qPrintable(yaml));
}

void TestYamlWriter::layout()
{
    QString error;
    const auto doc = parseOne(QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: cart, labels: {app: cart}}
spec:
  template:
    spec:
      containers:
      - name: cart
        args: ["--port", "8080"]
        env: [{name: MODE, value: "on"}]
        command: ["sh", "-c", "echo hi\nexit 0\n"]
)"),
                              &error);
    QVERIFY2(doc, qPrintable(error));
    const QString expected = QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: cart
  labels:
    app: cart
spec:
  template:
    spec:
      containers:
      - name: cart
        args:
        - --port
        - '8080'
        env:
        - name: MODE
          value: 'on'
        command:
        - sh
        - -c
        - |
          echo hi
          exit 0
)");
    QCOMPARE(toYaml(Node(doc.get(), 0)), expected);
}

void TestYamlWriter::emptyAndNested()
{
    QString error;
    const auto doc = parseOne(QStringLiteral("a: {}\nb: []\nc: [[1, 2], [], [{x: v, z: [w]}]]\n"
                                             "d: [{}, [[]]]\ne: \"  \\n lead\"\n"),
                              &error);
    QVERIFY2(doc, qPrintable(error));
    const QString yaml = toYaml(Node(doc.get(), 0));
    QVERIFY2(yaml.startsWith(QStringLiteral("a: {}\nb: []\nc:\n- - 1\n  - 2\n- []\n- - x: v\n"
                                            "    z:\n    - w\n")),
             qPrintable(yaml));
    const auto back = parseOne(yaml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + u"\n" + yaml));
    QVERIFY2(Node(doc.get(), 0).equals(Node(back.get(), 0)), qPrintable(yaml));

    // A lone scalar and a top-level sequence.
    const auto seq = parseOne(QStringLiteral("- a\n- {b: 1}\n"), &error);
    QCOMPARE(toYaml(Node(seq.get(), 0)), QStringLiteral("- a\n- b: 1\n"));
    QCOMPARE(toYaml(Node()), QString());
}

void TestYamlWriter::longKey()
{
    const QByteArray key(1500, 'k');
    DocumentBuilder b;
    b.beginMapping(1, 1);
    b.addScalar(NodeType::String, std::string_view(key.constData(), std::size_t(key.size())), 1, 1);
    b.beginMapping(1, 2);
    b.addScalar(NodeType::String, "x", 1, 3);
    b.addScalar(NodeType::String, "multi\nline", 1, 4);
    b.endContainer();
    b.endContainer();
    const auto doc = b.take();
    const QString yaml = toYaml(Node(doc.get(), 0));
    QVERIFY(yaml.startsWith(QStringLiteral("? ")));
    QString error;
    const auto back = parseOne(yaml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(Node(doc.get(), 0).equals(Node(back.get(), 0)));
}

void TestYamlWriter::corpusRoundTrip()
{
    const QString corpus = QStringLiteral(PARAPET_CORPUS);
    if (!QDir(corpus).exists())
        QSKIP("the shared manifest corpus is not beside this checkout");
    const Inventory inventory = ManifestLoader::loadPaths({corpus});
    QVERIFY(inventory.size() > 100);
    int checked = 0;
    for (const KubeObject &o : inventory.objects()) {
        const QString yaml = toYaml(o.root());
        QString error;
        const auto back = parseOne(yaml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(o.reference() + u": " + error));
        QVERIFY2(back && o.root().equals(Node(back.get(), 0)),
                 qPrintable(o.reference() + u" does not read back equal"));
        ++checked;
    }
    QCOMPARE(checked, int(inventory.size()));
}

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "tst_yamlwriter.moc"
