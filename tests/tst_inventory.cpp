// Inventory queries, duplicates, server version, ResourceRegistry names and the typed views,
// on the published corpus and small fixtures.

#include "kube/inventory.h"
#include "kube/typedviews.h"
#include "sources/manifestloader.h"

#include <QFile>
#include <QTest>

using namespace parapet;
using namespace Qt::StringLiterals;

namespace {

const QString kCorpus = QStringLiteral(PARAPET_CORPUS);
const QString kData = QStringLiteral(PARAPET_TEST_DATA);

QString corpusPath(const QString &relative)
{
    return kCorpus + u'/' + relative;
}

Inventory loadPath(const QString &path, const LoadOptions &options = {})
{
    ManifestLoader loader(options);
    loader.addPath(path);
    return loader.load(SourceInfo{});
}

Inventory loadBytes(const QByteArray &data, const LoadOptions &options = {})
{
    ManifestLoader loader(options);
    loader.addData(u"test.yaml"_s, data);
    return loader.load(SourceInfo{});
}

QStringList names(const std::vector<const KubeObject *> &objects)
{
    QStringList out;
    for (const KubeObject *o : objects)
        out.append(o->name());
    return out;
}

QStringList sortedNames(const std::vector<const KubeObject *> &objects)
{
    QStringList out = names(objects);
    out.sort();
    return out;
}

QStringList diagnosticTexts(const Inventory &inv)
{
    QStringList out;
    for (const Diagnostic &d : inv.diagnostics())
        out.append(d.toString());
    return out;
}

/// `group/Kind` of each type (`/Pod` for the core group).
QString typesText(const QList<ResourceType> &types)
{
    QStringList out;
    for (const ResourceType &t : types)
        out.append(t.group + u'/' + t.kind);
    return out.join(u',');
}

QString where(const KubeObject *o)
{
    if (!o)
        return {};
    return o->origin().file.mid(kCorpus.size() + 1) + u':' + QString::number(o->origin().line);
}

} // namespace

class TestInventory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void ofKind_data();
    void ofKind();
    void inNamespace_data();
    void inNamespace();
    void find_data();
    void find();
    void findByUid();
    void namespaceNames();
    void countsByKind();
    void duplicates_data();
    void duplicates();
    void builderScopes();
    void serverVersion_data();
    void serverVersion();

    void networkPoliciesSelectDeployments_data();
    void networkPoliciesSelectDeployments();
    void selectWithExpressions_data();
    void selectWithExpressions();
    void selectKubectlSyntax_data();
    void selectKubectlSyntax();

    void resolveBuiltin_data();
    void resolveBuiltin();
    void resolveCustomResources_data();
    void resolveCustomResources();

    void podTemplates_data();
    void podTemplates();
    void containers();
    void ports();
    void serviceInfo();
    void rules();
    void subjectsAndRoleRef();
    void nodeInfo();
    void configMapKeys();

private:
    Inventory m_corpus;
    Inventory m_shop;
    Inventory m_typed;
};

void TestInventory::initTestCase()
{
    m_corpus = loadPath(kCorpus);
    QVERIFY(!m_corpus.hasErrors());
    QCOMPARE(m_corpus.size(), 290);
    m_shop = loadPath(corpusPath(u"microservices-demo"_s));
    QVERIFY(m_shop.diagnostics().empty());
    QCOMPARE(m_shop.size(), 48);
    m_typed = loadPath(kData + u"/inventory/typed.yaml"_s);
    QVERIFY2(m_typed.diagnostics().empty(), qPrintable(diagnosticTexts(m_typed).join(u'\n')));
}

// ---------------------------------------------------------------------------------------------

void TestInventory::ofKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("group"); // "*": any group (ofKind(QStringView))
    QTest::addColumn<int>("count");
    QTest::newRow("Deployment") << u"Deployment"_s << u"*"_s << 34; // 35 minus a duplicate
    QTest::newRow("Deployment.apps") << u"Deployment"_s << u"apps"_s << 34;
    QTest::newRow("Deployment.extensions") << u"Deployment"_s << u"extensions"_s << 0;
    QTest::newRow("Deployment in core") << u"Deployment"_s << QString() << 0;
    QTest::newRow("Service") << u"Service"_s << QString() << 40;
    QTest::newRow("NetworkPolicy") << u"NetworkPolicy"_s << u"networking.k8s.io"_s << 28;
    QTest::newRow("CRDs") << u"CustomResourceDefinition"_s << u"apiextensions.k8s.io"_s << 32;
    QTest::newRow("Role from RoleLists too") << u"Role"_s << u"rbac.authorization.k8s.io"_s << 16;
    QTest::newRow("custom resource") << u"Prometheus"_s << u"monitoring.coreos.com"_s << 1;
    QTest::newRow("ReplicationController from JSON") << u"ReplicationController"_s << u"*"_s << 1;
    QTest::newRow("Lists are not objects") << u"List"_s << u"*"_s << 0;
    QTest::newRow("kinds are case-sensitive") << u"deployment"_s << u"*"_s << 0;
    QTest::newRow("unknown kind") << u"NoSuchKind"_s << u"*"_s << 0;
}

void TestInventory::ofKind()
{
    QFETCH(QString, kind);
    QFETCH(QString, group);
    QFETCH(int, count);
    const auto objects =
        group == u"*" ? m_corpus.ofKind(kind) : m_corpus.ofKind(GroupKind{group, kind});
    QCOMPARE(int(objects.size()), count);
    for (const KubeObject *o : objects) {
        QCOMPARE(o->kind(), kind);
        if (group != u"*")
            QCOMPARE(o->group(), group);
    }
    // In inventory order.
    for (std::size_t i = 1; i < objects.size(); ++i)
        QVERIFY(objects[i - 1] < objects[i]);
}

void TestInventory::inNamespace_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<int>("count");
    // Expected counts computed independently with PyYAML over the corpus (objects without a
    // namespace in "default", cluster-scoped ones in "", the later of two duplicates kept).
    QTest::newRow("default") << u"default"_s << 108;
    QTest::newRow("monitoring") << u"monitoring"_s << 34;
    QTest::newRow("kube-system") << u"kube-system"_s << 18;
    QTest::newRow("cert-manager") << u"cert-manager"_s << 13;
    QTest::newRow("ingress-nginx") << u"ingress-nginx"_s << 12;
    QTest::newRow("kubernetes-dashboard") << u"kubernetes-dashboard"_s << 11;
    QTest::newRow("cluster-scoped") << QString() << 94;
    QTest::newRow("unknown") << u"argocd"_s << 0;
}

void TestInventory::inNamespace()
{
    QFETCH(QString, ns);
    QFETCH(int, count);
    const auto objects = m_corpus.inNamespace(ns);
    QCOMPARE(int(objects.size()), count);
    for (const KubeObject *o : objects) {
        QCOMPARE(o->ns(), ns);
        QCOMPARE(o->isNamespaced(), !ns.isEmpty());
    }
}

void TestInventory::find_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("at"); // file:line, empty when not found

    QTest::newRow("duplicate: the later wins")
        << u"Deployment"_s << u"default"_s << u"frontend"_s
        << u"microservices-demo/kubernetes-manifests.yaml:21"_s;
    QTest::newRow("cluster-scoped")
        << u"ClusterRole"_s << QString() << u"argocd-application-controller"_s
        << u"argo-cd/install.yaml:31204"_s;
    QTest::newRow("RoleList item")
        << u"Role"_s << u"kube-system"_s << u"prometheus-k8s"_s
        << u"kube-prometheus/prometheus-roleSpecificNamespaces.yaml:48"_s;
    QTest::newRow("RoleBindingList item")
        << u"RoleBinding"_s << u"monitoring"_s << u"prometheus-k8s"_s
        << u"kube-prometheus/prometheus-roleBindingSpecificNamespaces.yaml:41"_s;
    QTest::newRow("Namespace") << u"Namespace"_s << QString() << u"monitoring"_s
                               << u"kube-prometheus/setup/namespace.yaml:1"_s;
    QTest::newRow("static pod") << u"Pod"_s << u"kube-system"_s << u"kube-apiserver-minikube"_s
                                << u"control-plane/kube-apiserver-minikube-mirror-pod.yaml:1"_s;
    QTest::newRow("Secret") << u"Secret"_s << u"kubernetes-dashboard"_s
                            << u"kubernetes-dashboard-certs"_s
                            << u"dashboard/recommended.yaml:48"_s;
    QTest::newRow("wrong namespace")
        << u"Deployment"_s << u"monitoring"_s << u"frontend"_s << QString();
    QTest::newRow("cluster-scoped asked in a namespace")
        << u"ClusterRole"_s << u"default"_s << u"argocd-server"_s << QString();
    QTest::newRow("missing") << u"Deployment"_s << u"default"_s << u"nosuch"_s << QString();
}

void TestInventory::find()
{
    QFETCH(QString, kind);
    QFETCH(QString, ns);
    QFETCH(QString, name);
    QFETCH(QString, at);
    const KubeObject *o = m_corpus.find(kind, ns, name);
    QCOMPARE(where(o), at);
    if (o) {
        QCOMPARE(o->kind(), kind);
        QCOMPARE(o->ns(), ns);
        QCOMPARE(o->name(), name);
    }
}

void TestInventory::findByUid()
{
    const KubeObject *pod = m_corpus.findByUid(u"2ca73741-b550-4d0d-94f3-4b8838d55637");
    QVERIFY(pod);
    QCOMPARE(pod->reference(), u"Pod kube-system/kube-apiserver-minikube"_s);
    // The uid of the pod's owner (a Node that is not in the set) finds nothing.
    QVERIFY(!m_corpus.findByUid(u"8bb39b2c-8cb0-4390-94e6-74d5e3fe7c16"));
    QVERIFY(!m_corpus.findByUid(QString()));
    // Objects from manifests have no uid.
    QVERIFY(m_corpus.find(u"Deployment", u"default", u"frontend")->uid().isEmpty());
}

void TestInventory::namespaceNames()
{
    QCOMPARE(m_corpus.namespaceNames(),
             QStringList({u"cert-manager"_s, u"default"_s, u"ingress-nginx"_s, u"kube-system"_s,
                          u"kubernetes-dashboard"_s, u"monitoring"_s}));
    // Namespace objects count even when nothing lives in them.
    const Inventory inv = loadBytes("apiVersion: v1\nkind: Namespace\nmetadata: {name: empty}\n"
                                    "---\napiVersion: v1\nkind: ConfigMap\n"
                                    "metadata: {name: c, namespace: zeta}\n");
    QCOMPARE(inv.namespaceNames(), QStringList({u"empty"_s, u"zeta"_s}));
    QVERIFY(Inventory().namespaceNames().isEmpty());
}

void TestInventory::countsByKind()
{
    const QHash<QString, int> counts = m_corpus.countsByKind();
    int total = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        total += it.value();
        QCOMPARE(int(m_corpus.ofKind(it.key()).size()), it.value());
    }
    QCOMPARE(total, int(m_corpus.size()));
    QCOMPARE(counts.size(), 24);
    QCOMPARE(counts.value(u"ClusterRole"_s), 28);
    QCOMPARE(counts.value(u"Secret"_s), 5);
    QVERIFY(!counts.contains(u"List"_s));
    QVERIFY(Inventory().countsByKind().isEmpty());
}

void TestInventory::duplicates_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("objects"); // reference + data.v, in inventory order
    QTest::addColumn<QStringList>("warnings");

    auto cm = [](const char *name, const char *ns, const char *v) -> QByteArray {
        QByteArray out = "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ";
        out += name;
        if (*ns)
            out += QByteArray("\n  namespace: ") + ns;
        return out + "\ndata: {v: \"" + v + "\"}\n";
    };
    QTest::newRow("same object twice: later wins, with a warning")
        << QByteArray(cm("a", "", "1") + cm("b", "", "x") + cm("a", "", "2"))
        << QStringList{u"ConfigMap default/b=x"_s, u"ConfigMap default/a=2"_s}
        << QStringList{u"test.yaml:14:1: warning: duplicate object ConfigMap default/a (also "
                       "defined at test.yaml:2:1); the later definition is used"_s};
    QTest::newRow("defaulted and written default namespace are the same")
        << QByteArray(cm("a", "default", "1") + cm("a", "", "2"))
        << QStringList{u"ConfigMap default/a=2"_s}
        << QStringList{u"test.yaml:9:1: warning: duplicate object ConfigMap default/a (also "
                       "defined at test.yaml:2:1); the later definition is used"_s};
    QTest::newRow("three copies")
        << QByteArray(cm("a", "", "1") + cm("a", "", "2") + cm("a", "", "3"))
        << QStringList{u"ConfigMap default/a=3"_s}
        << QStringList{u"test.yaml:8:1: warning: duplicate object ConfigMap default/a (also "
                       "defined at test.yaml:2:1); the later definition is used"_s,
                       u"test.yaml:14:1: warning: duplicate object ConfigMap default/a (also "
                       "defined at test.yaml:8:1); the later definition is used"_s};
    QTest::newRow("other namespace is another object")
        << QByteArray(cm("a", "ns1", "1") + cm("a", "ns2", "2"))
        << QStringList{u"ConfigMap ns1/a=1"_s, u"ConfigMap ns2/a=2"_s} << QStringList();
    QTest::newRow("other kind is another object")
        << QByteArray(cm("a", "", "1") +
                      "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: a\n")
        << QStringList{u"ConfigMap default/a=1"_s, u"Secret default/a="_s} << QStringList();
    QTest::newRow("cluster-scoped: written namespaces do not matter")
        << QByteArray("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\n"
                      "metadata: {name: r, namespace: ns1}\n---\n"
                      "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\n"
                      "metadata: {name: r, namespace: ns2}\nrules: []\n")
        << QStringList{u"ClusterRole r="_s}
        << QStringList{u"test.yaml:5:1: warning: duplicate object ClusterRole r (also defined "
                       "at test.yaml:1:1); the later definition is used"_s};
    QTest::newRow("same name in two groups: both kept")
        << QByteArray("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n---\n"
                      "apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: {name: d}\n")
        << QStringList{u"Deployment default/d="_s, u"Deployment default/d="_s} << QStringList();
}

void TestInventory::duplicates()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, objects);
    QFETCH(QStringList, warnings);
    const Inventory inv = loadBytes(yaml);
    QStringList got;
    for (const KubeObject &o : inv.objects())
        got.append(o.reference() + u'=' + o.root().path("data.v").toString());
    QCOMPARE(got, objects);
    QCOMPARE(diagnosticTexts(inv), warnings);
    QVERIFY(!inv.hasErrors());
    // find() and the kind index agree with what was kept.
    for (const KubeObject &o : inv.objects()) {
        const KubeObject *found = inv.find(o.kind(), o.ns(), o.name());
        QVERIFY(found);
        // Across groups the first one is found (apps before extensions here).
        QCOMPARE(found->group(), inv.ofKind(o.kind()).front()->group());
    }
}

void TestInventory::builderScopes()
{
    // addScoped() keeps the scope it is given; add() gets defaulting; build() resets.
    const auto parse = [](const char *yaml) {
        std::shared_ptr<Document> doc;
        parseYamlStream(
            QByteArrayView(yaml), ParseLimits{}, [&](ParsedDocument p) { doc = p.document; },
            [](const Error &) {});
        return doc;
    };
    InventoryBuilder builder;
    builder.setDefaultNamespace(u"team"_s);
    builder.add(KubeObject(parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n"),
                           SourceLocation{u"x.yaml"_s, 1, 1}));
    KubeObject scoped(parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n"),
                      SourceLocation{u"y.yaml"_s, 3, 1});
    scoped.setScope(true, u"kept"_s, false);
    builder.addScoped(scoped);
    KubeObject cluster(parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"),
                       SourceLocation{});
    cluster.setScope(false, u"ignored"_s, true);
    builder.addScoped(cluster);
    builder.addDiagnostic({Diagnostic::Severity::Warning, {u"z.yaml"_s, 2, 0}, u"note"_s});
    SourceInfo source;
    source.kind = SourceInfo::Kind::Live;
    source.name = u"ctx"_s;
    source.serverVersion = u"v1.31.0"_s;
    builder.setSource(source);
    const Inventory inv = builder.build();
    QCOMPARE(inv.size(), 3);
    QCOMPARE(inv.at(0).ns(), u"team"_s);
    QVERIFY(inv.at(0).namespaceDefaulted());
    QCOMPARE(inv.at(1).ns(), u"kept"_s);
    QVERIFY(!inv.at(1).namespaceDefaulted());
    QCOMPARE(inv.at(2).ns(), QString());
    QVERIFY(!inv.at(2).isNamespaced());
    QVERIFY(!inv.at(2).namespaceDefaulted());
    QCOMPARE(inv.at(2).locate("metadata.name").line, 0u); // live objects have no positions
    QCOMPARE(diagnosticTexts(inv), QStringList{u"z.yaml:2: warning: note"_s});
    QCOMPARE(inv.source().kind, SourceInfo::Kind::Live);
    QCOMPARE(inv.source().serverVersion, u"v1.31.0"_s);
    // The builder starts over.
    const Inventory empty = builder.build();
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.diagnostics().empty());
    QCOMPARE(inv.size(), 3); // the first inventory is unaffected
}

void TestInventory::serverVersion_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("defaultNamespace");
    QTest::addColumn<QString>("version");

    QFile f(corpusPath(u"control-plane/kube-apiserver-minikube-mirror-pod.yaml"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pod = f.readAll(); // with CRLF line ends, as published
    QVERIFY(pod.contains("  namespace: kube-system\r\n"));
    QTest::newRow("minikube static pod") << pod << QString() << u"v1.24.1"_s;
    QTest::newRow("in another namespace")
        << QByteArray(pod).replace("  namespace: kube-system\r\n", "  namespace: default\r\n")
        << QString() << QString();
    QTest::newRow("no namespace, loaded with -n kube-system")
        << QByteArray(pod).replace("  namespace: kube-system\r\n", "") << u"kube-system"_s
        << u"v1.24.1"_s;
    QTest::newRow("no namespace, default namespace")
        << QByteArray(pod).replace("  namespace: kube-system\r\n", "") << QString() << QString();
    const QByteArray tpl =
        "apiVersion: v1\nkind: %1\nmetadata: {name: p, namespace: kube-system}\n"
        "spec:\n  containers:\n  - name: etcd\n    image: registry.k8s.io/etcd:3.5.12-0\n"
        "  - name: api\n    image: %2\n";
    auto pod2 = [&](const char *kind, const char *image) {
        return QByteArray(tpl).replace("%1", kind).replace("%2", image);
    };
    QTest::newRow("arch suffix") << pod2("Pod", "registry.k8s.io/kube-apiserver-amd64:v1.28.3")
                                 << QString() << u"v1.28.3"_s;
    QTest::newRow("tag and digest")
        << pod2("Pod", "registry.k8s.io/kube-apiserver:v1.29.0@sha256:0123abcd") << QString()
        << u"v1.29.0"_s;
    QTest::newRow("not a Pod") << pod2("Deployment", "registry.k8s.io/kube-apiserver:v1.29.0")
                               << QString() << QString();
    QTest::newRow("no apiserver") << pod2("Pod", "nginx:1.27") << QString() << QString();
    QTest::newRow("no version tag")
        << pod2("Pod", "registry.k8s.io/kube-apiserver:latest") << QString() << QString();
}

void TestInventory::serverVersion()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, defaultNamespace);
    QFETCH(QString, version);
    LoadOptions options;
    if (!defaultNamespace.isEmpty())
        options.defaultNamespace = defaultNamespace;
    const Inventory inv = loadBytes(yaml, options);
    QVERIFY2(!inv.hasErrors(), qPrintable(diagnosticTexts(inv).join(u'\n')));
    QCOMPARE(inv.source().serverVersion, version);
}

// ---------------------------------------------------------------------------------------------
// Label selectors against real objects

void TestInventory::networkPoliciesSelectDeployments_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QStringList>("deployments");
    QStringList all = {u"adservice"_s,
                       u"cartservice"_s,
                       u"checkoutservice"_s,
                       u"currencyservice"_s,
                       u"emailservice"_s,
                       u"frontend"_s,
                       u"loadgenerator"_s,
                       u"paymentservice"_s,
                       u"productcatalogservice"_s,
                       u"recommendationservice"_s,
                       u"redis-cart"_s,
                       u"shippingservice"_s};
    QTest::newRow("deny-all selects every pod") << u"deny-all"_s << all;
    for (const QString &name : std::as_const(all))
        QTest::newRow(qPrintable(name)) << name << QStringList{name};
}

void TestInventory::networkPoliciesSelectDeployments()
{
    QFETCH(QString, policy);
    QFETCH(QStringList, deployments);
    const KubeObject *np = m_shop.find(u"NetworkPolicy", u"default", policy);
    QVERIFY(np);
    const auto selector = LabelSelector::fromNode(np->spec()["podSelector"]);
    QVERIFY2(selector.ok(), selector.ok() ? "" : qPrintable(selector.error().toString()));
    // A NetworkPolicy selects pods: match the pod templates' labels.
    QStringList selected;
    for (const KubeObject *d : m_shop.ofKind(GroupKind{u"apps"_s, u"Deployment"_s})) {
        const auto pod = podTemplateOf(*d);
        QVERIFY(pod);
        if (selector->matches(pod->metadata["labels"]))
            selected.append(d->name());
    }
    selected.sort();
    QCOMPARE(selected, deployments);
    // Here the Deployments carry their pods' labels, so Inventory::select agrees.
    QCOMPARE(sortedNames(m_shop.select(u"Deployment", u"default", *selector)), deployments);
    QVERIFY(m_shop.select(u"Deployment", u"elsewhere", *selector).empty());
}

void TestInventory::selectWithExpressions_data()
{
    QTest::addColumn<QByteArray>("selector");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QStringList>("deployments");

    QTest::newRow("In") << QByteArray("matchExpressions:\n- {key: app, operator: In, values: "
                                      "[frontend, cartservice, nosuch]}\n")
                        << u"default"_s << QStringList{u"cartservice"_s, u"frontend"_s};
    QTest::newRow("NotIn + matchLabels")
        << QByteArray("matchLabels: {app.kubernetes.io/part-of: kube-prometheus}\n"
                      "matchExpressions:\n- {key: app.kubernetes.io/name, operator: NotIn, "
                      "values: [grafana, prometheus-operator]}\n")
        << u"monitoring"_s
        << QStringList{u"blackbox-exporter"_s, u"kube-state-metrics"_s, u"prometheus-adapter"_s};
    QTest::newRow("Exists") << QByteArray("matchExpressions:\n- {key: k8s-app, operator: Exists}\n")
                            << u"kubernetes-dashboard"_s
                            << QStringList{u"dashboard-metrics-scraper"_s,
                                           u"kubernetes-dashboard"_s};
    QTest::newRow("DoesNotExist in a namespace")
        << QByteArray("matchExpressions:\n- {key: app.kubernetes.io/name, operator: "
                      "DoesNotExist}\n")
        << u"cert-manager"_s << QStringList();
    QTest::newRow("empty selector: everything")
        << QByteArray("{}\n") << u"ingress-nginx"_s << QStringList{u"ingress-nginx-controller"_s};
    QTest::newRow("null selector: nothing")
        << QByteArray("null\n") << u"ingress-nginx"_s << QStringList();
}

void TestInventory::selectWithExpressions()
{
    QFETCH(QByteArray, selector);
    QFETCH(QString, ns);
    QFETCH(QStringList, deployments);
    std::shared_ptr<Document> doc;
    parseYamlStream(
        QByteArray("s:\n  " + QByteArray(selector).replace("\n", "\n  ")), ParseLimits{},
        [&](ParsedDocument p) { doc = p.document; },
        [](const Error &e) { QFAIL(qPrintable(e.toString())); });
    QVERIFY(doc);
    const auto s = LabelSelector::fromNode(Node(doc.get(), 0)["s"]);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
    QCOMPARE(sortedNames(m_corpus.select(u"Deployment", ns, *s)), deployments);
    // The same against pod template labels (these Deployments label their pods alike).
    QStringList viaTemplates;
    for (const KubeObject *d : m_corpus.ofKind(u"Deployment")) {
        if (d->ns() == ns && s->matches(podTemplateOf(*d)->metadata["labels"]))
            viaTemplates.append(d->name());
    }
    viaTemplates.sort();
    if (ns != u"kubernetes-dashboard" && ns != u"cert-manager")
        QCOMPARE(viaTemplates, deployments);
}

void TestInventory::selectKubectlSyntax_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("selector");
    QTest::addColumn<int>("count");
    QTest::newRow("app=frontend, all namespaces")
        << u"Deployment"_s << QString() << u"app=frontend"_s << 1;
    QTest::newRow("Services of guestbook-like tiers")
        << u"Service"_s << u"default"_s << u"tier in (backend)"_s << 2;
    QTest::newRow("part-of kube-prometheus, any kind")
        << u"ServiceAccount"_s << u"monitoring"_s << u"app.kubernetes.io/part-of=kube-prometheus"_s
        << 8;
    QTest::newRow("not argocd") << u"NetworkPolicy"_s << QString()
                                << u"app.kubernetes.io/part-of!=argocd"_s << 21;
}

void TestInventory::selectKubectlSyntax()
{
    QFETCH(QString, kind);
    QFETCH(QString, ns);
    QFETCH(QString, selector);
    QFETCH(int, count);
    const auto s = LabelSelector::parse(selector);
    QVERIFY(s.ok());
    const auto selected = m_corpus.select(kind, ns, *s);
    QCOMPARE(int(selected.size()), count);
    for (const KubeObject *o : selected) {
        QCOMPARE(o->kind(), kind);
        QVERIFY(s->matches(o->labels()));
        if (!ns.isEmpty())
            QCOMPARE(o->ns(), ns);
    }
}

// ---------------------------------------------------------------------------------------------
// ResourceRegistry

void TestInventory::resolveBuiltin_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("types");
    const QString deploy = u"apps/Deployment"_s;
    const QString netpol = u"networking.k8s.io/NetworkPolicy"_s;
    const QString crd = u"apiextensions.k8s.io/CustomResourceDefinition"_s;
    QTest::newRow("deploy") << u"deploy"_s << deploy;
    QTest::newRow("Deployments") << u"Deployments"_s << deploy;
    QTest::newRow("deployment") << u"deployment"_s << deploy;
    QTest::newRow("Deployment") << u"Deployment"_s << deploy;
    QTest::newRow("DEPLOY") << u"DEPLOY"_s << deploy;
    QTest::newRow("deployment.apps") << u"deployment.apps"_s << deploy;
    QTest::newRow("deployments.apps") << u"deployments.apps"_s << deploy;
    QTest::newRow("deploy.apps") << u"deploy.apps"_s << deploy;
    QTest::newRow("deployments.extensions")
        << u"deployments.extensions"_s << u"extensions/Deployment"_s;
    QTest::newRow("sts") << u"sts"_s << u"apps/StatefulSet"_s;
    QTest::newRow("ds") << u"ds"_s << u"apps/DaemonSet"_s;
    QTest::newRow("np") << u"np"_s << netpol;
    QTest::newRow("netpol") << u"netpol"_s << netpol;
    QTest::newRow("NetworkPolicy") << u"NetworkPolicy"_s << netpol;
    QTest::newRow("networkpolicies.networking.k8s.io")
        << u"networkpolicies.networking.k8s.io"_s << netpol;
    QTest::newRow("po") << u"po"_s << u"/Pod"_s;
    QTest::newRow("pods") << u"pods"_s << u"/Pod"_s;
    QTest::newRow("svc") << u"svc"_s << u"/Service"_s;
    QTest::newRow("sa") << u"sa"_s << u"/ServiceAccount"_s;
    QTest::newRow("cm") << u"cm"_s << u"/ConfigMap"_s;
    QTest::newRow("ns") << u"ns"_s << u"/Namespace"_s;
    QTest::newRow("crd") << u"crd"_s << crd;
    QTest::newRow("crds") << u"crds"_s << crd;
    QTest::newRow("cj") << u"cj"_s << u"batch/CronJob"_s;
    QTest::newRow("clusterrolebindings")
        << u"clusterrolebindings"_s << u"rbac.authorization.k8s.io/ClusterRoleBinding"_s;
    QTest::newRow("events: two groups") << u"events"_s << u"/Event,events.k8s.io/Event"_s;
    QTest::newRow("ev.events.k8s.io") << u"ev.events.k8s.io"_s << u"events.k8s.io/Event"_s;
    QTest::newRow("unknown") << u"nosuch"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("unknown group") << u"deploy.nosuch"_s << QString();
    QTest::newRow("core group is not written") << u"pods.core"_s << QString();
    QTest::newRow("custom resource unknown to built-ins") << u"applications"_s << QString();
}

void TestInventory::resolveBuiltin()
{
    QFETCH(QString, name);
    QFETCH(QString, types);
    QCOMPARE(typesText(ResourceRegistry::builtin().resolve(name)), types);
    // An inventory's registry knows the built-ins too.
    QCOMPARE(typesText(m_shop.registry().resolve(name)), types);
}

void TestInventory::resolveCustomResources_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("types");
    const QString app = u"argoproj.io/Application"_s;
    QTest::newRow("applications") << u"applications"_s << app;
    QTest::newRow("application") << u"application"_s << app;
    QTest::newRow("Application") << u"Application"_s << app;
    QTest::newRow("app") << u"app"_s << app;
    QTest::newRow("apps (a short name of Application)") << u"apps"_s << app;
    QTest::newRow("applications.argoproj.io") << u"applications.argoproj.io"_s << app;
    QTest::newRow("app.argoproj.io") << u"app.argoproj.io"_s << app;
    QTest::newRow("appproj") << u"appproj"_s << u"argoproj.io/AppProject"_s;
    QTest::newRow("appsets") << u"appsets"_s << u"argoproj.io/ApplicationSet"_s;
    QTest::newRow("argoproj.io alone is no resource") << u"argoproj.io"_s << QString();
    QTest::newRow("wrong group") << u"applications.apps"_s << QString();
    QTest::newRow("built-ins still there") << u"deploy"_s << u"apps/Deployment"_s;
}

void TestInventory::resolveCustomResources()
{
    QFETCH(QString, name);
    QFETCH(QString, types);
    const Inventory argo = loadPath(corpusPath(u"argo-cd/install.yaml"_s));
    QCOMPARE(typesText(argo.registry().resolve(name)), types);
    QCOMPARE(typesText(ResourceRegistry::withCustomResources(argo).resolve(name)), types);
    // The whole corpus has cert-manager's and calico's CRDs besides.
    QCOMPARE(typesText(m_corpus.registry().resolve(name)), types);

    const auto application = argo.registry().find(GroupKind{u"argoproj.io"_s, u"Application"_s});
    QVERIFY(application);
    QCOMPARE(application->version, u"v1alpha1"_s);
    QCOMPARE(application->plural, u"applications"_s);
    QCOMPARE(application->singular, u"application"_s);
    QCOMPARE(application->shortNames, QStringList({u"app"_s, u"apps"_s}));
    QVERIFY(application->namespaced);
    QVERIFY(!ResourceRegistry::builtin().find(application->groupKind()));
}

// ---------------------------------------------------------------------------------------------
// Typed views

void TestInventory::podTemplates_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("specPath");
    QTest::addColumn<QString>("labelsPath");
    QTest::addColumn<QString>("firstImage");
    QTest::newRow("Deployment") << u"Deployment"_s << u"default"_s << u"frontend"_s
                                << u"spec.template.spec"_s << u"spec.template.metadata.labels"_s
                                << u"us-central1-docker.pkg.dev/online-boutique-ci/"
                                   "microservices-demo/frontend:v0.10.6"_s;
    QTest::newRow("DaemonSet") << u"DaemonSet"_s << u"kube-system"_s << u"calico-node"_s
                               << u"spec.template.spec"_s << u"spec.template.metadata.labels"_s
                               << u"quay.io/calico/cni:v3.32.1"_s;
    QTest::newRow("StatefulSet") << u"StatefulSet"_s << u"default"_s
                                 << u"argocd-application-controller"_s << u"spec.template.spec"_s
                                 << u"spec.template.metadata.labels"_s
                                 << u"quay.io/argoproj/argocd:v3.5.1"_s;
    QTest::newRow("Job") << u"Job"_s << u"ingress-nginx"_s << u"ingress-nginx-admission-create"_s
                         << u"spec.template.spec"_s << u"spec.template.metadata.labels"_s
                         << u"registry.k8s.io/ingress-nginx/kube-webhook-certgen:v1.6.9@sha256:"
                            "01038e7de14b78d702d2849c3aad72fd25903c4765af63cf16aa3398f5d5f2dd"_s;
    QTest::newRow("ReplicationController")
        << u"ReplicationController"_s << u"default"_s << u"mock"_s << u"spec.template.spec"_s
        << u"spec.template.metadata.labels"_s << u"registry.k8s.io/pause:3.10"_s;
    QTest::newRow("Pod") << u"Pod"_s << u"kube-system"_s << u"kube-apiserver-minikube"_s
                         << u"spec"_s << u"metadata.labels"_s
                         << u"k8s.gcr.io/kube-apiserver:v1.24.1"_s;
    QTest::newRow("CronJob") << u"CronJob"_s << u"shop"_s << u"nightly"_s
                             << u"spec.jobTemplate.spec.template.spec"_s
                             << u"spec.jobTemplate.spec.template.metadata.labels"_s
                             << u"shop/report:2.1"_s;
    QTest::newRow("Service has none")
        << u"Service"_s << u"default"_s << u"frontend"_s << QString() << QString() << QString();
}

void TestInventory::podTemplates()
{
    QFETCH(QString, kind);
    QFETCH(QString, ns);
    QFETCH(QString, name);
    QFETCH(QString, specPath);
    QFETCH(QString, labelsPath);
    QFETCH(QString, firstImage);
    const KubeObject *o = m_corpus.find(kind, ns, name);
    if (!o)
        o = m_typed.find(kind, ns, name);
    QVERIFY(o);
    QCOMPARE(hasPodTemplate(kind), !specPath.isEmpty());
    const auto pod = podTemplateOf(*o);
    QCOMPARE(pod.has_value(), !specPath.isEmpty());
    if (!pod)
        return;
    QCOMPARE(pod->owner, o);
    QCOMPARE(pod->specPath, specPath);
    QCOMPARE(pod->labelsPath(), labelsPath);
    QVERIFY(pod->spec.isMap());
    QCOMPARE(pod->spec.index(), o->root().path(specPath.toStdString()).index());
    QVERIFY(pod->metadata["labels"].equals(o->root().path(labelsPath.toStdString())));
    QCOMPARE(containersOf(*pod).front().image(), firstImage);
}

void TestInventory::containers()
{
    // calico-node: three init containers, all privileged, then calico-node.
    const KubeObject *ds = m_corpus.find(u"DaemonSet", u"kube-system", u"calico-node");
    QVERIFY(ds);
    const auto calico = containersOf(*podTemplateOf(*ds));
    QStringList got;
    for (const ContainerRef &c : calico)
        got.append(QString::number(int(c.type)) + u' ' + c.name() + u' ' + c.path);
    QCOMPARE(got, QStringList({u"0 upgrade-ipam spec.template.spec.initContainers[0]"_s,
                               u"0 install-cni spec.template.spec.initContainers[1]"_s,
                               u"0 ebpf-bootstrap spec.template.spec.initContainers[2]"_s,
                               u"1 calico-node spec.template.spec.containers[0]"_s}));
    for (const ContainerRef &c : calico) {
        QCOMPARE(c.node["securityContext"]["privileged"].toBool(), true);
        QCOMPARE(ds->locate(c.path.toStdString() + ".image").line, c.node["image"].line());
    }
    // `          image: quay.io/calico/node:v3.32.1` (the init containers' images come before)
    QCOMPARE(ds->locate("spec.template.spec.containers[0].image").line, 7572u);

    // A Pod with init, app and ephemeral containers, in that order.
    const KubeObject *pod = m_typed.find(u"Pod", u"shop", u"debug-me");
    QVERIFY(pod);
    const auto all = containersOf(*podTemplateOf(*pod));
    got.clear();
    for (const ContainerRef &c : all)
        got.append(QString::number(int(c.type)) + u' ' + c.name() + u' ' + c.path + u' ' +
                   c.image());
    QCOMPARE(got, QStringList({u"0 init spec.initContainers[0] busybox:1.36"_s,
                               u"1 app spec.containers[0] shop/cart:1.0"_s,
                               u"1 sidecar spec.containers[1] envoy:1.30"_s,
                               u"2 debugger spec.ephemeralContainers[0] busybox:1.36"_s}));
    QCOMPARE(pod->locate(all[3].path.toStdString() + ".image").line, 25u);
}

void TestInventory::ports()
{
    const KubeObject *pod = m_typed.find(u"Pod", u"shop", u"debug-me");
    const auto all = containersOf(*podTemplateOf(*pod));
    const auto app = portsOf(all[1]);
    QCOMPARE(int(app.size()), 2);
    QCOMPARE(app[0].name, u"http"_s);
    QCOMPARE(app[0].port, 8080);
    QCOMPARE(app[0].protocol, u"TCP"_s); // defaulted
    QCOMPARE(app[1].name, QString());
    QCOMPARE(app[1].port, 5353);
    QCOMPARE(app[1].protocol, u"UDP"_s);
    QVERIFY(portsOf(all[2]).empty());

    const KubeObject *controller =
        m_corpus.find(u"Deployment", u"ingress-nginx", u"ingress-nginx-controller");
    QVERIFY(controller);
    QStringList got;
    for (const ContainerPort &p : portsOf(containersOf(*podTemplateOf(*controller)).front()))
        got.append(p.name + u'=' + QString::number(p.port) + u'/' + p.protocol);
    QCOMPARE(got, QStringList({u"http=80/TCP"_s, u"https=443/TCP"_s, u"webhook=8443/TCP"_s}));
}

void TestInventory::serviceInfo()
{
    // guestbook's frontend: NodePort, port 80 with targetPort left out.
    const Inventory guestbook = loadPath(corpusPath(u"guestbook/guestbook-all-in-one.yaml"_s));
    const KubeObject *frontend = guestbook.find(u"Service", u"default", u"frontend");
    QVERIFY(frontend);
    const ServiceInfo s = serviceInfoOf(*frontend);
    QCOMPARE(s.type, u"NodePort"_s);
    QCOMPARE(int(s.ports.size()), 1);
    QCOMPARE(s.ports[0].port, 80);
    QCOMPARE(s.ports[0].targetPort, u"80"_s);
    QCOMPARE(s.ports[0].nodePort, 0);
    QCOMPARE(s.ports[0].protocol, u"TCP"_s);
    QVERIFY(LabelSelector::fromMap(s.selector)
                ->matches(QHash<QString, QString>{{u"app"_s, u"guestbook"_s},
                                                  {u"tier"_s, u"frontend"_s}}));
    QVERIFY(s.externalIPs.isEmpty());

    // ingress-nginx: LoadBalancer with named target ports.
    const KubeObject *lb = m_corpus.find(u"Service", u"ingress-nginx", u"ingress-nginx-controller");
    const ServiceInfo l = serviceInfoOf(*lb);
    QCOMPARE(l.type, u"LoadBalancer"_s);
    QStringList got;
    for (const auto &p : l.ports)
        got.append(p.name + u' ' + QString::number(p.port) + u"->"_s + p.targetPort);
    QCOMPARE(got, QStringList({u"http 80->http"_s, u"https 443->https"_s}));
    QCOMPARE(l.selector.size(), 3u);

    // redis-master: numeric targetPort, type left out.
    const ServiceInfo r = serviceInfoOf(*guestbook.find(u"Service", u"default", u"redis-master"));
    QCOMPARE(r.type, u"ClusterIP"_s);
    QCOMPARE(r.ports[0].targetPort, u"6379"_s);
}

void TestInventory::rules()
{
    // argocd-application-controller: everything, on every resource and every URL.
    const KubeObject *role =
        m_corpus.find(u"ClusterRole", QString(), u"argocd-application-controller");
    QVERIFY(role);
    const auto r = rulesOf(*role);
    QCOMPARE(int(r.size()), 2);
    QCOMPARE(r[0].apiGroups, QStringList{u"*"_s});
    QCOMPARE(r[0].resources, QStringList{u"*"_s});
    QCOMPARE(r[0].verbs, QStringList{u"*"_s});
    QVERIFY(r[0].nonResourceURLs.isEmpty());
    QCOMPARE(r[0].path, u"rules[0]"_s);
    QCOMPARE(r[1].nonResourceURLs, QStringList{u"*"_s});
    QCOMPARE(r[1].verbs, QStringList{u"*"_s});
    QVERIFY(r[1].resources.isEmpty());
    QCOMPARE(r[1].path, u"rules[1]"_s);
    QCOMPARE(role->locate(r[1].path.toStdString() + ".nonResourceURLs").line,
             role->root().path("rules[1].nonResourceURLs").line());

    // dashboard's Role names the Secrets it may touch, the core group as "".
    const KubeObject *dash =
        m_corpus.find(u"Role", u"kubernetes-dashboard", u"kubernetes-dashboard");
    QVERIFY(dash);
    const auto d = rulesOf(*dash);
    QCOMPARE(d[0].apiGroups, QStringList{QString()});
    QCOMPARE(d[0].resources, QStringList{u"secrets"_s});
    QCOMPARE(d[0].resourceNames,
             QStringList({u"kubernetes-dashboard-key-holder"_s, u"kubernetes-dashboard-certs"_s,
                          u"kubernetes-dashboard-csrf"_s}));
    QCOMPARE(d[0].verbs, QStringList({u"get"_s, u"update"_s, u"delete"_s}));
    // Objects without rules have none.
    QVERIFY(rulesOf(*m_corpus.find(u"Deployment", u"default", u"frontend")).empty());
}

void TestInventory::subjectsAndRoleRef()
{
    const KubeObject *binding = m_typed.find(u"RoleBinding", u"shop", u"readers");
    QVERIFY(binding);
    QStringList got;
    for (const Subject &s : subjectsOf(*binding))
        got.append(s.kind + u' ' + s.ns + u'/' + s.name + u' ' + s.apiGroup + u' ' + s.path);
    QCOMPARE(got, QStringList({
                      // A ServiceAccount without namespace is in the binding's namespace.
                      u"ServiceAccount shop/cart  subjects[0]"_s,
                      u"ServiceAccount monitoring/monitor  subjects[1]"_s,
                      // Users and groups have no namespace.
                      u"User /alice@example.com rbac.authorization.k8s.io subjects[2]"_s,
                      u"Group /auditors rbac.authorization.k8s.io subjects[3]"_s,
                  }));
    const RoleRef ref = roleRefOf(*binding);
    QCOMPARE(ref.kind, u"ClusterRole"_s);
    QCOMPARE(ref.name, u"view"_s);
    QCOMPARE(ref.apiGroup, u"rbac.authorization.k8s.io"_s);

    // A binding loaded without namespace: its ServiceAccounts follow the default namespace.
    LoadOptions options;
    options.defaultNamespace = u"argocd"_s;
    const Inventory argo = loadPath(corpusPath(u"argo-cd/install.yaml"_s), options);
    const KubeObject *rb = argo.find(u"RoleBinding", u"argocd", u"argocd-server");
    QVERIFY(rb);
    const auto subjects = subjectsOf(*rb);
    QCOMPARE(int(subjects.size()), 1);
    QCOMPARE(subjects[0].kind, u"ServiceAccount"_s);
    QCOMPARE(subjects[0].name, u"argocd-server"_s);
    QCOMPARE(subjects[0].ns, u"argocd"_s);
    QCOMPARE(roleRefOf(*rb).kind, u"Role"_s);

    // The corpus: metrics-server binds in kube-system, naming the namespace.
    const KubeObject *crb =
        m_corpus.find(u"ClusterRoleBinding", QString(), u"system:metrics-server");
    QVERIFY(crb);
    QCOMPARE(subjectsOf(*crb).front().ns, u"kube-system"_s);
    QCOMPARE(roleRefOf(*crb).name, u"system:metrics-server"_s);
    // Not a binding: nothing.
    QVERIFY(subjectsOf(*m_corpus.find(u"Deployment", u"default", u"frontend")).empty());
    QCOMPARE(roleRefOf(*m_corpus.find(u"Deployment", u"default", u"frontend")).kind, QString());
}

void TestInventory::nodeInfo()
{
    const NodeInfo cp = nodeInfoOf(*m_typed.find(u"Node", QString(), u"cp-1"));
    QCOMPARE(cp.kubeletVersion, u"v1.30.4"_s);
    QCOMPARE(cp.containerRuntimeVersion, u"containerd://1.7.13"_s);
    QCOMPARE(cp.osImage, u"Ubuntu 22.04.4 LTS"_s);
    QCOMPARE(cp.kernelVersion, u"6.5.0-1020-gcp"_s);
    QCOMPARE(cp.internalIPs, QStringList({u"192.168.49.2"_s, u"fd00::2"_s}));
    QCOMPARE(cp.podCIDRs, QStringList{u"10.244.0.0/24"_s});
    QVERIFY(cp.controlPlane);

    const NodeInfo worker = nodeInfoOf(*m_typed.find(u"Node", QString(), u"worker-1"));
    QCOMPARE(worker.kubeletVersion, u"v1.29.8"_s);
    QCOMPARE(worker.podCIDRs, QStringList({u"10.244.1.0/24"_s, u"fd00:10:244:1::/64"_s}));
    QVERIFY(worker.internalIPs.isEmpty());
    QVERIFY(!worker.controlPlane);
    QVERIFY(worker.containerRuntimeVersion.isEmpty());
}

void TestInventory::configMapKeys()
{
    const KubeObject *cm = m_typed.find(u"ConfigMap", u"shop", u"settings");
    QVERIFY(cm);
    QCOMPARE(configMapKeysOf(*cm), QStringList({u"a.conf"_s, u"b.conf"_s, u"logo.png"_s}));
    const KubeObject *nginx =
        m_corpus.find(u"ConfigMap", u"ingress-nginx", u"ingress-nginx-controller");
    QVERIFY(nginx);
    QVERIFY(nginx->root()["data"].isNull()); // `data: null`
    QVERIFY(configMapKeysOf(*nginx).isEmpty());
}

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
