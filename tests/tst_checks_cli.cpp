// parapet-cli scan, run in-process: formats, exceptions, --fail-on exit codes, usage errors.

#include "command.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include "clirun.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace parapet::cli;

namespace {

using Run = parapet::test::CliRun;
Run run(const QStringList &args, const QByteArray &stdinData = {})
{
    return parapet::test::runCommand(args, stdinData);
}

const QByteArray kPrivileged =
    "apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: app}\n"
    "spec:\n  containers:\n  - name: a\n    image: x:1\n    securityContext: {privileged: true}\n";
const QByteArray kLowOnly = // fails only low and medium controls beyond those of a bare pod
    "apiVersion: v1\nkind: Service\nmetadata: {name: s, namespace: app}\nspec: {type: NodePort, "
    "ports: [{port: 80}]}\n";

} // namespace

class TestChecksCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void usageErrors_data();
    void usageErrors();
    void jsonOutput();
    void sarifOutput();
    void junitOutput();
    void tableOutput();
    void exceptionsOption();
    void inputErrors();
    void demo();
};

void TestChecksCli::exitCodes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("code");
    QTest::newRow("no threshold") << kPrivileged << QStringList() << 0;
    QTest::newRow("critical found")
        << kPrivileged << QStringList{QStringLiteral("--fail-on"), QStringLiteral("critical")} << 1;
    QTest::newRow("case insensitive")
        << kPrivileged << QStringList{QStringLiteral("--fail-on"), QStringLiteral("HIGH")} << 1;
    QTest::newRow("NodePort is medium")
        << kLowOnly << QStringList{QStringLiteral("--fail-on"), QStringLiteral("medium")} << 1;
    QTest::newRow("nothing critical in a Service")
        << kLowOnly << QStringList{QStringLiteral("--fail-on"), QStringLiteral("critical")} << 0;
}

void TestChecksCli::exitCodes()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, options);
    QFETCH(int, code);
    const Run r = run(QStringList{QStringLiteral("scan"), QStringLiteral("-"),
                                  QStringLiteral("--format"), QStringLiteral("json")} +
                          options,
                      input);
    QVERIFY2(r.code == code, qPrintable(r.err));
}

void TestChecksCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad format") << QStringList{QStringLiteral("-"), QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << "--format";
    QTest::newRow("bad fail-on") << QStringList{QStringLiteral("-"), QStringLiteral("--fail-on"),
                                                QStringLiteral("severe")}
                                 << "--fail-on";
    QTest::newRow("no source") << QStringList{} << "no source";
    QTest::newRow("missing exceptions file")
        << QStringList{QStringLiteral("-"), QStringLiteral("--exceptions"),
                       QStringLiteral("/nonexistent/e.yaml")}
        << "/nonexistent/e.yaml";
    QTest::newRow("invalid exceptions file")
        << QStringList{QStringLiteral("-"), QStringLiteral("--exceptions"),
                       QStringLiteral(PARAPET_TEST_DATA "/checks/bad-exceptions.yaml")}
        << "reason";
    QTest::newRow("bad date") << QStringList{QStringLiteral("-"), QStringLiteral("--date"),
                                             QStringLiteral("tomorrow")}
                              << "--date";
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("-"), QStringLiteral("--severity"), QStringLiteral("high")}
        << "severity";
}

void TestChecksCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(QStringList{QStringLiteral("scan")} + args, kPrivileged);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestChecksCli::jsonOutput()
{
    const Run r = run({QStringLiteral("scan"), QStringLiteral("-"), QStringLiteral("--format"),
                       QStringLiteral("json")},
                      kPrivileged);
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(j[QStringLiteral("controls")].toArray().size(), 62);
    QCOMPARE(j[QStringLiteral("source")].toObject()[QStringLiteral("objects")].toInt(), 1);
    bool privileged = false;
    for (const QJsonValue &v : j[QStringLiteral("findings")].toArray()) {
        const QJsonObject f = v.toObject();
        if (f[QStringLiteral("control")].toString() != u"NSA-POD-08")
            continue;
        privileged = true;
        QCOMPARE(f[QStringLiteral("file")].toString(), QStringLiteral("<stdin>"));
        QCOMPARE(f[QStringLiteral("line")].toInt(), 8);
        QCOMPARE(f[QStringLiteral("field")].toString(),
                 QStringLiteral("spec.containers[0].securityContext.privileged"));
        QCOMPARE(f[QStringLiteral("object")].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("p"));
    }
    QVERIFY(privileged);
}

void TestChecksCli::sarifOutput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("pod.yaml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kPrivileged);
    f.close();
    const Run r = run({QStringLiteral("scan"), f.fileName(), QStringLiteral("--format"),
                       QStringLiteral("sarif")});
    QCOMPARE(r.code, 0);
    const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(s[QStringLiteral("version")].toString(), QStringLiteral("2.1.0"));
    QVERIFY(s.contains(QStringLiteral("$schema")));
    const QJsonObject run0 = s[QStringLiteral("runs")].toArray()[0].toObject();
    QCOMPARE(run0[QStringLiteral("tool")]
                 .toObject()[QStringLiteral("driver")]
                 .toObject()[QStringLiteral("name")]
                 .toString(),
             QStringLiteral("Parapet"));
    QCOMPARE(run0[QStringLiteral("tool")]
                 .toObject()[QStringLiteral("driver")]
                 .toObject()[QStringLiteral("rules")]
                 .toArray()
                 .size(),
             62);
    bool found = false;
    for (const QJsonValue &v : run0[QStringLiteral("results")].toArray()) {
        const QJsonObject res = v.toObject();
        if (res[QStringLiteral("ruleId")].toString() != u"NSA-POD-08")
            continue;
        found = true;
        const QJsonObject loc = res[QStringLiteral("locations")]
                                    .toArray()[0]
                                    .toObject()[QStringLiteral("physicalLocation")]
                                    .toObject();
        QVERIFY(loc[QStringLiteral("artifactLocation")]
                    .toObject()[QStringLiteral("uri")]
                    .toString()
                    .startsWith(QStringLiteral("file:///")));
        QVERIFY(loc[QStringLiteral("artifactLocation")]
                    .toObject()[QStringLiteral("uri")]
                    .toString()
                    .endsWith(QStringLiteral("/pod.yaml")));
        QCOMPARE(loc[QStringLiteral("region")].toObject()[QStringLiteral("startLine")].toInt(), 8);
        QCOMPARE(res[QStringLiteral("level")].toString(), QStringLiteral("error"));
        QVERIFY(!res[QStringLiteral("message")]
                     .toObject()[QStringLiteral("text")]
                     .toString()
                     .isEmpty());
    }
    QVERIFY(found);
}

void TestChecksCli::junitOutput()
{
    const Run r = run({QStringLiteral("scan"), QStringLiteral("-"), QStringLiteral("--format"),
                       QStringLiteral("junit")},
                      kPrivileged);
    QCOMPARE(r.code, 0);
    QXmlStreamReader xml(r.out);
    int cases = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"testcase")
            ++cases;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(cases, 62);
}

void TestChecksCli::tableOutput()
{
    const Run r = run({QStringLiteral("scan"), QStringLiteral("-")}, kPrivileged);
    QCOMPARE(r.code, 0);
    for (const char *s : {"Kubernetes Pod security", "Network separation and hardening",
                          "Authentication and authorization", "Audit logging and threat detection",
                          "Upgrading and application security practices", "NSA-POD-08",
                          "spec.containers[0].securityContext.privileged = true", "<stdin>:8"})
        QVERIFY2(r.out.contains(QLatin1String(s)), s);
}

void TestChecksCli::exceptionsOption()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile e(dir.filePath(QStringLiteral("exceptions.yaml")));
    QVERIFY(e.open(QIODevice::WriteOnly));
    e.write("exceptions:\n"
            "  - controls: [NSA-POD-08]\n    reason: test image\n    match: {namespaces: [app], "
            "kinds: [po], names: [p]}\n"
            "  - controls: [NSA-POD-13]\n    reason: old\n    expires: 2020-01-01\n");
    e.close();
    const QStringList base = {QStringLiteral("scan"),      QStringLiteral("-"),
                              QStringLiteral("--fail-on"), QStringLiteral("critical"),
                              QStringLiteral("--format"),  QStringLiteral("json"),
                              QStringLiteral("--date"),    QStringLiteral("2026-11-26")};
    QCOMPARE(run(base, kPrivileged).code, 1);
    const Run r =
        run(base + QStringList{QStringLiteral("--exceptions"), e.fileName()}, kPrivileged);
    QVERIFY2(r.code == 0, qPrintable(r.err)); // the only critical finding is excepted
    QVERIFY(r.err.contains(QStringLiteral("expired")));
    const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
    bool excepted = false;
    for (const QJsonValue &v : j[QStringLiteral("findings")].toArray()) {
        const QJsonObject f = v.toObject();
        if (f[QStringLiteral("control")].toString() == u"NSA-POD-08") {
            QCOMPARE(f[QStringLiteral("status")].toString(), QStringLiteral("excepted"));
            QCOMPARE(f[QStringLiteral("exception")].toObject()[QStringLiteral("reason")].toString(),
                     QStringLiteral("test image"));
            excepted = true;
        }
        if (f[QStringLiteral("control")].toString() == u"NSA-POD-13")
            QCOMPARE(f[QStringLiteral("status")].toString(), QStringLiteral("fail"));
    }
    QVERIFY(excepted);
    bool expired = false;
    for (const QJsonValue &v : j[QStringLiteral("exceptions")].toArray())
        expired = expired || v.toObject()[QStringLiteral("kind")].toString() == u"expired";
    QVERIFY(expired);
    for (const QJsonValue &v : j[QStringLiteral("controls")].toArray())
        if (v.toObject()[QStringLiteral("id")].toString() == u"NSA-POD-08") {
            QCOMPARE(v.toObject()[QStringLiteral("status")].toString(), QStringLiteral("pass"));
            QCOMPARE(v.toObject()[QStringLiteral("excepted")].toInt(), 1);
        }
}

void TestChecksCli::inputErrors()
{
    // A broken document: the rest is still scanned and printed, the exit code says 2.
    const Run r = run({QStringLiteral("scan"), QStringLiteral("-"), QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral("--fail-on"), QStringLiteral("low")},
                      kPrivileged + "---\nkind: [broken\n");
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("<stdin>")));
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isObject());
}

void TestChecksCli::demo()
{
    const Run r = run({QStringLiteral("scan"), QStringLiteral("--demo"), QStringLiteral("--format"),
                       QStringLiteral("json")});
    if (r.err.contains(QStringLiteral("not built in")))
        QSKIP("the demo cluster is not built in");
    QCOMPARE(r.code, 0);
    const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(j[QStringLiteral("findings")].toArray().size() > 100);
    // Values of the demo's Secrets and plain-text passwords never appear in the output.
    for (const char *secret : {"Gr4fana-demo-2024!", "hunter2", "demo-password"})
        QVERIFY2(!r.out.contains(QLatin1String(secret)), secret);
}

QTEST_GUILESS_MAIN(TestChecksCli)
#include "tst_checks_cli.moc"
