#pragma once

#include "graph/graph.h"
#include "rbac/rbacindex.h"
#include "rbac/rbacrisks.h"
#include "view.h"

#include <memory>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace parapet::ui {

class GraphView;

/// RBAC: subjects → bindings → roles → permissions. The graph opens on the subjects with risky
/// grants and escalation paths (red); picking a subject draws what it holds and lists its
/// effective permissions; "Who can" answers a verb + resource (+ namespace) question with the
/// subjects and the bindings that allow it.
class RbacView : public View
{
    Q_OBJECT
public:
    explicit RbacView(QWidget *parent = nullptr);

    void setResult(const LoadResult &result) override;
    Selection selection() const override;
    bool focusFilter() override;
    void applyFilter(const QString &filter) override;
    bool isSettled() const override;

    GraphView *graphView() const { return m_graph; }
    QListWidget *subjectList() const { return m_subjects; }
    QTableWidget *permissionsTable() const { return m_permissions; }
    QTableWidget *whoCanTable() const { return m_whoCan; }

    /// Picks a subject by key (`ServiceAccount:ns:name`, `User:alice`, `Group:devs`): draws its
    /// graph and lists its permissions. False when the key is unknown.
    bool pickSubject(const QString &key);
    /// Runs "who can" for \a verb on \a resource (`secrets`, `deployments.apps`,
    /// `pods/exec`) in \a ns (empty: any namespace). Returns the number of subjects.
    int whoCan(const QString &verb, const QString &resource, const QString &ns);
    /// Back to the overview of risky subjects.
    void showOverview();

    struct Data
    {
        std::shared_ptr<const rbac::RbacIndex> index;
        rbac::RiskReport report;
        Graph overview;
    };

private:
    void showData(const std::shared_ptr<const Data> &data);
    void fillSubjects();
    Graph subjectGraph(const rbac::SubjectEntry &subject) const;
    void runWhoCan();

    GraphView *m_graph;
    QTabWidget *m_tabs;
    QLineEdit *m_subjectFilter;
    QListWidget *m_subjects;
    QLabel *m_subjectSummary;
    QTableWidget *m_permissions;
    QComboBox *m_verb;
    QLineEdit *m_resource;
    QComboBox *m_namespace;
    QPushButton *m_whoCanButton;
    QLabel *m_whoCanSummary;
    QTableWidget *m_whoCan;
    QTableWidget *m_risks;
    QPushButton *m_overviewButton;
    QLabel *m_graphTitle;

    std::shared_ptr<const Data> m_data;
    QHash<QString, rbac::SubjectEntry> m_subjectByKey;
    Inventory m_inventory;
    int m_generation = 0;
    bool m_computing = false;
};

} // namespace parapet::ui
