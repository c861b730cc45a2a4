#pragma once

#include "loadrequest.h"

#include <memory>
#include <QObject>
#include <QString>

class QSettings;

namespace parapet::ui {

class MainWindow;

/// How `parapet` was asked to start (app/gui/main.cpp fills it from the command line).
struct StartupOptions
{
    LoadRequest request;
    /// No source named: the start screen opens (kubeconfig contexts, open, recent).
    bool startScreen = false;
    /// `--kubeconfig` for the start screen's contexts.
    QString kubeconfig;
    /// Opens the command palette with this query once loaded (screenshots); null: closed.
    QString paletteQuery;
    /// View to open (`overview`, `inventory`, `problems`); empty: the remembered one.
    QString view;
    /// Object to select once loaded (`Deployment shop/cart`).
    QString select;
    /// When set: wait for the load, let the window settle, save it to this PNG and finish.
    QString screenshotPath;
    int settleMs = 400;
};

/// Opens the main window for StartupOptions: restores settings (not for screenshots, which
/// use a fixed size so that they are repeatable), starts the load, then applies the view and
/// selection and takes the screenshot if one was asked for.
class Launcher : public QObject
{
    Q_OBJECT
public:
    Launcher(StartupOptions options, QSettings *settings, QObject *parent = nullptr);
    ~Launcher() override;

    void start();
    MainWindow *window() const { return m_window.get(); }

Q_SIGNALS:
    /// A warning worth printing (an object to select that does not exist).
    void warning(const QString &message);
    /// Only in screenshot mode: the exit code, and a message for stderr when it failed.
    void finished(int exitCode, const QString &message);

private:
    void loaded();
    void failed(const QString &message);
    void takeScreenshot();

    StartupOptions m_options;
    QSettings *m_settings;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace parapet::ui
