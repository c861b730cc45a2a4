// kubeconfig loading, merging and resolution, with the expectations of client-go's
// clientcmd tests (loader_test.go, client_config_test.go, validation_test.go) re-expressed as
// tables.

#include "cluster/credentials.h"
#include "cluster/kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace parapet;

class TestKubeconfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(data);
        return path;
    }

    static Kubeconfig parse(const QByteArray &yaml,
                            const QString &file = QStringLiteral("/cfg/config"))
    {
        auto k = Kubeconfig::parse(yaml, file);
        if (!k)
            qWarning("%s", qPrintable(k.error().message));
        return k ? *k : Kubeconfig();
    }

    /// A valid config with one context "clean" (client_config_test.go's createValidTestConfig).
    static QByteArray clean(const QByteArray &server = "https://localhost:8443",
                            const QByteArray &user = "    token: my-secret-token\n")
    {
        return "clusters:\n- name: clean\n  cluster:\n    server: \"" + server +
               "\"\nusers:\n- name: clean\n  user:\n" + user +
               "contexts:\n- name: clean\n  context: {cluster: clean, user: "
               "clean}\ncurrent-context: clean\n";
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void loadingPrecedence_data()
    {
        QTest::addColumn<QString>("explicitPath");
        QTest::addColumn<QString>("kubeconfigEnv");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("default") << QString() << QString()
                                 << QStringList{QStringLiteral("/home/u/.kube/config")};
        QTest::newRow("explicit") << QStringLiteral("/explicit/kubeconfig")
                                  << QStringLiteral("/env/kubeconfig")
                                  << QStringList{QStringLiteral("/explicit/kubeconfig")};
        QTest::newRow("envvar-single") << QString() << QStringLiteral("/env/kubeconfig")
                                       << QStringList{QStringLiteral("/env/kubeconfig")};
        QTest::newRow("envvar-multiple")
            << QString() << QStringLiteral("/env/kubeconfig:/other/kubeconfig")
            << QStringList{QStringLiteral("/env/kubeconfig"), QStringLiteral("/other/kubeconfig")};
        // deduplicate: a b c b e f → a b c e f; a a b b c b → a b c (empty entries kept once,
        // skipped on load)
        QTest::newRow("dedupe") << QString() << QStringLiteral("a:b:c:b:e:f")
                                << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                               QStringLiteral("c"), QStringLiteral("e"),
                                               QStringLiteral("f")};
        QTest::newRow("dedupe-2") << QString() << QStringLiteral("a:a:b:b:c:b")
                                  << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                                 QStringLiteral("c")};
        QTest::newRow("empty-entries")
            << QString() << QStringLiteral("a::b:")
            << QStringList{QStringLiteral("a"), QString(), QStringLiteral("b")};
    }

    void loadingPrecedence()
    {
        QFETCH(QString, explicitPath);
        QFETCH(QString, kubeconfigEnv);
        QFETCH(QStringList, expected);
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), QStringLiteral("/home/u"));
        if (!kubeconfigEnv.isEmpty())
            env.insert(QStringLiteral("KUBECONFIG"), kubeconfigEnv);
        QCOMPARE(KubeconfigLoadingRules::fromEnvironment(explicitPath, env).loadingPrecedence(),
                 expected);
    }

    void loadErrors_data()
    {
        QTest::addColumn<QByteArray>("content"); // "DIR" makes a folder, "MISSING" nothing
        QTest::addColumn<bool>("explicitPath");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("missing-explicit")
            << QByteArray("MISSING") << true << "no such file or directory";
        QTest::newRow("missing-in-list-tolerated") << QByteArray("MISSING") << false << QString();
        QTest::newRow("not-yaml-mapping")
            << QByteArray("bogus value") << true << "error loading config file";
        QTest::newRow("directory") << QByteArray("DIR") << true << "is a directory";
        QTest::newRow("broken-yaml") << QByteArray("clusters: [\n") << false << "YAML error";
        QTest::newRow("duplicate-cluster")
            << QByteArray("clusters:\n- name: c\n  cluster: {server: a}\n- name: c\n  cluster: "
                          "{server: b}\n")
            << true
            << "error converting *[]NamedCluster into *map[string]*api.Cluster: duplicate name "
               "\"c\" in list";
        QTest::newRow("duplicate-user")
            << QByteArray("users:\n- name: u\n  user: {}\n- name: u\n  user: {}\n") << true
            << "duplicate name \"u\" in list";
        QTest::newRow("duplicate-context")
            << QByteArray("contexts:\n- name: x\n  context: {}\n- name: x\n  context: {}\n") << true
            << "duplicate name \"x\" in list";
        QTest::newRow("duplicate-extension")
            << QByteArray("clusters:\n- name: c\n  cluster:\n    extensions:\n    - {name: e, "
                          "extension: {}}\n    - {name: e, extension: {}}\n")
            << true << "duplicate name \"e\" in list";
        QTest::newRow("bad-base64") << QByteArray("clusters:\n- name: c\n  cluster: "
                                                  "{certificate-authority-data: \"!!notbase64\"}\n")
                                    << true << "not valid base64";
        QTest::newRow("wrong-kind")
            << QByteArray("kind: Pod\napiVersion: v1\n") << true << "not a kubeconfig";
        QTest::newRow("empty-file") << QByteArray("") << true << QString();
    }

    void loadErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, explicitPath);
        QFETCH(QString, errorContains);
        const QString path = m_dir.filePath(
            QStringLiteral("err-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        if (content == "DIR")
            QDir().mkpath(path);
        else if (content != "MISSING")
            write(QFileInfo(path).fileName(), content);
        KubeconfigLoadingRules rules;
        if (explicitPath)
            rules.explicitPath = path;
        else
            rules.precedence = {path, m_dir.filePath(QStringLiteral("also-missing"))};
        const auto r = rules.load();
        if (errorContains.isEmpty()) {
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            return;
        }
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(errorContains), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message)); // names the file
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        const QDir dir(QStringLiteral(PARAPET_TEST_DATA "/kubeconfig"));
        const QStringList files =
            dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 7);
        for (const QString &f : files) {
            QFile e(dir.filePath(QFileInfo(f).completeBaseName() + QStringLiteral(".error")));
            QVERIFY2(e.open(QIODevice::ReadOnly), qPrintable(f));
            QTest::newRow(qPrintable(f))
                << dir.filePath(f) << QString::fromUtf8(e.readAll()).trimmed();
        }
    }

    void brokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        KubeconfigLoadingRules rules;
        rules.explicitPath = file;
        const auto r = rules.load();
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
        QVERIFY2(r.error().message.startsWith(
                     QStringLiteral("error loading config file \"%1\"").arg(file)),
                 qPrintable(r.error().message));
    }

    void merge()
    {
        // The first file that defines a name wins with its whole entry; current-context from the
        // first file that sets it (TestConflictingCurrentContext).
        const QString a = write(
            QStringLiteral("m/a"),
            "current-context: from-a\nclusters:\n- name: shared\n  cluster: {server: https://a}\n"
            "users:\n- name: ua\n  user: {token: ta}\n");
        const QString b = write(
            QStringLiteral("m/b"),
            "current-context: from-b\nclusters:\n- name: shared\n  cluster: {server: https://b, "
            "insecure-skip-tls-verify: true}\n- name: only-b\n  cluster: {server: https://ob}\n");
        const QString empty = write(QStringLiteral("m/empty"), "current-context: \"\"\n");
        KubeconfigLoadingRules rules;
        rules.precedence = {empty, a, b};
        const auto k = rules.load();
        QVERIFY(k);
        QCOMPARE(k->currentContext, QStringLiteral("from-a"));
        QCOMPARE(k->clusters[QStringLiteral("shared")].server, QStringLiteral("https://a"));
        QVERIFY(!k->clusters[QStringLiteral("shared")]
                     .insecureSkipTlsVerify); // whole entry, not field-merged
        QCOMPARE(k->clusters[QStringLiteral("only-b")].server, QStringLiteral("https://ob"));
        QCOMPARE(k->files, (QStringList{empty, a, b}));
        // --kubeconfig alone: the others are not read.
        KubeconfigLoadingRules explicitRules;
        explicitRules.explicitPath = b;
        explicitRules.precedence = {a};
        QCOMPARE(explicitRules.load()->currentContext, QStringLiteral("from-b"));
    }

    void relativePaths_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected"); // relative to the file's folder, or as is
        QTest::newRow("relative") << QByteArray("relative/client/cert")
                                  << "DIR/relative/client/cert";
        QTest::newRow("dotdot") << QByteArray("../relative/client/key")
                                << "PARENT/relative/client/key";
        QTest::newRow("absolute") << QByteArray("/absolute/client/cert") << "/absolute/client/cert";
    }

    void relativePaths()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        const QString dir = QDir::cleanPath(m_dir.filePath(QStringLiteral("rel/sub")));
        expected.replace(QStringLiteral("DIR"), dir)
            .replace(QStringLiteral("PARENT"), QDir::cleanPath(dir + QStringLiteral("/..")));
        const QString file = write(
            QStringLiteral("rel/sub/config"),
            "clusters:\n- name: c\n  cluster: {certificate-authority: " + value +
                "}\n"
                "users:\n- name: u\n  user: {client-certificate: " +
                value + ", client-key: " + value + ", tokenFile: " + value +
                "}\n- name: cmd\n  user:\n    exec: {command: " + value +
                ", apiVersion: client.authentication.k8s.io/v1}\n- name: path-cmd\n  user:\n"
                "    exec: {command: my-plugin, apiVersion: client.authentication.k8s.io/v1}\n");
        KubeconfigLoadingRules rules;
        rules.precedence = {file};
        const auto k = rules.load();
        QVERIFY(k);
        QCOMPARE(k->clusters[QStringLiteral("c")].certificateAuthority, expected);
        const KubeUser u = k->users[QStringLiteral("u")];
        QCOMPARE(u.clientCertificate, expected);
        QCOMPARE(u.clientKey, expected);
        QCOMPARE(u.tokenFile, expected);
        QCOMPARE(k->users[QStringLiteral("cmd")].exec->command, expected);
        QCOMPARE(k->users[QStringLiteral("path-cmd")].exec->command,
                 QStringLiteral("my-plugin")); // PATH lookup
    }

    void resolve_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("overrides"); // context, cluster, user, ns, as, as-group
        QTest::addColumn<QString>("expect");        // "key=value;..." or "error:substring"
        const QByteArray two =
            "clusters:\n- name: c1\n  cluster: {server: \"https://one:6443/prefix/\"}\n- name: c2\n"
            "  cluster: {server: \"https://two\", tls-server-name: two.internal}\n"
            "users:\n- name: u1\n  user: {token: t1}\n- name: u2\n  user: {username: bob, "
            "password: pw}\n"
            "contexts:\n- name: ctx1\n  context: {cluster: c1, user: u1, namespace: ns1}\n"
            "- name: ctx2\n  context: {cluster: c2, user: u2}\ncurrent-context: ctx1\n";
        QTest::newRow("current-context")
            << two << QStringList()
            << "server=https://one:6443/prefix/;ns=ns1;auth=token;context=ctx1";
        QTest::newRow("--context") << two << QStringList{QStringLiteral("ctx2")}
                                   << "server=https://two;ns=default;auth=basic;tls=two.internal";
        QTest::newRow("--cluster") << two << QStringList{QString(), QStringLiteral("c2")}
                                   << "server=https://two;auth=token";
        QTest::newRow("--user") << two << QStringList{QString(), QString(), QStringLiteral("u2")}
                                << "server=https://one:6443/prefix/;auth=basic";
        QTest::newRow("-n") << two
                            << QStringList{QString(), QString(), QString(), QStringLiteral("over")}
                            << "ns=over;nsOverridden=1";
        QTest::newRow("missing-context")
            << two << QStringList{QStringLiteral("not-present")}
            << "error:context was not found for specified context: not-present";
        QTest::newRow("as-group-without-as")
            << two << QStringList{QString(), QString(), QString(),
                                  QString(), QString(), QStringLiteral("g")}
            << "error:requesting uid, groups or user-extra for u1 without impersonating a user";
        QTest::newRow("as") << two << QStringList{QString(),
                                                  QString(),
                                                  QString(),
                                                  QString(),
                                                  QStringLiteral("jane"),
                                                  QStringLiteral("g")}
                            << "as=jane;groups=g";
        // TestCreateCleanWithPrefix: the path is kept; no scheme means plain http without
        // credentials.
        QTest::newRow("prefix") << clean("https://anything.com:8080/foo/bar") << QStringList()
                                << "server=https://anything.com:8080/foo/bar;auth=token";
        QTest::newRow("no-scheme") << clean("anything.com:8080") << QStringList()
                                   << "server=anything.com:8080;auth=none;https=0";
        QTest::newRow("http") << clean("http://anything.com:8080/") << QStringList()
                              << "server=http://anything.com:8080/;auth=none";
        QTest::newRow("empty-config")
            << QByteArray() << QStringList() << "error:no configuration has been provided";
        // validation.go
        QTest::newRow("token-and-basic")
            << clean("https://x", "    token: t\n    username: u\n") << QStringList()
            << "error:more than one authentication method found for clean; found [token "
               "basicAuth], only one is allowed";
        QTest::newRow("cert-without-key")
            << clean("https://x", "    client-certificate-data: YWJj\n") << QStringList()
            << "error:client-key-data or client-key must be specified for clean";
        QTest::newRow("cert-file-missing")
            << clean("https://x", "    client-certificate: /nope/cert\n    client-key: /nope/key\n")
            << QStringList()
            << "error:unable to read client-cert /nope/cert for clean due to open /nope/cert";
        QTest::newRow("ca-file-missing")
            << QByteArray("clusters:\n- name: c\n  cluster: {server: https://x, "
                          "certificate-authority: /nope/ca}\n"
                          "contexts:\n- name: c\n  context: {cluster: c}\ncurrent-context: c\n")
            << QStringList() << "error:unable to read certificate-authority /nope/ca for c";
        QTest::newRow("insecure-with-ca")
            << QByteArray("clusters:\n- name: c\n  cluster: {server: https://x, "
                          "insecure-skip-tls-verify: true, certificate-authority-data: YWJj}\n"
                          "contexts:\n- name: c\n  context: {cluster: c}\ncurrent-context: c\n")
            << QStringList()
            << "error:specifying a root certificates file with the insecure flag is not allowed";
        QTest::newRow("proxy-socks6")
            << QByteArray("clusters:\n- name: c\n  cluster: {server: https://x, proxy-url: "
                          "\"socks6://example.com\"}\n"
                          "contexts:\n- name: c\n  context: {cluster: c}\ncurrent-context: c\n")
            << QStringList()
            << "error:unsupported scheme \"socks6\", must be http, https, or socks5";
        QTest::newRow("proxy-no-scheme")
            << QByteArray(
                   "clusters:\n- name: c\n  cluster: {server: https://x, proxy-url: example.com}\n"
                   "contexts:\n- name: c\n  context: {cluster: c}\ncurrent-context: c\n")
            << QStringList() << "error:invalid 'proxy-url'";
        QTest::newRow("proxy-socks5")
            << QByteArray("clusters:\n- name: c\n  cluster: {server: https://x, proxy-url: "
                          "\"socks5://example.com\"}\n"
                          "contexts:\n- name: c\n  context: {cluster: c}\ncurrent-context: c\n")
            << QStringList() << "proxy=socks5://example.com";
        QTest::newRow("exec-no-apiversion")
            << clean("https://x", "    exec: {command: foo, interactiveMode: Never}\n")
            << QStringList()
            << "error:apiVersion must be specified for clean to use exec authentication plugin";
        QTest::newRow("exec-no-command")
            << clean("https://x", "    exec: {apiVersion: client.authentication.k8s.io/v1, "
                                  "interactiveMode: Never}\n")
            << QStringList()
            << "error:command must be specified for clean to use exec authentication plugin";
        QTest::newRow("exec-v1-needs-interactive-mode")
            << clean("https://x",
                     "    exec: {command: foo, apiVersion: client.authentication.k8s.io/v1}\n")
            << QStringList() << "error:interactiveMode must be specified for clean";
        QTest::newRow("exec-v1beta1-defaults-interactive-mode")
            << clean("https://x",
                     "    exec: {command: foo, apiVersion: client.authentication.k8s.io/v1beta1}\n")
            << QStringList() << "auth=exec (foo)";
        QTest::newRow("exec-bad-interactive-mode")
            << clean("https://x", "    exec: {command: foo, apiVersion: "
                                  "client.authentication.k8s.io/v1, interactiveMode: Sometimes}\n")
            << QStringList() << "error:invalid interactiveMode for clean: \"Sometimes\"";
        QTest::newRow("exec-env-without-name")
            << clean("https://x",
                     "    exec: {command: foo, apiVersion: client.authentication.k8s.io/v1, "
                     "interactiveMode: Never, env: [{value: x}]}\n")
            << QStringList() << "error:env variable name must be specified for clean";
        QTest::newRow("exec-and-auth-provider")
            << clean("https://x", "    exec: {command: foo, apiVersion: "
                                  "client.authentication.k8s.io/v1, interactiveMode: Never}\n"
                                  "    auth-provider: {name: oidc}\n")
            << QStringList()
            << "error:authProvider cannot be provided in combination with an exec plugin for clean";
        QTest::newRow("exec-v1alpha1-removed")
            << clean("https://x",
                     "    exec: {command: foo, apiVersion: client.authentication.k8s.io/v1alpha1, "
                     "interactiveMode: Never}\n")
            << QStringList()
            << "error:exec plugin: invalid apiVersion \"client.authentication.k8s.io/v1alpha1\"";
        QTest::newRow("gcp-removed")
            << clean("https://x", "    auth-provider: {name: gcp}\n") << QStringList()
            << "error:The gcp auth plugin has been removed.\nPlease use the "
               "\"gke-gcloud-auth-plugin\"";
        QTest::newRow("azure-removed")
            << clean("https://x", "    auth-provider: {name: azure}\n") << QStringList()
            << "error:The azure auth plugin has been removed.\nPlease use the \"kubelogin\"";
        QTest::newRow("oidc") << clean("https://x",
                                       "    auth-provider: {name: oidc, config: {idp-issuer-url: "
                                       "https://idp, client-id: k}}\n")
                              << QStringList() << "auth=auth-provider (oidc)";
        QTest::newRow("unknown-provider")
            << clean("https://x", "    auth-provider: {name: magic}\n") << QStringList()
            << "error:no Auth Provider found for name \"magic\"";
        QTest::newRow("token-file-unreadable")
            << clean("https://x", "    tokenFile: /nope/token\n") << QStringList()
            << "error:open /nope/token: no such file or directory";
        QTest::newRow("bad-timeout") << clean() << QStringList{QString(),
                                                               QString(),
                                                               QString(),
                                                               QString(),
                                                               QString(),
                                                               QString(),
                                                               QStringLiteral("abc")}
                                     << "error:Invalid timeout value";
    }

    void resolve()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, overrides);
        QFETCH(QString, expect);
        ConfigOverrides o;
        o.context = overrides.value(0);
        o.cluster = overrides.value(1);
        o.user = overrides.value(2);
        o.ns = overrides.value(3);
        o.impersonate = overrides.value(4);
        if (!overrides.value(5).isEmpty())
            o.impersonateGroups = {overrides.value(5)};
        o.requestTimeout = overrides.value(6);
        const auto c = resolveClientConfig(parse(yaml), o);
        if (expect.startsWith(u"error:")) {
            QVERIFY2(!c, "expected an error");
            QVERIFY2(c.error().message.contains(expect.mid(6)), qPrintable(c.error().message));
            QVERIFY(!c.error().message.contains(QStringLiteral("my-secret-token")));
            return;
        }
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        for (const QString &pair : expect.split(u';')) {
            const QString k = pair.section(u'=', 0, 0);
            const QString v = pair.section(u'=', 1);
            const QString actual = k == u"server" ? c->server
                                   : k == u"ns"   ? c->ns
                                   : k == u"nsOverridden"
                                       ? QString::number(int(c->namespaceOverridden))
                                   : k == u"auth"    ? c->authKindName()
                                   : k == u"context" ? c->contextName
                                   : k == u"tls"     ? c->tlsServerName
                                   : k == u"https"   ? QString::number(int(c->isHttps()))
                                   : k == u"as"      ? c->impersonate
                                   : k == u"groups"  ? c->impersonateGroups.join(u',')
                                   : k == u"proxy"   ? c->proxyUrl
                                                     : QStringLiteral("?");
            QCOMPARE(actual, v);
        }
    }

    void tokenFileAndCredentials()
    {
        // TestPrecedenceTokenFile: the config keeps the inline token; the transport prefers the
        // file while it can be read (and re-reads it after a 401).
        const QString tokenFile = write(QStringLiteral("tok"), "exampletoken\n");
        const auto c = resolveClientConfig(
            parse(clean("https://x",
                        "    token: expected\n    tokenFile: " + tokenFile.toUtf8() + "\n")),
            {});
        QVERIFY(c);
        QCOMPARE(c->token, QStringLiteral("expected"));
        auto source = CredentialSource::create(*c);
        QVERIFY(source);
        QCOMPARE((*source)->current()->bearerToken, QStringLiteral("exampletoken"));
        write(QStringLiteral("tok"), "rotated");
        QVERIFY((*source)->invalidate());
        QCOMPARE((*source)->current()->bearerToken, QStringLiteral("rotated"));
        QFile::remove(tokenFile);
        QVERIFY((*source)->invalidate());
        QCOMPARE((*source)->current()->bearerToken,
                 QStringLiteral("expected")); // file gone: inline token
        // TestBasicTokenFile: tokenFile alone is read at resolve time.
        write(QStringLiteral("tok2"), "exampletoken");
        const auto c2 = resolveClientConfig(
            parse(clean("https://x", "    tokenFile: " +
                                         m_dir.filePath(QStringLiteral("tok2")).toUtf8() + "\n")),
            {});
        QCOMPARE(c2->token, QStringLiteral("exampletoken"));
    }

    void inCluster()
    {
        const QString token = write(QStringLiteral("sa/token"), "sa-token\n");
        write(QStringLiteral("sa/namespace"), "team-a\n");
        InClusterEnvironment env;
        env.host = QStringLiteral("10.0.0.1");
        env.port = QStringLiteral("443");
        env.tokenFile = token;
        env.caFile = m_dir.filePath(QStringLiteral("sa/ca.crt"));
        env.namespaceFile = m_dir.filePath(QStringLiteral("sa/namespace"));
        QVERIFY(env.possible());
        const auto c = resolveClientConfig(Kubeconfig(), {}, env);
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        QVERIFY(c->inCluster);
        QCOMPARE(c->server, QStringLiteral("https://10.0.0.1:443"));
        QCOMPARE(c->token, QStringLiteral("sa-token"));
        QCOMPARE(c->tokenFile, token);
        QCOMPARE(c->ns, QStringLiteral("team-a"));
        env.host = QStringLiteral("fd00::1");
        QCOMPARE(resolveClientConfig(Kubeconfig(), {}, env)->server,
                 QStringLiteral("https://[fd00::1]:443"));
        // A kubeconfig with a context wins over the service account.
        QCOMPARE(resolveClientConfig(parse(clean()), {}, env)->server,
                 QStringLiteral("https://localhost:8443"));
    }

    void timeouts_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("empty") << QString() << qint64(0);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("seconds") << QStringLiteral("30") << qint64(30000);
        QTest::newRow("go-duration") << QStringLiteral("1m30s") << qint64(90000);
        QTest::newRow("ms") << QStringLiteral("250ms") << qint64(250);
        QTest::newRow("fraction") << QStringLiteral("1.5h") << qint64(5400000);
        QTest::newRow("invalid") << QStringLiteral("5 minutes") << qint64(-1);
    }

    void timeouts()
    {
        QFETCH(QString, value);
        QFETCH(qint64, ms);
        const auto r = parseRequestTimeout(value);
        if (ms < 0) {
            QVERIFY(!r);
            return;
        }
        QVERIFY(r);
        QCOMPARE(*r, ms);
    }

    void cleanAnsi()
    {
        QCOMPARE(cleanAnsiEscapeCodes(QStringLiteral(
                     "some install hint with \x1b[1mcontrol chars\x1b[0m\nand a newline")),
                 QStringLiteral(
                     "some install hint with U+001B[1mcontrol charsU+001B[0m\nand a newline"));
        QCOMPARE(cleanAnsiEscapeCodes(QStringLiteral("tab\tstays, \u00e9 too")),
                 QStringLiteral("tab\tstays, \u00e9 too"));
    }

    void authKinds()
    {
        const Kubeconfig k = parse(
            "users:\n- name: a\n  user: {client-certificate-data: YWJj, client-key-data: YWJj}\n"
            "- name: b\n  user: {tokenFile: /t}\n- name: c\n  user:\n    exec: {command: "
            "/usr/bin/aws, apiVersion: x}\n"
            "- name: d\n  user: {}\n- name: e\n  user: {auth-provider: {name: oidc, config: "
            "{id-token: secret-id-token}}}\n");
        QCOMPARE(k.users[QStringLiteral("a")].authKindName(), QStringLiteral("client-certificate"));
        QCOMPARE(k.users[QStringLiteral("b")].authKindName(), QStringLiteral("token-file"));
        QCOMPARE(k.users[QStringLiteral("c")].authKindName(), QStringLiteral("exec (aws)"));
        QCOMPARE(k.users[QStringLiteral("d")].authKindName(), QStringLiteral("none"));
        QCOMPARE(k.users[QStringLiteral("e")].authKindName(),
                 QStringLiteral("auth-provider (oidc)"));
    }

    void jwt()
    {
        // header.payload.signature with {"exp": 2000000000}
        const QString token = QStringLiteral("eyJhbGciOiJub25lIn0.") +
                              QString::fromLatin1(QByteArray("{\"exp\":2000000000}")
                                                      .toBase64(QByteArray::Base64UrlEncoding |
                                                                QByteArray::OmitTrailingEquals)) +
                              QStringLiteral(".sig");
        QCOMPARE(jwtExpiry(token)->toSecsSinceEpoch(), 2000000000);
        QVERIFY(!jwtExpiry(QStringLiteral("not-a-jwt")));
    }
};

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
