// The kubelet configuration of a live cluster: the fetch reads each node's configz through the
// API server's node proxy (fake API server over TLS), turns it into KubeletConfiguration objects,
// and the scan decides NSA-AUTH-02/03/04 per node; refused, missing, failing and hung configz
// answers leave the controls "not verifiable" and never fail the fetch.

#include "checks/scanner.h"
#include "cluster/apiclient.h"
#include "cluster/clusterfetcher.h"
#include "cluster/kubeconfig.h"
#include "command.h"
#include "fakeapiserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace parapet;
using namespace parapet::test;

namespace {

const QString kToken = QStringLiteral("tok-configz-PLANTED-41d2");
const QString kUser = QStringLiteral("token-user");

// Kubelet configurations as configz serves them (v1beta1 JSON, readOnlyPort omitted when 0).
const QByteArray kGood = R"({"staticPodPath":"/etc/kubernetes/manifests","authentication":{
  "x509":{"clientCAFile":"/etc/kubernetes/pki/ca.crt"},"webhook":{"enabled":true},
  "anonymous":{"enabled":false}},"authorization":{"mode":"Webhook"},"cgroupDriver":"systemd"})";
const QByteArray kAnonymous = R"({"authentication":{
  "x509":{"clientCAFile":"/etc/kubernetes/pki/ca.crt"},"webhook":{"enabled":true},
  "anonymous":{"enabled":true}},"authorization":{"mode":"Webhook"}})";
const QByteArray kAlwaysAllow = R"({"authentication":{
  "x509":{"clientCAFile":"/etc/kubernetes/pki/ca.crt"},"webhook":{"enabled":true},
  "anonymous":{"enabled":false}},"authorization":{"mode":"AlwaysAllow"}})";
const QByteArray kReadOnlyPort = R"({"authentication":{
  "x509":{"clientCAFile":"/etc/kubernetes/pki/ca.crt"},"webhook":{"enabled":true},
  "anonymous":{"enabled":false}},"authorization":{"mode":"Webhook"},"readOnlyPort":10255})";
const QByteArray kAllBad = R"({"authentication":{"x509":{},"webhook":{"enabled":false},
  "anonymous":{"enabled":true}},"authorization":{"mode":"AlwaysAllow"},"readOnlyPort":10255})";

QByteArray configNamed(const QString &name)
{
    if (name == u"good")
        return kGood;
    if (name == u"anon")
        return kAnonymous;
    if (name == u"allow")
        return kAlwaysAllow;
    if (name == u"port")
        return kReadOnlyPort;
    if (name == u"bad")
        return kAllBad;
    return {}; // "none": this node's configz answers 404
}

} // namespace

class TestConfigz : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestCert m_ca = TestPki::makeCa(QStringLiteral("configz-ca"));
    TestCert m_serverCert = TestPki::makeLocalServer(m_ca);

    /// A server with one Node per "name=config" entry of \a nodes.
    std::unique_ptr<FakeApiServer> makeServer(const QStringList &nodes)
    {
        FakeApiServer::Options o;
        o.serverCert = m_serverCert;
        auto s = std::make_unique<FakeApiServer>(o);
        s->addStandardResources();
        s->addToken(kToken, kUser);
        s->addObjects(QString(), QStringLiteral("namespaces"),
                      {"{\"metadata\":{\"name\":\"team-a\"}}"});
        std::vector<QByteArray> items;
        for (const QString &entry : nodes) {
            const QString name = entry.section(u'=', 0, 0);
            items.push_back(
                QJsonDocument(QJsonObject{{QStringLiteral("metadata"),
                                           QJsonObject{{QStringLiteral("name"), name}}}})
                    .toJson(QJsonDocument::Compact));
            const QByteArray config = configNamed(entry.section(u'=', 1));
            if (!config.isEmpty())
                s->setKubeletConfig(name,
                                    QJsonDocument::fromJson(config).toJson(QJsonDocument::Compact));
        }
        if (!items.empty())
            s->addObjects(QString(), QStringLiteral("nodes"), items);
        return s;
    }

    QString kubeconfig(const FakeApiServer &server)
    {
        const QString path = m_dir.filePath(QStringLiteral("config-%1").arg(server.port()));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write("apiVersion: v1\nkind: Config\nclusters:\n- name: fake\n  cluster:\n    server: " +
                server.url().toUtf8() +
                "\n    certificate-authority-data: " + m_ca.certPem.toBase64() +
                "\nusers:\n- name: u\n  user:\n    token: " + kToken.toUtf8() +
                "\ncontexts:\n- name: fake\n  context:\n    cluster: fake\n    user: u\n"
                "current-context: fake\n");
        return path;
    }

    Result<FetchResult> fetch(const FakeApiServer &server, const FetchOptions &options = {},
                              ApiClientOptions clientOptions = {})
    {
        KubeconfigLoadingRules rules;
        rules.explicitPath = kubeconfig(server);
        const auto config = loadClientConfig(rules, {}, InClusterEnvironment());
        if (!config)
            return config.error();
        auto client = ApiClient::create(*config, clientOptions);
        if (!client)
            return client.error();
        return fetchInventory(**client, options);
    }

    static QString statusOf(const checks::ScanResult &scan, const char *id)
    {
        const checks::ControlResult *c = scan.control(QString::fromLatin1(id));
        return c ? checks::statusName(c->status) : QStringLiteral("missing");
    }

    static QString warnings(const Inventory &inventory)
    {
        QStringList out;
        for (const Diagnostic &d : inventory.diagnostics())
            out.append(d.message);
        return out.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("HOME", m_dir.path().toUtf8());
        qunsetenv("KUBECONFIG");
        qunsetenv("HTTPS_PROXY");
        qunsetenv("https_proxy");
    }

    void kubeletControls_data()
    {
        QTest::addColumn<QStringList>("nodes");    // name=config (good anon allow port bad none)
        QTest::addColumn<QString>("trouble");      // forbidden, 503, hang or empty
        QTest::addColumn<int>("cap");              // FetchOptions::maxKubeletConfigs
        QTest::addColumn<QStringList>("expected"); // AUTH-02, AUTH-03, AUTH-04
        QTest::addColumn<int>("read");
        QTest::addColumn<QString>("warning"); // a diagnostic containing this; empty: none

        const QString pass = QStringLiteral("pass");
        const QString fail = QStringLiteral("fail");
        const QString partial = QStringLiteral("partial");
        const QString unknown = QStringLiteral("not-verifiable");
        const auto nodes = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *n : list)
                out.append(QString::fromLatin1(n));
            return out;
        };
        QTest::newRow("all good") << nodes({"n1=good", "n2=good"}) << QString() << 200
                                  << QStringList{pass, pass, pass} << 2 << QString();
        QTest::newRow("anonymous enabled") << nodes({"n1=anon"}) << QString() << 200
                                           << QStringList{fail, pass, pass} << 1 << QString();
        QTest::newRow("AlwaysAllow") << nodes({"n1=allow"}) << QString() << 200
                                     << QStringList{pass, fail, pass} << 1 << QString();
        QTest::newRow("read-only port") << nodes({"n1=port"}) << QString() << 200
                                        << QStringList{pass, pass, fail} << 1 << QString();
        QTest::newRow("one good, one bad")
            << nodes({"n1=good", "n2=bad"}) << QString() << 200
            << QStringList{partial, partial, partial} << 2 << QString();
        QTest::newRow("nodes/proxy forbidden")
            << nodes({"n1=bad", "n2=good"}) << QStringLiteral("forbidden") << 200
            << QStringList{unknown, unknown, unknown} << 0
            << QStringLiteral("kubelet configuration not readable (403 on nodes/proxy): kubelet "
                              "controls are not verifiable from here");
        QTest::newRow("one node without configz")
            << nodes({"n1=good", "n2=none"}) << QString() << 200
            << QStringList{unknown, unknown, unknown} << 1
            << QStringLiteral("not readable on 1 of 2 nodes (404 from the node proxy; e.g. n2)");
        QTest::newRow("unread node does not hide a failure")
            << nodes({"n1=anon", "n2=none"}) << QString() << 200
            << QStringList{fail, unknown, unknown} << 1 << QStringLiteral("1 of 2 nodes");
        QTest::newRow("kubelet unreachable (503)")
            << nodes({"n1=good"}) << QStringLiteral("503") << 200
            << QStringList{unknown, unknown, unknown} << 0
            << QStringLiteral("kubelet configuration not readable (503 from the node proxy)");
        QTest::newRow("kubelet hangs") << nodes({"n1=good"}) << QStringLiteral("hang") << 200
                                       << QStringList{unknown, unknown, unknown} << 0
                                       << QStringLiteral("kubelet configuration not readable (");
        QTest::newRow("sample of big clusters")
            << nodes({"n1=good", "n2=good", "n3=bad"}) << QString() << 2
            << QStringList{unknown, unknown, unknown} << 2
            << QStringLiteral("a sample of 2 of 3 nodes");
        QTest::newRow("no nodes") << QStringList() << QString() << 200
                                  << QStringList{unknown, unknown, unknown} << 0 << QString();
    }

    void kubeletControls()
    {
        QFETCH(QStringList, nodes);
        QFETCH(QString, trouble);
        QFETCH(int, cap);
        QFETCH(QStringList, expected);
        QFETCH(int, read);
        QFETCH(QString, warning);

        auto server = makeServer(nodes);
        ApiClientOptions clientOptions;
        clientOptions.maxRetries = 1;
        clientOptions.backoffMs = 10;
        if (trouble == u"forbidden") {
            FakeAccess access;
            access.forbiddenClusterWide = {QStringLiteral("nodes/proxy")};
            server->setAccess(kUser, access);
        } else if (trouble == u"503") {
            server->addFault(Fault{Fault::Type::Status,
                                   QStringLiteral("/api/v1/nodes/n1/proxy"),
                                   {},
                                   -1,
                                   0,
                                   503,
                                   {},
                                   0});
        } else if (trouble == u"hang") {
            clientOptions.idleTimeoutMs = 300;
            clientOptions.maxRetries = 0;
            server->addFault(Fault{Fault::Type::Hang,
                                   QStringLiteral("/api/v1/nodes/n1/proxy"),
                                   {},
                                   -1,
                                   0,
                                   200,
                                   {},
                                   0});
        }
        FetchOptions options;
        options.maxKubeletConfigs = cap;
        const auto result = fetch(*server, options, clientOptions);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        const Inventory &inv = result->inventory;

        // Every node up to the cap was asked, each once.
        int asked = 0;
        for (const RecordedRequest &r : server->requests())
            asked += r.path.startsWith(u"/api/v1/nodes/") && r.path.endsWith(u"/proxy/configz");
        QCOMPARE(asked, trouble == u"503" ? 2 : std::min(int(nodes.size()), cap));
        QCOMPARE(result->kubeletConfigsRead, read);
        QCOMPARE(int(inv.ofKind(QStringLiteral("KubeletConfiguration")).size()), read);
        // configz troubles are warnings, never errors and never a failed fetch.
        QVERIFY2(!inv.hasErrors(), qPrintable(warnings(inv)));
        QVERIFY(!result->partial());
        if (warning.isEmpty())
            QVERIFY2(!warnings(inv).contains(u"kubelet"), qPrintable(warnings(inv)));
        else
            QVERIFY2(warnings(inv).contains(warning), qPrintable(warnings(inv)));
        int kubeletWarnings = 0;
        for (const Diagnostic &d : inv.diagnostics())
            kubeletWarnings += d.message.contains(u"not readable");
        QVERIFY(kubeletWarnings <= 1); // once, not per node

        const checks::ScanResult scan = checks::scan(inv);
        const QStringList statuses{statusOf(scan, "NSA-AUTH-02"), statusOf(scan, "NSA-AUTH-03"),
                                   statusOf(scan, "NSA-AUTH-04")};
        QCOMPARE(statuses, expected);
    }

    void findingsNameTheNode()
    {
        auto server = makeServer({QStringLiteral("worker-1=bad"), QStringLiteral("worker-2=good")});
        const auto result = fetch(*server);
        QVERIFY(result);
        const KubeObject *config = result->inventory.find(QStringLiteral("KubeletConfiguration"),
                                                          QString(), QStringLiteral("worker-1"));
        QVERIFY(config);
        QVERIFY(!config->isNamespaced()); // cluster-scoped: one per node
        QCOMPARE(config->apiVersion(), QStringLiteral("kubelet.config.k8s.io/v1beta1"));
        QCOMPARE(config->annotation(kConfigzNodeAnnotation), QStringLiteral("worker-1"));

        // Cluster-wide settings are checked even when the scan is limited to a namespace.
        checks::ScanOptions options;
        options.namespaceFilter = QStringLiteral("team-a");
        const checks::ScanResult scan = checks::scan(result->inventory, options);
        QHash<QString, QString> fields; // control → field of the finding on worker-1
        for (const char *id : {"NSA-AUTH-02", "NSA-AUTH-03", "NSA-AUTH-04"}) {
            for (const checks::Finding *f : scan.findingsOf(QString::fromLatin1(id))) {
                QCOMPARE(f->object.kind, QStringLiteral("KubeletConfiguration"));
                QCOMPARE(f->object.name, QStringLiteral("worker-1"));
                fields.insert(QLatin1String(id), f->field);
            }
        }
        QCOMPARE(fields.value(QStringLiteral("NSA-AUTH-02")),
                 QStringLiteral("authentication.anonymous.enabled"));
        QVERIFY(fields.contains(QStringLiteral("NSA-AUTH-03")));
        QCOMPARE(fields.value(QStringLiteral("NSA-AUTH-04")), QStringLiteral("readOnlyPort"));
    }

    void disabledReadsNoConfigz()
    {
        auto server = makeServer({QStringLiteral("n1=good")});
        FetchOptions options;
        options.kubeletConfigs = false;
        const auto result = fetch(*server, options);
        QVERIFY(result);
        for (const RecordedRequest &r : server->requests())
            QVERIFY2(!r.path.contains(u"/proxy/"), qPrintable(r.path));
        QCOMPARE(result->kubeletConfigsAsked, 0);
        QCOMPARE(statusOf(checks::scan(result->inventory), "NSA-AUTH-02"),
                 QStringLiteral("not-verifiable"));
    }

    void cliScanJson()
    {
        auto server = makeServer({QStringLiteral("n1=anon"), QStringLiteral("n2=good")});
        QString out;
        QString err;
        QTextStream o(&out);
        QTextStream e(&err);
        cli::Io io{o, e, [] { return QByteArray(); }};
        const int code =
            cli::runCli({QStringLiteral("scan"), QStringLiteral("--kubeconfig"),
                         kubeconfig(*server), QStringLiteral("--format"), QStringLiteral("json")},
                        io);
        o.flush();
        e.flush();
        QVERIFY2(code == 0 || code == 1, qPrintable(err));
        QVERIFY(!out.contains(kToken) && !err.contains(kToken));
        const QJsonObject doc = QJsonDocument::fromJson(out.toUtf8()).object();
        QHash<QString, QString> statuses;
        for (const QJsonValue &c : doc.value(QStringLiteral("controls")).toArray())
            statuses.insert(c[QStringLiteral("id")].toString(),
                            c[QStringLiteral("status")].toString());
        QCOMPARE(statuses.value(QStringLiteral("NSA-AUTH-02")), QStringLiteral("partial"));
        QCOMPARE(statuses.value(QStringLiteral("NSA-AUTH-03")), QStringLiteral("pass"));
        QCOMPARE(statuses.value(QStringLiteral("NSA-AUTH-04")), QStringLiteral("pass"));
        bool found = false;
        for (const QJsonValue &f : doc.value(QStringLiteral("findings")).toArray())
            found =
                found || (f[QStringLiteral("control")].toString() == u"NSA-AUTH-02" &&
                          f[QStringLiteral("object")][QStringLiteral("name")].toString() == u"n1");
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestConfigz)
#include "tst_configz.moc"
