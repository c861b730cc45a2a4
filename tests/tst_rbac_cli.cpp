// parapet-cli rbac in-process: can-i answers and exit codes as kubectl auth can-i, who-can,
// permissions, risks and graph output (table and JSON shapes), argument handling.

#include "command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
QJsonObject json(const Run &r)
{
    return parapet::test::jsonOutput(r);
}

const QString kCorpus = QStringLiteral(PARAPET_CORPUS);
const QString kData = QStringLiteral(PARAPET_TEST_DATA);
const QString kWorld = kData + u"/rbac/world.yaml"_s;
const QString kEscalation = kData + u"/rbac/escalation.yaml"_s;

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestRbacCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canI_data();
    void canI();
    void canIExplain();
    void canIJson();
    void canIUsage_data();
    void canIUsage();
    void canIWarnings();
    void canIBrokenInput();
    void whoCan();
    void permissions();
    void risks();
    void graphs();
};

void TestRbacCli::canI_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    const QString w = kWorld;
    QTest::newRow("yes") << QStringList{u"get"_s, u"pods"_s, w,         u"-n"_s,
                                        u"ns1"_s, u"--as"_s, u"alice"_s}
                         << 0;
    QTest::newRow("no: other namespace")
        << QStringList{u"get"_s, u"pods"_s, w, u"-n"_s, u"ns2"_s, u"--as"_s, u"alice"_s} << 1;
    QTest::newRow("no: default namespace when -n is absent")
        << QStringList{u"get"_s, u"pods"_s, w, u"--as"_s, u"alice"_s} << 1;
    QTest::newRow("no: -A is cluster-wide")
        << QStringList{u"list"_s, u"pods"_s, w, u"-A"_s, u"--as"_s, u"alice"_s} << 1;
    QTest::newRow("yes: -A through a ClusterRoleBinding")
        << QStringList{u"get"_s, u"configmaps"_s, w, u"-A"_s, u"--as"_s, u"carol"_s} << 0;
    QTest::newRow("options first")
        << QStringList{u"--as"_s, u"alice"_s, u"-n"_s, u"ns1"_s, u"get"_s, u"pods"_s, w} << 0;
    QTest::newRow("--as=") << QStringList{u"get"_s, u"pods"_s, u"--as=alice"_s,
                                          u"--namespace=ns1"_s, w}
                           << 0;
    QTest::newRow("short name") << QStringList{u"get"_s, u"po"_s,   w,         u"-n"_s,
                                               u"ns1"_s, u"--as"_s, u"alice"_s}
                                << 0;
    QTest::newRow("service account") << QStringList{u"list"_s,
                                                    u"pods"_s,
                                                    w,
                                                    u"-n"_s,
                                                    u"ns1"_s,
                                                    u"--as"_s,
                                                    u"system:serviceaccount:ns1:robot"_s}
                                     << 0;
    QTest::newRow("--as-group") << QStringList{u"get"_s,
                                               u"/open"_s,
                                               w,
                                               u"--as"_s,
                                               u"zoe"_s,
                                               u"--as-group"_s,
                                               u"system:unauthenticated"_s}
                                << 0;
    QTest::newRow("url, anonymous")
        << QStringList{u"get"_s, u"/open"_s, w, u"--as"_s, u"system:anonymous"_s} << 0;
    QTest::newRow("url, prefix") << QStringList{u"get"_s, u"/logs/x"_s, w, u"--as"_s, u"carol"_s}
                                 << 0;
    QTest::newRow("NAME allowed") << QStringList{u"get"_s, u"secrets"_s, u"token-a"_s,
                                                 w,        u"--as"_s,    u"dave"_s}
                                  << 0;
    QTest::newRow("NAME denied") << QStringList{u"get"_s, u"secrets"_s, u"token-b"_s,
                                                w,        u"--as"_s,    u"dave"_s}
                                 << 1;
    QTest::newRow("named rule, no name")
        << QStringList{u"list"_s, u"secrets"_s, w, u"--as"_s, u"dave"_s} << 1;
    QTest::newRow("RESOURCE/SUB") << QStringList{u"update"_s, u"statefulsets/scale"_s, w, u"--as"_s,
                                                 u"erin"_s}
                                  << 0;
    QTest::newRow("--subresource")
        << QStringList{u"update"_s, u"sts"_s,  u"--subresource"_s, u"scale"_s,
                       w,           u"--as"_s, u"erin"_s}
        << 0;
    QTest::newRow("pods/* no wildcard")
        << QStringList{u"get"_s, u"pods"_s, w, u"--as"_s, u"erin"_s} << 1;
    QTest::newRow("group qualified")
        << QStringList{u"get"_s, u"cronjobs.batch/status"_s, w, u"--as"_s, u"erin"_s} << 0;
    QTest::newRow("group and version")
        << QStringList{u"get"_s, u"jobs.v1.batch"_s, w, u"--as"_s, u"erin"_s} << 0;
    QTest::newRow("namespace itself")
        << QStringList{u"patch"_s, u"namespaces"_s, u"ns1"_s, w, u"--as"_s, u"ivy"_s} << 0;
    QTest::newRow("another namespace")
        << QStringList{u"patch"_s, u"ns"_s, u"ns2"_s, w, u"--as"_s, u"ivy"_s} << 1;
    QTest::newRow("system:masters") << QStringList{u"*"_s,
                                                   u"*"_s,
                                                   w,
                                                   u"--as"_s,
                                                   u"root"_s,
                                                   u"--as-group"_s,
                                                   u"system:masters"_s}
                                    << 0;
    QTest::newRow("built-ins: discovery")
        << QStringList{u"get"_s, u"/apis"_s, w, u"--as"_s, u"zoe"_s} << 0;
    QTest::newRow("built-ins off")
        << QStringList{u"get"_s, u"/apis"_s, w, u"--as"_s, u"zoe"_s, u"--builtins"_s, u"none"_s}
        << 1;
    QTest::newRow("quiet") << QStringList{u"-q"_s, u"get"_s, u"pods"_s, w,
                                          u"-n"_s, u"ns1"_s, u"--as"_s, u"alice"_s}
                           << 0;
}

void TestRbacCli::canI()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run r = run(QStringList{u"rbac"_s, u"can-i"_s} + args);
    QVERIFY2(r.code == code, qPrintable(r.out + r.err));
    if (args.contains(u"-q"))
        QCOMPARE(r.out, QString());
    else
        QCOMPARE(r.out, code == 0 ? u"yes\n"_s : u"no\n"_s);
}

void TestRbacCli::canIExplain()
{
    const Run yes = run({u"rbac"_s, u"can-i"_s, u"get"_s, u"configmaps"_s, kWorld, u"-n"_s,
                         u"ns2"_s, u"--as"_s, u"bob"_s, u"--explain"_s});
    QCOMPARE(yes.code, 0);
    QVERIFY(yes.out.startsWith(u"yes\n"));
    QVERIFY2(yes.out.contains(
                 u"RoleBinding ns2/bob-mixed (subjects[0]) -> ClusterRole mixed -> rules[0]"),
             qPrintable(yes.out));
    QVERIFY(yes.out.contains(u"world.yaml:"));
    QVERIFY(yes.out.contains(u"user bob, groups system:authenticated"));
    const Run no = run({u"rbac"_s, u"can-i"_s, u"get"_s, u"pods"_s, kWorld, u"-n"_s, u"ns1"_s,
                        u"--as"_s, u"frank"_s, u"--explain"_s});
    QCOMPARE(no.code, 1);
    QVERIFY(no.out.startsWith(u"no\n"));
    QVERIFY2(
        no.out.contains(
            u"grants nothing: RoleBinding ns1/frank-missing: Role \"does-not-exist\" not found"),
        qPrintable(no.out));
}

void TestRbacCli::canIJson()
{
    const Run r = run({u"rbac"_s, u"can-i"_s, u"get"_s, u"secrets"_s, u"token-a"_s, kWorld, u"-n"_s,
                       u"ns1"_s, u"--as"_s, u"dave"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = json(r);
    QCOMPARE(keysOf(o), (QStringList{u"allowed"_s, u"builtinsAssumed"_s, u"bypass"_s, u"errors"_s,
                                     u"grants"_s, u"identity"_s, u"request"_s, u"warnings"_s}));
    QCOMPARE(o[u"allowed"_s].toBool(), true);
    const QJsonObject req = o[u"request"_s].toObject();
    QCOMPARE(req[u"name"_s].toString(), u"token-a"_s);
    QCOMPARE(req[u"namespace"_s].toString(), u"ns1"_s);
    const QJsonObject g = o[u"grants"_s].toArray().at(0).toObject();
    QCOMPARE(keysOf(g), (QStringList{u"binding"_s, u"role"_s, u"rule"_s, u"scope"_s}));
    QCOMPARE(g[u"binding"_s].toObject()[u"name"_s].toString(), u"dave-named"_s);
    QCOMPARE(g[u"rule"_s].toObject()[u"resourceNames"_s].toArray().at(0).toString(), u"token-a"_s);
    QVERIFY(g[u"rule"_s].toObject()[u"line"_s].toInt() > 0);
}

void TestRbacCli::canIUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no identity") << QStringList{u"get"_s, u"pods"_s, kWorld} << u"--as USER"_s;
    QTest::newRow("no resource") << QStringList{u"get"_s} << u"missing arguments"_s;
    QTest::newRow("bad format") << QStringList{u"get"_s, u"pods"_s,     kWorld,  u"--as"_s,
                                               u"a"_s,   u"--format"_s, u"xml"_s}
                                << u"--format"_s;
    QTest::newRow("bad builtins") << QStringList{u"get"_s, u"pods"_s,       kWorld, u"--as"_s,
                                                 u"a"_s,   u"--builtins"_s, u"x"_s}
                                  << u"--builtins"_s;
    QTest::newRow("subresource twice")
        << QStringList{u"get"_s, u"pods/log"_s,      kWorld,  u"--as"_s,
                       u"a"_s,   u"--subresource"_s, u"log"_s}
        << u"subresource once"_s;
    QTest::newRow("url with name")
        << QStringList{u"get"_s, u"/healthz"_s, u"x"_s, kWorld, u"--as"_s, u"a"_s}
        << u"non-resource URL"_s;
    QTest::newRow("unknown option")
        << QStringList{u"get"_s, u"pods"_s, kWorld, u"--as"_s, u"a"_s, u"--bogus"_s} << u"bogus"_s;
}

void TestRbacCli::canIUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(QStringList{u"rbac"_s, u"can-i"_s} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(run({u"rbac"_s, u"nope"_s}).code, 2);
    QCOMPARE(run({u"rbac"_s}).code, 2);
    QCOMPARE(run({u"rbac"_s, u"--help"_s}).code, 0);
    const Run help = run({u"rbac"_s, u"can-i"_s, u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(u"--as"));
}

void TestRbacCli::canIWarnings()
{
    const Run nodes = run({u"rbac"_s, u"can-i"_s, u"list"_s, u"nodes"_s, kWorld, u"-n"_s, u"ns2"_s,
                           u"--as"_s, u"bob"_s});
    QCOMPARE(nodes.code, 1); // cluster-scoped: RoleBindings never apply
    QVERIFY(nodes.err.contains(u"Warning: resource 'nodes' is not namespace scoped"));
    const Run unknown = run(
        {u"rbac"_s, u"can-i"_s, u"get"_s, u"widgets.example.com"_s, kWorld, u"--as"_s, u"bob"_s});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains(u"'widgets' in group 'example.com' is not known"));
    const Run impersonate =
        run({u"rbac"_s, u"can-i"_s, u"impersonate"_s, u"users"_s, kWorld, u"--as"_s, u"bob"_s});
    QVERIFY(!impersonate.err.contains(u"Warning"));
    const Run create = run({u"rbac"_s, u"can-i"_s, u"create"_s, u"secrets"_s, u"token-a"_s, kWorld,
                            u"--as"_s, u"dave"_s});
    QCOMPARE(create.code, 0); // asked with a name, as kubectl sends it
    QVERIFY(create.err.contains(u"carries no name"));
}

void TestRbacCli::canIBrokenInput()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"broken.yaml"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("kind: [\n");
    f.close();
    const Run r = run({u"rbac"_s, u"can-i"_s, u"get"_s, u"pods"_s, kWorld, f.fileName(), u"-n"_s,
                       u"ns1"_s, u"--as"_s, u"alice"_s});
    QCOMPARE(r.out, u"yes\n"_s);
    QCOMPARE(r.code, 2);
}

void TestRbacCli::whoCan()
{
    const Run t = run({u"rbac"_s, u"who-can"_s, u"get"_s, u"pods"_s, kWorld, u"-n"_s, u"ns1"_s});
    QCOMPARE(t.code, 0);
    QVERIFY(t.out.startsWith(u"KIND"));
    QVERIFY(t.out.contains(u"system:masters"));
    QVERIFY(t.out.contains(
        u"RoleBinding ns1/alice-reads-pods (subjects[0]) -> Role ns1/pod-reader -> rules[0]"));
    QVERIFY(t.out.contains(u"visitor"));

    const Run j =
        run({u"rbac"_s, u"who-can"_s, u"get"_s, u"configmaps"_s, kWorld, u"--format"_s, u"json"_s});
    QCOMPARE(j.code, 0);
    const QJsonObject o = json(j);
    QCOMPARE(keysOf(o), (QStringList{u"allNamespaces"_s, u"builtinsAssumed"_s, u"errors"_s,
                                     u"request"_s, u"subjects"_s, u"warnings"_s}));
    QVERIFY(o[u"allNamespaces"_s].toBool()); // no -n: every namespace
    QStringList names;
    for (const QJsonValue &v : o[u"subjects"_s].toArray()) {
        const QJsonObject s = v.toObject();
        QCOMPARE(keysOf(s),
                 (QStringList{u"bypass"_s, u"grants"_s, u"kind"_s, u"name"_s, u"namespace"_s}));
        names.append(s[u"name"_s].toString());
        if (s[u"name"_s].toString() == u"bob")
            QCOMPARE(s[u"grants"_s].toArray().at(0).toObject()[u"scope"_s].toString(), u"ns2"_s);
    }
    QVERIFY(names.contains(u"bob"_s));
    QVERIFY(names.contains(u"carol"_s));
    // In one namespace bob does not count there.
    const QJsonObject ns1 = json(run({u"rbac"_s, u"who-can"_s, u"get"_s, u"configmaps"_s, kWorld,
                                      u"-n"_s, u"ns1"_s, u"--format"_s, u"json"_s}));
    QVERIFY(!ns1[u"allNamespaces"_s].toBool());
    QVERIFY(!QJsonDocument(ns1).toJson().contains("\"bob\""));
}

void TestRbacCli::permissions()
{
    const Run t = run({u"rbac"_s, u"permissions"_s, kWorld, u"--as"_s, u"bob"_s});
    QCOMPARE(t.code, 0);
    QVERIFY(t.out.startsWith(u"WHERE"));
    QVERIFY(t.out.contains(u"no effect through a RoleBinding"));
    const Run j = run({u"rbac"_s, u"permissions"_s, kWorld, u"--as"_s, u"bob"_s, u"-n"_s, u"ns2"_s,
                       u"--format"_s, u"json"_s});
    const QJsonObject o = json(j);
    QCOMPARE(keysOf(o),
             (QStringList{u"builtinsAssumed"_s, u"identity"_s, u"namespace"_s, u"permissions"_s}));
    const QJsonObject p = o[u"permissions"_s].toArray().last().toObject();
    QCOMPARE(keysOf(p), (QStringList{u"binding"_s, u"effective"_s, u"note"_s, u"role"_s, u"rule"_s,
                                     u"scope"_s}));
    QCOMPARE(run({u"rbac"_s, u"permissions"_s, kWorld}).code, 2);
}

void TestRbacCli::risks()
{
    const Run t = run({u"rbac"_s, u"risks"_s, kEscalation});
    QCOMPARE(t.code, 0);
    QVERIFY(t.out.startsWith(u"SEVERITY"));
    QVERIFY(t.out.contains(u"Escalation paths to cluster-admin (shortest first):"));
    QVERIFY2(t.out.contains(u"ServiceAccount ci/builder can create pods in namespace prod, so it "
                            u"runs a pod as ServiceAccount prod/deployer"),
             qPrintable(t.out));
    QVERIFY(t.out.contains(u"Note: Server version unknown"));
    QCOMPARE(run({u"rbac"_s, u"risks"_s, kEscalation, u"--fail-on"_s, u"critical"_s}).code, 1);
    QCOMPARE(run({u"rbac"_s, u"risks"_s, kWorld, u"--fail-on"_s, u"critical"_s}).code, 0);
    QCOMPARE(run({u"rbac"_s, u"risks"_s, kWorld, u"--fail-on"_s, u"worse"_s}).code, 2);

    const QJsonObject o = json(run({u"rbac"_s, u"risks"_s, kEscalation, u"--format"_s, u"json"_s}));
    QCOMPARE(keysOf(o), (QStringList{u"counts"_s, u"diagnostics"_s, u"escalations"_s, u"findings"_s,
                                     u"notes"_s}));
    const QJsonObject f = o[u"findings"_s].toArray().at(0).toObject();
    QCOMPARE(keysOf(f),
             (QStringList{u"binding"_s, u"check"_s, u"detail"_s, u"file"_s, u"line"_s, u"role"_s,
                          u"rule"_s, u"scope"_s, u"severity"_s, u"subject"_s, u"title"_s}));
    QCOMPARE(f[u"severity"_s].toString(), u"critical"_s);
    const QJsonObject e = o[u"escalations"_s].toArray().at(0).toObject();
    QCOMPARE(keysOf(e), (QStringList{u"from"_s, u"fromLabel"_s, u"steps"_s, u"target"_s}));
    QCOMPARE(keysOf(e[u"steps"_s].toArray().at(0).toObject()),
             (QStringList{u"from"_s, u"fromLabel"_s, u"how"_s, u"to"_s, u"toLabel"_s, u"via"_s}));
    QVERIFY(o[u"counts"_s].toObject()[u"critical"_s].toInt() >= 1);
}

void TestRbacCli::graphs()
{
    const Run g = run({u"graph"_s, u"rbac"_s, kEscalation, u"--format"_s, u"json"_s});
    QCOMPARE(g.code, 0);
    const QJsonObject o = json(g);
    bool escalation = false;
    for (const QJsonValue &e : o[u"edges"_s].toArray())
        escalation |= e.toObject()[u"kind"_s].toString() == u"escalation";
    QVERIFY(escalation);
    const Run dot = run({u"rbac"_s, u"graph"_s, kEscalation, u"--all"_s});
    QCOMPARE(dot.code, 0);
    QVERIFY(dot.out.startsWith(u"digraph"));
    QVERIFY(dot.out.contains(u"quiet")); // harmless subjects only with --all
    QVERIFY(!run({u"rbac"_s, u"graph"_s, kEscalation}).out.contains(u"quiet"));
}

QTEST_GUILESS_MAIN(TestRbacCli)
#include "tst_rbac_cli.moc"
