#include "graphscene.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QPixmap>
#include <QStyleOptionGraphicsItem>

namespace parapet::ui {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("parapet::ui::GraphScene", text, disambiguation, n);
}

// Scene units are Graphviz points; these sizes match the 9 pt labels Graphviz measured.
constexpr qreal kDetailPx = 7.4;
constexpr qreal kIconPx = 10.0;
constexpr qreal kArrowLength = 7.0;
// Below this zoom, text is unreadable anyway: skip it (and its cost).
constexpr qreal kTextLod = 0.34;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * t + b.redF() * (1 - t)),
                            float(a.greenF() * t + b.greenF() * (1 - t)),
                            float(a.blueF() * t + b.blueF() * (1 - t)));
}

// Fonts in scene units (pixels at zoom 1), independent of the screen's DPI.
const QFont &labelFont()
{
    static const QFont f = [] {
        QFont font;
        font.setFamily(QStringLiteral("DejaVu Sans")); // what Graphviz measured the labels in
        font.setPixelSize(9);
        font.setWeight(QFont::Medium);
        return font;
    }();
    return f;
}

QFont sizedFont(qreal px, QFont::Weight weight)
{
    QFont font;
    font.setPixelSize(std::max(1, int(std::lround(px))));
    font.setWeight(weight);
    return font;
}

const QPixmap &iconPixmap(const QString &name, const QColor &color)
{
    static QHash<QString, QPixmap> cache;
    const QString key = name + u'|' + color.name();
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, Theme::current().icon(name, color).pixmap(QSize(40, 40)));
    return *it;
}

// Where the segment from \a inside (in \a r) towards \a outside leaves \a r.
QPointF clipToRect(QPointF inside, QPointF outside, const QRectF &r)
{
    if (!r.contains(outside) && r.contains(inside)) {
        const QPointF d = outside - inside;
        qreal t = 1.0;
        if (d.x() > 0)
            t = std::min(t, (r.right() - inside.x()) / d.x());
        if (d.x() < 0)
            t = std::min(t, (r.left() - inside.x()) / d.x());
        if (d.y() > 0)
            t = std::min(t, (r.bottom() - inside.y()) / d.y());
        if (d.y() < 0)
            t = std::min(t, (r.top() - inside.y()) / d.y());
        return inside + d * std::clamp(t, 0.0, 1.0);
    }
    return inside;
}

QPointF unit(QPointF v)
{
    const qreal len = std::hypot(v.x(), v.y());
    return len > 1e-6 ? v / len : QPointF(1, 0);
}

} // namespace

QString nodeIconName(const GraphNode &node)
{
    const QString kind = node.attributes.value(QStringLiteral("kind"));
    switch (node.kind) {
    case GraphNode::Kind::Namespace:
        return QStringLiteral("kind-namespace");
    case GraphNode::Kind::Workload:
        return kind.isEmpty() ? QStringLiteral("kind-workload") : Theme::kindIconName(kind);
    case GraphNode::Kind::Pod:
        return QStringLiteral("kind-pod");
    case GraphNode::Kind::Service:
        return QStringLiteral("kind-service");
    case GraphNode::Kind::External:
        return QStringLiteral("kind-node");
    case GraphNode::Kind::User:
        return QStringLiteral("kind-user");
    case GraphNode::Kind::Group:
        return QStringLiteral("kind-group");
    case GraphNode::Kind::ServiceAccount:
        return QStringLiteral("kind-serviceaccount");
    case GraphNode::Kind::Role:
        return QStringLiteral("kind-role");
    case GraphNode::Kind::ClusterRole:
        return QStringLiteral("kind-clusterrole");
    case GraphNode::Kind::Binding:
        return QStringLiteral("kind-binding");
    case GraphNode::Kind::Permission:
        return QStringLiteral("kind-secret");
    case GraphNode::Kind::Other:
        break;
    }
    return kind.isEmpty() ? QStringLiteral("kind-object") : Theme::kindIconName(kind);
}

// --- GraphNodeItem ---------------------------------------------------------------------------

GraphNodeItem::GraphNodeItem(const GraphNode &node, const QRectF &box)
    : m_node(node)
    , m_box(box)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(10);
    setCacheMode(NoCache);
    QStringList tip{QStringLiteral("<b>") + m_node.label.toHtmlEscaped() + QStringLiteral("</b>")};
    QString kindText = m_node.attributes.value(QStringLiteral("kind"));
    if (kindText.isEmpty())
        kindText = graphNodeKindName(m_node.kind);
    tip.append(kindText.toHtmlEscaped());
    if (!m_node.detail.isEmpty())
        tip.append(m_node.detail.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    for (const char *key : {"subject", "rule", "path", "findings", "severity"}) {
        const QString v = m_node.attributes.value(QLatin1StringView(key));
        if (!v.isEmpty())
            tip.append(v.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    }
    if (isCollapsedGroup())
        tip.append(tr("<i>Double-click to expand</i>"));
    setToolTip(tip.join(QStringLiteral("<br>")));
}

QRectF GraphNodeItem::boundingRect() const
{
    return m_box.adjusted(-4, -4, 4, 4);
}

QPainterPath GraphNodeItem::outline() const
{
    QPainterPath p;
    const QRectF r = m_box;
    switch (m_node.kind) {
    case GraphNode::Kind::User:
    case GraphNode::Kind::Group:
    case GraphNode::Kind::ServiceAccount:
        p.addEllipse(r);
        break;
    case GraphNode::Kind::Role:
    case GraphNode::Kind::ClusterRole: {
        const qreal d = std::min(r.height() / 2, r.width() / 6);
        p.moveTo(r.left(), r.center().y());
        p.lineTo(r.left() + d, r.top());
        p.lineTo(r.right() - d, r.top());
        p.lineTo(r.right(), r.center().y());
        p.lineTo(r.right() - d, r.bottom());
        p.lineTo(r.left() + d, r.bottom());
        p.closeSubpath();
        break;
    }
    case GraphNode::Kind::Permission: {
        const qreal f = std::min(7.0, r.height() / 3);
        p.moveTo(r.topLeft());
        p.lineTo(r.right() - f, r.top());
        p.lineTo(r.right(), r.top() + f);
        p.lineTo(r.bottomRight());
        p.lineTo(r.bottomLeft());
        p.closeSubpath();
        break;
    }
    case GraphNode::Kind::Binding:
    case GraphNode::Kind::External:
        p.addRoundedRect(r, r.height() / 2, r.height() / 2);
        break;
    case GraphNode::Kind::Namespace:
        p.addRoundedRect(r, 6, 6);
        break;
    default:
        p.addRoundedRect(r, 4, 4);
        break;
    }
    return p;
}

QPainterPath GraphNodeItem::shape() const
{
    return outline();
}

void GraphNodeItem::setDimmed(bool dimmed)
{
    if (m_dimmed == dimmed)
        return;
    m_dimmed = dimmed;
    setOpacity(dimmed ? 0.18 : 1.0);
}

void GraphNodeItem::setMatched(bool matched)
{
    if (m_matched == matched)
        return;
    m_matched = matched;
    update();
}

void GraphNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void GraphNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void GraphNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                          QWidget *widget)
{
    Q_UNUSED(widget)
    const Theme &theme = Theme::current();
    const Theme::Colors &c = theme.colors();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QPainterPath path = outline();

    QColor fill = c.base;
    QColor border = c.mutedText;
    qreal width = 1.0;
    switch (m_node.kind) {
    case GraphNode::Kind::User:
    case GraphNode::Kind::Group:
    case GraphNode::Kind::ServiceAccount:
    case GraphNode::Kind::Binding:
        fill = c.chip;
        break;
    case GraphNode::Kind::Namespace:
        fill = c.card;
        break;
    case GraphNode::Kind::ClusterRole:
        width = 2.0;
        break;
    default:
        break;
    }
    if (m_tone) {
        const QColor tone = theme.tone(*m_tone);
        fill = blend(tone, fill, theme.scheme() == Theme::Scheme::Dark ? 0.22 : 0.12);
        border = tone;
        width = std::max(width, 1.5);
    }
    if (m_node.risky) {
        border = theme.tone(Tone::Critical);
        width = std::max(width, 2.0);
    }
    QPen pen(border, width);
    if (m_node.kind == GraphNode::Kind::Pod || m_node.kind == GraphNode::Kind::External)
        pen.setStyle(Qt::DashLine);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawPath(path);
    if (m_node.kind == GraphNode::Kind::Group) {
        // A second ring tells groups from users at a glance (Graphviz's doublecircle).
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(m_box.adjusted(2.5, 2.5, -2.5, -2.5));
    }
    if (isSelected() || m_matched || m_hovered) {
        QPen ring(isSelected() ? c.link : (m_matched ? theme.tone(Tone::Medium) : c.link),
                  isSelected() ? 2.5 : 1.5);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
    }
    if (lod < kTextLod)
        return;

    // Icon left, label and detail beside it (centred in what is left).
    const bool round = m_node.kind == GraphNode::Kind::User ||
                       m_node.kind == GraphNode::Kind::Group ||
                       m_node.kind == GraphNode::Kind::ServiceAccount;
    const qreal inset =
        round ? m_box.width() * 0.12
              : (m_node.kind == GraphNode::Kind::Role || m_node.kind == GraphNode::Kind::ClusterRole
                     ? m_box.height() / 3
                     : 4.0);
    QRectF content = m_box.adjusted(inset, 1, -inset, -1);
    const QColor iconColor = m_tone ? theme.tone(*m_tone) : c.mutedText;
    const QRectF iconRect(content.left(), m_box.center().y() - kIconPx / 2, kIconPx, kIconPx);
    painter->drawPixmap(iconRect, iconPixmap(nodeIconName(m_node), iconColor),
                        QRectF(0, 0, 40, 40));
    content.setLeft(iconRect.right() + 2.5);

    const QFont &lf = labelFont();
    const QFont df = sizedFont(kDetailPx, QFont::Normal);
    const QFontMetricsF lm(lf);
    const QFontMetricsF dm(df);
    QString label = m_node.label;
    if (m_node.count > 1 && m_node.kind == GraphNode::Kind::Namespace)
        label = tr("%1 (%2)").arg(label).arg(m_node.count);
    const QString detail = m_node.detail.section(u'\n', 0, 0);
    const qreal lineH = lm.height();
    const qreal detailH = detail.isEmpty() ? 0 : dm.height();
    const qreal top = content.center().y() - (lineH + detailH) / 2;
    painter->setFont(lf);
    painter->setPen(c.text);
    painter->drawText(QRectF(content.left(), top, content.width(), lineH), Qt::AlignCenter,
                      lm.elidedText(label, Qt::ElideMiddle, content.width()));
    if (!detail.isEmpty()) {
        painter->setFont(df);
        painter->setPen(c.mutedText);
        painter->drawText(QRectF(content.left(), top + lineH, content.width(), detailH),
                          Qt::AlignCenter, dm.elidedText(detail, Qt::ElideRight, content.width()));
    }
}

// --- GraphEdgeItem ---------------------------------------------------------------------------

GraphEdgeItem::GraphEdgeItem(const GraphEdge &edge, const std::vector<QPointF> &points,
                             QPointF labelPos, const QRectF &fromBox, const QRectF &toBox)
    : m_edge(edge)
    , m_labelPos(labelPos)
{
    setZValue(edge.kind == GraphEdge::Kind::Risky || edge.kind == GraphEdge::Kind::Escalation ? 5
                                                                                              : 0);
    const bool arrow = edge.kind != GraphEdge::Kind::Membership;
    QPointF tip;
    QPointF dir;
    if (points.size() >= 4 && (points.size() - 1) % 3 == 0) {
        // Graphviz: a start point, then (control, control, end) per cubic segment.
        m_path.moveTo(points[0]);
        for (std::size_t i = 1; i + 2 < points.size(); i += 3)
            m_path.cubicTo(points[i], points[i + 1], points[i + 2]);
        const QPointF end = points.back();
        QPointF before = points[points.size() - 2];
        if (before == end)
            before = points[points.size() - 3];
        dir = unit(end - before);
        // The spline stops where the arrowhead starts; Graphviz's tip lies one arrow further.
        tip = end + dir * (arrow ? 6.0 : 0.0);
        if (arrow)
            m_path.lineTo(tip - dir * kArrowLength * 0.6);
    } else {
        // Straight (the local fallback layout): centre to centre, clipped to both boxes.
        const QPointF a = fromBox.center();
        const QPointF b = toBox.center();
        const QPointF start = clipToRect(a, b, fromBox);
        tip = clipToRect(b, a, toBox);
        dir = unit(tip - start);
        m_path.moveTo(start);
        m_path.lineTo(arrow ? tip - dir * kArrowLength * 0.6 : tip);
        if (m_labelPos.isNull())
            m_labelPos = (start + tip) / 2;
    }
    if (arrow) {
        const QPointF normal(-dir.y(), dir.x());
        const QPointF base = tip - dir * kArrowLength;
        m_arrow << tip << base + normal * 3.2 << base - normal * 3.2;
    }
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect());
    if (!labelText().isEmpty()) {
        const QFontMetricsF fm(sizedFont(kDetailPx, QFont::Normal));
        const qreal w = fm.horizontalAdvance(labelText()) + 6;
        m_bounds = m_bounds.united(QRectF(m_labelPos.x() - w / 2, m_labelPos.y() - 8, w, 16));
    }
    m_bounds.adjust(-3, -3, 3, 3);
    QString tip2 = labelText();
    if (tip2.isEmpty())
        tip2 = graphEdgeKindName(edge.kind);
    setToolTip(tip2);
}

QString GraphEdgeItem::labelText() const
{
    QString label = m_edge.label;
    if (m_edge.step > 0)
        label = QString::number(m_edge.step) +
                (label.isEmpty() ? QString() : QStringLiteral(". ") + label);
    if (label.size() > 48)
        label = label.left(46) + u'…';
    return label;
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath GraphEdgeItem::shape() const
{
    QPainterPathStroker s;
    s.setWidth(6);
    return s.createStroke(m_path);
}

void GraphEdgeItem::setDimmed(bool dimmed)
{
    if (m_dimmed == dimmed)
        return;
    m_dimmed = dimmed;
    setOpacity(dimmed ? 0.12 : 1.0);
}

void GraphEdgeItem::setEmphasized(bool on)
{
    if (m_emphasized == on)
        return;
    m_emphasized = on;
    update();
}

QColor GraphEdgeItem::color() const
{
    const Theme &theme = Theme::current();
    const Theme::Colors &c = theme.colors();
    if (m_edge.attributes.contains(QStringLiteral("tone")))
        return theme.tone(Tone(m_edge.attributes.value(QStringLiteral("tone")).toInt()));
    switch (m_edge.kind) {
    case GraphEdge::Kind::Risky:
    case GraphEdge::Kind::Escalation:
        return theme.tone(Tone::Critical);
    case GraphEdge::Kind::Membership:
        return c.border.darker(theme.scheme() == Theme::Scheme::Dark ? 70 : 115);
    case GraphEdge::Kind::Allowed:
    case GraphEdge::Kind::Grant:
        break;
    }
    return blend(c.text, c.base, 0.55);
}

void GraphEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                          QWidget *widget)
{
    Q_UNUSED(widget)
    const Theme &theme = Theme::current();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor col = color();
    if (m_emphasized && m_edge.kind != GraphEdge::Kind::Risky &&
        m_edge.kind != GraphEdge::Kind::Escalation &&
        !m_edge.attributes.contains(QStringLiteral("tone")))
        col = theme.colors().link;
    qreal width = 1.1;
    Qt::PenStyle style = Qt::SolidLine;
    switch (m_edge.kind) {
    case GraphEdge::Kind::Risky:
        width = 2.6;
        break;
    case GraphEdge::Kind::Escalation:
        width = 1.8;
        style = Qt::DashLine;
        break;
    case GraphEdge::Kind::Membership:
        style = Qt::DotLine;
        break;
    default:
        break;
    }
    if (m_emphasized)
        width += 0.8;
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(col, width, style, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (!m_arrow.isEmpty()) {
        painter->setPen(QPen(col, 0.8));
        painter->setBrush(col);
        painter->drawPolygon(m_arrow);
    }
    const QString label = labelText();
    if (label.isEmpty() || lod < kTextLod)
        return;
    const QFont f = sizedFont(kDetailPx, QFont::Normal);
    const QFontMetricsF fm(f);
    const qreal w = fm.horizontalAdvance(label) + 6;
    const QRectF r(m_labelPos.x() - w / 2, m_labelPos.y() - fm.height() / 2 - 1, w,
                   fm.height() + 2);
    QColor bg = theme.colors().base;
    bg.setAlphaF(0.85f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(bg);
    painter->drawRoundedRect(r, 3, 3);
    painter->setFont(f);
    painter->setPen(m_edge.kind == GraphEdge::Kind::Allowed ? theme.colors().text : col);
    painter->drawText(r, Qt::AlignCenter, label);
}

// --- GraphGroupItem --------------------------------------------------------------------------

GraphGroupItem::GraphGroupItem(const GraphGroup &group, const QRectF &box,
                               std::vector<GraphDecorations::Badge> badges,
                               std::optional<Tone> tone)
    : m_group(group)
    , m_box(box)
    , m_badges(std::move(badges))
    , m_tone(tone)
{
    setZValue(-10);
    QStringList tip{tr("Namespace <b>%1</b>").arg(group.label.toHtmlEscaped())};
    for (const auto &b : m_badges)
        tip.append(Theme::toneWord(b.tone) + QStringLiteral(": ") +
                   (b.toolTip.isEmpty() ? b.text : b.toolTip).toHtmlEscaped());
    setToolTip(tip.join(QStringLiteral("<br>")));
}

QRectF GraphGroupItem::boundingRect() const
{
    // Badges may reach beyond a narrow box.
    return m_box.adjusted(-2, -2, 2 + 60.0 * qreal(m_badges.size()), 2);
}

void GraphGroupItem::setDimmed(bool dimmed)
{
    if (m_dimmed == dimmed)
        return;
    m_dimmed = dimmed;
    setOpacity(dimmed ? 0.35 : 1.0);
}

void GraphGroupItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                           QWidget *widget)
{
    Q_UNUSED(widget)
    const Theme &theme = Theme::current();
    const Theme::Colors &c = theme.colors();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor border = m_tone ? theme.tone(*m_tone) : c.border.darker(110);
    painter->setPen(QPen(border, m_tone ? 1.4 : 1.0));
    QColor fill = theme.scheme() == Theme::Scheme::Dark ? c.window.lighter(112) : c.alternateBase;
    painter->setBrush(fill);
    painter->drawRoundedRect(m_box, 7, 7);
    if (lod < kTextLod * 0.7)
        return;
    const QFont f = sizedFont(9.5, QFont::Bold);
    const QFontMetricsF fm(f);
    const QRectF header(m_box.left() + 6, m_box.top() + 3, m_box.width() - 12, fm.height());
    painter->drawPixmap(QRectF(header.left(), header.center().y() - 5, 10, 10),
                        iconPixmap(QStringLiteral("kind-namespace"), c.mutedText),
                        QRectF(0, 0, 40, 40));
    painter->setFont(f);
    painter->setPen(c.text);
    const QString title = fm.elidedText(m_group.label, Qt::ElideRight, header.width() - 14);
    painter->drawText(header.adjusted(13, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, title);
    qreal x = header.left() + 13 + fm.horizontalAdvance(title) + 6;
    const QFont bf = sizedFont(7.2, QFont::DemiBold);
    const QFontMetricsF bm(bf);
    painter->setFont(bf);
    for (const auto &b : m_badges) {
        const QColor tone = theme.tone(b.tone);
        const qreal w = bm.horizontalAdvance(b.text) + 8;
        const QRectF r(x, header.center().y() - bm.height() / 2 - 1, w, bm.height() + 2);
        painter->setPen(QPen(tone, 0.8));
        painter->setBrush(blend(tone, c.base, 0.14));
        painter->drawRoundedRect(r, r.height() / 2, r.height() / 2);
        painter->setPen(tone);
        painter->drawText(r, Qt::AlignCenter, b.text);
        x += w + 3;
    }
}

// --- GraphScene ------------------------------------------------------------------------------

GraphScene::GraphScene(const Graph &graph, const GraphLayout &layout,
                       const GraphDecorations &decorations, QObject *parent)
    : QGraphicsScene(parent)
    , m_graph(graph)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    for (const GraphGroup &g : m_graph.groups) {
        const auto box = layout.groups.constFind(g.id);
        if (box == layout.groups.constEnd())
            continue;
        std::optional<Tone> tone;
        if (decorations.groupTones.contains(g.id))
            tone = decorations.groupTones.value(g.id);
        auto *item = new GraphGroupItem(g, *box, decorations.groupBadges.value(g.id), tone);
        addItem(item);
        m_groups.insert(g.id, item);
    }
    for (const GraphNode &n : m_graph.nodes) {
        const auto box = layout.nodes.constFind(n.id);
        if (box == layout.nodes.constEnd())
            continue;
        auto *item = new GraphNodeItem(n, *box);
        if (decorations.nodeTones.contains(n.id))
            item->setTone(decorations.nodeTones.value(n.id));
        const QString extra = decorations.nodeToolTips.value(n.id);
        if (!extra.isEmpty())
            item->setToolTip(item->toolTip() + QStringLiteral("<br>") +
                             extra.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
        addItem(item);
        m_nodes.insert(n.id, item);
    }
    // Graphviz writes edges in input order; match by position and fall back to the ends.
    std::vector<char> used(layout.edges.size());
    std::multimap<std::pair<QString, QString>, std::size_t> byEnds;
    for (std::size_t i = 0; i < layout.edges.size(); ++i)
        byEnds.emplace(std::pair{layout.edges[i].from, layout.edges[i].to}, i);
    for (std::size_t ei = 0; ei < m_graph.edges.size(); ++ei) {
        const GraphEdge &e = m_graph.edges[ei];
        GraphNodeItem *from = m_nodes.value(e.from);
        GraphNodeItem *to = m_nodes.value(e.to);
        if (!from || !to)
            continue;
        const GraphLayout::EdgePath *path = nullptr;
        if (ei < layout.edges.size() && !used[ei] && layout.edges[ei].from == e.from &&
            layout.edges[ei].to == e.to) {
            path = &layout.edges[ei];
            used[ei] = 1;
        } else {
            auto [lo, hi] = byEnds.equal_range({e.from, e.to});
            for (auto it = lo; it != hi; ++it)
                if (!used[it->second]) {
                    path = &layout.edges[it->second];
                    used[it->second] = 1;
                    break;
                }
        }
        static const std::vector<QPointF> none;
        auto *item = new GraphEdgeItem(
            e, path ? path->points : none, path ? path->labelPos : QPointF(),
            from->boundingRect().adjusted(4, 4, -4, -4), to->boundingRect().adjusted(4, 4, -4, -4));
        addItem(item);
        m_edges.push_back(item);
        from->edges.push_back(item);
        if (to != from)
            to->edges.push_back(item);
    }
    const QRectF bounds = itemsBoundingRect().adjusted(-24, -24, 24, 24);
    setSceneRect(bounds);
}

int GraphScene::applyFocus(const QString &focus, const QString &filter)
{
    const QString f = filter.trimmed();
    QSet<QString> neighbours;
    if (GraphNodeItem *fi = m_nodes.value(focus)) {
        neighbours.insert(focus);
        for (GraphEdgeItem *e : fi->edges) {
            neighbours.insert(e->edge().from);
            neighbours.insert(e->edge().to);
        }
    }
    const bool focusing = !neighbours.isEmpty();
    int matches = 0;
    QSet<QString> matchedGroups;
    for (GraphNodeItem *n : std::as_const(m_nodes)) {
        const GraphNode &node = n->node();
        const bool match = !f.isEmpty() && (node.label.contains(f, Qt::CaseInsensitive) ||
                                            node.detail.contains(f, Qt::CaseInsensitive) ||
                                            node.id.contains(f, Qt::CaseInsensitive));
        if (match) {
            ++matches;
            matchedGroups.insert(node.group);
        }
        n->setMatched(match);
        n->setDimmed((!f.isEmpty() && !match) || (focusing && !neighbours.contains(node.id)));
    }
    for (GraphEdgeItem *e : m_edges) {
        const bool incident = e->edge().from == focus || e->edge().to == focus;
        e->setEmphasized(focusing && incident);
        const bool endsMatch =
            m_nodes.value(e->edge().from)->isMatched() || m_nodes.value(e->edge().to)->isMatched();
        e->setDimmed((focusing && !incident) || (!focusing && !f.isEmpty() && !endsMatch));
    }
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        it.value()->setDimmed(!f.isEmpty() && !matchedGroups.contains(it.key()) &&
                              !it.value()->group().label.contains(f, Qt::CaseInsensitive));
    return matches;
}

// --- layouts and transformations ---------------------------------------------------------------

Graph collapseGroups(const Graph &graph, const QSet<QString> &expanded)
{
    Graph out;
    out.title = graph.title;
    QHash<QString, QString> collapsedOf; // node id → collapsed node id
    QHash<QString, std::size_t> groupNode;
    for (const GraphGroup &g : graph.groups) {
        if (expanded.contains(g.id)) {
            out.groups.push_back(g);
            continue;
        }
        GraphNode n;
        n.id = QStringLiteral("collapsed/") + g.id;
        n.label = g.label;
        n.kind = GraphNode::Kind::Namespace;
        n.attributes.insert(QStringLiteral("collapsedGroup"), g.id);
        groupNode.insert(g.id, out.nodes.size());
        out.nodes.push_back(std::move(n));
    }
    for (const GraphNode &n : graph.nodes) {
        const auto it = groupNode.constFind(n.group);
        if (it == groupNode.constEnd() || n.group.isEmpty()) {
            out.nodes.push_back(n);
            continue;
        }
        GraphNode &folded = out.nodes[*it];
        ++folded.count;
        folded.risky = folded.risky || n.risky;
        collapsedOf.insert(n.id, folded.id);
    }
    for (GraphNode &n : out.nodes)
        if (n.attributes.contains(QStringLiteral("collapsedGroup")))
            n.detail = tr("objects: %1").arg(n.count);
    std::map<std::tuple<QString, QString, int>, std::pair<GraphEdge, int>> merged;
    std::vector<std::tuple<QString, QString, int>> order;
    for (const GraphEdge &e : graph.edges) {
        const QString from = collapsedOf.value(e.from, e.from);
        const QString to = collapsedOf.value(e.to, e.to);
        if (from == to && from != e.from)
            continue; // inside one folded group
        const auto key = std::tuple{from, to, int(e.kind)};
        auto it = merged.find(key);
        if (it == merged.end()) {
            GraphEdge copy = e;
            copy.from = from;
            copy.to = to;
            merged.emplace(key, std::pair{copy, 1});
            order.push_back(key);
        } else {
            ++it->second.second;
        }
    }
    for (const auto &key : order) {
        auto &[e, count] = merged[key];
        if (count > 1) {
            e.label = tr("×%1").arg(count);
            e.step = 0;
        }
        out.edges.push_back(e);
    }
    return out;
}

GraphLayout gridLayout(const Graph &graph)
{
    GraphLayout layout;
    layout.engine = QStringLiteral("grid");
    const QFontMetricsF lm(labelFont());
    const QFontMetricsF dm(sizedFont(kDetailPx, QFont::Normal));
    auto nodeSize = [&](const GraphNode &n) {
        const qreal w = std::max(lm.horizontalAdvance(n.label),
                                 dm.horizontalAdvance(n.detail.section(u'\n', 0, 0)));
        return QSizeF(std::min(w, 220.0) + kIconPx + 22, n.detail.isEmpty() ? 24 : 34);
    };
    // Nodes per group, ungrouped ones in a box of their own (drawn without a frame).
    std::vector<std::pair<QString, std::vector<const GraphNode *>>> blocks;
    QHash<QString, std::size_t> blockOf;
    for (const GraphNode &n : graph.nodes) {
        const bool grouped = std::any_of(graph.groups.begin(), graph.groups.end(),
                                         [&](const GraphGroup &g) { return g.id == n.group; });
        const QString key = grouped ? n.group : QString();
        auto it = blockOf.constFind(key);
        if (it == blockOf.constEnd()) {
            it = blockOf.insert(key, blocks.size());
            blocks.push_back({key, {}});
        }
        blocks[*it].second.push_back(&n);
    }
    struct Block
    {
        QString group;
        QSizeF size;
        std::vector<std::pair<const GraphNode *, QPointF>> placed;
        std::vector<QSizeF> sizes;
    };
    std::vector<Block> laid;
    double area = 0;
    for (const auto &[group, nodes] : blocks) {
        Block b;
        b.group = group;
        const int cols = std::max(1, int(std::ceil(std::sqrt(double(nodes.size()) * 1.6))));
        qreal cellW = 0;
        for (const GraphNode *n : nodes)
            cellW = std::max(cellW, nodeSize(*n).width());
        const qreal header = group.isEmpty() ? 0 : 22;
        const qreal pad = group.isEmpty() ? 0 : 10;
        int i = 0;
        for (const GraphNode *n : nodes) {
            const int col = i % cols;
            const int row = i / cols;
            b.placed.push_back({n, QPointF(pad + col * (cellW + 14), header + pad + row * 46)});
            b.sizes.push_back(nodeSize(*n));
            ++i;
        }
        const int rows = (int(nodes.size()) + cols - 1) / cols;
        const int usedCols = std::min(cols, int(nodes.size()));
        b.size = QSizeF(2 * pad + usedCols * (cellW + 14) - 14, header + 2 * pad + rows * 46 - 12);
        area += b.size.width() * b.size.height();
        laid.push_back(std::move(b));
    }
    const qreal maxRow = std::max(900.0, std::sqrt(area) * 1.5);
    qreal x = 0, y = 0, rowH = 0, width = 0;
    for (Block &b : laid) {
        if (x > 0 && x + b.size.width() > maxRow) {
            x = 0;
            y += rowH + 24;
            rowH = 0;
        }
        const QPointF origin(x, y);
        if (!b.group.isEmpty())
            layout.groups.insert(b.group, QRectF(origin, b.size));
        for (std::size_t i = 0; i < b.placed.size(); ++i)
            layout.nodes.insert(b.placed[i].first->id,
                                QRectF(origin + b.placed[i].second, b.sizes[i]));
        x += b.size.width() + 24;
        rowH = std::max(rowH, b.size.height());
        width = std::max(width, x);
    }
    layout.size = QSizeF(width, y + rowH);
    for (const GraphEdge &e : graph.edges)
        layout.edges.push_back({e.from, e.to, {}, {}});
    return layout;
}

// Big graphs with namespaces: dot on the edges inside the boxes only (it stays fast when no
// edge crosses a cluster; sfdp with splines does not finish on 2,000 nodes), boxes repacked
// afterwards and the edges between them drawn straight. Other graphs: as Graphviz chooses.
Result<GraphLayout> layoutForCanvas(const Graph &graph, int timeoutMs,
                                    const std::atomic_bool *cancel)
{
    if (chooseLayoutEngine(graph) == u"dot" || graph.groups.empty())
        return layoutGraph(graph, {}, timeoutMs, cancel);
    QHash<QString, QString> groupOf;
    for (const GraphNode &n : graph.nodes)
        groupOf.insert(n.id, n.group);
    Graph inside = graph;
    inside.edges.clear();
    std::vector<GraphLayout::EdgePath> crossing;
    for (const GraphEdge &e : graph.edges) {
        const QString g = groupOf.value(e.from);
        if (!g.isEmpty() && g == groupOf.value(e.to))
            inside.edges.push_back(e);
        else
            crossing.push_back({e.from, e.to, {}, {}});
    }
    auto layout = layoutGraph(inside, QStringLiteral("dot"), timeoutMs, cancel);
    if (!layout)
        return layout;
    GraphLayout out = *layout;
    out.engine = QStringLiteral("dot");
    out.edges.insert(out.edges.end(), crossing.begin(), crossing.end());
    return out;
}

GraphLayout repackGroups(const Graph &graph, const GraphLayout &layout, qreal aspect)
{
    if (graph.groups.size() < 3 || aspect <= 0)
        return layout;
    QHash<QString, QString> groupOf;
    for (const GraphNode &n : graph.nodes)
        groupOf.insert(n.id, n.group);
    // Routed edges must stay inside one box; unrouted ones (no points) are drawn straight
    // between wherever their nodes end up.
    for (const GraphLayout::EdgePath &e : layout.edges) {
        const QString g = groupOf.value(e.from);
        if (!e.points.empty() && (g.isEmpty() || g != groupOf.value(e.to)))
            return layout;
    }
    // Blocks: group boxes, and ungrouped nodes (which have no edges, see above).
    struct Block
    {
        QString id;
        bool group;
        QRectF rect;
    };
    std::vector<Block> blocks;
    for (const GraphGroup &g : graph.groups)
        if (layout.groups.contains(g.id))
            blocks.push_back({g.id, true, layout.groups.value(g.id)});
    for (const GraphNode &n : graph.nodes)
        if (n.group.isEmpty() && layout.nodes.contains(n.id))
            blocks.push_back({n.id, false, layout.nodes.value(n.id)});
    double area = 0;
    for (const Block &b : blocks)
        area += (b.rect.width() + 16) * (b.rect.height() + 16);
    const qreal width = std::sqrt(area * aspect) * 1.08;
    std::stable_sort(blocks.begin(), blocks.end(), [](const Block &a, const Block &b) {
        return a.rect.height() > b.rect.height();
    });
    QHash<QString, QPointF> shift; // group or node id → offset
    qreal x = 0, y = 0, rowH = 0, maxW = 0;
    for (const Block &b : blocks) {
        if (x > 0 && x + b.rect.width() > width) {
            x = 0;
            y += rowH + 16;
            rowH = 0;
        }
        shift.insert(b.id, QPointF(x, y) - b.rect.topLeft());
        x += b.rect.width() + 16;
        rowH = std::max(rowH, b.rect.height());
        maxW = std::max(maxW, x);
    }
    GraphLayout out = layout;
    out.size = QSizeF(maxW, y + rowH);
    for (auto it = out.groups.begin(); it != out.groups.end(); ++it)
        it.value().translate(shift.value(it.key()));
    for (auto it = out.nodes.begin(); it != out.nodes.end(); ++it) {
        const QString g = groupOf.value(it.key());
        it.value().translate(shift.value(g.isEmpty() ? it.key() : g));
    }
    for (GraphLayout::EdgePath &e : out.edges) {
        const QPointF d = shift.value(groupOf.value(e.from));
        for (QPointF &p : e.points)
            p += d;
        if (!e.labelPos.isNull())
            e.labelPos += d;
    }
    return out;
}

Graph withIconRoom(const Graph &graph)
{
    Graph g = graph;
    for (GraphNode &n : g.nodes)
        n.label = QStringLiteral("     ") + n.label;
    return g;
}

} // namespace parapet::ui
