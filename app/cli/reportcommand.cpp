#include "reportcommand.h"

#include "report.h"
#include "sourceoptions.h"

#include <cerrno>
#include <cstring>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace parapet::cli {

QString ReportCommand::summary() const
{
    return tr("Write the audit report of a source as PDF or self-contained HTML");
}

bool ReportCommand::needsGuiApplication(int argc, char **argv)
{
    // The command is the first argument, after a leading `--lang LANG` (main.cpp takes it out).
    int i = 1;
    while (i < argc && std::strncmp(argv[i], "--lang", 6) == 0)
        i += std::strcmp(argv[i], "--lang") == 0 ? 2 : 1;
    if (i >= argc || std::strcmp(argv[i], "report") != 0)
        return false;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Headless sessions (cron, CI, ssh) often have no XDG_RUNTIME_DIR; Qt then falls back
        // to the same private folder with a warning on stderr. Make that folder quietly.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray dir = QFile::encodeName(
                QDir::tempPath() +
                QStringLiteral("/runtime-parapet-%1").arg(static_cast<qulonglong>(::getuid())));
            struct stat st
            {};
            if ((::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST) &&
                ::lstat(dir.constData(), &st) == 0 && S_ISDIR(st.st_mode) &&
                st.st_uid == ::getuid() && (st.st_mode & 077) == 0)
                qputenv("XDG_RUNTIME_DIR", dir);
        }
    }
#endif
    return true;
}

int ReportCommand::run(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    SourceOptions source;
    source.addTo(parser);
    parser.addOption({QStringLiteral("format"),
                      tr("Report format: pdf (default) or html (one self-contained file)."),
                      tr("FORMAT"), QStringLiteral("pdf")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("File to write (required)."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("exceptions"), tr("YAML file of accepted risks (see README)."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("title"),
                      tr("Report title (default: Kubernetes hardening "
                         "report)."),
                      tr("TEXT")});
    parser.addOption(
        {QStringLiteral("no-fixes"), tr("Leave the appendix of generated fix manifests out.")});
    if (auto exit = parseArguments(parser, name(), args, io))
        return *exit;
    if (!source.read(parser, io))
        return ExitUsage;
    report::Options options;
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format == u"pdf") {
        options.format = report::Format::Pdf;
    } else if (format == u"html") {
        options.format = report::Format::Html;
    } else {
        io.err << tr("error: unknown --format \"%1\" (use pdf or html)")
                      .arg(parser.value(QStringLiteral("format")))
               << '\n';
        return ExitUsage;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        io.err << tr("error: name the report file with -o FILE") << '\n';
        return ExitUsage;
    }
    if (options.format == report::Format::Pdf &&
        !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        io.err << tr("error: a PDF report needs the graphical libraries (QGuiApplication); "
                     "use --format html")
               << '\n';
        return ExitUsage;
    }
    options.exceptionsFile = parser.value(QStringLiteral("exceptions"));
    options.title = parser.value(QStringLiteral("title"));
    options.includeFixes = !parser.isSet(QStringLiteral("no-fixes"));

    bool hadErrors = false;
    const auto inventory = source.load(io, hadErrors);
    if (!inventory)
        return ExitUsage;
    const auto written = report::writeReport(*inventory, options, output);
    if (!written) {
        io.err << tr("error: %1").arg(written.error().toString()) << '\n';
        return ExitUsage;
    }
    io.err << tr("Report written to %1").arg(QFileInfo(output).absoluteFilePath()) << '\n';
    return hadErrors ? ExitUsage : ExitOk;
}

} // namespace parapet::cli
