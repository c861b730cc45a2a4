#pragma once

#include "graph/graph.h"
#include "graphscene.h"

#include <atomic>
#include <memory>
#include <QGraphicsView>
#include <QSet>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolButton;

namespace parapet::ui {

/// The canvas: wheel and Ctrl+± zoom around the cursor, drag to pan, F to fit, double-click
/// to activate (expand a collapsed namespace).
class GraphCanvas : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphCanvas(QWidget *parent = nullptr);

    void zoomBy(qreal factor);
    /// Fits the whole graph; with \a readable, never below the zoom where labels show (then
    /// the top-left part is shown).
    void fitAll(bool readable = true);
    qreal zoom() const;
    /// Keeps the current zoom and position when the canvas is resized (fitAll() fits again on
    /// every resize until the user zooms, pans or a node is brought into view).
    void holdView() { m_refitOnResize = false; }
    /// True while the view shows fitAll()'s fit and follows the canvas size.
    bool followsSize() const { return m_refitOnResize; }

Q_SIGNALS:
    void nodeActivated(const QString &id);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void scaleTo(qreal zoom);

    bool m_readableFit = true;
    bool m_refitOnResize = false;
};

/// A graph on a canvas, laid out by Graphviz on a worker thread (a newer graph supersedes an
/// older layout still running; a layout that fails or takes too long falls back to a simple
/// grouped layout with a message saying so), with search that dims non-matches, selection that
/// dims what is not connected, graphs above kCollapseThreshold nodes opening with namespaces
/// collapsed (double-click expands one), and export as SVG or PNG.
class GraphView : public QWidget
{
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    /// Shows \a graph (laid out off the GUI thread); \a emptyText is shown when it has no node.
    void setGraph(const Graph &graph, const GraphDecorations &decorations = {},
                  const QString &emptyText = {});
    /// Replaces the canvas by a message (nothing loaded, an error).
    void showMessage(const QString &title, const QString &text);
    /// Updates tones and badges without a new layout.
    void setDecorations(const GraphDecorations &decorations);

    /// True from setGraph() until the scene of its layout is shown.
    bool isBusy() const { return m_busy; }
    GraphScene *graphScene() const { return m_scene; }
    GraphCanvas *canvas() const { return m_canvas; }
    /// The graph as given to setGraph().
    const Graph &graph() const { return m_graph; }
    /// Engine of the layout shown (`dot`, `sfdp`, or `grid` for the fallback).
    QString engine() const { return m_engine; }
    /// Why the layout shown is not Graphviz's (timeout, Graphviz missing); empty otherwise.
    QString fallbackReason() const { return m_fallbackReason; }
    qint64 lastLayoutMs() const { return m_layoutMs; }
    qint64 lastSceneMs() const { return m_sceneMs; }

    QString currentNode() const { return m_current; }
    /// Selects and centres a node; false when it is not on the canvas.
    bool selectNode(const QString &id);
    void clearSelection();
    void setFilterText(const QString &text);
    QLineEdit *searchField() const { return m_search; }
    bool focusSearch();

    /// Layout time limit (Graphviz is stopped after it).
    void setLayoutTimeout(int ms) { m_timeoutMs = ms; }
    void setCollapseThreshold(int nodes) { m_collapseThreshold = nodes; }
    void expandGroup(const QString &groupId);
    void collapseAll();
    bool isCollapsed() const { return m_collapsed; }

    bool exportSvg(const QString &path, QString *error = nullptr) const;
    bool exportPng(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void currentNodeChanged(const QString &id);
    /// A layout finished and its scene is shown (also after a fallback).
    void layoutFinished();

private:
    void relayout();
    /// Stops the Graphviz child of the layout running, if any (its result is dropped anyway).
    void cancelLayout();
    void onLayoutDone(int generation, const GraphLayout &layout, const QString &error,
                      bool timedOut, qint64 ms);
    void showScene(const Graph &shown, const GraphLayout &layout);
    void updateFocus();
    void exportDialog();
    GraphDecorations shownDecorations(const Graph &shown) const;

    GraphCanvas *m_canvas;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QLabel *m_banner;
    QLabel *m_matches;
    QLineEdit *m_search;
    QToolButton *m_collapseButton;
    QWidget *m_messagePage;
    QLabel *m_messageTitle;
    QLabel *m_messageText;
    GraphScene *m_scene = nullptr;

    Graph m_graph;
    GraphDecorations m_decorations;
    QString m_emptyText;
    QSet<QString> m_expanded;
    bool m_collapsed = false;
    bool m_expandAll = false;
    QString m_current;
    QString m_filter;
    QString m_engine;
    QString m_fallbackReason;
    int m_generation = 0;
    /// Set to stop the Graphviz child of the layout running (superseded, view gone).
    std::shared_ptr<std::atomic_bool> m_cancelLayout;
    int m_timeoutMs = 20000;
    int m_collapseThreshold = kCollapseThreshold;
    bool m_busy = false;
    qint64 m_layoutMs = 0;
    qint64 m_sceneMs = 0;
};

} // namespace parapet::ui
