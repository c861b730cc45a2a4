#include "loadrequest.h"

#include "cluster/apiclient.h"
#include "cluster/kubeconfig.h"
#include "sources/manifestloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QProcessEnvironment>

namespace parapet::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::ui::LoadRequest", text);
}

QString displayName(const QString &path)
{
    if (path == u"-")
        return tr("standard input");
    const QFileInfo info(path);
    QString name = info.fileName();
    if (name.isEmpty()) // `folder/` or `/`
        name = QDir(path).dirName();
    if (info.isDir())
        name += u'/';
    return name;
}

} // namespace

LoadRequest LoadRequest::demo()
{
    return LoadRequest{};
}

LoadRequest LoadRequest::fromPaths(const QStringList &paths, const QString &defaultNamespace)
{
    LoadRequest r;
    r.kind = Kind::Paths;
    r.paths = paths;
    r.defaultNamespace = defaultNamespace;
    return r;
}

LoadRequest LoadRequest::live(const QString &context, const QString &kubeconfig, const QString &ns)
{
    LoadRequest r;
    r.kind = Kind::Live;
    r.context = context;
    r.kubeconfig = kubeconfig;
    r.defaultNamespace = ns;
    return r;
}

QString LoadRequest::shortName() const
{
    if (kind == Kind::Demo)
        return tr("Demo cluster");
    if (kind == Kind::Live) {
        const QString name = context.isEmpty() ? tr("current context") : context;
        return defaultNamespace.isEmpty() ? name
                                          : tr("%1 (namespace %2)").arg(name, defaultNamespace);
    }
    QStringList names;
    for (const QString &p : paths)
        names.append(displayName(p));
    if (names.size() <= 2)
        return names.join(QStringLiteral(", "));
    return names[0] + QStringLiteral(", ") + names[1] + tr(" +%1 more").arg(names.size() - 2);
}

QVariantMap LoadRequest::toVariant() const
{
    QVariantMap map;
    switch (kind) {
    case Kind::Demo:
        map[QStringLiteral("kind")] = QStringLiteral("demo");
        break;
    case Kind::Paths:
        map[QStringLiteral("kind")] = QStringLiteral("paths");
        map[QStringLiteral("paths")] = paths;
        break;
    case Kind::Live:
        map[QStringLiteral("kind")] = QStringLiteral("live");
        map[QStringLiteral("context")] = context;
        map[QStringLiteral("kubeconfig")] = kubeconfig;
        break;
    }
    if (!defaultNamespace.isEmpty())
        map[QStringLiteral("namespace")] = defaultNamespace;
    return map;
}

std::optional<LoadRequest> LoadRequest::fromVariant(const QVariantMap &map)
{
    const QString kind = map.value(QStringLiteral("kind")).toString();
    const QString ns = map.value(QStringLiteral("namespace")).toString();
    if (kind == u"demo")
        return demo();
    if (kind == u"paths") {
        const QStringList paths = map.value(QStringLiteral("paths")).toStringList();
        if (paths.isEmpty())
            return std::nullopt;
        return fromPaths(paths, ns);
    }
    if (kind == u"live")
        return live(map.value(QStringLiteral("context")).toString(),
                    map.value(QStringLiteral("kubeconfig")).toString(), ns);
    return std::nullopt;
}

KindProgress::State KindProgress::stateOf(KindFetch::Status status)
{
    using S = KindFetch::Status;
    switch (status) {
    case S::Complete:
        return State::Done;
    case S::Partial:
        return State::Partial;
    case S::Forbidden:
        return State::Forbidden;
    case S::Unauthorized:
        return State::Unauthorized;
    case S::NotServed:
        return State::NotServed;
    case S::Failed:
        return State::Failed;
    case S::Cancelled:
        return State::Cancelled;
    }
    return State::Failed;
}

QString KindProgress::stateTitle(State state)
{
    switch (state) {
    case State::Waiting:
        return tr("waiting");
    case State::Fetching:
        return tr("fetching");
    case State::Done:
        return tr("done");
    case State::Partial:
        return tr("partial");
    case State::Forbidden:
        return tr("forbidden");
    case State::Unauthorized:
        return tr("unauthorized");
    case State::NotServed:
        return tr("not served");
    case State::Failed:
        return tr("failed");
    case State::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QStringList liveKindNames()
{
    QStringList names;
    for (const WantedKind &w : defaultKinds())
        names.append(w.group.isEmpty() ? w.kind : w.kind + u'.' + w.group);
    return names;
}

QString consequenceOfMissing(const QString &groupKind)
{
    const QString kind = groupKind.section(u'.', 0, 0);
    if (kind == u"Secret")
        return tr("checks on secrets (service account tokens, secrets in use) are incomplete");
    if (kind == u"Role" || kind == u"ClusterRole" || kind == u"RoleBinding" ||
        kind == u"ClusterRoleBinding")
        return tr("RBAC checks and the RBAC graph are incomplete");
    if (kind == u"NetworkPolicy")
        return tr("network isolation cannot be judged: namespaces may look unprotected");
    if (kind == u"Namespace")
        return tr("namespace checks (Pod Security admission labels) are incomplete");
    if (kind == u"Node")
        return tr("node and kubelet checks are not verifiable");
    if (kind == u"ServiceAccount")
        return tr("service account checks are incomplete");
    if (kind == u"Pod" || kind == u"Deployment" || kind == u"StatefulSet" || kind == u"DaemonSet" ||
        kind == u"ReplicaSet" || kind == u"Job" || kind == u"CronJob")
        return tr("pod security checks miss these workloads");
    if (kind.contains(QStringLiteral("Webhook")) || kind.contains(QStringLiteral("Admission")))
        return tr("admission control checks are incomplete");
    return tr("checks that use %1 objects are incomplete").arg(kind);
}

namespace {

QString authKindTitle(AuthKind kind, const ClientConfig &config)
{
    switch (kind) {
    case AuthKind::None:
        return tr("none");
    case AuthKind::ClientCertificate:
        return tr("client certificate");
    case AuthKind::Token:
        return tr("token");
    case AuthKind::TokenFile:
        return tr("token file");
    case AuthKind::Basic:
        return tr("basic");
    case AuthKind::Exec:
        return config.exec ? tr("exec (%1)").arg(QFileInfo(config.exec->command).fileName())
                           : tr("exec");
    case AuthKind::AuthProvider:
        return config.authProvider ? tr("auth provider (%1)").arg(config.authProvider->name)
                                   : tr("auth provider");
    }
    return {};
}

LoadResult runLiveLoad(const LoadRequest &request, const LoadControl &control)
{
    LoadResult result;
    result.request = request;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const auto rules = KubeconfigLoadingRules::fromEnvironment(request.kubeconfig, env);
    ConfigOverrides overrides;
    overrides.context = request.context;
    overrides.ns = request.defaultNamespace;
    const auto config =
        loadClientConfig(rules, overrides, InClusterEnvironment::fromEnvironment(env));
    if (!config) {
        result.error =
            tr("The kubeconfig does not give a usable connection: %1").arg(config.error().message);
        return result;
    }
    result.contextName = config->contextName;
    result.clusterName = config->clusterName;
    result.userName = config->userName;
    result.authKind = authKindTitle(config->authKind(), *config);
    result.server = config->server;
    result.connectionWarnings = config->warnings;
    if (!config->isHttps()) {
        result.tlsVerified = false;
        result.connectionWarnings.append(
            tr("the server %1 is plain HTTP: no credentials are sent and nothing is encrypted")
                .arg(config->server));
    } else if (config->insecure) {
        result.tlsVerified = false;
        result.connectionWarnings.append(
            tr("TLS verification is off for cluster \u201c%1\u201d (insecure-skip-tls-verify): "
               "the server is not authenticated")
                .arg(config->clusterName));
    }
    ApiClientOptions options;
    options.cancel = control.cancel.get();
    options.credentials.stdinIsTerminal = false;
    // A credential plugin's messages (login hints) are kept for the connection's warnings.
    auto pluginOutput = std::make_shared<QStringList>();
    auto pluginMutex = std::make_shared<QMutex>();
    options.credentials.onPluginStderr = [pluginOutput, pluginMutex](const QString &text) {
        const QMutexLocker lock(pluginMutex.get());
        if (pluginOutput->size() < 20)
            pluginOutput->append(text.trimmed());
    };
    auto client = ApiClient::create(*config, options);
    if (!client) {
        result.error = client.error().message;
        return result;
    }
    FetchOptions fetch;
    fetch.onlyNamespace = request.defaultNamespace;
    fetch.fallbackNamespaces = {config->ns};
    fetch.progress = control.progress;
    auto fetched = fetchInventory(**client, fetch);
    {
        const QMutexLocker lock(pluginMutex.get());
        for (const QString &line : std::as_const(*pluginOutput))
            if (!line.isEmpty())
                result.connectionWarnings.append(tr("credential plugin: %1").arg(line));
    }
    if (!fetched) {
        result.cancelled = control.cancel->load();
        result.error = result.cancelled ? tr("Cancelled.") : fetched.error().message;
        return result;
    }
    result.inventory = std::move(fetched->inventory);
    result.kinds = fetched->kinds;
    for (const KindFetch &k : std::as_const(fetched->kinds)) {
        if (k.status == KindFetch::Status::Complete || k.status == KindFetch::Status::NotServed)
            continue;
        MissingKind m;
        m.kind = k.groupKindName();
        m.state = KindProgress::stateOf(k.status);
        m.reason = k.reason;
        m.consequence = consequenceOfMissing(m.kind);
        result.missing.append(m);
    }
    return result;
}

} // namespace

LoadResult runLoad(const LoadRequest &request, const LoadControl &control)
{
    QElapsedTimer timer;
    timer.start();
    if (request.kind == LoadRequest::Kind::Live) {
        LoadResult result = runLiveLoad(request, control);
        result.summary = ClusterSummary::of(result.inventory);
        result.elapsedMs = timer.elapsed();
        return result;
    }
    LoadOptions options;
    if (!request.defaultNamespace.isEmpty())
        options.defaultNamespace = request.defaultNamespace;
    ManifestLoader loader(options);
    if (request.kind == LoadRequest::Kind::Demo) {
        loader.addDemo();
    } else {
        for (const QString &p : request.paths)
            loader.addPath(p);
    }
    LoadResult result;
    result.request = request;
    result.inventory = loader.load(SourceInfo{});
    result.summary = ClusterSummary::of(result.inventory);
    result.displayRoot = commonFolder(result.inventory);
    result.elapsedMs = timer.elapsed();
    return result;
}

QString commonFolder(const Inventory &inventory)
{
    QString prefix;
    bool first = true;
    const auto take = [&](const QString &file) {
        if (file.isEmpty())
            return;
        const qsizetype slash = file.lastIndexOf(u'/');
        const QString folder = slash < 0 ? QString() : file.left(slash + 1);
        if (first) {
            prefix = folder;
            first = false;
            return;
        }
        qsizetype n = 0;
        const qsizetype max = std::min(prefix.size(), folder.size());
        while (n < max && prefix[n] == folder[n])
            ++n;
        prefix.truncate(n);
        // Cut back to a whole folder name.
        const qsizetype lastSlash = prefix.lastIndexOf(u'/');
        prefix.truncate(lastSlash + 1);
    };
    for (const KubeObject &o : inventory.objects())
        take(o.origin().file);
    for (const Diagnostic &d : inventory.diagnostics())
        take(d.location.file);
    return prefix;
}

} // namespace parapet::ui
