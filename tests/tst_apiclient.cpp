// The API client and the live inventory fetch against the in-process fake API server (real
// TLS, certificates made here at run time): TLS checks, every authentication form, exec plugins,
// retries, faults, pagination, partial inventories, the CLI, and planted secrets that must never
// appear in any output.

#include "cluster/apiclient.h"
#include "cluster/clusterfetcher.h"
#include "cluster/kubeconfig.h"
#include "command.h"
#include "fakeapiserver.h"
#include "fakeproxy.h"
#include "sourceoptions.h"
#include "sources/snapshot.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace parapet;
using namespace parapet::test;

namespace {

// Planted secrets: none of these may appear in any output, error or snapshot.
const QString kToken = QStringLiteral("tok-PLANTED-7f3a9c");
const QString kPluginToken = QStringLiteral("plugin-PLANTED-51e0");
const QString kPassword = QStringLiteral("pw-PLANTED-0b2d");
const QByteArray kSecretValue = "secret-value-PLANTED-99";
const QByteArray kRefreshToken = "refresh-PLANTED-c81f";

QByteArray b64(const QByteArray &s)
{
    return s.toBase64();
}

std::vector<QByteArray> makeItems(const QString &kindPrefix, int count, const QString &ns,
                                  bool managedFields = false)
{
    std::vector<QByteArray> out;
    for (int i = 0; i < count; ++i) {
        QJsonObject meta{
            {QStringLiteral("name"), QStringLiteral("%1-%2").arg(kindPrefix).arg(i)},
            {QStringLiteral("uid"), QStringLiteral("uid-%1-%2-%3").arg(kindPrefix, ns).arg(i)}};
        if (!ns.isEmpty())
            meta[QStringLiteral("namespace")] = ns;
        if (managedFields)
            meta[QStringLiteral("managedFields")] =
                QJsonArray{QJsonObject{{QStringLiteral("manager"), QStringLiteral("kubectl")}}};
        out.push_back(QJsonDocument(QJsonObject{{QStringLiteral("metadata"), meta},
                                                {QStringLiteral("spec"),
                                                 QJsonObject{{QStringLiteral("x"), i}}}})
                          .toJson(QJsonDocument::Compact));
    }
    return out;
}

struct Pki
{
    TestCert ca = TestPki::makeCa(QStringLiteral("test-ca"));
    TestCert otherCa = TestPki::makeCa(QStringLiteral("other-ca"));
    TestCert server = TestPki::makeLocalServer(ca);
    TestCert client =
        TestPki::makeClient(ca, QStringLiteral("cert-user"), {QStringLiteral("system:masters")});
    TestCert expired = [this] {
        TestPki::LeafOptions o;
        o.commonName = QStringLiteral("expired");
        o.ipAddresses = {QStringLiteral("127.0.0.1")};
        o.notBefore = -7200;
        o.notAfter = -3600;
        return TestPki::makeLeaf(ca, o);
    }();
    TestCert wrongHost = [this] {
        TestPki::LeafOptions o;
        o.commonName = QStringLiteral("wrong.example");
        o.dnsNames = {QStringLiteral("wrong.example")};
        return TestPki::makeLeaf(ca, o);
    }();
};

Pki &pki()
{
    static Pki p;
    return p;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeApiServer> m_server;
    QStringList m_outputs; // everything printed or returned, checked for planted secrets

    std::unique_ptr<FakeApiServer> makeServer(const TestCert &cert, bool tls = true,
                                              bool aggregated = true)
    {
        FakeApiServer::Options o;
        o.tls = tls;
        o.serverCert = cert;
        o.clientCaPem = pki().ca.certPem;
        o.aggregatedDiscovery = aggregated;
        auto s = std::make_unique<FakeApiServer>(o);
        s->addStandardResources();
        s->addToken(kToken, QStringLiteral("token-user"));
        s->addToken(kPluginToken, QStringLiteral("plugin-user"));
        s->addBasicUser(QStringLiteral("basic-user"), kPassword);
        s->addObjects(QString(), QStringLiteral("namespaces"),
                      {"{\"metadata\":{\"name\":\"default\"}}",
                       "{\"metadata\":{\"name\":\"team-a\"}}",
                       "{\"metadata\":{\"name\":\"kube-system\"}}"});
        s->addObjects(QString(), QStringLiteral("pods"),
                      makeItems(QStringLiteral("pod"), 5, QStringLiteral("team-a"), true));
        s->addObjects(QString(), QStringLiteral("pods"),
                      makeItems(QStringLiteral("etcd"), 1, QStringLiteral("kube-system")));
        s->addObjects(
            QString(), QStringLiteral("secrets"),
            {"{\"metadata\":{\"name\":\"db\",\"namespace\":\"team-a\",\"annotations\":{\"kubectl."
             "kubernetes.io/last-applied-configuration\":\"{\\\"data\\\":{\\\"password\\\":\\\"" +
             b64(kSecretValue) + "\\\"}}\"}},\"type\":\"Opaque\",\"data\":{\"password\":\"" +
             b64(kSecretValue) + "\"}}"});
        s->addObjects(QStringLiteral("rbac.authorization.k8s.io"), QStringLiteral("clusterroles"),
                      {"{\"metadata\":{\"name\":\"admin\"},\"rules\":[{\"verbs\":[\"*\"],"
                       "\"apiGroups\":[\"*\"],\"resources\":[\"*\"]}]}"});
        return s;
    }

    QString writeFile(const QString &name, const QByteArray &data, bool executable = false)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(data);
        f.close();
        if (executable)
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
        return path;
    }

    /// A kubeconfig for \a server with \a clusterExtra (indented under cluster:) and \a user.
    QString kubeconfig(const QString &server, const QByteArray &clusterExtra,
                       const QByteArray &user, const QString &name = QStringLiteral("config"))
    {
        QByteArray y =
            "apiVersion: v1\nkind: Config\nclusters:\n- name: fake\n  cluster:\n    server: " +
            server.toUtf8() + "\n" + clusterExtra + "users:\n- name: u\n  user:\n" + user +
            "contexts:\n- name: fake\n  context:\n    cluster: fake\n    user: u\n    namespace: "
            "team-a\n"
            "current-context: fake\n";
        return writeFile(name, y);
    }

    QByteArray caData(const QByteArray &pem = pki().ca.certPem)
    {
        return "    certificate-authority-data: " + pem.toBase64() + "\n";
    }

    Result<ClientConfig> load(const QString &path, ConfigOverrides o = {})
    {
        KubeconfigLoadingRules rules;
        rules.explicitPath = path;
        return loadClientConfig(rules, o, InClusterEnvironment());
    }

    ApiResponse get(const ClientConfig &c, const QString &path = QStringLiteral("/version"),
                    ApiClientOptions options = {})
    {
        auto client = ApiClient::create(c, options);
        if (!client) {
            ApiResponse r;
            r.error = client.error().message;
            r.failure = ApiResponse::Failure::Credentials;
            m_outputs << r.error;
            return r;
        }
        ApiResponse r = (*client)->request(ApiRequest{"GET", path, "application/json", {}, {}});
        m_outputs << r.error;
        return r;
    }

    QString execScript(const QString &name, const QByteArray &body)
    {
        return writeFile(name, "#!/bin/sh\n" + body, true);
    }

    void assertNoSecrets(const QString &what, const QByteArray &text)
    {
        for (const QByteArray &s :
             {kToken.toUtf8(), kRefreshToken, kPluginToken.toUtf8(), kPassword.toUtf8(),
              kSecretValue, b64(kSecretValue), pki().client.keyPem.mid(40, 40)}) {
            if (text.contains(s))
                QFAIL(qPrintable(QStringLiteral("%1 contains a planted secret").arg(what)));
        }
    }

    int runCli(const QStringList &args, QString &out, QString &err,
               const QProcessEnvironment &env = {})
    {
        Q_UNUSED(env)
        QTextStream o(&out);
        QTextStream e(&err);
        cli::Io io{o, e, [] { return QByteArray(); }};
        const int code = cli::runCli(args, io);
        o.flush();
        e.flush();
        m_outputs << out << err;
        return code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("HOME", m_dir.path().toUtf8()); // never the developer's ~/.kube
        qunsetenv("KUBECONFIG");
        qunsetenv("HTTPS_PROXY");
        qunsetenv("https_proxy");
        m_server = makeServer(pki().server);
    }

    void cleanupTestCase()
    {
        for (const QString &o : std::as_const(m_outputs))
            assertNoSecrets(QStringLiteral("an output"), o.toUtf8());
    }

    void tls_data()
    {
        QTest::addColumn<QString>("serverCert");
        QTest::addColumn<QByteArray>("clusterExtra");
        QTest::addColumn<bool>("plainServer");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("errorContains");
        const QByteArray ca = caData();
        QTest::newRow("ca-data") << "good" << ca << false << true << QString();
        QTest::newRow("ca-file") << "good" << QByteArray("    certificate-authority: ca.crt\n")
                                 << false << true << QString();
        QTest::newRow("unknown-ca")
            << "good" << caData(pki().otherCa.certPem) << false << false << "certificate";
        QTest::newRow("no-ca-system-store")
            << "good" << QByteArray() << false << false << "certificate";
        QTest::newRow("expired") << "expired" << ca << false << false << "expired";
        QTest::newRow("wrong-host") << "wrong-host" << ca << false << false << "127.0.0.1";
        QTest::newRow("wrong-host-tls-server-name")
            << "wrong-host" << QByteArray(ca + "    tls-server-name: wrong.example\n") << false
            << true << QString();
        QTest::newRow("insecure-skip-tls-verify")
            << "wrong-host" << QByteArray("    insecure-skip-tls-verify: true\n") << false << true
            << QString();
        QTest::newRow("plain-http-server") << "good" << ca << true << false << "plain HTTP";
    }

    void tls()
    {
        QFETCH(QString, serverCert);
        QFETCH(QByteArray, clusterExtra);
        QFETCH(bool, plainServer);
        QFETCH(bool, ok);
        QFETCH(QString, errorContains);
        writeFile(QStringLiteral("ca.crt"), pki().ca.certPem);
        const TestCert cert = serverCert == u"expired"      ? pki().expired
                              : serverCert == u"wrong-host" ? pki().wrongHost
                                                            : pki().server;
        auto server = makeServer(cert, !plainServer);
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(server->port());
        const auto config =
            load(kubeconfig(url, clusterExtra, "    token: " + kToken.toUtf8() + "\n"));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        const ApiResponse r = get(*config);
        QCOMPARE(r.ok(), ok);
        if (!ok) {
            QVERIFY2(r.error.contains(errorContains, Qt::CaseInsensitive), qPrintable(r.error));
            QVERIFY(r.failure == ApiResponse::Failure::Tls);
            // Nothing was sent on a connection that failed verification.
            for (const RecordedRequest &req : server->requests())
                QVERIFY(req.header("authorization").isEmpty());
        }
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QString>("expectedUser");
        const QString client =
            QStringLiteral("    client-certificate-data: %1\n    client-key-data: %2\n")
                .arg(QString::fromLatin1(pki().client.certPem.toBase64()),
                     QString::fromLatin1(pki().client.keyPem.toBase64()));
        QTest::newRow("token") << QByteArray("    token: " + kToken.toUtf8() + "\n")
                               << "token-user";
        QTest::newRow("token-file") << QByteArray("    tokenFile: token.txt\n") << "token-user";
        QTest::newRow("token-file-wins-over-token")
            << QByteArray("    token: wrong-inline-token\n    tokenFile: token.txt\n")
            << "token-user";
        QTest::newRow("basic") << QByteArray("    username: basic-user\n    password: " +
                                             kPassword.toUtf8() + "\n")
                               << "basic-user";
        QTest::newRow("client-cert-data") << client.toUtf8() << "cert-user";
        QTest::newRow("client-cert-files")
            << QByteArray("    client-certificate: client.crt\n    client-key: client.key\n")
            << "cert-user";
        QTest::newRow("exec-v1")
            << QByteArray("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                          "      command: ./plugin-v1.sh\n      interactiveMode: Never\n"
                          "      provideClusterInfo: true\n")
            << "plugin-user";
        QTest::newRow("exec-v1beta1")
            << QByteArray("    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
                          "      command: plugin-beta.sh\n      args: [\"--flag\", \"a b\"]\n"
                          "      env: [{name: EXTRA, value: \"x y\"}]\n")
            << "plugin-user";
        QTest::newRow("exec-client-cert")
            << QByteArray("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                          "      command: ./plugin-cert.sh\n      interactiveMode: IfAvailable\n")
            << "cert-user";
        QTest::newRow("anonymous") << QByteArray("    {}\n") << QString();
    }

    void authentication()
    {
        QFETCH(QByteArray, user);
        QFETCH(QString, expectedUser);
        writeFile(QStringLiteral("token.txt"), kToken.toUtf8() + "\n");
        writeFile(QStringLiteral("client.crt"), pki().client.certPem);
        writeFile(QStringLiteral("client.key"), pki().client.keyPem);
        const QByteArray cred = "{\"kind\":\"ExecCredential\",\"apiVersion\":\"client."
                                "authentication.k8s.io/%1\",\"status\":{\"token\":\"" +
                                kPluginToken.toUtf8() + "\"}}";
        // provideClusterInfo: the plugin gets the server and CA in KUBERNETES_EXEC_INFO.
        execScript(
            QStringLiteral("plugin-v1.sh"),
            "echo \"$KUBERNETES_EXEC_INFO\" | grep -q '\"server\":\"https://127.0.0.1' || exit 9\n"
            "echo \"$KUBERNETES_EXEC_INFO\" | grep -q 'certificate-authority-data' || exit "
            "10\necho '" +
                QByteArray(cred).replace("%1", "v1") + "'\n");
        // v1beta1: found through PATH, with its argv and env checked (no shell word splitting).
        QDir(m_dir.path()).mkpath(QStringLiteral("bin"));
        execScript(
            QStringLiteral("bin/plugin-beta.sh"),
            "[ \"$1\" = --flag ] && [ \"$2\" = 'a b' ] && [ \"$EXTRA\" = 'x y' ] || exit 7\n"
            "echo \"$KUBERNETES_EXEC_INFO\" | grep -q '\"interactive\":false' || exit 8\necho '" +
                QByteArray(cred).replace("%1", "v1beta1") + "'\n");
        const QByteArray certJson =
            QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                                      {QStringLiteral("apiVersion"),
                                       QStringLiteral("client.authentication.k8s.io/v1")},
                                      {QStringLiteral("status"),
                                       QJsonObject{{QStringLiteral("clientCertificateData"),
                                                    QString::fromLatin1(pki().client.certPem)},
                                                   {QStringLiteral("clientKeyData"),
                                                    QString::fromLatin1(pki().client.keyPem)}}}})
                .toJson(QJsonDocument::Compact);
        execScript(QStringLiteral("plugin-cert.sh"), "cat <<'EOF'\n" + certJson + "\nEOF\n");
        const auto config = load(kubeconfig(m_server->url(), caData(), user));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        ApiClientOptions options;
        options.credentials.environment.insert(QStringLiteral("PATH"),
                                               m_dir.filePath(QStringLiteral("bin")) +
                                                   QStringLiteral(":/usr/bin:/bin"));
        m_server->clearRequests();
        const ApiResponse r = get(*config, QStringLiteral("/version"), options);
        if (expectedUser.isEmpty()) {
            QCOMPARE(r.status, 401);
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(m_server->requests().last().user, expectedUser);
    }

    void oidcAuthProvider()
    {
        const auto jwt = [](qint64 exp) {
            const auto part = [](const QByteArray &json) {
                return QString::fromLatin1(
                    json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            };
            return QString(part("{\"alg\":\"none\"}") + u'.' +
                           part("{\"exp\":" + QByteArray::number(exp) + "}") +
                           QStringLiteral(".sig"));
        };
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString expired = jwt(now - 3600);
        const QString fresh = jwt(now + 3600);
        m_server->addToken(fresh, QStringLiteral("oidc-user"));
        m_server->setOidc(QString::fromLatin1(kRefreshToken), fresh);
        const QByteArray provider =
            "    auth-provider:\n      name: oidc\n      config:\n        idp-issuer-url: " +
            m_server->url().toUtf8() +
            "\n        client-id: parapet\n        id-token: " + expired.toUtf8() +
            "\n        idp-certificate-authority-data: " + pki().ca.certPem.toBase64() + "\n";
        const QString path = kubeconfig(m_server->url(), caData(),
                                        provider + "        refresh-token: " + kRefreshToken + "\n",
                                        QStringLiteral("oidc-config"));
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        const QByteArray before = file.readAll();
        file.close();
        const auto config = load(path);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        m_server->clearRequests();
        const ApiResponse r = get(*config);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(m_server->requests().last().user, QStringLiteral("oidc-user"));
        file.open(QIODevice::ReadOnly);
        QCOMPARE(file.readAll(), before); // refreshed in memory, nothing written back
        // Expired and nothing to refresh with: a clear error, no request.
        const auto stale =
            load(kubeconfig(m_server->url(), caData(), provider, QStringLiteral("oidc-stale")));
        QVERIFY(stale);
        const ApiResponse e = get(*stale);
        QVERIFY(!e.ok());
        QVERIFY2(e.error.contains(QStringLiteral("cannot refresh without refresh-token")),
                 qPrintable(e.error));
    }

    void execPluginCachingAndRefresh()
    {
        const QString counter = m_dir.filePath(QStringLiteral("count"));
        QFile::remove(counter);
        const QByteArray exp =
            QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate).toUtf8();
        execScript(QStringLiteral("counting.sh"),
                   "echo x >> '" + counter.toUtf8() +
                       "'\n"
                       "echo "
                       "'{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s."
                       "io/v1\",\"status\":{\"token\":\"" +
                       kPluginToken.toUtf8() + "\",\"expirationTimestamp\":\"" + exp + "\"}}'\n");
        const auto config =
            load(kubeconfig(m_server->url(), caData(),
                            "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                            "      command: ./counting.sh\n      interactiveMode: Never\n"));
        QVERIFY(config);
        auto client = ApiClient::create(*config);
        QVERIFY(client);
        for (int i = 0; i < 3; ++i)
            QVERIFY((*client)
                        ->request({"GET", QStringLiteral("/version"), "application/json", {}, {}})
                        .ok());
        const auto lines = [&] {
            QFile f(counter);
            f.open(QIODevice::ReadOnly);
            return f.readAll().count('\n');
        };
        QCOMPARE(lines(), 1); // cached until expirationTimestamp
        // A 401 makes exactly one refresh and one retry.
        m_server->addFault(
            Fault{Fault::Type::Status, QStringLiteral("/version"), {}, 1, 0, 401, {}, 0});
        const ApiResponse r =
            (*client)->request({"GET", QStringLiteral("/version"), "application/json", {}, {}});
        m_server->clearFaults();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(lines(), 2);
    }

    void execPluginErrors_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QByteArray>("exec");
        QTest::addColumn<QString>("errorContains");
        const QByteArray v1 =
            "      apiVersion: client.authentication.k8s.io/v1\n      interactiveMode: Never\n";
        QTest::newRow("missing-with-hint")
            << QByteArray()
            << QByteArray(v1 + "      command: no-such-plugin-xyz\n      installHint: \"install it "
                               "with \\e[1mapt\\e[0m\"\n")
            << "exec: executable no-such-plugin-xyz not found";
        QTest::newRow("exit-code")
            << QByteArray("echo oops >&2\nexit 3\n") << v1 << "failed with exit code 3";
        QTest::newRow("not-json") << QByteArray("echo '" + kPluginToken.toUtf8() + "'\n") << v1
                                  << "decoding stdout";
        QTest::newRow("no-kind")
            << QByteArray(
                   "echo "
                   "'{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"status\":{\"token\":\"" +
                   kPluginToken.toUtf8() + "\"}}'\n")
            << v1 << "Object 'Kind' is missing";
        QTest::newRow("wrong-version")
            << QByteArray("echo "
                          "'{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication."
                          "k8s.io/v1beta1\",\"status\":{\"token\":\"x\"}}'\n")
            << v1 << "plugin returned version client.authentication.k8s.io/v1beta1";
        QTest::newRow("no-status") << QByteArray("echo "
                                                 "'{\"kind\":\"ExecCredential\",\"apiVersion\":"
                                                 "\"client.authentication.k8s.io/v1\"}'\n")
                                   << v1 << "didn't return a status field";
        QTest::newRow("empty-status")
            << QByteArray("echo "
                          "'{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication."
                          "k8s.io/v1\",\"status\":{}}'\n")
            << v1 << "didn't return a token or cert/key pair";
        QTest::newRow("cert-only")
            << QByteArray("echo "
                          "'{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication."
                          "k8s.io/v1\",\"status\":{\"clientCertificateData\":\"x\"}}'\n")
            << v1 << "only certificate or key";
        QTest::newRow("always-without-terminal")
            << QByteArray("exit 0\n")
            << QByteArray("      apiVersion: client.authentication.k8s.io/v1\n      "
                          "interactiveMode: Always\n")
            << "standard input is not a terminal";
        QTest::newRow("timeout") << QByteArray("sleep 5\n") << v1 << "did not finish";
    }

    void execPluginErrors()
    {
        QFETCH(QByteArray, script);
        QFETCH(QByteArray, exec);
        QFETCH(QString, errorContains);
        QByteArray execYaml = exec;
        if (!exec.contains("command:")) {
            execScript(QStringLiteral("failing.sh"), script);
            execYaml += "      command: ./failing.sh\n";
        }
        const auto config = load(kubeconfig(m_server->url(), caData(), "    exec:\n" + execYaml));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        ApiClientOptions options;
        options.credentials.execTimeoutMs = 1000;
        QString stderrText;
        options.credentials.onPluginStderr = [&](const QString &s) { stderrText += s; };
        m_server->clearRequests();
        const ApiResponse r = get(*config, QStringLiteral("/version"), options);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(errorContains), qPrintable(r.error));
        if (QByteArray(QTest::currentDataTag()) == "missing-with-hint") {
            QVERIFY2(r.error.contains(QStringLiteral("install it with U+001B[1mapt")),
                     qPrintable(r.error));
        }
        if (QByteArray(QTest::currentDataTag()) == "exit-code")
            QCOMPARE(stderrText.trimmed(), QStringLiteral("oops"));
        QVERIFY(m_server->requests().isEmpty()); // no request without a credential
    }

    void impersonationAndCompression()
    {
        ConfigOverrides o;
        o.impersonate = QStringLiteral("jane");
        o.impersonateGroups = {QStringLiteral("devs"), QStringLiteral("ops")};
        const auto config =
            load(kubeconfig(m_server->url(), caData(), "    token: " + kToken.toUtf8() + "\n"), o);
        QVERIFY(config);
        m_server->clearRequests();
        const ApiResponse r = get(*config, QStringLiteral("/api/v1/pods"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const RecordedRequest req = m_server->requests().last();
        QCOMPARE(req.header("impersonate-user"), QByteArray("jane"));
        QCOMPARE(req.headers.value("impersonate-group"), (QList<QByteArray>{"devs", "ops"}));
        QVERIFY(req.header("accept-encoding").contains("gzip"));
        QVERIFY(r.body.startsWith("{\"kind\":\"PodList\"")); // decompressed
        // disable-compression: no gzip asked.
        const auto plain =
            load(kubeconfig(m_server->url(), caData() + "    disable-compression: true\n",
                            "    token: " + kToken.toUtf8() + "\n"));
        QVERIFY(plain);
        m_server->clearRequests();
        QVERIFY(get(*plain, QStringLiteral("/api/v1/pods")).ok());
        QVERIFY(!m_server->requests().last().header("accept-encoding").contains("gzip"));
    }

    void plainHttpGetsNoCredentials()
    {
        auto server = makeServer(pki().server, false);
        // A server URL without a scheme is plain HTTP, as in kubectl: no token is sent.
        const auto config = load(kubeconfig(QStringLiteral("127.0.0.1:%1").arg(server->port()),
                                            QByteArray(), "    token: " + kToken.toUtf8() + "\n"));
        QVERIFY(config);
        QVERIFY(!config->isHttps());
        const ApiResponse r = get(*config);
        QCOMPARE(r.status, 401);
        QVERIFY(server->requests().last().header("authorization").isEmpty());
    }

    void retries_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("times");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("attempts");
        QTest::newRow("429-retry-after") << 429 << QByteArray("1") << 2 << true << 3;
        QTest::newRow("503-no-retry-after") << 503 << QByteArray() << 1 << true << 2;
        QTest::newRow("500-with-retry-after") << 500 << QByteArray("0") << 1 << true << 2;
        QTest::newRow("500-without-retry-after") << 500 << QByteArray() << 1 << false << 1;
        QTest::newRow("429-forever") << 429 << QByteArray("0") << -1 << false << 4;
    }

    void retries()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, times);
        QFETCH(bool, ok);
        QFETCH(int, attempts);
        const auto config =
            load(kubeconfig(m_server->url(), caData(), "    token: " + kToken.toUtf8() + "\n"));
        m_server->addFault(Fault{
            Fault::Type::Status, QStringLiteral("/version"), {}, times, 0, status, retryAfter, 0});
        ApiClientOptions options;
        options.maxRetries = 3;
        options.backoffMs = 10;
        QElapsedTimer timer;
        timer.start();
        const ApiResponse r = get(*config, QStringLiteral("/version"), options);
        m_server->clearFaults();
        QCOMPARE(r.ok(), ok);
        QCOMPARE(r.attempts, attempts);
        if (!ok)
            QVERIFY2(r.error.contains(QString::number(status)), qPrintable(r.error));
    }

    void faults_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("failure");
        QTest::newRow("hang") << int(Fault::Type::Hang) << qint64(0)
                              << int(ApiResponse::Failure::Timeout);
        QTest::newRow("drop") << int(Fault::Type::Drop) << qint64(0)
                              << int(ApiResponse::Failure::Transport);
        QTest::newRow("truncate") << int(Fault::Type::Truncate) << qint64(0)
                                  << int(ApiResponse::Failure::Transport);
        QTest::newRow("huge") << int(Fault::Type::Huge) << qint64(3 << 20)
                              << int(ApiResponse::Failure::TooLarge);
    }

    void faults()
    {
        QFETCH(int, type);
        QFETCH(qint64, size);
        QFETCH(int, failure);
        const auto config =
            load(kubeconfig(m_server->url(), caData(), "    token: " + kToken.toUtf8() + "\n"));
        Fault f;
        f.type = Fault::Type(type);
        f.pathPrefix = QStringLiteral("/api/v1/pods");
        f.hugeBytes = size;
        m_server->addFault(f);
        ApiClientOptions options;
        options.idleTimeoutMs = 1500;
        options.maxResponseBytes = 1 << 20;
        options.maxRetries = 1;
        options.backoffMs = 10;
        const ApiResponse r = get(*config, QStringLiteral("/api/v1/pods"), options);
        m_server->clearFaults();
        QVERIFY(!r.ok());
        QCOMPARE(int(r.failure), failure);
        QVERIFY(r.error.contains(QStringLiteral("/api/v1/pods")));
    }

    void requestTimeoutAndSlowServer()
    {
        ConfigOverrides o;
        o.requestTimeout = QStringLiteral("500ms");
        const auto config =
            load(kubeconfig(m_server->url(), caData(), "    token: " + kToken.toUtf8() + "\n"), o);
        QVERIFY(config);
        QCOMPARE(config->timeoutMs, 500);
        m_server->addFault(
            Fault{Fault::Type::Delay, QStringLiteral("/version"), {}, 1, 2000, 200, {}, 0});
        const ApiResponse slow = get(*config);
        QCOMPARE(slow.failure, ApiResponse::Failure::Timeout);
        m_server->clearFaults();
        m_server->addFault(
            Fault{Fault::Type::Delay, QStringLiteral("/version"), {}, 1, 100, 200, {}, 0});
        QVERIFY(get(*config).ok()); // slow but within the timeout
        m_server->clearFaults();
    }

    void proxies()
    {
        // proxy-url is used (here a dead proxy: the error names the failure, not a credential).
        const auto viaProxy =
            load(kubeconfig(m_server->url(), caData() + "    proxy-url: http://127.0.0.1:9\n",
                            "    token: " + kToken.toUtf8() + "\n"));
        QVERIFY(viaProxy);
        QCOMPARE(viaProxy->proxyUrl, QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(!get(*viaProxy).ok());
        // The environment's proxy is never used for loopback servers (Go's rule).
        const auto direct =
            load(kubeconfig(m_server->url(), caData(), "    token: " + kToken.toUtf8() + "\n"));
        ApiClientOptions options;
        options.credentials.environment.insert(QStringLiteral("HTTPS_PROXY"),
                                               QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(get(*direct, QStringLiteral("/version"), options).ok());
        // Unsupported schemes are refused as kubectl refuses them.
        const auto bad = load(kubeconfig(
            m_server->url(), caData() + "    proxy-url: ftp://proxy:21\n", "    token: x\n"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("unsupported scheme \"ftp\"")));
    }

    void proxyTunnels_data()
    {
        QTest::addColumn<QString>("proxyUrl"); // PORT is the proxy's port
        QTest::addColumn<QString>("httpsProxyEnv");
        QTest::addColumn<QString>("noProxyEnv");
        QTest::addColumn<bool>("viaProxy");
        QTest::newRow("proxy-url-http")
            << "http://127.0.0.1:PORT" << QString() << QString() << true;
        QTest::newRow("proxy-url-socks5")
            << "socks5://127.0.0.1:PORT" << QString() << QString() << true;
        QTest::newRow("https-proxy-env")
            << QString() << "http://127.0.0.1:PORT" << QString() << true;
        QTest::newRow("https-proxy-env-without-scheme")
            << QString() << "127.0.0.1:PORT" << QString() << true;
        QTest::newRow("no-proxy-env") << QString() << "http://127.0.0.1:PORT"
                                      << ".default.svc" << false;
        QTest::newRow("proxy-url-wins-over-no-proxy")
            << "http://127.0.0.1:PORT" << QString() << "kubernetes.default.svc" << true;
    }

    void proxyTunnels()
    {
        QFETCH(QString, proxyUrl);
        QFETCH(QString, httpsProxyEnv);
        QFETCH(QString, noProxyEnv);
        QFETCH(bool, viaProxy);
        FakeProxy proxy;
        const QString port = QString::number(proxy.port());
        // kubernetes.default.svc does not resolve here: only the proxy can reach it.
        const QString server =
            QStringLiteral("https://kubernetes.default.svc:%1").arg(m_server->port());
        QByteArray cluster = caData();
        if (!proxyUrl.isEmpty())
            cluster += "    proxy-url: " +
                       QString(proxyUrl).replace(QStringLiteral("PORT"), port).toUtf8() + "\n";
        const auto config =
            load(kubeconfig(server, cluster, "    token: " + kToken.toUtf8() + "\n"));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        ApiClientOptions options;
        if (!httpsProxyEnv.isEmpty())
            options.credentials.environment.insert(
                QStringLiteral("HTTPS_PROXY"),
                QString(httpsProxyEnv).replace(QStringLiteral("PORT"), port));
        if (!noProxyEnv.isEmpty())
            options.credentials.environment.insert(QStringLiteral("NO_PROXY"), noProxyEnv);
        options.connectTimeoutMs = 5000;
        const ApiResponse r = get(*config, QStringLiteral("/version"), options);
        QCOMPARE(r.ok(), viaProxy);
        QCOMPARE(proxy.targets().contains(
                     QStringLiteral("kubernetes.default.svc:%1").arg(m_server->port())),
                 viaProxy);
    }

    void fetch_data()
    {
        QTest::addColumn<bool>("aggregated");
        QTest::newRow("aggregated-discovery") << true;
        QTest::newRow("legacy-discovery") << false;
    }

    void fetch()
    {
        QFETCH(bool, aggregated);
        auto server = makeServer(pki().server, true, aggregated);
        const auto config =
            load(kubeconfig(server->url(), caData(), "    token: " + kToken.toUtf8() + "\n"));
        auto client = ApiClient::create(*config);
        QVERIFY(client);
        FetchOptions options;
        options.pageSize = 2; // 6 pods → 3 pages
        QList<FetchProgress> progress;
        options.progress = [&](const FetchProgress &p) { progress.append(p); };
        const auto result = fetchInventory(**client, options);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->aggregatedDiscovery, aggregated);
        QCOMPARE(result->serverVersion, QStringLiteral("v1.30.2"));
        const Inventory &inv = result->inventory;
        QCOMPARE(inv.source().kind, SourceInfo::Kind::Live);
        QCOMPARE(int(inv.ofKind(QStringLiteral("Pod")).size()), 6);
        QCOMPARE(int(inv.ofKind(QStringLiteral("Namespace")).size()), 3);
        QVERIFY(inv.find(QStringLiteral("Pod"), QStringLiteral("kube-system"),
                         QStringLiteral("etcd-0")));
        const KubeObject *pod =
            inv.find(QStringLiteral("Pod"), QStringLiteral("team-a"), QStringLiteral("pod-1"));
        QVERIFY(pod);
        QCOMPARE(pod->apiVersion(), QStringLiteral("v1"));
        QVERIFY(!pod->metadata()["managedFields"].isValid());
        const KubeObject *secret =
            inv.find(QStringLiteral("Secret"), QStringLiteral("team-a"), QStringLiteral("db"));
        QVERIFY(secret);
        QVERIFY(!secret->root()["data"].isValid());
        QVERIFY(!result->partial());
        int podPages = 0;
        for (const RecordedRequest &r : server->requests()) {
            if (r.path == u"/api/v1/pods") {
                ++podPages;
                QVERIFY(r.query.contains(QStringLiteral("limit=2")));
            }
            if (r.path == u"/api/v1/secrets")
                QVERIFY(r.header("accept").contains("as=PartialObjectMetadataList"));
        }
        QCOMPARE(podPages, 3);
        // Connections are reused: far fewer connections than requests.
        const ApiClient::Stats stats = (*client)->stats();
        QVERIFY2(stats.connections <= 8 && stats.requests > 2 * stats.connections,
                 qPrintable(QStringLiteral("%1 connections for %2 requests")
                                .arg(stats.connections)
                                .arg(stats.requests)));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().kindsDone, progress.last().kindsTotal);
        assertNoSecrets(QStringLiteral("the snapshot"), Snapshot::write(inv));
    }

    void secretsFromServerIgnoringMetadataAccept()
    {
        FakeApiServer::Options o;
        o.serverCert = pki().server;
        o.ignoreMetadataAccept = true;
        FakeApiServer server(o);
        server.addStandardResources();
        server.addToken(kToken, QStringLiteral("token-user"));
        server.addObjects(
            QString(), QStringLiteral("secrets"),
            {"{\"metadata\":{\"name\":\"db\",\"namespace\":\"a\"},\"data\":{\"password\":\"" +
             b64(kSecretValue) + "\"}}"});
        const auto config =
            load(kubeconfig(server.url(), caData(), "    token: " + kToken.toUtf8() + "\n"));
        auto client = ApiClient::create(*config);
        const auto result = fetchInventory(**client);
        QVERIFY(result);
        QCOMPARE(int(result->inventory.ofKind(QStringLiteral("Secret")).size()), 1);
        assertNoSecrets(QStringLiteral("the snapshot"), Snapshot::write(result->inventory));
    }

    void expiredContinueRestartsTheList()
    {
        const auto config =
            load(kubeconfig(m_server->url(), caData(), "    token: " + kToken.toUtf8() + "\n"));
        auto client = ApiClient::create(*config);
        // The second page of pods answers 410 once: the pod list starts again.
        m_server->addFault(Fault{Fault::Type::Status,
                                 QStringLiteral("/api/v1/pods"),
                                 QStringLiteral("continue="),
                                 1,
                                 0,
                                 410,
                                 {},
                                 0});
        FetchOptions options;
        options.pageSize = 2;
        const auto result = fetchInventory(**client, options);
        m_server->clearFaults();
        QVERIFY(result);
        QCOMPARE(int(result->inventory.ofKind(QStringLiteral("Pod")).size()), 6);
        for (const KindFetch &k : result->kinds)
            if (k.kind == u"Pod")
                QCOMPARE(k.restarts, 1);
        QVERIFY(!result->inventory.hasErrors()); // no duplicates from the discarded pages
    }

    void partialInventory()
    {
        FakeAccess access;
        access.forbiddenClusterWide = {QStringLiteral("secrets"), QStringLiteral("pods"),
                                       QStringLiteral("clusterroles")};
        access.allowedInNamespace[QStringLiteral("team-a")] = {QStringLiteral("pods")};
        m_server->setAccess(QStringLiteral("token-user"), access);
        const auto config =
            load(kubeconfig(m_server->url(), caData(), "    token: " + kToken.toUtf8() + "\n"));
        auto client = ApiClient::create(*config);
        const auto result = fetchInventory(**client);
        m_server->setAccess(QStringLiteral("token-user"), FakeAccess());
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QVERIFY(result->partial());
        QHash<QString, KindFetch> kinds;
        for (const KindFetch &k : result->kinds)
            kinds.insert(k.kind, k);
        QCOMPARE(kinds[QStringLiteral("Pod")].status, KindFetch::Status::Partial);
        QCOMPARE(kinds[QStringLiteral("Pod")].namespaces, QStringList{QStringLiteral("team-a")});
        QCOMPARE(kinds[QStringLiteral("Secret")].status, KindFetch::Status::Forbidden);
        QCOMPARE(kinds[QStringLiteral("ClusterRole")].status, KindFetch::Status::Forbidden);
        QVERIFY(kinds[QStringLiteral("Secret")].reason.contains(
            QStringLiteral("cannot list resource \"secrets\"")));
        QCOMPARE(int(result->inventory.ofKind(QStringLiteral("Pod")).size()), 5);
        // The access reviews tell what this identity may see.
        const QString notes = result->accessNotes.join(u'\n');
        QVERIFY2(notes.contains(QStringLiteral("list Secret in all namespaces: denied")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("namespace team-a: may list pods")),
                 qPrintable(notes));
        // The gaps are recorded in the inventory for every consumer.
        int warnings = 0;
        for (const Diagnostic &d : result->inventory.diagnostics())
            warnings += d.severity == Diagnostic::Severity::Warning &&
                        (d.message.contains(u"Secret") || d.message.contains(u"Pod"));
        QVERIFY(warnings >= 2);
    }

    void garbageJsonIsAnError()
    {
        const auto config =
            load(kubeconfig(m_server->url(), caData(), "    token: " + kToken.toUtf8() + "\n"));
        auto client = ApiClient::create(*config);
        m_server->addFault(
            Fault{Fault::Type::Garbage, QStringLiteral("/api/v1/pods"), {}, -1, 0, 200, {}, 0});
        const auto result = fetchInventory(**client);
        m_server->clearFaults();
        QVERIFY(result);
        for (const KindFetch &k : result->kinds)
            if (k.kind == u"Pod") {
                QCOMPARE(k.status, KindFetch::Status::Failed);
                QVERIFY2(k.reason.contains(QStringLiteral("invalid JSON")), qPrintable(k.reason));
            }
        QVERIFY(result->inventory.hasErrors());
    }

    void unauthorizedIsAnError()
    {
        const auto config =
            load(kubeconfig(m_server->url(), caData(), "    token: not-a-known-token\n"));
        auto client = ApiClient::create(*config);
        const auto result = fetchInventory(**client);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("401")),
                 qPrintable(result.error().message));
    }

    void cancellation()
    {
        const auto config =
            load(kubeconfig(m_server->url(), caData(), "    token: " + kToken.toUtf8() + "\n"));
        std::atomic_bool cancel{false};
        ApiClientOptions options;
        options.cancel = &cancel;
        auto client = ApiClient::create(*config, options);
        m_server->addFault(
            Fault{Fault::Type::Hang, QStringLiteral("/api/v1/pods"), {}, -1, 0, 200, {}, 0});
        FetchOptions fetch;
        fetch.progress = [&](const FetchProgress &) { cancel = true; };
        QElapsedTimer timer;
        timer.start();
        const auto result = fetchInventory(**client, fetch);
        m_server->clearFaults();
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("cancelled")));
    }

    void cliSnapshotAndContexts()
    {
        const QString kc =
            kubeconfig(m_server->url(), caData(), "    token: " + kToken.toUtf8() + "\n",
                       QStringLiteral("cli-config"));
        const QString snap = m_dir.filePath(QStringLiteral("live.pps"));
        QString out;
        QString err;
        QCOMPARE(runCli({QStringLiteral("snapshot"), QStringLiteral("--kubeconfig"), kc,
                         QStringLiteral("--context"), QStringLiteral("fake"), QStringLiteral("-o"),
                         snap},
                        out, err),
                 0);
        QFile f(snap);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        assertNoSecrets(QStringLiteral("the snapshot file"), data);
        const auto loaded = Snapshot::read(data, snap);
        QVERIFY(loaded);
        QCOMPARE(loaded->inventory.source().capturedKind, SourceInfo::Kind::Live);
        QCOMPARE(int(loaded->inventory.ofKind(QStringLiteral("Pod")).size()), 6);

        out.clear();
        err.clear();
        QCOMPARE(runCli({QStringLiteral("contexts"), QStringLiteral("--kubeconfig"), kc}, out, err),
                 0);
        QVERIFY2(
            out.contains(QStringLiteral("*         fake   fake      u          token   team-a")),
            qPrintable(out));

        // -n lists namespaced kinds in that namespace only.
        out.clear();
        err.clear();
        QCOMPARE(runCli({QStringLiteral("inventory"), QStringLiteral("--kubeconfig"), kc,
                         QStringLiteral("-n"), QStringLiteral("kube-system"),
                         QStringLiteral("--kind"), QStringLiteral("pods")},
                        out, err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("etcd-0")) && !out.contains(QStringLiteral("pod-1")),
                 qPrintable(out));

        // A missing context is a usage error naming it.
        out.clear();
        err.clear();
        QCOMPARE(runCli({QStringLiteral("inventory"), QStringLiteral("--kubeconfig"), kc,
                         QStringLiteral("--context"), QStringLiteral("nope")},
                        out, err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("context was not found for specified context: nope")),
                 qPrintable(err));
    }

    void contextsMatchKubectl()
    {
        // Same merged KUBECONFIG (with a missing entry) ⇒ same contexts and current context.
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        const QString a = writeFile(
            QStringLiteral("ctx-a"),
            "current-context: a\nclusters:\n- name: cx\n  cluster: {server: https://x}\n"
            "users:\n- name: ua\n  user: {token: " +
                kToken.toUtf8() +
                "}\n"
                "contexts:\n- name: a\n  context: {cluster: cx, user: ua, namespace: n1}\n"
                "- name: shared\n  context: {cluster: cx, user: ua}\n");
        const QString b = writeFile(
            QStringLiteral("ctx-b"),
            "current-context: b\nclusters:\n- name: cy\n  cluster: {server: https://y}\n"
            "users:\n- name: ub\n  user: {username: u, password: " +
                kPassword.toUtf8() +
                "}\n"
                "contexts:\n- name: shared\n  context: {cluster: cy, user: ub, namespace: other}\n"
                "- name: b\n  context: {cluster: cy, user: ub}\n");
        const QString list = a + u':' + m_dir.filePath(QStringLiteral("missing")) + u':' + b;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), list);
        p.setProcessEnvironment(env);
        p.start(kubectl, {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("-o"),
                          QStringLiteral("json")});
        QVERIFY(p.waitForFinished(60'000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject theirs = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QMap<QString, QString> expected;
        for (const QJsonValue &v : theirs.value(QStringLiteral("contexts")).toArray()) {
            const QJsonObject c = v[QStringLiteral("context")].toObject();
            expected.insert(v[QStringLiteral("name")].toString(),
                            c.value(QStringLiteral("cluster")).toString() + u'|' +
                                c.value(QStringLiteral("user")).toString() + u'|' +
                                c.value(QStringLiteral("namespace")).toString());
        }
        qputenv("KUBECONFIG", list.toUtf8());
        QString out;
        QString err;
        const int code =
            runCli({QStringLiteral("contexts"), QStringLiteral("--format"), QStringLiteral("json")},
                   out, err);
        qunsetenv("KUBECONFIG");
        QCOMPARE(code, 0);
        const QJsonObject ours = QJsonDocument::fromJson(out.toUtf8()).object();
        QMap<QString, QString> actual;
        for (const QJsonValue &v : ours.value(QStringLiteral("contexts")).toArray())
            actual.insert(v[QStringLiteral("name")].toString(),
                          v[QStringLiteral("cluster")].toString() + u'|' +
                              v[QStringLiteral("user")].toString() + u'|' +
                              v[QStringLiteral("namespace")].toString());
        QCOMPARE(actual, expected);
        QCOMPARE(ours.value(QStringLiteral("currentContext")).toString(),
                 theirs.value(QStringLiteral("current-context")).toString());
        QCOMPARE(actual.value(QStringLiteral("shared")),
                 QStringLiteral("cx|ua|")); // first file wins
        // An unquoted YAML 1.1 boolean as a name: kubectl refuses the file, and so does Parapet.
        const QString yes = writeFile(QStringLiteral("ctx-yes"),
                                      "clusters:\n- name: Y\n  cluster: {server: https://y}\n");
        env.insert(QStringLiteral("KUBECONFIG"), yes);
        p.setProcessEnvironment(env);
        p.start(kubectl, {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("-o"),
                          QStringLiteral("json")});
        QVERIFY(p.waitForFinished(60'000));
        QVERIFY(p.exitCode() != 0);
        QCOMPARE(
            runCli({QStringLiteral("contexts"), QStringLiteral("--kubeconfig"), yes}, out, err), 2);
    }

    void kubectlCrossCheck()
    {
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        const QString kc =
            kubeconfig(m_server->url(), caData(), "    token: " + kToken.toUtf8() + "\n",
                       QStringLiteral("kubectl-config"));
        QProcess p;
        p.start(kubectl, {QStringLiteral("--kubeconfig"), kc, QStringLiteral("--cache-dir"),
                          m_dir.filePath(QStringLiteral("kubectl-cache")), QStringLiteral("get"),
                          QStringLiteral("pods"), QStringLiteral("-A"), QStringLiteral("-o"),
                          QStringLiteral("json")});
        QVERIFY(p.waitForFinished(60'000));
        const QByteArray kout = p.readAllStandardOutput();
        const QByteArray kerr = p.readAllStandardError();
        if (p.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("kubectl could not talk to the fake server: %1")
                                 .arg(QString::fromUtf8(kerr))));
        QStringList kubectlPods;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(kout).object().value(QStringLiteral("items")).toArray())
            kubectlPods << v[QStringLiteral("metadata")][QStringLiteral("namespace")].toString() +
                               u'/' +
                               v[QStringLiteral("metadata")][QStringLiteral("name")].toString();
        const auto config = load(kc);
        auto client = ApiClient::create(*config);
        const auto result = fetchInventory(**client);
        QVERIFY(result);
        QStringList ours;
        for (const KubeObject *o : result->inventory.ofKind(QStringLiteral("Pod")))
            ours << o->ns() + u'/' + o->name();
        kubectlPods.sort();
        ours.sort();
        QCOMPARE(ours, kubectlPods);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
