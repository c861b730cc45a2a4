#pragma once

#include "command.h"

#include "kube/inventory.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

#include <optional>

namespace parapet::cli {

/// The options every command shares: where objects come from (`PATH...`, `-`, `--demo`, or a
/// live cluster through kubeconfig) and which namespace they are viewed in (`-n`, `-A`, as
/// kubectl).
///
/// A live cluster is the source when `--kubeconfig`, `--context`, `--cluster` or `--user` is
/// given, or when neither PATH nor `--demo` is given and a kubeconfig exists (KUBECONFIG names an
/// existing file, or ~/.kube/config exists) or the process runs in a pod (in-cluster service
/// account). Combining a live-cluster option with PATH or `--demo` is a usage error.
class SourceOptions
{
    Q_DECLARE_TR_FUNCTIONS(parapet::cli::SourceOptions)
public:
    void addTo(QCommandLineParser &parser);
    /// Reads the parsed options; false (with a message on stderr) on a usage error.
    bool read(const QCommandLineParser &parser, Io &io);

    /// Loads the source. Diagnostics go to stderr; \a hadErrors tells whether any input was
    /// skipped (the command then exits with 2 after doing its work).
    std::optional<Inventory> load(Io &io, bool &hadErrors) const;

    /// Namespace filter: empty when all namespaces are shown.
    QString namespaceFilter() const { return m_allNamespaces ? QString() : m_namespace; }
    bool namespaceGiven() const { return !m_namespace.isEmpty(); }

    /// Whether read() chose a live cluster as the source.
    bool isLive() const { return m_live; }
    /// Environment used for KUBECONFIG, HOME, proxies and credential plugins (tests inject one).
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }
    const QProcessEnvironment &environment() const { return m_env; }
    /// The kubeconfig options as given (for commands that read kubeconfig themselves).
    QString kubeconfigPath() const { return m_kubeconfig; }
    QString contextName() const { return m_context; }

private:
    std::optional<Inventory> loadLive(Io &io, bool &hadErrors) const;

    QStringList m_paths;
    bool m_demo = false;
    QString m_namespace;
    bool m_allNamespaces = false;
    // Live cluster.
    bool m_live = false;
    QString m_kubeconfig;
    QString m_context;
    QString m_cluster;
    QString m_user;
    QString m_as;
    QStringList m_asGroups;
    QString m_requestTimeout;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
};

/// Parses \a args with \a parser; on `--help` prints help and returns ExitOk; on a usage error
/// prints it and returns ExitUsage; otherwise std::nullopt (go on).
std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command,
                                  const QStringList &args, Io &io);

} // namespace parapet::cli
