#pragma once

#include "command.h"

#include "kube/inventory.h"

#include <QCommandLineParser>

#include <optional>

namespace parapet::cli {

/// The options every command shares: where objects come from (`PATH...`, `-`, `--demo`) and
/// which namespace they are viewed in (`-n`, `-A`, as kubectl).
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

private:
    QStringList m_paths;
    bool m_demo = false;
    QString m_namespace;
    bool m_allNamespaces = false;
};

/// Parses \a args with \a parser; on `--help` prints help and returns ExitOk; on a usage error
/// prints it and returns ExitUsage; otherwise std::nullopt (go on).
std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command,
                                  const QStringList &args, Io &io);

} // namespace parapet::cli
