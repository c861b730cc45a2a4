#include "sourceoptions.h"

#include "cluster/clusterfetcher.h"
#include "cluster/kubeconfig.h"
#include "sources/manifestloader.h"

#include <QElapsedTimer>
#include <unistd.h>

namespace parapet::cli {

void SourceOptions::addTo(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 tr("Manifest files or folders, snapshot files, or - for stdin."),
                                 QStringLiteral("[SOURCE...]"));
    parser.addOption({QStringLiteral("demo"), tr("Use the bundled demo cluster.")});
    parser.addOption({{QStringLiteral("n"), QStringLiteral("namespace")},
                      tr("Namespace for objects that have none, and the only namespace shown."),
                      tr("NAMESPACE")});
    parser.addOption({{QStringLiteral("A"), QStringLiteral("all-namespaces")},
                      tr("Show objects of all namespaces (the default for files).")});
    // Live cluster, as kubectl names these options.
    parser.addOption({QStringLiteral("kubeconfig"),
                      tr("Read this kubeconfig file alone (else KUBECONFIG, else ~/.kube/config)."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("context"), tr("The kubeconfig context to use."), tr("NAME")});
    parser.addOption({QStringLiteral("cluster"), tr("The kubeconfig cluster to use."), tr("NAME")});
    parser.addOption({QStringLiteral("user"), tr("The kubeconfig user to use."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("as"), tr("Impersonate this user (live cluster)."), tr("USER")});
    parser.addOption({QStringLiteral("as-group"),
                      tr("Impersonate this group (repeatable; needs --as)."), tr("GROUP")});
    parser.addOption({QStringLiteral("request-timeout"),
                      tr("Timeout of each API request: seconds or 1s, 2m, 3h; 0 for none."),
                      tr("DURATION"), QStringLiteral("0")});
}

bool SourceOptions::read(const QCommandLineParser &parser, Io &io)
{
    m_paths = parser.positionalArguments();
    m_demo = parser.isSet(QStringLiteral("demo"));
    m_namespace = parser.value(QStringLiteral("namespace"));
    m_allNamespaces = parser.isSet(QStringLiteral("all-namespaces"));
    m_kubeconfig = parser.value(QStringLiteral("kubeconfig"));
    m_context = parser.value(QStringLiteral("context"));
    m_cluster = parser.value(QStringLiteral("cluster"));
    m_user = parser.value(QStringLiteral("user"));
    m_as = parser.value(QStringLiteral("as"));
    m_asGroups = parser.values(QStringLiteral("as-group"));
    m_requestTimeout = parser.value(QStringLiteral("request-timeout"));
    if (m_demo && !m_paths.isEmpty()) {
        io.err << tr("error: --demo cannot be combined with paths") << '\n';
        return false;
    }
    const bool liveAsked = !m_kubeconfig.isEmpty() || !m_context.isEmpty() ||
                           !m_cluster.isEmpty() || !m_user.isEmpty();
    const bool liveTuned = !m_as.isEmpty() || !m_asGroups.isEmpty() ||
                           (parser.isSet(QStringLiteral("request-timeout")));
    if ((liveAsked || liveTuned) && (m_demo || !m_paths.isEmpty())) {
        io.err << tr("error: --kubeconfig, --context, --cluster, --user, --as, --as-group and "
                     "--request-timeout select a live cluster; they cannot be combined with paths "
                     "or --demo")
               << '\n';
        return false;
    }
    if (const auto timeout = parseRequestTimeout(m_requestTimeout); !timeout) {
        io.err << tr("error: --request-timeout: %1").arg(timeout.error().message) << '\n';
        return false;
    }
    m_live = liveAsked || liveTuned;
    if (!m_live && !m_demo && m_paths.isEmpty()) {
        // No source named: the current kubeconfig context, as kubectl would use it.
        const auto rules = KubeconfigLoadingRules::fromEnvironment(QString(), m_env);
        m_live = rules.anyFileExists() || InClusterEnvironment::fromEnvironment(m_env).possible();
    }
    if (m_live) {
        if (parser.isSet(QStringLiteral("namespace")) && m_namespace.isEmpty()) {
            io.err << tr("error: --namespace needs a non-empty value") << '\n';
            return false;
        }
        return true;
    }
    if (!m_demo && m_paths.isEmpty()) {
        io.err << tr("error: no source given: name manifest files or folders, a snapshot, - for "
                     "stdin, or --demo")
               << '\n';
        return false;
    }
    if (parser.isSet(QStringLiteral("namespace")) && m_namespace.isEmpty()) {
        io.err << tr("error: --namespace needs a non-empty value") << '\n';
        return false;
    }
    if (m_paths.count(QStringLiteral("-")) > 1) {
        io.err << tr("error: - (stdin) can be given only once") << '\n';
        return false;
    }
    return true;
}

std::optional<Inventory> SourceOptions::loadLive(Io &io, bool &hadErrors) const
{
    hadErrors = false;
    const auto rules = KubeconfigLoadingRules::fromEnvironment(m_kubeconfig, m_env);
    ConfigOverrides overrides;
    overrides.context = m_context;
    overrides.cluster = m_cluster;
    overrides.user = m_user;
    overrides.ns = m_namespace;
    overrides.impersonate = m_as;
    overrides.impersonateGroups = m_asGroups;
    overrides.requestTimeout = m_requestTimeout;
    const auto config =
        loadClientConfig(rules, overrides, InClusterEnvironment::fromEnvironment(m_env));
    if (!config) {
        io.err << tr("error: %1").arg(config.error().message) << '\n';
        io.err.flush();
        return std::nullopt;
    }
    for (const QString &w : config->warnings)
        io.err << tr("warning: %1").arg(w) << '\n';
    if (!config->isHttps())
        io.err << tr("warning: the server %1 is plain HTTP: no credentials are sent and nothing is "
                     "encrypted")
                      .arg(config->server)
               << '\n';
    else if (config->insecure)
        io.err << tr("warning: TLS verification is off for cluster \"%1\" "
                     "(insecure-skip-tls-verify): the server is not authenticated")
                      .arg(config->clusterName)
               << '\n';
    ApiClientOptions options;
    options.credentials.environment = m_env;
    options.credentials.stdinIsTerminal = isatty(STDIN_FILENO) == 1;
    options.credentials.onPluginStderr = [&io](const QString &text) {
        io.err << text;
        if (!text.endsWith(u'\n'))
            io.err << '\n';
        io.err.flush();
    };
    auto client = ApiClient::create(*config, options);
    if (!client) {
        io.err << tr("error: %1").arg(client.error().message) << '\n';
        io.err.flush();
        return std::nullopt;
    }
    FetchOptions fetch;
    if (!m_allNamespaces)
        fetch.onlyNamespace = m_namespace;
    fetch.fallbackNamespaces = {config->ns};
    QElapsedTimer timer;
    timer.start();
    auto result = fetchInventory(**client, fetch);
    if (!result) {
        io.err << tr("error: %1").arg(result.error().message) << '\n';
        io.err.flush();
        return std::nullopt;
    }
    for (const Diagnostic &d : result->inventory.diagnostics()) {
        io.err << d.toString() << '\n';
        hadErrors = hadErrors || d.severity == Diagnostic::Severity::Error;
    }
    for (const QString &note : result->accessNotes)
        io.err << tr("note: %1").arg(note) << '\n';
    io.err << tr("Read %n object(s) from %1 (Kubernetes %2) in %3 s%4", nullptr,
                 int(result->inventory.size()))
                  .arg(config->displayName(), result->serverVersion.isEmpty()
                                                  ? tr("version unknown")
                                                  : result->serverVersion)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  .arg(result->partial() ? tr("; the inventory is partial (see the warnings above)")
                                         : QString())
           << '\n';
    io.err.flush();
    return result->inventory;
}

std::optional<Inventory> SourceOptions::load(Io &io, bool &hadErrors) const
{
    if (m_live)
        return loadLive(io, hadErrors);
    LoadOptions options;
    if (!m_namespace.isEmpty())
        options.defaultNamespace = m_namespace;
    ManifestLoader loader(options);
    if (m_demo) {
        loader.addDemo();
    } else {
        for (const QString &p : m_paths) {
            if (p == u"-")
                loader.addData(QStringLiteral("<stdin>"), io.readStdin ? io.readStdin() : QByteArray());
            else
                loader.addPath(p);
        }
    }
    Inventory inv = loader.load(SourceInfo{});
    hadErrors = false;
    for (const Diagnostic &d : inv.diagnostics()) {
        io.err << d.toString() << '\n';
        hadErrors = hadErrors || d.severity == Diagnostic::Severity::Error;
    }
    io.err.flush();
    return inv;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command,
                                  const QStringList &args, Io &io)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  SourceOptions::tr("Show this help."));
    parser.addOption(help);
    QStringList argv = args;
    argv.prepend(QStringLiteral("parapet-cli ") + command);
    if (!parser.parse(argv)) {
        io.err << SourceOptions::tr("error: %1").arg(parser.errorText()) << '\n'
               << SourceOptions::tr("Run 'parapet-cli %1 --help' for usage.").arg(command) << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // The first line names the executable Qt sees; name the command instead.
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(QStringLiteral(" [options]"));
        if (text.startsWith(QStringLiteral("Usage: ")) && options > 0)
            text.replace(7, options - 7, QStringLiteral("parapet-cli ") + command);
        io.out << text;
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace parapet::cli
