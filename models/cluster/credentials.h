#pragma once

#include "kubeconfig.h"

#include <functional>
#include <memory>
#include <mutex>
#include <QByteArray>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>

namespace parapet {

/// What one request presents to the API server. In memory only; never print it.
struct Credential
{
    QString bearerToken;
    QString basicUser;
    QString basicPassword;
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    /// Invalid when the credential does not expire.
    QDateTime expiry;

    bool hasClientCertificate() const { return !clientCertificatePem.isEmpty(); }
};

/// How credential plugins are run.
struct CredentialOptions
{
    /// Environment the plugin inherits (kubectl passes its own).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    /// Whether standard input is a terminal the plugin may prompt on.
    bool stdinIsTerminal = false;
    /// A plugin that runs longer is stopped (kubectl waits for ever; a desktop app must not).
    qint64 execTimeoutMs = 120'000;
    /// Receives the plugin's standard error (kubectl passes it through to the terminal).
    std::function<void(const QString &)> onPluginStderr;
    /// Folders searched after PATH for a plugin given by name: where aws, gcloud,
    /// gke-gcloud-auth-plugin, kubelogin and az usually live. A desktop launcher often starts
    /// the app with a PATH that lacks them.
    QStringList extraSearchPaths = defaultExtraSearchPaths();

    static QStringList defaultExtraSearchPaths();
};

/// Supplies the credential of a ClientConfig: static ones (token, basic, client certificate),
/// a re-read tokenFile, an exec plugin (cached until its expirationTimestamp), or an OIDC
/// id-token (refreshed in memory when expired; nothing is written back to the kubeconfig).
/// Thread-safe.
class CredentialSource
{
public:
    static Result<std::shared_ptr<CredentialSource>> create(const ClientConfig &config,
                                                            CredentialOptions options = {});
    ~CredentialSource();

    /// The credential to use now (runs the plugin when nothing valid is cached).
    Result<Credential> current();
    /// After a 401: drops a cached plugin credential, re-reads the token file. Returns whether
    /// a retry may present something different.
    bool invalidate();
    /// True for sources whose credential can change (tokenFile, exec, oidc).
    bool refreshable() const;

private:
    CredentialSource();
    struct Private;
    std::unique_ptr<Private> d;
};

/// Runs one exec credential plugin as client-go does and validates its output. Exposed for tests.
Result<Credential> runExecPlugin(const ExecConfig &exec, const ExecClusterInfo &cluster,
                                 const CredentialOptions &options);

/// Parses an exec plugin's stdout (an ExecCredential) and checks it against \a exec's
/// apiVersion as client-go does; errors never repeat the output. Exposed for tests and fuzzing.
Result<Credential> parseExecCredential(const QByteArray &stdoutData, const ExecConfig &exec);

/// Reads the `exp` claim of a JWT (no signature check: the server checks it).
std::optional<QDateTime> jwtExpiry(const QString &jwt);

/// Checks that \a certPem and \a keyPem are PEM and belong together.
Result<bool> checkKeyPair(const QByteArray &certPem, const QByteArray &keyPem);

} // namespace parapet
