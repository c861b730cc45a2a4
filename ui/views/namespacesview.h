#pragma once

#include "graph/graph.h"
#include "graphics/graphscene.h"
#include "graphics/graphsupport.h"
#include "view.h"

#include <QHash>

class QLabel;

namespace parapet::ui {

class GraphView;

/// Namespaces as boxes holding their workloads, Services and NetworkPolicies, coloured by the
/// worst finding of each object, with each namespace's isolation (ingress and egress
/// default-deny, isolated, partly, open) as badges in its title.
class NamespacesView : public View
{
    Q_OBJECT
public:
    explicit NamespacesView(QWidget *parent = nullptr);

    void setResult(const LoadResult &result) override;
    void setScan(const std::shared_ptr<const checks::ScanResult> &scan) override;
    Selection selection() const override;
    bool focusFilter() override;
    void applyFilter(const QString &filter) override;
    bool selectObject(qsizetype index) override;
    bool isSettled() const override;

    GraphView *graphView() const { return m_graph; }
    /// The graph and what the view knows of it (built on a worker thread).
    struct Data
    {
        Graph graph;
        QHash<QString, qsizetype> objects; ///< node id (or group id) → inventory index
        QHash<QString, std::vector<GraphDecorations::Badge>> badges;
    };
    static Data build(const Inventory &inventory);

private:
    void showData(const Data &data);
    GraphDecorations decorations() const;

    GraphView *m_graph;
    QLabel *m_legend;
    Data m_data;
    RiskIndex m_risk;
    int m_generation = 0;
    bool m_computing = false;
};

} // namespace parapet::ui
