#include "command.h"
#include "i18n.h"
#include "reportcommand.h"

#include <cstdio>
#include <memory>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>

namespace {

/// The language of human output: `--lang LANG` (anywhere before a `--`, taken out of the
/// arguments), else PARAPET_LANG, else "" (the system's). Machine formats (JSON, SARIF, JUnit,
/// CSV) stay English so that scripts and tools see the same texts on every machine; only the
/// human formats (tables, text, reports) translate. Returns false for a `--lang` without value.
bool takeLanguage(QStringList &args, QString *language, bool *fromOption, bool *machineOutput)
{
    *language = qEnvironmentVariable("PARAPET_LANG");
    *fromOption = false;
    *machineOutput = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--")
            break;
        if (arg == u"--lang") {
            if (i + 1 >= args.size())
                return false;
            *language = args.at(i + 1);
            *fromOption = true;
            args.remove(i, 2);
            --i;
        } else if (arg.startsWith(u"--lang=")) {
            *language = arg.mid(7);
            *fromOption = true;
            args.remove(i);
            --i;
        } else {
            QString format;
            if (arg == u"--format" && i + 1 < args.size())
                format = args.at(i + 1);
            else if (arg.startsWith(u"--format="))
                format = arg.mid(9);
            format = format.toLower();
            if (format == u"json" || format == u"sarif" || format == u"junit" || format == u"csv")
                *machineOutput = true;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // `report` paints (fonts, PDF): it needs a QGuiApplication; every other command stays on
    // QCoreApplication.
    const std::unique_ptr<QCoreApplication> app =
        parapet::cli::ReportCommand::needsGuiApplication(argc, argv)
            ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parapet-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARAPET_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    QString language;
    bool fromOption = false;
    bool machineOutput = false;
    const QString available = parapet::i18n::availableLanguages().join(u", ");
    if (!takeLanguage(args, &language, &fromOption, &machineOutput)) {
        err << "parapet-cli: error: --lang needs a language (" << available << ")\n";
        return parapet::cli::ExitUsage;
    }
    if (parapet::i18n::resolveLanguage(language).isEmpty()) {
        if (fromOption) {
            err << "parapet-cli: error: unknown language \"" << language
                << "\" (available: " << available << ")\n";
            return parapet::cli::ExitUsage;
        }
        language.clear(); // an unknown PARAPET_LANG: the system's language, as without it
    }
    if (!machineOutput)
        parapet::i18n::installTranslators(language);

    parapet::cli::Io io{out, err, [] {
                            QFile in;
                            if (!in.open(stdin, QIODevice::ReadOnly))
                                return QByteArray();
                            return in.readAll();
                        }};
    const int code = parapet::cli::runCli(args, io);
    out.flush();
    err.flush();
    return code;
}
