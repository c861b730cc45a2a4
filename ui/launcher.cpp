#include "launcher.h"

#include "mainwindow.h"
#include "views/startview.h"
#include "views/view.h"
#include "widgets/commandpalette.h"

#include <QFileInfo>
#include <QImageWriter>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>

namespace parapet::ui {

Launcher::Launcher(StartupOptions options, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(settings)
{}

Launcher::~Launcher() = default;

void Launcher::start()
{
    const bool screenshot = !m_options.screenshotPath.isEmpty();
    // Screenshots neither read nor write the user's settings.
    m_window = std::make_unique<MainWindow>(screenshot ? nullptr : m_settings);
    if (screenshot)
        m_window->setDialogsEnabled(false);
    else
        m_window->restoreSettings();
    if (!m_options.kubeconfig.isEmpty())
        m_window->startView()->setKubeconfigPath(m_options.kubeconfig);
    if (m_options.startScreen) {
        m_window->showStart();
        m_window->show();
        if (screenshot)
            QTimer::singleShot(m_options.settleMs, this, &Launcher::takeScreenshot);
        return;
    }
    if (!m_options.view.isEmpty())
        m_window->setCurrentView(m_options.view);
    // The scan follows the load: views that show findings are complete only then.
    connect(m_window.get(), &MainWindow::scanFinished, this, &Launcher::loaded,
            Qt::SingleShotConnection);
    connect(m_window.get(), &MainWindow::loadFailed, this, &Launcher::failed,
            Qt::SingleShotConnection);
    m_window->show();
    m_window->load(m_options.request);
}

void Launcher::failed(const QString &message)
{
    disconnect(m_window.get(), &MainWindow::scanFinished, this, &Launcher::loaded);
    Q_EMIT warning(tr("%1: %2").arg(m_options.request.shortName(), message));
    if (!m_options.screenshotPath.isEmpty())
        Q_EMIT finished(1, tr("nothing to take a screenshot of: %1").arg(message));
}

void Launcher::loaded()
{
    if (!m_options.view.isEmpty())
        m_window->setCurrentView(m_options.view);
    if (!m_options.select.isEmpty() && !m_window->selectObject(m_options.select))
        Q_EMIT warning(tr("no object \u201c%1\u201d in this source").arg(m_options.select));
    disconnect(m_window.get(), &MainWindow::loadFailed, this, &Launcher::failed);
    if (!m_options.paletteQuery.isNull()) {
        m_window->openPalette();
        m_window->commandPalette()->edit()->setText(m_options.paletteQuery);
    }
    if (m_options.screenshotPath.isEmpty())
        return;
    // A view that still lays out in the background (a graph) is waited for.
    View *current = m_window->view(m_window->currentViewId());
    if (current && !current->isSettled()) {
        connect(
            current, &View::settled, this,
            [this] { QTimer::singleShot(m_options.settleMs, this, &Launcher::takeScreenshot); },
            Qt::SingleShotConnection);
        return;
    }
    QTimer::singleShot(m_options.settleMs, this, &Launcher::takeScreenshot);
}

void Launcher::takeScreenshot()
{
    const QPixmap pixmap = m_window->grab();
    QImageWriter writer(m_options.screenshotPath, "png");
    if (pixmap.isNull() || !writer.write(pixmap.toImage())) {
        const QString reason =
            pixmap.isNull() ? tr("the window could not be drawn") : writer.errorString();
        Q_EMIT finished(1,
                        tr("cannot write the screenshot to %1: %2")
                            .arg(QFileInfo(m_options.screenshotPath).absoluteFilePath(), reason));
        return;
    }
    Q_EMIT finished(0, QString());
}

} // namespace parapet::ui
