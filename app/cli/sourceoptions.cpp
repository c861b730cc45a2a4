#include "sourceoptions.h"

#include "sources/manifestloader.h"

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
}

bool SourceOptions::read(const QCommandLineParser &parser, Io &io)
{
    m_paths = parser.positionalArguments();
    m_demo = parser.isSet(QStringLiteral("demo"));
    m_namespace = parser.value(QStringLiteral("namespace"));
    m_allNamespaces = parser.isSet(QStringLiteral("all-namespaces"));
    if (m_demo && !m_paths.isEmpty()) {
        io.err << tr("error: --demo cannot be combined with paths") << '\n';
        return false;
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

std::optional<Inventory> SourceOptions::load(Io &io, bool &hadErrors) const
{
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
