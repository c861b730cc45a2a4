// Integration tests against a real kube-apiserver (v1.20.2 built by .ci/build-kube-apiserver) and
// Debian's etcd, started here on loopback with a test CA, client certificates, a static token
// file and RBAC. Skipped (with the reason) when either binary is missing.

#include "cluster/apiclient.h"
#include "cluster/clusterfetcher.h"
#include "cluster/kubeconfig.h"
#include "command.h"
#include "testpki.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

using namespace parapet;
using namespace parapet::test;

namespace {

const QByteArray kAdminToken = "admin-PLANTED-token-4d1";
const QByteArray kJaneToken = "jane-PLANTED-token-9c2";
// Not in system:masters, whose requests the max-in-flight filter exempts.
const QByteArray kAuditorToken = "auditor-PLANTED-token-3e7";
const QByteArray kSecretValue = "integration-secret-PLANTED";

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

/// A service-account signing key (traditional EC PEM, as 1.20 reads it) and its public key.
std::pair<QByteArray, QByteArray> saKeyPair()
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), &EVP_PKEY_free);
    const auto pem = [&](bool pub) {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
        if (pub)
            PEM_write_bio_PUBKEY(bio.get(), key.get());
        else
            PEM_write_bio_PrivateKey_traditional(bio.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                                 nullptr);
        char *data = nullptr;
        const long n = BIO_get_mem_data(bio.get(), &data);
        return QByteArray(data, qsizetype(n));
    };
    return {pem(false), pem(true)};
}

} // namespace

class TestKubeApiserver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_etcd;
    QProcess m_apiserver;
    QString m_url;
    QString m_kubectl;
    TestCert m_ca;
    TestCert m_admin;
    QStringList m_outputs;

    QString m_apiserverBin;
    quint16 m_etcdPort = 0;

    QStringList apiserverArgs(quint16 port) const
    {
        return {
            QStringLiteral("--etcd-servers=http://127.0.0.1:%1").arg(m_etcdPort),
            QStringLiteral("--bind-address=127.0.0.1"),
            QStringLiteral("--advertise-address=127.0.0.1"),
            QStringLiteral("--secure-port=%1").arg(port),
            QStringLiteral("--insecure-port=0"),
            QStringLiteral("--tls-cert-file=") + m_dir.filePath(QStringLiteral("pki/server.crt")),
            QStringLiteral("--tls-private-key-file=") +
                m_dir.filePath(QStringLiteral("pki/server.key")),
            QStringLiteral("--client-ca-file=") + m_dir.filePath(QStringLiteral("pki/ca.crt")),
            QStringLiteral("--token-auth-file=") + m_dir.filePath(QStringLiteral("pki/tokens.csv")),
            QStringLiteral("--authorization-mode=RBAC"),
            QStringLiteral("--service-account-key-file=") +
                m_dir.filePath(QStringLiteral("pki/sa.pub")),
            QStringLiteral("--service-account-signing-key-file=") +
                m_dir.filePath(QStringLiteral("pki/sa.key")),
            QStringLiteral("--service-account-issuer=https://kubernetes.default.svc"),
            QStringLiteral("--service-cluster-ip-range=10.0.0.0/24"),
            QStringLiteral("--disable-admission-plugins=ServiceAccount"),
            QStringLiteral("--cert-dir=") + m_dir.filePath(QStringLiteral("certs")),
            QStringLiteral("--enable-priority-and-fairness=false"),
            QStringLiteral("--etcd-compaction-interval=1s"),
        };
    }

    QString write(const QString &name, const QByteArray &data, bool exec = false)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(data);
        f.close();
        if (exec)
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        return path;
    }

    QByteArray kubeconfig(const QByteArray &user, const QByteArray &cluster = {})
    {
        return "apiVersion: v1\nkind: Config\nclusters:\n- name: real\n  cluster:\n    server: " +
               m_url.toUtf8() + "\n" +
               (cluster.isEmpty()
                    ? "    certificate-authority-data: " + m_ca.certPem.toBase64() + "\n"
                    : cluster) +
               "users:\n- name: u\n  user:\n" + user +
               "contexts:\n- name: real\n  context: {cluster: real, user: u, namespace: "
               "team-a}\ncurrent-context: real\n";
    }

    Result<FetchResult> fetch(const QString &kubeconfigPath, FetchOptions options = {})
    {
        KubeconfigLoadingRules rules;
        rules.explicitPath = kubeconfigPath;
        const auto config = loadClientConfig(rules, {}, {});
        if (!config)
            return config.error();
        auto client = ApiClient::create(*config);
        if (!client)
            return client.error();
        return fetchInventory(**client, options);
    }

    QByteArray kubectl(const QStringList &args, int *exit = nullptr)
    {
        QProcess p;
        p.start(m_kubectl, QStringList{QStringLiteral("--kubeconfig"),
                                       m_dir.filePath(QStringLiteral("admin.yaml")),
                                       QStringLiteral("--cache-dir"),
                                       m_dir.filePath(QStringLiteral("kcache"))} +
                               args);
        p.waitForFinished(120'000);
        if (exit)
            *exit = p.exitCode();
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString apiserver = qEnvironmentVariable("PARAPET_KUBE_APISERVER");
        if (apiserver.isEmpty())
            apiserver = QStringLiteral("/var/cache/parapet/kube-apiserver");
        const QString etcd = QStandardPaths::findExecutable(QStringLiteral("etcd"));
        m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (!QFileInfo(apiserver).isExecutable())
            QSKIP("kube-apiserver is not built: run .ci/build-kube-apiserver (or set "
                  "PARAPET_KUBE_APISERVER)");
        if (etcd.isEmpty())
            QSKIP("etcd is not installed (Debian package etcd-server)");
        QVERIFY(m_dir.isValid());
        qputenv("HOME", m_dir.path().toUtf8());
        qunsetenv("KUBECONFIG");

        m_ca = TestPki::makeCa(QStringLiteral("integration-ca"));
        const TestCert server = TestPki::makeLocalServer(m_ca);
        m_admin =
            TestPki::makeClient(m_ca, QStringLiteral("admin"), {QStringLiteral("system:masters")});
        write(QStringLiteral("pki/ca.crt"), m_ca.certPem);
        write(QStringLiteral("pki/server.crt"), server.certPem);
        write(QStringLiteral("pki/server.key"), server.keyPem);
        const auto [saKey, saPub] = saKeyPair();
        write(QStringLiteral("pki/sa.key"), saKey);
        write(QStringLiteral("pki/sa.pub"), saPub);
        write(QStringLiteral("pki/tokens.csv"), kAdminToken + ",token-admin,100,system:masters\n" +
                                                    kJaneToken + ",jane,101,devs\n" +
                                                    kAuditorToken + ",auditor,102,auditors\n");

        const quint16 etcdPort = freePort();
        const quint16 peerPort = freePort();
        m_etcd.setProcessChannelMode(QProcess::MergedChannels);
        m_etcd.setStandardOutputFile(m_dir.filePath(QStringLiteral("etcd.log")));
        m_etcd.start(etcd, {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("etcd")),
                            QStringLiteral("--listen-client-urls"),
                            QStringLiteral("http://127.0.0.1:%1").arg(etcdPort),
                            QStringLiteral("--advertise-client-urls"),
                            QStringLiteral("http://127.0.0.1:%1").arg(etcdPort),
                            QStringLiteral("--listen-peer-urls"),
                            QStringLiteral("http://127.0.0.1:%1").arg(peerPort),
                            QStringLiteral("--initial-advertise-peer-urls"),
                            QStringLiteral("http://127.0.0.1:%1").arg(peerPort),
                            QStringLiteral("--initial-cluster"),
                            QStringLiteral("default=http://127.0.0.1:%1").arg(peerPort)});
        QVERIFY(m_etcd.waitForStarted());

        const quint16 port = freePort();
        m_url = QStringLiteral("https://127.0.0.1:%1").arg(port);
        m_apiserver.setProcessChannelMode(QProcess::MergedChannels);
        m_apiserver.setStandardOutputFile(m_dir.filePath(QStringLiteral("apiserver.log")));
        m_apiserverBin = apiserver;
        m_etcdPort = etcdPort;
        m_apiserver.start(apiserver, apiserverArgs(port));
        QVERIFY(m_apiserver.waitForStarted());
        write(QStringLiteral("admin.yaml"),
              kubeconfig("    client-certificate-data: " + m_admin.certPem.toBase64() +
                         "\n    client-key-data: " + m_admin.keyPem.toBase64() + "\n"));
        // Wait until the server is ready (bootstrap RBAC included).
        KubeconfigLoadingRules rules;
        rules.explicitPath = m_dir.filePath(QStringLiteral("admin.yaml"));
        const auto config = loadClientConfig(rules, {}, {});
        QVERIFY(config);
        auto client = ApiClient::create(*config);
        QVERIFY(client);
        bool ready = false;
        for (int i = 0; i < 120 && !ready && m_apiserver.state() == QProcess::Running; ++i) {
            ready =
                (*client)->request({"GET", QStringLiteral("/readyz"), "text/plain", {}, {}}).ok();
            if (!ready)
                QThread::msleep(500);
        }
        if (!ready) {
            QFile log(m_dir.filePath(QStringLiteral("apiserver.log")));
            log.open(QIODevice::ReadOnly);
            QFAIL(qPrintable(QStringLiteral("kube-apiserver did not become ready:\n") +
                             QString::fromUtf8(log.readAll().right(3000))));
        }
        if (m_kubectl.isEmpty())
            QSKIP("kubectl is needed to create the test objects");
        QByteArray manifests =
            "apiVersion: v1\nkind: Namespace\nmetadata: {name: team-a}\n---\n"
            "apiVersion: v1\nkind: Namespace\nmetadata: {name: team-b}\n---\n"
            "apiVersion: v1\nkind: Secret\nmetadata: {name: db, namespace: team-a}\nstringData: "
            "{password: " +
            kSecretValue +
            "}\n---\n"
            "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: pod-reader, "
            "namespace: team-a}\n"
            "rules: [{apiGroups: [\"\"], resources: [pods], verbs: [get, list]}]\n---\n"
            "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: "
            "jane-reads, namespace: team-a}\n"
            "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader}\n"
            "subjects: [{kind: User, name: jane, apiGroup: rbac.authorization.k8s.io}]\n"
            "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\n"
            "metadata: {name: auditor-admin}\n"
            "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "
            "cluster-admin}\n"
            "subjects: [{kind: User, name: auditor, apiGroup: rbac.authorization.k8s.io}]\n";
        for (const char *ns : {"team-a", "team-b"})
            for (int i = 0; i < 7; ++i)
                manifests +=
                    QStringLiteral(
                        "---\napiVersion: v1\nkind: Pod\nmetadata: {name: web-%1, namespace: %2}\n"
                        "spec: {containers: [{name: app, image: nginx}]}\n")
                        .arg(i)
                        .arg(QLatin1String(ns))
                        .toUtf8();
        write(QStringLiteral("objects.yaml"), manifests);
        int exit = 0;
        const QByteArray out = kubectl({QStringLiteral("apply"), QStringLiteral("-f"),
                                        m_dir.filePath(QStringLiteral("objects.yaml"))},
                                       &exit);
        QVERIFY2(exit == 0, out.constData());
    }

    void cleanupTestCase()
    {
        for (QProcess *p : {&m_apiserver, &m_etcd}) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(10'000))
                    p->kill();
                p->waitForFinished(5'000);
            }
        }
        for (const QString &o : std::as_const(m_outputs))
            for (const QByteArray &s : {kAdminToken, kJaneToken, kAuditorToken, kSecretValue})
                QVERIFY2(!o.toUtf8().contains(s), "an output contains a planted secret");
    }

    void authForms_data()
    {
        QTest::addColumn<QByteArray>("user");
        QTest::newRow("client-certificate")
            << QByteArray("    client-certificate: pki/admin.crt\n    client-key: pki/admin.key\n");
        QTest::newRow("token") << QByteArray("    token: " + kAdminToken + "\n");
        QTest::newRow("tokenFile") << QByteArray("    tokenFile: pki/admin.token\n");
        QTest::newRow("exec-v1") << QByteArray(
            "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
            "      command: ./plugin-v1.sh\n      interactiveMode: Never\n");
        QTest::newRow("exec-v1beta1")
            << QByteArray("    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
                          "      command: ./plugin-v1beta1.sh\n");
    }

    void authForms()
    {
        QFETCH(QByteArray, user);
        write(QStringLiteral("pki/admin.crt"), m_admin.certPem);
        write(QStringLiteral("pki/admin.key"), m_admin.keyPem);
        write(QStringLiteral("pki/admin.token"), kAdminToken + "\n");
        for (const char *v : {"v1", "v1beta1"})
            write(QStringLiteral("plugin-%1.sh").arg(QLatin1String(v)),
                  "#!/bin/sh\necho "
                  "'{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/" +
                      QByteArray(v) + "\",\"status\":{\"token\":\"" + kAdminToken + "\"}}'\n",
                  true);
        const QString path =
            write(QStringLiteral("auth-%1.yaml").arg(QString::fromLatin1(QTest::currentDataTag())),
                  kubeconfig(user));
        const auto result = fetch(path);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->serverVersion, QStringLiteral("v1.20.2"));
        QVERIFY(!result->aggregatedDiscovery); // 1.20 has only the legacy discovery documents
        QCOMPARE(int(result->inventory.ofKind(QStringLiteral("Pod")).size()), 14);
        QVERIFY2(!result->partial(), "admin sees everything");
        const KubeObject *secret = result->inventory.find(
            QStringLiteral("Secret"), QStringLiteral("team-a"), QStringLiteral("db"));
        QVERIFY(secret);
        QVERIFY(!secret->root()["data"].isValid());
    }

    void mergedKubeconfigWithRelativePaths()
    {
        // File 1 (in a/) names the cluster with a relative CA; file 2 (in b/c/) the user with
        // relative certificate files; KUBECONFIG merges them.
        write(QStringLiteral("a/ca/ca.crt"), m_ca.certPem);
        write(QStringLiteral("b/c/keys/admin.crt"), m_admin.certPem);
        write(QStringLiteral("b/c/keys/admin.key"), m_admin.keyPem);
        const QString one =
            write(QStringLiteral("a/config"),
                  "clusters:\n- name: real\n  cluster:\n    server: " + m_url.toUtf8() +
                      "\n    certificate-authority: ca/ca.crt\ncontexts:\n- name: real\n  context: "
                      "{cluster: real, user: admin}\n"
                      "current-context: real\n");
        const QString two = write(QStringLiteral("b/c/config"),
                                  "users:\n- name: admin\n  user: {client-certificate: "
                                  "keys/admin.crt, client-key: keys/admin.key}\n"
                                  "current-context: ignored\n");
        QProcessEnvironment env;
        env.insert(QStringLiteral("KUBECONFIG"),
                   one + u':' + m_dir.filePath(QStringLiteral("missing")) + u':' + two);
        const auto config =
            loadClientConfig(KubeconfigLoadingRules::fromEnvironment(QString(), env), {}, {});
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        QCOMPARE(config->contextName, QStringLiteral("real"));
        auto client = ApiClient::create(*config);
        QVERIFY(client);
        QVERIFY(
            (*client)
                ->request({"GET", QStringLiteral("/api/v1/namespaces"), "application/json", {}, {}})
                .ok());
        if (!m_kubectl.isEmpty()) {
            QProcess p;
            QProcessEnvironment penv = QProcessEnvironment::systemEnvironment();
            penv.insert(QStringLiteral("KUBECONFIG"), env.value(QStringLiteral("KUBECONFIG")));
            p.setProcessEnvironment(penv);
            p.start(m_kubectl,
                    {QStringLiteral("--cache-dir"), m_dir.filePath(QStringLiteral("kcache")),
                     QStringLiteral("get"), QStringLiteral("ns"), QStringLiteral("-o"),
                     QStringLiteral("name")});
            p.waitForFinished(60'000);
            QCOMPARE(p.exitCode(), 0); // kubectl resolves the same merge the same way
        }
    }

    void paginationMatchesKubectl()
    {
        FetchOptions options;
        options.pageSize = 2;
        const auto result = fetch(m_dir.filePath(QStringLiteral("admin.yaml")), options);
        QVERIFY(result);
        for (const KindFetch &k : result->kinds)
            if (k.kind == u"Pod")
                QCOMPARE(k.pages, 7);
        QStringList ours;
        for (const KubeObject *o : result->inventory.ofKind(QStringLiteral("Pod")))
            ours << o->ns() + u'/' + o->name();
        ours.sort();
        QStringList theirs;
        const QByteArray json =
            kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"),
                     QStringLiteral("-o"), QStringLiteral("json")});
        for (const QJsonValue &v :
             QJsonDocument::fromJson(json).object().value(QStringLiteral("items")).toArray())
            theirs << v[QStringLiteral("metadata")][QStringLiteral("namespace")].toString() + u'/' +
                          v[QStringLiteral("metadata")][QStringLiteral("name")].toString();
        theirs.sort();
        QCOMPARE(ours, theirs);
    }

    void rbacForbiddenGivesPartialInventory()
    {
        const QString path =
            write(QStringLiteral("jane.yaml"), kubeconfig("    token: " + kJaneToken + "\n"));
        const auto result = fetch(path);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QVERIFY(result->partial());
        QHash<QString, KindFetch> kinds;
        for (const KindFetch &k : result->kinds)
            kinds.insert(k.kind, k);
        QCOMPARE(kinds[QStringLiteral("Pod")].status, KindFetch::Status::Partial);
        QCOMPARE(kinds[QStringLiteral("Pod")].namespaces, QStringList{QStringLiteral("team-a")});
        QCOMPARE(int(result->inventory.ofKind(QStringLiteral("Pod")).size()), 7);
        QCOMPARE(kinds[QStringLiteral("Secret")].status, KindFetch::Status::Forbidden);
        QVERIFY2(kinds[QStringLiteral("Secret")].reason.contains(
                     QStringLiteral("User \"jane\" cannot list resource \"secrets\"")),
                 qPrintable(kinds[QStringLiteral("Secret")].reason));
        m_outputs << kinds[QStringLiteral("Secret")].reason << result->accessNotes.join(u'\n');
        for (const Diagnostic &d : result->inventory.diagnostics())
            m_outputs << d.toString();
        // kubectl, as jane, agrees: pods in team-a yes, cluster-wide no.
        int exit = 0;
        QProcess p;
        p.start(m_kubectl, {QStringLiteral("--kubeconfig"), path, QStringLiteral("--cache-dir"),
                            m_dir.filePath(QStringLiteral("kcache")), QStringLiteral("get"),
                            QStringLiteral("pods"), QStringLiteral("-A")});
        p.waitForFinished(60'000);
        exit = p.exitCode();
        QVERIFY(exit != 0);
    }

    void expiredContinueToken()
    {
        // A continue token from before an etcd compaction is refused with 410 Gone.
        KubeconfigLoadingRules rules;
        rules.explicitPath = m_dir.filePath(QStringLiteral("admin.yaml"));
        auto client = ApiClient::create(*loadClientConfig(rules, {}, {}));
        const ApiResponse first = (*client)->request(
            {"GET", QStringLiteral("/api/v1/pods?limit=2"), "application/json", {}, {}});
        QVERIFY(first.ok());
        const QString token = QJsonDocument::fromJson(first.body)
                                  .object()[QStringLiteral("metadata")][QStringLiteral("continue")]
                                  .toString();
        QVERIFY(!token.isEmpty());
        // Let the API server compact etcd past that revision.
        kubectl({QStringLiteral("annotate"), QStringLiteral("ns"), QStringLiteral("team-b"),
                 QStringLiteral("bump=1"), QStringLiteral("--overwrite")});
        QThread::msleep(3000);
        kubectl({QStringLiteral("annotate"), QStringLiteral("ns"), QStringLiteral("team-b"),
                 QStringLiteral("bump=2"), QStringLiteral("--overwrite")});
        QThread::msleep(3000);
        const ApiResponse gone =
            (*client)->request({"GET",
                                QStringLiteral("/api/v1/pods?limit=2&continue=") +
                                    QString::fromUtf8(QUrl::toPercentEncoding(token)),
                                "application/json",
                                {},
                                {}});
        QVERIFY2(gone.status == 410, qPrintable(gone.error));
        QVERIFY2(gone.error.contains(QStringLiteral("410 Gone")), qPrintable(gone.error));
    }

    void throttlingIsRetried()
    {
        // A second API server on the same etcd admitting one request at a time: the parallel
        // fetch meets real 429s (Retry-After: 1) and still completes.
        const quint16 port = freePort();
        QProcess throttled;
        throttled.setProcessChannelMode(QProcess::MergedChannels);
        throttled.setStandardOutputFile(m_dir.filePath(QStringLiteral("apiserver-throttled.log")));
        throttled.start(m_apiserverBin,
                        apiserverArgs(port)
                            << QStringLiteral("--max-requests-inflight=1")
                            << QStringLiteral("--max-mutating-requests-inflight=1"));
        QVERIFY(throttled.waitForStarted());
        const auto stop = qScopeGuard([&] {
            throttled.terminate();
            if (!throttled.waitForFinished(10'000))
                throttled.kill();
            throttled.waitForFinished(5'000);
        });
        QByteArray yaml = kubeconfig("    token: " + kAuditorToken + "\n");
        yaml.replace(m_url.toUtf8(), QStringLiteral("https://127.0.0.1:%1").arg(port).toUtf8());
        KubeconfigLoadingRules rules;
        rules.explicitPath = write(QStringLiteral("throttled.yaml"), yaml);
        const auto config = loadClientConfig(rules, {}, {});
        QVERIFY(config);
        ApiClientOptions options;
        options.maxRetries = 30;
        options.maxParallel = 8;
        auto client = ApiClient::create(*config, options);
        QVERIFY(client);
        bool ready = false;
        for (int i = 0; i < 120 && !ready && throttled.state() == QProcess::Running; ++i) {
            ready =
                (*client)->request({"GET", QStringLiteral("/readyz"), "text/plain", {}, {}}).ok();
            if (!ready)
                QThread::msleep(500);
        }
        QVERIFY(ready);
        int throttledSeen = 0;
        for (int round = 0; round < 3 && throttledSeen == 0; ++round) {
            const auto result = fetchInventory(**client);
            QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
            QVERIFY(!result->partial());
            QCOMPARE(int(result->inventory.ofKind(QStringLiteral("Pod")).size()), 14);
            throttledSeen = (*client)->stats().throttled;
        }
        if (throttledSeen == 0)
            QSKIP("the server admitted every request (no 429 seen in three fetches)");
        QVERIFY((*client)->stats().retries >= throttledSeen);
    }

    void http2()
    {
        KubeconfigLoadingRules rules;
        rules.explicitPath = m_dir.filePath(QStringLiteral("admin.yaml"));
        auto client = ApiClient::create(*loadClientConfig(rules, {}, {}));
        const ApiResponse r =
            (*client)->request({"GET", QStringLiteral("/version"), "application/json", {}, {}});
        QVERIFY(r.ok());
        QCOMPARE(r.httpVersion, 2); // the real server offers h2 through ALPN
    }

    void cliAgainstRealServer()
    {
        const QString path = m_dir.filePath(QStringLiteral("admin.yaml"));
        QString out;
        QString err;
        QTextStream o(&out);
        QTextStream e(&err);
        cli::Io io{o, e, [] { return QByteArray(); }};
        const QString snap = m_dir.filePath(QStringLiteral("real.pps"));
        QCOMPARE(cli::runCli({QStringLiteral("snapshot"), QStringLiteral("--kubeconfig"), path,
                              QStringLiteral("-o"), snap},
                             io),
                 0);
        o.flush();
        e.flush();
        m_outputs << out << err;
        QFile f(snap);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(!data.contains(kSecretValue));
        QVERIFY(!data.contains(kSecretValue.toBase64()));
    }
};

QTEST_GUILESS_MAIN(TestKubeApiserver)
#include "tst_kubeapiserver.moc"
