#include "launcher.h"

#include "mainwindow.h"

#include <QFileInfo>
#include <QImageWriter>
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
    if (!screenshot)
        m_window->restoreSettings();
    if (!m_options.view.isEmpty())
        m_window->setCurrentView(m_options.view);
    // The scan follows the load: views that show findings are complete only then.
    connect(m_window.get(), &MainWindow::scanFinished, this, &Launcher::loaded,
            Qt::SingleShotConnection);
    m_window->show();
    m_window->load(m_options.request);
}

void Launcher::loaded()
{
    if (!m_options.view.isEmpty())
        m_window->setCurrentView(m_options.view);
    if (!m_options.select.isEmpty() && !m_window->selectObject(m_options.select))
        Q_EMIT warning(tr("no object \u201c%1\u201d in this source").arg(m_options.select));
    if (!m_options.screenshotPath.isEmpty())
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
