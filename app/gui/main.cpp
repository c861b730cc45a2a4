// parapet: the desktop application. This file only reads the command line; everything else
// lives in parapet_ui (ui/) so that tests drive the same code in-process.

#include "i18n.h"
#include "launcher.h"
#include "theme.h"
#include "views/viewcatalog.h"

#include <cstdio>
#include <cstring>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>

namespace {

/// The translation context of the command line's texts: lupdate extracts `Text::tr()` calls
/// (a free tr() helper has no context it can see, so those texts stayed untranslated).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(parapet::gui::Main)
};

int usageError(const QString &message)
{
    QTextStream err(stderr);
    err << Text::tr("parapet: error: %1").arg(message) << '\n'
        << Text::tr("Run 'parapet --help' for usage.") << '\n';
    return 2;
}

bool hasArgument(int argc, char *argv[], std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i)
        for (const char *n : names)
            if (std::strcmp(argv[i], n) == 0 ||
                (std::strncmp(argv[i], n, std::strlen(n)) == 0 && argv[i][std::strlen(n)] == '='))
                return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Without a display Qt aborts in QApplication's constructor. Help, version and screenshots
    // need no screen: they run offscreen. A normal start says what to do instead of aborting.
    const bool noDisplay = qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
                           qEnvironmentVariableIsEmpty("DISPLAY") &&
                           qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (noDisplay) {
        if (hasArgument(argc, argv,
                        {"-h", "--help", "--help-all", "-v", "--version", "--screenshot"})) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        } else {
            std::fprintf(stderr, "parapet: no display found (DISPLAY and WAYLAND_DISPLAY are not "
                                 "set).\nRun it in a desktop session, use parapet-cli for a "
                                 "headless review, or set QT_QPA_PLATFORM=offscreen with "
                                 "--screenshot.\n");
            return 2;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Parapet"));
    QApplication::setApplicationName(QStringLiteral("Parapet"));
    QApplication::setApplicationVersion(QStringLiteral(PARAPET_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("parapet"));
    // The language chosen in Settings ("ui/language": "" follows the system, "en", "de"),
    // installed before the first Text::tr() below.
    parapet::i18n::installTranslators(QSettings().value(QStringLiteral("ui/language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Parapet: review Kubernetes clusters and manifests along the NSA/CISA Kubernetes "
                 "Hardening Guide.\nWithout a source, the start screen opens: the kubeconfig "
                 "contexts to connect to, files, snapshots, the demo cluster and recent sources."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 Text::tr("Manifest files or folders, or snapshot files."),
                                 QStringLiteral("[PATH...]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Text::tr("Open the bundled demo cluster."));
    const QCommandLineOption ns({QStringLiteral("n"), QStringLiteral("namespace")},
                                Text::tr("Files: namespace for objects that have none (default: "
                                         "default). Live cluster: the only namespace read."),
                                Text::tr("NAMESPACE"));
    const QCommandLineOption context(QStringLiteral("context"),
                                     Text::tr("Connect to this kubeconfig context (as kubectl "
                                              "--context)."),
                                     Text::tr("NAME"));
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"),
        Text::tr("Read this kubeconfig file alone (else KUBECONFIG, else ~/.kube/config). Alone, "
                 "it connects to the file's current context."),
        Text::tr("FILE"));
    const QCommandLineOption palette(
        QStringLiteral("palette"),
        Text::tr("Open the command palette with this query once loaded "
                 "(for screenshots)."),
        Text::tr("QUERY"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        Text::tr("Open this view: start, %1.")
                                            .arg(parapet::ui::viewIds().join(QStringLiteral(", "))),
                                        Text::tr("NAME"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    Text::tr("Select an object once loaded, e.g. \"Deployment "
                                             "shop/cart\"."),
                                    Text::tr("REFERENCE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        Text::tr("Save the window to this PNG once loaded, then exit (0 on success)."),
        Text::tr("FILE"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   Text::tr("Colour scheme: light, dark or auto (default)."),
                                   Text::tr("SCHEME"), QStringLiteral("auto"));
    parser.addOptions(
        {demo, ns, context, kubeconfig, viewOption, select, screenshot, theme, palette});
    parser.process(app);

    parapet::ui::StartupOptions options;
    const QStringList paths = parser.positionalArguments();
    if (parser.isSet(demo) && !paths.isEmpty())
        return usageError(Text::tr("--demo cannot be combined with paths"));
    const bool live = parser.isSet(context) || parser.isSet(kubeconfig);
    if (live && (parser.isSet(demo) || !paths.isEmpty()))
        return usageError(
            Text::tr("--context and --kubeconfig select a live cluster; they cannot be "
                     "combined with paths or --demo"));
    if (parser.isSet(context) && parser.value(context).isEmpty())
        return usageError(Text::tr("--context needs a non-empty value"));
    if (parser.isSet(kubeconfig) && !QFileInfo(parser.value(kubeconfig)).isFile())
        return usageError(Text::tr("the kubeconfig %1 does not exist")
                              .arg(QFileInfo(parser.value(kubeconfig)).absoluteFilePath()));
    if (parser.isSet(ns) && parser.value(ns).isEmpty())
        return usageError(Text::tr("--namespace needs a non-empty value"));
    if (paths.contains(QStringLiteral("-")))
        return usageError(
            Text::tr("the desktop app cannot read standard input; use parapet-cli, or "
                     "save the manifests to a file"));
    // Without a source, the start screen opens.
    if (live)
        options.request = parapet::ui::LoadRequest::live(
            parser.value(context), QFileInfo(parser.value(kubeconfig)).absoluteFilePath(),
            parser.value(ns));
    else if (!paths.isEmpty())
        options.request = parapet::ui::LoadRequest::fromPaths(paths, parser.value(ns));
    else
        options.startScreen = !parser.isSet(demo);
    if (parser.isSet(kubeconfig))
        options.kubeconfig = QFileInfo(parser.value(kubeconfig)).absoluteFilePath();
    if (parser.isSet(palette))
        options.paletteQuery =
            parser.value(palette).isNull() ? QStringLiteral("") : parser.value(palette);
    if (parser.value(viewOption).compare(u"start", Qt::CaseInsensitive) == 0) {
        options.startScreen = true;
    } else if (parser.isSet(viewOption)) {
        const parapet::ui::ViewInfo *info = parapet::ui::findView(parser.value(viewOption));
        if (!info)
            return usageError(Text::tr("unknown view \"%1\"; views are: start, %2")
                                  .arg(parser.value(viewOption),
                                       parapet::ui::viewIds().join(QStringLiteral(", "))));
        options.view = info->id;
    }
    options.select = parser.value(select);
    if (parser.isSet(screenshot)) {
        options.screenshotPath = parser.value(screenshot);
        const QFileInfo target(options.screenshotPath);
        if (options.screenshotPath.isEmpty() || target.isDir())
            return usageError(Text::tr("--screenshot needs a file name"));
        if (!target.absoluteDir().exists())
            return usageError(
                Text::tr("cannot write the screenshot to %1: the folder does not exist")
                    .arg(target.absoluteFilePath()));
    }
    using Scheme = parapet::ui::Theme::Scheme;
    QSettings settings;
    // --theme wins; else the scheme chosen in Settings (screenshots ignore the settings).
    QString schemeName = parser.value(theme).toLower();
    if (!parser.isSet(theme) && !parser.isSet(screenshot)) {
        const QString stored = settings.value(QStringLiteral("ui/theme")).toString();
        if (stored == u"light" || stored == u"dark")
            schemeName = stored;
    }
    Scheme scheme = parapet::ui::Theme::systemScheme();
    if (schemeName == u"light")
        scheme = Scheme::Light;
    else if (schemeName == u"dark")
        scheme = Scheme::Dark;
    else if (schemeName != u"auto")
        return usageError(
            Text::tr("unknown theme \"%1\"; use light, dark or auto").arg(schemeName));
    parapet::ui::Theme::apply(app, scheme);

    parapet::ui::Launcher launcher(options, &settings);
    QTextStream err(stderr);
    QObject::connect(&launcher, &parapet::ui::Launcher::warning, &app,
                     [&err](const QString &message) {
                         err << Text::tr("parapet: warning: %1").arg(message) << '\n';
                         err.flush();
                     });
    QObject::connect(&launcher, &parapet::ui::Launcher::finished, &app,
                     [&err](int code, const QString &message) {
                         if (!message.isEmpty()) {
                             err << Text::tr("parapet: error: %1").arg(message) << '\n';
                             err.flush();
                         }
                         QCoreApplication::exit(code);
                     });
    launcher.start();
    return app.exec();
}
