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

namespace parapet::ui {

class DetailsPane;
class FixSet;
class SourceChip;
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
    void load(const LoadRequest &request);
    bool isLoading() const { return m_loading; }
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

Q_SIGNALS:
    void loadFinished();
    /// The scan of the last load is done (after loadFinished()).
    void scanFinished();

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
    void openPaths(bool folder);
    void showViewIndex(int index);

    QSettings *m_settings;
    QThreadPool m_pool;
    quint64 m_generation = 0;
    bool m_loading = false;
    LoadRequest m_request;
    std::optional<LoadResult> m_result;
    std::shared_ptr<const checks::ScanResult> m_scan;
    bool m_scanning = false;
    PathChooser m_chooser;

    SourceChip *m_chip = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_viewStack = nullptr;
    QWidget *m_loadingPage = nullptr;
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
};

} // namespace parapet::ui
