#include "graph.h"

#include <algorithm>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

namespace parapet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parapet::Graph", text);
}

QByteArray quoted(const QString &s)
{
    QByteArray out = "\"";
    for (const QChar c : s) {
        if (c == u'"' || c == u'\\')
            out += '\\';
        if (c == u'\n') {
            out += "\\n";
            continue;
        }
        out += QString(c).toUtf8();
    }
    out += '"';
    return out;
}

// Shapes by kind, as UI.md describes them, in Graphviz terms.
QByteArray nodeStyle(const GraphNode &n)
{
    switch (n.kind) {
    case GraphNode::Kind::Namespace: return "shape=box, style=\"rounded,bold\"";
    case GraphNode::Kind::Workload: return "shape=box, style=\"rounded\"";
    case GraphNode::Kind::Pod: return "shape=box, style=\"rounded,dashed\"";
    case GraphNode::Kind::Service: return "shape=component";
    case GraphNode::Kind::External: return "shape=egg, style=\"dashed\"";
    case GraphNode::Kind::User: return "shape=circle";
    case GraphNode::Kind::Group: return "shape=doublecircle";
    case GraphNode::Kind::ServiceAccount: return "shape=circle, style=\"bold\"";
    case GraphNode::Kind::Role: return "shape=hexagon";
    case GraphNode::Kind::ClusterRole: return "shape=hexagon, penwidth=2.5";
    case GraphNode::Kind::Binding: return "shape=box, style=\"rounded,filled\", fillcolor=\"#eef1f5\", height=0.25";
    case GraphNode::Kind::Permission: return "shape=note";
    case GraphNode::Kind::Other: break;
    }
    return "shape=box";
}

QByteArray edgeStyle(const GraphEdge &e)
{
    switch (e.kind) {
    case GraphEdge::Kind::Allowed: return "style=solid";
    case GraphEdge::Kind::Grant: return "style=solid, color=\"#5b6470\"";
    case GraphEdge::Kind::Risky: return "style=bold, penwidth=3, color=\"#b3261e\"";
    case GraphEdge::Kind::Escalation: return "style=dashed, penwidth=2, color=\"#b3261e\", arrowhead=normal";
    case GraphEdge::Kind::Membership: return "style=dotted, arrowhead=none";
    }
    return {};
}

QJsonObject attributesJson(const QHash<QString, QString> &attributes)
{
    QJsonObject o;
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it)
        o[it.key()] = it.value();
    return o;
}

QString findGraphvizTool(const QString &engine)
{
    return QStandardPaths::findExecutable(engine);
}

// "x,y" in points with Graphviz's origin bottom-left → top-left.
QPointF point(const QString &text, double height)
{
    const auto parts = QStringView(text).split(u',');
    if (parts.size() < 2)
        return {};
    return {parts[0].toDouble(), height - parts[1].toDouble()};
}

} // namespace

const GraphNode *Graph::node(const QString &id) const
{
    for (const GraphNode &n : nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

QString graphNodeKindName(GraphNode::Kind kind)
{
    switch (kind) {
    case GraphNode::Kind::Namespace: return QStringLiteral("namespace");
    case GraphNode::Kind::Workload: return QStringLiteral("workload");
    case GraphNode::Kind::Pod: return QStringLiteral("pod");
    case GraphNode::Kind::Service: return QStringLiteral("service");
    case GraphNode::Kind::External: return QStringLiteral("external");
    case GraphNode::Kind::User: return QStringLiteral("user");
    case GraphNode::Kind::Group: return QStringLiteral("group");
    case GraphNode::Kind::ServiceAccount: return QStringLiteral("serviceaccount");
    case GraphNode::Kind::Role: return QStringLiteral("role");
    case GraphNode::Kind::ClusterRole: return QStringLiteral("clusterrole");
    case GraphNode::Kind::Binding: return QStringLiteral("binding");
    case GraphNode::Kind::Permission: return QStringLiteral("permission");
    case GraphNode::Kind::Other: break;
    }
    return QStringLiteral("other");
}

QString graphEdgeKindName(GraphEdge::Kind kind)
{
    switch (kind) {
    case GraphEdge::Kind::Allowed: return QStringLiteral("allowed");
    case GraphEdge::Kind::Grant: return QStringLiteral("grant");
    case GraphEdge::Kind::Risky: return QStringLiteral("risky");
    case GraphEdge::Kind::Escalation: return QStringLiteral("escalation");
    case GraphEdge::Kind::Membership: return QStringLiteral("membership");
    }
    return {};
}

QByteArray toDot(const Graph &graph)
{
    QByteArray out = "digraph " + quoted(graph.title.isEmpty() ? QStringLiteral("parapet") : graph.title) + " {\n";
    out += "  graph [fontname=\"DejaVu Sans\", fontsize=10, rankdir=LR, compound=true, "
           "nodesep=0.3, ranksep=0.6, outputorder=edgesfirst];\n"
           "  node [fontname=\"DejaVu Sans\", fontsize=9, margin=\"0.08,0.04\"];\n"
           "  edge [fontname=\"DejaVu Sans\", fontsize=8, arrowsize=0.6];\n";
    auto writeNode = [&](const GraphNode &n, const char *indent) {
        QString label = n.label;
        if (!n.detail.isEmpty())
            label += u'\n' + n.detail;
        out += indent + quoted(n.id) + " [label=" + quoted(label) + ", " + nodeStyle(n);
        if (n.risky)
            out += ", color=\"#b3261e\", penwidth=2";
        out += "];\n";
    };
    for (const GraphGroup &g : graph.groups) {
        // Graphviz makes a box of a subgraph only when its name starts with "cluster".
        out += "  subgraph " + quoted(QStringLiteral("cluster_") + g.id) + " {\n    label="
            + quoted(g.label) + "; style=\"rounded\"; color=\"#8a94a6\";\n";
        for (const GraphNode &n : graph.nodes)
            if (n.group == g.id)
                writeNode(n, "    ");
        out += "  }\n";
    }
    for (const GraphNode &n : graph.nodes) {
        const bool grouped = std::any_of(graph.groups.begin(), graph.groups.end(),
                                         [&](const GraphGroup &g) { return g.id == n.group; });
        if (!grouped)
            writeNode(n, "  ");
    }
    for (const GraphEdge &e : graph.edges) {
        QString label = e.label;
        if (e.step > 0)
            label = QString::number(e.step) + (label.isEmpty() ? QString() : QStringLiteral(". ") + label);
        out += "  " + quoted(e.from) + " -> " + quoted(e.to) + " [" + edgeStyle(e);
        if (!label.isEmpty())
            out += ", label=" + quoted(label);
        out += "];\n";
    }
    out += "}\n";
    return out;
}

QJsonObject toJson(const Graph &graph)
{
    QJsonArray groups;
    for (const GraphGroup &g : graph.groups)
        groups.append(QJsonObject{{QStringLiteral("id"), g.id}, {QStringLiteral("label"), g.label}});
    QJsonArray nodes;
    for (const GraphNode &n : graph.nodes) {
        QJsonObject o{{QStringLiteral("id"), n.id},
                      {QStringLiteral("label"), n.label},
                      {QStringLiteral("kind"), graphNodeKindName(n.kind)},
                      {QStringLiteral("group"), n.group},
                      {QStringLiteral("detail"), n.detail},
                      {QStringLiteral("count"), n.count},
                      {QStringLiteral("risky"), n.risky}};
        if (!n.attributes.isEmpty())
            o[QStringLiteral("attributes")] = attributesJson(n.attributes);
        nodes.append(o);
    }
    QJsonArray edges;
    for (const GraphEdge &e : graph.edges) {
        QJsonObject o{{QStringLiteral("from"), e.from},
                      {QStringLiteral("to"), e.to},
                      {QStringLiteral("label"), e.label},
                      {QStringLiteral("kind"), graphEdgeKindName(e.kind)},
                      {QStringLiteral("step"), e.step}};
        if (!e.attributes.isEmpty())
            o[QStringLiteral("attributes")] = attributesJson(e.attributes);
        edges.append(o);
    }
    return QJsonObject{{QStringLiteral("title"), graph.title},
                       {QStringLiteral("groups"), groups},
                       {QStringLiteral("nodes"), nodes},
                       {QStringLiteral("edges"), edges}};
}

QString chooseLayoutEngine(const Graph &graph)
{
    // dot up to 600 nodes + edges, sfdp above. dot's rank assignment and crossing minimisation
    // grow steeply with size (Graphviz 2.43, labelled edges): 300 nodes with 300 random edges
    // take 0.07 s, 1,000 nodes with 2,000 random edges did not finish in 60 s, and 2,000 nodes
    // in 100 clusters with 2,000 random edges fail in 0.8 s ("trouble in init_rank", exit 1).
    // sfdp lays that last graph out in 1.0 s (straight edges; see useSplines()).
    const std::size_t size = graph.nodes.size() + graph.edges.size();
    return size <= 600 ? QStringLiteral("dot") : QStringLiteral("sfdp");
}

bool useSplines(const Graph &graph, const QString &engine)
{
    // sfdp's spline router (-Gsplines=true) grows about as edges × nodes^1.5 and dwarfs the
    // layout itself (Graphviz 2.43, labelled edges, overlap=prism): 100 nodes × 100 edges
    // 1.5 s (0.07 s without splines), 200 × 199 7.5 s, 300 × 299 26 s, 500 × 499 over 120 s
    // (1.8 s without). Every graph chooseLayoutEngine() gives to sfdp has over 600 nodes + edges,
    // so the 20 s timeout used to hit all but the sparsest ones. Up to 10,000 (nodes × edges)
    // routing stays under about 1.5 s; above, edges are straight.
    if (engine == u"dot")
        return false;
    return qint64(graph.nodes.size()) * qint64(graph.edges.size()) <= 10000;
}

Result<QByteArray> runGraphviz(const Graph &graph, const QString &format, QString engine,
                               int timeoutMs, const std::atomic_bool *cancel)
{
    if (engine.isEmpty())
        engine = chooseLayoutEngine(graph);
    const QString program = findGraphvizTool(engine);
    if (program.isEmpty())
        return Error{Error::Code::NotFound,
                     tr("Graphviz's \"%1\" was not found on PATH (install the graphviz package)")
                         .arg(engine),
                     {}};
    if (cancel && cancel->load())
        return Error{Error::Code::Limit, tr("the %1 layout was cancelled").arg(engine), {}};
    QProcess p;
    QStringList args{QStringLiteral("-T") + format};
    if (engine != u"dot")
        args << QStringLiteral("-Goverlap=prism");
    if (useSplines(graph, engine))
        args << QStringLiteral("-Gsplines=true");
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return Error{Error::Code::Io, tr("cannot start %1: %2").arg(engine, p.errorString()), {}};
    p.write(toDot(graph));
    p.closeWriteChannel();
    // Short waits (QProcess writes the input and reads the output meanwhile), so that a cancel
    // kills the child promptly instead of leaving it to run until the timeout.
    QElapsedTimer clock;
    clock.start();
    bool cancelled = false;
    bool timedOut = false;
    while (!p.waitForFinished(50)) {
        if (p.state() == QProcess::NotRunning)
            break;
        if (cancel && cancel->load()) {
            cancelled = true;
            break;
        }
        if (timeoutMs >= 0 && clock.elapsed() >= timeoutMs) {
            timedOut = true;
            break;
        }
    }
    if (cancelled || timedOut) {
        p.kill();
        p.waitForFinished(2000);
        if (cancelled)
            return Error{Error::Code::Limit, tr("the %1 layout was cancelled").arg(engine), {}};
        return Error{Error::Code::Limit,
                     tr("the %1 layout did not finish within %2 s and was stopped")
                         .arg(engine)
                         .arg(timeoutMs / 1000),
                     {}};
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error{Error::Code::Io,
                     tr("%1 failed: %2").arg(engine, QString::fromUtf8(p.readAllStandardError()).trimmed()),
                     {}};
    return p.readAllStandardOutput();
}

Result<GraphLayout> layoutGraph(const Graph &graph, QString engine, int timeoutMs,
                                const std::atomic_bool *cancel)
{
    if (engine.isEmpty())
        engine = chooseLayoutEngine(graph);
    auto output = runGraphviz(graph, QStringLiteral("json"), engine, timeoutMs, cancel);
    if (!output)
        return output.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*output, &parseError);
    if (!doc.isObject())
        return Error{Error::Code::Invalid,
                     tr("cannot read the layout from %1: %2").arg(engine, parseError.errorString()),
                     {}};
    const QJsonObject root = doc.object();
    GraphLayout layout;
    layout.engine = engine;
    const auto bb = root.value(QStringLiteral("bb")).toString().split(u',');
    const double height = bb.size() == 4 ? bb[3].toDouble() : 0;
    if (bb.size() == 4)
        layout.size = QSizeF(bb[2].toDouble(), height);
    // Objects are clusters (subgraphs with "bb") and nodes (with "pos", "width", "height" in
    // inches), in one array indexed by _gvid, which edges refer to.
    QHash<int, QString> idByGvid;
    for (const QJsonValue v : root.value(QStringLiteral("objects")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        const int gvid = o.value(QStringLiteral("_gvid")).toInt(-1);
        if (o.contains(QStringLiteral("bb"))) {
            const auto r = o.value(QStringLiteral("bb")).toString().split(u',');
            if (r.size() == 4 && name.startsWith(u"cluster_")) {
                const double x1 = r[0].toDouble(), y1 = r[1].toDouble();
                const double x2 = r[2].toDouble(), y2 = r[3].toDouble();
                layout.groups.insert(name.mid(8), QRectF(QPointF(x1, height - y2), QPointF(x2, height - y1)));
            }
            continue;
        }
        if (!o.contains(QStringLiteral("pos")))
            continue;
        idByGvid.insert(gvid, name);
        const QPointF c = point(o.value(QStringLiteral("pos")).toString(), height);
        const double w = o.value(QStringLiteral("width")).toString().toDouble() * 72.0;
        const double h = o.value(QStringLiteral("height")).toString().toDouble() * 72.0;
        layout.nodes.insert(name, QRectF(c.x() - w / 2, c.y() - h / 2, w, h));
    }
    for (const QJsonValue v : root.value(QStringLiteral("edges")).toArray()) {
        const QJsonObject e = v.toObject();
        GraphLayout::EdgePath path;
        path.from = idByGvid.value(e.value(QStringLiteral("tail")).toInt(-1));
        path.to = idByGvid.value(e.value(QStringLiteral("head")).toInt(-1));
        // pos: "e,x,y x,y x,y ..." (an optional arrow end point first).
        const QStringList parts = e.value(QStringLiteral("pos")).toString().split(u' ', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (part.startsWith(u"e,") || part.startsWith(u"s,"))
                continue;
            path.points.push_back(point(part, height));
        }
        if (e.contains(QStringLiteral("lp")))
            path.labelPos = point(e.value(QStringLiteral("lp")).toString(), height);
        layout.edges.push_back(std::move(path));
    }
    return layout;
}

} // namespace parapet
