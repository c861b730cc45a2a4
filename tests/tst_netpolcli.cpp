// parapet-cli netpol in-process: can-reach verdicts and exit codes, explanations, matrix in
// table/CSV/JSON, exposure, diff between two sources, graph netpol, argument handling.

#include "command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "clirun.h"

#include <QTest>

using namespace parapet;
using namespace parapet::cli;
using namespace Qt::StringLiterals;

class TestNetpolCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canReach_data();
    void canReach();
    void canReachExplain();
    void canReachJson();
    void usageErrors_data();
    void usageErrors();
    void matrixTable();
    void matrixCsvAndJson();
    void matrixNamespaceFilter();
    void exposure();
    void diff();
    void graph();
    void onlineBoutique();
    void demo();
};

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

const QString kData = QStringLiteral(PARAPET_TEST_DATA) + u"/netpol"_s;
const QString kBefore = kData + u"/before"_s;
const QString kAfter = kData + u"/after"_s;

} // namespace

void TestNetpolCli::canReach_data()
{
    QTest::addColumn<QString>("src");
    QTest::addColumn<QString>("dst");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("code");
    QTest::newRow("web to api on its named port") << "shop/deploy/web"
                                                  << "shop/deploy/api"
                                                  << "9000"
                                                  << "allowed" << 0;
    QTest::newRow("named port given by name") << "shop/deploy/web"
                                              << "shop/deploy/api"
                                              << "http"
                                              << "allowed" << 0;
    QTest::newRow("web to api, other port") << "shop/deploy/web"
                                            << "shop/deploy/api"
                                            << "8080"
                                            << "denied" << 1;
    QTest::newRow("api to db") << "shop/deploy/api"
                               << "shop/sts/db"
                               << "5432/TCP"
                               << "allowed" << 0;
    QTest::newRow("api to db over UDP") << "shop/api"
                                        << "shop/db"
                                        << "5432/udp"
                                        << "denied" << 1;
    QTest::newRow("web to db") << "shop/web"
                               << "shop/statefulset/db"
                               << "5432"
                               << "denied" << 1;
    QTest::newRow("other namespace to web") << "other/deployments/client"
                                            << "shop/web"
                                            << "8080"
                                            << "allowed" << 0;
    QTest::newRow("internet to web") << "203.0.113.9"
                                     << "shop/web"
                                     << "8080"
                                     << "allowed" << 0;
    QTest::newRow("internet to api") << "203.0.113.9"
                                     << "shop/api"
                                     << "9000"
                                     << "denied" << 1;
    QTest::newRow("db to the internet (egress open)") << "shop/db"
                                                      << "8.8.8.8"
                                                      << "443"
                                                      << "allowed" << 0;
}

void TestNetpolCli::canReach()
{
    QFETCH(QString, src);
    QFETCH(QString, dst);
    QFETCH(QString, port);
    QFETCH(QString, verdict);
    QFETCH(int, code);
    const Run r = run({u"netpol"_s, u"can-reach"_s, src, dst, u"--port"_s, port, kBefore});
    QVERIFY2(r.code == code, qPrintable(r.out + r.err));
    QCOMPARE(r.out.section(u'\n', 0, 0), verdict);
}

void TestNetpolCli::canReachExplain()
{
    Run r = run({u"netpol"_s, u"can-reach"_s, u"shop/web"_s, u"shop/db"_s, u"--port"_s, u"5432"_s,
                 kBefore, u"--explain"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.startsWith(u"denied: Deployment shop/web → StatefulSet shop/db, TCP 5432\n"_s),
             qPrintable(r.out));
    QVERIFY(r.out.contains(u"egress from Deployment shop/web:\n  not isolated for egress"_s));
    QVERIFY(r.out.contains(u"isolated by NetworkPolicy shop/db, shop/default-deny-ingress"_s));
    QVERIFY2(r.out.contains(u"denied: no ingress rule of these policies matches the source"_s),
             qPrintable(r.out));

    r = run({u"netpol"_s, u"can-reach"_s, u"shop/api"_s, u"shop/db"_s, u"--port"_s, u"5433"_s,
             kBefore, u"--explain"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(u"rules match the peer but not TCP 5433:"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"policies.yaml:"_s)); // evidence with file:line

    r = run({u"netpol"_s, u"can-reach"_s, u"shop/web"_s, u"shop/api"_s, u"--port"_s, u"http"_s,
             kBefore, u"--explain"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(
                 u"allowed by NetworkPolicy shop/api spec.ingress[0].from[0] (pods {app=web} in "
                 "namespace shop; ports: TCP 9000)"_s),
             qPrintable(r.out));
}

void TestNetpolCli::canReachJson()
{
    const Run r = run({u"netpol"_s, u"can-reach"_s, u"shop/api"_s, u"shop/db"_s, u"--port"_s,
                       u"5432"_s, kBefore, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = json(r);
    QCOMPARE(o[u"verdict"_s].toString(), u"allowed"_s);
    QCOMPARE(o[u"port"_s].toInt(), 5432);
    QCOMPARE(o[u"protocol"_s].toString(), u"TCP"_s);
    QCOMPARE(o[u"source"_s].toObject()[u"kind"_s].toString(), u"workload"_s);
    const QJsonObject ingress = o[u"ingress"_s].toObject();
    QVERIFY(ingress[u"isolated"_s].toBool());
    QCOMPARE(ingress[u"isolatedBy"_s].toArray().size(), 2);
    const QJsonObject by = ingress[u"allowedBy"_s].toArray().at(0).toObject();
    QCOMPARE(by[u"policy"_s].toString(), u"shop/db"_s);
    QCOMPARE(by[u"peer"_s].toString(), u"spec.ingress[0].from[0]"_s);
    QCOMPARE(by[u"ports"_s].toString(), u"TCP 5432"_s);
    QVERIFY(by[u"location"_s].toString().contains(u"policies.yaml:"_s));
    QVERIFY(!o[u"egress"_s].toObject()[u"isolated"_s].toBool());
    QCOMPARE(o[u"podGroups"_s].toObject()[u"evaluated"_s].toInt(), 1);
}

void TestNetpolCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString b = kBefore;
    QTest::newRow("no subcommand") << QStringList{u"netpol"_s} << u"Usage"_s;
    QTest::newRow("unknown subcommand")
        << QStringList{u"netpol"_s, u"reach"_s} << u"unknown netpol subcommand"_s;
    QTest::newRow("no ends") << QStringList{u"netpol"_s, u"can-reach"_s, u"--port"_s, u"80"_s, b}
                             << u"name the source"_s;
    QTest::newRow("no port") << QStringList{u"netpol"_s, u"can-reach"_s, u"shop/web"_s,
                                            u"shop/api"_s, b}
                             << u"--port is required"_s;
    QTest::newRow("bad port") << QStringList{u"netpol"_s,
                                             u"can-reach"_s,
                                             u"shop/web"_s,
                                             u"shop/api"_s,
                                             u"--port"_s,
                                             u"99999"_s,
                                             b}
                              << u"out of range"_s;
    QTest::newRow("bad protocol") << QStringList{u"netpol"_s,
                                                 u"can-reach"_s,
                                                 u"shop/web"_s,
                                                 u"shop/api"_s,
                                                 u"--port"_s,
                                                 u"80/ICMP"_s,
                                                 b}
                                  << u"unknown protocol"_s;
    QTest::newRow("unknown port name") << QStringList{u"netpol"_s,
                                                      u"can-reach"_s,
                                                      u"shop/web"_s,
                                                      u"shop/api"_s,
                                                      u"--port"_s,
                                                      u"grpc"_s,
                                                      b}
                                       << u"no TCP container port named"_s;
    QTest::newRow("unknown workload") << QStringList{u"netpol"_s,
                                                     u"can-reach"_s,
                                                     u"shop/web"_s,
                                                     u"shop/deploy/nope"_s,
                                                     u"--port"_s,
                                                     u"80"_s,
                                                     b}
                                      << u"destination"_s;
    QTest::newRow("two addresses") << QStringList{u"netpol"_s,
                                                  u"can-reach"_s,
                                                  u"1.2.3.4"_s,
                                                  u"5.6.7.8"_s,
                                                  u"--port"_s,
                                                  u"80"_s,
                                                  b}
                                   << u"neither end"_s;
    QTest::newRow("bad matrix format")
        << QStringList{u"netpol"_s, u"matrix"_s, b, u"--format"_s, u"xml"_s}
        << u"unknown --format"_s;
    QTest::newRow("diff needs two") << QStringList{u"netpol"_s, u"diff"_s, b} << u"exactly two"_s;
    QTest::newRow("no source") << QStringList{u"netpol"_s, u"matrix"_s} << u"no source given"_s;
}

void TestNetpolCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestNetpolCli::matrixTable()
{
    const Run r = run({u"netpol"_s, u"matrix"_s, kBefore});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(u'\n');
    QVERIFY(lines.front().startsWith(u"SOURCE"_s));
    auto row = [&](const QString &from, const QString &to, const QString &ports) {
        for (const QString &l : lines) {
            const QStringList cols = l.split(u' ', Qt::SkipEmptyParts);
            if (cols.size() >= 3 && cols[0] == from && cols[1] == to)
                return cols.mid(2).join(u' ') == ports;
        }
        return false;
    };
    QVERIFY2(row(u"shop/Deployment/web"_s, u"shop/Deployment/api"_s, u"TCP 9000"_s),
             qPrintable(r.out));
    QVERIFY(row(u"shop/Deployment/api"_s, u"shop/StatefulSet/db"_s, u"TCP 5432"_s));
    QVERIFY(row(u"other/Deployment/client"_s, u"shop/Deployment/web"_s, u"TCP 8080"_s));
    QVERIFY(row(u"other/Deployment/client"_s, u"other/Deployment/client"_s, u"all"_s));
    QVERIFY(!r.out.contains(u"shop/Deployment/web   shop/StatefulSet/db"_s));
    QVERIFY(r.out.contains(u"outside: any address"_s));
    QVERIFY(r.out.contains(u"4 workloads (4 pods in 4 groups), 4 NetworkPolicies: "_s));
}

void TestNetpolCli::matrixCsvAndJson()
{
    Run r = run({u"netpol"_s, u"matrix"_s, kBefore, u"--format"_s, u"csv"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(u"from,to,ports,partial,viaIpBlock,implementationDefined\n"_s));
    QVERIFY(
        r.out.contains(u"shop/Deployment/web,shop/Deployment/api,TCP 9000,false,false,false\n"_s));

    r = run({u"netpol"_s, u"matrix"_s, kBefore, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = json(r);
    QCOMPARE(o[u"workloads"_s].toArray().size(), 4);
    const QJsonObject first = o[u"workloads"_s].toArray().at(0).toObject();
    QCOMPARE(first[u"key"_s].toString(), u"other/Deployment/client"_s);
    QCOMPARE(first[u"podsFrom"_s].toString(), u"template"_s);
    bool found = false;
    for (const QJsonValue &v : o[u"connections"_s].toArray()) {
        const QJsonObject c = v.toObject();
        if (c[u"from"_s] == u"shop/Deployment/api"_s && c[u"to"_s] == u"shop/StatefulSet/db"_s) {
            found = true;
            QCOMPARE(
                c[u"portRanges"_s].toObject()[u"TCP"_s].toArray().at(0).toArray().at(0).toInt(),
                5432);
        }
    }
    QVERIFY(found);
    QCOMPARE(o[u"summary"_s].toObject()[u"connections"_s].toInt(),
             o[u"connections"_s].toArray().size());
    QCOMPARE(o[u"outside"_s].toArray().size(), 1);
    QVERIFY(!o[u"ingressFromOutside"_s].toArray().isEmpty());
}

void TestNetpolCli::matrixNamespaceFilter()
{
    const Run r =
        run({u"netpol"_s, u"matrix"_s, kBefore, u"-n"_s, u"other"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.trimmed().split(u'\n').mid(1);
    QVERIFY(!lines.isEmpty());
    for (const QString &l : lines)
        QVERIFY2(l.contains(u"other/"_s), qPrintable(l));
}

void TestNetpolCli::exposure()
{
    const Run r = run({u"netpol"_s, u"exposure"_s, kBefore, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = json(r);
    QStringList got;
    for (const QJsonValue &v : o[u"findings"_s].toArray()) {
        const QJsonObject f = v.toObject();
        got.append(f[u"severity"_s].toString() + u' ' + f[u"kind"_s].toString() + u' ' +
                   f[u"subject"_s].toString());
    }
    // web: open to the internet on http, published by a LoadBalancer.
    QVERIFY2(got.contains(u"high internet-ingress shop/Deployment/web"_s),
             qPrintable(got.join(u'\n')));
    QVERIFY(got.contains(u"medium namespace-without-policy namespace other"_s));
    QVERIFY(
        got.contains(u"low namespace-partly-isolated namespace shop"_s)); // nothing isolates egress
    QCOMPARE(o[u"counts"_s].toObject()[u"high"_s].toInt(), 1);
    const Run table = run({u"netpol"_s, u"exposure"_s, kBefore});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.startsWith(u"SEVERITY"_s));
}

void TestNetpolCli::diff()
{
    Run r = run({u"netpol"_s, u"diff"_s, kBefore, kAfter});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(u"+ other/Deployment/client → shop/Deployment/api: TCP 9000\n"_s),
             qPrintable(r.out));
    QVERIFY(r.out.contains(
        u"~ shop/Deployment/api → shop/StatefulSet/db: TCP 5432 → TCP 5432-5433 (opened TCP 5433)\n"_s));
    QVERIFY(r.out.contains(u"- shop/StatefulSet/db → shop/Deployment/web: TCP 8080\n"_s));
    QVERIFY(r.out.contains(u"- shop/StatefulSet/db → outside: any address: all\n"_s));
    QVERIFY(r.out.contains(u"- shop/StatefulSet/db → other/Deployment/client: all\n"_s));

    r = run({u"netpol"_s, u"diff"_s, kBefore, kAfter, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 1);
    const QJsonObject o = json(r);
    QCOMPARE(o[u"summary"_s].toObject()[u"added"_s].toInt(), 1);
    QCOMPARE(o[u"summary"_s].toObject()[u"changed"_s].toInt(), 1);
    bool changed = false;
    for (const QJsonValue &v : o[u"changes"_s].toArray())
        if (v[u"change"_s] == u"changed"_s)
            changed = v[u"opened"_s] == u"TCP 5433"_s && v[u"closed"_s] == u"none"_s;
    QVERIFY(changed);

    r = run({u"netpol"_s, u"diff"_s, kBefore, kBefore});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"0 connections added, 0 removed, 0 changed"_s));
}

void TestNetpolCli::graph()
{
    const Run r = run({u"graph"_s, u"netpol"_s, kBefore, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = json(r);
    QStringList nodes;
    for (const QJsonValue &v : o[u"nodes"_s].toArray())
        nodes.append(v[u"id"_s].toString());
    QVERIFY2(nodes.contains(u"w/shop/Deployment/api"_s), qPrintable(nodes.join(u' ')));
    QVERIFY(nodes.contains(u"any"_s));
    bool edge = false;
    for (const QJsonValue &v : o[u"edges"_s].toArray())
        edge = edge || (v[u"from"_s] == u"w/shop/Deployment/web"_s &&
                        v[u"to"_s] == u"w/shop/Deployment/api"_s &&
                        v[u"label"_s] == u"TCP 9000"_s && v[u"kind"_s] == u"allowed"_s);
    QVERIFY(edge);
    const Run dot = run({u"graph"_s, u"netpol"_s, kBefore});
    QCOMPARE(dot.code, 0);
    QVERIFY(dot.out.contains(u"subgraph \"cluster_ns/shop\""_s));
}

void TestNetpolCli::onlineBoutique()
{
    const QString dir = QStringLiteral(PARAPET_CORPUS) + u"/microservices-demo"_s;
    if (!QFile::exists(dir))
        QSKIP("corpus not available");
    const QStringList src{dir + u"/kubernetes-manifests.yaml"_s, dir + u"/network-policies"_s};
    Run r = run(QStringList{u"netpol"_s, u"can-reach"_s, u"default/frontend"_s,
                            u"default/cartservice"_s, u"--port"_s, u"7070"_s} +
                src);
    QCOMPARE(r.code, 0);
    r = run(QStringList{u"netpol"_s, u"can-reach"_s, u"default/loadgenerator"_s,
                        u"default/cartservice"_s, u"--port"_s, u"7070"_s} +
            src);
    QCOMPARE(r.code, 1);
    r = run(QStringList{u"netpol"_s, u"can-reach"_s, u"default/frontend"_s, u"default/redis-cart"_s,
                        u"--port"_s, u"6379"_s} +
            src);
    QCOMPARE(r.code, 1);
    r = run(QStringList{u"netpol"_s, u"matrix"_s} + src);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"27 allowed workload connections"_s));
}

void TestNetpolCli::demo()
{
    const Run inv =
        run({u"inventory"_s, u"--demo"_s, u"--kind"_s, u"networkpolicy"_s, u"--counts"_s});
    if (inv.code != 0)
        QSKIP("the demo cluster is not built in");
    Run r = run({u"netpol"_s, u"can-reach"_s, u"shop/deploy/payment"_s, u"203.0.113.250"_s,
                 u"--port"_s, u"443"_s, u"--demo"_s, u"--explain"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(u"egress from Deployment shop/payment:"_s), qPrintable(r.out));
    r = run({u"netpol"_s, u"can-reach"_s, u"192.168.10.10"_s,
             u"ingress-nginx/deploy/ingress-nginx-controller"_s, u"--port"_s, u"8443"_s,
             u"--demo"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.startsWith(u"implementation-defined\n"_s));
    r = run({u"netpol"_s, u"matrix"_s, u"--demo"_s, u"-n"_s, u"shop"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"outside: 203.0.113.0/24 except 203.0.113.240/28"_s));
}

QTEST_GUILESS_MAIN(TestNetpolCli)
#include "tst_netpolcli.moc"
