// parapet-cli in-process: runCli() with QString-backed streams and an injected stdin.

#include "command.h"
#include "sources/manifestloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include "clirun.h"

#include <QTest>

using namespace parapet;
using namespace parapet::cli;
using namespace Qt::StringLiterals;

namespace {

using Run = parapet::test::CliRun;
Run run(const QStringList &args, const QByteArray &stdinData = {})
{
    return parapet::test::runCommand(args, stdinData);
}
QJsonObject parseJson(const Run &r)
{
    return parapet::test::jsonOutput(r);
}

const QString kCorpus = QStringLiteral(PARAPET_CORPUS);
const QString kData = QStringLiteral(PARAPET_TEST_DATA);
const QString kGuestbook = kCorpus + u"/guestbook/guestbook-all-in-one.yaml"_s;

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

/// `Kind ns/name` of each object of `inventory --format json`, in order.
QStringList objectsOf(const QJsonObject &root)
{
    QStringList out;
    for (const QJsonValue &v : root.value(u"objects").toArray()) {
        const QJsonObject o = v.toObject();
        out.append(o.value(u"kind").toString() + u' ' + o.value(u"namespace").toString() + u'/' +
                   o.value(u"name").toString());
    }
    return out;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version_data();
    void version();
    void help_data();
    void help();
    void noArguments();
    void unknownCommand();
    void commandHelp();
    void usageErrors_data();
    void usageErrors();
    void demo();

    void jsonShape();
    void jsonServerVersionAndDiagnostics();
    void table();
    void counts();
    void filters_data();
    void filters();
    void brokenFileStillPrints();
    void brokenFileJson();
    void standardInput();
    void nonexistentPath();

    void snapshotRoundTrip();
    void snapshotWithoutOutput();
    void snapshotOfBrokenSource();
    void snapshotUnwritable();
};

void TestCli::version_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("--version") << u"--version"_s;
    QTest::newRow("version") << u"version"_s;
}

void TestCli::version()
{
    QFETCH(QString, argument);
    const Run r = run({argument});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    static const QRegularExpression line(
        u"^parapet-cli "_s + QRegularExpression::escape(QStringLiteral(PARAPET_VERSION)) +
        u" \\(Qt 6\\.\\d+\\.\\d+, libyaml \\d+\\.\\d+\\.\\d+\\)\\n$"_s);
    QVERIFY2(line.match(r.out).hasMatch(), qPrintable(r.out));
}

void TestCli::help_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("--help") << u"--help"_s;
    QTest::newRow("-h") << u"-h"_s;
    QTest::newRow("help") << u"help"_s;
}

void TestCli::help()
{
    QFETCH(QString, argument);
    const Run r = run({argument});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY(r.out.startsWith(u"Usage: parapet-cli COMMAND [SOURCE...] [OPTIONS]\n"_s));
    // Every command is listed with its summary (derived, not a list to keep in sync).
    for (const auto &c : allCommands())
        QVERIFY2(r.out.contains(u"  "_s + c->name().leftJustified(12) + c->summary() + u'\n'),
                 qPrintable(c->name()));
    QVERIFY(r.out.contains(u"Exit codes: 0 success, 1 findings at or above the threshold, 2 "
                           "usage or input error."_s));
}

void TestCli::noArguments()
{
    const Run r = run({});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.startsWith(u"Usage: parapet-cli COMMAND"_s));
}

void TestCli::unknownCommand()
{
    const Run r = run({u"frobnicate"_s, kGuestbook});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, u"error: unknown command \"frobnicate\"; run 'parapet-cli --help' for the "
                    "list\n"_s);
}

void TestCli::commandHelp()
{
    for (const QString &command : {u"inventory"_s, u"snapshot"_s}) {
        const Run r = run({command, u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY2(r.out.startsWith(u"Usage: parapet-cli "_s + command + u" [options]"_s),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(u"--namespace"_s));
    }
    QVERIFY(run({u"inventory"_s, u"--help"_s}).out.contains(u"--format <FORMAT>"_s));
    QVERIFY(run({u"snapshot"_s, u"--help"_s}).out.contains(u"--output <FILE>"_s));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("err");
    QTest::newRow("--format yaml")
        << QStringList{u"inventory"_s, kGuestbook, u"--format"_s, u"yaml"_s}
        << u"error: unknown --format \"yaml\" (use table or json)\n"_s;
    QTest::newRow("unknown kind") << QStringList{u"inventory"_s, kGuestbook, u"--kind"_s,
                                                 u"deploy,nosuch"_s}
                                  << u"error: the resource type \"nosuch\" is not known\n"_s;
    QTest::newRow("bad selector") << QStringList{u"inventory"_s, kGuestbook, u"-l"_s,
                                                 u"app in (frontend"_s}
                                  << u"error: "_s;
    QTest::newRow("unknown option") << QStringList{u"inventory"_s, kGuestbook, u"--bogus"_s}
                                    << u"error: Unknown option 'bogus'.\nRun 'parapet-cli "
                                       "inventory --help' for usage.\n"_s;
    QTest::newRow("option without value")
        << QStringList{u"inventory"_s, kGuestbook, u"--format"_s}
        << u"error: Missing value after '--format'.\nRun 'parapet-cli inventory --help' for "
           "usage.\n"_s;
    QTest::newRow("empty namespace") << QStringList{u"inventory"_s, kGuestbook, u"-n"_s, QString()}
                                     << u"error: --namespace needs a non-empty value\n"_s;
    QTest::newRow("demo with paths") << QStringList{u"inventory"_s, u"--demo"_s, kGuestbook}
                                     << u"error: --demo cannot be combined with paths\n"_s;
    QTest::newRow("stdin twice") << QStringList{u"inventory"_s, u"-"_s, u"-"_s}
                                 << u"error: - (stdin) can be given only once\n"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, err);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    if (err == u"error: ")
        QVERIFY2(r.err.startsWith(err) && r.err.endsWith(u'\n'), qPrintable(r.err));
    else
        QCOMPARE(r.err, err);
    QCOMPARE(r.stdinReads, 0); // usage errors are found before any input is read
}

void TestCli::demo()
{
    const Inventory demoInventory = ManifestLoader::loadDemo();
    for (const Diagnostic &d : demoInventory.diagnostics()) {
        if (d.severity == Diagnostic::Severity::Error && d.message.contains(u"not built into"))
            QSKIP("the demo cluster is not built into this binary (resources/demo is missing)");
    }
    // The bundled data must load cleanly: it is the first thing a new user sees.
    QStringList problems;
    for (const Diagnostic &d : demoInventory.diagnostics())
        problems.append(d.toString());
    QVERIFY2(!demoInventory.hasErrors(), qPrintable(problems.join(u'\n')));
    QVERIFY(demoInventory.size() > 0);
    QCOMPARE(demoInventory.source().kind, SourceInfo::Kind::Demo);
    for (const KubeObject *s : demoInventory.ofKind(u"Secret"))
        QVERIFY2(!s->root()["data"].isValid() && !s->root()["stringData"].isValid(),
                 qPrintable(s->reference()));

    const Run r = run({u"inventory"_s, u"--demo"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject root = parseJson(r);
    const QJsonObject source = root.value(u"source").toObject();
    QCOMPARE(source.value(u"kind").toString(), u"demo"_s);
    QCOMPARE(source.value(u"name").toString(), demoInventory.source().name);
    QCOMPARE(root.value(u"objects").toArray().size(), demoInventory.size());
    QVERIFY(root.value(u"errors").toArray().isEmpty());
    // Demo objects are named after the embedded files.
    const QString file =
        root.value(u"objects").toArray().at(0).toObject().value(u"file").toString();
    QVERIFY2(file.startsWith(u"demo/"_s) && file.endsWith(u".yaml"_s), qPrintable(file));
    // --demo with a snapshot round trip.
    QTemporaryDir dir;
    const QString snap = dir.filePath(u"demo.snap"_s);
    QCOMPARE(run({u"snapshot"_s, u"--demo"_s, u"-o"_s, snap}).code, 0);
    const QJsonObject back = parseJson(run({u"inventory"_s, snap, u"--format"_s, u"json"_s}));
    QCOMPARE(back.value(u"objects"), root.value(u"objects"));
}

// ---------------------------------------------------------------------------------------------

void TestCli::jsonShape()
{
    const Run r = run({u"inventory"_s, kGuestbook, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QJsonObject root = parseJson(r);
    QCOMPARE(keysOf(root),
             QStringList({u"counts"_s, u"errors"_s, u"objects"_s, u"source"_s, u"warnings"_s}));
    const QJsonObject source = root.value(u"source").toObject();
    QCOMPARE(keysOf(source), QStringList({u"kind"_s, u"name"_s}));
    QCOMPARE(source.value(u"kind").toString(), u"manifests"_s);
    QCOMPARE(source.value(u"name").toString(), kGuestbook);

    const QJsonArray objects = root.value(u"objects").toArray();
    QCOMPARE(objects.size(), 6);
    const QJsonObject second = objects.at(1).toObject();
    QCOMPARE(keysOf(second), QStringList({u"apiVersion"_s, u"file"_s, u"kind"_s, u"line"_s,
                                          u"name"_s, u"namespace"_s}));
    QCOMPARE(second.value(u"apiVersion").toString(), u"apps/v1"_s);
    QCOMPARE(second.value(u"kind").toString(), u"Deployment"_s);
    QCOMPARE(second.value(u"namespace").toString(), u"default"_s);
    QCOMPARE(second.value(u"name").toString(), u"redis-master"_s);
    QCOMPARE(second.value(u"file").toString(), kGuestbook);
    QVERIFY(second.value(u"line").isDouble());
    QCOMPARE(second.value(u"line").toInt(), 18);
    QCOMPARE(objectsOf(root),
             QStringList({u"Service default/redis-master"_s, u"Deployment default/redis-master"_s,
                          u"Service default/redis-replica"_s, u"Deployment default/redis-replica"_s,
                          u"Service default/frontend"_s, u"Deployment default/frontend"_s}));

    const QJsonObject counts = root.value(u"counts").toObject();
    QCOMPARE(keysOf(counts), QStringList({u"Deployment"_s, u"Service"_s}));
    QCOMPARE(counts.value(u"Deployment").toInt(), 3);
    QCOMPARE(counts.value(u"Service").toInt(), 3);
    QVERIFY(root.value(u"errors").isArray());
    QVERIFY(root.value(u"errors").toArray().isEmpty());
    QVERIFY(root.value(u"warnings").isArray());
    QVERIFY(root.value(u"warnings").toArray().isEmpty());
}

void TestCli::jsonServerVersionAndDiagnostics()
{
    // The whole corpus: a server version from the static pod, the two duplicate warnings.
    const Run r = run({u"inventory"_s, kCorpus, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0); // warnings are not errors
    const QJsonObject root = parseJson(r);
    const QJsonObject source = root.value(u"source").toObject();
    QCOMPARE(keysOf(source), QStringList({u"kind"_s, u"name"_s, u"serverVersion"_s}));
    QCOMPARE(source.value(u"serverVersion").toString(), u"v1.24.1"_s);
    QCOMPARE(root.value(u"objects").toArray().size(), 290);
    const QJsonArray warnings = root.value(u"warnings").toArray();
    QCOMPARE(warnings.size(), 2);
    const QJsonObject w = warnings.at(0).toObject();
    QCOMPARE(keysOf(w), QStringList({u"column"_s, u"file"_s, u"line"_s, u"message"_s}));
    QCOMPARE(w.value(u"file").toString(),
             kCorpus + u"/microservices-demo/kubernetes-manifests.yaml"_s);
    QCOMPARE(w.value(u"line").toInt(), 21);
    QCOMPARE(w.value(u"column").toInt(), 1);
    QVERIFY(w.value(u"message")
                .toString()
                .startsWith(u"duplicate object Deployment default/frontend"_s));
    QVERIFY(root.value(u"errors").toArray().isEmpty());
    // The warnings go to stderr too, as text.
    QCOMPARE(r.err.count(u"warning: duplicate object"_s), 2);
    int total = 0;
    const QJsonObject counts = root.value(u"counts").toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        total += it.value().toInt();
    QCOMPARE(total, 290);
}

void TestCli::table()
{
    const QString list = kCorpus + u"/list-and-json/list.yaml"_s;
    const Run r = run({u"inventory"_s, list});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    QCOMPARE(r.out, u"KIND         NAMESPACE   NAME                   SOURCE\n"
                    "Service      default     list-service-test      "_s +
                        list + u":4:3\nDeployment   default     list-deployment-test   "_s + list +
                        u":14:3\n"_s);
    // Cluster-scoped objects show "-" as namespace.
    const Run ns = run({u"inventory"_s, kCorpus + u"/kube-prometheus/setup/namespace.yaml"_s});
    QVERIFY2(ns.out.contains(u"\nNamespace   -           monitoring   "_s), qPrintable(ns.out));
}

void TestCli::counts()
{
    const Run r = run({u"inventory"_s, kGuestbook, u"--counts"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"KIND         COUNT\n"
                    "Deployment   3\n"
                    "Service      3\n"
                    "total        6\n"_s);
    // Counts follow the filters.
    const Run f = run({u"inventory"_s, kGuestbook, u"--counts"_s, u"--kind"_s, u"svc"_s});
    QCOMPARE(f.out, u"KIND      COUNT\n"
                    "Service   3\n"
                    "total     3\n"_s);
}

void TestCli::filters_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("objects");

    const QString lists = kCorpus + u"/list-and-json"_s;
    const QString dashboard = kCorpus + u"/dashboard/recommended.yaml"_s;
    const QString shop = kCorpus + u"/microservices-demo"_s;
    QTest::newRow("--kind deploy,svc")
        << QStringList{lists, u"--kind"_s, u"deploy,svc"_s}
        << QStringList{u"Service default/list-service-test"_s,
                       u"Deployment default/list-deployment-test"_s, u"Service default/mock"_s};
    QTest::newRow("-k repeated") << QStringList{lists, u"-k"_s, u"rc"_s, u"-k"_s, u"Deployments"_s}
                                 << QStringList{u"Deployment default/list-deployment-test"_s,
                                                u"ReplicationController default/mock"_s};
    QTest::newRow("--kind with group") << QStringList{lists, u"--kind"_s, u"deployments.apps"_s}
                                       << QStringList{u"Deployment default/list-deployment-test"_s};
    QTest::newRow("-n defaults and filters")
        << QStringList{kGuestbook, u"-n"_s, u"shop"_s, u"--kind"_s, u"deploy"_s}
        << QStringList{u"Deployment shop/redis-master"_s, u"Deployment shop/redis-replica"_s,
                       u"Deployment shop/frontend"_s};
    QTest::newRow("-n hides other namespaces and cluster-scoped objects")
        << QStringList{dashboard, u"-n"_s, u"kubernetes-dashboard"_s, u"-k"_s, u"sa,secret"_s}
        << QStringList{u"ServiceAccount kubernetes-dashboard/kubernetes-dashboard"_s,
                       u"Secret kubernetes-dashboard/kubernetes-dashboard-certs"_s,
                       u"Secret kubernetes-dashboard/kubernetes-dashboard-csrf"_s,
                       u"Secret kubernetes-dashboard/kubernetes-dashboard-key-holder"_s};
    QTest::newRow("-n of another namespace shows nothing")
        << QStringList{dashboard, u"-n"_s, u"elsewhere"_s, u"-k"_s, u"secret"_s} << QStringList();
    QTest::newRow("-A shows all namespaces")
        << QStringList{dashboard, u"-A"_s, u"-k"_s, u"ns,clusterrole,sa"_s}
        << QStringList{u"Namespace /kubernetes-dashboard"_s,
                       u"ServiceAccount kubernetes-dashboard/kubernetes-dashboard"_s,
                       u"ClusterRole /kubernetes-dashboard"_s};
    QTest::newRow("-n with -A: defaulting only")
        << QStringList{kGuestbook, dashboard, u"-n"_s, u"shop"_s, u"-A"_s, u"-k"_s, u"svc"_s}
        << QStringList{u"Service shop/redis-master"_s, u"Service shop/redis-replica"_s,
                       u"Service shop/frontend"_s,
                       u"Service kubernetes-dashboard/kubernetes-dashboard"_s,
                       u"Service kubernetes-dashboard/dashboard-metrics-scraper"_s};
    QTest::newRow("-l app=frontend")
        << QStringList{shop, u"-l"_s, u"app=frontend"_s}
        << QStringList{u"Deployment default/frontend"_s, u"Service default/frontend"_s,
                       u"Service default/frontend-external"_s};
    QTest::newRow("-l with set syntax and kind")
        << QStringList{kGuestbook, u"-l"_s, u"tier in (backend),role!=master"_s, u"-k"_s,
                       u"svc,deploy"_s}
        << QStringList{u"Service default/redis-replica"_s}; // the Deployments have no labels
    QTest::newRow("--kind of a custom resource defined in the source")
        << QStringList{kCorpus + u"/argo-cd/install.yaml"_s, u"--kind"_s, u"crd,app"_s}
        << QStringList{u"CustomResourceDefinition /applications.argoproj.io"_s,
                       u"CustomResourceDefinition /applicationsets.argoproj.io"_s,
                       u"CustomResourceDefinition /appprojects.argoproj.io"_s};
}

void TestCli::filters()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, objects);
    const Run r = run(QStringList{u"inventory"_s, u"--format"_s, u"json"_s} + args);
    QCOMPARE(r.code, 0);
    const QJsonObject root = parseJson(r);
    QCOMPARE(objectsOf(root), objects);
    int counted = 0;
    const QJsonObject counts = root.value(u"counts").toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        counted += it.value().toInt();
    QCOMPARE(counted, int(objects.size()));
}

void TestCli::brokenFileStillPrints()
{
    const QString broken = kData + u"/broken/missing-kind.yaml"_s;
    const Run r = run({u"inventory"_s, broken, kGuestbook, u"--kind"_s, u"cm"_s});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err, broken + u":6:1: error: object has no \"kind\"\n"_s);
    QCOMPARE(r.out, u"KIND        NAMESPACE   NAME     SOURCE\n"
                    "ConfigMap   default     before   "_s +
                        broken + u":1:1\nConfigMap   default     after    "_s + broken +
                        u":10:1\n"_s);
}

void TestCli::brokenFileJson()
{
    const QString broken = kData + u"/broken/json-trailing-comma.json"_s;
    const Run r = run({u"inventory"_s, broken, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 2);
    const QJsonObject root = parseJson(r);
    QCOMPARE(objectsOf(root), QStringList{u"ConfigMap default/before"_s});
    const QJsonArray errors = root.value(u"errors").toArray();
    QCOMPARE(errors.size(), 1);
    const QJsonObject e = errors.at(0).toObject();
    QCOMPARE(keysOf(e), QStringList({u"column"_s, u"file"_s, u"line"_s, u"message"_s}));
    QCOMPARE(e.value(u"file").toString(), broken);
    QCOMPARE(e.value(u"line").toInt(), 2);
    QCOMPARE(e.value(u"column").toInt(), 73);
    QCOMPARE(e.value(u"message").toString(), u"invalid JSON: expected a string key, found '}'"_s);
    QVERIFY(root.value(u"warnings").toArray().isEmpty());
    QCOMPARE(r.err, broken + u":2:73: error: invalid JSON: expected a string key, found '}'\n"_s);
}

void TestCli::standardInput()
{
    const QByteArray yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: piped\n---\n"
                            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n"
                            "stringData: {password: hunter2}\n";
    const Run r = run({u"inventory"_s, u"-"_s, u"--format"_s, u"json"_s, u"-n"_s, u"ci"_s}, yaml);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.stdinReads, 1);
    const QJsonObject root = parseJson(r);
    QCOMPARE(objectsOf(root), QStringList({u"ConfigMap ci/piped"_s, u"Secret ci/s"_s}));
    const QJsonObject first = root.value(u"objects").toArray().at(0).toObject();
    QCOMPARE(first.value(u"file").toString(), u"<stdin>"_s);
    QCOMPARE(first.value(u"line").toInt(), 1);
    QCOMPARE(root.value(u"objects").toArray().at(1).toObject().value(u"line").toInt(), 6);
    QCOMPARE(root.value(u"source").toObject().value(u"name").toString(), u"<stdin>"_s);
    QVERIFY(!r.out.contains(u"hunter2"_s));

    // Together with a path; broken stdin is reported under <stdin>.
    const Run mixed = run({u"inventory"_s, kGuestbook, u"-"_s, u"--counts"_s}, "kind: [\n");
    QCOMPARE(mixed.code, 2);
    QCOMPARE(mixed.stdinReads, 1);
    QVERIFY2(mixed.err.startsWith(u"<stdin>:2:1: error: "_s), qPrintable(mixed.err));
    QVERIFY(mixed.out.endsWith(u"total        6\n"_s));

    // Empty stdin: nothing, and no error.
    const Run empty = run({u"inventory"_s, u"-"_s});
    QCOMPARE(empty.code, 0);
    QVERIFY(empty.out.isEmpty());
    QCOMPARE(empty.err, u"No objects found.\n"_s);
}

void TestCli::nonexistentPath()
{
    const QString missing = kData + u"/no/such/manifests.yaml"_s;
    const Run r = run({u"inventory"_s, missing});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, missing + u": error: no such file or directory\nNo objects found.\n"_s);
    // Next to a good path, the good one is still listed.
    const Run both = run({u"inventory"_s, missing, kGuestbook, u"--counts"_s});
    QCOMPARE(both.code, 2);
    QCOMPARE(both.err, missing + u": error: no such file or directory\n"_s);
    QVERIFY(both.out.endsWith(u"total        6\n"_s));
}

// ---------------------------------------------------------------------------------------------

void TestCli::snapshotRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"corpus.snap"_s);
    const Run saved = run({u"snapshot"_s, kCorpus, u"-o"_s, file});
    QCOMPARE(saved.code, 0);
    QVERIFY(saved.out.isEmpty());
    QVERIFY2(saved.err.endsWith(u"Saved 290 object(s) to "_s + file + u'\n'),
             qPrintable(saved.err));
    QVERIFY(QFile::exists(file));

    const Run original = run({u"inventory"_s, kCorpus, u"--format"_s, u"json"_s});
    const Run fromSnapshot = run({u"inventory"_s, file, u"--format"_s, u"json"_s});
    QCOMPARE(fromSnapshot.code, 0);
    const QJsonObject a = parseJson(original);
    const QJsonObject b = parseJson(fromSnapshot);
    QCOMPARE(b.value(u"objects"), a.value(u"objects")); // same objects, files and lines
    QCOMPARE(b.value(u"counts"), a.value(u"counts"));
    QCOMPARE(b.value(u"warnings"), a.value(u"warnings"));
    QCOMPARE(b.value(u"errors"), a.value(u"errors"));
    const QJsonObject source = b.value(u"source").toObject();
    QCOMPARE(source.value(u"kind").toString(), u"snapshot"_s);
    QCOMPARE(source.value(u"name").toString(), file);
    QCOMPARE(source.value(u"serverVersion").toString(), u"v1.24.1"_s);

    // --output, and filters on a snapshot.
    const QString second = dir.filePath(u"second.snap"_s);
    QCOMPARE(run({u"snapshot"_s, file, u"--output"_s, second}).code, 0);
    const Run filtered = run({u"inventory"_s, second, u"--format"_s, u"json"_s, u"-n"_s,
                              u"monitoring"_s, u"-k"_s, u"netpol"_s});
    QCOMPARE(filtered.code, 0);
    QCOMPARE(parseJson(filtered).value(u"objects").toArray().size(), 8);
}

void TestCli::snapshotWithoutOutput()
{
    const Run r = run({u"snapshot"_s, kGuestbook});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, u"error: -o FILE is required\n"_s);
}

void TestCli::snapshotOfBrokenSource()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"broken.snap"_s);
    const QString broken = kData + u"/broken/missing-kind.yaml"_s;
    const Run r = run({u"snapshot"_s, broken, u"-o"_s, file});
    QCOMPARE(r.code, 2); // written, but the input was not read completely
    QCOMPARE(r.err, broken + u":6:1: error: object has no \"kind\"\nSaved 2 object(s) to "_s +
                        file + u'\n');
    // The snapshot keeps the error.
    const Run again = run({u"inventory"_s, file, u"--format"_s, u"json"_s});
    QCOMPARE(again.code, 2);
    const QJsonArray errors = parseJson(again).value(u"errors").toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).toObject().value(u"line").toInt(), 6);
}

void TestCli::snapshotUnwritable()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"missing-folder/x.snap"_s);
    const Run r = run({u"snapshot"_s, kGuestbook, u"-o"_s, file});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(u"error: cannot write "_s + file), qPrintable(r.err));
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
