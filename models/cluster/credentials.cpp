#include "credentials.h"

#include <curl/curl.h>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QUrlQuery>

namespace parapet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::CredentialSource", text);
}

constexpr qint64 kMaxPluginOutput = 1024 * 1024;
constexpr qint64 kTokenFileRereadMs = 60'000;

Error credError(const QString &message)
{
    return Error{Error::Code::Invalid, message, {}};
}

QString opensslReason()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (e == 0)
        return tr("no PEM data found");
    char buffer[256];
    ERR_error_string_n(e, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QByteArray readFileLimited(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QFileInfo::exists(path)
                     ? QStringLiteral("open %1: %2").arg(path, f.errorString())
                     : QStringLiteral("open %1: no such file or directory").arg(path);
        return {};
    }
    return f.read(16 * 1024 * 1024);
}

QString notFoundMessage(const ExecConfig &exec)
{
    QString text = QStringLiteral("exec: executable %1 not found").arg(exec.command);
    text += QStringLiteral(
        "\n\nIt looks like you are trying to use a client-go credential plugin that is not "
        "installed.\n\nTo learn more about this feature, consult the documentation available "
        "at:\n      https://kubernetes.io/docs/reference/access-authn-authz/authentication/"
        "#client-go-credential-plugins");
    if (!exec.installHint.isEmpty())
        text += QStringLiteral("\n\n") + exec.installHint;
    return text;
}

QString findPlugin(const ExecConfig &exec, const CredentialOptions &options)
{
    if (exec.command.contains(u'/')) {
        const QFileInfo info(exec.command);
        return info.isFile() && info.isExecutable() ? exec.command : QString();
    }
    QStringList paths =
        options.environment.value(QStringLiteral("PATH")).split(u':', Qt::SkipEmptyParts);
    for (const QString &p : options.extraSearchPaths)
        if (!paths.contains(p))
            paths.append(p);
    return QStandardPaths::findExecutable(exec.command, paths);
}

QByteArray execInfo(const ExecConfig &exec, const ExecClusterInfo &cluster, bool interactive)
{
    QJsonObject spec;
    spec[QStringLiteral("interactive")] = interactive;
    if (exec.provideClusterInfo) {
        QJsonObject c;
        c[QStringLiteral("server")] = cluster.server;
        if (!cluster.tlsServerName.isEmpty())
            c[QStringLiteral("tls-server-name")] = cluster.tlsServerName;
        if (cluster.insecureSkipTlsVerify)
            c[QStringLiteral("insecure-skip-tls-verify")] = true;
        if (!cluster.certificateAuthorityData.isEmpty())
            c[QStringLiteral("certificate-authority-data")] =
                QString::fromLatin1(cluster.certificateAuthorityData.toBase64());
        if (!cluster.proxyUrl.isEmpty())
            c[QStringLiteral("proxy-url")] = cluster.proxyUrl;
        if (cluster.disableCompression)
            c[QStringLiteral("disable-compression")] = true;
        if (!cluster.config.isEmpty()) {
            const QJsonDocument config = QJsonDocument::fromJson(cluster.config);
            if (config.isObject())
                c[QStringLiteral("config")] = config.object();
        }
        spec[QStringLiteral("cluster")] = c;
    }
    QJsonObject root;
    root[QStringLiteral("kind")] = QStringLiteral("ExecCredential");
    root[QStringLiteral("apiVersion")] = exec.apiVersion;
    root[QStringLiteral("spec")] = spec;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

/// Parses a plugin's stdout in client-go's order of checks. Messages never repeat the output.
Result<Credential> parsePluginOutput(const QByteArray &stdoutData, const ExecConfig &exec)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(stdoutData, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return credError(QStringLiteral("decoding stdout: %1")
                             .arg(parseError.error != QJsonParseError::NoError
                                      ? parseError.errorString()
                                      : tr("the output is not a JSON object")));
    const QJsonObject o = doc.object();
    const QString kind = o.value(QStringLiteral("kind")).toString();
    const QString apiVersion = o.value(QStringLiteral("apiVersion")).toString();
    if (kind.isEmpty())
        return credError(QStringLiteral("decoding stdout: Object 'Kind' is missing"));
    if (apiVersion.isEmpty())
        return credError(QStringLiteral("decoding stdout: Object 'apiVersion' is missing"));
    const QString group = QStringLiteral("client.authentication.k8s.io");
    if (!apiVersion.startsWith(group + u'/') || kind != u"ExecCredential")
        return credError(
            QStringLiteral("decoding stdout: no kind \"%1\" is registered for version \"%2\"")
                .arg(kind, apiVersion));
    if (apiVersion != exec.apiVersion)
        return credError(QStringLiteral("exec plugin is configured to use API version %1, plugin "
                                        "returned version %2")
                             .arg(exec.apiVersion, apiVersion));
    const QJsonValue statusValue = o.value(QStringLiteral("status"));
    if (!statusValue.isObject())
        return credError(QStringLiteral("exec plugin didn't return a status field"));
    const QJsonObject status = statusValue.toObject();
    Credential c;
    c.bearerToken = status.value(QStringLiteral("token")).toString();
    c.clientCertificatePem =
        status.value(QStringLiteral("clientCertificateData")).toString().toUtf8();
    c.clientKeyPem = status.value(QStringLiteral("clientKeyData")).toString().toUtf8();
    if (c.bearerToken.isEmpty() && c.clientCertificatePem.isEmpty() && c.clientKeyPem.isEmpty())
        return credError(QStringLiteral("exec plugin didn't return a token or cert/key pair"));
    if (c.clientCertificatePem.isEmpty() != c.clientKeyPem.isEmpty())
        return credError(QStringLiteral("exec plugin returned only certificate or key, not both"));
    const QJsonValue exp = status.value(QStringLiteral("expirationTimestamp"));
    if (!exp.isUndefined() && !exp.isNull()) {
        c.expiry = QDateTime::fromString(exp.toString(), Qt::ISODateWithMs);
        if (!c.expiry.isValid())
            return credError(QStringLiteral("decoding stdout: status.expirationTimestamp is not an "
                                            "RFC 3339 time"));
    }
    if (c.hasClientCertificate()) {
        const auto pair = checkKeyPair(c.clientCertificatePem, c.clientKeyPem);
        if (!pair)
            return credError(QStringLiteral("failed parsing client key/certificate: %1")
                                 .arg(pair.error().message));
    }
    return c;
}

// --- OIDC refresh: two small HTTPS requests with the IdP's CA --------------------------------

size_t appendBody(char *data, size_t size, size_t count, void *user)
{
    auto *out = static_cast<QByteArray *>(user);
    const size_t n = size * count;
    if (out->size() + qsizetype(n) > 4 * 1024 * 1024)
        return 0;
    out->append(data, qsizetype(n));
    return n;
}

struct SimpleResponse
{
    long status = 0;
    QByteArray body;
    QString error;
};

SimpleResponse simpleRequest(const QString &url, const QByteArray &postBody,
                             const QByteArray &caPem)
{
    SimpleResponse r;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> h(curl_easy_init(), &curl_easy_cleanup);
    if (!h) {
        r.error = tr("cannot create an HTTP handle");
        return r;
    }
    const QByteArray u = url.toUtf8();
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(h.get(), CURLOPT_URL, u.constData());
    curl_easy_setopt(h.get(), CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(h.get(), CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h.get(), CURLOPT_TIMEOUT_MS, 30'000L);
    curl_easy_setopt(h.get(), CURLOPT_PROTOCOLS_STR, "https,http");
    curl_easy_setopt(h.get(), CURLOPT_WRITEFUNCTION, &appendBody);
    curl_easy_setopt(h.get(), CURLOPT_WRITEDATA, &r.body);
    curl_blob blob{};
    if (!caPem.isEmpty()) {
        blob.data = const_cast<char *>(caPem.constData());
        blob.len = size_t(caPem.size());
        blob.flags = CURL_BLOB_COPY;
        curl_easy_setopt(h.get(), CURLOPT_CAINFO_BLOB, &blob);
        curl_easy_setopt(h.get(), CURLOPT_CAPATH, nullptr);
    }
    if (!postBody.isNull()) {
        curl_easy_setopt(h.get(), CURLOPT_POSTFIELDS, postBody.constData());
        curl_easy_setopt(h.get(), CURLOPT_POSTFIELDSIZE, long(postBody.size()));
    }
    const CURLcode code = curl_easy_perform(h.get());
    if (code != CURLE_OK) {
        r.error = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
        return r;
    }
    curl_easy_getinfo(h.get(), CURLINFO_RESPONSE_CODE, &r.status);
    return r;
}

} // namespace

Result<Credential> parseExecCredential(const QByteArray &stdoutData, const ExecConfig &exec)
{
    return parsePluginOutput(stdoutData, exec);
}

QStringList CredentialOptions::defaultExtraSearchPaths()
{
    const QString home = QDir::homePath();
    return {home + QStringLiteral("/.local/bin"),
            home + QStringLiteral("/bin"),
            QStringLiteral("/usr/local/bin"),
            QStringLiteral("/usr/local/sbin"),
            QStringLiteral("/usr/bin"),
            QStringLiteral("/bin"),
            QStringLiteral("/snap/bin"),
            QStringLiteral("/opt/homebrew/bin"),
            QStringLiteral("/home/linuxbrew/.linuxbrew/bin"),
            QStringLiteral("/usr/local/aws-cli/v2/current/bin"),
            home + QStringLiteral("/google-cloud-sdk/bin"),
            QStringLiteral("/usr/lib/google-cloud-sdk/bin"),
            QStringLiteral("/opt/google-cloud-sdk/bin"),
            QStringLiteral("/snap/google-cloud-cli/current/bin"),
            home + QStringLiteral("/.azure-kubelogin"),
            home + QStringLiteral("/.krew/bin"),
            home + QStringLiteral("/go/bin"),
            QStringLiteral("/opt/az/bin")};
}

Result<bool> checkKeyPair(const QByteArray &certPem, const QByteArray &keyPem)
{
    ERR_clear_error();
    std::unique_ptr<BIO, decltype(&BIO_free)> certBio(
        BIO_new_mem_buf(certPem.constData(), int(certPem.size())), &BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr), &X509_free);
    if (!cert)
        return credError(tr("the client certificate is not PEM: %1").arg(opensslReason()));
    std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(
        BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())), &BIO_free);
    // No passphrase callback: an encrypted key must not prompt (kubectl refuses those too).
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(
            keyBio.get(), nullptr, [](char *, int, int, void *) { return 0; }, nullptr),
        &EVP_PKEY_free);
    if (!key)
        return credError(tr("the client key is not PEM: %1").arg(opensslReason()));
    if (X509_check_private_key(cert.get(), key.get()) != 1) {
        ERR_clear_error();
        return credError(tr("private key does not match public key"));
    }
    return true;
}

std::optional<QDateTime> jwtExpiry(const QString &jwt)
{
    const QStringList parts = jwt.split(u'.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto payload = QByteArray::fromBase64Encoding(
        parts[1].toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!payload)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*payload);
    const QJsonValue exp = doc.object().value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
}

Result<Credential> runExecPlugin(const ExecConfig &exec, const ExecClusterInfo &cluster,
                                 const CredentialOptions &options)
{
    bool interactive = false;
    if (exec.interactiveMode == u"IfAvailable")
        interactive = options.stdinIsTerminal;
    else if (exec.interactiveMode == u"Always") {
        if (!options.stdinIsTerminal)
            return credError(QStringLiteral("exec plugin cannot support interactive mode: standard "
                                            "input is not a terminal"));
        interactive = true;
    }
    const QString program = findPlugin(exec, options);
    if (program.isEmpty())
        return credError(notFoundMessage(exec));

    QProcessEnvironment env = options.environment;
    for (const ExecEnvVar &v : exec.env)
        env.insert(v.name, v.value);
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
               QString::fromUtf8(execInfo(exec, cluster, interactive)));

    // No shell: the command and its arguments are passed as they are.
    QProcess p;
    p.setProgram(program);
    p.setArguments(exec.args);
    p.setProcessEnvironment(env);
    if (interactive) {
        p.setInputChannelMode(QProcess::ForwardedInputChannel);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    } else {
        p.setStandardInputFile(QProcess::nullDevice());
    }
    p.start();
    if (!p.waitForStarted(10'000)) {
        if (p.error() == QProcess::FailedToStart && !QFileInfo(program).isExecutable())
            return credError(notFoundMessage(exec));
        return credError(QStringLiteral("exec: %1").arg(p.errorString()));
    }
    QByteArray out;
    QByteArray err;
    QElapsedTimer timer;
    timer.start();
    bool tooLarge = false;
    while (p.state() != QProcess::NotRunning) {
        const qint64 left = options.execTimeoutMs - timer.elapsed();
        if (left <= 0) {
            p.kill();
            p.waitForFinished(5'000);
            return credError(
                QStringLiteral("exec: executable %1 did not finish within %2 s; it was "
                               "stopped")
                    .arg(exec.command)
                    .arg(double(options.execTimeoutMs) / 1000.0));
        }
        p.waitForReadyRead(int(std::min<qint64>(left, 200)));
        out += p.readAllStandardOutput();
        err += p.readAllStandardError();
        if (out.size() > kMaxPluginOutput || err.size() > kMaxPluginOutput) {
            tooLarge = true;
            p.kill();
            p.waitForFinished(5'000);
            break;
        }
    }
    out += p.readAllStandardOutput();
    err += p.readAllStandardError();
    if (!err.isEmpty() && options.onPluginStderr)
        options.onPluginStderr(QString::fromUtf8(err.left(kMaxPluginOutput)));
    if (tooLarge)
        return credError(
            QStringLiteral("exec: executable %1 wrote more than %2 KiB; it was stopped")
                .arg(exec.command)
                .arg(kMaxPluginOutput / 1024));
    if (p.exitStatus() == QProcess::CrashExit)
        return credError(
            QStringLiteral("exec: executable %1 was killed by a signal").arg(exec.command));
    if (p.exitCode() != 0)
        return credError(QStringLiteral("exec: executable %1 failed with exit code %2")
                             .arg(exec.command)
                             .arg(p.exitCode()));
    return parsePluginOutput(out, exec);
}

struct CredentialSource::Private
{
    std::mutex mutex;
    ClientConfig config;
    CredentialOptions options;
    Credential fixed; // token / basic / client certificate of the kubeconfig

    // tokenFile
    QString tokenFile;
    QString fileToken;
    qint64 fileReadAtMs = -1;
    QElapsedTimer clock;

    // exec
    std::optional<Credential> cachedExec;

    // oidc
    QString idToken;
    QString refreshToken;
    bool oidcForceRefresh = false;

    Result<Credential> oidcToken();
};

Result<Credential> CredentialSource::Private::oidcToken()
{
    const auto &cfg = config.authProvider->config;
    Credential c = fixed;
    const auto exp = jwtExpiry(idToken);
    const bool valid = !idToken.isEmpty() && exp &&
                       QDateTime::currentDateTimeUtc().addSecs(10) < *exp && !oidcForceRefresh;
    if (valid) {
        c.bearerToken = idToken;
        return c;
    }
    if (refreshToken.isEmpty()) {
        if (!idToken.isEmpty() && !exp && !oidcForceRefresh) {
            c.bearerToken = idToken; // not a JWT we can read: let the server judge it
            return c;
        }
        return credError(
            QStringLiteral("No valid id-token, and cannot refresh without refresh-token"));
    }
    QByteArray ca = QByteArray::fromBase64(
        cfg.value(QStringLiteral("idp-certificate-authority-data")).toLatin1());
    if (ca.isEmpty() && !cfg.value(QStringLiteral("idp-certificate-authority")).isEmpty()) {
        QString error;
        ca = readFileLimited(cfg.value(QStringLiteral("idp-certificate-authority")), &error);
        if (ca.isEmpty())
            return credError(error);
    }
    QString issuer = cfg.value(QStringLiteral("idp-issuer-url"));
    while (issuer.endsWith(u'/'))
        issuer.chop(1);
    const SimpleResponse discovery = simpleRequest(
        issuer + QStringLiteral("/.well-known/openid-configuration"), QByteArray(), ca);
    if (!discovery.error.isEmpty() || discovery.status != 200)
        return credError(tr("oidc: cannot read the provider configuration of %1: %2")
                             .arg(issuer, discovery.error.isEmpty()
                                              ? tr("HTTP status %1").arg(discovery.status)
                                              : discovery.error));
    const QString tokenEndpoint = QJsonDocument::fromJson(discovery.body)
                                      .object()
                                      .value(QStringLiteral("token_endpoint"))
                                      .toString();
    if (tokenEndpoint.isEmpty())
        return credError(
            tr("oidc: the provider configuration of %1 has no token_endpoint").arg(issuer));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), cfg.value(QStringLiteral("client-id")));
    if (!cfg.value(QStringLiteral("client-secret")).isEmpty())
        form.addQueryItem(QStringLiteral("client_secret"),
                          cfg.value(QStringLiteral("client-secret")));
    const SimpleResponse token =
        simpleRequest(tokenEndpoint, form.toString(QUrl::FullyEncoded).toUtf8(), ca);
    if (!token.error.isEmpty() || token.status != 200)
        // The body may echo the refresh token: it is not shown.
        return credError(
            tr("oidc: refreshing the id-token failed: %1")
                .arg(token.error.isEmpty() ? tr("HTTP status %1").arg(token.status) : token.error));
    const QJsonObject reply = QJsonDocument::fromJson(token.body).object();
    const QString newId = reply.value(QStringLiteral("id_token")).toString();
    if (newId.isEmpty())
        return credError(tr("oidc: token response did not contain an id_token"));
    idToken = newId;
    if (!reply.value(QStringLiteral("refresh_token")).toString().isEmpty())
        refreshToken = reply.value(QStringLiteral("refresh_token")).toString();
    oidcForceRefresh = false;
    c.bearerToken = idToken;
    return c;
}

CredentialSource::CredentialSource()
    : d(std::make_unique<Private>())
{}

CredentialSource::~CredentialSource() = default;

Result<std::shared_ptr<CredentialSource>> CredentialSource::create(const ClientConfig &config,
                                                                   CredentialOptions options)
{
    std::shared_ptr<CredentialSource> s(new CredentialSource());
    Private &p = *s->d;
    p.config = config;
    p.options = std::move(options);
    p.clock.start();
    p.fixed.bearerToken = config.token;
    p.fixed.basicUser = config.username;
    p.fixed.basicPassword = config.password;
    if (!config.clientCertificateData.isEmpty() || !config.clientCertificateFile.isEmpty()) {
        QString error;
        QByteArray cert = config.clientCertificateData;
        if (cert.isEmpty())
            cert = readFileLimited(config.clientCertificateFile, &error);
        QByteArray key = config.clientKeyData;
        if (key.isEmpty() && error.isEmpty())
            key = readFileLimited(config.clientKeyFile, &error);
        if (!error.isEmpty())
            return credError(error);
        const auto pair = checkKeyPair(cert, key);
        if (!pair)
            return credError(tr("cannot use the client certificate of user \"%1\": %2")
                                 .arg(config.userName, pair.error().message));
        p.fixed.clientCertificatePem = cert;
        p.fixed.clientKeyPem = key;
    }
    p.tokenFile = config.tokenFile;
    if (config.authProvider) {
        const auto &cfg = config.authProvider->config;
        if (cfg.value(QStringLiteral("idp-issuer-url")).isEmpty())
            return credError(QStringLiteral("Must provide idp-issuer-url"));
        if (cfg.value(QStringLiteral("client-id")).isEmpty())
            return credError(QStringLiteral("Must provide client-id"));
        p.idToken = cfg.value(QStringLiteral("id-token"));
        p.refreshToken = cfg.value(QStringLiteral("refresh-token"));
    }
    return s;
}

bool CredentialSource::refreshable() const
{
    return d->config.exec || d->config.authProvider || !d->tokenFile.isEmpty();
}

Result<Credential> CredentialSource::current()
{
    std::lock_guard lock(d->mutex);
    if (d->config.exec) {
        if (d->cachedExec && (!d->cachedExec->expiry.isValid() ||
                              QDateTime::currentDateTimeUtc() < d->cachedExec->expiry))
            return *d->cachedExec;
        auto c = runExecPlugin(*d->config.exec, d->config.execCluster, d->options);
        if (!c)
            return c.error();
        Credential merged = *c;
        if (!merged.hasClientCertificate()) {
            merged.clientCertificatePem = d->fixed.clientCertificatePem;
            merged.clientKeyPem = d->fixed.clientKeyPem;
        }
        d->cachedExec = merged;
        return merged;
    }
    if (d->config.authProvider)
        return d->oidcToken();
    Credential c = d->fixed;
    if (!d->tokenFile.isEmpty()) {
        // The file wins over an inline token while it can be read; it is re-read every minute
        // so that rotated service account tokens are picked up.
        if (d->fileReadAtMs < 0 || d->clock.elapsed() - d->fileReadAtMs > kTokenFileRereadMs) {
            QString error;
            const QByteArray data = readFileLimited(d->tokenFile, &error);
            d->fileToken = error.isEmpty() ? QString::fromUtf8(data.trimmed()) : QString();
            d->fileReadAtMs = d->clock.elapsed();
        }
        if (!d->fileToken.isEmpty())
            c.bearerToken = d->fileToken;
    }
    return c;
}

bool CredentialSource::invalidate()
{
    std::lock_guard lock(d->mutex);
    if (d->config.exec) {
        d->cachedExec.reset();
        return true;
    }
    if (d->config.authProvider) {
        if (d->refreshToken.isEmpty())
            return false;
        d->oidcForceRefresh = true;
        return true;
    }
    if (!d->tokenFile.isEmpty()) {
        d->fileReadAtMs = -1;
        return true;
    }
    return false;
}

} // namespace parapet
