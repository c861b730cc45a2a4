#pragma once

#include "checks/scanresult.h"
#include "loadrequest.h"

#include <functional>
#include <memory>
#include <optional>
#include <QMainWindow>
#include <QThreadPool>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QProgressBar;
class QSettings;
class QStackedWidget;
class QVBoxLayout;

namespace parapet::ui {

class Banner;
class CommandPalette;
class ConnectProgress;
class DetailsPane;
class FixSet;
class SourceChip;
class StartView;
class View;
struct ViewInfo;

/// Parapet's main window (UI.md "Window"): the source chip on top, navigation on the left, the
/// current view in the middle, the Details dock on the right following the selection, and a
/// status bar with counts. Loads run on a worker thread; the window never blocks.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// \a settings (not owned) keeps geometry and the current view; tests pass a temporary one.
    explicit MainWindow(QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts loading \a request in the background; the current data stays until it is done.
    /// A live request shows the connect page (progress per kind, Cancel).
    void load(const LoadRequest &request);
    bool isLoading() const { return m_loading; }
    /// Stops the running load (a live fetch aborts its transfers); the previous data stays.
    void cancelLoad();
    /// Shows the start screen (contexts, open, recent) in place of the views.
    void showStart();
    bool isStartShown() const;
    StartView *startView() const { return m_startView; }
    ConnectProgress *connectProgress() const { return m_connectPage; }
    /// The strip above the views that says what a partial inventory lacks.
    Banner *banner() const { return m_banner; }
    CommandPalette *commandPalette() const { return m_palette; }
    /// Opens the command palette (Ctrl+K).
    void openPalette();
    /// Saves the current inventory as a snapshot to \a path (on a worker thread); the result
    /// comes with snapshotSaved().
    void saveSnapshotTo(const QString &path);
    /// Writes the audit report (PDF or HTML by extension) to \a path on a worker thread;
    /// reportExported() tells the outcome.
    void exportReportTo(const QString &path);
    /// The last finished load, if any.
    const std::optional<LoadResult> &result() const { return m_result; }
    /// The checks of the last load; null until its scan is done.
    const std::shared_ptr<const checks::ScanResult> &scanResult() const { return m_scan; }
    bool isScanning() const { return m_scanning; }

    /// Shows the view with this id (`overview`, `inventory`, `problems`); false if unknown.
    bool setCurrentView(const QString &id);
    QString currentViewId() const;
    View *view(const QString &id) const;
    /// Selects an object by reference (`Deployment shop/cart`, `ClusterRole admin`) in the
    /// Inventory view; false when the inventory has no such object.
    bool selectObject(const QString &reference);

    void restoreSettings();
    void saveSettings() const;

    /// Replaces the file dialogs (tests): gets `true` for a folder, returns the chosen paths.
    using PathChooser = std::function<QStringList(bool folder)>;
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    /// Replaces the save dialogs (tests): gets the dialog's title and filter, returns a path.
    using SaveChooser = std::function<QString(const QString &title, const QString &filter)>;
    void setSaveChooser(SaveChooser chooser) { m_saveChooser = std::move(chooser); }
    /// Whether error dialogs are shown (tests turn them off and read lastError()).
    void setDialogsEnabled(bool enabled) { m_dialogs = enabled; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void loadFinished();
    /// The scan of the last load is done (after loadFinished()).
    void scanFinished();
    /// A load ended without data (failed or cancelled); \a message says what happened.
    void loadFailed(const QString &message);
    void snapshotSaved(bool ok, const QString &message);
    void reportExported(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildTopBar();
    void buildCentral();
    void buildStatusBar();
    void applyResult(const LoadResult &result);
    void startScan(quint64 generation);
    void applyScan(const std::shared_ptr<const checks::ScanResult> &scan);
    void updateNavigationBadges();
    void updateDetails();
    void openPaths(int what);
    void showViewIndex(int index);
    void applyFailure(const LoadResult &result);
    void updateBanner();
    void setStartMode(bool start);
    /// Moves the focus to the next (+1) or previous (-1) pane: navigation, view, details.
    void focusPane(int step);
    void showError(const QString &title, const QString &text, const QString &details = {});
    QString chooseSavePath(const QString &title, const QString &filter, const QString &name);
    void saveSnapshot();
    void exportReport();
    void openSettings();
    void exportCurrentView();

    QSettings *m_settings;
    QThreadPool m_pool;
    quint64 m_generation = 0;
    bool m_loading = false;
    LoadRequest m_request;
    std::optional<LoadResult> m_result;
    std::shared_ptr<const checks::ScanResult> m_scan;
    bool m_scanning = false;
    PathChooser m_chooser;
    SaveChooser m_saveChooser;
    bool m_dialogs = true;
    QString m_lastError;
    LoadControl m_control;
    bool m_startMode = false;
    bool m_dockWasVisible = true;

    SourceChip *m_chip = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_viewStack = nullptr;
    QWidget *m_loadingPage = nullptr;
    StartView *m_startView = nullptr;
    ConnectProgress *m_connectPage = nullptr;
    Banner *m_banner = nullptr;
    CommandPalette *m_palette = nullptr;
    QLabel *m_loadingLabel = nullptr;
    std::vector<std::pair<const ViewInfo *, View *>> m_views;
    QDockWidget *m_detailsDock = nullptr;
    DetailsPane *m_details = nullptr;
    FixSet *m_fixSet = nullptr;
    QLabel *m_statusSummary = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_openFiles = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_openDemo = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_openSnapshot = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_saveSnapshot = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_exportTable = nullptr;
    QAction *m_paletteAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_chipAction = nullptr;
    QAction *m_exportButtonAction = nullptr;
};

} // namespace parapet::ui
