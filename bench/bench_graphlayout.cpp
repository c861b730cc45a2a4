// Graph layout and scene benchmark: a synthetic graph of 2,000 workload nodes in 40 namespaces
// (50 each, chained, with port labels), laid out with Graphviz as the canvas does it, then the
// QGraphicsScene built from the positions; the collapsed form (namespaces as nodes) that the
// canvas opens big graphs with; the local grid fallback; and how the GUI event loop keeps
// ticking (10 ms timer, largest gap) while GraphView lays the graph out on its worker thread.
// With --cluster, the same for the Namespaces view of the 10,000-pod synthetic cluster
// (bench/clustergen.h). Not a test: it prints numbers. Runs offscreen.
//   bench_graphlayout [--timeout SECONDS] [--cluster]

#include "clustergen.h"
#include "graph/graph.h"
#include "graphics/graphscene.h"
#include "graphics/graphview.h"
#include "sources/manifestloader.h"
#include "views/namespacesview.h"

#include <algorithm>
#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTimer>

using namespace parapet;
using namespace parapet::ui;

namespace {

Graph syntheticGraph(int groups, int perGroup)
{
    Graph g;
    g.title = QStringLiteral("synthetic");
    for (int gi = 0; gi < groups; ++gi) {
        const QString gid = QStringLiteral("ns/g%1").arg(gi);
        g.groups.push_back({gid, QStringLiteral("team-%1").arg(gi)});
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

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Layout (as GraphView asks for it) and scene build of one graph.
void measure(const char *name, const Graph &g, int timeoutMs, bool canvas = true)
{
    QElapsedTimer t;
    t.start();
    auto layout = canvas ? layoutForCanvas(withIconRoom(g), timeoutMs)
                         : layoutGraph(withIconRoom(g), {}, timeoutMs);
    const double layoutMs = ms(t);
    const QString engine = layout ? layout->engine : chooseLayoutEngine(g);
    GraphLayout used;
    if (layout) {
        used = repackGroups(g, *layout, 1.6);
        std::printf("%-34s %5zu nodes %5zu edges  layout %-5s %9.0f ms", name, g.nodes.size(),
                    g.edges.size(), qPrintable(engine), layoutMs);
    } else {
        std::printf("%-34s %5zu nodes %5zu edges  layout %-5s FAILED after %.0f ms (%s); grid",
                    name, g.nodes.size(), g.edges.size(), qPrintable(engine), layoutMs,
                    qPrintable(layout.error().message));
        t.restart();
        used = gridLayout(g);
        std::printf(" %.1f ms", ms(t));
    }
    t.restart();
    GraphScene scene(g, used, {});
    const double sceneMs = ms(t);
    // One full paint at a zoom that fits 1600×1000 pixels (labels hidden below 45 %).
    const QRectF r = scene.sceneRect();
    const qreal scale = std::min(1600.0 / r.width(), 1000.0 / r.height());
    QImage image((r.size() * scale).toSize().expandedTo(QSize(1, 1)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    t.restart();
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        scene.render(&p, QRectF(QPointF(0, 0), image.size()), r);
    }
    std::printf("  scene %7.1f ms  paint %7.1f ms\n", sceneMs, ms(t));
    std::fflush(stdout);
}

void eventLoopDuringLayout(const Graph &g, int timeoutMs)
{
    GraphView view;
    view.resize(1200, 800);
    view.setLayoutTimeout(timeoutMs);
    view.setCollapseThreshold(1 << 30);
    view.show();
    QSignalSpy done(&view, &GraphView::layoutFinished);
    QElapsedTimer clock;
    qint64 last = 0, maxGap = 0;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        maxGap = std::max(maxGap, now - last);
        last = now;
        ++ticks;
    });
    clock.start();
    timer.start();
    view.setGraph(g);
    done.wait(timeoutMs + 30000);
    timer.stop();
    std::printf("event loop during GraphView layout of %zu nodes: %d ticks of 10 ms in %lld ms, "
                "max gap %lld ms (layout %lld ms by %s%s, scene %lld ms on the GUI thread)\n",
                g.nodes.size(), ticks, clock.elapsed(), maxGap, view.lastLayoutMs(),
                qPrintable(view.engine()),
                view.fallbackReason().isEmpty() ? "" : ", after a timeout", view.lastSceneMs());
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int timeoutMs = 20000;
    bool cluster = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--timeout" && i + 1 < args.size())
            timeoutMs = args[++i].toInt() * 1000;
        else if (args[i] == u"--cluster")
            cluster = true;
    }
    const Graph big = syntheticGraph(40, 50);
    measure("demo-sized (6 ns x 10)", syntheticGraph(6, 10), timeoutMs);
    measure("2,000 nodes, Graphviz's own choice", big, timeoutMs, false);
    measure("2,000 nodes, 40 namespaces", big, timeoutMs);
    measure("2,000 nodes collapsed (40)", collapseGroups(big, {}), timeoutMs);
    QSet<QString> one{QStringLiteral("ns/g7")};
    measure("2,000 nodes, one namespace open", collapseGroups(big, one), timeoutMs);
    eventLoopDuringLayout(big, timeoutMs);

    if (cluster) {
        QElapsedTimer t;
        t.start();
        int objects = 0;
        const QByteArray yaml = bench::generateClusterYaml({}, &objects);
        ManifestLoader loader;
        loader.addData(QStringLiteral("cluster.yaml"), yaml);
        const Inventory inventory = loader.load(SourceInfo{});
        std::printf("10,000-pod cluster: %d objects loaded in %.0f ms\n", objects, ms(t));
        t.restart();
        const NamespacesView::Data d = NamespacesView::build(inventory);
        std::printf("Namespaces graph: %zu nodes, %zu edges, %zu namespaces, built in %.0f ms\n",
                    d.graph.nodes.size(), d.graph.edges.size(), d.graph.groups.size(), ms(t));
        measure("10k-pod namespaces, collapsed", collapseGroups(d.graph, {}), timeoutMs);
        measure("10k-pod namespaces, all expanded", d.graph, timeoutMs);
    }
    return 0;
}
