#include "mainwindow.h"

#include "checks/control.h"
#include "checks/scanner.h"
#include "dialogs/settingsdialog.h"
#include "fixset/fixset.h"
#include "formatting.h"
#include "report.h"
#include "sources/snapshot.h"
#include "theme.h"
#include "views/startview.h"
#include "views/view.h"
#include "views/viewcatalog.h"
#include "widgets/banner.h"
#include "widgets/commandpalette.h"
#include "widgets/connectprogress.h"
#include "widgets/detailspane.h"
#include "widgets/navigationdelegate.h"
#include "widgets/sourcechip.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFuture>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace parapet::ui {

namespace {

const QString kGeometry = QStringLiteral("MainWindow/geometry");
const QString kState = QStringLiteral("MainWindow/state");
const QString kView = QStringLiteral("MainWindow/view");

constexpr int kViewIdRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Parapet"));
    setWindowIcon(Theme::appIcon());
    // One load at a time; the loader parallelises file parsing on the global pool itself.
    m_pool.setMaxThreadCount(1);
    buildActions();
    buildTopBar();
    m_fixSet = new FixSet(settings, this);
    buildCentral();
    connect(m_fixSet, &FixSet::changed, this, &MainWindow::updateNavigationBadges);
    buildStatusBar();
    resize(1440, 900);
    setCurrentView(viewCatalog().front().id);
    // Until a source is opened: the start screen.
    m_viewStack->setCurrentWidget(m_startView);
    setStartMode(true);
}

MainWindow::~MainWindow()
{
    // A live fetch stops at once; a file load still running finishes first (ManifestLoader
    // cannot be interrupted); its result is dropped because this window is gone.
    m_control.cancel->store(true);
    m_pool.waitForDone();
}

void MainWindow::buildActions()
{
    const Theme &theme = Theme::current();
    m_openFiles =
        new QAction(theme.icon(QStringLiteral("action-open")), tr("Open files\u2026"), this);
    m_openFiles->setShortcut(QKeySequence::Open);
    m_openFiles->setToolTip(tr("Open manifest or snapshot files (Ctrl+O)"));
    connect(m_openFiles, &QAction::triggered, this, [this] { openPaths(0); });
    m_openFolder = new QAction(tr("Open folder\u2026"), this);
    m_openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openFolder, &QAction::triggered, this, [this] { openPaths(1); });
    m_openSnapshot =
        new QAction(theme.icon(QStringLiteral("source-snapshot")), tr("Open snapshot\u2026"), this);
    connect(m_openSnapshot, &QAction::triggered, this, [this] { openPaths(2); });
    m_startAction = new QAction(theme.icon(QStringLiteral("source-cluster")),
                                tr("Start screen: connect or open\u2026"), this);
    m_startAction->setObjectName(QStringLiteral("startAction"));
    m_startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_startAction, &QAction::triggered, this, &MainWindow::showStart);
    m_saveSnapshot = new QAction(tr("Save snapshot\u2026"), this);
    m_saveSnapshot->setObjectName(QStringLiteral("saveSnapshotAction"));
    m_saveSnapshot->setShortcut(QKeySequence::Save);
    m_saveSnapshot->setToolTip(tr("Save what is loaded to one file, to review it later or "
                                  "elsewhere (Ctrl+S); Secrets are saved as metadata only"));
    connect(m_saveSnapshot, &QAction::triggered, this, &MainWindow::saveSnapshot);
    m_exportReport = new QAction(tr("Export report\u2026"), this);
    m_exportReport->setObjectName(QStringLiteral("exportReportAction"));
    m_exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportReport->setToolTip(tr("Write the audit report as PDF or HTML (Ctrl+Shift+E)"));
    connect(m_exportReport, &QAction::triggered, this, &MainWindow::exportReport);
    m_exportTable = new QAction(tr("Export table\u2026"), this);
    m_exportTable->setObjectName(QStringLiteral("exportTableAction"));
    m_exportTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportTable->setToolTip(tr("Save the rows of the current table as CSV or JSON (Ctrl+E)"));
    connect(m_exportTable, &QAction::triggered, this, &MainWindow::exportCurrentView);
    m_paletteAction =
        new QAction(theme.icon(QStringLiteral("action-search")), tr("Go to\u2026"), this);
    m_paletteAction->setObjectName(QStringLiteral("paletteAction"));
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_paletteAction->setToolTip(
        tr("Jump to a view, control, namespace or object, or run an action (Ctrl+K)"));
    connect(m_paletteAction, &QAction::triggered, this, &MainWindow::openPalette);
    m_settingsAction = new QAction(tr("Settings\u2026"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    m_openDemo =
        new QAction(theme.icon(QStringLiteral("source-demo")), tr("Open the demo cluster"), this);
    connect(m_openDemo, &QAction::triggered, this, [this] { load(LoadRequest::demo()); });
    m_reload = new QAction(theme.icon(QStringLiteral("action-reload")), tr("Refresh"), this);
    m_reload->setObjectName(QStringLiteral("reloadAction"));
    m_reload->setShortcut(QKeySequence::Refresh);
    m_reload->setToolTip(tr("Read the source again; a live cluster is fetched again (F5)"));
    m_reload->setEnabled(false);
    connect(m_reload, &QAction::triggered, this, [this] {
        if (m_result)
            load(m_result->request);
    });
    m_findAction = new QAction(tr("Filter"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        View *current = view(currentViewId());
        if (current && current->focusFilter())
            return;
        setCurrentView(QStringLiteral("inventory"));
        if (View *inventory = view(QStringLiteral("inventory")))
            inventory->focusFilter();
    });
    // F6 / Shift+F6 move the focus between the navigation, the view and the details, as in
    // KDE and Windows applications.
    auto *nextPane = new QAction(tr("Next pane"), this);
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    connect(nextPane, &QAction::triggered, this, [this] { focusPane(+1); });
    auto *previousPane = new QAction(tr("Previous pane"), this);
    previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(previousPane, &QAction::triggered, this, [this] { focusPane(-1); });
    addActions({nextPane, previousPane});
    auto *quit = new QAction(tr("Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addActions({m_openFiles, m_openFolder, m_reload, m_findAction, quit, m_startAction,
                m_saveSnapshot, m_exportReport, m_exportTable, m_paletteAction, m_settingsAction});
    m_saveSnapshot->setEnabled(false);
    m_exportReport->setEnabled(false);
}

void MainWindow::buildTopBar()
{
    auto *bar = new QToolBar(tr("Source"), this);
    bar->setObjectName(QStringLiteral("topBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setVisible(false);
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setStyleSheet(QStringLiteral("#topBar { border-bottom: 1px solid %1; padding: 4px 6px;"
                                      " spacing: 6px; }")
                           .arg(Theme::current().colors().border.name()));
    m_chip = new SourceChip(bar);
    QMenu *menu = m_chip->menu();
    menu->addAction(m_startAction);
    menu->addSeparator();
    menu->addAction(m_openFiles);
    menu->addAction(m_openFolder);
    menu->addAction(m_openSnapshot);
    menu->addAction(m_openDemo);
    menu->addSeparator();
    menu->addAction(m_reload);
    menu->addAction(m_saveSnapshot);
    menu->addSeparator();
    menu->addAction(m_settingsAction);
    m_chipAction = bar->addWidget(m_chip);
    connect(m_chip, &SourceChip::badgeClicked, this,
            [this] { setCurrentView(QStringLiteral("problems")); });
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    // The palette's entry point looks like a search field, as UI.md draws it.
    auto *search = new QToolButton(bar);
    search->setObjectName(QStringLiteral("paletteButton"));
    search->setDefaultAction(m_paletteAction);
    search->setText(tr("Search\u2026   Ctrl+K"));
    search->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    search->setMinimumWidth(240);
    search->setStyleSheet(
        QStringLiteral("#paletteButton { border: 1px solid %1; border-radius: 4px;"
                       " padding: 3px 8px; text-align: left; color: %2; }")
            .arg(Theme::current().colors().border.name(),
                 Theme::current().colors().mutedText.name()));
    bar->addWidget(search);
    auto *spacer2 = new QWidget(bar);
    spacer2->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer2);
    bar->addAction(m_reload);
    auto *exportButton = new QToolButton(bar);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setToolTip(tr("Export the report, a snapshot or the current table"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(m_exportReport);
    exportMenu->addAction(m_exportTable);
    exportMenu->addAction(m_saveSnapshot);
    exportButton->setMenu(exportMenu);
    // InstantPopup draws its menu arrow over the text's end ("Export" looked clipped): room
    // for the arrow beside the text.
    exportButton->setMinimumWidth(exportButton->sizeHint().width() +
                                  exportButton->style()->pixelMetric(
                                      QStyle::PM_MenuButtonIndicator, nullptr, exportButton));
    m_exportButtonAction = bar->addWidget(exportButton);
    addToolBar(Qt::TopToolBarArea, bar);
}

void MainWindow::buildCentral()
{
    const Theme &theme = Theme::current();
    const Theme::Colors &c = theme.colors();
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_banner = new Banner(central);
    m_banner->setObjectName(QStringLiteral("partialBanner"));
    m_banner->hide();
    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(8, 6, 8, 6);
    bannerRow->addWidget(m_banner);
    outer->addLayout(bannerRow);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    outer->addLayout(layout, 1);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));
    m_navigation->setIconSize(QSize(16, 16));
    m_navigation->setFixedWidth(176);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setStyleSheet(
        QStringLiteral("#navigation { background: %1; border-right: 1px solid %2;"
                       " padding-top: 6px; outline: 0; }"
                       "#navigation::item { padding: 0px 8px; border: none; }"
                       "#navigation::item:selected { background: %3; color: %4; }")
            .arg(c.window.name(), c.border.name(), c.highlight.name(), c.highlightedText.name()));
    // The selected view stays legible while a table has the focus: the inactive selection
    // looks like the active one.
    QPalette navPalette = m_navigation->palette();
    navPalette.setColor(QPalette::Highlight, c.highlight);
    navPalette.setColor(QPalette::HighlightedText, c.highlightedText);
    m_navigation->setPalette(navPalette);
    m_navigation->setAccessibleName(tr("Views"));
    layout->addWidget(m_navigation);

    m_viewStack = new QStackedWidget(central);
    m_viewStack->setObjectName(QStringLiteral("viewStack"));
    int shortcut = 1;
    for (const ViewInfo &info : viewCatalog()) {
        View *v = info.create();
        v->setParent(m_viewStack);
        m_viewStack->addWidget(v);
        m_views.emplace_back(&info, v);
        auto *item =
            new QListWidgetItem(theme.icon(info.icon), info.translatedTitle(), m_navigation);
        item->setData(kViewIdRole, info.id);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(info.translatedTitle()).arg(shortcut));
        if (shortcut <= 9) {
            auto *go = new QAction(this);
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + shortcut)));
            const QString id = info.id;
            connect(go, &QAction::triggered, this, [this, id] { setCurrentView(id); });
            addAction(go);
        }
        ++shortcut;
        connect(v, &View::selectionChanged, this, [this, v] {
            if (m_viewStack->currentWidget() == v)
                updateDetails();
        });
        v->setFixSet(m_fixSet);
        connect(v, &View::rescanRequested, this, [this] {
            if (m_result && !m_loading)
                startScan(m_generation);
        });
        connect(v, &View::navigateRequested, this,
                [this](const QString &id, const QString &filter) {
                    if (!setCurrentView(id))
                        return;
                    if (View *target = view(id); target && !filter.isNull())
                        target->applyFilter(filter);
                });
    }

    // Shown in place of the views until the first load is done.
    m_loadingPage = new QWidget(m_viewStack);
    m_loadingPage->setObjectName(QStringLiteral("loadingPage"));
    auto *loadingLayout = new QVBoxLayout(m_loadingPage);
    loadingLayout->addStretch(2);
    m_loadingLabel = new QLabel(m_loadingPage);
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    QFont bold = m_loadingLabel->font();
    bold.setBold(true);
    m_loadingLabel->setFont(bold);
    loadingLayout->addWidget(m_loadingLabel);
    auto *bar = new QProgressBar(m_loadingPage);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setFixedWidth(260);
    loadingLayout->addWidget(bar, 0, Qt::AlignHCenter);
    loadingLayout->addStretch(3);
    m_viewStack->addWidget(m_loadingPage);
    m_startView = new StartView(m_settings, m_viewStack);
    m_viewStack->addWidget(m_startView);
    connect(m_startView, &StartView::openRequested, this, &MainWindow::load);
    connect(m_startView, &StartView::choosePathsRequested, this, &MainWindow::openPaths);
    m_connectPage = new ConnectProgress(m_viewStack);
    m_viewStack->addWidget(m_connectPage);
    connect(m_connectPage, &ConnectProgress::cancelRequested, this, &MainWindow::cancelLoad);
    layout->addWidget(m_viewStack, 1);
    m_palette = new CommandPalette(this);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showViewIndex);

    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_details = new DetailsPane(m_detailsDock);
    m_detailsDock->setWidget(m_details);
    // A quiet title bar: the caption as a section heading and a close button.
    auto *title = new QWidget(m_detailsDock);
    title->setObjectName(QStringLiteral("detailsTitleBar"));
    auto *titleLayout = new QHBoxLayout(title);
    titleLayout->setContentsMargins(10, 6, 4, 4);
    auto *caption = new QLabel(tr("Details"), title);
    QFont captionFont = caption->font();
    captionFont.setBold(true);
    caption->setFont(captionFont);
    titleLayout->addWidget(caption, 1);
    auto *close = new QToolButton(title);
    close->setAutoRaise(true);
    close->setIcon(theme.icon(QStringLiteral("action-clear")));
    close->setToolTip(tr("Hide details (Ctrl+Shift+D)"));
    connect(close, &QToolButton::clicked, m_detailsDock, &QWidget::hide);
    titleLayout->addWidget(close);
    m_detailsDock->setTitleBarWidget(title);
    m_detailsDock->setMinimumWidth(280);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    // 400: at 1440 px the views keep 858 px, what the Overview's chip row and the German
    // Findings filter bar need unscrolled and uncompacted.
    resizeDocks({m_detailsDock}, {400}, Qt::Horizontal);
    QAction *toggleDetails = m_detailsDock->toggleViewAction();
    toggleDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    addAction(toggleDetails);
    connect(m_details, &DetailsPane::labelActivated, this, [this](const QString &selector) {
        setCurrentView(QStringLiteral("inventory"));
        if (View *inventory = view(QStringLiteral("inventory")))
            inventory->applyFilter(u"l:" + selector);
    });
}

void MainWindow::buildStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));
    bar->setSizeGripEnabled(false);
    m_statusSummary = new QLabel(bar);
    m_statusSummary->setObjectName(QStringLiteral("statusSummary"));
    m_statusSummary->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(m_statusSummary, 1);
    m_busyLabel = new QLabel(bar);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busy = new QProgressBar(bar);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(120, 12);
    bar->addPermanentWidget(m_busyLabel);
    bar->addPermanentWidget(m_busy);
    m_busyLabel->hide();
    m_busy->hide();
}

void MainWindow::load(const LoadRequest &request)
{
    // A load still running is superseded: a live fetch stops its transfers.
    m_control.cancel->store(true);
    m_control = LoadControl{};
    m_request = request;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_reload->setEnabled(false);
    m_chip->setLoading(request);
    const bool live = request.kind == LoadRequest::Kind::Live;
    const QString what = live ? tr("Connecting to %1\u2026").arg(request.shortName())
                              : tr("Loading %1\u2026").arg(request.shortName());
    m_busyLabel->setText(what);
    m_busyLabel->show();
    m_busy->show();
    if (live) {
        // Progress per kind, from the fetching thread; dropped once a newer load started.
        m_connectPage->start(request);
        QPointer<MainWindow> self(this);
        m_control.progress = [self, generation](const FetchProgress &p) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, p] {
                    if (self && generation == self->m_generation)
                        self->m_connectPage->update(p);
                },
                Qt::QueuedConnection);
        };
        setStartMode(false);
        m_banner->hide();
        m_viewStack->setCurrentWidget(m_connectPage);
        m_connectPage->cancelButton()->setFocus();
    } else if (!m_result || m_startMode) {
        setStartMode(false);
        m_loadingLabel->setText(what);
        m_viewStack->setCurrentWidget(m_loadingPage);
    }
    // A watcher rather than QFuture::then(): its finished() always arrives through the event
    // loop, so load() returns before the result is applied, however fast the load was.
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        // A newer load was started meanwhile: its result is the one to show.
        if (generation == m_generation)
            applyResult(watcher->result());
    });
    const LoadControl control = m_control;
    watcher->setFuture(
        QtConcurrent::run(&m_pool, [request, control] { return runLoad(request, control); }));
}

void MainWindow::cancelLoad()
{
    if (!m_loading)
        return;
    m_control.cancel->store(true);
    m_busyLabel->setText(tr("Cancelling\u2026"));
}

void MainWindow::applyFailure(const LoadResult &result)
{
    m_loading = false;
    m_busy->hide();
    m_busyLabel->hide();
    m_connectPage->finish(result);
    m_reload->setEnabled(m_result.has_value());
    const QString name = result.request.shortName();
    if (m_result) {
        m_chip->setResult(*m_result);
        showViewIndex(std::max(0, m_navigation->currentRow()));
    } else {
        showStart();
    }
    if (result.cancelled) {
        statusBar()->showMessage(tr("Connection to %1 cancelled").arg(name), 8000);
    } else {
        const QString title = tr("Cannot read %1").arg(name);
        const QString text =
            result.error + u'\n' + u'\n' +
            (result.request.kind == LoadRequest::Kind::Live
                 ? tr("Check that the cluster is reachable and the credentials are valid "
                      "(kubectl --context %1 get ns should work), then connect again.")
                       .arg(result.contextName.isEmpty() ? result.request.context
                                                         : result.contextName)
                 : tr("Check the files, then open them again."));
        if (isStartShown())
            m_startView->showError(title, text);
        else
            showError(title, text);
    }
    Q_EMIT loadFailed(result.error);
}

void MainWindow::applyResult(const LoadResult &result)
{
    if (!result.ok()) {
        applyFailure(result);
        return;
    }
    if (result.request.kind == LoadRequest::Kind::Live)
        m_connectPage->finish(result);
    setStartMode(false);
    RecentSources::add(m_settings, result.request);
    m_loading = false;
    m_result = result;
    m_saveSnapshot->setEnabled(true);
    m_exportReport->setEnabled(true);
    m_reload->setEnabled(true);
    m_busy->hide();
    m_busyLabel->hide();
    m_chip->setResult(result);
    m_details->setResult(result);
    m_fixSet->setSource(result);
    for (auto &[info, v] : m_views)
        v->setResult(result);
    const ClusterSummary &s = result.summary;
    QStringList parts{tr("%1 objects").arg(Format::count(s.objects)),
                      tr("%1 namespaces").arg(Format::count(s.namespaces)),
                      result.request.shortName(),
                      Format::kubernetesVersion(result.inventory.source().serverVersion)};
    const int problems = s.errors + s.warnings;
    if (problems > 0)
        parts.append(problems == 1 ? tr("1 load problem")
                                   : tr("%1 load problems").arg(Format::count(problems)));
    m_statusSummary->setText(parts.join(QStringLiteral(" \u00b7 ")));
    m_statusSummary->setToolTip(tr("Read %1 in %2 ms")
                                    .arg(Format::dateTime(result.inventory.source().capturedAt))
                                    .arg(result.elapsedMs));
    setWindowTitle(tr("%1 \u2014 Parapet").arg(result.request.shortName()));
    updateBanner();
    m_scan.reset();
    startScan(m_generation);
    updateNavigationBadges();
    if (m_viewStack->currentWidget() == m_loadingPage ||
        m_viewStack->currentWidget() == m_connectPage)
        showViewIndex(std::max(0, m_navigation->currentRow()));
    updateDetails();
    Q_EMIT loadFinished();
}

void MainWindow::startScan(quint64 generation)
{
    m_scanning = true;
    m_busyLabel->setText(
        tr("Checking %1 objects\u2026").arg(Format::count(m_result->summary.objects)));
    m_busyLabel->show();
    m_busy->show();
    // Same pattern as load(): the watcher's finished() comes through the event loop, and a
    // newer load drops this scan's result.
    auto *watcher = new QFutureWatcher<std::shared_ptr<const checks::ScanResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation && !m_loading)
            applyScan(watcher->result());
    });
    const Inventory inventory = m_result->inventory;
    // Accepted risks of this source (Checklist › Accept risk…) are read on the worker too.
    const QString exceptions = m_fixSet->activeExceptionsPath();
    watcher->setFuture(QtConcurrent::run(&m_pool, [inventory, exceptions] {
        return std::shared_ptr<const checks::ScanResult>(
            std::make_shared<checks::ScanResult>(scanWithExceptions(inventory, exceptions)));
    }));
}

void MainWindow::applyScan(const std::shared_ptr<const checks::ScanResult> &scan)
{
    m_scanning = false;
    m_scan = scan;
    m_busy->hide();
    m_busyLabel->hide();
    m_details->setScan(scan);
    for (auto &[info, v] : m_views)
        v->setScan(scan);
    updateNavigationBadges();
    updateDetails();
    Q_EMIT scanFinished();
}

void MainWindow::updateNavigationBadges()
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem *item = m_navigation->item(i);
        const View *v = m_views[std::size_t(i)].second;
        const qint64 count = v->badgeCount();
        item->setData(NavigationDelegate::CountRole, count >= 0 ? QVariant(count) : QVariant());
        if (m_views[std::size_t(i)].first->id == u"problems" && m_result && count > 0)
            item->setData(NavigationDelegate::ToneRole,
                          int(m_result->summary.errors > 0 ? Tone::Error : Tone::Warning));
        else if (m_views[std::size_t(i)].first->id == u"findings" && count > 0)
            item->setData(NavigationDelegate::ToneRole, int(Tone::Fail));
        else
            item->setData(NavigationDelegate::ToneRole, QVariant());
    }
}

void MainWindow::showViewIndex(int index)
{
    if (index < 0 || std::size_t(index) >= m_views.size())
        return;
    if (m_navigation->currentRow() != index) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    if (!m_result && m_loading)
        return; // the loading page stays until there is something to show
    if (!m_result)
        return; // the start screen stays until there is something to show
    if (m_loading && m_viewStack->currentWidget() == m_connectPage)
        return; // the connect page stays until the fetch is done
    setStartMode(false);
    m_viewStack->setCurrentWidget(m_views[std::size_t(index)].second);
    updateDetails();
}

bool MainWindow::setCurrentView(const QString &id)
{
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        if (m_views[i].first->id.compare(id, Qt::CaseInsensitive) == 0) {
            showViewIndex(int(i));
            return true;
        }
    }
    return false;
}

QString MainWindow::currentViewId() const
{
    const int row = m_navigation->currentRow();
    if (row < 0 || std::size_t(row) >= m_views.size())
        return {};
    return m_views[std::size_t(row)].first->id;
}

View *MainWindow::view(const QString &id) const
{
    for (const auto &[info, v] : m_views) {
        if (info->id == id)
            return v;
    }
    return nullptr;
}

void MainWindow::updateDetails()
{
    const auto *current = qobject_cast<const View *>(m_viewStack->currentWidget());
    m_details->showSelection(current ? current->selection() : Selection{});
}

bool MainWindow::selectObject(const QString &reference)
{
    if (!m_result)
        return false;
    // A control id (`NSA-POD-08`) opens it in the Checklist.
    if (checks::findControl(reference.trimmed())) {
        setCurrentView(QStringLiteral("checklist"));
        if (View *checklist = view(QStringLiteral("checklist")))
            checklist->applyFilter(reference.trimmed());
        return true;
    }
    // `Kind ns/name` or `Kind name` (cluster-scoped), as KubeObject::reference() writes it.
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\S+)\\s+(?:([^/\\s]+)/)?(\\S+)\\s*$"));
    const QRegularExpressionMatch m = re.match(reference);
    if (!m.hasMatch())
        return false;
    const Inventory &inventory = m_result->inventory;
    QString kind = m.captured(1);
    const QList<ResourceType> types = inventory.registry().resolve(kind);
    if (!types.isEmpty())
        kind = types.front().kind;
    const KubeObject *object = inventory.find(kind, m.captured(2), m.captured(3));
    if (!object)
        return false;
    setCurrentView(QStringLiteral("inventory"));
    View *inventoryView = view(QStringLiteral("inventory"));
    return inventoryView && inventoryView->selectObject(object - inventory.objects().data());
}

void MainWindow::openPaths(int what)
{
    const bool folder = what == 1;
    QStringList paths;
    if (m_chooser) {
        paths = m_chooser(folder);
    } else if (folder) {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Open a folder of manifests"));
        if (!dir.isEmpty())
            paths.append(dir);
    } else if (what == 2) {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Open a snapshot"), QString(), tr("Parapet snapshots (*.pps);;All files (*)"));
        if (!file.isEmpty())
            paths.append(file);
    } else {
        paths = QFileDialog::getOpenFileNames(
            this, tr("Open manifests or snapshots"), QString(),
            tr("Manifests and snapshots (*.yaml *.yml *.json *.pps);;All files (*)"));
    }
    if (paths.isEmpty())
        return;
    const QString ns =
        m_request.kind == LoadRequest::Kind::Paths ? m_request.defaultNamespace : QString();
    load(LoadRequest::fromPaths(paths, ns));
}

void MainWindow::setStartMode(bool start)
{
    if (start == m_startMode)
        return;
    m_startMode = start;
    m_navigation->setVisible(!start);
    // The start screen is no source yet: no chip, nothing to refresh or export.
    m_chipAction->setVisible(!start || m_result.has_value());
    m_exportButtonAction->setVisible(!start);
    if (start) {
        // isHidden(), not isVisible(): the window itself may not be shown yet.
        m_dockWasVisible = !m_detailsDock->isHidden();
        m_detailsDock->hide();
        m_banner->hide();
    } else if (m_dockWasVisible) {
        m_detailsDock->show();
    }
}

void MainWindow::focusPane(int step)
{
    QList<QWidget *> panes;
    if (m_navigation->isVisible())
        panes.append(m_navigation);
    panes.append(m_viewStack->currentWidget());
    if (m_detailsDock->isVisible())
        panes.append(m_details);
    int current = 0;
    for (int i = 0; i < panes.size(); ++i)
        if (QWidget *f = focusWidget(); f && (f == panes[i] || panes[i]->isAncestorOf(f)))
            current = i;
    QWidget *target = panes[(current + step + panes.size()) % panes.size()];
    // A page gives the focus to its first focusable child (its filter or table).
    QWidget *w = target;
    while (!(w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))) {
        w = w->nextInFocusChain();
        if (w == target || !target->isAncestorOf(w))
            return;
    }
    w->setFocus(Qt::TabFocusReason);
}

void MainWindow::showStart()
{
    if (m_loading)
        cancelLoad();
    m_startView->reload();
    setStartMode(true);
    m_viewStack->setCurrentWidget(m_startView);
    if (m_result)
        setWindowTitle(tr("Parapet"));
    m_startView->contextsTable()->setFocus();
}

bool MainWindow::isStartShown() const
{
    return m_viewStack->currentWidget() == m_startView;
}

void MainWindow::updateBanner()
{
    m_banner->clearActions();
    if (!m_result || (!m_result->partial() && m_result->tlsVerified)) {
        m_banner->hide();
        return;
    }
    const LoadResult &r = *m_result;
    if (r.partial()) {
        QStringList lines;
        const QString who = r.userName.isEmpty() ? tr("this identity") : r.userName;
        for (const MissingKind &m : r.missing) {
            QString what;
            switch (m.state) {
            case KindProgress::State::Forbidden:
                what = tr("forbidden for user %1").arg(who);
                break;
            case KindProgress::State::Partial:
                what = tr("only some namespaces are listable for user %1").arg(who);
                break;
            case KindProgress::State::Unauthorized:
                what = tr("credentials rejected");
                break;
            case KindProgress::State::Cancelled:
                what = tr("cancelled");
                break;
            default:
                what = tr("failed");
                break;
            }
            lines.append(tr("%1: %2 \u2014 %3").arg(m.kind, what, m.consequence));
        }
        const int n = int(r.missing.size());
        m_banner->setMessage(
            Tone::Warning,
            n == 1 ? tr("Partial inventory: 1 resource kind could not be read")
                   : tr("Partial inventory: %1 resource kinds could not be read").arg(n),
            lines.join(u'\n') + u'\n' +
                tr("Findings that need what is missing are not shown. Connect with an "
                   "identity that may list these kinds for a complete review."));
    } else {
        m_banner->setMessage(Tone::Warning, tr("The server was not authenticated"),
                             r.connectionWarnings.join(u'\n'));
    }
    if (!r.connectionWarnings.isEmpty() && r.partial())
        m_banner->setToolTip(r.connectionWarnings.join(u'\n'));
    QPushButton *details = m_banner->addAction(tr("Show problems"));
    connect(details, &QPushButton::clicked, this,
            [this] { setCurrentView(QStringLiteral("problems")); });
    m_banner->setClosable(true);
    m_banner->show();
}

void MainWindow::showError(const QString &title, const QString &text, const QString &details)
{
    m_lastError = title + u'\n' + text;
    if (!m_dialogs)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Parapet"), title, QMessageBox::Ok, this);
    box.setInformativeText(text);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

QString MainWindow::chooseSavePath(const QString &title, const QString &filter, const QString &name)
{
    if (m_saveChooser)
        return m_saveChooser(title, filter);
    return QFileDialog::getSaveFileName(this, title, name, filter);
}

void MainWindow::saveSnapshot()
{
    if (!m_result)
        return;
    QString base = m_result->request.shortName();
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString path = chooseSavePath(tr("Save snapshot"), tr("Parapet snapshots (*.pps)"),
                                        base + QStringLiteral(".pps"));
    if (!path.isEmpty())
        saveSnapshotTo(path.endsWith(QStringLiteral(".pps")) ? path
                                                             : path + QStringLiteral(".pps"));
}

void MainWindow::saveSnapshotTo(const QString &path)
{
    if (!m_result)
        return;
    const Inventory inventory = m_result->inventory;
    statusBar()->showMessage(tr("Saving snapshot to %1\u2026").arg(path));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Snapshot saved to %1").arg(path), 8000);
            Q_EMIT snapshotSaved(true, path);
            return;
        }
        statusBar()->clearMessage();
        showError(tr("The snapshot was not saved"),
                  tr("%1\n\nChoose a folder you can write to, with enough free space.").arg(error));
        Q_EMIT snapshotSaved(false, error);
    });
    watcher->setFuture(QtConcurrent::run([inventory, path] {
        const auto written = Snapshot::writeFile(inventory, path);
        return written ? QString() : written.error().message;
    }));
}

void MainWindow::exportReport()
{
    if (!m_result)
        return;
    const QString path =
        chooseSavePath(tr("Export report"), tr("PDF report (*.pdf);;HTML report (*.html)"),
                       QStringLiteral("parapet-report.pdf"));
    if (!path.isEmpty())
        exportReportTo(path);
}

void MainWindow::exportReportTo(const QString &path)
{
    if (!m_result)
        return;
    report::Options options;
    options.format = path.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive) ||
                             path.endsWith(QStringLiteral(".htm"), Qt::CaseInsensitive)
                         ? report::Format::Html
                         : report::Format::Pdf;
    const Inventory inventory = m_result->inventory;
    m_busyLabel->setText(tr("Writing the report\u2026"));
    m_busyLabel->show();
    m_busy->show();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        if (!m_loading && !m_scanning) {
            m_busy->hide();
            m_busyLabel->hide();
        }
        const QString error = watcher->result();
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Report written to %1").arg(path), 8000);
            Q_EMIT reportExported(true, path);
            return;
        }
        showError(tr("The report was not written"),
                  tr("%1\n\nChoose a folder you can write to, and close the file if another "
                     "program has it open.")
                      .arg(error));
        Q_EMIT reportExported(false, error);
    });
    watcher->setFuture(QtConcurrent::run([inventory, options, path] {
        const auto written = report::writeReport(inventory, options, path);
        return written ? QString() : written.error().message;
    }));
}

void MainWindow::exportCurrentView()
{
    View *current = view(currentViewId());
    if (!current || isStartShown() || !m_result)
        return;
    // Views with a table export their rows themselves (Findings, Inventory).
    if (!QMetaObject::invokeMethod(current, "exportRows"))
        statusBar()->showMessage(tr("This view has no table to export"), 5000);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::openPalette()
{
    m_palette->setProvider([this] {
        std::vector<PaletteEntry> entries;
        const Theme &theme = Theme::current();
        for (const auto &[info, v] : m_views) {
            if (!m_result)
                break; // the start screen has no views to go to yet
            const QString id = info->id;
            entries.push_back({PaletteEntry::Group::View, info->translatedTitle(), tr("View"),
                               theme.icon(info->icon), [this, id] { setCurrentView(id); }});
        }
        const QList<QAction *> actions = {m_startAction,  m_reload,        m_openFiles,
                                          m_openFolder,   m_openSnapshot,  m_openDemo,
                                          m_saveSnapshot, m_exportReport,  m_exportTable,
                                          m_findAction,   m_settingsAction};
        for (QAction *a : actions) {
            if (!a->isEnabled())
                continue;
            QString title = a->text();
            title.remove(u'&');
            const QString shortcut = a->shortcut().toString(QKeySequence::NativeText);
            entries.push_back(
                {PaletteEntry::Group::Action, title,
                 shortcut.isEmpty() ? tr("Action") : tr("Action \u00b7 %1").arg(shortcut),
                 a->icon(), [a] { a->trigger(); }});
        }
        if (!m_result)
            return entries;
        for (const checks::Control &c : checks::catalogue()) {
            const QString id = c.idString();
            entries.push_back({PaletteEntry::Group::Control, id + u' ' + c.title(),
                               checks::sectionTitle(c.section),
                               theme.icon(QStringLiteral("status-fail")), [this, id] {
                                   // The checklist shows a control best; else its findings.
                                   if (view(QStringLiteral("checklist")) &&
                                       setCurrentView(QStringLiteral("checklist"))) {
                                       view(QStringLiteral("checklist"))->applyFilter(id);
                                       return;
                                   }
                                   setCurrentView(QStringLiteral("findings"));
                                   if (View *f = view(QStringLiteral("findings")))
                                       f->applyFilter(id);
                               }});
        }
        for (const NamespaceSummary &ns : m_result->summary.namespaceRows) {
            const QString name = ns.name;
            entries.push_back({PaletteEntry::Group::Namespace, name,
                               tr("Namespace \u00b7 %1 objects").arg(Format::count(ns.objects)),
                               theme.kindIcon(u"Namespace"), [this, name] {
                                   setCurrentView(QStringLiteral("inventory"));
                                   if (View *inv = view(QStringLiteral("inventory")))
                                       inv->applyFilter(QStringLiteral("ns:") + name);
                               }});
        }
        const auto &objects = m_result->inventory.objects();
        entries.reserve(entries.size() + objects.size());
        for (std::size_t i = 0; i < objects.size(); ++i) {
            const KubeObject &o = objects[i];
            const qsizetype index = qsizetype(i);
            entries.push_back({PaletteEntry::Group::Object, o.reference(), tr("Object"),
                               theme.kindIcon(o.kind()), [this, index] {
                                   setCurrentView(QStringLiteral("inventory"));
                                   if (View *inv = view(QStringLiteral("inventory")))
                                       inv->selectObject(index);
                               }});
        }
        return entries;
    });
    m_palette->popup();
}

void MainWindow::restoreSettings()
{
    if (!m_settings)
        return;
    restoreGeometry(m_settings->value(kGeometry).toByteArray());
    restoreState(m_settings->value(kState).toByteArray());
    if (m_startMode) {
        // The dock comes back with the first source, as it was left.
        m_dockWasVisible = !m_detailsDock->isHidden();
        m_detailsDock->hide();
    }
    const QString id = m_settings->value(kView).toString();
    if (!id.isEmpty())
        setCurrentView(id);
}

void MainWindow::saveSettings() const
{
    if (!m_settings)
        return;
    m_settings->setValue(kGeometry, saveGeometry());
    if (!m_startMode)
        m_settings->setValue(kState, saveState());
    m_settings->setValue(kView, currentViewId());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace parapet::ui
