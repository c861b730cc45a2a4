#include "startview.h"

#include "cluster/kubeconfig.h"
#include "theme.h"
#include "widgets/banner.h"
#include "widgets/elidedlabel.h"
#include "widgets/emptystate.h"
#include "widgets/tablestyle.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parapet::ui {

namespace {

const QString kRecentKey = QStringLiteral("recent/sources");
constexpr int kRequestRole = Qt::UserRole + 1;

enum ContextColumn
{
    CurrentColumn,
    NameColumn,
    ClusterColumn,
    ServerColumn,
    UserColumn,
    AuthColumn,
    NamespaceColumn,
    ContextColumnCount
};

/// `client-certificate`, `exec (aws)` ... of KubeUser::authKindName(), for people.
QString authTitle(const QString &name)
{
    const QString head = name.section(u' ', 0, 0);
    const QString rest = name.section(u' ', 1);
    QString title;
    if (head == u"client-certificate")
        title = StartView::tr("client certificate");
    else if (head == u"token")
        title = StartView::tr("token");
    else if (head == u"token-file")
        title = StartView::tr("token file");
    else if (head == u"basic")
        title = StartView::tr("basic");
    else if (head == u"exec")
        title = StartView::tr("exec");
    else if (head == u"auth-provider")
        title = StartView::tr("auth provider");
    else if (head == u"none")
        title = StartView::tr("none");
    else
        title = head;
    return rest.isEmpty() ? title : title + u' ' + rest;
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QString recentTitle(const LoadRequest &r)
{
    switch (r.kind) {
    case LoadRequest::Kind::Demo:
        return StartView::tr("Demo cluster");
    case LoadRequest::Kind::Live:
        return StartView::tr("%1 (live cluster)").arg(r.shortName());
    case LoadRequest::Kind::Paths:
        return r.shortName();
    }
    return {};
}

QString recentIcon(const LoadRequest &r)
{
    switch (r.kind) {
    case LoadRequest::Kind::Demo:
        return QStringLiteral("source-demo");
    case LoadRequest::Kind::Live:
        return QStringLiteral("source-cluster");
    case LoadRequest::Kind::Paths:
        break;
    }
    for (const QString &p : r.paths)
        if (!p.endsWith(QStringLiteral(".pps")))
            return QStringLiteral("source-files");
    return QStringLiteral("source-snapshot");
}

} // namespace

namespace RecentSources {

QList<LoadRequest> list(const QSettings *settings)
{
    QList<LoadRequest> out;
    if (!settings)
        return out;
    const QVariantList entries = settings->value(kRecentKey).toList();
    for (const QVariant &v : entries) {
        if (auto r = LoadRequest::fromVariant(v.toMap()); r && !out.contains(*r))
            out.append(*r);
        if (out.size() >= kMax)
            break;
    }
    return out;
}

namespace {

void store(QSettings *settings, const QList<LoadRequest> &requests)
{
    QVariantList entries;
    for (const LoadRequest &r : requests)
        entries.append(r.toVariant());
    settings->setValue(kRecentKey, entries);
}

} // namespace

void add(QSettings *settings, const LoadRequest &request)
{
    if (!settings)
        return;
    QList<LoadRequest> requests = list(settings);
    requests.removeAll(request);
    requests.prepend(request);
    while (requests.size() > kMax)
        requests.removeLast();
    store(settings, requests);
}

void remove(QSettings *settings, const LoadRequest &request)
{
    if (!settings)
        return;
    QList<LoadRequest> requests = list(settings);
    requests.removeAll(request);
    store(settings, requests);
}

bool available(const LoadRequest &request)
{
    if (request.kind != LoadRequest::Kind::Paths)
        return true;
    for (const QString &p : request.paths)
        if (!QFileInfo::exists(p))
            return false;
    return true;
}

} // namespace RecentSources

StartView::StartView(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_kubeconfigLabel(new ElidedLabel(this))
    , m_error(new Banner(this))
    , m_contextsStack(new QStackedWidget(this))
    , m_contexts(new QTableWidget(this))
    , m_noContexts(new EmptyState(this))
    , m_namespace(new QLineEdit(this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_recent(new QListWidget(this))
    , m_removeRecent(new QPushButton(tr("Remove"), this))
    , m_noRecent(new QLabel(this))
{
    setObjectName(QStringLiteral("startView"));
    const Theme &theme = Theme::current();
    const Theme::Colors &c = theme.colors();
    QPalette mutedPalette = palette();
    mutedPalette.setColor(QPalette::WindowText, c.mutedText);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 28, 32, 24);
    auto *column = new QWidget(this);
    column->setMaximumWidth(1180);
    outer->addStretch(1);
    outer->addWidget(column, 100);
    outer->addStretch(1);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addStretch(1);

    // Header: the app, and what it is for.
    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    auto *logo = new QLabel(column);
    logo->setPixmap(Theme::appIcon().pixmap(48, 48));
    header->addWidget(logo, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = new QLabel(tr("Parapet"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    titles->addWidget(title);
    auto *subtitle = new QLabel(tr("Review a Kubernetes cluster or its manifests along the "
                                   "NSA/CISA Kubernetes Hardening Guide. Pick a source."),
                                column);
    subtitle->setPalette(mutedPalette);
    subtitle->setWordWrap(true);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);
    layout->addLayout(header);
    layout->addSpacing(8);

    // Live clusters.
    auto *clusterHead = new QHBoxLayout;
    clusterHead->addWidget(sectionLabel(tr("Connect to a cluster"), column));
    m_kubeconfigLabel->setObjectName(QStringLiteral("kubeconfigFiles"));
    m_kubeconfigLabel->setPalette(mutedPalette);
    m_kubeconfigLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    clusterHead->addWidget(m_kubeconfigLabel, 1);
    auto *chooseConfig = new QPushButton(tr("Use another kubeconfig\u2026"), column);
    chooseConfig->setObjectName(QStringLiteral("chooseKubeconfig"));
    connect(chooseConfig, &QPushButton::clicked, this, &StartView::chooseKubeconfig);
    clusterHead->addWidget(chooseConfig);
    auto *rereadConfig =
        new QPushButton(theme.icon(QStringLiteral("action-reload")), tr("Read again"), column);
    rereadConfig->setObjectName(QStringLiteral("rereadKubeconfig"));
    rereadConfig->setToolTip(tr("Read the kubeconfig files again"));
    connect(rereadConfig, &QPushButton::clicked, this, &StartView::reload);
    clusterHead->addWidget(rereadConfig);
    layout->addLayout(clusterHead);

    m_error->setObjectName(QStringLiteral("startError"));
    m_error->hide();
    layout->addWidget(m_error);

    m_contexts->setObjectName(QStringLiteral("contextsTable"));
    m_contexts->setAccessibleName(tr("Kubeconfig contexts"));
    m_contexts->setColumnCount(ContextColumnCount);
    m_contexts->setHorizontalHeaderLabels({QString(), tr("Context"), tr("Cluster"), tr("Server"),
                                           tr("User"), tr("Authentication"), tr("Namespace")});
    applyTableStyle(m_contexts);
    m_contexts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contexts->setTextElideMode(Qt::ElideRight);
    QHeaderView *h = m_contexts->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->resizeSection(CurrentColumn, 92);
    h->resizeSection(NameColumn, 190);
    h->resizeSection(ClusterColumn, 150);
    h->resizeSection(ServerColumn, 290);
    h->resizeSection(UserColumn, 160);
    h->resizeSection(AuthColumn, 150);
    h->setStretchLastSection(true);
    m_contexts->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_contexts, &QTableWidget::activated, this, [this] { connectSelected(); });
    connect(m_contexts, &QTableWidget::currentCellChanged, this,
            [this] { m_connect->setEnabled(m_contexts->currentRow() >= 0); });
    m_contextsStack->addWidget(m_contexts);
    m_noContexts->setObjectName(QStringLiteral("noContexts"));
    m_contextsStack->addWidget(m_noContexts);
    m_contextsStack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_contextsStack);

    auto *connectRow = new QHBoxLayout;
    auto *nsLabel = new QLabel(tr("&Namespace:"), column);
    nsLabel->setBuddy(m_namespace);
    connectRow->addWidget(nsLabel);
    m_namespace->setObjectName(QStringLiteral("connectNamespace"));
    m_namespace->setAccessibleName(tr("Namespace to review"));
    m_namespace->setPlaceholderText(tr("all namespaces"));
    m_namespace->setClearButtonEnabled(true);
    m_namespace->setMaximumWidth(220);
    m_namespace->setToolTip(tr("Review one namespace only (as -n); empty reviews the whole "
                               "cluster"));
    connectRow->addWidget(m_namespace);
    connectRow->addStretch(1);
    auto *hint =
        new QLabel(tr("Double-click or Enter connects. Parapet only reads (get, list)."), column);
    hint->setPalette(mutedPalette);
    connectRow->addWidget(hint);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setIcon(theme.icon(QStringLiteral("source-cluster")));
    m_connect->setDefault(true);
    m_connect->setToolTip(tr("Read the selected context's cluster (Enter)"));
    connect(m_connect, &QPushButton::clicked, this, &StartView::connectSelected);
    connectRow->addWidget(m_connect);
    layout->addLayout(connectRow);
    layout->addSpacing(12);

    // Files, snapshots, the demo; and the recent sources.
    auto *lower = new QHBoxLayout;
    lower->setSpacing(32);
    auto *openColumn = new QVBoxLayout;
    openColumn->setSpacing(6);
    openColumn->addWidget(sectionLabel(tr("Open"), column));
    const auto openButton = [&](const QString &icon, const QString &text, const QString &name,
                                const QString &tip) {
        auto *b = new QPushButton(theme.icon(icon), text, column);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 6px 12px; }"));
        b->setMinimumWidth(260);
        openColumn->addWidget(b);
        return b;
    };
    connect(openButton(QStringLiteral("source-files"), tr("Open manifests\u2026"),
                       QStringLiteral("openManifests"),
                       tr("YAML or JSON manifests, Helm or kustomize output (Ctrl+O)")),
            &QPushButton::clicked, this, [this] { Q_EMIT choosePathsRequested(0); });
    connect(openButton(QStringLiteral("action-open"), tr("Open a folder of manifests\u2026"),
                       QStringLiteral("openFolder"),
                       tr("Every manifest under a folder, recursively (Ctrl+Shift+O)")),
            &QPushButton::clicked, this, [this] { Q_EMIT choosePathsRequested(1); });
    connect(openButton(QStringLiteral("source-snapshot"), tr("Open a snapshot\u2026"),
                       QStringLiteral("openSnapshot"),
                       tr("A cluster saved earlier with Save snapshot or parapet-cli snapshot")),
            &QPushButton::clicked, this, [this] { Q_EMIT choosePathsRequested(2); });
    connect(openButton(QStringLiteral("source-demo"), tr("Open the demo cluster"),
                       QStringLiteral("openDemo"),
                       tr("A bundled example cluster with typical mistakes, to look around")),
            &QPushButton::clicked, this, [this] { Q_EMIT openRequested(LoadRequest::demo()); });
    openColumn->addStretch(1);
    lower->addLayout(openColumn);

    auto *recentColumn = new QVBoxLayout;
    recentColumn->setSpacing(6);
    recentColumn->addWidget(sectionLabel(tr("Recent"), column));
    m_recent->setObjectName(QStringLiteral("recentSources"));
    m_recent->setAccessibleName(tr("Recent sources"));
    m_recent->setIconSize(QSize(16, 16));
    m_recent->setUniformItemSizes(true);
    m_recent->setStyleSheet(QStringLiteral("#recentSources::item { padding: 4px 2px; }"));
    connect(m_recent, &QListWidget::activated, this,
            [this](const QModelIndex &index) { openRecent(index.row()); });
    connect(m_recent, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeRecent->setEnabled(row >= 0); });
    auto *removeAction = new QAction(tr("Remove from the list"), m_recent);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this,
            [this] { removeRecent(m_recent->currentRow()); });
    m_recent->addAction(removeAction);
    m_recent->setContextMenuPolicy(Qt::ActionsContextMenu);
    recentColumn->addWidget(m_recent, 10);
    m_noRecent->setObjectName(QStringLiteral("noRecent"));
    m_noRecent->setPalette(mutedPalette);
    m_noRecent->setWordWrap(true);
    m_noRecent->setText(tr("Sources you open appear here, to open them again with one click."));
    recentColumn->addWidget(m_noRecent);
    recentColumn->addStretch(1);
    auto *recentButtons = new QHBoxLayout;
    recentButtons->addStretch(1);
    m_removeRecent->setObjectName(QStringLiteral("removeRecent"));
    m_removeRecent->setToolTip(tr("Remove the selected source from this list (Delete)"));
    m_removeRecent->setEnabled(false);
    connect(m_removeRecent, &QPushButton::clicked, this,
            [this] { removeRecent(m_recent->currentRow()); });
    recentButtons->addWidget(m_removeRecent);
    recentColumn->addLayout(recentButtons);
    lower->addLayout(recentColumn, 1);
    layout->addLayout(lower, 8);
    layout->addStretch(2);

    reload();
}

void StartView::setKubeconfigPath(const QString &path)
{
    m_kubeconfig = path;
    reload();
}

void StartView::reload()
{
    loadContexts();
    loadRecent();
}

void StartView::loadContexts()
{
    const Theme &theme = Theme::current();
    m_contexts->setRowCount(0);
    m_error->hide();
    m_error->clearActions();
    m_currentContext.clear();
    const auto rules = KubeconfigLoadingRules::fromEnvironment(
        m_kubeconfig, QProcessEnvironment::systemEnvironment());
    const QStringList files = rules.loadingPrecedence();
    QStringList shown;
    for (const QString &f : files)
        shown.append(QDir::toNativeSeparators(f).replace(QDir::homePath(), QStringLiteral("~")));
    m_kubeconfigLabel->setFullText(
        shown.isEmpty() ? QString() : tr("from %1").arg(shown.join(QStringLiteral(", "))));
    m_kubeconfigLabel->setToolTip(files.join(u'\n'));
    if (m_kubeconfig.isEmpty() && !rules.anyFileExists()) {
        m_noContexts->setIcon(theme.icon(QStringLiteral("source-cluster")));
        m_noContexts->setTitle(tr("No kubeconfig found"));
        m_noContexts->setText(
            tr("Parapet reads the kubeconfig as kubectl does: the files in KUBECONFIG, else "
               "%1. None of them exists. Choose a kubeconfig file, or open manifests, a "
               "snapshot or the demo cluster below.")
                .arg(shown.isEmpty() ? QStringLiteral("~/.kube/config") : shown.join(u':')));
        m_contextsStack->setCurrentWidget(m_noContexts);
        m_contextsStack->setFixedHeight(220);
        m_connect->setEnabled(false);
        return;
    }
    const auto config = rules.load();
    if (!config) {
        m_error->setMessage(
            Tone::Error, tr("The kubeconfig cannot be read"),
            tr("%1\n\nFix the file named above (kubectl config view shows the same error), "
               "point KUBECONFIG at another file, or use another kubeconfig. Manifests, "
               "snapshots and the demo cluster open without it.")
                .arg(config.error().message));
        m_error->setClosable(false);
        m_error->show();
        m_noContexts->setIcon(theme.icon(QStringLiteral("source-cluster")));
        m_noContexts->setTitle(tr("No contexts"));
        m_noContexts->setText(tr("The contexts show up here once the kubeconfig can be read."));
        m_contextsStack->setCurrentWidget(m_noContexts);
        m_contextsStack->setFixedHeight(220);
        m_connect->setEnabled(false);
        return;
    }
    m_currentContext = config->currentContext;
    QStringList names = config->contexts.keys();
    if (names.removeOne(m_currentContext))
        names.prepend(m_currentContext);
    if (names.isEmpty()) {
        m_noContexts->setIcon(theme.icon(QStringLiteral("source-cluster")));
        m_noContexts->setTitle(tr("The kubeconfig has no contexts"));
        m_noContexts->setText(tr("Add one with kubectl config set-context, or use another "
                                 "kubeconfig."));
        m_contextsStack->setCurrentWidget(m_noContexts);
        m_contextsStack->setFixedHeight(220);
        m_connect->setEnabled(false);
        return;
    }
    m_contextsStack->setCurrentWidget(m_contexts);
    const QColor muted = theme.colors().mutedText;
    m_contexts->setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        const QString &name = names[row];
        const KubeContext &ctx = config->contexts[name];
        const bool current = name == m_currentContext;
        const auto set = [&](int column, const QString &text, bool dim = false) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            if (dim)
                item->setForeground(muted);
            if (current) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_contexts->setItem(row, column, item);
            return item;
        };
        auto *marker = set(CurrentColumn, current ? tr("current") : QString());
        if (current) {
            marker->setIcon(theme.toneIcon(Tone::Pass));
            marker->setToolTip(tr("The kubeconfig's current context (kubectl uses it)"));
        }
        QTableWidgetItem *nameItem = set(NameColumn, name);
        nameItem->setIcon(theme.icon(QStringLiteral("source-cluster")));
        nameItem->setData(Qt::UserRole, name);
        nameItem->setToolTip(tr("%1\ndefined in %2").arg(name, ctx.origin));
        const bool hasCluster = config->clusters.contains(ctx.cluster);
        const bool hasUser = config->users.contains(ctx.user);
        set(ClusterColumn, hasCluster ? ctx.cluster : tr("%1 (missing)").arg(ctx.cluster),
            !hasCluster);
        set(ServerColumn, config->clusters.value(ctx.cluster).server);
        set(UserColumn, hasUser || ctx.user.isEmpty() ? ctx.user : tr("%1 (missing)").arg(ctx.user),
            !hasUser && !ctx.user.isEmpty());
        set(AuthColumn,
            authTitle(hasUser ? config->users[ctx.user].authKindName() : QStringLiteral("none")));
        set(NamespaceColumn, ctx.ns.isEmpty() ? QStringLiteral("default") : ctx.ns,
            ctx.ns.isEmpty());
    }
    m_contexts->setCurrentCell(0, NameColumn);
    m_connect->setEnabled(true);
    // As tall as its rows (4 to 10 of them), so that Open and Recent stay in view.
    const int rows = std::clamp(int(names.size()), 4, 10);
    const int height = m_contexts->horizontalHeader()->sizeHint().height() +
                       rows * m_contexts->verticalHeader()->defaultSectionSize() +
                       2 * m_contexts->frameWidth() + 2;
    m_contexts->setFixedHeight(height);
    m_contextsStack->setFixedHeight(height);
}

void StartView::loadRecent()
{
    const Theme &theme = Theme::current();
    m_recent->clear();
    const QList<LoadRequest> recent = RecentSources::list(m_settings);
    for (const LoadRequest &r : recent) {
        auto *item = new QListWidgetItem(theme.icon(recentIcon(r)), recentTitle(r), m_recent);
        item->setData(kRequestRole, r.toVariant());
        QStringList tip;
        if (r.kind == LoadRequest::Kind::Paths)
            tip = r.paths;
        else if (r.kind == LoadRequest::Kind::Live && !r.kubeconfig.isEmpty())
            tip.append(tr("kubeconfig %1").arg(r.kubeconfig));
        if (!r.defaultNamespace.isEmpty())
            tip.append(tr("namespace %1").arg(r.defaultNamespace));
        if (!RecentSources::available(r)) {
            item->setForeground(theme.colors().mutedText);
            item->setText(tr("%1 \u2014 not found").arg(item->text()));
            tip.prepend(tr("No longer exists; remove it with Delete."));
            item->setData(Qt::UserRole + 2, true);
        }
        item->setToolTip(tip.join(u'\n'));
    }
    const bool empty = recent.isEmpty();
    m_recent->setVisible(!empty);
    m_noRecent->setVisible(empty);
    m_removeRecent->setVisible(!empty);
    m_removeRecent->setEnabled(false);
}

void StartView::openRecent(int row)
{
    QListWidgetItem *item = m_recent->item(row);
    if (!item)
        return;
    const auto request = LoadRequest::fromVariant(item->data(kRequestRole).toMap());
    if (!request)
        return;
    if (!RecentSources::available(*request)) {
        QStringList missing;
        for (const QString &p : request->paths)
            if (!QFileInfo::exists(p))
                missing.append(p);
        showError(tr("%1 no longer exists").arg(request->shortName()),
                  tr("Not found: %1\nIt was moved or deleted. Remove it from the recent list "
                     "(Delete), or open the files where they are now.")
                      .arg(missing.join(QStringLiteral(", "))));
        return;
    }
    Q_EMIT openRequested(*request);
}

void StartView::removeRecent(int row)
{
    QListWidgetItem *item = m_recent->item(row);
    if (!item)
        return;
    if (const auto request = LoadRequest::fromVariant(item->data(kRequestRole).toMap()))
        RecentSources::remove(m_settings, *request);
    loadRecent();
}

void StartView::chooseKubeconfig()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Use a kubeconfig"), QDir::homePath() + QStringLiteral("/.kube"),
        tr("Kubeconfig files (*);;YAML files (*.yaml *.yml)"));
    if (!path.isEmpty())
        setKubeconfigPath(path);
}

QStringList StartView::contextNames() const
{
    QStringList names;
    for (int row = 0; row < m_contexts->rowCount(); ++row)
        names.append(m_contexts->item(row, NameColumn)->data(Qt::UserRole).toString());
    return names;
}

void StartView::connectSelected()
{
    const int row = m_contexts->currentRow();
    if (row < 0 || m_contextsStack->currentWidget() != m_contexts)
        return;
    const QString name = m_contexts->item(row, NameColumn)->data(Qt::UserRole).toString();
    clearError();
    Q_EMIT openRequested(LoadRequest::live(name, m_kubeconfig, m_namespace->text().trimmed()));
}

void StartView::showError(const QString &title, const QString &text)
{
    m_error->clearActions();
    m_error->setMessage(Tone::Error, title, text);
    m_error->setClosable(true);
    m_error->show();
}

void StartView::clearError()
{
    m_error->hide();
}

} // namespace parapet::ui
