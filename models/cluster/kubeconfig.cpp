#include "kubeconfig.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

namespace parapet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::Kubeconfig", text);
}

constexpr qint64 kMaxKubeconfigBytes = 16 * 1024 * 1024;

/// A parse failure inside one file; becomes `error loading config file "F": message`.
struct ParseFailure
{
    QString message;
    int line = 0;
};

QString qstr(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString where(const YAML::Node &n)
{
    const YAML::Mark m = n.Mark();
    if (m.line < 0)
        return QString();
    return tr(" (line %1)").arg(m.line + 1);
}

/// What an unquoted scalar is to kubectl's YAML reader (go-yaml v2, YAML 1.1 rules), which turns
/// it into JSON before decoding: a bool, a number, or a string.
enum class PlainKind
{
    String,
    Bool,
    Number
};

PlainKind plainKind(const std::string &text)
{
    static const char *const bools[] = {
        "y",    "Y",    "yes",   "Yes",   "YES",   "n",  "N",  "no", "No",  "NO",  "true",
        "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"};
    for (const char *b : bools)
        if (text == b)
            return PlainKind::Bool;
    if (text.empty())
        return PlainKind::String;
    std::string t = text;
    std::erase(t, '_');
    const char *begin = t.c_str();
    char *end = nullptr;
    errno = 0;
    if (t.size() > 2 && (t.compare(0, 2, "0x") == 0 || t.compare(0, 2, "0b") == 0)) {
        std::strtoll(begin + 2, &end, t[1] == 'x' ? 16 : 2);
        return end && *end == 0 && end != begin + 2 ? PlainKind::Number : PlainKind::String;
    }
    std::strtod(begin, &end);
    if (end && *end == 0 && end != begin && t.find_first_of("0123456789") != std::string::npos &&
        t.find_first_of("xXpP") == std::string::npos)
        return PlainKind::Number;
    for (const char *special :
         {".inf", ".Inf", ".INF", "-.inf", "+.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN"})
        if (t == special)
            return PlainKind::Number;
    return PlainKind::String;
}

/// A scalar field as a string: missing or null is empty; anything else is an error. As in
/// kubectl, an unquoted YAML 1.1 boolean or number (`name: Y`, `token: 1234`) is not a string.
QString stringField(const YAML::Node &parent, const char *key)
{
    const YAML::Node n = parent[key];
    if (!n || n.IsNull())
        return QString();
    if (!n.IsScalar())
        throw ParseFailure{tr("field \"%1\" must be a string%2").arg(QLatin1String(key), where(n)),
                           n.Mark().line + 1};
    if (n.Tag() == "?") {
        const PlainKind kind = plainKind(n.Scalar());
        if (kind != PlainKind::String)
            // The value is not repeated: it may be a credential.
            throw ParseFailure{
                tr("field \"%1\" must be a string, but YAML reads this unquoted value as a "
                   "%2 (write it in quotes)%3")
                    .arg(QLatin1String(key), kind == PlainKind::Bool ? tr("boolean") : tr("number"),
                         where(n)),
                n.Mark().line + 1};
    }
    return qstr(n.Scalar());
}

bool boolField(const YAML::Node &parent, const char *key)
{
    const YAML::Node n = parent[key];
    if (!n || n.IsNull())
        return false;
    bool value = false;
    if (!n.IsScalar() || !YAML::convert<bool>::decode(n, value))
        throw ParseFailure{
            tr("field \"%1\" must be true or false%2").arg(QLatin1String(key), where(n)),
            n.Mark().line + 1};
    return value;
}

QByteArray base64Field(const YAML::Node &parent, const char *key)
{
    QByteArray text = stringField(parent, key).toLatin1();
    if (text.isEmpty())
        return {};
    text.replace('\n', QByteArray()).replace('\r', QByteArray());
    // The content is a credential or a certificate: the error never repeats it.
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        throw ParseFailure{
            tr("field \"%1\" is not valid base64%2").arg(QLatin1String(key), where(parent[key])),
            parent[key].Mark().line + 1};
    return *decoded;
}

QStringList stringListField(const YAML::Node &parent, const char *key)
{
    QStringList out;
    const YAML::Node n = parent[key];
    if (!n || n.IsNull())
        return out;
    if (!n.IsSequence())
        throw ParseFailure{
            tr("field \"%1\" must be a list of strings%2").arg(QLatin1String(key), where(n)),
            n.Mark().line + 1};
    for (const YAML::Node &item : n) {
        if (!item.IsScalar())
            throw ParseFailure{
                tr("field \"%1\" must be a list of strings%2").arg(QLatin1String(key), where(item)),
                item.Mark().line + 1};
        out.append(qstr(item.Scalar()));
    }
    return out;
}

void requireMap(const YAML::Node &n, const QString &what)
{
    if (n && !n.IsNull() && !n.IsMap())
        throw ParseFailure{tr("%1 must be a mapping%2").arg(what, where(n)), n.Mark().line + 1};
}

/// Values an extension may hold once YAML aliases are expanded: a few aliases can otherwise name
/// millions of nodes ("billion laughs"), which yaml-cpp shares but JSON would copy. The JSON goes
/// to the plugin in KUBERNETES_EXEC_INFO, and Linux caps one environment string at 128 KiB.
constexpr int kMaxExtensionValues = 10'000;

QJsonValue yamlToJson(const YAML::Node &n, int depth, int &budget)
{
    if (depth > 64)
        throw ParseFailure{tr("extension nested too deeply%1").arg(where(n)), n.Mark().line + 1};
    if (--budget < 0)
        throw ParseFailure{
            tr("extension has more than %1 values%2").arg(kMaxExtensionValues).arg(where(n)),
            n.Mark().line + 1};
    switch (n.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject o;
        for (const auto &kv : n)
            o.insert(qstr(kv.first.as<std::string>()), yamlToJson(kv.second, depth + 1, budget));
        return o;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray a;
        for (const YAML::Node &item : n)
            a.append(yamlToJson(item, depth + 1, budget));
        return a;
    }
    case YAML::NodeType::Scalar: {
        const std::string &s = n.Scalar();
        if (n.Tag() != "!") {
            bool b = false;
            if (s == "true" || s == "false") {
                YAML::convert<bool>::decode(n, b);
                return b;
            }
            double d = 0;
            if (YAML::convert<double>::decode(n, d) && std::isfinite(d))
                return d;
        }
        return qstr(s);
    }
    default:
        return QJsonValue();
    }
}

/// Walks a named list (`clusters:`, `users:`, `contexts:`), calling \a onEntry(name, body).
template <typename F>
void namedList(const YAML::Node &root, const char *listKey, const char *bodyKey, const char *goType,
               F onEntry)
{
    const YAML::Node list = root[listKey];
    if (!list || list.IsNull())
        return;
    if (!list.IsSequence())
        throw ParseFailure{tr("\"%1\" must be a list%2").arg(QLatin1String(listKey), where(list)),
                           list.Mark().line + 1};
    QSet<QString> seen;
    for (const YAML::Node &item : list) {
        if (!item.IsMap())
            throw ParseFailure{tr("an entry of \"%1\" must be a mapping%2")
                                   .arg(QLatin1String(listKey), where(item)),
                               item.Mark().line + 1};
        const QString name = stringField(item, "name");
        if (seen.contains(name))
            // client-go's own wording, so that users can search for it.
            throw ParseFailure{
                QStringLiteral("error converting *[]Named%1 into *map[string]*api.%1: "
                               "duplicate name \"%2\" in list")
                    .arg(QLatin1String(goType), name),
                item.Mark().line + 1};
        seen.insert(name);
        const YAML::Node body = item[bodyKey];
        requireMap(body, tr("\"%1\" of %2").arg(QLatin1String(bodyKey), name));
        onEntry(name, body ? body : YAML::Node(YAML::NodeType::Map));
    }
}

QByteArray execExtensionOf(const YAML::Node &cluster)
{
    const YAML::Node list = cluster["extensions"];
    if (!list || list.IsNull())
        return {};
    if (!list.IsSequence())
        throw ParseFailure{tr("\"extensions\" must be a list%1").arg(where(list)),
                           list.Mark().line + 1};
    QSet<QString> seen;
    QByteArray out;
    for (const YAML::Node &item : list) {
        if (!item.IsMap())
            throw ParseFailure{tr("an extension must be a mapping%1").arg(where(item)),
                               item.Mark().line + 1};
        const QString name = stringField(item, "name");
        if (seen.contains(name))
            throw ParseFailure{
                QStringLiteral("error converting *[]NamedExtension into "
                               "*map[string]runtime.Object: duplicate name \"%1\" in list")
                    .arg(name),
                item.Mark().line + 1};
        seen.insert(name);
        if (name == u"client.authentication.k8s.io/exec") {
            int budget = kMaxExtensionValues;
            const QJsonValue v = yamlToJson(item["extension"], 0, budget);
            out = v.isObject()  ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                  : v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                : QByteArray();
        }
    }
    return out;
}

QString resolvePath(const QString &path, const QString &baseDir)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    return QDir::cleanPath(baseDir + u'/' + path);
}

Kubeconfig parseTree(const YAML::Node &root, const QString &file)
{
    Kubeconfig cfg;
    if (!root || root.IsNull())
        return cfg;
    if (!root.IsMap())
        throw ParseFailure{tr("not a kubeconfig: expected a mapping at the top level"),
                           root.Mark().line + 1};
    const QString kind = stringField(root, "kind");
    if (!kind.isEmpty() && kind != u"Config")
        throw ParseFailure{tr("not a kubeconfig: kind is \"%1\", expected \"Config\"").arg(kind),
                           0};
    const QString apiVersion = stringField(root, "apiVersion");
    if (!apiVersion.isEmpty() && apiVersion != u"v1")
        throw ParseFailure{
            tr("unsupported kubeconfig apiVersion \"%1\" (expected v1)").arg(apiVersion), 0};

    const QString baseDir = QFileInfo(QFileInfo(file).absoluteFilePath()).absolutePath();
    cfg.currentContext = stringField(root, "current-context");

    namedList(
        root, "clusters", "cluster", "Cluster", [&](const QString &name, const YAML::Node &c) {
            KubeCluster k;
            k.server = stringField(c, "server");
            k.tlsServerName = stringField(c, "tls-server-name");
            k.insecureSkipTlsVerify = boolField(c, "insecure-skip-tls-verify");
            k.certificateAuthority = resolvePath(stringField(c, "certificate-authority"), baseDir);
            k.certificateAuthorityData = base64Field(c, "certificate-authority-data");
            k.proxyUrl = stringField(c, "proxy-url");
            k.disableCompression = boolField(c, "disable-compression");
            k.execExtension = execExtensionOf(c);
            k.origin = file;
            cfg.clusters.insert(name, k);
        });
    namedList(root, "users", "user", "AuthInfo", [&](const QString &name, const YAML::Node &u) {
        KubeUser k;
        k.clientCertificate = resolvePath(stringField(u, "client-certificate"), baseDir);
        k.clientCertificateData = base64Field(u, "client-certificate-data");
        k.clientKey = resolvePath(stringField(u, "client-key"), baseDir);
        k.clientKeyData = base64Field(u, "client-key-data");
        k.token = stringField(u, "token");
        k.tokenFile = resolvePath(stringField(u, "tokenFile"), baseDir);
        k.username = stringField(u, "username");
        k.password = stringField(u, "password");
        k.impersonate = stringField(u, "as");
        k.impersonateUid = stringField(u, "as-uid");
        k.impersonateGroups = stringListField(u, "as-groups");
        const YAML::Node extra = u["as-user-extra"];
        requireMap(extra, tr("\"as-user-extra\" of %1").arg(name));
        if (extra && extra.IsMap())
            for (const auto &kv : extra)
                k.impersonateUserExtra.insert(
                    qstr(kv.first.as<std::string>()),
                    stringListField(extra, kv.first.as<std::string>().c_str()));
        const YAML::Node provider = u["auth-provider"];
        requireMap(provider, tr("\"auth-provider\" of %1").arg(name));
        if (provider && provider.IsMap()) {
            AuthProviderConfig p;
            p.name = stringField(provider, "name");
            const YAML::Node config = provider["config"];
            requireMap(config, tr("\"auth-provider.config\" of %1").arg(name));
            if (config && config.IsMap())
                for (const auto &kv : config)
                    p.config.insert(qstr(kv.first.as<std::string>()),
                                    stringField(config, kv.first.as<std::string>().c_str()));
            k.authProvider = p;
        }
        const YAML::Node exec = u["exec"];
        requireMap(exec, tr("\"exec\" of %1").arg(name));
        if (exec && exec.IsMap()) {
            ExecConfig e;
            e.command = stringField(exec, "command");
            // Only a command given as a path is resolved; a bare name is looked up in PATH.
            if (e.command.contains(u'/'))
                e.command = resolvePath(e.command, baseDir);
            e.args = stringListField(exec, "args");
            const YAML::Node env = exec["env"];
            if (env && !env.IsNull()) {
                if (!env.IsSequence())
                    throw ParseFailure{
                        tr("\"exec.env\" of %1 must be a list%2").arg(name, where(env)),
                        env.Mark().line + 1};
                for (const YAML::Node &item : env) {
                    if (!item.IsMap())
                        throw ParseFailure{
                            tr("an entry of \"exec.env\" must be a mapping%1").arg(where(item)),
                            item.Mark().line + 1};
                    e.env.append(ExecEnvVar{stringField(item, "name"), stringField(item, "value")});
                }
            }
            e.apiVersion = stringField(exec, "apiVersion");
            e.installHint = stringField(exec, "installHint");
            e.provideClusterInfo = boolField(exec, "provideClusterInfo");
            e.interactiveMode = stringField(exec, "interactiveMode");
            // client-go's defaulting: v1beta1 plugins are interactive when they can be.
            if (e.interactiveMode.isEmpty() &&
                e.apiVersion == u"client.authentication.k8s.io/v1beta1")
                e.interactiveMode = QStringLiteral("IfAvailable");
            k.exec = e;
        }
        k.origin = file;
        cfg.users.insert(name, k);
    });
    namedList(root, "contexts", "context", "Context",
              [&](const QString &name, const YAML::Node &c) {
                  KubeContext k;
                  k.cluster = stringField(c, "cluster");
                  k.user = stringField(c, "user");
                  k.ns = stringField(c, "namespace");
                  k.origin = file;
                  cfg.contexts.insert(name, k);
              });
    cfg.files.append(file);
    return cfg;
}

QString errorLoading(const QString &file, const QString &message)
{
    return QStringLiteral("error loading config file \"%1\": %2").arg(file, message);
}

QStringList deduplicate(const QStringList &in)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &s : in) {
        if (seen.contains(s))
            continue;
        seen.insert(s);
        out.append(s);
    }
    return out;
}

Error configError(const QString &message)
{
    return Error{Error::Code::Invalid, message, {}};
}

QString joinErrors(const QStringList &errors)
{
    if (errors.size() == 1)
        return tr("invalid configuration: %1").arg(errors.front());
    QString text = tr("invalid configuration:");
    for (const QString &e : errors)
        text += QStringLiteral("\n* ") + e;
    return text;
}

QString openError(const QString &path)
{
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        return QString();
    if (!QFileInfo::exists(path))
        return QStringLiteral("open %1: no such file or directory").arg(path);
    return QStringLiteral("open %1: %2").arg(path, f.errorString());
}

QStringList validateUser(const QString &name, const KubeUser &u)
{
    QStringList errors;
    QStringList methods;
    if (!u.token.isEmpty())
        methods << QStringLiteral("token");
    if (!u.username.isEmpty() || !u.password.isEmpty())
        methods << QStringLiteral("basicAuth");
    if (!u.clientCertificate.isEmpty() || !u.clientCertificateData.isEmpty()) {
        if (!u.clientCertificate.isEmpty() && !u.clientCertificateData.isEmpty())
            errors << QStringLiteral("client-cert-data and client-cert are both specified for %1. "
                                     "client-cert-data will override.")
                          .arg(name);
        if (!u.clientKey.isEmpty() && !u.clientKeyData.isEmpty())
            errors << QStringLiteral("client-key-data and client-key are both specified for %1; "
                                     "client-key-data will override")
                          .arg(name);
        if (u.clientKey.isEmpty() && u.clientKeyData.isEmpty())
            errors << QStringLiteral(
                          "client-key-data or client-key must be specified for %1 to use "
                          "the clientCert authentication method.")
                          .arg(name);
        if (!u.clientCertificate.isEmpty()) {
            const QString e = openError(u.clientCertificate);
            if (!e.isEmpty())
                errors << QStringLiteral("unable to read client-cert %1 for %2 due to %3")
                              .arg(u.clientCertificate, name, e);
        }
        if (!u.clientKey.isEmpty()) {
            const QString e = openError(u.clientKey);
            if (!e.isEmpty())
                errors << QStringLiteral("unable to read client-key %1 for %2 due to %3")
                              .arg(u.clientKey, name, e);
        }
    }
    if (u.exec) {
        if (u.authProvider)
            errors << QStringLiteral("authProvider cannot be provided in combination with an exec "
                                     "plugin for %1")
                          .arg(name);
        if (u.exec->command.isEmpty())
            errors << QStringLiteral(
                          "command must be specified for %1 to use exec authentication plugin")
                          .arg(name);
        if (u.exec->apiVersion.isEmpty())
            errors << QStringLiteral(
                          "apiVersion must be specified for %1 to use exec authentication "
                          "plugin")
                          .arg(name);
        for (const ExecEnvVar &v : u.exec->env)
            if (v.name.isEmpty())
                errors << QStringLiteral("env variable name must be specified for %1 to use exec "
                                         "authentication plugin")
                              .arg(name);
        const QString &mode = u.exec->interactiveMode;
        if (mode.isEmpty())
            errors << QStringLiteral("interactiveMode must be specified for %1 to use exec "
                                     "authentication plugin")
                          .arg(name);
        else if (mode != u"Never" && mode != u"IfAvailable" && mode != u"Always")
            errors << QStringLiteral("invalid interactiveMode for %1: \"%2\"").arg(name, mode);
    }
    if (methods.size() > 1)
        errors << QStringLiteral(
                      "more than one authentication method found for %1; found [%2], only "
                      "one is allowed")
                      .arg(name, methods.join(u' '));
    if ((!u.impersonateUid.isEmpty() || !u.impersonateGroups.isEmpty() ||
         !u.impersonateUserExtra.isEmpty()) &&
        u.impersonate.isEmpty())
        errors << QStringLiteral(
                      "requesting uid, groups or user-extra for %1 without impersonating a "
                      "user")
                      .arg(name);
    return errors;
}

QStringList validateCluster(const QString &name, const KubeCluster &c, bool &empty)
{
    QStringList errors;
    empty = c.isEmpty();
    if (empty)
        return errors;
    if (c.server.isEmpty()) {
        if (name.isEmpty())
            errors << QStringLiteral("default cluster has no server defined");
        else
            errors << QStringLiteral("no server found for cluster \"%1\"").arg(name);
    }
    if (!c.proxyUrl.isEmpty()) {
        const auto ok = checkProxyUrl(c.proxyUrl);
        if (!ok)
            errors << QStringLiteral("invalid 'proxy-url' \"%1\" for cluster \"%2\": %3")
                          .arg(c.proxyUrl, name, ok.error().message);
    }
    if (!c.certificateAuthority.isEmpty() && !c.certificateAuthorityData.isEmpty())
        errors << QStringLiteral("certificate-authority-data and certificate-authority are both "
                                 "specified for %1. certificate-authority-data will override.")
                      .arg(name);
    if (!c.certificateAuthority.isEmpty()) {
        const QString e = openError(c.certificateAuthority);
        if (!e.isEmpty())
            errors << QStringLiteral("unable to read certificate-authority %1 for %2 due to %3")
                          .arg(c.certificateAuthority, name, e);
    }
    return errors;
}

std::optional<QByteArray> readSmallFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QFileInfo::exists(path)
                     ? QStringLiteral("open %1: %2").arg(path, f.errorString())
                     : QStringLiteral("open %1: no such file or directory").arg(path);
        return std::nullopt;
    }
    return f.read(kMaxKubeconfigBytes);
}

Result<ClientConfig> inClusterConfig(const InClusterEnvironment &env,
                                     const ConfigOverrides &overrides)
{
    ClientConfig c;
    c.inCluster = true;
    QString host = env.host;
    if (host.contains(u':') && !host.startsWith(u'['))
        host = u'[' + host + u']';
    c.server = QStringLiteral("https://") + host + u':' + env.port;
    QString error;
    const auto token = readSmallFile(env.tokenFile, &error);
    if (!token)
        return configError(error);
    c.token = QString::fromUtf8(token->trimmed());
    c.tokenFile = env.tokenFile;
    if (QFileInfo::exists(env.caFile))
        c.caFile = env.caFile;
    c.contextName = QString();
    if (!overrides.ns.isEmpty()) {
        c.ns = overrides.ns;
        c.namespaceOverridden = true;
    } else if (!env.podNamespace.isEmpty()) {
        c.ns = env.podNamespace;
    } else {
        QString ignored;
        const auto ns = readSmallFile(env.namespaceFile, &ignored);
        if (ns && !ns->trimmed().isEmpty())
            c.ns = QString::fromUtf8(ns->trimmed());
    }
    c.impersonate = overrides.impersonate;
    c.impersonateGroups = overrides.impersonateGroups;
    if (!c.impersonateGroups.isEmpty() && c.impersonate.isEmpty())
        return configError(joinErrors({QStringLiteral("requesting uid, groups or user-extra for  "
                                                      "without impersonating a user")}));
    const auto timeout = parseRequestTimeout(overrides.requestTimeout);
    if (!timeout)
        return timeout.error();
    c.timeoutMs = *timeout;
    c.execCluster.server = c.server;
    return c;
}

} // namespace

bool KubeCluster::isEmpty() const
{
    return server.isEmpty() && tlsServerName.isEmpty() && !insecureSkipTlsVerify &&
           certificateAuthority.isEmpty() && certificateAuthorityData.isEmpty() &&
           proxyUrl.isEmpty() && !disableCompression && execExtension.isEmpty();
}

bool KubeUser::isEmpty() const
{
    return clientCertificate.isEmpty() && clientCertificateData.isEmpty() && clientKey.isEmpty() &&
           clientKeyData.isEmpty() && token.isEmpty() && tokenFile.isEmpty() &&
           username.isEmpty() && password.isEmpty() && impersonate.isEmpty() &&
           impersonateUid.isEmpty() && impersonateGroups.isEmpty() &&
           impersonateUserExtra.isEmpty() && !authProvider && !exec;
}

QString KubeUser::authKindName() const
{
    QStringList kinds;
    if (exec) {
        const QString base = QFileInfo(exec->command).fileName();
        kinds << QStringLiteral("exec (%1)").arg(base.isEmpty() ? QStringLiteral("?") : base);
    }
    if (authProvider)
        kinds << QStringLiteral("auth-provider (%1)").arg(authProvider->name);
    if (!clientCertificate.isEmpty() || !clientCertificateData.isEmpty())
        kinds << QStringLiteral("client-certificate");
    if (!token.isEmpty())
        kinds << QStringLiteral("token");
    else if (!tokenFile.isEmpty())
        kinds << QStringLiteral("token-file");
    if (!username.isEmpty() || !password.isEmpty())
        kinds << QStringLiteral("basic");
    if (kinds.isEmpty())
        return QStringLiteral("none");
    return kinds.join(QStringLiteral(", "));
}

Result<Kubeconfig> Kubeconfig::parse(const QByteArray &yaml, const QString &file)
{
    try {
        const YAML::Node root = YAML::Load(std::string(yaml.constData(), std::size_t(yaml.size())));
        return parseTree(root, file);
    } catch (const ParseFailure &f) {
        return Error{Error::Code::Syntax, errorLoading(file, f.message),
                     SourceLocation{file, quint32(std::max(f.line, 0)), 0}};
    } catch (const YAML::DeepRecursion &e) {
        // yaml-cpp 0.7 gives this one the message "bad file"; say what happened.
        return Error{Error::Code::Limit,
                     errorLoading(file, tr("YAML error at line %1, column %2: nesting deeper "
                                           "than %3 levels")
                                            .arg(e.mark.line + 1)
                                            .arg(e.mark.column + 1)
                                            .arg(e.depth())),
                     SourceLocation{file, quint32(std::max(e.mark.line + 1, 0)),
                                    quint32(std::max(e.mark.column + 1, 0))}};
    } catch (const YAML::Exception &e) {
        // yaml-cpp's messages name the problem and position, never the content.
        return Error{Error::Code::Syntax,
                     errorLoading(file, tr("YAML error at line %1, column %2: %3")
                                            .arg(e.mark.line + 1)
                                            .arg(e.mark.column + 1)
                                            .arg(QString::fromStdString(e.msg))),
                     SourceLocation{file, quint32(std::max(e.mark.line + 1, 0)),
                                    quint32(std::max(e.mark.column + 1, 0))}};
    }
}

Result<Kubeconfig> Kubeconfig::loadFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error{
            Error::Code::Io, errorLoading(path, tr("read %1: is a directory").arg(path)), {path}};
    if (info.size() > kMaxKubeconfigBytes)
        return Error{
            Error::Code::Limit,
            errorLoading(path, tr("file is larger than %1 MiB").arg(kMaxKubeconfigBytes >> 20)),
            {path}};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, errorLoading(path, f.errorString()), {path}};
    return parse(f.read(kMaxKubeconfigBytes + 1), path);
}

Kubeconfig Kubeconfig::merge(const QList<Kubeconfig> &files)
{
    Kubeconfig out;
    for (const Kubeconfig &k : files) {
        for (auto it = k.clusters.constBegin(); it != k.clusters.constEnd(); ++it)
            if (!out.clusters.contains(it.key()))
                out.clusters.insert(it.key(), it.value());
        for (auto it = k.users.constBegin(); it != k.users.constEnd(); ++it)
            if (!out.users.contains(it.key()))
                out.users.insert(it.key(), it.value());
        for (auto it = k.contexts.constBegin(); it != k.contexts.constEnd(); ++it)
            if (!out.contexts.contains(it.key()))
                out.contexts.insert(it.key(), it.value());
        if (out.currentContext.isEmpty())
            out.currentContext = k.currentContext;
        out.files += k.files;
    }
    return out;
}

KubeconfigLoadingRules KubeconfigLoadingRules::fromEnvironment(const QString &explicitPath,
                                                               const QProcessEnvironment &env)
{
    KubeconfigLoadingRules r;
    r.explicitPath = explicitPath;
    const QString list = env.value(QStringLiteral("KUBECONFIG"));
    if (!list.isEmpty()) {
        r.precedence = deduplicate(list.split(u':'));
    } else {
        QString home = env.value(QStringLiteral("HOME"));
        if (home.isEmpty())
            home = QDir::homePath();
        r.precedence = {QDir::cleanPath(home + QStringLiteral("/.kube/config"))};
    }
    return r;
}

QStringList KubeconfigLoadingRules::loadingPrecedence() const
{
    if (!explicitPath.isEmpty())
        return {explicitPath};
    return precedence;
}

bool KubeconfigLoadingRules::anyFileExists() const
{
    for (const QString &f : loadingPrecedence())
        if (!f.isEmpty() && QFileInfo::exists(f))
            return true;
    return false;
}

Result<Kubeconfig> KubeconfigLoadingRules::load() const
{
    if (!explicitPath.isEmpty() && !QFileInfo::exists(explicitPath))
        return Error{Error::Code::NotFound,
                     QStringLiteral("stat %1: no such file or directory").arg(explicitPath),
                     {explicitPath}};
    QList<Kubeconfig> loaded;
    QStringList errors;
    for (const QString &file : loadingPrecedence()) {
        if (file.isEmpty() || !QFileInfo::exists(file))
            continue; // missing files in the list are skipped, as kubectl does
        auto k = Kubeconfig::loadFile(file);
        if (!k) {
            errors << k.error().message;
            continue;
        }
        loaded.append(*k);
    }
    if (!errors.isEmpty())
        return Error{Error::Code::Syntax, errors.join(u'\n'), {}};
    return Kubeconfig::merge(loaded);
}

InClusterEnvironment InClusterEnvironment::fromEnvironment(const QProcessEnvironment &env)
{
    InClusterEnvironment e;
    e.host = env.value(QStringLiteral("KUBERNETES_SERVICE_HOST"));
    e.port = env.value(QStringLiteral("KUBERNETES_SERVICE_PORT"));
    e.podNamespace = env.value(QStringLiteral("POD_NAMESPACE"));
    return e;
}

bool InClusterEnvironment::possible() const
{
    return !host.isEmpty() && !port.isEmpty() && QFileInfo(tokenFile).isFile();
}

bool ClientConfig::isHttps() const
{
    return server.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive);
}

AuthKind ClientConfig::authKind() const
{
    if (exec)
        return AuthKind::Exec;
    if (authProvider)
        return AuthKind::AuthProvider;
    if (!clientCertificateData.isEmpty() || !clientCertificateFile.isEmpty())
        return AuthKind::ClientCertificate;
    if (!tokenFile.isEmpty())
        return AuthKind::TokenFile;
    if (!token.isEmpty())
        return AuthKind::Token;
    if (!username.isEmpty() || !password.isEmpty())
        return AuthKind::Basic;
    return AuthKind::None;
}

QString ClientConfig::authKindName() const
{
    switch (authKind()) {
    case AuthKind::Exec:
        return QStringLiteral("exec (%1)").arg(QFileInfo(exec->command).fileName());
    case AuthKind::AuthProvider:
        return QStringLiteral("auth-provider (%1)").arg(authProvider->name);
    case AuthKind::ClientCertificate:
        return QStringLiteral("client-certificate");
    case AuthKind::TokenFile:
        return QStringLiteral("token-file");
    case AuthKind::Token:
        return QStringLiteral("token");
    case AuthKind::Basic:
        return QStringLiteral("basic");
    case AuthKind::None:
        break;
    }
    return QStringLiteral("none");
}

QString ClientConfig::displayName() const
{
    return contextName.isEmpty() ? server : contextName;
}

Result<bool> checkProxyUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid())
        return Error{Error::Code::Invalid, QStringLiteral("could not parse: %1").arg(url), {}};
    const QString scheme = u.scheme();
    if (scheme != u"http" && scheme != u"https" && scheme != u"socks5")
        return Error{
            Error::Code::Invalid,
            QStringLiteral("unsupported scheme \"%1\", must be http, https, or socks5").arg(scheme),
            {}};
    if (u.host().isEmpty())
        return Error{Error::Code::Invalid, QStringLiteral("could not parse: %1").arg(url), {}};
    return true;
}

std::optional<qint64> parseGoDuration(QStringView s)
{
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (s.front() == u'-' || s.front() == u'+') {
        negative = s.front() == u'-';
        s = s.mid(1);
    }
    if (s == u"0")
        return 0;
    if (s.isEmpty())
        return std::nullopt;
    double totalNs = 0;
    while (!s.isEmpty()) {
        qsizetype i = 0;
        while (i < s.size() && (s[i].isDigit() || s[i] == u'.'))
            ++i;
        if (i == 0)
            return std::nullopt;
        bool ok = false;
        const double number = s.left(i).toDouble(&ok);
        if (!ok || s.left(i) == u".")
            return std::nullopt;
        s = s.mid(i);
        qsizetype j = 0;
        while (j < s.size() && !s[j].isDigit() && s[j] != u'.')
            ++j;
        const QStringView unit = s.left(j);
        s = s.mid(j);
        double scale = 0;
        if (unit == u"ns")
            scale = 1;
        else if (unit == u"us" || unit == u"\u00b5s" || unit == u"\u03bcs")
            scale = 1e3;
        else if (unit == u"ms")
            scale = 1e6;
        else if (unit == u"s")
            scale = 1e9;
        else if (unit == u"m")
            scale = 60e9;
        else if (unit == u"h")
            scale = 3600e9;
        else
            return std::nullopt;
        totalNs += number * scale;
    }
    if (totalNs > 9.2e18)
        return std::nullopt;
    const qint64 ms = qint64(totalNs / 1e6);
    return negative ? -ms : ms;
}

Result<qint64> parseRequestTimeout(const QString &value)
{
    if (value.isEmpty() || value == u"0")
        return qint64(0);
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok && seconds >= 0)
        return seconds * 1000;
    if (const auto d = parseGoDuration(value))
        return std::max<qint64>(*d, 0);
    return Error{
        Error::Code::Usage,
        QStringLiteral("Invalid timeout value. Timeout must be a single integer in seconds, or "
                       "an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)"),
        {}};
}

QString cleanAnsiEscapeCodes(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool spaceControl = u >= 0x09 && u <= 0x0D;
        const QChar::Category cat = c.category();
        const bool control = cat == QChar::Other_Control || cat == QChar::Other_Format ||
                             cat == QChar::Other_NotAssigned || cat == QChar::Other_PrivateUse;
        if (control && !spaceControl)
            out += QStringLiteral("U+%1")
                       .arg(u, 4, 16, QLatin1Char('0'))
                       .toUpper()
                       .replace(QStringLiteral("U+"), QStringLiteral("U+"));
        else
            out += c;
    }
    return out;
}

Result<ClientConfig> resolveClientConfig(const Kubeconfig &config, const ConfigOverrides &overrides,
                                         const InClusterEnvironment &inCluster)
{
    const QString contextName =
        !overrides.context.isEmpty() ? overrides.context : config.currentContext;
    const KubeContext context = config.contexts.value(contextName);
    const QString userName = !overrides.user.isEmpty() ? overrides.user : context.user;
    const QString clusterName = !overrides.cluster.isEmpty() ? overrides.cluster : context.cluster;

    KubeUser user = config.users.value(userName);
    if (!overrides.impersonate.isEmpty())
        user.impersonate = overrides.impersonate;
    if (!overrides.impersonateGroups.isEmpty())
        user.impersonateGroups = overrides.impersonateGroups;
    const KubeCluster cluster = config.clusters.value(clusterName);

    // ConfirmUsable, in client-go's order.
    QStringList errors;
    if (!contextName.isEmpty() && !config.contexts.contains(contextName))
        errors
            << QStringLiteral("context was not found for specified context: %1").arg(contextName);
    errors += validateUser(userName, user);
    bool emptyCluster = false;
    const QStringList clusterErrors = validateCluster(clusterName, cluster, emptyCluster);
    errors += clusterErrors;
    if (emptyCluster) {
        if (errors.isEmpty()) {
            // Nothing configured: in a pod, its service account; else kubectl's "empty config".
            if (inCluster.possible() && config.contexts.isEmpty() && overrides.context.isEmpty())
                return inClusterConfig(inCluster, overrides);
            return configError(joinErrors({QStringLiteral(
                "no configuration has been provided, try setting KUBERNETES_MASTER environment "
                "variable")}));
        }
        errors << (clusterName.isEmpty()
                       ? QStringLiteral("cluster has no server defined")
                       : QStringLiteral("no server found for cluster \"%1\"").arg(clusterName));
    }
    if (!errors.isEmpty())
        return configError(joinErrors(errors));

    ClientConfig c;
    c.contextName = contextName;
    c.clusterName = clusterName;
    c.userName = userName;
    c.server = cluster.server;
    {
        // A path prefix is kept; a query or fragment is not (client-go).
        QUrl u(c.server);
        if (u.isValid() && !u.scheme().isEmpty() && u.path().size() > 1) {
            u.setQuery(QString());
            u.setFragment(QString());
            c.server = u.toString();
        }
    }
    if (!overrides.ns.isEmpty()) {
        c.ns = overrides.ns;
        c.namespaceOverridden = true;
    } else if (!context.ns.isEmpty()) {
        c.ns = context.ns;
    }
    c.proxyUrl = cluster.proxyUrl;
    c.disableCompression = cluster.disableCompression;
    const auto timeout = parseRequestTimeout(overrides.requestTimeout);
    if (!timeout)
        return timeout.error();
    c.timeoutMs = *timeout;
    c.impersonate = user.impersonate;
    c.impersonateUid = user.impersonateUid;
    c.impersonateGroups = user.impersonateGroups;
    c.impersonateUserExtra = user.impersonateUserExtra;

    // Credentials and TLS settings only for https servers: a plain http URL gets none.
    if (c.isHttps()) {
        if (!user.token.isEmpty()) {
            c.token = user.token;
            c.tokenFile = user.tokenFile;
        } else if (!user.tokenFile.isEmpty()) {
            QString error;
            const auto token = readSmallFile(user.tokenFile, &error);
            if (!token)
                return configError(error);
            c.token = QString::fromUtf8(token->trimmed());
            c.tokenFile = user.tokenFile;
        }
        if (!user.clientCertificate.isEmpty() || !user.clientCertificateData.isEmpty()) {
            c.clientCertificateFile = user.clientCertificate;
            c.clientCertificateData = user.clientCertificateData;
            c.clientKeyFile = user.clientKey;
            c.clientKeyData = user.clientKeyData;
        }
        if (!user.username.isEmpty() || !user.password.isEmpty()) {
            c.username = user.username;
            c.password = user.password;
        }
        if (user.authProvider) {
            const QString &name = user.authProvider->name;
            if (name == u"gcp")
                return configError(
                    QStringLiteral("The gcp auth plugin has been removed.\nPlease use the "
                                   "\"gke-gcloud-auth-plugin\" "
                                   "kubectl/client-go credential plugin instead.\nSee "
                                   "https://cloud.google.com/blog/products/containers-kubernetes/"
                                   "kubectl-auth-changes-in-gke for further details"));
            if (name == u"azure")
                return configError(QStringLiteral(
                    "The azure auth plugin has been removed.\nPlease use the \"kubelogin\" "
                    "kubectl/client-go credential plugin instead.\nSee "
                    "https://azure.github.io/kubelogin/ "
                    "for further details"));
            if (name != u"oidc")
                return configError(
                    QStringLiteral("no Auth Provider found for name \"%1\"").arg(name));
            c.authProvider = user.authProvider;
        }
        if (user.exec) {
            ExecConfig e = *user.exec;
            if (e.apiVersion != u"client.authentication.k8s.io/v1" &&
                e.apiVersion != u"client.authentication.k8s.io/v1beta1")
                return configError(
                    QStringLiteral("exec plugin: invalid apiVersion \"%1\"").arg(e.apiVersion));
            e.installHint = cleanAnsiEscapeCodes(e.installHint);
            c.exec = e;
        }
        // Server identity. CA data wins over a CA file (with the warning above refused by
        // validation already, this only matters for in-memory configs).
        c.caFile = cluster.certificateAuthority;
        c.caData = cluster.certificateAuthorityData;
        c.insecure = cluster.insecureSkipTlsVerify;
        c.tlsServerName = cluster.tlsServerName;
        if (c.insecure && (!c.caFile.isEmpty() || !c.caData.isEmpty()))
            return configError(QStringLiteral(
                "specifying a root certificates file with the insecure flag is not allowed"));
        c.execCluster.server = c.server;
        c.execCluster.tlsServerName = c.tlsServerName;
        c.execCluster.insecureSkipTlsVerify = c.insecure;
        c.execCluster.certificateAuthorityData = c.caData;
        if (c.caData.isEmpty() && !c.caFile.isEmpty()) {
            QString ignored;
            c.execCluster.certificateAuthorityData =
                readSmallFile(c.caFile, &ignored).value_or(QByteArray());
        }
        c.execCluster.proxyUrl = c.proxyUrl;
        c.execCluster.disableCompression = c.disableCompression;
        c.execCluster.config = cluster.execExtension;
    }
    return c;
}

Result<ClientConfig> loadClientConfig(const KubeconfigLoadingRules &rules,
                                      const ConfigOverrides &overrides,
                                      const InClusterEnvironment &inCluster)
{
    const auto config = rules.load();
    if (!config)
        return config.error();
    return resolveClientConfig(*config, overrides, inCluster);
}

} // namespace parapet
