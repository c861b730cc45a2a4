// ManifestLoader, the YAML/JSON parsers behind it and the objects it makes: the published corpus,
// YAML/JSON semantics, namespace defaulting, broken and hostile input.

#include "kube/inventory.h"
#include "sources/manifestloader.h"
#include "sources/parselimits.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
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

QString dataPath(const QString &relative)
{
    return kData + u'/' + relative;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Inventory loadPath(const QString &path, const LoadOptions &options = {})
{
    ManifestLoader loader(options);
    loader.addPath(path);
    return loader.load(SourceInfo{});
}

Inventory loadBytes(const QByteArray &data, const QString &name = u"test.yaml"_s,
                    const LoadOptions &options = {})
{
    ManifestLoader loader(options);
    loader.addData(name, data);
    return loader.load(SourceInfo{});
}

QStringList diagnosticsOf(const Inventory &inv, Diagnostic::Severity severity)
{
    QStringList out;
    for (const Diagnostic &d : inv.diagnostics())
        if (d.severity == severity)
            out.append(d.toString());
    return out;
}

QStringList errorsOf(const Inventory &inv)
{
    return diagnosticsOf(inv, Diagnostic::Severity::Error);
}

QStringList warningsOf(const Inventory &inv)
{
    return diagnosticsOf(inv, Diagnostic::Severity::Warning);
}

/// `Kind name@line:column` for each object, in inventory order.
QStringList objectsOf(const Inventory &inv)
{
    QStringList out;
    for (const KubeObject &o : inv.objects())
        out.append(o.kind() + u' ' + o.name() + u'@' + QString::number(o.origin().line) + u':' +
                   QString::number(o.origin().column));
    return out;
}

/// Compact, typed rendering of a value: strings quoted, other scalars as their canonical text.
QString dump(const Node &n)
{
    switch (n.type()) {
    case NodeType::Mapping: {
        QStringList parts;
        for (const auto &[k, v] : n.children())
            parts.append(k.toString() + u": "_s + dump(v));
        return u'{' + parts.join(u", "_s) + u'}';
    }
    case NodeType::Sequence: {
        QStringList parts;
        for (const auto &[k, v] : n.children())
            parts.append(dump(v));
        return u'[' + parts.join(u", "_s) + u']';
    }
    case NodeType::String:
        return u'"' + n.toString() + u'"';
    case NodeType::Null:
        return u"null"_s;
    default:
        return n.toString();
    }
}

QString typeName(NodeType t)
{
    switch (t) {
    case NodeType::Null:
        return u"null"_s;
    case NodeType::Bool:
        return u"bool"_s;
    case NodeType::Int:
        return u"int"_s;
    case NodeType::Float:
        return u"float"_s;
    case NodeType::String:
        return u"string"_s;
    case NodeType::Sequence:
        return u"sequence"_s;
    case NodeType::Mapping:
        return u"mapping"_s;
    }
    return {};
}

struct Parsed
{
    std::vector<std::shared_ptr<Document>> documents;
    QStringList errors; // line:column: message
};

Parsed parseYaml(const QByteArray &text, const ParseLimits &limits = {})
{
    Parsed out;
    parseYamlStream(
        text, limits, [&](ParsedDocument p) { out.documents.push_back(p.document); },
        [&](Error e) {
            out.errors.append(QString::number(e.location.line) + u':' +
                              QString::number(e.location.column) + u": "_s + e.message);
        });
    return out;
}

/// "Kind=n,Kind=n" → counts.
QHash<QString, int> parseCounts(const QString &spec)
{
    QHash<QString, int> out;
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        out.insert(part.left(eq), part.mid(eq + 1).toInt());
    }
    return out;
}

QString countsToString(const QHash<QString, int> &counts)
{
    QStringList keys = counts.keys();
    keys.sort();
    QStringList parts;
    for (const QString &k : std::as_const(keys))
        parts.append(k + u'=' + QString::number(counts.value(k)));
    return parts.join(u',');
}

/// Text of the file at a 1-based line and column, to the end of that line.
QString textAt(const QStringList &lines, std::uint32_t line, std::uint32_t column)
{
    if (line == 0 || line > std::uint32_t(lines.size()) || column == 0)
        return {};
    return lines[qsizetype(line - 1)].mid(qsizetype(column - 1));
}

// The corpus table, derived from /work/shared/corpus/SOURCES.md: per file, the object counts by
// kind, with *List documents counted by their items (Parapet expands them into objects).
struct CorpusFile
{
    const char *path;
    const char *counts;
    int total;
};

constexpr CorpusFile kCorpusFiles[] = {
    {"microservices-demo/kubernetes-manifests.yaml", "Deployment=12,Service=12,ServiceAccount=11",
     35},
    {"microservices-demo/network-policies/network-policy-adservice.yaml", "NetworkPolicy=1", 1},
    {"microservices-demo/network-policies/network-policy-cartservice.yaml", "NetworkPolicy=1", 1},
    {"microservices-demo/network-policies/network-policy-checkoutservice.yaml", "NetworkPolicy=1",
     1},
    {"microservices-demo/network-policies/network-policy-currencyservice.yaml", "NetworkPolicy=1",
     1},
    {"microservices-demo/network-policies/network-policy-deny-all.yaml", "NetworkPolicy=1", 1},
    {"microservices-demo/network-policies/network-policy-emailservice.yaml", "NetworkPolicy=1", 1},
    {"microservices-demo/network-policies/network-policy-frontend.yaml", "NetworkPolicy=1", 1},
    {"microservices-demo/network-policies/network-policy-loadgenerator.yaml", "NetworkPolicy=1", 1},
    {"microservices-demo/network-policies/network-policy-paymentservice.yaml", "NetworkPolicy=1",
     1},
    {"microservices-demo/network-policies/network-policy-productcatalogservice.yaml",
     "NetworkPolicy=1", 1},
    {"microservices-demo/network-policies/network-policy-recommendationservice.yaml",
     "NetworkPolicy=1", 1},
    {"microservices-demo/network-policies/network-policy-redis.yaml", "NetworkPolicy=1", 1},
    {"microservices-demo/network-policies/network-policy-shippingservice.yaml", "NetworkPolicy=1",
     1},
    {"ingress-nginx/deploy.yaml",
     "ClusterRole=2,ClusterRoleBinding=2,ConfigMap=1,Deployment=1,IngressClass=1,Job=2,"
     "Namespace=1,Role=2,RoleBinding=2,Service=2,ServiceAccount=2,"
     "ValidatingWebhookConfiguration=1",
     19},
    {"metrics-server/apiservice.yaml", "APIService=1", 1},
    {"metrics-server/deployment.yaml", "Deployment=1", 1},
    {"metrics-server/rbac.yaml",
     "ClusterRole=2,ClusterRoleBinding=2,RoleBinding=1,ServiceAccount=1", 6},
    {"metrics-server/service.yaml", "Service=1", 1},
    {"dashboard/recommended.yaml",
     "ClusterRole=1,ClusterRoleBinding=1,ConfigMap=1,Deployment=2,Namespace=1,Role=1,"
     "RoleBinding=1,Secret=3,Service=2,ServiceAccount=1",
     14},
    {"argo-cd/install.yaml",
     "ClusterRole=3,ClusterRoleBinding=3,ConfigMap=7,CustomResourceDefinition=3,Deployment=6,"
     "NetworkPolicy=7,Role=6,RoleBinding=6,Secret=2,Service=8,ServiceAccount=7,StatefulSet=1",
     59},
    {"kube-prometheus/alertmanager-alertmanager.yaml", "Alertmanager=1", 1},
    {"kube-prometheus/alertmanager-networkPolicy.yaml", "NetworkPolicy=1", 1},
    {"kube-prometheus/alertmanager-service.yaml", "Service=1", 1},
    {"kube-prometheus/alertmanager-serviceAccount.yaml", "ServiceAccount=1", 1},
    {"kube-prometheus/blackboxExporter-deployment.yaml", "Deployment=1", 1},
    {"kube-prometheus/blackboxExporter-networkPolicy.yaml", "NetworkPolicy=1", 1},
    {"kube-prometheus/blackboxExporter-service.yaml", "Service=1", 1},
    {"kube-prometheus/blackboxExporter-serviceAccount.yaml", "ServiceAccount=1", 1},
    {"kube-prometheus/grafana-deployment.yaml", "Deployment=1", 1},
    {"kube-prometheus/grafana-networkPolicy.yaml", "NetworkPolicy=1", 1},
    {"kube-prometheus/grafana-service.yaml", "Service=1", 1},
    {"kube-prometheus/grafana-serviceAccount.yaml", "ServiceAccount=1", 1},
    {"kube-prometheus/kubeStateMetrics-clusterRole.yaml", "ClusterRole=1", 1},
    {"kube-prometheus/kubeStateMetrics-clusterRoleBinding.yaml", "ClusterRoleBinding=1", 1},
    {"kube-prometheus/kubeStateMetrics-deployment.yaml", "Deployment=1", 1},
    {"kube-prometheus/kubeStateMetrics-networkPolicy.yaml", "NetworkPolicy=1", 1},
    {"kube-prometheus/kubeStateMetrics-service.yaml", "Service=1", 1},
    {"kube-prometheus/kubeStateMetrics-serviceAccount.yaml", "ServiceAccount=1", 1},
    {"kube-prometheus/nodeExporter-daemonset.yaml", "DaemonSet=1", 1},
    {"kube-prometheus/nodeExporter-networkPolicy.yaml", "NetworkPolicy=1", 1},
    {"kube-prometheus/nodeExporter-service.yaml", "Service=1", 1},
    {"kube-prometheus/nodeExporter-serviceAccount.yaml", "ServiceAccount=1", 1},
    {"kube-prometheus/prometheus-clusterRole.yaml", "ClusterRole=1", 1},
    {"kube-prometheus/prometheus-clusterRoleBinding.yaml", "ClusterRoleBinding=1", 1},
    {"kube-prometheus/prometheus-networkPolicy.yaml", "NetworkPolicy=1", 1},
    {"kube-prometheus/prometheus-prometheus.yaml", "Prometheus=1", 1},
    {"kube-prometheus/prometheus-roleBindingSpecificNamespaces.yaml", "RoleBinding=3", 3},
    {"kube-prometheus/prometheus-roleSpecificNamespaces.yaml", "Role=3", 3},
    {"kube-prometheus/prometheus-service.yaml", "Service=1", 1},
    {"kube-prometheus/prometheus-serviceAccount.yaml", "ServiceAccount=1", 1},
    {"kube-prometheus/prometheusAdapter-deployment.yaml", "Deployment=1", 1},
    {"kube-prometheus/prometheusAdapter-networkPolicy.yaml", "NetworkPolicy=1", 1},
    {"kube-prometheus/prometheusAdapter-service.yaml", "Service=1", 1},
    {"kube-prometheus/prometheusAdapter-serviceAccount.yaml", "ServiceAccount=1", 1},
    {"kube-prometheus/prometheusOperator-clusterRole.yaml", "ClusterRole=1", 1},
    {"kube-prometheus/prometheusOperator-clusterRoleBinding.yaml", "ClusterRoleBinding=1", 1},
    {"kube-prometheus/prometheusOperator-deployment.yaml", "Deployment=1", 1},
    {"kube-prometheus/prometheusOperator-networkPolicy.yaml", "NetworkPolicy=1", 1},
    {"kube-prometheus/prometheusOperator-service.yaml", "Service=1", 1},
    {"kube-prometheus/prometheusOperator-serviceAccount.yaml", "ServiceAccount=1", 1},
    {"kube-prometheus/setup/namespace.yaml", "Namespace=1", 1},
    {"guestbook/guestbook-all-in-one.yaml", "Deployment=3,Service=3", 6},
    {"cert-manager/cert-manager.yaml",
     "ClusterRole=13,ClusterRoleBinding=10,CustomResourceDefinition=6,Deployment=3,"
     "MutatingWebhookConfiguration=1,Namespace=1,Role=4,RoleBinding=4,Service=3,"
     "ServiceAccount=3,ValidatingWebhookConfiguration=1",
     49},
    {"calico/calico.yaml",
     "ClusterRole=4,ClusterRoleBinding=4,ConfigMap=1,CustomResourceDefinition=23,DaemonSet=1,"
     "Deployment=1,PodDisruptionBudget=1,ServiceAccount=3",
     38},
    {"list-and-json/list.yaml", "Deployment=1,Service=1", 2},
    {"list-and-json/multi-resource-list.json", "ReplicationController=1,Service=1", 2},
    {"control-plane/kube-apiserver-minikube-mirror-pod.yaml", "Pod=1", 1},
};

constexpr int kCorpusObjects = 292;  // sum of the table
constexpr int kCorpusDuplicates = 2; // Deployment and Service default/frontend

const char kMarker[] = "PLANTED-SECRET-7f3a9c";
// base64("PLANTED-SECRET-7f3a9c")
const char kMarkerBase64[] = "UExBTlRFRC1TRUNSRVQtN2YzYTlj";

const char kConfigMap[] = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %1\n";

QByteArray configMap(const char *name)
{
    return QString::fromLatin1(kConfigMap).arg(QLatin1String(name)).toUtf8();
}

} // namespace

class TestLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Corpus
    void corpusTableCoversCorpus();
    void corpusFile_data();
    void corpusFile();
    void corpusFolder();
    void corpusPositions();
    void corpusSecretsHaveNoValues();
    void plantedSecretValuesDropped_data();
    void plantedSecretValuesDropped();

    // Namespaces
    void namespaceDefaulting_data();
    void namespaceDefaulting();

    // YAML / JSON semantics
    void yamlScalars_data();
    void yamlScalars();
    void yamlStructures_data();
    void yamlStructures();
    void anchorsSurviveMergeKeys();
    void documentSplitting_data();
    void documentSplitting();
    void jsonStreams_data();
    void jsonStreams();
    void encodings_data();
    void encodings();
    void typedListItems();

    // Broken and hostile input
    void brokenFiles_data();
    void brokenFiles();
    void brokenFolderContinues();
    void deepNesting_data();
    void deepNesting();
    void aliasBombs_data();
    void aliasBombs();
    void sizeLimit_data();
    void sizeLimit();
    void binaryGarbage_data();
    void binaryGarbage();
    void randomMutationsNeverCrash();
    void missingPath();
};

// ---------------------------------------------------------------------------------------------
// Corpus

void TestLoader::corpusTableCoversCorpus()
{
    // The table is written by hand from SOURCES.md: make sure it names every file once.
    QStringList onDisk;
    QDirIterator it(kCorpus, {u"*.yaml"_s, u"*.yml"_s, u"*.json"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        onDisk.append(QDir(kCorpus).relativeFilePath(it.next()));
    onDisk.sort();
    QStringList inTable;
    int total = 0;
    for (const CorpusFile &f : kCorpusFiles) {
        inTable.append(QString::fromUtf8(f.path));
        total += f.total;
    }
    inTable.sort();
    QCOMPARE(inTable, onDisk);
    QCOMPARE(inTable.size(), 68);
    QCOMPARE(total, kCorpusObjects);
}

void TestLoader::corpusFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("counts");
    QTest::addColumn<int>("total");
    for (const CorpusFile &f : kCorpusFiles)
        QTest::newRow(f.path) << QString::fromUtf8(f.path) << QString::fromUtf8(f.counts)
                              << f.total;
}

void TestLoader::corpusFile()
{
    QFETCH(QString, file);
    QFETCH(QString, counts);
    QFETCH(int, total);
    const QString path = corpusPath(file);
    QElapsedTimer timer;
    timer.start();
    const Inventory inv = loadPath(path);
    const qint64 ms = timer.elapsed();
    if (ms > 200)
        qDebug("%s loaded in %lld ms", qPrintable(file), ms);

    QVERIFY2(inv.diagnostics().empty(),
             qPrintable(errorsOf(inv).join(u'\n') + warningsOf(inv).join(u'\n')));
    QCOMPARE(countsToString(inv.countsByKind()), countsToString(parseCounts(counts)));
    QCOMPARE(int(inv.size()), total);

    // Every object starts where its first key is written, and every top-level and metadata key
    // is found in the file at the line and column the object says.
    const QStringList lines = QString::fromUtf8(readFile(path)).split(u'\n');
    for (const KubeObject &o : inv.objects()) {
        QCOMPARE(o.origin().file, path);
        QVERIFY(o.origin().isValid());
        const bool json = textAt(lines, o.origin().line, o.origin().column).startsWith(u'{');
        for (const Node &map : {o.root(), o.metadata()}) {
            bool first = true;
            for (const auto &[key, value] : map.children()) {
                const QString at = textAt(lines, key.line(), key.column());
                const QString expected = json ? u'"' + key.toString() + u'"' : key.toString();
                QVERIFY2(at.startsWith(expected),
                         qPrintable(o.reference() + u": key "_s + key.toString() + u" at "_s +
                                    QString::number(key.line()) + u':' +
                                    QString::number(key.column()) + u" reads: "_s + at));
                if (first && !json && map.index() == 0) {
                    QCOMPARE(key.line(), o.origin().line);
                    QCOMPARE(key.column(), o.origin().column);
                }
                first = false;
            }
        }
    }
}

void TestLoader::corpusFolder()
{
    QElapsedTimer timer;
    timer.start();
    const Inventory inv = loadPath(kCorpus);
    qDebug("whole corpus loaded in %lld ms", timer.elapsed());

    QVERIFY2(!inv.hasErrors(), qPrintable(errorsOf(inv).join(u'\n')));
    QCOMPARE(int(inv.size()), kCorpusObjects - kCorpusDuplicates);

    QHash<QString, int> expected;
    for (const CorpusFile &f : kCorpusFiles) {
        const auto counts = parseCounts(QString::fromUtf8(f.counts));
        for (auto it = counts.begin(); it != counts.end(); ++it)
            expected[it.key()] += it.value();
    }
    expected[u"Deployment"_s] -= 1;
    expected[u"Service"_s] -= 1;
    QCOMPARE(countsToString(inv.countsByKind()), countsToString(expected));

    // guestbook and microservices-demo both define Deployment and Service "frontend" with no
    // namespace: loaded together, both land in "default" and the later file wins.
    const QString guestbook = corpusPath(u"guestbook/guestbook-all-in-one.yaml"_s);
    const QString shop = corpusPath(u"microservices-demo/kubernetes-manifests.yaml"_s);
    const QStringList expectedWarnings = {
        shop + u":21:1: warning: duplicate object Deployment default/frontend (also defined at "_s +
            guestbook + u":117:1); the later definition is used"_s,
        shop + u":114:1: warning: duplicate object Service default/frontend (also defined at "_s +
            guestbook + u":98:1); the later definition is used"_s,
    };
    QCOMPARE(warningsOf(inv), expectedWarnings);
    QCOMPARE(inv.find(u"Deployment", u"default", u"frontend")->origin().file, shop);
    QCOMPARE(inv.find(u"Service", u"default", u"frontend")->origin().file, shop);
    // The ServiceAccount "frontend" exists only in the shop.
    QCOMPARE(inv.find(u"ServiceAccount", u"default", u"frontend")->origin().line, 144u);

    // Files are read in sorted order, objects in file order.
    QCOMPARE(inv.at(0).origin().file, corpusPath(u"argo-cd/install.yaml"_s));
    QCOMPARE(inv.at(0).name(), u"applications.argoproj.io"_s);
    QCOMPARE(inv.source().kind, SourceInfo::Kind::Manifests);
    QCOMPARE(inv.source().name, kCorpus);
    QCOMPARE(inv.source().serverVersion, u"v1.24.1"_s);
}

void TestLoader::corpusPositions()
{
    // guestbook: the second object follows `---` on line 17; the image is on line 38
    // (`        image: registry.k8s.io/redis:e2e  # or just image: redis`).
    {
        const QString path = corpusPath(u"guestbook/guestbook-all-in-one.yaml"_s);
        const Inventory inv = loadPath(path);
        QCOMPARE(inv.size(), 6);
        const KubeObject &redis = inv.at(1);
        QCOMPARE(redis.kind(), u"Deployment"_s);
        QCOMPARE(redis.name(), u"redis-master"_s);
        QCOMPARE(redis.apiVersion(), u"apps/v1"_s); // the comment after it is not part of it
        QCOMPARE(redis.origin().line, 18u);
        QCOMPARE(redis.origin().column, 1u);
        const SourceLocation image = redis.locate("spec.template.spec.containers[0].image");
        QCOMPARE(image.file, path);
        QCOMPARE(image.line, 38u);
        QCOMPARE(image.column, 16u);
        QCOMPARE(redis.root().path("spec.template.spec.containers[0].image").toString(),
                 u"registry.k8s.io/redis:e2e"_s);
        // A missing field falls back to its nearest existing ancestor (the container, line 37).
        const SourceLocation missing =
            redis.locate("spec.template.spec.containers[0].securityContext.runAsUser");
        QCOMPARE(missing.line, 37u);
        QCOMPARE(missing.column, 9u);
        // Nothing of the path exists: the object itself.
        QCOMPARE(redis.locate("status.phase").line, 18u);
        // frontend Deployment: image on line 135
        const KubeObject *frontend = inv.find(u"Deployment", u"default", u"frontend");
        QVERIFY(frontend);
        QCOMPARE(frontend->locate("spec.template.spec.containers[0].image").line, 135u);
    }
    // The kind: List YAML: items at `- apiVersion` (lines 4 and 13, column 3), image on line 32.
    {
        const Inventory inv = loadPath(corpusPath(u"list-and-json/list.yaml"_s));
        QCOMPARE(objectsOf(inv), QStringList({u"Service list-service-test@4:3"_s,
                                              u"Deployment list-deployment-test@14:3"_s}));
        QCOMPARE(inv.at(1).locate("spec.template.spec.containers[0].image").line, 32u);
        QCOMPARE(inv.at(1).locate("spec.template.spec.containers[0].image").column, 20u);
    }
    // The JSON List expands into its Service and ReplicationController, at their `{`.
    {
        const Inventory inv = loadPath(corpusPath(u"list-and-json/multi-resource-list.json"_s));
        QVERIFY(inv.diagnostics().empty());
        QCOMPARE(objectsOf(inv),
                 QStringList({u"Service mock@5:7"_s, u"ReplicationController mock@25:7"_s}));
        const KubeObject &rc = inv.at(1);
        QCOMPARE(rc.apiVersion(), u"v1"_s);
        QCOMPARE(rc.ns(), u"default"_s);
        // `                    "image": "registry.k8s.io/pause:3.10",` on line 48
        const SourceLocation image = rc.locate("spec.template.spec.containers[0].image");
        QCOMPARE(image.line, 48u);
        QCOMPARE(image.column, 30u);
        QCOMPARE(rc.root().path("spec.replicas").toInt(), 1);
        QCOMPARE(rc.root().path("spec.template.spec.containers[0].ports[0].containerPort").toInt(),
                 9949);
        QCOMPARE(inv.at(0).root().path("spec.ports[0].targetPort").type(), NodeType::Int);
    }
    // cert-manager: Helm `# Source:` comments precede 48 objects and break nothing. The first
    // object follows the license header; the second follows `---` and a `# Source:` line.
    {
        const QString path = corpusPath(u"cert-manager/cert-manager.yaml"_s);
        const Inventory inv = loadPath(path);
        QCOMPARE(inv.size(), 49);
        QCOMPARE(objectsOf(inv).mid(0, 2),
                 QStringList({u"Namespace cert-manager@15:1"_s,
                              u"CustomResourceDefinition challenges.acme.cert-manager.io@22:1"_s}));
        const QStringList lines = QString::fromUtf8(readFile(path)).split(u'\n');
        int afterSource = 0;
        for (const KubeObject &o : inv.objects()) {
            // The comment block between `---` and the object names its template.
            qsizetype i = qsizetype(o.origin().line) - 2;
            while (i >= 0 && lines[i].startsWith(u'#')) {
                if (lines[i].startsWith(u"# Source: cert-manager/templates/"_s)) {
                    ++afterSource;
                    break;
                }
                --i;
            }
            QVERIFY(!lines[qsizetype(o.origin().line) - 1].startsWith(u'#'));
        }
        QCOMPARE(afterSource, 48);
        // Quoted names keep their text, not their quotes.
        QCOMPARE(inv.at(1).name(), u"challenges.acme.cert-manager.io"_s);
    }
    // Field paths with quoted keys (label keys contain dots and slashes).
    {
        const Inventory inv = loadPath(corpusPath(u"kube-prometheus/grafana-deployment.yaml"_s));
        const KubeObject &grafana = inv.at(0);
        const SourceLocation label = grafana.locate("metadata.labels[\"app.kubernetes.io/name\"]");
        QCOMPARE(label.line, 6u); // `    app.kubernetes.io/name: grafana`
        QCOMPARE(label.column, 29u);
        QCOMPARE(grafana.label("app.kubernetes.io/version"), u"13.0.2"_s); // not a float
        QCOMPARE(grafana.root()
                     .path("spec.template.metadata.labels['app.kubernetes.io/name']")
                     .toString(),
                 u"grafana"_s);
        // A missing quoted key falls back to the labels mapping (line 5).
        QCOMPARE(grafana.locate("metadata.labels[\"app.kubernetes.io/nope\"]").line, 5u);
        QVERIFY(!grafana.root().path("spec.template.spec.containers[99]").isValid());
        QVERIFY(!grafana.root().path("spec.template.spec.containers[x]").isValid());
        QVERIFY(!grafana.root().path("spec.template.spec.containers[0").isValid());
    }
    // The static pod keeps its folded (`>-`) and single-quoted args as strings.
    {
        const Inventory inv =
            loadPath(corpusPath(u"control-plane/kube-apiserver-minikube-mirror-pod.yaml"_s));
        const KubeObject &pod = inv.at(0);
        QCOMPARE(pod.ns(), u"kube-system"_s);
        QVERIFY(!pod.namespaceDefaulted());
        const QStringList args = [&] {
            QStringList out;
            for (const auto &[k, v] : pod.spec().path("containers[0].command").children())
                out.append(v.toString());
            return out;
        }();
        QVERIFY(args.contains(u"--anonymous-auth=false"_s));
        QCOMPARE(pod.uid(), u"2ca73741-b550-4d0d-94f3-4b8838d55637"_s);
    }
}

void TestLoader::corpusSecretsHaveNoValues()
{
    for (const QString &file : {u"dashboard/recommended.yaml"_s, u"argo-cd/install.yaml"_s}) {
        const Inventory inv = loadPath(corpusPath(file));
        const auto secrets = inv.ofKind(u"Secret");
        QCOMPARE(int(secrets.size()), file.startsWith(u"dashboard") ? 3 : 2);
        for (const KubeObject *s : secrets) {
            QVERIFY(s->root().isMap());
            QVERIFY2(!s->root()["data"].isValid(), qPrintable(s->reference()));
            QVERIFY2(!s->root()["stringData"].isValid(), qPrintable(s->reference()));
            QVERIFY(
                !s->annotations()["kubectl.kubernetes.io/last-applied-configuration"].isValid());
            // The rest is kept, positions included.
            QCOMPARE(s->root()["type"].toString(), u"Opaque"_s);
            QVERIFY(s->labels().size() > 0);
            QVERIFY(s->locate("metadata.name").line > s->origin().line);
        }
    }
    // dashboard's csrf Secret had `data: {csrf: ""}` on lines 67-68.
    const Inventory dash = loadPath(corpusPath(u"dashboard/recommended.yaml"_s));
    const KubeObject *csrf =
        dash.find(u"Secret", u"kubernetes-dashboard", u"kubernetes-dashboard-csrf");
    QVERIFY(csrf);
    QCOMPARE(csrf->origin().line, 59u);
    QVERIFY(!csrf->root()["data"].isValid());
}

void TestLoader::plantedSecretValuesDropped_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("secrets"); // names expected
    QTest::newRow("yaml") << u"secrets/planted.yaml"_s << QStringList{u"planted"_s};
    QTest::newRow("json") << u"secrets/planted.json"_s << QStringList{u"planted-json"_s};
    QTest::newRow("lists") << u"secrets/planted-lists.yaml"_s
                           << QStringList{u"in-list"_s, u"in-secret-list"_s};
    // A Secret that does not parse: the error must not quote the value.
    QTest::newRow("bad tag") << u"secrets/planted-bad-tag.yaml"_s << QStringList{u"fine"_s};
}

void TestLoader::plantedSecretValuesDropped()
{
    QFETCH(QString, file);
    QFETCH(QStringList, secrets);
    const QByteArray raw = readFile(dataPath(file));
    QVERIFY(raw.contains(kMarker) || raw.contains(kMarkerBase64));

    for (bool asFile : {true, false}) {
        const Inventory inv = asFile ? loadPath(dataPath(file)) : loadBytes(raw, file);
        const bool broken = file.contains(u"bad-tag");
        QVERIFY2(inv.diagnostics().empty() != broken, qPrintable(errorsOf(inv).join(u'\n')));
        QStringList names;
        for (const KubeObject *s : inv.ofKind(u"Secret")) {
            names.append(s->name());
            QVERIFY(!s->root()["data"].isValid());
            QVERIFY(!s->root()["stringData"].isValid());
            QVERIFY(
                !s->annotations()["kubectl.kubernetes.io/last-applied-configuration"].isValid());
            QCOMPARE(s->annotation("keep-me"), u"yes-please"_s);
        }
        QCOMPARE(names, secrets);
        // The values are nowhere: not in any object's document text, not in any diagnostic.
        for (const KubeObject &o : inv.objects()) {
            const std::string &text = o.document()->text();
            QVERIFY2(text.find(kMarker) == std::string::npos, qPrintable(o.reference()));
            QVERIFY2(text.find(kMarkerBase64) == std::string::npos, qPrintable(o.reference()));
        }
        for (const Diagnostic &d : inv.diagnostics())
            QVERIFY(!d.message.contains(QLatin1String(kMarker)));
    }
}

// ---------------------------------------------------------------------------------------------
// Namespaces

void TestLoader::namespaceDefaulting_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("defaultNamespace"); // empty: LoadOptions' default
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<bool>("namespaced");
    QTest::addColumn<bool>("defaulted");

    const QString deploy = u"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"_s;
    QTest::newRow("no namespace: default")
        << deploy << QString() << u"Deployment"_s << u"web"_s << u"default"_s << true << true;
    QTest::newRow("no namespace: -n shop")
        << deploy << u"shop"_s << u"Deployment"_s << u"web"_s << u"shop"_s << true << true;
    QTest::newRow("written namespace wins over -n")
        << deploy + u"  namespace: prod\n"_s << u"shop"_s << u"Deployment"_s << u"web"_s
        << u"prod"_s << true << false;
    QTest::newRow("empty namespace is defaulted")
        << deploy + u"  namespace: \"\"\n"_s << u"shop"_s << u"Deployment"_s << u"web"_s
        << u"shop"_s << true << true;
    QTest::newRow("ClusterRole drops a written namespace")
        << u"apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: r\n"
           "  namespace: oops\n"_s
        << QString() << u"ClusterRole"_s << u"r"_s << QString() << false << false;
    QTest::newRow("ClusterRoleBinding")
        << u"apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n"
           "  name: b\n"_s
        << u"shop"_s << u"ClusterRoleBinding"_s << u"b"_s << QString() << false << false;
    QTest::newRow("Namespace")
        << u"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  namespace: shop\n"_s
        << QString() << u"Namespace"_s << u"shop"_s << QString() << false << false;
    QTest::newRow("CustomResourceDefinition")
        << u"apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n"
           "  name: widgets.example.com\n"_s
        << QString() << u"CustomResourceDefinition"_s << u"widgets.example.com"_s << QString()
        << false << false;
    QTest::newRow("PersistentVolume")
        << u"apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: pv1\n"_s << QString()
        << u"PersistentVolume"_s << u"pv1"_s << QString() << false << false;
    QTest::newRow("StorageClass")
        << u"apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: fast\n"_s
        << QString() << u"StorageClass"_s << u"fast"_s << QString() << false << false;
    QTest::newRow("Node") << u"apiVersion: v1\nkind: Node\nmetadata:\n  name: n1\n"_s << QString()
                          << u"Node"_s << u"n1"_s << QString() << false << false;
    QTest::newRow("IngressClass")
        << u"apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata:\n  name: nginx\n"_s
        << QString() << u"IngressClass"_s << u"nginx"_s << QString() << false << false;
    QTest::newRow("Role is namespaced")
        << u"apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\n"_s
        << u"shop"_s << u"Role"_s << u"r"_s << u"shop"_s << true << true;
    QTest::newRow("Secret is namespaced")
        << u"apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n"_s << QString() << u"Secret"_s
        << u"s"_s << u"default"_s << true << true;

    const QString crd = u"apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n"
                        "metadata:\n  name: widgets.example.com\nspec:\n  group: example.com\n"
                        "  names: {kind: Widget, plural: widgets, singular: widget}\n"
                        "  scope: %1\n"
                        "  versions: [{name: v1, served: true, storage: true}]\n---\n"_s;
    const QString widget = u"apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n"
                           "  namespace: written\n"_s;
    QTest::newRow("CR of a cluster-scoped CRD in the same set")
        << crd.arg(u"Cluster"_s) + widget << QString() << u"Widget"_s << u"w"_s << QString()
        << false << false;
    QTest::newRow("CR before its cluster-scoped CRD")
        << widget + u"---\n"_s + crd.arg(u"Cluster"_s) << QString() << u"Widget"_s << u"w"_s
        << QString() << false << false;
    QTest::newRow("CR of a namespaced CRD")
        << crd.arg(u"Namespaced"_s) + u"apiVersion: example.com/v1\nkind: Widget\nmetadata:\n"
                                      "  name: w\n"_s
        << u"shop"_s << u"Widget"_s << u"w"_s << u"shop"_s << true << true;
    QTest::newRow("CR of a cluster CRD in another group stays namespaced")
        << crd.arg(u"Cluster"_s) + u"apiVersion: other.example.com/v1\nkind: Widget\n"
                                   "metadata:\n  name: w\n"_s
        << QString() << u"Widget"_s << u"w"_s << u"default"_s << true << true;
    QTest::newRow("unknown CR is namespaced")
        << u"apiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata:\n  name: k8s\n"_s
        << u"monitoring"_s << u"Prometheus"_s << u"k8s"_s << u"monitoring"_s << true << true;
}

void TestLoader::namespaceDefaulting()
{
    QFETCH(QString, yaml);
    QFETCH(QString, defaultNamespace);
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, ns);
    QFETCH(bool, namespaced);
    QFETCH(bool, defaulted);
    LoadOptions options;
    if (!defaultNamespace.isEmpty())
        options.defaultNamespace = defaultNamespace;
    const Inventory inv = loadBytes(yaml.toUtf8(), u"ns.yaml"_s, options);
    QVERIFY2(inv.diagnostics().empty(), qPrintable(errorsOf(inv).join(u'\n')));
    const auto objects = inv.ofKind(kind);
    QCOMPARE(int(objects.size()), 1);
    const KubeObject *o = objects.front();
    QCOMPARE(o->name(), name);
    QCOMPARE(o->ns(), ns);
    QCOMPARE(o->isNamespaced(), namespaced);
    QCOMPARE(o->namespaceDefaulted(), defaulted);
    QCOMPARE(inv.find(kind, ns, name), o);
    if (!namespaced)
        QVERIFY(!inv.namespaceNames().contains(QString()));
}

// ---------------------------------------------------------------------------------------------
// YAML / JSON semantics

void TestLoader::yamlScalars_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");

    // go-yaml v2 (sigs.k8s.io/yaml, as kubectl reads manifests): YAML 1.1 booleans.
    QTest::newRow("yes") << u"yes"_s << u"bool"_s << u"true"_s;
    QTest::newRow("Yes") << u"Yes"_s << u"bool"_s << u"true"_s;
    QTest::newRow("no") << u"no"_s << u"bool"_s << u"false"_s;
    QTest::newRow("NO") << u"NO"_s << u"bool"_s << u"false"_s;
    QTest::newRow("on") << u"on"_s << u"bool"_s << u"true"_s;
    QTest::newRow("off") << u"off"_s << u"bool"_s << u"false"_s;
    QTest::newRow("y") << u"y"_s << u"bool"_s << u"true"_s;
    QTest::newRow("n") << u"n"_s << u"bool"_s << u"false"_s;
    QTest::newRow("True") << u"True"_s << u"bool"_s << u"true"_s;
    QTest::newRow("FALSE") << u"FALSE"_s << u"bool"_s << u"false"_s;
    QTest::newRow("yES is a string") << u"yES"_s << u"string"_s << u"yES"_s;
    // Integers: base prefixes, leading-zero octal, underscores.
    QTest::newRow("decimal") << u"42"_s << u"int"_s << u"42"_s;
    QTest::newRow("plus sign") << u"+12"_s << u"int"_s << u"12"_s;
    QTest::newRow("negative") << u"-7"_s << u"int"_s << u"-7"_s;
    QTest::newRow("hex") << u"0x1F"_s << u"int"_s << u"31"_s;
    QTest::newRow("negative hex") << u"-0x10"_s << u"int"_s << u"-16"_s;
    QTest::newRow("0o octal") << u"0o17"_s << u"int"_s << u"15"_s;
    QTest::newRow("leading zero octal") << u"017"_s << u"int"_s << u"15"_s;
    QTest::newRow("file mode 0644") << u"0644"_s << u"int"_s << u"420"_s;
    QTest::newRow("binary") << u"0b101"_s << u"int"_s << u"5"_s;
    QTest::newRow("underscores") << u"1_000"_s << u"int"_s << u"1000"_s;
    QTest::newRow("zero") << u"0"_s << u"int"_s << u"0"_s;
    QTest::newRow("int64 max") << u"9223372036854775807"_s << u"int"_s << u"9223372036854775807"_s;
    QTest::newRow("08 is not octal: float")
        << u"08"_s << u"float"_s << u"8"_s; // ParseInt fails, ParseFloat succeeds
    // Floats.
    QTest::newRow("float") << u"1.5"_s << u"float"_s << u"1.5"_s;
    QTest::newRow("exponent") << u"1e3"_s << u"float"_s << u"1000"_s;
    QTest::newRow("leading dot") << u".5"_s << u"float"_s << u"0.5"_s;
    QTest::newRow("trailing dot") << u"1."_s << u"float"_s << u"1"_s;
    QTest::newRow(".inf") << u".inf"_s << u"float"_s << u".inf"_s;
    QTest::newRow("-.Inf") << u"-.Inf"_s << u"float"_s << u"-.inf"_s;
    QTest::newRow(".NaN") << u".NaN"_s << u"float"_s << u".nan"_s;
    // Strings that only look like numbers to a lenient parser stay strings in go-yaml v2.
    QTest::newRow("-inf is a string") << u"-inf"_s << u"string"_s << u"-inf"_s;
    QTest::newRow("+nan is a string") << u"+nan"_s << u"string"_s << u"+nan"_s;
    QTest::newRow("-infinity is a string") << u"-infinity"_s << u"string"_s << u"-infinity"_s;
    QTest::newRow("+-1 is a string") << u"+-1"_s << u"string"_s << u"+-1"_s;
    QTest::newRow("version is a string") << u"1.2.3"_s << u"string"_s << u"1.2.3"_s;
    QTest::newRow("date is a string") << u"2001-12-14"_s << u"string"_s << u"2001-12-14"_s;
    QTest::newRow("0x alone is a string") << u"0x"_s << u"string"_s << u"0x"_s;
    QTest::newRow("port range") << u"8000-9000"_s << u"string"_s << u"8000-9000"_s;
    // Nulls.
    QTest::newRow("~") << u"~"_s << u"null"_s << QString();
    QTest::newRow("null") << u"null"_s << u"null"_s << QString();
    QTest::newRow("NULL") << u"NULL"_s << u"null"_s << QString();
    QTest::newRow("empty") << QString() << u"null"_s << QString();
    // Quoted and tagged values are strings whatever they read.
    QTest::newRow("\"yes\"") << u"\"yes\""_s << u"string"_s << u"yes"_s;
    QTest::newRow("'on'") << u"'on'"_s << u"string"_s << u"on"_s;
    QTest::newRow("\"0x1F\"") << u"\"0x1F\""_s << u"string"_s << u"0x1F"_s;
    QTest::newRow("'~'") << u"'~'"_s << u"string"_s << u"~"_s;
    QTest::newRow("\"\"") << u"\"\""_s << u"string"_s << QString();
    QTest::newRow("!!str 123") << u"!!str 123"_s << u"string"_s << u"123"_s;
    QTest::newRow("! 12") << u"! 12"_s << u"string"_s << u"12"_s;
    QTest::newRow("!!int \"12\"") << u"!!int \"12\""_s << u"int"_s << u"12"_s;
    QTest::newRow("!!float 1") << u"!!float 1"_s << u"float"_s << u"1"_s;
    QTest::newRow("block literal") << u"|\n    a\n    b"_s << u"string"_s << u"a\nb\n"_s;
    QTest::newRow("folded strip") << u">-\n    a\n    b"_s << u"string"_s << u"a b"_s;
    QTest::newRow("escapes") << u"\"tab\\there \\u00e9\""_s << u"string"_s << u"tab\there \u00e9"_s;
}

void TestLoader::yamlScalars()
{
    QFETCH(QString, value);
    QFETCH(QString, type);
    QFETCH(QString, text);
    const Parsed p = parseYaml((u"v: "_s + value + u"\nnext: 1\n"_s).toUtf8());
    QVERIFY2(p.errors.isEmpty(), qPrintable(p.errors.join(u'\n')));
    QCOMPARE(int(p.documents.size()), 1);
    const Node v = Node(p.documents[0].get(), 0)["v"];
    QVERIFY(v.isValid());
    QCOMPARE(typeName(v.type()), type);
    QCOMPARE(v.toString(), text);
    if (type == u"int")
        QCOMPARE(v.toInt(), text.toLongLong());
    if (type == u"bool")
        QCOMPARE(v.toBool(), text == u"true");
    QCOMPARE(v.line(), 1u);
    QCOMPARE(v.column(), value.isEmpty() ? 3u : 4u); // an empty value is where the colon ends

    // As a mapping key the same text becomes a string: the key of JSON that kubectl would send.
    if (!value.contains(u'\n') && !value.startsWith(u'!') && !value.isEmpty()) {
        const Parsed k = parseYaml((value + u": x\n"_s).toUtf8());
        QVERIFY2(k.errors.isEmpty(), qPrintable(k.errors.join(u'\n')));
        const Node root(k.documents[0].get(), 0);
        QCOMPARE(root.size(), 1u);
        const Node key = (*root.children().begin()).key;
        QCOMPARE(key.type(), NodeType::String);
        QCOMPARE(key.toString(), type == u"null" ? u"null"_s : text);
    }
}

void TestLoader::yamlStructures_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("expected"); // dump() of the root

    QTest::newRow("alias to scalar")
        << u"a: &x hello\nb: *x\n"_s << u"{a: \"hello\", b: \"hello\"}"_s;
    QTest::newRow("alias to sequence")
        << u"a: &s [1, two]\nb: *s\n"_s << u"{a: [1, \"two\"], b: [1, \"two\"]}"_s;
    QTest::newRow("alias to mapping")
        << u"a: &m {k: v}\nb: [*m, *m]\n"_s << u"{a: {k: \"v\"}, b: [{k: \"v\"}, {k: \"v\"}]}"_s;
    QTest::newRow("anchor redefined: latest wins")
        << u"a: &x 1\nb: *x\nc: &x 2\nd: *x\n"_s << u"{a: 1, b: 1, c: 2, d: 2}"_s;
    QTest::newRow("alias as key") << u"k: &k name\n*k : v\n"_s << u"{k: \"name\", name: \"v\"}"_s;
    // (Keys are not named y or n: YAML 1.1 reads those as booleans, and so does kubectl.)
    QTest::newRow("y as a key is true") << u"y: 1\nn: 2\n"_s << u"{true: 1, false: 2}"_s;
    QTest::newRow("merge one mapping") << u"base: &b {x: 1, w: 2}\nm:\n  <<: *b\n  w: 20\n"_s
                                       << u"{base: {x: 1, w: 2}, m: {w: 20, x: 1}}"_s;
    QTest::newRow("merge: explicit keys win whatever their position")
        << u"base: &b {x: 1, w: 2}\nm:\n  w: 20\n  <<: *b\n"_s
        << u"{base: {x: 1, w: 2}, m: {w: 20, x: 1}}"_s;
    QTest::newRow("merge list: earlier sources win")
        << u"a: &a {x: 1, u: 1}\nb: &b {u: 2, z: 2}\nm:\n  <<: [*a, *b]\n  w: 0\n"_s
        << u"{a: {x: 1, u: 1}, b: {u: 2, z: 2}, m: {w: 0, x: 1, u: 1, z: 2}}"_s;
    QTest::newRow("merge inline mapping") << u"m: {<<: {a: 1}, b: 2}\n"_s << u"{m: {b: 2, a: 1}}"_s;
    QTest::newRow("quoted << is a plain key")
        << u"m: {\"<<\": {a: 1}}\n"_s << u"{m: {<<: {a: 1}}}"_s;
    QTest::newRow("merge of a mapping that merges")
        << u"a: &a {x: 1}\nb: &b {<<: *a, w: 2}\nc: {<<: *b, z: 3}\n"_s
        << u"{a: {x: 1}, b: {w: 2, x: 1}, c: {z: 3, w: 2, x: 1}}"_s;
    QTest::newRow("flow and block mix")
        << u"a:\n- {b: [1, {c: d}]}\n- e\n"_s << u"{a: [{b: [1, {c: \"d\"}]}, \"e\"]}"_s;
    QTest::newRow("empty containers") << u"a: {}\nb: []\n"_s << u"{a: {}, b: []}"_s;
    QTest::newRow("null values") << u"a:\nb: ~\n"_s << u"{a: null, b: null}"_s;
    QTest::newRow("non-string keys become their text")
        << u"1: a\ntrue: b\n0x10: c\n"_s << u"{1: \"a\", true: \"b\", 16: \"c\"}"_s;
}

void TestLoader::yamlStructures()
{
    QFETCH(QString, yaml);
    QFETCH(QString, expected);
    const Parsed p = parseYaml(yaml.toUtf8());
    QVERIFY2(p.errors.isEmpty(), qPrintable(p.errors.join(u'\n')));
    QCOMPARE(int(p.documents.size()), 1);
    QCOMPARE(dump(Node(p.documents[0].get(), 0)), expected);
}

void TestLoader::anchorsSurviveMergeKeys()
{
    // Anchors written inside a mapping that has merge keys stay usable after the mapping is
    // closed (the merge rewrites that mapping), including an anchor on the merge source itself.
    const QByteArray yaml = "apiVersion: v1\n"
                            "kind: ConfigMap\n"
                            "metadata:\n"
                            "  name: anchors\n"
                            "  labels:\n"
                            "    <<: &common {team: shop, tier: web}\n"
                            "    inner: &inner {deep: &deep value}\n"
                            "    app: web\n"
                            "  annotations:\n"
                            "    <<: *common\n"
                            "    copy: *deep\n"
                            "spec:\n"
                            "  same: *inner\n"
                            "  list: [*common, *inner, *deep]\n";
    // `labels.inner` is not a string map, but this is about YAML, not label validity.
    const Parsed p = parseYaml(yaml);
    QVERIFY2(p.errors.isEmpty(), qPrintable(p.errors.join(u'\n')));
    QCOMPARE(int(p.documents.size()), 1);
    const Node root(p.documents[0].get(), 0);
    QCOMPARE(dump(root.path("metadata.labels")),
             u"{inner: {deep: \"value\"}, app: \"web\", team: \"shop\", tier: \"web\"}"_s);
    QCOMPARE(dump(root.path("metadata.annotations")),
             u"{copy: \"value\", team: \"shop\", tier: \"web\"}"_s);
    QCOMPARE(dump(root["spec"]),
             u"{same: {deep: \"value\"}, list: [{team: \"shop\", tier: \"web\"}, {deep: "
             "\"value\"}, \"value\"]}"_s);
    // Positions of aliased copies are those of the anchored node.
    QCOMPARE(root.path("spec.same.deep").line(), 7u);

    // Through the loader too.
    const Inventory inv = loadBytes(yaml);
    QVERIFY2(inv.diagnostics().empty(), qPrintable(errorsOf(inv).join(u'\n')));
    QCOMPARE(inv.at(0).annotation("team"), u"shop"_s);
}

void TestLoader::documentSplitting_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("objects");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("separators with comments")
        << QByteArray("# header\n---\n# only a comment\n--- # start\n" + configMap("a") +
                      "---   \n" + configMap("b") + "...\n---\n" + configMap("c"))
        << QStringList{u"ConfigMap a@5:1"_s, u"ConfigMap b@10:1"_s, u"ConfigMap c@16:1"_s}
        << QStringList();
    QTest::newRow("empty documents are skipped")
        << QByteArray("---\n---\n\n---\n~\n---\nnull\n---\n" + configMap("a") + "---\n")
        << QStringList{u"ConfigMap a@9:1"_s} << QStringList();
    QTest::newRow("document with only comments")
        << QByteArray("# just\n# comments\n") << QStringList() << QStringList();
    QTest::newRow("empty input") << QByteArray() << QStringList() << QStringList();
    QTest::newRow("explicit document start with content")
        << QByteArray("--- {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n"
                      "--- {apiVersion: v1, kind: ConfigMap, metadata: {name: b}}\n")
        << QStringList{u"ConfigMap a@1:5"_s, u"ConfigMap b@2:5"_s} << QStringList();
    // kubectl splits only at `---` followed by white space or the end of the line.
    QTest::newRow("---x is not a separator but a key")
        << QByteArray(configMap("a") + "---x: 1\n") << QStringList{u"ConfigMap a@1:1"_s}
        << QStringList();
    QTest::newRow("a broken 2nd document keeps the 1st and 3rd")
        << QByteArray(configMap("a") + "---\nkind: [\n---\n" + configMap("c"))
        << QStringList{u"ConfigMap a@1:1"_s, u"ConfigMap c@8:1"_s}
        << QStringList{u"test.yaml:7:1: error: did not find expected node content (while "
                       "parsing a flow node at line 7, column 1)"_s};
    QTest::newRow("list of ConfigMaps with one broken item")
        << QByteArray("apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n"
                      "  metadata: {name: a}\n- {apiVersion: v1, kind: ConfigMap}\n")
        << QStringList{u"ConfigMap a@4:3"_s}
        << QStringList{u"test.yaml:7:3: error: ConfigMap has no metadata.name"_s};
}

void TestLoader::documentSplitting()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, objects);
    QFETCH(QStringList, errors);
    const Inventory inv = loadBytes(yaml);
    QCOMPARE(objectsOf(inv), objects);
    QCOMPARE(errorsOf(inv), errors);
    QVERIFY(warningsOf(inv).isEmpty());
}

void TestLoader::jsonStreams_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("objects");
    QTest::addColumn<QStringList>("errors");

    const QByteArray a = R"({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}})";
    const QByteArray b = R"({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "b"}})";
    QTest::newRow("one object") << a << u"x.json"_s << QStringList{u"ConfigMap a@1:1"_s}
                                << QStringList();
    QTest::newRow("stream of objects")
        << QByteArray(a + "\n" + b + "\n  " + QByteArray(a).replace("\"a\"", "\"c\""))
        << u"x.json"_s
        << QStringList{u"ConfigMap a@1:1"_s, u"ConfigMap b@2:1"_s, u"ConfigMap c@3:3"_s}
        << QStringList();
    QTest::newRow("concatenated without space")
        << QByteArray(b + QByteArray(b).replace("\"b\"", "\"d\"")) << u"x.json"_s
        << QStringList{u"ConfigMap b@1:1"_s, u"ConfigMap d@1:"_s + QString::number(b.size() + 1)}
        << QStringList();
    QTest::newRow("top-level array is not an object")
        << QByteArray("[" + a + "]") << u"x.json"_s << QStringList()
        << QStringList{u"x.json:1:1: error: document is not a Kubernetes object: expected a "
                       "mapping, found a sequence"_s};
    QTest::newRow("JSON in a .yaml file")
        << a << u"x.yaml"_s << QStringList{u"ConfigMap a@1:1"_s} << QStringList();
    QTest::newRow("flow YAML that is not JSON, in a .yaml file")
        << QByteArray("{apiVersion: v1, kind: ConfigMap, metadata: {name: flow}}") << u"x.yaml"_s
        << QStringList{u"ConfigMap flow@1:1"_s} << QStringList();
    QTest::newRow("flow YAML in a .json file is an error")
        << QByteArray("{apiVersion: v1}") << u"x.json"_s << QStringList()
        << QStringList{u"x.json:1:2: error: invalid JSON: expected a string key, found 'a'"_s};
    QTest::newRow("bad \\u escape points at the backslash")
        << QByteArray(R"({"apiVersion": "v1\uZZZZ"})") << u"x.json"_s << QStringList()
        << QStringList{u"x.json:1:19: error: invalid JSON: invalid \\u escape"_s};
    QTest::newRow("numbers")
        << QByteArray(R"({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "n"},)"
                      R"( "data": {"i": -12, "f": 1.5e2, "big": 123456789012345678901}})")
        << u"x.json"_s << QStringList{u"ConfigMap n@1:1"_s} << QStringList();
}

void TestLoader::jsonStreams()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, name);
    QFETCH(QStringList, objects);
    QFETCH(QStringList, errors);
    const Inventory inv = loadBytes(json, name);
    QCOMPARE(objectsOf(inv), objects);
    QCOMPARE(errorsOf(inv), errors);
    if (QByteArray(QTest::currentDataTag()) == "numbers") {
        const Node data = inv.at(0).root()["data"];
        QCOMPARE(data["i"].type(), NodeType::Int);
        QCOMPARE(data["i"].toInt(), -12);
        QCOMPARE(data["f"].type(), NodeType::Float);
        QCOMPARE(data["f"].toDouble(), 150.0);
        QCOMPARE(data["big"].type(), NodeType::Float); // beyond int64, as Go's JSON
    }
}

void TestLoader::encodings_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");

    const QByteArray bom = "\xEF\xBB\xBF";
    const QByteArray yaml = "# c\n" + configMap("a") + "data:\n  k: \"v\"\n---\n" + configMap("b");
    const QByteArray json =
        "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"a\"},\n"
        " \"data\": {\"k\": \"v\"}}\n{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\",\n"
        " \"metadata\": {\"name\": \"b\"}}\n";
    QByteArray yamlCrlf = yaml;
    yamlCrlf.replace("\n", "\r\n");
    QByteArray jsonCrlf = json;
    jsonCrlf.replace("\n", "\r\n");
    QTest::newRow("yaml") << yaml << u"e.yaml"_s;
    QTest::newRow("yaml with BOM") << QByteArray(bom + yaml) << u"e.yaml"_s;
    QTest::newRow("yaml CRLF") << yamlCrlf << u"e.yaml"_s;
    QTest::newRow("yaml BOM + CRLF") << QByteArray(bom + yamlCrlf) << u"e.yaml"_s;
    QTest::newRow("json stream") << json << u"e.json"_s;
    QTest::newRow("json stream with BOM") << QByteArray(bom + json) << u"e.json"_s;
    QTest::newRow("json CRLF") << jsonCrlf << u"e.json"_s;
    QTest::newRow("json BOM + CRLF") << QByteArray(bom + jsonCrlf) << u"e.json"_s;
    QTest::newRow("json with BOM in a .yaml file") << QByteArray(bom + json) << u"e.yaml"_s;
    // UTF-16 with a byte order mark, as some Windows editors save.
    const QString text = QString::fromUtf8(yaml);
    QByteArray utf16le("\xFF\xFE", 2);
    for (QChar c : text) {
        utf16le.append(char(c.unicode() & 0xFF));
        utf16le.append(char(c.unicode() >> 8));
    }
    QTest::newRow("yaml UTF-16LE") << utf16le << u"e.yaml"_s;
}

void TestLoader::encodings()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    const Inventory inv = loadBytes(data, name);
    QVERIFY2(inv.diagnostics().empty(), qPrintable(errorsOf(inv).join(u'\n')));
    QCOMPARE(inv.size(), 2);
    const bool json = name.endsWith(u".json") || data.contains("{\"apiVersion\"");
    const QStringList expected = json ? QStringList{u"ConfigMap a@1:1"_s, u"ConfigMap b@3:1"_s}
                                      : QStringList{u"ConfigMap a@2:1"_s, u"ConfigMap b@9:1"_s};
    QCOMPARE(objectsOf(inv), expected);
    const Node k = inv.at(0).root().path("data.k");
    QCOMPARE(k.toString(), u"v"_s); // no stray \r
    QCOMPARE(inv.at(0).apiVersion(), u"v1"_s);
    QCOMPARE(inv.at(0).name(), u"a"_s);
    QCOMPARE(k.line(), json ? 2u : 7u);
}

void TestLoader::typedListItems()
{
    // Items of a typed list may leave out apiVersion and kind; the list supplies them.
    const QByteArray yaml = "apiVersion: rbac.authorization.k8s.io/v1\n"
                            "kind: RoleList\n"
                            "items:\n"
                            "- metadata:\n"
                            "    name: bare\n"
                            "    namespace: a\n"
                            "  rules: []\n"
                            "- kind: Role\n"
                            "  metadata: {name: kind-only, namespace: b}\n"
                            "- apiVersion: rbac.authorization.k8s.io/v1\n"
                            "  kind: Role\n"
                            "  metadata: {name: full}\n";
    const Inventory inv = loadBytes(yaml);
    QVERIFY2(inv.diagnostics().empty(), qPrintable(errorsOf(inv).join(u'\n')));
    QCOMPARE(objectsOf(inv),
             QStringList({u"Role bare@4:3"_s, u"Role kind-only@8:3"_s, u"Role full@10:3"_s}));
    for (const KubeObject &o : inv.objects()) {
        QCOMPARE(o.apiVersion(), u"rbac.authorization.k8s.io/v1"_s);
        QCOMPARE(o.group(), u"rbac.authorization.k8s.io"_s);
        QCOMPARE(o.root()["kind"].toString(), u"Role"_s);
    }
    QCOMPARE(inv.at(0).ns(), u"a"_s);
    QCOMPARE(inv.at(2).ns(), u"default"_s);
    QCOMPARE(inv.at(0).locate("metadata.name").line, 5u);
    QVERIFY(inv.at(0).root()["rules"].isSequence());

    // A generic List has no kind to give: an item without one is an error.
    const Inventory generic = loadBytes("apiVersion: v1\nkind: List\nitems:\n"
                                        "- metadata: {name: nokind}\n");
    QCOMPARE(errorsOf(generic), QStringList{u"test.yaml:4:3: error: object has no \"kind\""_s});
    // An empty List is fine.
    const Inventory empty = loadBytes("apiVersion: v1\nkind: List\nitems: []\n");
    QVERIFY(empty.diagnostics().empty());
    QVERIFY(empty.isEmpty());
    // Items that are a mapping are refused, as kubectl refuses them (not read as objects).
    const Inventory mapped =
        loadBytes("apiVersion: v1\nkind: List\nitems:\n"
                  "  a: {apiVersion: v1, kind: ConfigMap, metadata: {name: x}}\n");
    QVERIFY(mapped.isEmpty());
    QCOMPARE(
        errorsOf(mapped),
        QStringList{
            u"test.yaml:4:3: error: the items of a List must be a sequence, found a mapping"_s});
    const Inventory nullItems = loadBytes("apiVersion: v1\nkind: List\nitems:\n");
    QVERIFY(nullItems.diagnostics().empty());
    QVERIFY(nullItems.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Broken and hostile input

void TestLoader::brokenFiles_data()
{
    QTest::addColumn<QString>("file");            // under tests/data
    QTest::addColumn<QStringList>("objects");     // what is still loaded
    QTest::addColumn<QStringList>("diagnostics"); // exact, file name relative to tests/data

    const QStringList around = {u"ConfigMap before@1:1"_s};
    auto both = [](int afterLine) {
        return QStringList{u"ConfigMap before@1:1"_s,
                           u"ConfigMap after@"_s + QString::number(afterLine) + u":1"_s};
    };
    auto row = [](const char *file, const QStringList &objects, const QStringList &diagnostics) {
        QTest::newRow(file) << QString::fromUtf8(file) << objects << diagnostics;
    };

    row("broken/bad-indentation.yaml", both(13),
        {u"broken/bad-indentation.yaml:10:2: error: did not find expected key (while parsing a "
         "block mapping at line 6, column 1)"_s});
    row("broken/unclosed-quote.yaml", both(13),
        {u"broken/unclosed-quote.yaml:12:1: error: found unexpected end of stream (while "
         "scanning a quoted scalar at line 9, column 9)"_s});
    row("broken/tab-indentation.yaml", both(11),
        {u"broken/tab-indentation.yaml:9:1: error: found character that cannot start any token "
         "(while scanning for the next token at line 9, column 1)"_s});
    row("broken/sequence-document.yaml", both(9),
        {u"broken/sequence-document.yaml:6:1: error: document is not a Kubernetes object: "
         "expected a mapping, found a sequence"_s});
    row("broken/scalar-document.yaml", both(8),
        {u"broken/scalar-document.yaml:6:1: error: document is not a Kubernetes object: expected "
         "a mapping, found a scalar"_s});
    row("broken/missing-apiversion.yaml", both(10),
        {u"broken/missing-apiversion.yaml:6:1: error: ConfigMap has no \"apiVersion\""_s});
    row("broken/missing-kind.yaml", both(10),
        {u"broken/missing-kind.yaml:6:1: error: object has no \"kind\""_s});
    row("broken/missing-name.yaml", both(11),
        {u"broken/missing-name.yaml:6:1: error: ConfigMap has no metadata.name"_s});
    row("broken/generate-name-only.yaml", both(11),
        {u"broken/generate-name-only.yaml:6:1: error: Job has only metadata.generateName; "
         "Parapet needs metadata.name to review it"_s});
    row("broken/duplicate-key.yaml", both(15),
        {u"broken/duplicate-key.yaml:13:3: error: duplicate key \"key\" at line 13 (first at "
         "line 11)"_s});
    row("broken/unknown-alias.yaml", both(11),
        {u"broken/unknown-alias.yaml:9:9: error: unknown or recursive anchor \"*nowhere\""_s});
    row("broken/recursive-alias.yaml", both(13),
        {u"broken/recursive-alias.yaml:11:9: error: unknown or recursive anchor \"*loop\""_s});
    row("broken/bad-tag.yaml", both(13),
        {u"broken/bad-tag.yaml:11:13: error: the value cannot be decoded as !!int"_s});
    row("broken/merge-not-mapping.yaml", both(12),
        {u"broken/merge-not-mapping.yaml:10:3: error: a merge key (<<) must refer to a "
         "mapping"_s});
    row("broken/complex-key.yaml", both(14),
        {u"broken/complex-key.yaml:11:5: error: a mapping key must be a scalar (complex keys are "
         "not supported)"_s});
    row("broken/list-item-not-mapping.yaml", {u"ConfigMap first@4:3"_s, u"ConfigMap last@10:3"_s},
        {u"broken/list-item-not-mapping.yaml:8:3: error: item of List is not an object: found "
         "a scalar"_s,
         u"broken/list-item-not-mapping.yaml:9:3: error: item of List is not an object: found "
         "a sequence"_s});
    row("broken/list-in-list.yaml", {u"ConfigMap first@4:3"_s},
        {u"broken/list-in-list.yaml:8:3: error: a List inside a List is not allowed"_s});
    // A JSON stream cannot be resynchronised after a syntax error: what came before is kept.
    row("broken/json-trailing-comma.json", around,
        {u"broken/json-trailing-comma.json:2:73: error: invalid JSON: expected a string key, "
         "found '}'"_s});
    row("broken/json-unterminated-string.json", around,
        {u"broken/json-unterminated-string.json:3:30: error: invalid JSON: unterminated "
         "string"_s});
    row("broken/json-newline-in-string.json", around,
        {u"broken/json-newline-in-string.json:3:32: error: invalid JSON: control character in "
         "a string"_s});
    row("broken/json-bad-escape.json", around,
        {u"broken/json-bad-escape.json:3:27: error: invalid JSON: invalid escape '\\q'"_s});
    row("broken/json-duplicate-key.json", around,
        {u"broken/json-duplicate-key.json:2:71: error: duplicate key \"name\" at line 2 (first "
         "at line 2)"_s});

    row("hostile/billion-laughs.yaml", both(21),
        {u"hostile/billion-laughs.yaml:16:13: error: aliases expand to more than 200000 nodes "
         "(an alias bomb?)"_s});
    row("hostile/invalid-utf8.yaml", both(11),
        {u"hostile/invalid-utf8.yaml:9:12: error: incomplete UTF-8 octet sequence"_s});
    row("hostile/garbage.yaml", {},
        {u"hostile/garbage.yaml: error: not a text file (it contains NUL bytes); skipped"_s});
    row("hostile/image.png.yaml", {},
        {u"hostile/image.png.yaml: error: not a text file (it contains NUL bytes); skipped"_s});
    row("hostile/garbage-no-nul.yaml", {},
        {u"hostile/garbage-no-nul.yaml:1:1: error: invalid leading UTF-8 octet"_s});
}

void TestLoader::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, objects);
    QFETCH(QStringList, diagnostics);
    const QString path = dataPath(file);
    QVERIFY(QFile::exists(path));
    QElapsedTimer timer;
    timer.start();
    const Inventory inv = loadPath(path);
    const qint64 ms = timer.elapsed();
    if (ms > 100)
        qDebug("%s took %lld ms", qPrintable(file), ms);
    QCOMPARE(objectsOf(inv), objects);
    QStringList got;
    for (const Diagnostic &d : inv.diagnostics()) {
        QCOMPARE(d.severity, Diagnostic::Severity::Error);
        QCOMPARE(d.location.file, path);
        got.append(d.toString().mid(kData.size() + 1));
    }
    QCOMPARE(got, diagnostics);
    // The same bytes from stdin give the same result under the pseudo-file name.
    const Inventory fromData = loadBytes(readFile(path), file);
    QCOMPARE(objectsOf(fromData), objects);
    QStringList gotData;
    for (const Diagnostic &d : fromData.diagnostics())
        gotData.append(d.toString());
    QCOMPARE(gotData, diagnostics);
}

void TestLoader::brokenFolderContinues()
{
    // Every broken file in one load, with a good file among them: nothing stops the others.
    ManifestLoader loader;
    loader.addPath(dataPath(u"broken"_s));
    loader.addPath(dataPath(u"hostile"_s));
    loader.addPath(corpusPath(u"guestbook/guestbook-all-in-one.yaml"_s));
    loader.addPath(dataPath(u"does-not-exist.yaml"_s));
    const Inventory inv = loader.load(SourceInfo{});
    QCOMPARE(inv.ofKind(u"Deployment").size(), std::size_t(3)); // guestbook intact
    int errors = 0;
    QSet<QString> filesWithErrors;
    for (const Diagnostic &d : inv.diagnostics()) {
        if (d.severity == Diagnostic::Severity::Error) {
            ++errors;
            filesWithErrors.insert(d.location.file);
        }
    }
    QCOMPARE(errors, 29); // one per broken file, two in list-item-not-mapping, the missing path
    QCOMPARE(int(filesWithErrors.size()), 28);
    QCOMPARE(int(QDir(dataPath(u"broken"_s)).entryList(QDir::Files).size() +
                 QDir(dataPath(u"hostile"_s)).entryList(QDir::Files).size()),
             27);
    // "before" is loaded from many files; they are duplicates of each other in "default".
    QVERIFY(inv.find(u"ConfigMap", u"default", u"before"));
    QVERIFY(inv.find(u"ConfigMap", u"default", u"after"));
}

void TestLoader::deepNesting_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("depth");     // levels of nesting below the object's root mapping
    QTest::addColumn<QString>("error"); // empty: loads

    const int max = ParseLimits{}.maxDepth; // the root mapping counts as one level
    for (const char *format :
         {"yaml-flow", "yaml-block", "yaml-block-seq", "json-array", "json-object"}) {
        const QString f = QString::fromLatin1(format);
        QTest::addRow("%s at the limit", format) << f << max - 1 << QString();
        QTest::addRow("%s one over", format) << f << max << u"nesting deeper than 200 levels"_s;
        if (!f.startsWith(u"yaml-block"))
            QTest::addRow("%s 100000 levels", format)
                << f << 100000 << u"nesting deeper than 200 levels"_s;
    }
}

void TestLoader::deepNesting()
{
    QFETCH(QString, format);
    QFETCH(int, depth);
    QFETCH(QString, error);
    QByteArray text;
    QString name = u"deep.yaml"_s;
    std::uint32_t line = 0;
    std::uint32_t column = 0; // of the container one level too deep
    const int max = ParseLimits{}.maxDepth;
    if (format == u"yaml-flow" || format.startsWith(u"json")) {
        const bool object = format == u"json-object";
        const QByteArray open = object ? QByteArray("{\"a\": ") : QByteArray("[");
        const QByteArray close = object ? "}" : "]";
        text = R"({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "deep"}, "x": )";
        const int prefix = int(text.size());
        text += open.repeated(depth) + "1" + close.repeated(depth) + "}";
        if (format.startsWith(u"json"))
            name = u"deep.json"_s;
        line = 1;
        column = std::uint32_t(prefix + (max - 1) * open.size() + 1);
    } else {
        const bool seq = format == u"yaml-block-seq";
        text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\nx:\n";
        for (int i = 1; i <= depth; ++i)
            text += QByteArray(i, ' ') + (seq ? "- " : "a:") + (i == depth ? " 1\n" : "\n");
        // Level i (the root mapping is level 1) starts on line 4 + i at column i.
        line = std::uint32_t(5 + max);
        column = std::uint32_t(max + 1);
    }
    QElapsedTimer timer;
    timer.start();
    const Inventory inv = loadBytes(text, name);
    qDebug("%d levels in %lld ms", depth, timer.elapsed());
    if (error.isEmpty()) {
        QVERIFY2(inv.diagnostics().empty(), qPrintable(errorsOf(inv).join(u'\n')));
        QCOMPARE(inv.size(), 1);
        // Walk down to the innermost value.
        Node n = inv.at(0).root()["x"];
        int levels = 0;
        while (n.isMap() || n.isSequence()) {
            n = n.isMap() ? n["a"] : n.at(0);
            ++levels;
        }
        QCOMPARE(levels, depth);
        QCOMPARE(n.toInt(), 1);
        return;
    }
    QCOMPARE(inv.size(), 0);
    const QString prefix = format.startsWith(u"json") ? u"invalid JSON: "_s : QString();
    QCOMPARE(errorsOf(inv), QStringList{name + u':' + QString::number(line) + u':' +
                                        QString::number(column) + u": error: "_s + prefix + error});
}

void TestLoader::aliasBombs_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("error");

    // Classic billion laughs, ten levels of ten.
    QByteArray laughs = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < 10; ++i) {
        laughs += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
        for (int k = 0; k < 10; ++k)
            laughs += (k ? ", *a" : "*a") + QByteArray::number(i - 1);
        laughs += "]\n";
    }
    QTest::newRow("billion laughs")
        << laughs
        << u"test.yaml:6:10: error: aliases expand to more than 200000 nodes (an alias "
           "bomb?)"_s;
    // One big anchor referenced many times (quadratic blow-up without nesting).
    QByteArray wide = "big: &big [";
    for (int i = 0; i < 5000; ++i)
        wide += i ? ", x" : "x";
    wide += "]\nrefs: [";
    for (int i = 0; i < 1000; ++i)
        wide += i ? ", *big" : "*big";
    wide += "]\n";
    QTest::newRow("wide anchor")
        << wide
        << u"test.yaml:2:242: error: aliases expand to more than 200000 nodes (an "
           "alias bomb?)"_s;
}

void TestLoader::aliasBombs()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, error);
    const QByteArray doc = configMap("bomb") + "data:\n  " + yaml.replace("\n", "\n  ");
    QElapsedTimer timer;
    timer.start();
    const Inventory inv = loadBytes(doc);
    qDebug("refused in %lld ms", timer.elapsed());
    QCOMPARE(inv.size(), 0);
    const QStringList errors = errorsOf(inv);
    QCOMPARE(errors.size(), 1);
    {
        // Lines shift by the ConfigMap header (5 lines) and columns by the indentation (2).
        static const QRegularExpression at(u"^test.yaml:(\\d+):(\\d+): "_s);
        const auto m = at.match(error);
        const QString shifted = u"test.yaml:"_s + QString::number(m.captured(1).toInt() + 5) +
                                u':' + QString::number(m.captured(2).toInt() + 2) + u": "_s +
                                error.mid(m.capturedLength());
        QCOMPARE(errors.front(), shifted);
    }
}

void TestLoader::sizeLimit_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<bool>("fromFile");
    QTest::addColumn<QString>("error");
    const QString file = corpusPath(u"guestbook/guestbook-all-in-one.yaml"_s); // 3,366 bytes
    QTest::newRow("file over 1000 bytes")
        << qint64(1000) << true
        << file + u": error: file is larger than the limit of 1000 bytes; skipped"_s;
    QTest::newRow("file at its size") << qint64(3366) << true << QString();
    QTest::newRow("file one byte over") << qint64(3365) << true
                                        << file + u": error: file is larger than the limit of "
                                                  "3365 bytes; skipped"_s;
    QTest::newRow("data over 2 KiB")
        << qint64(2048) << false
        << u"<stdin>: error: input is larger than the limit of 2048 bytes; skipped"_s;
    QTest::newRow("file over 1 MiB")
        << qint64(1024 * 1024) << true
        << corpusPath(u"argo-cd/install.yaml"_s) +
               u": error: file is larger than the limit of 1 MiB; skipped"_s;
}

void TestLoader::sizeLimit()
{
    QFETCH(qint64, limit);
    QFETCH(bool, fromFile);
    QFETCH(QString, error);
    LoadOptions options;
    options.maxFileBytes = limit;
    const bool big = error.contains(u"MiB");
    const QString file =
        corpusPath(big ? u"argo-cd/install.yaml"_s : u"guestbook/guestbook-all-in-one.yaml"_s);
    ManifestLoader loader(options);
    if (fromFile)
        loader.addPath(file);
    else
        loader.addData(u"<stdin>"_s, readFile(file));
    loader.addData(u"small.yaml"_s, configMap("small"));
    const Inventory inv = loader.load(SourceInfo{});
    if (error.isEmpty()) {
        QVERIFY(inv.diagnostics().empty());
        QCOMPARE(inv.size(), 7);
    } else {
        QCOMPARE(errorsOf(inv), QStringList{error});
        QCOMPARE(objectsOf(inv), QStringList{u"ConfigMap small@1:1"_s});
    }
}

void TestLoader::binaryGarbage_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QRandomGenerator rng(42);
    for (int round = 0; round < 20; ++round) {
        QByteArray bytes(256 + round * 97, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        QTest::addRow("random %d", round) << bytes << u"r.yaml"_s;
        QByteArray noNul = bytes;
        noNul.replace('\0', '\x01');
        QTest::addRow("random %d without NUL", round) << noNul << u"r.yaml"_s;
        QByteArray ascii = bytes;
        for (char &c : ascii)
            c = "{}[]:,-?&*!|>'\"%@` \n\tabc#"[uchar(c) % 26];
        QTest::addRow("yaml punctuation %d", round) << ascii << u"p.yaml"_s;
        QTest::addRow("json punctuation %d", round) << ascii << u"p.json"_s;
    }
    QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"i.yaml"_s;
    QTest::newRow("png header without NUL") << QByteArray("\x89PNG\r\n\x1a\n") << u"i.yaml"_s;
    QTest::newRow("lone BOM") << QByteArray("\xEF\xBB\xBF") << u"b.yaml"_s;
    QTest::newRow("lone UTF-16 BOM") << QByteArray("\xFF\xFE") << u"b.yaml"_s;
    QTest::newRow("odd UTF-16") << QByteArray("\xFF\xFE\x61", 3) << u"b.yaml"_s;
}

void TestLoader::binaryGarbage()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    const Inventory inv = loadBytes(data, name);
    // Whatever it is, it is not a set of valid objects; every diagnostic names the input.
    for (const Diagnostic &d : inv.diagnostics())
        QCOMPARE(d.location.file, name);
    if (data.contains('\0') && !data.startsWith("\xFF\xFE")) {
        QCOMPARE(
            errorsOf(inv),
            QStringList{name + u": error: not a text file (it contains NUL bytes); skipped"_s});
    }
    for (const KubeObject &o : inv.objects()) {
        QVERIFY(!o.kind().isEmpty());
        QVERIFY(!o.name().isEmpty());
    }
}

void TestLoader::randomMutationsNeverCrash()
{
    // Random edits of real manifests: the loader reports or accepts, and never crashes.
    const QByteArray yaml = readFile(corpusPath(u"dashboard/recommended.yaml"_s));
    const QByteArray json = readFile(corpusPath(u"list-and-json/multi-resource-list.json"_s));
    QRandomGenerator rng(7);
    static const char alphabet[] = "{}[]:,-?&*!|>'\"\n #<\\\t0aZ";
    int withErrors = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < 400; ++round) {
        QByteArray data = round % 2 ? json : yaml;
        const int edits = 1 + int(rng.bounded(6));
        for (int e = 0; e < edits; ++e) {
            const qsizetype pos = qsizetype(rng.bounded(quint32(data.size())));
            switch (rng.bounded(3)) {
            case 0:
                data[pos] = alphabet[rng.bounded(int(sizeof alphabet - 1))];
                break;
            case 1:
                data.remove(pos, qsizetype(rng.bounded(20)));
                break;
            default:
                data.insert(pos, data.mid(qsizetype(rng.bounded(quint32(data.size()))), 30));
            }
        }
        const Inventory inv = loadBytes(data, round % 2 ? u"m.json"_s : u"m.yaml"_s);
        withErrors += inv.hasErrors() ? 1 : 0;
        for (const KubeObject &o : inv.objects()) {
            QVERIFY(o.root().isMap());
            (void)o.locate("spec.template.spec.containers[0].image");
        }
    }
    qDebug("400 mutated inputs in %lld ms, %d with errors", timer.elapsed(), withErrors);
    QVERIFY(withErrors > 0);
}

void TestLoader::missingPath()
{
    const QString path = dataPath(u"no/such/file.yaml"_s);
    const Inventory inv = loadPath(path);
    QCOMPARE(errorsOf(inv), QStringList{path + u": error: no such file or directory"_s});
    QVERIFY(inv.isEmpty());
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
