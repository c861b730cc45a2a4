#pragma once

#include "kube/result.h"

#include <optional>
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace parapet {

/// One `clusters[]` entry of a kubeconfig. Paths are absolute once loaded (relative ones are
/// resolved against the folder of the file that defined the entry, as clientcmd does).
struct KubeCluster
{
    QString server;
    QString tlsServerName;
    bool insecureSkipTlsVerify = false;
    QString certificateAuthority;
    QByteArray certificateAuthorityData; ///< decoded PEM
    QString proxyUrl;
    bool disableCompression = false;
    /// `extensions[name=client.authentication.k8s.io/exec].extension` as JSON, handed to exec
    /// plugins in KUBERNETES_EXEC_INFO.
    QByteArray execExtension;
    /// The kubeconfig file that defined this entry.
    QString origin;

    bool isEmpty() const;
};

struct ExecEnvVar
{
    QString name;
    QString value;
};

/// `users[].user.exec`: a client-go credential plugin.
struct ExecConfig
{
    QString command;
    QStringList args;
    QList<ExecEnvVar> env;
    QString apiVersion;
    QString installHint;
    bool provideClusterInfo = false;
    /// Never, IfAvailable or Always (defaulted to IfAvailable for v1beta1, required for v1).
    QString interactiveMode;
};

/// `users[].user.auth-provider`.
struct AuthProviderConfig
{
    QString name;
    QMap<QString, QString> config;
};

/// One `users[]` entry. Holds credentials in memory only; never print it.
struct KubeUser
{
    QString clientCertificate;
    QByteArray clientCertificateData;
    QString clientKey;
    QByteArray clientKeyData;
    QString token;
    QString tokenFile;
    QString username;
    QString password;
    QString impersonate;
    QString impersonateUid;
    QStringList impersonateGroups;
    QMap<QString, QStringList> impersonateUserExtra;
    std::optional<AuthProviderConfig> authProvider;
    std::optional<ExecConfig> exec;
    QString origin;

    bool isEmpty() const;
    /// How this user authenticates, for listings: `client-certificate`, `token`, `token-file`,
    /// `basic`, `exec (aws)`, `auth-provider (oidc)`, or `none`. Never shows a credential.
    QString authKindName() const;
};

struct KubeContext
{
    QString cluster;
    QString user;
    QString ns;
    QString origin;
};

/// A kubeconfig: one file, or several merged the way clientcmd merges them.
struct Kubeconfig
{
    QMap<QString, KubeCluster> clusters;
    QMap<QString, KubeUser> users;
    QMap<QString, KubeContext> contexts;
    QString currentContext;
    /// The files that were read, in precedence order.
    QStringList files;

    bool isEmpty() const
    {
        return clusters.isEmpty() && users.isEmpty() && contexts.isEmpty() &&
               currentContext.isEmpty();
    }

    /// Parses one kubeconfig (yaml-cpp). \a file names it in errors, is the origin of every
    /// entry, and its folder resolves relative paths. Empty input is an empty config. Duplicate
    /// names in a list are an error, as in client-go.
    static Result<Kubeconfig> parse(const QByteArray &yaml, const QString &file);
    /// Reads and parses \a path (refused above 16 MiB).
    static Result<Kubeconfig> loadFile(const QString &path);

    /// Merges \a files (highest priority first) as clientcmd does: for clusters, users and
    /// contexts the first file that names an entry wins with the whole entry; current-context
    /// comes from the first file that sets it.
    static Kubeconfig merge(const QList<Kubeconfig> &files);
};

/// Which kubeconfig files are read (clientcmd's ClientConfigLoadingRules).
struct KubeconfigLoadingRules
{
    /// `--kubeconfig`: when set, this file alone, and it must exist.
    QString explicitPath;
    /// Otherwise: KUBECONFIG split on ':' (duplicates removed), else ~/.kube/config.
    QStringList precedence;

    /// Rules for \a explicitPath and the KUBECONFIG / HOME of \a env.
    static KubeconfigLoadingRules fromEnvironment(const QString &explicitPath,
                                                  const QProcessEnvironment &env);
    /// The files in the order they are read.
    QStringList loadingPrecedence() const;
    /// Whether loading would find at least one existing file.
    bool anyFileExists() const;
    /// Loads and merges. Missing files in the precedence list are skipped; a file that exists but
    /// cannot be read or parsed is an error naming it; a missing explicit file is an error.
    Result<Kubeconfig> load() const;
};

/// `--context`, `--cluster`, `--user`, `-n`, `--as`, `--as-group`, `--request-timeout`.
struct ConfigOverrides
{
    QString context;
    QString cluster;
    QString user;
    QString ns;
    QString impersonate;
    QStringList impersonateGroups;
    /// As kubectl: "0" (none), a number of seconds, or a Go duration ("30s", "1m30s").
    QString requestTimeout;
};

/// Where the service account of a pod is mounted (rest.InClusterConfig).
struct InClusterEnvironment
{
    QString host; ///< KUBERNETES_SERVICE_HOST
    QString port; ///< KUBERNETES_SERVICE_PORT
    QString tokenFile = QStringLiteral("/var/run/secrets/kubernetes.io/serviceaccount/token");
    QString caFile = QStringLiteral("/var/run/secrets/kubernetes.io/serviceaccount/ca.crt");
    QString namespaceFile =
        QStringLiteral("/var/run/secrets/kubernetes.io/serviceaccount/namespace");
    QString podNamespace; ///< POD_NAMESPACE

    static InClusterEnvironment fromEnvironment(const QProcessEnvironment &env);
    /// Host and port set and the token file present.
    bool possible() const;
};

/// How a resolved configuration authenticates.
enum class AuthKind
{
    None,
    ClientCertificate,
    Token,
    TokenFile,
    Basic,
    Exec,
    AuthProvider
};

/// Cluster details handed to exec plugins that ask for them (provideClusterInfo).
struct ExecClusterInfo
{
    QString server;
    QString tlsServerName;
    bool insecureSkipTlsVerify = false;
    QByteArray certificateAuthorityData;
    QString proxyUrl;
    bool disableCompression = false;
    QByteArray config; ///< the exec extension as JSON, or empty
};

/// Everything the API client needs for one context: the result of kubeconfig + overrides, as
/// clientcmd's DirectClientConfig.ClientConfig() computes it. Holds credentials in memory only.
struct ClientConfig
{
    QString contextName;
    QString clusterName;
    QString userName;
    /// Server URL as configured (a path prefix is kept). Without a scheme it is plain HTTP.
    QString server;
    QString ns = QStringLiteral("default");
    bool namespaceOverridden = false;
    bool inCluster = false;

    // Transport (only set for https servers, as in client-go).
    QString caFile;
    QByteArray caData;
    bool insecure = false;
    QString tlsServerName;
    QString proxyUrl;
    bool disableCompression = false;
    /// 0: none.
    qint64 timeoutMs = 0;

    // Identity (only set for https servers).
    QString clientCertificateFile;
    QByteArray clientCertificateData;
    QString clientKeyFile;
    QByteArray clientKeyData;
    QString token;
    QString tokenFile;
    QString username;
    QString password;
    std::optional<ExecConfig> exec;
    ExecClusterInfo execCluster;
    std::optional<AuthProviderConfig> authProvider;

    QString impersonate;
    QString impersonateUid;
    QStringList impersonateGroups;
    QMap<QString, QStringList> impersonateUserExtra;

    /// Warnings that do not stop the connection (e.g. both CA data and file given).
    QStringList warnings;

    bool isHttps() const;
    AuthKind authKind() const;
    QString authKindName() const;
    /// `context` or the server URL: what a live inventory is called.
    QString displayName() const;
};

/// Resolves a context of \a config with \a overrides into a ClientConfig, validating it as
/// clientcmd's ConfirmUsable does (kubectl's messages). When the kubeconfig is empty and
/// \a inCluster is possible, the in-cluster service account is used.
Result<ClientConfig> resolveClientConfig(const Kubeconfig &config, const ConfigOverrides &overrides,
                                         const InClusterEnvironment &inCluster = {});

/// Loads with \a rules, then resolves (the usual entry point).
Result<ClientConfig> loadClientConfig(const KubeconfigLoadingRules &rules,
                                      const ConfigOverrides &overrides,
                                      const InClusterEnvironment &inCluster);

/// kubectl's --request-timeout syntax: "0", "" (none), whole seconds ("30"), or a Go duration.
Result<qint64> parseRequestTimeout(const QString &value);
/// Go's time.ParseDuration, in milliseconds (rounded down).
std::optional<qint64> parseGoDuration(QStringView value);

/// Replaces control characters other than \\t \\n \\v \\f \\r by `U+XXXX`, as clientcmd does
/// with an exec plugin's installHint before showing it.
QString cleanAnsiEscapeCodes(const QString &text);

/// Checks a proxy-url as client-go does: http, https or socks5 with a host.
Result<bool> checkProxyUrl(const QString &url);

} // namespace parapet
