#include "mainwindow.h"

#include "checks/scanner.h"
#include "fixset/fixset.h"
#include "formatting.h"
#include "theme.h"
#include "views/view.h"
#include "views/viewcatalog.h"
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
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolBar>
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
}

MainWindow::~MainWindow()
{
    // A load still running finishes first (ManifestLoader cannot be interrupted yet); its
    // result is dropped because this window's continuation context is gone.
    m_pool.waitForDone();
}

void MainWindow::buildActions()
{
    const Theme &theme = Theme::current();
    m_openFiles =
        new QAction(theme.icon(QStringLiteral("action-open")), tr("Open files\u2026"), this);
    m_openFiles->setShortcut(QKeySequence::Open);
    m_openFiles->setToolTip(tr("Open manifest or snapshot files (Ctrl+O)"));
    connect(m_openFiles, &QAction::triggered, this, [this] { openPaths(false); });
    m_openFolder = new QAction(tr("Open folder\u2026"), this);
    m_openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openFolder, &QAction::triggered, this, [this] { openPaths(true); });
    m_openDemo =
        new QAction(theme.icon(QStringLiteral("source-demo")), tr("Open the demo cluster"), this);
    connect(m_openDemo, &QAction::triggered, this, [this] { load(LoadRequest::demo()); });
    m_reload = new QAction(theme.icon(QStringLiteral("action-reload")), tr("Reload"), this);
    m_reload->setObjectName(QStringLiteral("reloadAction"));
    m_reload->setShortcut(QKeySequence::Refresh);
    m_reload->setToolTip(tr("Read the source again (F5)"));
    connect(m_reload, &QAction::triggered, this, [this] { load(m_request); });
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
    auto *quit = new QAction(tr("Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addActions({m_openFiles, m_openFolder, m_reload, m_findAction, quit});
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
    menu->addAction(m_openFiles);
    menu->addAction(m_openFolder);
    menu->addAction(m_openDemo);
    menu->addSeparator();
    menu->addAction(m_reload);
    bar->addWidget(m_chip);
    connect(m_chip, &SourceChip::badgeClicked, this,
            [this] { setCurrentView(QStringLiteral("problems")); });
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_reload);
    addToolBar(Qt::TopToolBarArea, bar);
}

void MainWindow::buildCentral()
{
    const Theme &theme = Theme::current();
    const Theme::Colors &c = theme.colors();
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

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
    layout->addWidget(m_viewStack, 1);
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
    resizeDocks({m_detailsDock}, {440}, Qt::Horizontal);
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
    m_request = request;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_reload->setEnabled(false);
    m_chip->setLoading(request);
    const QString what = tr("Loading %1\u2026").arg(request.shortName());
    m_busyLabel->setText(what);
    m_busyLabel->show();
    m_busy->show();
    if (!m_result) {
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
    watcher->setFuture(QtConcurrent::run(&m_pool, [request] { return runLoad(request); }));
}

void MainWindow::applyResult(const LoadResult &result)
{
    m_loading = false;
    m_result = result;
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
    m_scan.reset();
    startScan(m_generation);
    updateNavigationBadges();
    if (m_viewStack->currentWidget() == m_loadingPage)
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

void MainWindow::openPaths(bool folder)
{
    QStringList paths;
    if (m_chooser) {
        paths = m_chooser(folder);
    } else if (folder) {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Open a folder of manifests"));
        if (!dir.isEmpty())
            paths.append(dir);
    } else {
        paths = QFileDialog::getOpenFileNames(
            this, tr("Open manifests or snapshots"), QString(),
            tr("Manifests and snapshots (*.yaml *.yml *.json *.pps);;All files (*)"));
    }
    if (!paths.isEmpty())
        load(LoadRequest::fromPaths(paths, m_request.defaultNamespace));
}

void MainWindow::restoreSettings()
{
    if (!m_settings)
        return;
    restoreGeometry(m_settings->value(kGeometry).toByteArray());
    restoreState(m_settings->value(kState).toByteArray());
    const QString id = m_settings->value(kView).toString();
    if (!id.isEmpty())
        setCurrentView(id);
}

void MainWindow::saveSettings() const
{
    if (!m_settings)
        return;
    m_settings->setValue(kGeometry, saveGeometry());
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
