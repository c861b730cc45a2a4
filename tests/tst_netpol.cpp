// NetworkPolicy reachability: truth tables in the style of Kubernetes' e2e suite
// (test/e2e/network/netpol: namespaces x, y, z with pods a, b, c), written for Parapet. Every
// table is checked along three independent paths: the class/bitset evaluator behind the
// matrix, the per-rule explanation behind can-reach, and the workload matrix.

#include "netpol/connectivitydiff.h"
#include "netpol/connectivitymatrix.h"
#include "netpol/exposure.h"
#include "netpol/ipaddress.h"
#include "netpol/netpolgraph.h"
#include "netpol/networkpolicy.h"
#include "netpol/portset.h"
#include "netpol/reachability.h"
#include "sources/manifestloader.h"

#include <QFile>
#include <QTest>

using namespace parapet;
using namespace parapet::netpol;

class TestNetpol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cidrAndIpSet_data();
    void cidrAndIpSet();
    void ipSetText();
    void portSet();
    void policyDefaults_data();
    void policyDefaults();
    void policyValidation_data();
    void policyValidation();

    void truthTables_data();
    void truthTables();
    void namedPortsOnDifferentPods_data();
    void namedPortsOnDifferentPods();
    void externalAddresses_data();
    void externalAddresses();
    void emptyRuleVersusEmptySelectorsFromOutside();
    void namespaceLabelAlwaysPresent();
    void implementationDefined();
    void explanation();

    void templatesStandForPods();
    void templatesAndIpBlocksExceptingLinkLocal();
    void podsNotDoubleCounted();
    void classesGroupPods();
    void exposureFindings();
    void diffBetweenInventories();
    void graphModel();
    void onlineBoutique();
    void kubePrometheus();
    void demoCluster();
};

namespace {

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}

const char *const kNamespaces[] = {"x", "y", "z"};
const char *const kPods[] = {"a", "b", "c"};

// Namespaces x and y exist as objects (with a label `ns`); z is only implied by its pods. Every
// pod serves ports 80 and 81 over TCP, UDP and SCTP, with upstream's port names.
QByteArray cluster()
{
    QByteArray y;
    for (const char *ns : {"x", "y"})
        y += QByteArray("---\napiVersion: v1\nkind: Namespace\nmetadata: {name: \"") + ns +
             "\", labels: {ns: \"" + ns + "\"}}\n";
    int n = 1;
    for (const char *ns : kNamespaces) {
        int p = 1;
        for (const char *pod : kPods) {
            y += QByteArray("---\napiVersion: v1\nkind: Pod\nmetadata: {name: ") + pod +
                 ", namespace: \"" + ns + "\", labels: {pod: " + pod + "}}\nspec:\n  containers:\n";
            for (const char *port : {"80", "81"}) {
                y += QByteArray("  - name: c") + port + "\n    image: agnhost\n    ports:\n";
                for (const char *proto : {"TCP", "UDP", "SCTP"})
                    y += QByteArray("    - {name: serve-") + port + '-' +
                         QByteArray(proto).toLower() + ", containerPort: " + port +
                         ", protocol: " + proto + "}\n";
            }
            y += "status: {phase: Running, podIP: 10." + QByteArray::number(n) + ".0." +
                 QByteArray::number(p) + "}\n";
            ++p;
        }
        ++n;
    }
    return y;
}

QByteArray np(const char *ns, const char *name, const char *spec)
{
    return QByteArray(
               "---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ") +
           name + ", namespace: \"" + ns + "\"}\nspec: " + spec + "\n";
}

Inventory load(const QByteArray &objects, const QByteArray &more = {})
{
    ManifestLoader loader;
    loader.addData(QStringLiteral("cluster.yaml"), objects);
    if (!more.isEmpty())
        loader.addData(QStringLiteral("policies.yaml"), more);
    return loader.load(SourceInfo{});
}

struct PortArg
{
    Protocol protocol = Protocol::TCP;
    int port = 0;
};

PortArg portArg(const QString &s)
{
    const auto parts = s.split(u'/');
    return {parts.size() > 1 ? *parseProtocol(parts[1]) : Protocol::TCP, parts[0].toInt()};
}

bool patternMatches(QStringView pattern, const QString &ns, const QString &pod)
{
    const auto p = pattern.split(u'/');
    return (p[0] == u"*" || p[0] == ns) && (p[1] == u"*" || p[1] == pod);
}

// Upstream-style expectations: everything allowed, then "FROM -> TO = 0|1" applied in order
// (`*` matches any namespace or pod).
bool expected(const QStringList &rules, const QString &from, const QString &to)
{
    bool v = true;
    const auto f = from.split(u'/');
    const auto t = to.split(u'/');
    for (const QString &r : rules) {
        const auto eq = r.split(u'=');
        const auto ends = eq[0].split(QStringLiteral("->"));
        if (patternMatches(ends[0].trimmed(), f[0], f[1]) &&
            patternMatches(ends[1].trimmed(), t[0], t[1]))
            v = eq[1].trimmed() == u"1";
    }
    return v;
}

int workloadOfPod(const ReachabilityAnalysis &a, const QString &ns, const QString &pod)
{
    const auto &w = a.endpoints().workloads;
    for (std::size_t i = 0; i < w.size(); ++i)
        if (w[i].namespaceName == ns && w[i].name == pod)
            return int(i);
    return -1;
}

// Checks every pod pair on all three paths; returns a printable truth table of mismatches.
QString checkTable(const Inventory &inv, const QStringList &rules, PortArg port)
{
    auto analysis = std::make_shared<const ReachabilityAnalysis>(inv);
    const ReachabilityAnalysis &a = *analysis;
    ConnectionEvaluator ev(a);
    const ConnectivityMatrix m = ConnectivityMatrix::build(analysis);
    QString report;
    QStringList names;
    for (const char *ns : kNamespaces)
        for (const char *pod : kPods)
            names.append(QString::fromLatin1(ns) + u'/' + QString::fromLatin1(pod));
    QString table = QStringLiteral("      ") + names.join(u' ') + u'\n';
    bool bad = false;
    for (const QString &from : names) {
        table += from.leftJustified(6);
        for (const QString &to : names) {
            const auto src = a.resolve(from);
            const auto dst = a.resolve(to);
            if (!src || !dst || src->kind != ConnectionEnd::Kind::Pod ||
                dst->kind != ConnectionEnd::Kind::Pod)
                return QStringLiteral("cannot resolve ") + from + QStringLiteral(" or ") + to;
            bool via = false;
            const int id = ev.connection(a.classOf(src->index), a.classOf(dst->index), via);
            const bool byClasses = ev.table().at(id).contains(port.protocol, port.port);
            const bool byRules = a.canReach(*src, *dst, port.protocol, port.port).policiesAllow;
            bool byMatrix = false;
            const int ws = workloadOfPod(a, from.section(u'/', 0, 0), from.section(u'/', 1));
            const int wd = workloadOfPod(a, to.section(u'/', 0, 0), to.section(u'/', 1));
            for (const MatrixCell &c : m.pairs())
                if (c.src == ws && c.dst == wd)
                    byMatrix = m.ports(c).contains(port.protocol, port.port);
            const bool want = expected(rules, from, to);
            const bool ok = byClasses == want && byRules == want && byMatrix == want;
            bad = bad || !ok;
            table += ok ? (want ? QStringLiteral("  .  ") : QStringLiteral("  X  "))
                        : QStringLiteral(" !%1%2%3")
                              .arg(int(byClasses))
                              .arg(int(byRules))
                              .arg(int(byMatrix));
        }
        table += u'\n';
    }
    if (bad)
        report = QStringLiteral("mismatch (. allowed, X denied, !CRM = classes/rules/matrix "
                                "got, when the expectation differs):\n") +
                 table;
    return report;
}

} // namespace

// --- Building blocks ------------------------------------------------------------------------

void TestNetpol::cidrAndIpSet_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("inside");
    QTest::addColumn<QString>("outside");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("v4 /24") << "10.1.2.0/24"
                            << "10.1.2.255"
                            << "10.1.3.0"
                            << "10.1.2.0/24";
    QTest::newRow("v4 host bits masked") << "10.1.2.7/24"
                                         << "10.1.2.1"
                                         << "10.1.1.255"
                                         << "10.1.2.0/24";
    QTest::newRow("v4 /0 holds every v4") << "0.0.0.0/0"
                                          << "255.255.255.255"
                                          << "::1"
                                          << "0.0.0.0/0";
    QTest::newRow("v4 /32") << "192.0.2.7/32"
                            << "192.0.2.7"
                            << "192.0.2.8"
                            << "192.0.2.7/32";
    QTest::newRow("v6 /0 never holds v4") << "::/0"
                                          << "2001:db8::1"
                                          << "10.0.0.1"
                                          << "::/0";
    QTest::newRow("v6 /64") << "fd00:1:2:3::/64"
                            << "fd00:1:2:3:ffff::1"
                            << "fd00:1:2:4::"
                            << "fd00:1:2:3::/64";
    QTest::newRow("v6 with v4 tail") << "::ffff:0:0/128"
                                     << ""
                                     << "0.0.0.0"
                                     << "::ffff:0:0/128";
}

void TestNetpol::cidrAndIpSet()
{
    QFETCH(QString, cidr);
    QFETCH(QString, inside);
    QFETCH(QString, outside);
    QFETCH(QString, canonical);
    const auto c = Cidr::parse(cidr);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QCOMPARE(c->toString(), canonical);
    const IpSet s = IpSet::fromCidr(*c);
    if (!inside.isEmpty())
        QVERIFY(s.contains(*IpAddress::parse(inside)));
    QVERIFY(!s.contains(*IpAddress::parse(outside)));
    for (const char *bad :
         {"10.0.0.0", "10.0.0.0/33", "10.0.0.256/8", "::/129", "1::2::3/64", "x/8", "10.0.0.0/-1"})
        QVERIFY2(!Cidr::parse(QString::fromLatin1(bad)).ok(), bad);
    QCOMPARE(IpAddress::parse(u"2001:db8:0:0:1:0:0:1")->toString(),
             QStringLiteral("2001:db8::1:0:0:1"));
    QCOMPARE(IpAddress::parse(u"::ffff:10.0.0.1")->toString(), QStringLiteral("10.0.0.1"));
}

void TestNetpol::ipSetText()
{
    auto set = [](const char *cidr, std::initializer_list<const char *> except = {}) {
        IpSet s = IpSet::fromCidr(*Cidr::parse(QString::fromLatin1(cidr)));
        for (const char *e : except)
            s.subtract(IpSet::fromCidr(*Cidr::parse(QString::fromLatin1(e))));
        return s;
    };
    QCOMPARE(set("0.0.0.0/0", {"10.0.0.0/8"}).toString(),
             QStringLiteral("0.0.0.0/0 except 10.0.0.0/8"));
    QCOMPARE(set("203.0.113.0/24", {"203.0.113.240/28"}).toString(),
             QStringLiteral("203.0.113.0/24 except 203.0.113.240/28"));
    QCOMPARE(set("10.0.0.0/8").united(set("192.168.1.0/24")).toString(),
             QStringLiteral("10.0.0.0/8, 192.168.1.0/24"));
    QCOMPARE(IpSet::all().toString(), QStringLiteral("0.0.0.0/0 + ::/0"));
    QCOMPARE(set("::/0", {"fd00::/8"}).toString(), QStringLiteral("::/0 except fd00::/8"));
    // Exact CIDR covers, across the IPv4-mapped block.
    const IpSet v6 = IpSet::allV6();
    IpSet back;
    for (const Cidr &c : v6.toCidrs())
        back.add(IpSet::fromCidr(c));
    QCOMPARE(back, v6);
    QVERIFY(IpSet::publicAddresses().contains(*IpAddress::parse(u"8.8.8.8")));
    QVERIFY(!IpSet::publicAddresses().contains(*IpAddress::parse(u"10.1.2.3")));
    QVERIFY(!IpSet::publicAddresses().contains(*IpAddress::parse(u"169.254.169.254")));
}

void TestNetpol::portSet()
{
    PortSet a;
    a.add(Protocol::TCP, 80, 81);
    a.add(Protocol::TCP, 82, 82);
    a.add(Protocol::UDP, 53, 53);
    QCOMPARE(a.toString(), QStringLiteral("TCP 80-82 UDP 53"));
    PortSet b;
    b.addAll(Protocol::TCP);
    QCOMPARE(b.toString(), QStringLiteral("TCP all"));
    QCOMPARE(a.intersected(b).toString(), QStringLiteral("TCP 80-82"));
    QCOMPARE(b.subtracted(a).ranges(Protocol::TCP).size(), std::size_t(2));
    QVERIFY(PortSet::all().isAll());
    QCOMPARE(PortSet::all().toString(), QStringLiteral("all"));
    QVERIFY(!a.contains(Protocol::SCTP, 80));
    QVERIFY(a.contains(Protocol::TCP, 81));
}

void TestNetpol::policyDefaults_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<bool>("ingress");
    QTest::addColumn<bool>("egress");
    QTest::addColumn<bool>("defaulted");
    // SetDefaults_NetworkPolicy: Ingress always; Egress when spec.egress has rules.
    QTest::newRow("nothing") << QByteArray("{podSelector: {}}") << true << false << true;
    QTest::newRow("egress section only: both types")
        << QByteArray("{podSelector: {}, egress: [{}]}") << true << true << true;
    QTest::newRow("empty egress list: ingress only")
        << QByteArray("{podSelector: {}, egress: []}") << true << false << true;
    QTest::newRow("explicit Egress only")
        << QByteArray("{podSelector: {}, policyTypes: [Egress], egress: [{}]}") << false << true
        << false;
    QTest::newRow("empty policyTypes list is defaulted")
        << QByteArray("{podSelector: {}, policyTypes: [], egress: [{}]}") << true << true << true;
    QTest::newRow("explicit Ingress with egress rules")
        << QByteArray("{podSelector: {}, policyTypes: [Ingress], egress: [{}]}") << true << false
        << false;
}

void TestNetpol::policyDefaults()
{
    QFETCH(QByteArray, spec);
    QFETCH(bool, ingress);
    QFETCH(bool, egress);
    QFETCH(bool, defaulted);
    const Inventory inv = load(np("x", "p", spec.constData()));
    const auto policies = inv.ofKind(QStringLiteral("NetworkPolicy"));
    QCOMPARE(policies.size(), std::size_t(1));
    const NetworkPolicy p = parseNetworkPolicy(*policies.front());
    QVERIFY2(p.isValid(), qPrintable(p.errors.join(u';')));
    QCOMPARE(p.affectsIngress, ingress);
    QCOMPARE(p.affectsEgress, egress);
    QCOMPARE(p.typesDefaulted, defaulted);
    QVERIFY(p.podSelector.isEverything());
}

void TestNetpol::policyValidation_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::newRow("missing podSelector means all pods")
        << QByteArray("{ingress: [{}]}") << QString();
    QTest::newRow("endPort with a name")
        << QByteArray("{podSelector: {}, ingress: [{ports: [{port: http, endPort: 90}]}]}")
        << "non-numeric";
    QTest::newRow("endPort below port")
        << QByteArray("{podSelector: {}, ingress: [{ports: [{port: 90, endPort: 80}]}]}")
        << "greater than";
    QTest::newRow("endPort without port")
        << QByteArray("{podSelector: {}, ingress: [{ports: [{endPort: 80}]}]}") << "without port";
    QTest::newRow("quoted number is a bad name")
        << QByteArray("{podSelector: {}, ingress: [{ports: [{port: \"80\"}]}]}")
        << "valid port name";
    QTest::newRow("port out of range")
        << QByteArray("{podSelector: {}, ingress: [{ports: [{port: 70000}]}]}")
        << "between 1 and 65535";
    QTest::newRow("unknown protocol")
        << QByteArray("{podSelector: {}, ingress: [{ports: [{port: 80, protocol: ICMP}]}]}")
        << "unsupported";
    QTest::newRow("ipBlock with selector")
        << QByteArray("{podSelector: {}, ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8}, "
                      "podSelector: {}}]}]}")
        << "both ipBlock";
    QTest::newRow("empty peer") << QByteArray("{podSelector: {}, ingress: [{from: [{}]}]}")
                                << "must specify";
    QTest::newRow("except outside cidr")
        << QByteArray("{podSelector: {}, egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8, except: "
                      "[11.0.0.0/16]}}]}]}")
        << "strict subset";
    QTest::newRow("except equal to cidr")
        << QByteArray("{podSelector: {}, egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8, except: "
                      "[10.0.0.0/8]}}]}]}")
        << "strict subset";
    QTest::newRow("bad policyType")
        << QByteArray("{podSelector: {}, policyTypes: [Both]}") << "unsupported";
    QTest::newRow("bad selector operator")
        << QByteArray("{podSelector: {matchExpressions: [{key: a, operator: Maybe}]}}") << "";
}

void TestNetpol::policyValidation()
{
    QFETCH(QByteArray, spec);
    QFETCH(QString, error);
    const Inventory inv = load(np("x", "p", spec.constData()));
    const NetworkPolicy p =
        parseNetworkPolicy(*inv.ofKind(QStringLiteral("NetworkPolicy")).front());
    if (error.isNull()) {
        QVERIFY2(p.isValid(), qPrintable(p.errors.join(u';')));
        return;
    }
    QVERIFY(!p.isValid());
    QVERIFY2(p.errors.join(u';').contains(error), qPrintable(p.errors.join(u';')));
}

// --- Truth tables -----------------------------------------------------------------------------

void TestNetpol::truthTables_data()
{
    QTest::addColumn<QByteArray>("policies");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QStringList>("expect");

    const QByteArray denyIngressX =
        np("x", "deny-ingress", "{podSelector: {}, policyTypes: [Ingress]}");
    QTest::newRow("no policy: all allowed") << QByteArray() << "80" << L({});
    QTest::newRow("default deny ingress") << denyIngressX << "80" << L({"*/* -> x/* = 0"});
    QTest::newRow("default deny ingress, types defaulted")
        << np("x", "deny-ingress", "{podSelector: {}}") << "80" << L({"*/* -> x/* = 0"});
    QTest::newRow("explicit empty ingress list")
        << np("x", "deny-ingress", "{podSelector: {}, ingress: []}") << "80"
        << L({"*/* -> x/* = 0"});
    QTest::newRow("default deny all")
        << np("x", "deny-all", "{podSelector: {}, policyTypes: [Ingress, Egress]}") << "80"
        << L({"*/* -> x/* = 0", "x/* -> */* = 0"});
    QTest::newRow("UDP default deny ingress") << denyIngressX << "80/UDP" << L({"*/* -> x/* = 0"});
    QTest::newRow("SCTP default deny ingress")
        << denyIngressX << "81/SCTP" << L({"*/* -> x/* = 0"});
    QTest::newRow("podSelector peer: own namespace only")
        << np("x", "a-from-b",
              "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: [{podSelector: "
              "{matchLabels: {pod: b}}}]}]}")
        << "80" << L({"*/* -> x/a = 0", "x/b -> x/a = 1"});
    QTest::newRow("podSelector with matchExpressions")
        << np("x", "a-from-b",
              "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: [{podSelector: "
              "{matchExpressions: [{key: pod, operator: In, values: [b]}]}}]}]}")
        << "80" << L({"*/* -> x/a = 0", "x/b -> x/a = 1"});
    QTest::newRow("namespaceSelector peer (Namespace label)")
        << np("x", "a-from-y",
              "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: [{namespaceSelector: "
              "{matchLabels: {ns: \"y\"}}}]}]}")
        << "80" << L({"*/* -> x/a = 0", "y/* -> x/a = 1"});
    QTest::newRow("namespaceSelector by metadata.name of an implied namespace")
        << np("x", "a-from-z",
              "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: [{namespaceSelector: "
              "{matchLabels: {kubernetes.io/metadata.name: z}}}]}]}")
        << "80" << L({"*/* -> x/a = 0", "z/* -> x/a = 1"});
    QTest::newRow("AND: both selectors in one peer")
        << np("x", "and",
              "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: [{namespaceSelector: "
              "{matchExpressions: [{key: kubernetes.io/metadata.name, operator: NotIn, values: "
              "[x]}]}, podSelector: {matchLabels: {pod: b}}}]}]}")
        << "80" << L({"*/* -> x/a = 0", "y/b -> x/a = 1", "z/b -> x/a = 1"});
    QTest::newRow("OR: selectors in separate peers")
        << np("x", "or",
              "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: [{namespaceSelector: "
              "{matchExpressions: [{key: kubernetes.io/metadata.name, operator: NotIn, values: "
              "[x]}]}}, {podSelector: {matchLabels: {pod: b}}}]}]}")
        << "80" << L({"x/a -> x/a = 0", "x/c -> x/a = 0"});
    QTest::newRow("empty rule {} allows everything")
        << (denyIngressX +
            np("x", "allow", "{podSelector: {matchLabels: {pod: a}}, ingress: [{}]}"))
        << "81" << L({"*/* -> x/* = 0", "*/* -> x/a = 1"});
    QTest::newRow("empty podSelector peer: own namespace")
        << np("x", "same-ns", "{podSelector: {}, ingress: [{from: [{podSelector: {}}]}]}") << "80"
        << L({"y/* -> x/* = 0", "z/* -> x/* = 0"});
    QTest::newRow("empty namespaceSelector peer: every namespace")
        << (denyIngressX + np("x", "all-ns",
                              "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: "
                              "[{namespaceSelector: {}}]}]}"))
        << "80" << L({"*/* -> x/* = 0", "*/* -> x/a = 1"});
    QTest::newRow("both empty selectors: every pod")
        << (denyIngressX + np("x", "all",
                              "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: "
                              "[{namespaceSelector: {}, podSelector: {}}]}]}"))
        << "80" << L({"*/* -> x/* = 0", "*/* -> x/a = 1"});
    QTest::newRow("ports: rule port matches")
        << np("x", "p81",
              "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: [{namespaceSelector: "
              "{matchLabels: {ns: \"y\"}}}], ports: [{port: 81, protocol: TCP}]}]}")
        << "81" << L({"*/* -> x/a = 0", "y/* -> x/a = 1"});
    QTest::newRow("ports: other port denied")
        << np("x", "p81",
              "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: [{namespaceSelector: "
              "{matchLabels: {ns: \"y\"}}}], ports: [{port: 81, protocol: TCP}]}]}")
        << "80" << L({"*/* -> x/a = 0"});
    QTest::newRow("ports: protocol defaults to TCP")
        << np("x", "p80", "{podSelector: {}, ingress: [{ports: [{port: 80}]}]}") << "80/UDP"
        << L({"*/* -> x/* = 0"});
    QTest::newRow("ports: protocol without port = all its ports")
        << np("x", "udp", "{podSelector: {}, ingress: [{ports: [{protocol: UDP}]}]}") << "81/UDP"
        << L({});
    QTest::newRow("ports: protocol without port, other protocol denied")
        << np("x", "udp", "{podSelector: {}, ingress: [{ports: [{protocol: UDP}]}]}") << "81"
        << L({"*/* -> x/* = 0"});
    QTest::newRow("ports: SCTP rule does not allow TCP")
        << np("x", "sctp",
              "{podSelector: {matchLabels: {pod: a}}, ingress: [{ports: [{port: 81, protocol: "
              "SCTP}]}]}")
        << "81" << L({"*/* -> x/a = 0"});
    QTest::newRow("ports: SCTP rule allows SCTP")
        << np("x", "sctp",
              "{podSelector: {matchLabels: {pod: a}}, ingress: [{ports: [{port: 81, protocol: "
              "SCTP}]}]}")
        << "81/SCTP" << L({});
    QTest::newRow("ports: UDP rule does not allow TCP")
        << np("x", "udp",
              "{podSelector: {matchLabels: {pod: a}}, ingress: [{ports: [{port: 81, protocol: "
              "UDP}]}]}")
        << "81" << L({"*/* -> x/a = 0"});
    QTest::newRow("ports: endPort range, first")
        << np("x", "range", "{podSelector: {}, ingress: [{ports: [{port: 80, endPort: 81}]}]}")
        << "80" << L({});
    QTest::newRow("ports: endPort range, last")
        << np("x", "range", "{podSelector: {}, ingress: [{ports: [{port: 80, endPort: 81}]}]}")
        << "81" << L({});
    QTest::newRow("ports: endPort range, outside")
        << np("x", "range", "{podSelector: {}, ingress: [{ports: [{port: 79, endPort: 80}]}]}")
        << "81" << L({"*/* -> x/* = 0"});
    QTest::newRow("named port on ingress")
        << np("x", "named", "{podSelector: {}, ingress: [{ports: [{port: serve-81-tcp}]}]}") << "81"
        << L({});
    QTest::newRow("named port on ingress, other port denied")
        << np("x", "named", "{podSelector: {}, ingress: [{ports: [{port: serve-81-tcp}]}]}") << "80"
        << L({"*/* -> x/* = 0"});
    QTest::newRow("named port: name and protocol must both match")
        << np("x", "named", "{podSelector: {}, ingress: [{ports: [{port: serve-80-udp}]}]}")
        << "80/UDP" << L({"*/* -> x/* = 0"});
    QTest::newRow("named port with its protocol")
        << np("x", "named",
              "{podSelector: {}, ingress: [{ports: [{port: serve-80-udp, protocol: UDP}]}]}")
        << "80/UDP" << L({});
    QTest::newRow("named port unknown to the pods")
        << np("x", "named", "{podSelector: {}, ingress: [{ports: [{port: metrics}]}]}") << "80"
        << L({"*/* -> x/* = 0"});
    QTest::newRow("egress named port resolved on the destination")
        << np("x", "egress-named",
              "{podSelector: {}, policyTypes: [Egress], egress: [{ports: [{port: serve-80-tcp}]}]}")
        << "80" << L({});
    QTest::newRow("egress named port, other port denied")
        << np("x", "egress-named",
              "{podSelector: {}, policyTypes: [Egress], egress: [{ports: [{port: serve-80-tcp}]}]}")
        << "81" << L({"x/* -> */* = 0"});
    QTest::newRow("stacked policies: union of ports (81 first)")
        << (np("x", "p81",
               "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: [{namespaceSelector: "
               "{matchLabels: {ns: \"y\"}}}], ports: [{port: 81}]}]}") +
            np("x", "p80",
               "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: [{namespaceSelector: "
               "{matchLabels: {ns: \"y\"}}}], ports: [{port: 80}]}]}"))
        << "80" << L({"*/* -> x/a = 0", "y/* -> x/a = 1"});
    QTest::newRow("stacked policies: allow-all wins")
        << (np("x", "p80", "{podSelector: {}, ingress: [{ports: [{port: 80}]}]}") +
            np("x", "all", "{podSelector: {}, ingress: [{}]}"))
        << "81" << L({});
    QTest::newRow("egress: deny all for pod a")
        << np("x", "deny-egress-a", "{podSelector: {matchLabels: {pod: a}}, policyTypes: [Egress]}")
        << "80" << L({"x/a -> */* = 0"});
    QTest::newRow("egress-only types do not isolate ingress")
        << np("x", "egress-only",
              "{podSelector: {matchLabels: {pod: a}}, policyTypes: [Egress], egress: [{to: "
              "[{podSelector: {matchLabels: {pod: c}}}]}]}")
        << "80" << L({"x/a -> */* = 0", "x/a -> x/c = 1"});
    QTest::newRow("egress section without types isolates ingress too")
        << np("x", "defaulted",
              "{podSelector: {matchLabels: {pod: a}}, egress: [{to: [{podSelector: {matchLabels: "
              "{pod: c}}}]}]}")
        << "80" << L({"x/a -> */* = 0", "x/a -> x/c = 1", "*/* -> x/a = 0"});
    QTest::newRow("empty egress list without types: ingress only")
        << np("x", "defaulted", "{podSelector: {matchLabels: {pod: a}}, egress: []}") << "80"
        << L({"*/* -> x/a = 0"});
    QTest::newRow("egress denied at the client although the server allows")
        << (np("x", "a-to-ya",
               "{podSelector: {matchLabels: {pod: a}}, egress: [{to: [{namespaceSelector: "
               "{matchLabels: {ns: \"y\"}}, podSelector: {matchLabels: {pod: a}}}]}]}") +
            np("y", "ya-from-xa",
               "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: [{namespaceSelector: "
               "{matchLabels: {ns: \"x\"}}, podSelector: {matchLabels: {pod: a}}}]}]}") +
            np("y", "yb-from-xa",
               "{podSelector: {matchLabels: {pod: b}}, ingress: [{from: [{namespaceSelector: "
               "{matchLabels: {ns: \"x\"}}, podSelector: {matchLabels: {pod: a}}}]}]}"))
        << "80"
        << L({"x/a -> */* = 0", "*/* -> y/a = 0", "x/a -> y/a = 1", "*/* -> y/b = 0",
              "*/* -> x/a = 0"});
    QTest::newRow("ingress and egress together, port 81")
        << np("x", "both",
              "{podSelector: {matchLabels: {pod: a}}, policyTypes: [Egress, Ingress], ingress: "
              "[{from: [{podSelector: {matchLabels: {pod: b}}}]}], egress: [{ports: [{port: "
              "80}]}]}")
        << "81" << L({"*/* -> x/a = 0", "x/a -> */* = 0", "x/b -> x/a = 1"});
    QTest::newRow("policies in x do not touch y")
        << np("x", "deny-all", "{podSelector: {}, policyTypes: [Ingress, Egress]}") << "80"
        << L({"x/* -> */* = 0", "*/* -> x/* = 0"});
    QTest::newRow("ipBlock /32 of a pod IP (egress)")
        << np("x", "cidr",
              "{podSelector: {matchLabels: {pod: a}}, policyTypes: [Egress], egress: [{to: "
              "[{ipBlock: {cidr: 10.2.0.2/32}}]}]}")
        << "80" << L({"x/a -> */* = 0", "x/a -> y/b = 1"});
    QTest::newRow("except inside the CIDR")
        << np("x", "except",
              "{podSelector: {matchLabels: {pod: a}}, policyTypes: [Egress], egress: [{to: "
              "[{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.2/32]}}]}]}")
        << "80" << L({"x/a -> x/b = 0"});
    QTest::newRow("except overlapped by a second policy's CIDR")
        << (np("x", "except",
               "{podSelector: {matchLabels: {pod: a}}, policyTypes: [Egress], egress: [{to: "
               "[{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.2/32]}}]}]}") +
            np("x", "exact",
               "{podSelector: {matchLabels: {pod: a}}, policyTypes: [Egress], egress: [{to: "
               "[{ipBlock: {cidr: 10.1.0.2/32}}]}]}"))
        << "80" << L({});
    QTest::newRow("ipBlock on ingress (source pod IPs)")
        << np("x", "from-y",
              "{podSelector: {}, ingress: [{from: [{ipBlock: {cidr: 10.2.0.0/16}}]}]}")
        << "80" << L({"*/* -> x/* = 0", "y/* -> x/* = 1"});
    QTest::newRow("invalid policy is ignored")
        << np("x", "invalid", "{podSelector: {}, ingress: [{ports: [{port: http, endPort: 90}]}]}")
        << "80" << L({});
    QTest::newRow("NotIn namespace egress (default ns label)")
        << np("x", "notin",
              "{podSelector: {matchLabels: {pod: a}}, policyTypes: [Egress], egress: [{to: "
              "[{namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, "
              "operator: NotIn, values: [\"y\"]}]}}]}]}")
        << "80" << L({"x/a -> y/* = 0"});
}

void TestNetpol::truthTables()
{
    QFETCH(QByteArray, policies);
    QFETCH(QString, port);
    QFETCH(QStringList, expect);
    const Inventory inv = load(cluster(), policies);
    QVERIFY(!inv.hasErrors());
    const QString report = checkTable(inv, expect, portArg(port));
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

// Named ports resolve on each destination pod: the same name means different numbers on
// different pods, and nothing on a pod without it.
void TestNetpol::namedPortsOnDifferentPods_data()
{
    QTest::addColumn<QString>("pod");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("a: web is 80") << "a" << 80 << true;
    QTest::newRow("a: 8080 is not web") << "a" << 8080 << false;
    QTest::newRow("b: no web port") << "b" << 80 << false;
    QTest::newRow("c: web is 8080") << "c" << 8080 << true;
    QTest::newRow("c: 80 is not web") << "c" << 80 << false;
}

void TestNetpol::namedPortsOnDifferentPods()
{
    QFETCH(QString, pod);
    QFETCH(int, port);
    QFETCH(bool, allowed);
    const QByteArray pods =
        "---\napiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: x, labels: {pod: a}}\n"
        "spec: {containers: [{name: m, image: i, ports: [{name: web, containerPort: 80}]}]}\n"
        "---\napiVersion: v1\nkind: Pod\nmetadata: {name: b, namespace: x, labels: {pod: b}}\n"
        "spec: {containers: [{name: m, image: i, ports: [{name: other, containerPort: 80}]}]}\n"
        "---\napiVersion: v1\nkind: Pod\nmetadata: {name: c, namespace: x, labels: {pod: c}}\n"
        "spec: {containers: [{name: m, image: i, ports: [{name: web, containerPort: 8080}]}]}\n"
        "---\napiVersion: v1\nkind: Pod\nmetadata: {name: client, namespace: \"y\"}\n"
        "spec: {containers: [{name: m, image: i}]}\n";
    for (const char *dir : {"ingress", "egress"}) {
        // The same name, once on the destination's ingress side, once on the client's egress.
        const QByteArray policy =
            QByteArray(dir) == "ingress"
                ? np("x", "web", "{podSelector: {}, ingress: [{ports: [{port: web}]}]}")
                : np("y", "web", "{podSelector: {}, egress: [{ports: [{port: web}]}]}");
        auto a = std::make_shared<const ReachabilityAnalysis>(load(pods, policy));
        const auto src = a->resolve(u"y/client");
        const auto dst = a->resolve(QString(QStringLiteral("x/") + pod));
        QVERIFY(src && dst);
        QCOMPARE(a->canReach(*src, *dst, Protocol::TCP, port).policiesAllow, allowed);
        ConnectionEvaluator ev(*a);
        bool via = false;
        const int id = ev.connection(a->classOf(src->index), a->classOf(dst->index), via);
        QCOMPARE(ev.table().at(id).contains(Protocol::TCP, port), allowed);
    }
}

void TestNetpol::externalAddresses_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("port");
    QTest::addColumn<bool>("allowed");
    const QByteArray egress =
        np("x", "egress",
           "{podSelector: {}, egress: [{to: [{ipBlock: {cidr: 0.0.0.0/0, except: "
           "[169.254.169.254/32, 10.0.0.0/8]}}], ports: [{port: 443}, {port: web}]}]}");
    QTest::newRow("egress to a public address") << egress << "x/a"
                                                << "8.8.8.8"
                                                << "443" << true;
    QTest::newRow("egress: other port") << egress << "x/a"
                                        << "8.8.8.8"
                                        << "80" << false;
    QTest::newRow("egress: excepted metadata address") << egress << "x/a"
                                                       << "169.254.169.254"
                                                       << "443" << false;
    QTest::newRow("egress: IPv6 not in 0.0.0.0/0") << egress << "x/a"
                                                   << "2001:db8::1"
                                                   << "443" << false;
    QTest::newRow("egress: unisolated pod") << egress << "y/a"
                                            << "169.254.169.254"
                                            << "80" << true;
    const QByteArray ingress = np("x", "ingress",
                                  "{podSelector: {}, ingress: [{from: [{ipBlock: {cidr: "
                                  "192.0.2.0/24}}], ports: [{port: 81, protocol: UDP}]}]}");
    QTest::newRow("ingress from a listed range") << ingress << "192.0.2.9"
                                                 << "x/b"
                                                 << "81/UDP" << true;
    QTest::newRow("ingress from elsewhere") << ingress << "198.51.100.1"
                                            << "x/b"
                                            << "81/UDP" << false;
    QTest::newRow("ingress, other protocol") << ingress << "192.0.2.9"
                                             << "x/b"
                                             << "81" << false;
    QTest::newRow("ingress to an unisolated pod") << ingress << "198.51.100.1"
                                                  << "y/b"
                                                  << "81" << true;
}

void TestNetpol::externalAddresses()
{
    QFETCH(QByteArray, policy);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, port);
    QFETCH(bool, allowed);
    auto a = std::make_shared<const ReachabilityAnalysis>(load(cluster(), policy));
    const auto src = a->resolve(from);
    const auto dst = a->resolve(to);
    QVERIFY(src && dst);
    const PortArg p = portArg(port);
    const ReachabilityAnswer answer = a->canReach(*src, *dst, p.protocol, p.port);
    QCOMPARE(answer.verdict == Verdict::Allowed, allowed);
    // The matrix agrees through its address regions.
    const ConnectivityMatrix m = ConnectivityMatrix::build(a);
    const bool outbound = src->kind == ConnectionEnd::Kind::Pod;
    const IpAddress address = outbound ? dst->address : src->address;
    const int w =
        a->endpoints().endpoints[std::size_t(outbound ? src->index : dst->index)].workload;
    bool byMatrix = false;
    for (const MatrixCell &c : outbound ? m.egressToExternal() : m.ingressFromExternal()) {
        const int region = outbound ? c.dst : c.src;
        if ((outbound ? c.src : c.dst) == w &&
            m.regions()[std::size_t(region)].addresses.contains(address))
            byMatrix = m.ports(c).contains(p.protocol, p.port);
    }
    QCOMPARE(byMatrix, allowed);
}

// `ingress: [{}]` admits every source, addresses outside included; `from: [{namespaceSelector:
// {}}]` admits every pod but no address.
void TestNetpol::emptyRuleVersusEmptySelectorsFromOutside()
{
    const QByteArray emptyRule = np("x", "all", "{podSelector: {}, ingress: [{}]}");
    const QByteArray allPods =
        np("x", "pods", "{podSelector: {}, ingress: [{from: [{namespaceSelector: {}}]}]}");
    for (const auto &[policy, outsideAllowed] :
         {std::pair{emptyRule, true}, std::pair{allPods, false}}) {
        auto a = std::make_shared<const ReachabilityAnalysis>(load(cluster(), policy));
        const auto src = a->resolve(u"203.0.113.5");
        const auto dst = a->resolve(u"x/a");
        QVERIFY(src && dst);
        QCOMPARE(a->canReach(*src, *dst, Protocol::TCP, 80).policiesAllow, outsideAllowed);
        const auto pod = a->resolve(u"z/c");
        QVERIFY(a->canReach(*pod, *dst, Protocol::TCP, 80).policiesAllow);
    }
}

void TestNetpol::namespaceLabelAlwaysPresent()
{
    ReachabilityAnalysis a(load(cluster()));
    const EndpointSet &set = a.endpoints();
    for (const char *ns : kNamespaces) {
        const int i = set.findNamespace(QString::fromLatin1(ns));
        QVERIFY(i >= 0);
        QCOMPARE(set.namespaces[std::size_t(i)].labels.value(
                     QStringLiteral("kubernetes.io/metadata.name")),
                 QString::fromLatin1(ns));
    }
    QVERIFY(set.namespaces[std::size_t(set.findNamespace(QStringLiteral("z")))].object == nullptr);
    QCOMPARE(set.namespaces[std::size_t(set.findNamespace(QStringLiteral("x")))].labels.value(
                 QStringLiteral("ns")),
             QStringLiteral("x"));
}

void TestNetpol::implementationDefined()
{
    const QByteArray objects =
        cluster() +
        "---\napiVersion: v1\nkind: Node\nmetadata: {name: n1}\nstatus: {addresses: "
        "[{type: InternalIP, address: 192.168.0.10}]}\n"
        "---\napiVersion: v1\nkind: Pod\nmetadata: {name: host, namespace: \"y\", labels: "
        "{pod: host}}\nspec: {hostNetwork: true, containers: [{name: m, image: i}]}\n"
        "status: {phase: Running, podIP: 192.168.0.10, hostIP: 192.168.0.10}\n";
    auto a = std::make_shared<const ReachabilityAnalysis>(
        load(objects, np("x", "deny", "{podSelector: {}, policyTypes: [Ingress]}")));
    const auto xa = a->resolve(u"x/a");
    const auto host = a->resolve(u"y/host");
    const auto node = a->resolve(u"192.168.0.10");
    QVERIFY(xa && host && node);
    QVERIFY(node->nodeAddress);
    QCOMPARE(a->canReach(*host, *xa, Protocol::TCP, 80).verdict, Verdict::ImplementationDefined);
    QCOMPARE(a->canReach(*xa, *host, Protocol::TCP, 80).verdict, Verdict::ImplementationDefined);
    const ReachabilityAnswer fromNode = a->canReach(*node, *xa, Protocol::TCP, 80);
    QCOMPARE(fromNode.verdict, Verdict::ImplementationDefined);
    QVERIFY(!fromNode.policiesAllow);
    QCOMPARE(a->canReach(*xa, *xa, Protocol::TCP, 80).verdict, Verdict::ImplementationDefined);
    // A pod IP matched by an ipBlock is allowed, with a warning.
    auto b = std::make_shared<const ReachabilityAnalysis>(load(
        cluster(),
        np("x", "cidr", "{podSelector: {}, ingress: [{from: [{ipBlock: {cidr: 10.2.0.0/16}}]}]}")));
    const ReachabilityAnswer viaIp =
        b->canReach(*b->resolve(u"y/a"), *b->resolve(u"x/a"), Protocol::TCP, 80);
    QCOMPARE(viaIp.verdict, Verdict::Allowed);
    QVERIFY(viaIp.warnings.join(u' ').contains(QStringLiteral("ipBlock")));
    QVERIFY(viaIp.ingress.allowing.front().viaIpBlock);
}

void TestNetpol::explanation()
{
    const QByteArray policies =
        np("x", "deny-all", "{podSelector: {}, policyTypes: [Ingress, Egress]}") +
        np("x", "a",
           "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: [{podSelector: {matchLabels: "
           "{pod: b}}}], ports: [{port: 81}]}], egress: [{}]}");
    auto a = std::make_shared<const ReachabilityAnalysis>(load(cluster(), policies));
    const auto xb = a->resolve(u"x/b");
    const auto xa = a->resolve(u"x/a");
    const auto ya = a->resolve(u"y/a");
    // x/b → x/a:80: egress of x/b denied (deny-all, no rule); ingress matches the peer but not 80.
    ReachabilityAnswer r = a->canReach(*xb, *xa, Protocol::TCP, 80);
    QCOMPARE(r.verdict, Verdict::Denied);
    QVERIFY(r.egress.isolated);
    QVERIFY(!r.egress.allowed);
    QCOMPARE(r.egress.isolatingPolicies.size(), std::size_t(1));
    QVERIFY(r.ingress.isolated);
    QVERIFY(r.ingress.allowing.empty());
    QCOMPARE(r.ingress.peerOnly.size(), std::size_t(1));
    QCOMPARE(r.ingress.peerOnly.front().peer, 0);
    QCOMPARE(r.ingress.peerOnly.front().ports.toString(), QStringLiteral("TCP 81"));
    // x/a → y/a: egress allowed by the empty rule; y is not isolated.
    r = a->canReach(*xa, *ya, Protocol::UDP, 53);
    QCOMPARE(r.verdict, Verdict::Allowed);
    QCOMPARE(r.egress.allowing.size(), std::size_t(1));
    QCOMPARE(r.egress.allowing.front().peer, -1);
    QVERIFY(!r.ingress.isolated);
    // Resolution errors and kubectl kind names.
    QVERIFY(!a->resolve(u"x/nothing").ok());
    QVERIFY(!a->resolve(u"nowhere/a").ok());
    QVERIFY(!a->resolve(u"just-a-name").ok());
    QCOMPARE(a->resolve(u"x/po/a")->kind, ConnectionEnd::Kind::Pod);
    // A Service address is not a pod: policies see the pod behind it.
    ReachabilityAnalysis withService(
        load(cluster(), "---\napiVersion: v1\nkind: Service\nmetadata: {name: dns, "
                        "namespace: z}\nspec: {clusterIP: 10.96.0.10, ports: [{port: 53}]}\n"));
    const auto svc = withService.resolve(u"10.96.0.10");
    QVERIFY(!svc.ok());
    QVERIFY(svc.error().message.contains(QStringLiteral("Service z/dns")));
}

// --- Pods from manifests ------------------------------------------------------------------

void TestNetpol::templatesStandForPods()
{
    const QByteArray objects =
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\n"
        "spec:\n  replicas: 3\n  selector: {matchLabels: {app: web}}\n  template:\n"
        "    metadata: {labels: {app: web}}\n"
        "    spec: {containers: [{name: m, image: i, ports: [{name: http, containerPort: "
        "8080}]}]}\n"
        "---\napiVersion: batch/v1\nkind: CronJob\nmetadata: {name: backup, namespace: shop}\n"
        "spec:\n  schedule: '@daily'\n  jobTemplate:\n    spec:\n      template:\n"
        "        metadata: {labels: {app: backup}}\n        spec: {containers: [{name: m, image: "
        "i}]}\n"
        // Owned by the Deployment above: not a row of its own.
        "---\napiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: web-abc\n  namespace: "
        "shop\n"
        "  ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, uid: u1, "
        "controller: true}]\n"
        "spec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: "
        "web}}\n"
        "    spec: {containers: [{name: m, image: i}]}\n"
        // Owned by a Deployment that is not here: the Deployment is the row.
        "---\napiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: legacy-7f8\n  namespace: "
        "shop\n"
        "  ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: legacy, uid: u9, "
        "controller: true}]\n"
        "spec:\n  selector: {matchLabels: {app: legacy}}\n  template:\n    metadata: {labels: "
        "{app: legacy}}\n"
        "    spec: {containers: [{name: m, image: i}]}\n"
        // Made by an operator's custom resource: the Deployment stays the row.
        "---\napiVersion: example.com/v1\nkind: App\nmetadata: {name: myapp, namespace: shop, uid: "
        "cr1}\n"
        "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\n  namespace: shop\n"
        "  ownerReferences: [{apiVersion: example.com/v1, kind: App, name: myapp, uid: cr1, "
        "controller: true}]\n"
        "spec:\n  selector: {matchLabels: {app: worker}}\n  template:\n    metadata: {labels: "
        "{app: worker}}\n"
        "    spec: {containers: [{name: m, image: i}]}\n";
    const QByteArray policy =
        np("shop", "web",
           "{podSelector: {matchLabels: {app: web}}, ingress: [{from: [{podSelector: {matchLabels: "
           "{app: backup}}}], ports: [{port: http}]}]}");
    auto a = std::make_shared<const ReachabilityAnalysis>(load(objects, policy));
    const auto &w = a->endpoints().workloads;
    QStringList keys;
    for (const WorkloadInfo &x : w)
        keys.append(x.key());
    QCOMPARE(keys, L({"shop/CronJob/backup", "shop/Deployment/legacy", "shop/Deployment/web",
                      "shop/Deployment/worker"}));
    for (const WorkloadInfo &x : w) {
        QVERIFY(x.fromTemplate);
        QCOMPARE(x.endpoints.size(), std::size_t(1));
    }
    QCOMPARE(w[2].replicas, 3);
    const ConnectivityMatrix m = ConnectivityMatrix::build(a);
    bool found = false;
    for (const MatrixCell &c : m.pairs())
        if (c.src == 0 && c.dst == 2) {
            found = true;
            QCOMPARE(m.ports(c).toString(), QStringLiteral("TCP 8080"));
        }
    QVERIFY(found);
    QVERIFY(!a->endpoints().notes.isEmpty());
}

void TestNetpol::templatesAndIpBlocksExceptingLinkLocal()
{
    // Two templates (addresses unknown). An egress ipBlock of every IPv4 address but the cloud
    // metadata address (link-local, never a pod's) still surely reaches the other pod; one that
    // excepts a private range might not (denied, with a warning), as one of 10.0.0.0/8 alone.
    const QByteArray objects =
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a, namespace: ns}\n"
        "spec:\n  selector: {matchLabels: {app: a}}\n  template:\n"
        "    metadata: {labels: {app: a}}\n    spec: {containers: [{name: m, image: i}]}\n"
        "---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: b, namespace: ns}\n"
        "spec:\n  selector: {matchLabels: {app: b}}\n  template:\n"
        "    metadata: {labels: {app: b}}\n    spec: {containers: [{name: m, image: i, ports: "
        "[{containerPort: 80}]}]}\n";
    const auto reaches = [&](const char *except) {
        QByteArray spec("{podSelector: {matchLabels: {app: a}}, policyTypes: [Egress], egress: "
                        "[{to: [{ipBlock: {cidr: 0.0.0.0/0, except: [");
        spec.append(except).append("]}}]}]}");
        const QByteArray policy = np("ns", "egress", spec.constData());
        auto a = std::make_shared<const ReachabilityAnalysis>(load(objects, policy));
        const auto src = a->resolve(u"ns/deploy/a");
        const auto dst = a->resolve(u"ns/deploy/b");
        if (!src || !dst)
            return -1;
        // The pair query (rules) and the matrix (classes) must agree.
        const bool byRules = a->canReach(*src, *dst, Protocol::TCP, 80).policiesAllow;
        const ConnectivityMatrix m = ConnectivityMatrix::build(a);
        bool byMatrix = false;
        for (const MatrixCell &c : m.pairs())
            byMatrix =
                byMatrix || (c.src == 0 && c.dst == 1 && m.ports(c).contains(Protocol::TCP, 80));
        if (byRules != byMatrix)
            return -2;
        return byRules ? 1 : 0;
    };
    QCOMPARE(reaches("169.254.169.254/32"), 1);
    QCOMPARE(reaches("169.254.0.0/16, 127.0.0.0/8"), 1);
    QCOMPARE(reaches("10.0.0.0/8"), 0);
    QCOMPARE(reaches("192.168.1.0/24"), 0);
}

void TestNetpol::podsNotDoubleCounted()
{
    // A live-style inventory: Deployment, ReplicaSet and two Pods, and a bare Pod; a Deployment
    // whose ReplicaSet is not in the inventory is found by name.
    const QByteArray objects =
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: team, uid: d1}\n"
        "spec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: "
        "web}}\n"
        "    spec: {containers: [{name: m, image: i}]}\n"
        "---\napiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: web-5f7\n  namespace: "
        "team\n  uid: r1\n"
        "  ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, uid: d1, "
        "controller: true}]\n"
        "spec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: "
        "web}}\n"
        "    spec: {containers: [{name: m, image: i}]}\n"
        "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web-5f7-a\n  namespace: team\n  "
        "labels: {app: web}\n"
        "  ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-5f7, uid: r1, "
        "controller: true}]\n"
        "spec: {containers: [{name: m, image: i}]}\nstatus: {phase: Running, podIP: 10.0.0.1}\n"
        "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web-5f7-b\n  namespace: team\n  "
        "labels: {app: web}\n"
        "  ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-5f7, uid: r1, "
        "controller: true}]\n"
        "spec: {containers: [{name: m, image: i}]}\nstatus: {phase: Running, podIP: 10.0.0.2}\n"
        "---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api, namespace: team, uid: "
        "d2}\n"
        "spec:\n  selector: {matchLabels: {app: api}}\n  template:\n    metadata: {labels: {app: "
        "api}}\n"
        "    spec: {containers: [{name: m, image: i}]}\n"
        "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: api-6c9d-x\n  namespace: team\n  "
        "labels: {app: api}\n"
        "  ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: api-6c9d, uid: r2, "
        "controller: true}]\n"
        "spec: {containers: [{name: m, image: i}]}\nstatus: {phase: Running, podIP: 10.0.0.3}\n"
        "---\napiVersion: v1\nkind: Pod\nmetadata: {name: done, namespace: team}\n"
        "spec: {containers: [{name: m, image: i}]}\nstatus: {phase: Succeeded}\n"
        "---\napiVersion: v1\nkind: Pod\nmetadata: {name: debug, namespace: team}\n"
        "spec: {containers: [{name: m, image: i}]}\nstatus: {phase: Running, podIP: 10.0.0.9}\n";
    ReachabilityAnalysis a(load(objects));
    const auto &w = a.endpoints().workloads;
    QStringList keys;
    for (const WorkloadInfo &x : w)
        keys.append(x.key() + u'=' + QString::number(x.endpoints.size()));
    QCOMPARE(keys, L({"team/Deployment/api=1", "team/Deployment/web=2", "team/Pod/debug=1"}));
    QCOMPARE(a.endpoints().endpoints.size(), std::size_t(4));
    for (const WorkloadInfo &x : w)
        QVERIFY(!x.fromTemplate);
    // Same labels, different IPs, no ipBlock: one class for the two web pods.
    QCOMPARE(a.classesOfWorkload(1).size(), std::size_t(1));
}

void TestNetpol::classesGroupPods()
{
    // 3 namespaces x 3 pods with distinct labels: 9 classes; a label no selector reads does not
    // split them, an ipBlock boundary does.
    ReachabilityAnalysis plain(
        load(cluster(), np("x", "p", "{podSelector: {matchLabels: {pod: a}}}")));
    QCOMPARE(plain.classes().size(), std::size_t(9));
    ReachabilityAnalysis byNs(load(cluster(), np("x", "p", "{podSelector: {}}")));
    QCOMPARE(byNs.classes().size(), std::size_t(3)); // pod labels unread: one class per namespace
    ReachabilityAnalysis split(
        load(cluster(),
             np("x", "p", "{podSelector: {}, egress: [{to: [{ipBlock: {cidr: 10.1.0.1/32}}]}]}")));
    QCOMPARE(split.classes().size(), std::size_t(4)); // x/a's address sets it apart
}

// --- Answers --------------------------------------------------------------------------------

void TestNetpol::exposureFindings()
{
    const QByteArray extra =
        "---\napiVersion: v1\nkind: Service\nmetadata: {name: lb, namespace: \"y\"}\n"
        "spec: {type: LoadBalancer, selector: {pod: a}, ports: [{port: 80}]}\n";
    const QByteArray policies =
        np("x", "deny", "{podSelector: {}, policyTypes: [Ingress, Egress]}") +
        np("x", "web",
           "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: [{ipBlock: {cidr: "
           "0.0.0.0/0}}], ports: [{port: 443}]}]}") +
        np("x", "nobody", "{podSelector: {matchLabels: {pod: nope}}}") +
        np("x", "ignored",
           "{podSelector: {matchLabels: {pod: b}}, policyTypes: [Ingress], egress: [{}]}") +
        np("x", "never",
           "{podSelector: {matchLabels: {pod: c}}, ingress: [{from: [{podSelector: {matchLabels: "
           "{pod: ghost}}}]}, {ports: [{port: metrics}]}]}") +
        np("x", "invalid", "{podSelector: {}, ingress: [{from: [{}]}]}") +
        np("z", "pods",
           "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: [{namespaceSelector: {}}], "
           "ports: [{port: 81}]}]}");
    ReachabilityAnalysis a(load(cluster() + extra, policies));
    const auto findings = findExposures(a);
    QStringList got;
    for (const ExposureFinding &f : findings)
        got.append(severityName(f.severity) + u' ' + f.kind + u' ' + f.subject);
    auto has = [&](const QString &s) { return got.contains(s); };
    QVERIFY2(has(QStringLiteral("medium internet-ingress x/Pod/a")), qPrintable(got.join(u'\n')));
    QVERIFY(
        has(QStringLiteral("high ingress-not-isolated y/Pod/a"))); // published by a LoadBalancer
    QVERIFY(has(QStringLiteral("medium ingress-not-isolated y/Pod/b")));
    QVERIFY(has(QStringLiteral("medium namespace-without-policy namespace y")));
    QVERIFY(has(QStringLiteral("low all-pods-ingress z/Pod/a")));
    QVERIFY(has(QStringLiteral("low namespace-partly-isolated namespace z")));
    QVERIFY(has(QStringLiteral("low policy-selects-nothing NetworkPolicy x/nobody")));
    QVERIFY(has(QStringLiteral("medium rule-ignored NetworkPolicy x/ignored")));
    QCOMPARE(got.count(QStringLiteral("low rule-never-matches NetworkPolicy x/never")), 2);
    QVERIFY(has(QStringLiteral("medium invalid-policy NetworkPolicy x/invalid")));
    QVERIFY(!has(QStringLiteral("medium ingress-not-isolated x/Pod/b")));
    // Sorted by severity.
    for (std::size_t i = 1; i < findings.size(); ++i)
        QVERIFY(findings[i - 1].severity >= findings[i].severity);
    // Evidence points into the file.
    for (const ExposureFinding &f : findings)
        if (f.kind == u"rule-ignored")
            QCOMPARE(f.location.file, QStringLiteral("policies.yaml"));
}

void TestNetpol::diffBetweenInventories()
{
    const QByteArray before =
        np("x", "a",
           "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: [{podSelector: {matchLabels: "
           "{pod: b}}}], ports: [{port: 80}]}], egress: [{to: [{ipBlock: {cidr: 0.0.0.0/0}}]}]}");
    const QByteArray after =
        np("x", "a",
           "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: [{podSelector: {matchLabels: "
           "{pod: c}}}], ports: [{port: 80}, {port: 81}]}], egress: [{to: [{ipBlock: {cidr: "
           "0.0.0.0/0, except: [10.0.0.0/8]}}]}]}");
    auto mb = ConnectivityMatrix::build(
        std::make_shared<const ReachabilityAnalysis>(load(cluster(), before)));
    auto ma = ConnectivityMatrix::build(
        std::make_shared<const ReachabilityAnalysis>(load(cluster(), after)));
    const auto changes = diffConnectivity(mb, ma);
    QStringList got;
    for (const ConnectivityChange &c : changes)
        got.append(changeKindName(c.kind) + u' ' + c.from + QStringLiteral(" > ") + c.to +
                   QStringLiteral(": ") + c.before.toString() + QStringLiteral(" > ") +
                   c.after.toString());
    const QString text = got.join(u'\n');
    QVERIFY2(got.contains(QStringLiteral("added x/Pod/c > x/Pod/a: none > TCP 80-81")),
             qPrintable(text));
    QVERIFY2(got.contains(QStringLiteral("removed x/Pod/b > x/Pod/a: TCP 80 > none")),
             qPrintable(text));
    // x/a to pods in 10/8 (all pods) via the ipBlock disappears, and to 10/8 addresses outside.
    QVERIFY2(got.contains(QStringLiteral("removed x/Pod/a > y/Pod/b: all > none")),
             qPrintable(text));
    QVERIFY2(got.contains(QStringLiteral("removed x/Pod/a > 10.0.0.0/8: all > none")),
             qPrintable(text));
    QVERIFY(diffConnectivity(mb, mb).empty());
}

void TestNetpol::graphModel()
{
    const QByteArray policies =
        np("x", "deny", "{podSelector: {}, policyTypes: [Ingress, Egress]}") +
        np("x", "a",
           "{podSelector: {matchLabels: {pod: a}}, ingress: [{from: [{podSelector: {matchLabels: "
           "{pod: b}}}], ports: [{port: 80}]}], egress: [{to: [{ipBlock: {cidr: "
           "192.0.2.0/24}}]}]}") +
        np("x", "b", "{podSelector: {matchLabels: {pod: b}}, egress: [{}]}");
    const Inventory inv = load(cluster(), policies);
    const Graph g = netpolGraph(inv);
    QCOMPARE(g.groups.size(), std::size_t(3));
    const GraphNode *xa = g.node(QStringLiteral("w/x/Pod/a"));
    QVERIFY(xa);
    QCOMPARE(xa->group, QStringLiteral("ns/x"));
    QVERIFY(!xa->risky);
    auto edge = [&](const QString &from, const QString &to) -> const GraphEdge * {
        for (const GraphEdge &e : g.edges)
            if (e.from == from && e.to == to)
                return &e;
        return nullptr;
    };
    const GraphEdge *ba = edge(QStringLiteral("w/x/Pod/b"), QStringLiteral("w/x/Pod/a"));
    QVERIFY(ba);
    QCOMPARE(ba->label, QStringLiteral("TCP 80"));
    QCOMPARE(ba->kind, GraphEdge::Kind::Allowed);
    // Unisolated pods: one edge to and from "anywhere", not one per pair.
    QVERIFY(edge(QStringLiteral("any"), QStringLiteral("w/y/Pod/a")));
    QVERIFY(edge(QStringLiteral("w/y/Pod/a"), QStringLiteral("any")));
    QVERIFY(!edge(QStringLiteral("w/y/Pod/a"), QStringLiteral("w/y/Pod/b")));
    // The ipBlock is an External node.
    bool external = false;
    for (const GraphNode &n : g.nodes)
        if (n.kind == GraphNode::Kind::External && n.label == u"192.0.2.0/24")
            external = edge(QStringLiteral("w/x/Pod/a"), n.id) != nullptr;
    QVERIFY(external);
    // Aggregated by namespace above the threshold.
    const Graph big = netpolGraph(
        ConnectivityMatrix::build(std::make_shared<const ReachabilityAnalysis>(inv)), 4);
    QVERIFY(big.node(QStringLiteral("ns/x")));
    QVERIFY(!big.node(QStringLiteral("w/x/Pod/a")));
    QVERIFY(toDot(big).contains("ns/x"));
}

// --- Corpus ---------------------------------------------------------------------------------

void TestNetpol::onlineBoutique()
{
    const QString dir = QStringLiteral(PARAPET_CORPUS) + QStringLiteral("/microservices-demo");
    if (!QFile::exists(dir + QStringLiteral("/kubernetes-manifests.yaml")))
        QSKIP("corpus not available");
    const Inventory inv =
        ManifestLoader::loadPaths({dir + QStringLiteral("/kubernetes-manifests.yaml"),
                                   dir + QStringLiteral("/network-policies")});
    auto a = std::make_shared<const ReachabilityAnalysis>(inv);
    QCOMPARE(a->endpoints().workloads.size(), std::size_t(12));
    const ConnectivityMatrix m = ConnectivityMatrix::build(a);
    QStringList cells;
    for (const MatrixCell &c : m.pairs()) {
        const auto &w = a->endpoints().workloads;
        cells.append(w[std::size_t(c.src)].name + QStringLiteral(">") + w[std::size_t(c.dst)].name +
                     u' ' + m.ports(c).toString());
    }
    // Checked by hand against the policies: each service admits its callers on its port,
    // frontend admits everything, loadgenerator (egress-only policy) admits nothing.
    for (const char *expected :
         {"frontend>cartservice TCP 7070", "checkoutservice>cartservice TCP 7070",
          "cartservice>redis-cart TCP 6379", "recommendationservice>productcatalogservice TCP 3550",
          "checkoutservice>paymentservice TCP 50051", "loadgenerator>frontend all",
          "frontend>adservice TCP 9555", "checkoutservice>emailservice TCP 8080"})
        QVERIFY2(cells.contains(QString::fromLatin1(expected)), expected);
    QCOMPARE(cells.size(), 27);
    for (const QString &c : cells) {
        QVERIFY2(!c.contains(QStringLiteral(">loadgenerator")), qPrintable(c));
        QVERIFY2(!c.startsWith(QStringLiteral("frontend>redis-cart")), qPrintable(c));
    }
}

void TestNetpol::kubePrometheus()
{
    const QString dir = QStringLiteral(PARAPET_CORPUS) + QStringLiteral("/kube-prometheus");
    if (!QFile::exists(dir))
        QSKIP("corpus not available");
    auto a = std::make_shared<const ReachabilityAnalysis>(ManifestLoader::loadPaths({dir}));
    const ConnectivityMatrix m = ConnectivityMatrix::build(a);
    QStringList cells;
    for (const MatrixCell &c : m.pairs()) {
        const auto &w = a->endpoints().workloads;
        cells.append(w[std::size_t(c.src)].name + QStringLiteral(">") + w[std::size_t(c.dst)].name +
                     u' ' + m.ports(c).toString());
    }
    for (const char *expected :
         {"k8s>grafana TCP 3000", "k8s>main TCP 8080,9093", "main>main TCP 9094 UDP 9094",
          "grafana>k8s TCP 9090", "prometheus-adapter>k8s TCP 9090", "k8s>node-exporter TCP 9100",
          "k8s>kube-state-metrics TCP 8443,9443", "grafana>prometheus-adapter all"})
        QVERIFY2(cells.contains(QString::fromLatin1(expected)), qPrintable(cells.join(u'\n')));
    QVERIFY(!cells.contains(QStringLiteral("grafana>kube-state-metrics TCP 8443,9443")));
    QCOMPARE(cells.size(), 18);
}

void TestNetpol::demoCluster()
{
    const Inventory inv = ManifestLoader::loadDemo();
    if (inv.ofKind(QStringLiteral("NetworkPolicy")).empty())
        QSKIP("the demo cluster is not built in");
    auto a = std::make_shared<const ReachabilityAnalysis>(inv);
    struct Row
    {
        const char *from;
        const char *to;
        const char *port;
        Verdict verdict;
    };
    // The reachability table of resources/demo/README.md.
    const Row rows[] = {
        {"ingress-nginx/deploy/ingress-nginx-controller", "shop/deploy/frontend", "8080",
         Verdict::Allowed},
        {"legacy/deploy/invoice-sync", "shop/deploy/frontend", "8080", Verdict::Denied},
        {"shop/deploy/frontend", "shop/deploy/cart", "7070", Verdict::Allowed},
        {"shop/deploy/frontend", "shop/deploy/redis", "6379", Verdict::Denied},
        {"shop/deploy/cart", "shop/deploy/redis", "6379", Verdict::Allowed},
        {"shop/deploy/checkout", "shop/deploy/payment", "50051", Verdict::Allowed},
        {"shop/deploy/catalog", "shop/deploy/cart", "7070", Verdict::Denied},
        {"shop/deploy/catalog", "kube-system/deploy/coredns", "53/UDP", Verdict::Allowed},
        {"shop/deploy/payment", "203.0.113.10", "443", Verdict::Allowed},
        {"shop/deploy/payment", "203.0.113.250", "443", Verdict::Denied},
        {"shop/deploy/payment", "203.0.113.10", "80", Verdict::Denied},
        {"shop/deploy/redis", "169.254.169.254", "80", Verdict::Denied},
        {"ingress-nginx/deploy/ingress-nginx-controller", "169.254.169.254", "80", Verdict::Denied},
        {"192.0.2.7", "ingress-nginx/deploy/ingress-nginx-controller", "443", Verdict::Allowed},
        {"192.0.2.7", "ingress-nginx/deploy/ingress-nginx-controller", "8443", Verdict::Denied},
        {"monitoring/deploy/grafana", "monitoring/sts/prometheus-k8s", "9090", Verdict::Allowed},
        {"legacy/deploy/inventory-app", "monitoring/sts/prometheus-k8s", "9090", Verdict::Denied},
        {"monitoring/sts/prometheus-k8s", "monitoring/deploy/kube-state-metrics", "8080",
         Verdict::Allowed},
        {"cicd/build-7731-dind", "cicd/deploy/pipeline-runner", "50000", Verdict::Allowed},
        {"legacy/deploy/invoice-sync", "cicd/deploy/pipeline-runner", "8080", Verdict::Denied},
        {"legacy/deploy/invoice-sync", "169.254.169.254", "80", Verdict::Allowed},
    };
    for (const Row &r : rows) {
        const auto src = a->resolve(QString::fromLatin1(r.from));
        const auto dst = a->resolve(QString::fromLatin1(r.to));
        QVERIFY2(src && dst, r.from);
        const PortArg p = portArg(QString::fromLatin1(r.port));
        const ReachabilityAnswer answer = a->canReach(*src, *dst, p.protocol, p.port);
        QVERIFY2(answer.verdict == r.verdict,
                 qPrintable(QStringLiteral("%1 -> %2 :%3 gave %4")
                                .arg(QString::fromLatin1(r.from), QString::fromLatin1(r.to),
                                     QString::fromLatin1(r.port), verdictName(answer.verdict))));
    }
    // Static pods are their own workloads (not grouped under their Node).
    QVERIFY(a->resolve(u"kube-system/pod/etcd-cp-1").ok());
}

QTEST_GUILESS_MAIN(TestNetpol)
#include "tst_netpol.moc"
