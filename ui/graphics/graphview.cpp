#include "graphview.h"

#include "theme.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QScrollBar>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace parapet::ui {

namespace {

constexpr qreal kMinZoom = 0.03;
constexpr qreal kMaxZoom = 6.0;
constexpr qreal kReadableZoom = 0.5;

struct LayoutOutcome
{
    GraphLayout layout;
    QString error;
    bool timedOut = false;
    qint64 ms = 0;
};

int toneRank(Tone t)
{
    switch (t) {
    case Tone::Critical:
        return 4;
    case Tone::High:
        return 3;
    case Tone::Medium:
        return 2;
    case Tone::Low:
        return 1;
    default:
        return 0;
    }
}

} // namespace

// --- GraphCanvas -----------------------------------------------------------------------------

GraphCanvas::GraphCanvas(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("graphCanvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontSavePainterState, true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Graph"));
    // Scrolling by the user (scroll bars, arrow keys) keeps the view where they put it.
    for (QScrollBar *bar : {horizontalScrollBar(), verticalScrollBar()})
        connect(bar, &QScrollBar::actionTriggered, this, [this] { m_refitOnResize = false; });
}

qreal GraphCanvas::zoom() const
{
    return transform().m11();
}

void GraphCanvas::zoomBy(qreal factor)
{
    // A zoom asked for by the user: the view stays as they set it.
    m_refitOnResize = false;
    scaleTo(zoom() * factor);
}

void GraphCanvas::scaleTo(qreal target)
{
    const qreal f = std::clamp(target, kMinZoom, kMaxZoom) / zoom();
    scale(f, f);
}

void GraphCanvas::fitAll(bool readable)
{
    m_readableFit = readable;
    if (!scene())
        return;
    const QRectF r = scene()->sceneRect();
    if (r.isEmpty())
        return;
    // The first fit often comes before the canvas has its final size (the view is laid out
    // after the scene arrives, or shown later): fit again on resizes until the user moves.
    m_refitOnResize = true;
    resetTransform();
    fitInView(r, Qt::KeepAspectRatio);
    // Small graphs are not blown up beyond a comfortable size.
    if (zoom() > 1.6)
        scaleTo(1.6);
    // Nor shrunk until labels vanish: a big graph opens readable at its top-left corner and
    // is panned (F still shows it whole on request).
    if (m_readableFit && zoom() < kReadableZoom) {
        scaleTo(kReadableZoom);
        const QSizeF half = QSizeF(viewport()->size()) / (2 * zoom());
        centerOn(r.topLeft() + QPointF(half.width(), half.height()));
        return;
    }
    if (zoom() < kMinZoom)
        scaleTo(kMinZoom);
    centerOn(r.center());
}

void GraphCanvas::mousePressEvent(QMouseEvent *event)
{
    m_refitOnResize = false; // a drag pans; a click selects: either way the view is in use
    QGraphicsView::mousePressEvent(event);
}

void GraphCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_refitOnResize)
        fitAll(m_readableFit);
}

void GraphCanvas::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta));
    event->accept();
}

void GraphCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F && event->modifiers() == Qt::NoModifier) {
        fitAll(false);
        return;
    }
    if (event->matches(QKeySequence::ZoomIn) ||
        (event->modifiers() & Qt::ControlModifier &&
         (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal))) {
        zoomBy(1.25);
        return;
    }
    if (event->matches(QKeySequence::ZoomOut) ||
        (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Minus)) {
        zoomBy(0.8);
        return;
    }
    if (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_0) {
        m_refitOnResize = false;
        resetTransform();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (auto *node = dynamic_cast<GraphNodeItem *>(item)) {
            Q_EMIT nodeActivated(node->node().id);
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void GraphCanvas::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, Theme::current().colors().base);
}

// --- GraphView -------------------------------------------------------------------------------

GraphView::GraphView(QWidget *parent)
    : QWidget(parent)
    , m_canvas(new GraphCanvas(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_matches(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_collapseButton(new QToolButton(this))
    , m_messagePage(new QWidget(this))
    , m_messageTitle(new QLabel(m_messagePage))
    , m_messageText(new QLabel(m_messagePage))
{
    setObjectName(QStringLiteral("graphView"));
    const Theme &theme = Theme::current();
    const Theme::Colors &c = theme.colors();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("graphBar"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    barLayout->setSpacing(4);
    m_search->setObjectName(QStringLiteral("graphSearch"));
    m_search->setPlaceholderText(tr("Search the graph"));
    m_search->setAccessibleName(tr("Search the graph"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(theme.icon(QStringLiteral("action-search")), QLineEdit::LeadingPosition);
    m_search->setMaximumWidth(280);
    m_search->setMinimumWidth(170);
    barLayout->addWidget(m_search, 1);
    m_matches->setObjectName(QStringLiteral("graphMatches"));
    m_matches->setStyleSheet(QStringLiteral("color: %1;").arg(c.mutedText.name()));
    barLayout->addWidget(m_matches);
    m_status->setObjectName(QStringLiteral("graphStatus"));
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(c.mutedText.name()));
    m_status->setWordWrap(true); // wraps in a narrow view instead of widening the window
    barLayout->addWidget(m_status, 1);
    auto addButton = [&](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(bar);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        barLayout->addWidget(b);
        return b;
    };
    addButton(QStringLiteral("−"), tr("Zoom out (Ctrl+-)"), [this] {
        m_canvas->zoomBy(0.8);
    })->setObjectName(QStringLiteral("graphZoomOut"));
    addButton(QStringLiteral("+"), tr("Zoom in (Ctrl++)"), [this] {
        m_canvas->zoomBy(1.25);
    })->setObjectName(QStringLiteral("graphZoomIn"));
    addButton(tr("Fit"), tr("Fit the graph in the window (F)"), [this] {
        m_canvas->fitAll();
    })->setObjectName(QStringLiteral("graphFit"));
    m_collapseButton->setObjectName(QStringLiteral("graphCollapse"));
    m_collapseButton->setAutoRaise(true);
    m_collapseButton->hide();
    connect(m_collapseButton, &QToolButton::clicked, this, [this] {
        if (m_collapsed) {
            m_expandAll = true;
            relayout();
        } else {
            collapseAll();
        }
    });
    barLayout->addWidget(m_collapseButton);
    addButton(tr("Export…"), tr("Export the graph as SVG or PNG"), [this] {
        exportDialog();
    })->setObjectName(QStringLiteral("graphExport"));
    layout->addWidget(bar);

    m_banner->setObjectName(QStringLiteral("graphBanner"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(10, 6, 10, 6);
    m_banner->setStyleSheet(
        QStringLiteral("background: %1; color: %2; border-top: 1px solid %3;"
                       " border-bottom: 1px solid %3;")
            .arg(c.chip.name(), c.text.name(), theme.tone(Tone::Warning).name()));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch(1);
    m_messageTitle->setObjectName(QStringLiteral("graphMessageTitle"));
    m_messageTitle->setAlignment(Qt::AlignCenter);
    QFont tf = m_messageTitle->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.25);
    tf.setBold(true);
    m_messageTitle->setFont(tf);
    m_messageText->setObjectName(QStringLiteral("graphMessageText"));
    m_messageText->setAlignment(Qt::AlignCenter);
    m_messageText->setWordWrap(true);
    m_messageText->setStyleSheet(QStringLiteral("color: %1;").arg(c.mutedText.name()));
    messageLayout->addWidget(m_messageTitle);
    messageLayout->addWidget(m_messageText);
    messageLayout->addStretch(2);
    m_stack->addWidget(m_messagePage);
    m_stack->addWidget(m_canvas);
    layout->addWidget(m_stack, 1);
    showMessage(tr("Nothing to draw yet"), tr("Open a cluster, manifests or the demo."));

    connect(m_search, &QLineEdit::textChanged, this, &GraphView::setFilterText);
    connect(m_canvas, &GraphCanvas::nodeActivated, this, [this](const QString &id) {
        if (!m_scene)
            return;
        if (GraphNodeItem *item = m_scene->nodeItem(id); item && item->isCollapsedGroup())
            expandGroup(item->collapsedGroup());
    });
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &GraphView::focusSearch);
    addAction(find);
}

GraphView::~GraphView()
{
    // Results of layouts still running are dropped (their watchers check the generation) and
    // their Graphviz child is killed; the scene's items must not report selection changes
    // while the scene is torn down.
    ++m_generation;
    cancelLayout();
    if (m_scene)
        m_scene->disconnect(this);
}

void GraphView::cancelLayout()
{
    if (m_cancelLayout)
        m_cancelLayout->store(true);
    m_cancelLayout.reset();
}

void GraphView::showMessage(const QString &title, const QString &text)
{
    ++m_generation;
    cancelLayout();
    m_busy = false;
    m_messageTitle->setText(title);
    m_messageText->setText(text);
    m_stack->setCurrentWidget(m_messagePage);
    m_status->clear();
    m_banner->hide();
}

void GraphView::setGraph(const Graph &graph, const GraphDecorations &decorations,
                         const QString &emptyText)
{
    m_graph = graph;
    m_decorations = decorations;
    m_emptyText = emptyText;
    m_expanded.clear();
    m_expandAll = false;
    m_current.clear();
    relayout();
}

void GraphView::setDecorations(const GraphDecorations &decorations)
{
    m_decorations = decorations;
    if (!m_scene)
        return;
    const GraphDecorations shown = shownDecorations(m_scene->graph());
    for (auto it = m_scene->nodeItems().cbegin(); it != m_scene->nodeItems().cend(); ++it) {
        const auto tone = shown.nodeTones.constFind(it.key());
        it.value()->setTone(tone == shown.nodeTones.constEnd() ? std::nullopt
                                                               : std::optional<Tone>(*tone));
        it.value()->update();
    }
}

GraphDecorations GraphView::shownDecorations(const Graph &shown) const
{
    GraphDecorations d = m_decorations;
    // A collapsed namespace takes the worst tone of what it holds.
    QHash<QString, Tone> worst;
    for (const GraphNode &n : m_graph.nodes) {
        const auto t = m_decorations.nodeTones.constFind(n.id);
        if (t == m_decorations.nodeTones.constEnd() || n.group.isEmpty())
            continue;
        const auto w = worst.constFind(n.group);
        if (w == worst.constEnd() || toneRank(*t) > toneRank(*w))
            worst.insert(n.group, *t);
    }
    for (const GraphNode &n : shown.nodes) {
        const QString group = n.attributes.value(QStringLiteral("collapsedGroup"));
        if (group.isEmpty())
            continue;
        if (worst.contains(group))
            d.nodeTones.insert(n.id, worst.value(group));
        else if (d.groupTones.contains(group))
            d.nodeTones.insert(n.id, d.groupTones.value(group));
        QStringList badges;
        for (const auto &b : d.groupBadges.value(group))
            badges.append(b.toolTip.isEmpty() ? b.text : b.toolTip);
        if (!badges.isEmpty())
            d.nodeToolTips.insert(n.id, badges.join(u'\n'));
    }
    return d;
}

void GraphView::relayout()
{
    const int generation = ++m_generation;
    // A layout still running is superseded: stop its Graphviz instead of letting it run on
    // (up to the timeout) beside the new one.
    cancelLayout();
    m_fallbackReason.clear();
    if (m_graph.nodes.empty()) {
        showMessage(tr("Nothing to draw"),
                    m_emptyText.isEmpty() ? tr("This graph is empty.") : m_emptyText);
        Q_EMIT layoutFinished();
        return;
    }
    m_collapsed =
        !m_expandAll && int(m_graph.nodes.size()) > m_collapseThreshold && !m_graph.groups.empty();
    const Graph shown = m_collapsed ? collapseGroups(m_graph, m_expanded) : m_graph;
    m_collapseButton->setVisible(int(m_graph.nodes.size()) > m_collapseThreshold &&
                                 !m_graph.groups.empty());
    m_collapseButton->setText(m_collapsed ? tr("Expand all") : tr("Collapse"));
    m_collapseButton->setToolTip(
        m_collapsed
            ? tr("Draw every node (%1); the layout may take a while").arg(m_graph.nodes.size())
            : tr("Collapse namespaces to one node each"));
    m_busy = true;
    const QString engine = chooseLayoutEngine(shown);
    m_status->setText(
        tr("Laying out %n node(s) with %1…", nullptr, int(shown.nodes.size())).arg(engine));
    if (!m_scene || m_stack->currentWidget() != m_canvas) {
        m_messageTitle->setText(tr("Laying out the graph…"));
        m_messageText->setText(tr("Nodes: %1, edges: %2, with Graphviz %3 in the background.")
                                   .arg(shown.nodes.size())
                                   .arg(shown.edges.size())
                                   .arg(engine));
        m_stack->setCurrentWidget(m_messagePage);
    }

    auto *watcher = new QFutureWatcher<LayoutOutcome>(this);
    const int timeout = m_timeoutMs;
    connect(watcher, &QFutureWatcher<LayoutOutcome>::finished, this,
            [this, watcher, generation, shown] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // superseded by a newer graph
                const LayoutOutcome out = watcher->result();
                onLayoutDone(generation, out.layout, out.error, out.timedOut, out.ms);
                if (generation != m_generation)
                    return;
                const QSize viewport = m_canvas->viewport()->size();
                const qreal aspect =
                    viewport.height() > 50 ? qreal(viewport.width()) / viewport.height() : 1.4;
                showScene(shown, out.error.isEmpty() ? repackGroups(shown, out.layout, aspect)
                                                     : gridLayout(shown));
            });
    const Graph input = withIconRoom(shown);
    m_cancelLayout = std::make_shared<std::atomic_bool>(false);
    watcher->setFuture(QtConcurrent::run([input, timeout, cancel = m_cancelLayout] {
        QElapsedTimer timer;
        timer.start();
        LayoutOutcome out;
        auto layout = layoutForCanvas(input, timeout, cancel.get());
        if (layout) {
            out.layout = *layout;
        } else {
            out.error = layout.error().message;
            out.timedOut = layout.error().code == Error::Code::Limit;
        }
        out.ms = timer.elapsed();
        return out;
    }));
}

void GraphView::onLayoutDone(int generation, const GraphLayout &layout, const QString &error,
                             bool timedOut, qint64 ms)
{
    Q_UNUSED(generation)
    m_layoutMs = ms;
    if (error.isEmpty()) {
        m_engine = layout.engine;
        m_banner->hide();
        return;
    }
    m_engine = QStringLiteral("grid");
    m_fallbackReason = error;
    m_banner->setText(
        timedOut ? tr("<b>The layout took too long</b> (%1). Showing a simple grouped layout "
                      "instead: filter the graph, or collapse namespaces, for a full layout.")
                       .arg(error.toHtmlEscaped())
                 : tr("<b>Graphviz could not lay out this graph</b> (%1). Showing a simple "
                      "grouped layout instead.")
                       .arg(error.toHtmlEscaped()));
    m_banner->show();
}

void GraphView::showScene(const Graph &shown, const GraphLayout &layout)
{
    QElapsedTimer timer;
    timer.start();
    GraphScene *old = m_scene;
    if (old)
        old->disconnect(this);
    m_scene = new GraphScene(shown, layout, shownDecorations(shown), this);
    m_canvas->setScene(m_scene);
    delete old;
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        QString id;
        const auto selected = m_scene->selectedItems();
        for (QGraphicsItem *item : selected)
            if (auto *node = dynamic_cast<GraphNodeItem *>(item))
                id = node->node().id;
        if (id == m_current)
            return;
        m_current = id;
        updateFocus();
        Q_EMIT currentNodeChanged(id);
    });
    m_sceneMs = timer.elapsed();
    m_stack->setCurrentWidget(m_canvas);
    m_canvas->fitAll();
    m_busy = false;
    const QString previous = m_current;
    m_current.clear();
    if (!previous.isEmpty())
        selectNode(previous);
    updateFocus();
    m_status->setText(tr("Nodes: %1 · edges: %2 · %3")
                          .arg(m_scene->nodeItems().size())
                          .arg(m_scene->edgeItems().size())
                          .arg(m_collapsed
                                   ? tr("namespaces collapsed: double-click one to expand")
                                   : tr("laid out by %1 in %2 ms").arg(m_engine).arg(m_layoutMs)));
    Q_EMIT layoutFinished();
}

bool GraphView::selectNode(const QString &id)
{
    if (!m_scene)
        return false;
    GraphNodeItem *item = m_scene->nodeItem(id);
    if (!item) {
        // A node inside a collapsed namespace: expand it, select once laid out.
        for (const GraphNode &n : m_graph.nodes)
            if (n.id == id && m_collapsed && !n.group.isEmpty() && !m_expanded.contains(n.group)) {
                m_expanded.insert(n.group);
                m_current = id;
                relayout();
                return true;
            }
        return false;
    }
    m_scene->clearSelection();
    item->setSelected(true);
    m_canvas->holdView(); // the node stays in view when the canvas is resized
    m_canvas->ensureVisible(item, 40, 40);
    return true;
}

void GraphView::clearSelection()
{
    if (m_scene)
        m_scene->clearSelection();
}

void GraphView::setFilterText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_filter = text;
    updateFocus();
}

bool GraphView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

void GraphView::updateFocus()
{
    if (!m_scene)
        return;
    const int matches = m_scene->applyFocus(m_current, m_filter);
    m_matches->setText(m_filter.trimmed().isEmpty() ? QString() : tr("%1 found").arg(matches));
}

void GraphView::expandGroup(const QString &groupId)
{
    if (!m_collapsed || m_expanded.contains(groupId))
        return;
    m_expanded.insert(groupId);
    relayout();
}

void GraphView::collapseAll()
{
    m_expanded.clear();
    m_expandAll = false;
    relayout();
}

bool GraphView::exportSvg(const QString &path, QString *error) const
{
    if (!m_scene) {
        if (error)
            *error = tr("there is no graph to export");
        return false;
    }
    const QRectF source = m_scene->sceneRect();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(m_graph.title);
    generator.setDescription(tr("Exported from Parapet"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("cannot write %1").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), Theme::current().colors().base);
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    if (QFileInfo(path).size() <= 0) {
        if (error)
            *error = tr("cannot write %1").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    return true;
}

bool GraphView::exportPng(const QString &path, QString *error) const
{
    if (!m_scene) {
        if (error)
            *error = tr("there is no graph to export");
        return false;
    }
    const QRectF source = m_scene->sceneRect();
    // Twice the on-screen size, but never an image beyond 8,000 pixels a side.
    const qreal scale = std::min(2.0, 8000.0 / std::max(source.width(), source.height()));
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Theme::current().colors().base);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        m_scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("cannot write %1").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    return true;
}

void GraphView::exportDialog()
{
    if (!m_scene)
        return;
    QString selectedFilter;
    const QString svg = tr("SVG image (*.svg)");
    const QString png = tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export graph"),
                                                m_graph.title.toLower().replace(u' ', u'-') +
                                                    QStringLiteral(".svg"),
                                                svg + QStringLiteral(";;") + png, &selectedFilter);
    if (path.isEmpty())
        return;
    const bool asPng = path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive) ||
                       (selectedFilter == png && !path.endsWith(QStringLiteral(".svg")));
    QString error;
    const bool ok = asPng ? exportPng(path, &error) : exportSvg(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export graph"),
                             tr("The graph could not be exported: %1.\nChoose another folder "
                                "or file name.")
                                 .arg(error));
}

} // namespace parapet::ui
