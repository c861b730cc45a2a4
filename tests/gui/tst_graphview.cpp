// GraphView and the Namespaces view on the demo cluster, with real Graphviz: counts against the
// engine's graph, selection into the inventory, search and neighbour dimming, export, the
// fallback when a layout times out, collapsed big graphs, the event loop during a layout, and
// Graphviz children stopped when their layout is cancelled or superseded.
#include "graph/graph.h"
#include "graphics/graphscene.h"
#include "graphics/graphview.h"
#include "loadrequest.h"
#include "views/namespacesview.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace parapet;
using namespace parapet::ui;

namespace {

// Groups of nodes in a chain with some cross edges: the shape of a big cluster.
Graph syntheticGraph(int groups, int perGroup)
{
    Graph g;
    g.title = QStringLiteral("synthetic");
    for (int gi = 0; gi < groups; ++gi) {
        const QString gid = QStringLiteral("ns/g%1").arg(gi);
        g.groups.push_back({gid, QStringLiteral("g%1").arg(gi)});
        for (int i = 0; i < perGroup; ++i) {
            GraphNode n;
            n.id = QStringLiteral("g%1/n%2").arg(gi).arg(i);
            n.label = QStringLiteral("workload-%1-%2").arg(gi).arg(i);
            n.kind = GraphNode::Kind::Workload;
            n.group = gid;
            n.detail = QStringLiteral("Deployment ×2");
            g.nodes.push_back(n);
            if (i > 0)
                g.edges.push_back({QStringLiteral("g%1/n%2").arg(gi).arg(i - 1),
                                   n.id,
                                   QStringLiteral("TCP 8080"),
                                   GraphEdge::Kind::Allowed,
                                   0,
                                   {}});
        }
        if (gi > 0)
            g.edges.push_back({QStringLiteral("g%1/n0").arg(gi - 1),
                               QStringLiteral("g%1/n0").arg(gi),
                               QStringLiteral("TCP 443"),
                               GraphEdge::Kind::Allowed,
                               0,
                               {}});
    }
    return g;
}

// One namespace of \a nodes workloads with \a edges pseudo-random edges inside it (a fixed
// sequence). layoutForCanvas() gives the edges inside namespaces to dot, which runs for minutes
// on 1,000 nodes and 2,000 such edges (measured: not done after 60 s).
Graph tangledNamespace(int nodes, int edges)
{
    Graph g;
    g.title = QStringLiteral("tangled");
    g.groups.push_back({QStringLiteral("ns/big"), QStringLiteral("big")});
    for (int i = 0; i < nodes; ++i) {
        GraphNode n;
        n.id = QStringLiteral("n%1").arg(i);
        n.label = QStringLiteral("workload-%1").arg(i);
        n.kind = GraphNode::Kind::Workload;
        n.group = QStringLiteral("ns/big");
        g.nodes.push_back(n);
    }
    quint32 state = 12345;
    const auto next = [&state, nodes] {
        state = state * 1103515245u + 12345u;
        return int((state >> 8) % quint32(nodes));
    };
    for (int i = 0; i < edges; ++i) {
        const int from = next();
        const int to = next();
        g.edges.push_back({QStringLiteral("n%1").arg(from),
                           QStringLiteral("n%1").arg(to),
                           QStringLiteral("TCP 8080"),
                           GraphEdge::Kind::Allowed,
                           0,
                           {}});
    }
    return g;
}

// Child processes of this test (the Graphviz runs: nothing else starts any), from /proc.
QStringList childProcesses()
{
    const QByteArray self = QByteArray::number(QCoreApplication::applicationPid());
    QStringList out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : entries) {
        if (pid.isEmpty() || !pid.at(0).isDigit())
            continue;
        QFile stat(QStringLiteral("/proc/") + pid + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": comm may hold spaces, so read after its ')'.
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 1 && fields.at(1) == self)
            out.append(pid + u' ' + QString::fromUtf8(line.left(close + 1)));
    }
    return out;
}

const LoadResult &demo()
{
    static const LoadResult result = runLoad(LoadRequest::demo());
    return result;
}

} // namespace

class TestGraphView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namespacesOnDemo();
    void namespaceBadges();
    void exportSvgAndPng();
    void timeoutFallsBackToGrid();
    void bigGraphOpensCollapsed();
    void newerGraphWins();
    void eventLoopKeepsRunningDuringLayout();
    void splinesToPaths();
    void cancelStopsGraphviz();
    void supersededLayoutStopsGraphviz();
    void initialFitFollowsTheCanvasSize();
};

void TestGraphView::namespacesOnDemo()
{
    NamespacesView view;
    view.resize(1200, 800);
    view.show();
    QSignalSpy settled(&view, &View::settled);
    view.setResult(demo());
    QVERIFY(!view.isSettled());
    QVERIFY(settled.wait(60000));
    QVERIFY(view.isSettled());

    const NamespacesView::Data expected = NamespacesView::build(demo().inventory);
    GraphView *gv = view.graphView();
    QCOMPARE(gv->engine(), QStringLiteral("dot"));
    QVERIFY(gv->fallbackReason().isEmpty());
    GraphScene *scene = gv->graphScene();
    QVERIFY(scene);
    QCOMPARE(qsizetype(scene->nodeItems().size()), qsizetype(expected.graph.nodes.size()));
    QCOMPARE(qsizetype(scene->edgeItems().size()), qsizetype(expected.graph.edges.size()));
    QCOMPARE(qsizetype(scene->groupItems().size()), qsizetype(expected.graph.groups.size()));
    QVERIFY(expected.graph.nodes.size() > 30);
    // Namespaces holding workloads, Services and policies.
    for (const char *id : {"w/shop/Deployment/cart", "svc/shop/cart", "np/shop/default-deny-all",
                           "w/legacy/Deployment/inventory-app"})
        QVERIFY2(scene->nodeItem(QLatin1StringView(id)), id);
    // Every node lies inside its namespace box.
    for (GraphNodeItem *n : scene->nodeItems()) {
        if (n->node().group.isEmpty())
            continue;
        const QRectF box = scene->groupItems().value(n->node().group)->boundingRect();
        QVERIFY2(box.contains(n->boundingRect().center()), qPrintable(n->node().id));
    }

    // Clicking a node selects its object for the details dock.
    QSignalSpy selection(&view, &View::selectionChanged);
    QVERIFY(gv->selectNode(QStringLiteral("w/shop/Deployment/cart")));
    QCOMPARE(selection.count(), 1);
    const KubeObject *cart = demo().inventory.find(u"Deployment", u"shop", u"cart");
    QVERIFY(cart);
    QCOMPARE(view.selection(), Selection::object(cart - demo().inventory.objects().data()));
    // Neighbours stay lit, the rest dims.
    QVERIFY(!scene->nodeItem(QStringLiteral("svc/shop/cart"))->isDimmed());
    QVERIFY(!scene->nodeItem(QStringLiteral("w/shop/Deployment/cart"))->isDimmed());
    QVERIFY(scene->nodeItem(QStringLiteral("w/legacy/Deployment/inventory-app"))->isDimmed());
    // And back through selectObject().
    const KubeObject *svc = demo().inventory.find(u"Service", u"shop", u"cart");
    QVERIFY(view.selectObject(svc - demo().inventory.objects().data()));
    QCOMPARE(gv->currentNode(), QStringLiteral("svc/shop/cart"));

    // Search highlights matches and dims the rest.
    gv->clearSelection();
    gv->setFilterText(QStringLiteral("redis"));
    int matched = 0;
    for (GraphNodeItem *n : scene->nodeItems()) {
        const bool match = n->node().label.contains(u"redis") || n->node().id.contains(u"redis") ||
                           n->node().detail.contains(u"redis");
        QCOMPARE(n->isMatched(), match);
        QCOMPARE(n->isDimmed(), !match);
        matched += match ? 1 : 0;
    }
    QVERIFY(matched >= 2);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("graphMatches"))
                ->text()
                .startsWith(QString::number(matched) + u' '));
    gv->setFilterText(QString());
    for (GraphNodeItem *n : scene->nodeItems())
        QVERIFY(!n->isDimmed());

    // Zoom and fit keep the scale within bounds.
    const qreal fitted = gv->canvas()->zoom();
    gv->canvas()->zoomBy(2.0);
    QVERIFY(qAbs(gv->canvas()->zoom() - fitted * 2.0) < 1e-6);
    // F fits the whole graph (the initial fit stops where labels would vanish).
    QTest::keyClick(gv->canvas(), Qt::Key_F);
    QVERIFY(gv->canvas()->zoom() <= fitted + 1e-6);
    const QRectF visible = gv->canvas()
                               ->mapToScene(gv->canvas()->viewport()->rect())
                               .boundingRect()
                               .adjusted(-2, -2, 2, 2);
    const QRectF whole = scene->sceneRect();
    const QRectF shown = visible.intersected(whole);
    QVERIFY2(shown.width() * shown.height() > 0.9 * whole.width() * whole.height(),
             qPrintable(QStringLiteral("%1x%2 of %3x%4")
                            .arg(shown.width())
                            .arg(shown.height())
                            .arg(whole.width())
                            .arg(whole.height())));
}

void TestGraphView::namespaceBadges()
{
    const NamespacesView::Data d = NamespacesView::build(demo().inventory);
    auto texts = [&](const char *ns) {
        QStringList out;
        for (const auto &b : d.badges.value(QStringLiteral("ns/") + QLatin1StringView(ns)))
            out.append(b.text);
        return out;
    };
    // shop has default-deny-all for both directions; legacy has no policy at all.
    QCOMPARE(texts("shop"), QStringList({QStringLiteral("Ingress: default-deny"),
                                         QStringLiteral("Egress: default-deny")}));
    QCOMPARE(texts("legacy"),
             QStringList({QStringLiteral("Ingress: open"), QStringLiteral("Egress: open")}));
}

void TestGraphView::exportSvgAndPng()
{
    GraphView view;
    view.resize(800, 600);
    view.show();
    QString error;
    QTemporaryDir dir;
    QVERIFY(!view.exportSvg(dir.filePath(QStringLiteral("none.svg")), &error));
    QVERIFY(!error.isEmpty());
    QSignalSpy done(&view, &GraphView::layoutFinished);
    view.setGraph(syntheticGraph(3, 5));
    QVERIFY(done.wait(30000));
    const QString svg = dir.filePath(QStringLiteral("g.svg"));
    const QString png = dir.filePath(QStringLiteral("g.png"));
    QVERIFY2(view.exportSvg(svg, &error), qPrintable(error));
    QVERIFY2(view.exportPng(png, &error), qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QVERIFY(renderer.viewBoxF().width() > 100);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200 && image.height() > 100);
    // Not a blank picture: node borders and text differ from the background.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 10);
    QVERIFY(!view.exportPng(QStringLiteral("/nonexistent-dir/x.png"), &error));
    QVERIFY(error.contains(u"/nonexistent-dir/x.png"));
}

void TestGraphView::timeoutFallsBackToGrid()
{
    GraphView view;
    view.resize(800, 600);
    view.show();
    view.setLayoutTimeout(1); // Graphviz cannot lay out 500 nodes in a millisecond
    QSignalSpy done(&view, &GraphView::layoutFinished);
    const Graph g = syntheticGraph(10, 50);
    view.setGraph(g);
    QVERIFY(view.isBusy());
    QVERIFY(done.wait(30000));
    QCOMPARE(view.engine(), QStringLiteral("grid"));
    QVERIFY2(view.fallbackReason().contains(u"did not finish"), qPrintable(view.fallbackReason()));
    auto *banner = view.findChild<QLabel *>(QStringLiteral("graphBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"simple grouped layout"));
    QCOMPARE(qsizetype(view.graphScene()->nodeItems().size()), qsizetype(g.nodes.size()));
    QCOMPARE(qsizetype(view.graphScene()->edgeItems().size()), qsizetype(g.edges.size()));
    // The fallback keeps namespaces apart: no two group boxes overlap.
    const auto groups = view.graphScene()->groupItems().values();
    for (int i = 0; i < groups.size(); ++i)
        for (int j = i + 1; j < groups.size(); ++j)
            QVERIFY(!groups[i]
                         ->boundingRect()
                         .adjusted(0, 0, -130, 0)
                         .intersects(groups[j]->boundingRect().adjusted(0, 0, -130, 0)));
}

void TestGraphView::bigGraphOpensCollapsed()
{
    GraphView view;
    view.resize(800, 600);
    view.show();
    QSignalSpy done(&view, &GraphView::layoutFinished);
    const Graph g = syntheticGraph(40, 50); // 2,000 nodes
    view.setGraph(g);
    QVERIFY(done.wait(60000));
    QVERIFY(view.isCollapsed());
    GraphScene *scene = view.graphScene();
    QCOMPARE(scene->nodeItems().size(), 40);
    GraphNodeItem *g3 = scene->nodeItem(QStringLiteral("collapsed/ns/g3"));
    QVERIFY(g3);
    QCOMPARE(g3->node().count, 50);
    QVERIFY(g3->isCollapsedGroup());
    // Edges between collapsed namespaces survive as one edge each.
    QCOMPARE(qsizetype(scene->edgeItems().size()), qsizetype(39));
    // Double-click (here: expandGroup) opens one namespace.
    view.expandGroup(QStringLiteral("ns/g3"));
    QVERIFY(done.wait(60000));
    QCOMPARE(view.graphScene()->nodeItems().size(), 39 + 50);
    QVERIFY(view.graphScene()->nodeItem(QStringLiteral("g3/n7")));
    // Selecting a node inside a collapsed namespace expands that namespace too.
    QVERIFY(view.selectNode(QStringLiteral("g5/n1")));
    QVERIFY(done.wait(60000));
    QCOMPARE(view.currentNode(), QStringLiteral("g5/n1"));
    QCOMPARE(view.graphScene()->nodeItems().size(), 38 + 100);
}

void TestGraphView::newerGraphWins()
{
    GraphView view;
    view.show();
    QSignalSpy done(&view, &GraphView::layoutFinished);
    view.setCollapseThreshold(100000);
    view.setGraph(syntheticGraph(20, 30)); // slower
    view.setGraph(syntheticGraph(2, 3));   // asked for later
    QVERIFY(done.wait(60000));
    QCOMPARE(view.graphScene()->nodeItems().size(), 6);
    // The older layout's result, when it comes, is dropped.
    QTest::qWait(1500);
    QCOMPARE(done.count(), 1);
    QCOMPARE(view.graphScene()->nodeItems().size(), 6);
}

void TestGraphView::eventLoopKeepsRunningDuringLayout()
{
    GraphView view;
    view.resize(1000, 700);
    view.show();
    view.setCollapseThreshold(100000); // lay out all 2,000 nodes
    QSignalSpy done(&view, &GraphView::layoutFinished);
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 maxGap = 0;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        maxGap = std::max(maxGap, now - last);
        last = now;
        ++ticks;
    });
    const Graph g = syntheticGraph(40, 50);
    clock.start();
    timer.start();
    view.setGraph(g);
    QVERIFY(done.wait(120000));
    timer.stop();
    const qint64 total = clock.elapsed();
    qInfo("2,000 nodes: layout %lld ms (%s), scene %lld ms; %d timer ticks in %lld ms, max gap "
          "%lld ms",
          view.lastLayoutMs(), qPrintable(view.engine()), view.lastSceneMs(), ticks, total, maxGap);
    QCOMPARE(qsizetype(view.graphScene()->nodeItems().size()), qsizetype(2000));
    // The GUI thread only builds the scene; the layout itself never blocks it.
    QVERIFY2(maxGap < view.lastSceneMs() + 250, qPrintable(QString::number(maxGap)));
    QVERIFY(ticks > total / 40);
}

void TestGraphView::splinesToPaths()
{
    // One Graphviz spline (start + 3 points per cubic segment) becomes a path ending at the
    // arrowhead's base; straight edges of the fallback are clipped to both boxes.
    GraphEdge e{QStringLiteral("a"),
                QStringLiteral("b"),
                QStringLiteral("TCP 80"),
                GraphEdge::Kind::Allowed,
                0,
                {}};
    GraphEdgeItem curved(e, {{0, 0}, {10, 0}, {20, 0}, {30, 0}}, {15, -5}, {}, {});
    QCOMPARE(curved.path().elementCount(), 5);               // moveTo, cubicTo (3 elements), lineTo
    QVERIFY(curved.boundingRect().contains(QPointF(36, 0))); // the tip one arrow beyond
    GraphEdgeItem straight(e, {}, {}, QRectF(0, 0, 20, 20), QRectF(100, 0, 20, 20));
    QCOMPARE(straight.path().elementAt(0).x, 20.0);
    QVERIFY(straight.path().currentPosition().x() < 100.0);
}

void TestGraphView::cancelStopsGraphviz()
{
    QVERIFY(childProcesses().isEmpty());
    const Graph g = tangledNamespace(1000, 2000);
    // Already cancelled: Graphviz is not even started.
    std::atomic_bool cancel{true};
    auto early = layoutGraph(g, QStringLiteral("dot"), 300000, &cancel);
    QVERIFY(!early);
    QVERIFY2(early.error().message.contains(u"cancelled"), qPrintable(early.error().message));
    QVERIFY(childProcesses().isEmpty());

    // Cancelled while dot runs: the child is killed and the call returns, long before the
    // 300 s timeout (the bound below is generous for a loaded machine; it takes ~50 ms).
    cancel = false;
    QFuture<Result<GraphLayout>> future = QtConcurrent::run(
        [&g, &cancel] { return layoutGraph(g, QStringLiteral("dot"), 300000, &cancel); });
    QTRY_VERIFY_WITH_TIMEOUT(!childProcesses().isEmpty(), 20000);
    QVERIFY(!future.isFinished());
    QElapsedTimer clock;
    clock.start();
    cancel = true;
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
    qInfo("layout returned %lld ms after the cancel", clock.elapsed());
    const Result<GraphLayout> result = future.result();
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Limit);
    QVERIFY2(result.error().message.contains(u"cancelled"), qPrintable(result.error().message));
    QVERIFY2(childProcesses().isEmpty(), qPrintable(childProcesses().join(u", ")));
}

void TestGraphView::supersededLayoutStopsGraphviz()
{
    QVERIFY(childProcesses().isEmpty());
    const Graph slow = tangledNamespace(1000, 2000);
    {
        GraphView view;
        view.resize(800, 600);
        view.show();
        view.setLayoutTimeout(300000);
        view.setCollapseThreshold(1 << 30); // lay the namespace out, not one folded node
        QSignalSpy done(&view, &GraphView::layoutFinished);
        view.setGraph(slow);
        QTRY_VERIFY_WITH_TIMEOUT(!childProcesses().isEmpty(), 20000);
        // A newer graph: its layout is shown, the older dot is killed, not left to time out.
        QElapsedTimer clock;
        clock.start();
        view.setGraph(syntheticGraph(2, 3));
        QVERIFY(done.wait(30000));
        QCOMPARE(view.graphScene()->nodeItems().size(), 6);
        QTRY_VERIFY_WITH_TIMEOUT(childProcesses().isEmpty(), 15000);
        QVERIFY(QThreadPool::globalInstance()->waitForDone(15000));
        qInfo("superseded layout stopped %lld ms after the newer graph", clock.elapsed());

        // The view goes away while dot runs: the child goes too.
        view.setGraph(slow);
        QTRY_VERIFY_WITH_TIMEOUT(!childProcesses().isEmpty(), 20000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(childProcesses().isEmpty(), 15000);
    QVERIFY(QThreadPool::globalInstance()->waitForDone(15000));
}

void TestGraphView::initialFitFollowsTheCanvasSize()
{
    // The scene often arrives before the canvas has its final size (screenshots, a view shown
    // later): the fit is made again at the real size, until the user zooms.
    GraphView view;
    view.resize(160, 120);
    view.show();
    QSignalSpy done(&view, &GraphView::layoutFinished);
    view.setGraph(syntheticGraph(3, 4));
    QVERIFY(done.wait(30000));
    GraphCanvas *canvas = view.canvas();
    QVERIFY(canvas->followsSize());
    const qreal smallZoom = canvas->zoom();
    view.resize(1000, 800);
    QTRY_VERIFY(canvas->viewport()->width() > 900);
    const QRectF r = view.graphScene()->sceneRect();
    const QSize vp = canvas->viewport()->size();
    const qreal fit = std::min({1.6, vp.width() / r.width(), vp.height() / r.height()});
    QVERIFY2(qAbs(canvas->zoom() - fit) < 0.05 * fit,
             qPrintable(QStringLiteral("zoom %1, fit %2").arg(canvas->zoom()).arg(fit)));
    QVERIFY(canvas->zoom() > smallZoom);
    const QPoint centre = canvas->mapFromScene(r.center());
    QVERIFY(qAbs(centre.x() - vp.width() / 2) < 8 && qAbs(centre.y() - vp.height() / 2) < 8);
    // A zoom by the user stays when the canvas is resized.
    canvas->zoomBy(1.25);
    QVERIFY(!canvas->followsSize());
    const qreal zoomed = canvas->zoom();
    view.resize(1300, 950);
    QTRY_VERIFY(canvas->viewport()->width() > 1200);
    QCOMPARE(canvas->zoom(), zoomed);
}

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
