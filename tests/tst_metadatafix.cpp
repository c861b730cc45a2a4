// The cloud-metadata fix for namespaces that already have egress NetworkPolicies: the policies
// are edited (ipBlock except entries, rules without `to` made explicit, blocks of just the
// address removed) and never widened. Checked with the project's own NetworkPolicy engine
// (models/netpol): the metadata addresses become unreachable and every other connection keeps
// its verdict; re-scan without NSA-NET-17 and without new findings; parapet-cli fix end to end,
// including the overlay built by the real `kubectl kustomize`.

#include "checks/scanner.h"
#include "clirun.h"
#include "fixtests.h"
#include "kube/yamlwriter.h"
#include "netpol/reachability.h"
#include "remediation/remediation.h"
#include "sources/manifestloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace parapet;
using namespace parapet::remediation;
using namespace parapet::test;
using netpol::Protocol;

namespace {

/// The inventory as it is once the fix is applied: rewritten objects replaced, new ones added.
Inventory applied(const Inventory &inv, const Remediation &fix)
{
    QStringList docs;
    QSet<QString> replaced;
    for (const GeneratedManifest &m : fix.manifests()) {
        docs.append(m.yaml);
        if (!m.isNew)
            replaced.insert(m.object.kind + u'/' + m.object.ns + u'/' + m.object.name);
    }
    for (const KubeObject &o : inv.objects())
        if (!replaced.contains(o.kind() + u'/' + o.ns() + u'/' + o.name()))
            docs.append(toYaml(o.root()));
    return loadText(docs.join(u"---\n"_qs));
}

/// Workloads running in `shop` (web, selected by the policies of the test rows) and an API in
/// another namespace: in-cluster destinations. db and api are Pods with their addresses, so
/// that models/netpol judges each ipBlock with except entries by their real addresses (a pod
/// template, whose address is unknown, counts only for blocks covering every address a pod can
/// have; see IpSet::podAssignableV4).
const char *kWorkloads = R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: 'web:1', ports: [{containerPort: 8080, name: http}]}]
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: shop, labels: {app: db}}
spec:
  containers: [{name: db, image: 'db:1', ports: [{containerPort: 5432}]}]
status:
  phase: Running
  podIPs: [{ip: 10.244.1.7}, {ip: 'fd00:10:244:1::7'}]
---
apiVersion: v1
kind: Pod
metadata: {name: api, namespace: other, labels: {app: api}}
spec:
  containers: [{name: api, image: 'api:1', ports: [{containerPort: 8443}]}]
status:
  phase: Running
  podIPs: [{ip: 10.244.2.9}]
)";

struct Probe
{
    const char *to;
    Protocol protocol;
    int port;
};

/// Destinations compared before and after the fix (the metadata ones separately).
constexpr Probe kProbes[] = {
    {"8.8.8.8", Protocol::UDP, 53},         {"8.8.8.8", Protocol::TCP, 443},
    {"10.0.0.5", Protocol::TCP, 443},       {"10.0.0.5", Protocol::TCP, 80},
    {"169.254.169.253", Protocol::TCP, 80}, {"169.254.0.1", Protocol::TCP, 80},
    {"169.254.169.255", Protocol::TCP, 80}, {"203.0.113.9", Protocol::TCP, 80},
    {"2001:db8::1", Protocol::TCP, 443},    {"fd00:ec2::253", Protocol::TCP, 80},
    {"fd00:ec2::255", Protocol::TCP, 80},   {"fd00::1", Protocol::TCP, 80},
    {"other/api", Protocol::TCP, 8443},     {"shop/db", Protocol::TCP, 5432},
    {"shop/db", Protocol::TCP, 80},         {"shop/db", Protocol::TCP, 443},
    {"other/api", Protocol::TCP, 443},
};

/// `verdict/policiesAllow` of \a from to \a probe.
QString reach(const netpol::ReachabilityAnalysis &a, const QString &from, const Probe &probe)
{
    const auto src = a.resolve(from);
    const auto dst = a.resolve(QString::fromLatin1(probe.to));
    if (!src || !dst)
        return u"unresolved"_qs;
    const auto answer = a.canReach(*src, *dst, probe.protocol, probe.port);
    return netpol::verdictName(answer.verdict) + u'/' +
           (answer.policiesAllow ? u"allowed"_qs : u"denied"_qs);
}

/// For two in-cluster ends: the egress ports of \a from towards \a to per pod class pair, all
/// of them and those allowed by rules that match the destination through selectors (not
/// through an ipBlock holding its IP, which network plugins treat differently).
QString egressBySelectors(const netpol::ReachabilityAnalysis &a, const QString &from,
                          const QString &to)
{
    const auto classes = [&](const QString &text) {
        std::vector<int> out;
        if (const auto end = a.resolve(text)) {
            if (end->kind == netpol::ConnectionEnd::Kind::Pod)
                out.push_back(a.classOf(end->index));
            else if (end->kind == netpol::ConnectionEnd::Kind::Workload)
                out = a.classesOfWorkload(end->index);
        }
        return out;
    };
    netpol::ConnectionEvaluator ev(a);
    QStringList out;
    for (const int src : classes(from))
        for (const int dst : classes(to)) {
            int bySelectors = 0;
            const int all = ev.egress(src, dst, bySelectors);
            out.append(ev.table().at(all).toString() + u" / by selectors "_qs +
                       ev.table().at(bySelectors).toString());
        }
    return out.isEmpty() ? u"unresolved"_qs : out.join(u"; "_qs);
}

bool metadataReachable(const netpol::ReachabilityAnalysis &a, const QString &from,
                       const char *address)
{
    const auto src = a.resolve(from);
    const auto dst = a.resolve(QString::fromLatin1(address));
    if (!src || !dst)
        return false;
    for (const int port : {80, 443, 8775})
        if (a.canReach(*src, *dst, Protocol::TCP, port).policiesAllow)
            return true;
    return false;
}

QString runProcess(const QString &program, const QStringList &args, int *code, QString *errors)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    *errors = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestMetadataFix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsExistingPolicies_data();
    void editsExistingPolicies();
    void nothingToChange_data();
    void nothingToChange();
    void podsNoPolicySelects();
    void plannerKeepsEditsBesideDefaultDeny();
    void cliFixEndToEnd();
};

void TestMetadataFix::editsExistingPolicies_data()
{
    QTest::addColumn<QString>("policies");
    QTest::addColumn<QStringList>("edited");
    /// `policy|field path|expected text` (empty text: the field is absent).
    QTest::addColumn<QStringList>("expect");
    QTest::addColumn<bool>("v6Before");

    QTest::newRow("ipBlock 0.0.0.0/0 without except")
        << uR"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: egress-web, namespace: shop, labels: {team: web}}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - to:
    - ipBlock: {cidr: 0.0.0.0/0}
    ports: [{port: 80}, {port: 443}, {protocol: UDP, port: 53}]
)"_qs << QStringList{u"egress-web"_qs}
        << QStringList{u"egress-web|egress[0].to[0].ipBlock.cidr|0.0.0.0/0"_qs,
                       u"egress-web|egress[0].to[0].ipBlock.except[0]|169.254.169.254/32"_qs,
                       u"egress-web|egress[0].to[1]|"_qs,
                       u"egress-web|egress[0].ports[2].protocol|UDP"_qs}
        << false;

    QTest::newRow("except list without the address, selector peers kept")
        << uR"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: egress-web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Ingress, Egress]
  ingress: [{from: [{podSelector: {}}]}]
  egress:
  - to:
    - podSelector: {matchLabels: {app: db}}
    - ipBlock:
        cidr: 0.0.0.0/0
        except: [10.0.0.0/8, 192.168.0.0/16]
    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: other}}
)"_qs << QStringList{u"egress-web"_qs}
        << QStringList{u"egress-web|egress[0].to[0].podSelector.matchLabels.app|db"_qs,
                       u"egress-web|egress[0].to[1].ipBlock.except[0]|10.0.0.0/8"_qs,
                       u"egress-web|egress[0].to[1].ipBlock.except[1]|192.168.0.0/16"_qs,
                       u"egress-web|egress[0].to[1].ipBlock.except[2]|169.254.169.254/32"_qs,
                       u"egress-web|egress[0].to[2].podSelector|"_qs,
                       u"egress-web|ingress[0].from[0].podSelector|{}"_qs}
        << false;

    QTest::newRow("rule without to, with ports")
        << uR"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: egress-web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - ports: [{port: 80}, {port: 443}, {protocol: UDP, port: 53}, {port: 5432}, {port: 8443}]
)"_qs << QStringList{u"egress-web"_qs}
        << QStringList{u"egress-web|egress[0].to[0].ipBlock.cidr|0.0.0.0/0"_qs,
                       u"egress-web|egress[0].to[0].ipBlock.except[0]|169.254.169.254/32"_qs,
                       u"egress-web|egress[0].to[1].ipBlock.cidr|::/0"_qs,
                       u"egress-web|egress[0].to[1].ipBlock.except[0]|fd00:ec2::254/128"_qs,
                       u"egress-web|egress[0].to[2].namespaceSelector|{}"_qs,
                       u"egress-web|egress[0].ports[1].port|443"_qs,
                       u"egress-web|egress[0].ports[4].port|8443"_qs}
        << true;

    QTest::newRow("empty to and empty rule, defaulted types")
        << uR"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: open-egress, namespace: shop}
spec:
  podSelector: {}
  egress: [{to: []}, {}]
  ingress: [{}]
)"_qs << QStringList{u"open-egress"_qs}
        << QStringList{u"open-egress|egress[0].to[2].namespaceSelector|{}"_qs,
                       u"open-egress|egress[1].to[1].ipBlock.except[0]|fd00:ec2::254/128"_qs,
                       u"open-egress|policyTypes|"_qs}
        << true;

    QTest::newRow("one policy already excepts it, another does not")
        << uR"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: internet, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
  - to: [{ipBlock: {cidr: 0.0.0.0/0, except: [169.254.0.0/16]}}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: link-local, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - to: [{ipBlock: {cidr: 169.254.0.0/16}}]
    ports: [{port: 80}]
)"_qs << QStringList{u"link-local"_qs}
        << QStringList{u"link-local|egress[0].to[0].ipBlock.except[0]|169.254.169.254/32"_qs}
        << false;

    QTest::newRow("block of exactly the address")
        << uR"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: exact, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - to: [{ipBlock: {cidr: 169.254.169.254/32}}, {ipBlock: {cidr: 8.8.8.8/32}}]
  - to: [{ipBlock: {cidr: 169.254.169.254/32}}]
    ports: [{port: 80}]
  - to: [{ipBlock: {cidr: 10.0.0.0/8}}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: only-metadata, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  egress:
  - to: [{ipBlock: {cidr: 169.254.169.254/32}}]
)"_qs << QStringList{u"exact"_qs, u"only-metadata"_qs}
        << QStringList{u"exact|egress[0].to[0].ipBlock.cidr|8.8.8.8/32"_qs,
                       u"exact|egress[0].to[1]|"_qs,
                       u"exact|egress[1].to[0].ipBlock.cidr|10.0.0.0/8"_qs,
                       u"exact|egress[2]|"_qs,
                       u"only-metadata|policyTypes[0]|Ingress"_qs,
                       u"only-metadata|policyTypes[1]|Egress"_qs,
                       u"only-metadata|egress|"_qs}
        << false;

    QTest::newRow("IPv6")
        << uR"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: v6, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - to:
    - ipBlock: {cidr: '::/0'}
    - ipBlock: {cidr: 'fd00:ec2::/64', except: ['fd00:ec2::200/120']}
    - ipBlock: {cidr: 'fd00:ec2::254/128'}
    - ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}
)"_qs << QStringList{u"v6"_qs}
        << QStringList{u"v6|egress[0].to[0].ipBlock.except[0]|fd00:ec2::254/128"_qs,
                       u"v6|egress[0].to[1].ipBlock.except[0]|fd00:ec2::200/120"_qs,
                       u"v6|egress[0].to[1].ipBlock.except[1]|"_qs,
                       u"v6|egress[0].to[2].ipBlock.cidr|0.0.0.0/0"_qs, u"v6|egress[0].to[3]|"_qs}
        << true;
}

void TestMetadataFix::editsExistingPolicies()
{
    QFETCH(QString, policies);
    QFETCH(QStringList, edited);
    QFETCH(QStringList, expect);
    QFETCH(bool, v6Before);
    // The db workload gets its own egress policy, so that every pod of shop is egress-isolated.
    const QString dbPolicy = uR"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-egress, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Egress]
  egress: [{to: [{podSelector: {matchLabels: {app: web}}}]}]
)"_qs;
    const Inventory before =
        loadText(QString::fromUtf8(kWorkloads) + u"---\n"_qs + dbPolicy + u"---\n"_qs + policies);
    QVERIFY2(before.diagnostics().empty(), qPrintable(diagnosticsText(before)));
    const QSet<QString> was = findingKeys(checks::scan(before));
    QVERIFY(was.contains(u"NSA-NET-17 Deployment shop/web"_qs) || v6Before);

    const auto r = fixCloudMetadata(before, u"shop"_qs);
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->kind(), RemediationKind::CloudMetadata);
    QCOMPARE(r->controls(), QStringList{u"NSA-NET-17"_qs});
    QStringList names;
    for (const GeneratedManifest &m : r->manifests()) {
        QVERIFY(!m.isNew);
        QCOMPARE(m.object.kind, u"NetworkPolicy"_qs);
        names.append(m.object.name);
    }
    QCOMPARE(names, edited);
    QVERIFY(r->warnings().join(u'\n').contains(u"additive"_qs));

    const Inventory after = applied(before, *r);
    QVERIFY2(after.diagnostics().empty(), qPrintable(diagnosticsText(after)));
    QCOMPARE(after.size(), before.size());
    // Everything else of the user's manifests stays (field order, other fields).
    for (const KubeObject &o : before.objects()) {
        if (o.kind() != u"NetworkPolicy" || edited.contains(o.name())) {
            continue;
        }
        QCOMPARE(toYaml(after.find(o.kind(), o.ns(), o.name())->root()), toYaml(o.root()));
    }
    for (const QString &name : edited) {
        const KubeObject *o = before.find(u"NetworkPolicy", u"shop", name);
        const KubeObject *n = after.find(u"NetworkPolicy", u"shop", name);
        QCOMPARE(toYaml(n->root()["metadata"]), toYaml(o->root()["metadata"]));
        QCOMPARE(n->spec()["podSelector"].toString(), o->spec()["podSelector"].toString());
        QStringList keysBefore, keysAfter;
        for (const auto &[k, v] : o->spec().children())
            keysBefore.append(k.toString());
        for (const auto &[k, v] : n->spec().children())
            if (keysBefore.contains(k.toString()))
                keysAfter.append(k.toString());
        keysBefore.removeAll(u"egress"_qs);
        keysAfter.removeAll(u"egress"_qs);
        QCOMPARE(keysAfter, keysBefore);
    }

    // Re-scan: NSA-NET-17 is gone, nothing new fails.
    const QSet<QString> now = findingKeys(checks::scan(after));
    QVERIFY(!now.contains(u"NSA-NET-17 Deployment shop/web"_qs));
    QVERIFY(!now.contains(u"NSA-NET-17 Pod shop/db"_qs));
    QVERIFY2((now - was).isEmpty(), qPrintable(QStringList((now - was).values()).join(u", ")));

    // Reachability with models/netpol: the metadata addresses are gone, every other connection
    // keeps its verdict (nothing lost, nothing gained).
    const netpol::ReachabilityAnalysis a(before), b(after);
    for (const QString &from : {u"shop/web"_qs, u"shop/db"_qs}) {
        QCOMPARE(metadataReachable(b, from, "169.254.169.254"), false);
        QCOMPARE(metadataReachable(b, from, "fd00:ec2::254"), false);
        for (const Probe &p : kProbes) {
            if (QString::fromLatin1(p.to) == from)
                continue;
            const QString old = reach(a, from, p), is = reach(b, from, p);
            QVERIFY(old != u"unresolved"_qs);
            QVERIFY2(old == is, qPrintable(from + u" -> "_qs + QString::fromLatin1(p.to) + u':' +
                                           QString::number(p.port) + u": "_qs + old +
                                           u" before, "_qs + is + u" after"_qs));
            if (QString::fromLatin1(p.to).contains(u'/')) {
                const QString to = QString::fromLatin1(p.to);
                const QString selBefore = egressBySelectors(a, from, to),
                              selAfter = egressBySelectors(b, from, to);
                QVERIFY(selBefore != u"unresolved"_qs);
                QVERIFY2(selBefore == selAfter,
                         qPrintable(from + u" -> "_qs + to + u": "_qs + selBefore +
                                    u" before, "_qs + selAfter + u" after"_qs));
            }
        }
    }
    QVERIFY(metadataReachable(a, u"shop/web"_qs, "169.254.169.254") ||
            metadataReachable(a, u"shop/web"_qs, "fd00:ec2::254"));
    QCOMPARE(metadataReachable(a, u"shop/web"_qs, "fd00:ec2::254"), v6Before);

    // The expected shape of the edited policies.
    for (const QString &e : expect) {
        const QStringList parts = e.split(u'|');
        const KubeObject *p = after.find(u"NetworkPolicy", u"shop", parts[0]);
        QVERIFY2(p, qPrintable(e));
        const Node n = p->spec().path(parts[1].toStdString());
        if (parts[2].isEmpty())
            QVERIFY2(!n.isValid(), qPrintable(e));
        else if (parts[2] == u"{}")
            QVERIFY2(n.isMap() && n.size() == 0, qPrintable(e));
        else
            QCOMPARE(n.toString(), parts[2]);
    }
}

void TestMetadataFix::nothingToChange_data()
{
    QTest::addColumn<QString>("policies");
    QTest::newRow("only selector peers") << uR"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: internal, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
  - to: [{podSelector: {}}, {namespaceSelector: {}}]
)"_qs;
    QTest::newRow("already excepted") << uR"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: internet, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
  - to:
    - ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}
    - ipBlock: {cidr: '::/0', except: ['fd00:ec2::254/128']}
  - ports: [{port: http}]
)"_qs;
    QTest::newRow("default deny") << uR"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
)"_qs;
}

void TestMetadataFix::nothingToChange()
{
    QFETCH(QString, policies);
    const Inventory inv = loadText(QString::fromUtf8(kWorkloads) + u"---\n"_qs + policies);
    QVERIFY2(inv.diagnostics().empty(), qPrintable(diagnosticsText(inv)));
    const auto r = fixCloudMetadata(inv, u"shop"_qs);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::NotFound);
    QVERIFY2(r.error().message.contains(u"blocked already"_qs), qPrintable(r.error().message));
    const netpol::ReachabilityAnalysis a(inv);
    QVERIFY(!metadataReachable(a, u"shop/web"_qs, "169.254.169.254"));
    QVERIFY(!findingKeys(checks::scan(inv)).contains(u"NSA-NET-17 Deployment shop/web"_qs));
}

void TestMetadataFix::podsNoPolicySelects()
{
    // web is restricted and may reach 169.254.0.0/16; db is selected by no egress policy.
    const QString policy = uR"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: egress-web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress: [{to: [{ipBlock: {cidr: 169.254.0.0/16}}]}]
)"_qs;
    const Inventory inv = loadText(QString::fromUtf8(kWorkloads) + u"---\n"_qs + policy);
    const auto r = fixCloudMetadata(inv, u"shop"_qs);
    QVERIFY(r);
    QCOMPARE(r->manifests().size(), std::size_t(1));
    QVERIFY2(r->warnings().join(u'\n').contains(u"Pod db"_qs),
             qPrintable(r->warnings().join(u'\n')));
    const Inventory after = applied(inv, *r);
    const QSet<QString> now = findingKeys(checks::scan(after));
    QVERIFY(!now.contains(u"NSA-NET-17 Deployment shop/web"_qs));
    QVERIFY(now.contains(u"NSA-NET-17 Pod shop/db"_qs)); // as the warning says

    // Nothing to edit, but db open: refused with the reason (no new policy: it would re-open
    // web's egress).
    QString blocked = policy;
    blocked.replace(u"169.254.0.0/16"_qs, u"10.0.0.0/8"_qs);
    const auto refused = fixCloudMetadata(
        loadText(QString::fromUtf8(kWorkloads) + u"---\n"_qs + blocked), u"shop"_qs);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Unsupported);
    QVERIFY(refused.error().message.contains(u"Pod db"_qs));
    QVERIFY(refused.error().message.contains(u"egress-web"_qs));
}

void TestMetadataFix::plannerKeepsEditsBesideDefaultDeny()
{
    // A namespace fix with default-deny does not block what an existing policy allows: the
    // edit stays in the plan; without existing policies only the default-deny is planned.
    const QString policy = uR"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: internet, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress: [{to: [{ipBlock: {cidr: 0.0.0.0/0}}]}]
)"_qs;
    const Inventory inv = loadText(QString::fromUtf8(kWorkloads) + u"---\n"_qs + policy);
    const Plan plan = planFixes(inv, checks::scan(inv));
    bool edit = false, deny = false;
    for (const Remediation &r : plan.remediations) {
        if (r.target().name != u"shop")
            continue;
        if (r.kind() == RemediationKind::CloudMetadata) {
            QCOMPARE(r.manifests().size(), std::size_t(1));
            QVERIFY(!r.manifests()[0].isNew);
            edit = true;
        }
        if (r.kind() == RemediationKind::Namespace)
            for (const Part &p : r.parts())
                deny = deny || (p.name == u"default-deny" && p.enabled);
    }
    QVERIFY(edit);
    QVERIFY(deny);

    const Inventory bare = loadText(QString::fromUtf8(kWorkloads));
    const Plan plain = planFixes(bare, checks::scan(bare));
    for (const Remediation &r : plain.remediations)
        QVERIFY(!(r.kind() == RemediationKind::CloudMetadata && r.target().name == u"shop"));
    QVERIFY(plain.notes.join(u'\n').contains(u"default-deny fix blocks"_qs));
}

void TestMetadataFix::cliFixEndToEnd()
{
    QTemporaryDir src;
    {
        QFile f(src.filePath(u"app.yaml"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kWorkloads);
        QFile p(src.filePath(u"policies.yaml"_qs));
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(R"(# egress of the shop
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: egress-all
  namespace: shop
  annotations:
    owner: platform
spec:
  podSelector: {}
  policyTypes:
  - Egress
  egress:
  - to:
    - ipBlock:
        cidr: 0.0.0.0/0
        except:
        - 10.0.0.0/8
    ports:
    - port: 80
  - ports:
    - port: 443
)");
    }
    const QString dir = src.path();
    using parapet::test::runCommand;

    // yaml to stdout: the edited policy, loading cleanly.
    auto run = runCommand({u"fix"_qs, dir, u"--control"_qs, u"NSA-NET-17"_qs});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const Inventory out = loadText(run.out);
    QVERIFY2(out.diagnostics().empty(), qPrintable(diagnosticsText(out)));
    // The edited policy, and a new one for namespace other, which has no egress policy.
    QCOMPARE(out.size(), 2);
    QVERIFY(out.find(u"NetworkPolicy", u"other", u"block-cloud-metadata"));
    const KubeObject *edited = out.find(u"NetworkPolicy", u"shop", u"egress-all");
    QVERIFY(edited);
    const KubeObject &policy = *edited;
    QCOMPARE(policy.annotations()["owner"].toString(), u"platform"_qs);
    QCOMPARE(policy.spec().path("egress[0].to[0].ipBlock.except[1]").toString(),
             u"169.254.169.254/32"_qs);
    QCOMPARE(policy.spec().path("egress[1].to[1].ipBlock.cidr").toString(), u"::/0"_qs);
    QVERIFY(run.out.contains(u"# WARNING: block-metadata"_qs));

    // diff: the user's file with the except entry added.
    run =
        runCommand({u"fix"_qs, dir, u"--control"_qs, u"NSA-NET-17"_qs, u"--format"_qs, u"diff"_qs});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"policies.yaml\n@@ -"_qs), qPrintable(run.out));
    static const QRegularExpression added(u"\n\\+ +- 169\\.254\\.169\\.254/32\n"_qs);
    QVERIFY2(run.out.contains(added), qPrintable(run.out));
    // Nothing of the user's text goes but the line where `to` is put before `ports`.
    QStringList removed;
    for (const QString &line : run.out.split(u'\n'))
        if (line.startsWith(u'-') && !line.startsWith(u"---"))
            removed.append(line);
    QCOMPARE(removed, QStringList{u"-  - ports:"_qs});

    // -o DIR, yaml: one file for the policy; the folder with it swapped in scans clean.
    QTemporaryDir fixed;
    run = runCommand({u"fix"_qs, dir, u"--control"_qs, u"NSA-NET-17"_qs, u"-o"_qs, fixed.path()});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QString policyFile = fixed.filePath(u"networkpolicy-shop-egress-all.yaml"_qs);
    QVERIFY(QFileInfo::exists(policyFile));
    QTemporaryDir applyDir;
    QVERIFY(QFile::copy(src.filePath(u"app.yaml"_qs), applyDir.filePath(u"app.yaml"_qs)));
    QVERIFY(QFile::copy(policyFile, applyDir.filePath(u"policy.yaml"_qs)));
    const Inventory afterFiles = ManifestLoader::loadPaths({applyDir.path()});
    QVERIFY2(afterFiles.diagnostics().empty(), qPrintable(diagnosticsText(afterFiles)));
    const Inventory beforeFiles = ManifestLoader::loadPaths({dir});
    const QSet<QString> was = findingKeys(checks::scan(beforeFiles));
    const QSet<QString> now = findingKeys(checks::scan(afterFiles));
    QVERIFY(was.contains(u"NSA-NET-17 Deployment shop/web"_qs));
    QVERIFY(!now.contains(u"NSA-NET-17 Deployment shop/web"_qs));
    QVERIFY(!now.contains(u"NSA-NET-17 Pod shop/db"_qs));
    QVERIFY((now - was).isEmpty());
    const netpol::ReachabilityAnalysis a(beforeFiles), b(afterFiles);
    QVERIFY(metadataReachable(a, u"shop/web"_qs, "169.254.169.254"));
    QVERIFY(!metadataReachable(b, u"shop/web"_qs, "169.254.169.254"));
    for (const Probe &p : kProbes)
        QCOMPARE(reach(b, u"shop/web"_qs, p), reach(a, u"shop/web"_qs, p));

    // overlay, built by the real kubectl kustomize into the same policy.
    QTemporaryDir overlay;
    run = runCommand({u"fix"_qs, dir, u"--control"_qs, u"NSA-NET-17"_qs, u"--format"_qs,
                      u"overlay"_qs, u"-o"_qs, overlay.filePath(u"fix"_qs)});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(QFileInfo::exists(overlay.filePath(u"fix/base/networkpolicy-shop-egress-all.yaml"_qs)));
    QVERIFY(
        QFileInfo::exists(overlay.filePath(u"fix/patches/networkpolicy-shop-egress-all.yaml"_qs)));
    const QString kubectl = QStandardPaths::findExecutable(u"kubectl"_qs);
    if (kubectl.isEmpty())
        QSKIP("kubectl is not installed: the overlay cannot be built here");
    int code = -1;
    QString errors;
    const QString builtText =
        runProcess(kubectl, {u"kustomize"_qs, overlay.filePath(u"fix"_qs)}, &code, &errors);
    QVERIFY2(code == 0, qPrintable(errors));
    const Inventory kustomized = loadText(builtText);
    QVERIFY2(kustomized.diagnostics().empty(), qPrintable(diagnosticsText(kustomized)));
    QCOMPARE(kustomized.size(), 2);
    const KubeObject *built = kustomized.find(u"NetworkPolicy", u"shop", u"egress-all");
    QVERIFY(built);
    QCOMPARE(canonical(built->root()), canonical(policy.root()));
    QCOMPARE(built->annotations()["owner"].toString(), u"platform"_qs);
}

QTEST_GUILESS_MAIN(TestMetadataFix)
#include "tst_metadatafix.moc"
