#pragma once

#include "kube/result.h"

#include <atomic>
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <vector>

namespace parapet {

/// One plain graph model for every picture Parapet draws (namespaces, RBAC, reachability):
/// analyses build it, Graphviz lays it out, the canvas, PDF and SVG draw it. Shapes follow the
/// node kind (UI.md "Graphs"), so the same kind looks the same everywhere.
struct GraphNode
{
    enum class Kind {
        Namespace,
        Workload,
        Pod,
        Service,
        External,      ///< a network outside the cluster (ipBlock, the internet)
        User,
        Group,
        ServiceAccount,
        Role,
        ClusterRole,
        Binding,
        Permission,    ///< a group of permissions (e.g. "secrets: get, list")
        Other,
    };

    QString id;     ///< unique within the graph
    QString label;
    Kind kind = Kind::Other;
    QString group;  ///< id of the GraphGroup (namespace box) this node is drawn in, or empty
    QString detail; ///< second line (replica count, ports, ...)
    int count = 0;  ///< e.g. replicas, or objects folded into this node
    bool risky = false;
    QHash<QString, QString> attributes; ///< free-form facts for details panes and JSON
};

struct GraphEdge
{
    enum class Kind {
        Allowed,    ///< a permitted connection (netpol), solid, labelled with ports
        Grant,      ///< subject → binding → role → permission
        Risky,      ///< a dangerous grant, thick, in the critical colour
        Escalation, ///< a step of an escalation path, dashed with arrowhead and step number
        Membership, ///< e.g. user in group, pod of workload
    };

    QString from;
    QString to;
    QString label;
    Kind kind = Kind::Allowed;
    int step = 0; ///< escalation step number (1-based), 0 otherwise
    QHash<QString, QString> attributes;
};

/// A labelled box around nodes (namespaces).
struct GraphGroup
{
    QString id;
    QString label;
};

struct Graph
{
    QString title;
    std::vector<GraphGroup> groups;
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;

    const GraphNode *node(const QString &id) const;
};

QString graphNodeKindName(GraphNode::Kind kind);
QString graphEdgeKindName(GraphEdge::Kind kind);

/// Graphviz DOT with shapes by kind (deterministic output: same graph, same bytes).
QByteArray toDot(const Graph &graph);
/// `{"title", "groups":[{id,label}], "nodes":[{id,label,kind,group,detail,count,risky,
/// attributes}], "edges":[{from,to,label,kind,step,attributes}]}`.
QJsonObject toJson(const Graph &graph);

/// A laid-out graph, in points (1/72 inch), origin top-left.
struct GraphLayout
{
    QString engine;
    QSizeF size;
    QHash<QString, QRectF> nodes;  ///< node id → box
    QHash<QString, QRectF> groups; ///< group id → box
    struct EdgePath
    {
        QString from;
        QString to;
        std::vector<QPointF> points; ///< cubic B-spline control points as Graphviz gives them
        QPointF labelPos;
    };
    std::vector<EdgePath> edges;
};

/// Which Graphviz engine suits a graph: `dot` (layered, groups as clusters) when it has at most
/// 600 nodes and edges together, `sfdp` (force-directed) above, where `dot` can run for minutes
/// or fail ("trouble in init_rank").
QString chooseLayoutEngine(const Graph &graph);

/// Whether \a engine (not `dot`) routes the edges of \a graph as splines: only while the graph
/// is small enough for the spline router (nodes × edges up to 10,000); above, edges are straight.
bool useSplines(const Graph &graph, const QString &engine);

/// Runs Graphviz as a child process and returns its output in \a format ("svg", "json", "pdf",
/// ...). \a engine empty = choose. The child is killed when it runs longer than \a timeoutMs
/// (negative: no limit), or within about 50 ms of \a cancel becoming true (a superseded layout);
/// both are Error::Code::Limit errors. No layout ever hangs the caller.
Result<QByteArray> runGraphviz(const Graph &graph, const QString &format, QString engine = {},
                               int timeoutMs = 20000, const std::atomic_bool *cancel = nullptr);

/// Lays \a graph out (Graphviz `-Tjson`) and reads back positions of nodes, groups and edges.
/// \a timeoutMs and \a cancel as for runGraphviz().
Result<GraphLayout> layoutGraph(const Graph &graph, QString engine = {}, int timeoutMs = 20000,
                                const std::atomic_bool *cancel = nullptr);

} // namespace parapet
