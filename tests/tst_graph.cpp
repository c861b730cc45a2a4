#include "graph/graph.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace parapet;

class TestGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dotIsDeterministicAndEscaped();
    void jsonShape();
    void layoutWithDot();
    void engineBySize();
    void layoutTimeoutStopsTheChild();
};

namespace {

Graph smallGraph()
{
    Graph g;
    g.title = QStringLiteral("test");
    g.groups.push_back({QStringLiteral("ns/shop"), QStringLiteral("shop")});
    g.nodes.push_back({QStringLiteral("w/shop/cart"), QStringLiteral("cart \"v2\""),
                       GraphNode::Kind::Workload, QStringLiteral("ns/shop"), QStringLiteral("2 replicas"),
                       2, false, {}});
    g.nodes.push_back({QStringLiteral("w/shop/redis"), QStringLiteral("redis"), GraphNode::Kind::Workload,
                       QStringLiteral("ns/shop"), {}, 1, false, {}});
    g.nodes.push_back({QStringLiteral("ext/internet"), QStringLiteral("0.0.0.0/0"),
                       GraphNode::Kind::External, {}, {}, 0, true, {}});
    g.edges.push_back({QStringLiteral("w/shop/cart"), QStringLiteral("w/shop/redis"),
                       QStringLiteral("6379/TCP"), GraphEdge::Kind::Allowed, 0, {}});
    g.edges.push_back({QStringLiteral("ext/internet"), QStringLiteral("w/shop/cart"), {},
                       GraphEdge::Kind::Escalation, 1, {}});
    return g;
}

bool haveGraphviz()
{
    return !QStandardPaths::findExecutable(QStringLiteral("dot")).isEmpty();
}

} // namespace

void TestGraph::dotIsDeterministicAndEscaped()
{
    const QByteArray a = toDot(smallGraph());
    QCOMPARE(a, toDot(smallGraph()));
    QVERIFY(a.contains("subgraph \"cluster_ns/shop\""));
    QVERIFY(a.contains("label=\"cart \\\"v2\\\"\\n2 replicas\""));
    QVERIFY(a.contains("\"w/shop/cart\" -> \"w/shop/redis\" [style=solid, label=\"6379/TCP\"]"));
    QVERIFY(a.contains("label=\"1\"")); // escalation step number
    // The external node is outside every cluster box.
    const qsizetype clusterEnd = a.indexOf("  }\n");
    QVERIFY(a.indexOf("\"ext/internet\" [") > clusterEnd);
}

void TestGraph::jsonShape()
{
    const QJsonObject j = toJson(smallGraph());
    QCOMPARE(j[QStringLiteral("nodes")].toArray().size(), 3);
    const QJsonObject n = j[QStringLiteral("nodes")].toArray().at(0).toObject();
    QCOMPARE(n[QStringLiteral("kind")].toString(), QStringLiteral("workload"));
    QCOMPARE(n[QStringLiteral("group")].toString(), QStringLiteral("ns/shop"));
    const QJsonObject e = j[QStringLiteral("edges")].toArray().at(1).toObject();
    QCOMPARE(e[QStringLiteral("kind")].toString(), QStringLiteral("escalation"));
    QCOMPARE(e[QStringLiteral("step")].toInt(), 1);
}

void TestGraph::layoutWithDot()
{
    if (!haveGraphviz())
        QSKIP("Graphviz is not installed (apt-get install graphviz)");
    const auto layout = layoutGraph(smallGraph(), QStringLiteral("dot"));
    QVERIFY2(layout.ok(), layout.ok() ? "" : qPrintable(layout.error().message));
    QCOMPARE(layout->nodes.size(), 3);
    QVERIFY(layout->groups.contains(QStringLiteral("ns/shop")));
    const QRectF box = layout->groups.value(QStringLiteral("ns/shop"));
    // Both workloads lie inside their namespace box, the external node outside it.
    QVERIFY(box.contains(layout->nodes.value(QStringLiteral("w/shop/cart"))));
    QVERIFY(box.contains(layout->nodes.value(QStringLiteral("w/shop/redis"))));
    QVERIFY(!box.intersects(layout->nodes.value(QStringLiteral("ext/internet"))));
    QCOMPARE(layout->edges.size(), std::size_t(2));
    QVERIFY(layout->edges[0].points.size() >= 4);
    QVERIFY(layout->size.width() > 0 && layout->size.height() > 0);

    const auto svg = runGraphviz(smallGraph(), QStringLiteral("svg"));
    QVERIFY(svg.ok());
    QVERIFY(svg->contains("<svg"));
    QVERIFY(svg->contains("6379/TCP"));
}

void TestGraph::engineBySize()
{
    Graph big;
    for (int i = 0; i < 2000; ++i)
        big.nodes.push_back({QString::number(i), QString::number(i), GraphNode::Kind::Pod, {}, {}, 0, false, {}});
    QCOMPARE(chooseLayoutEngine(big), QStringLiteral("sfdp"));
    QCOMPARE(chooseLayoutEngine(smallGraph()), QStringLiteral("dot"));
}

void TestGraph::layoutTimeoutStopsTheChild()
{
    if (!haveGraphviz())
        QSKIP("Graphviz is not installed (apt-get install graphviz)");
    // dot on 2,000 clustered nodes runs for minutes; a 300 ms budget must stop it cleanly.
    Graph g;
    for (int c = 0; c < 100; ++c)
        g.groups.push_back({QString::number(c), QString::number(c)});
    for (int i = 0; i < 2000; ++i)
        g.nodes.push_back({QString::number(i), QString::number(i), GraphNode::Kind::Pod,
                           QString::number(i % 100), {}, 0, false, {}});
    for (int i = 0; i < 4000; ++i)
        g.edges.push_back({QString::number(i % 2000), QString::number((i * 7919) % 2000), {},
                           GraphEdge::Kind::Allowed, 0, {}});
    const auto r = layoutGraph(g, QStringLiteral("dot"), 300);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("did not finish")), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestGraph)
#include "tst_graph.moc"
