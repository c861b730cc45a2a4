#pragma once

#include "graph/graph.h"
#include "theme.h"

#include <optional>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHash>
#include <QPainterPath>
#include <QSet>
#include <QString>
#include <vector>

namespace parapet::ui {

/// What a view adds to a graph's picture beyond the graph itself: a tone per node (risk) and
/// badges on group boxes (isolation state). Keyed by node and group id.
struct GraphDecorations
{
    struct Badge
    {
        QString text;
        Tone tone = Tone::Info;
        QString toolTip;
    };
    QHash<QString, Tone> nodeTones;
    QHash<QString, QString> nodeToolTips; ///< extra lines for a node's tooltip
    QHash<QString, std::vector<Badge>> groupBadges;
    QHash<QString, Tone> groupTones;
};

class GraphEdgeItem;

/// A node drawn by kind (UI.md "Graphs"): rounded boxes for workloads, pods and services, round
/// badges for users, groups and ServiceAccounts, hexagons for roles, notes for permissions,
/// clouds for outside networks; kind icon, label and detail line, which fade when zoomed out.
class GraphNodeItem : public QGraphicsItem
{
public:
    GraphNodeItem(const GraphNode &node, const QRectF &box);

    const GraphNode &node() const { return m_node; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setTone(std::optional<Tone> tone) { m_tone = tone; }
    std::optional<Tone> tone() const { return m_tone; }
    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }
    void setMatched(bool matched);
    bool isMatched() const { return m_matched; }
    /// A node standing for a collapsed group (double-click expands it).
    bool isCollapsedGroup() const
    {
        return m_node.attributes.contains(QStringLiteral("collapsedGroup"));
    }
    QString collapsedGroup() const
    {
        return m_node.attributes.value(QStringLiteral("collapsedGroup"));
    }

    std::vector<GraphEdgeItem *> edges;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QPainterPath outline() const;

    GraphNode m_node;
    QRectF m_box;
    std::optional<Tone> m_tone;
    bool m_dimmed = false;
    bool m_matched = false;
    bool m_hovered = false;
};

/// An edge: the Graphviz B-spline as a QPainterPath, an arrowhead, and its label (ports,
/// escalation step) placed where Graphviz put it.
class GraphEdgeItem : public QGraphicsItem
{
public:
    GraphEdgeItem(const GraphEdge &edge, const std::vector<QPointF> &points, QPointF labelPos,
                  const QRectF &fromBox, const QRectF &toBox);

    const GraphEdge &edge() const { return m_edge; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }
    void setEmphasized(bool on);
    const QPainterPath &path() const { return m_path; }

private:
    QColor color() const;
    QString labelText() const;

    GraphEdge m_edge;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QPointF m_labelPos;
    QRectF m_bounds;
    bool m_dimmed = false;
    bool m_emphasized = false;
};

/// A labelled namespace box with optional badges (isolation state) in its title row.
class GraphGroupItem : public QGraphicsItem
{
public:
    GraphGroupItem(const GraphGroup &group, const QRectF &box,
                   std::vector<GraphDecorations::Badge> badges, std::optional<Tone> tone);

    const GraphGroup &group() const { return m_group; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void setDimmed(bool dimmed);

private:
    GraphGroup m_group;
    QRectF m_box;
    std::vector<GraphDecorations::Badge> m_badges;
    std::optional<Tone> m_tone;
    bool m_dimmed = false;
};

/// The scene of one laid-out graph, with lookups from ids to items.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    GraphScene(const Graph &graph, const GraphLayout &layout, const GraphDecorations &decorations,
               QObject *parent = nullptr);

    const Graph &graph() const { return m_graph; }
    GraphNodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    const QHash<QString, GraphNodeItem *> &nodeItems() const { return m_nodes; }
    const std::vector<GraphEdgeItem *> &edgeItems() const { return m_edges; }
    const QHash<QString, GraphGroupItem *> &groupItems() const { return m_groups; }

    /// Dims what is neither a match of \a filter (label, detail, id; case-insensitive) nor a
    /// neighbour of \a focus (a node id); returns how many nodes match the filter.
    int applyFocus(const QString &focus, const QString &filter);

private:
    Graph m_graph;
    QHash<QString, GraphNodeItem *> m_nodes;
    QHash<QString, GraphGroupItem *> m_groups;
    std::vector<GraphEdgeItem *> m_edges;
};

/// Graphs above this many nodes open with their groups collapsed to one node each.
inline constexpr int kCollapseThreshold = 1500;

/// \a graph with every group not in \a expanded folded into one Namespace node (label, object
/// count, worst risk) and edges between folded nodes merged (labelled with how many).
Graph collapseGroups(const Graph &graph, const QSet<QString> &expanded);

/// A layout computed here without Graphviz (never fails, linear time): groups as boxes on
/// shelves, their nodes in a grid, edges straight. The fallback when Graphviz is missing or
/// does not finish in time.
GraphLayout gridLayout(const Graph &graph);

/// The layout the canvas uses: Graphviz's choice for small graphs; for big graphs with groups,
/// dot on the edges inside the groups only (fast without edges crossing clusters, where sfdp
/// with splines does not finish on 2,000 nodes), the edges between groups left unrouted (drawn
/// straight). Blocking: call it on a worker thread; \a cancel stops Graphviz (runGraphviz()).
Result<GraphLayout> layoutForCanvas(const Graph &graph, int timeoutMs,
                                    const std::atomic_bool *cancel = nullptr);

/// When no routed edge crosses a group box, Graphviz still stacks the boxes in one long column (one
/// rank direction for all); this moves whole boxes (nodes and edges with them) onto shelves
/// filling a \a aspect (width / height) rectangle. Other layouts are returned as they are.
GraphLayout repackGroups(const Graph &graph, const GraphLayout &layout, qreal aspect);

/// A copy of \a graph whose labels leave room for the kind icon the canvas draws (Graphviz sizes
/// nodes by their label text).
Graph withIconRoom(const Graph &graph);

/// Icon name (resources/icons) for a node.
QString nodeIconName(const GraphNode &node);

} // namespace parapet::ui
