// The RBAC view on the demo cluster: the overview graph against the engine's, picking a
// subject (graph and effective permissions from the demo's YAML), who-can, selection.
#include "graphics/graphscene.h"
#include "graphics/graphview.h"
#include "loadrequest.h"
#include "rbac/rbacgraph.h"
#include "views/rbacview.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace parapet;
using namespace parapet::ui;

namespace {

const LoadResult &demo()
{
    static const LoadResult result = runLoad(LoadRequest::demo());
    return result;
}

QStringList column(const QTableWidget *t, int col)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out.append(t->item(r, col)->text());
    return out;
}

bool waitSettled(View &view)
{
    QSignalSpy settled(&view, &View::settled);
    return view.isSettled() || settled.wait(60000);
}

} // namespace

class TestRbacView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void overviewMatchesEngine();
    void pickSubject();
    void whoCan();
    void selectionIsTheObject();

private:
    std::unique_ptr<RbacView> m_view;
};

void TestRbacView::initTestCase()
{
    m_view = std::make_unique<RbacView>();
    m_view->resize(1300, 800);
    m_view->show();
    m_view->setResult(demo());
    QVERIFY(!m_view->isSettled());
    QVERIFY(waitSettled(*m_view));
}

void TestRbacView::overviewMatchesEngine()
{
    const rbac::RbacIndex index(demo().inventory);
    const Graph expected = rbac::rbacGraph(index, rbac::analyzeRisks(index));
    GraphScene *scene = m_view->graphView()->graphScene();
    QVERIFY(scene);
    QCOMPARE(qsizetype(scene->nodeItems().size()), qsizetype(expected.nodes.size()));
    QCOMPARE(qsizetype(scene->edgeItems().size()), qsizetype(expected.edges.size()));
    // Risky grants and escalation steps are drawn as such.
    int risky = 0;
    for (GraphEdgeItem *e : scene->edgeItems())
        if (e->edge().kind == GraphEdge::Kind::Risky ||
            e->edge().kind == GraphEdge::Kind::Escalation)
            ++risky;
    QVERIFY(risky > 0);
    QVERIFY(scene->nodeItem(QStringLiteral("subject/ServiceAccount:cicd:pipeline-runner")));
    // Subjects with risks come first in the list.
    QListWidget *list = m_view->subjectList();
    QVERIFY(list->count() > 20);
    QVERIFY(!list->item(0)->toolTip().isEmpty());
}

void TestRbacView::pickSubject()
{
    QVERIFY(!m_view->pickSubject(QStringLiteral("User:nobody-at-all")));
    // cicd.yaml: ClusterRoleBinding ci-deployer gives ServiceAccount cicd/deployer ClusterRole
    // ci-deployer: "*" on "*" in "", apps, batch, networking.k8s.io, policy, autoscaling.
    QVERIFY(m_view->pickSubject(QStringLiteral("ServiceAccount:cicd:deployer")));
    const QTableWidget *t = m_view->permissionsTable();
    QVERIFY(t->rowCount() > 0);
    bool found = false;
    for (int r = 0; r < t->rowCount(); ++r) {
        if (t->item(r, 4)->text().contains(u"ClusterRoleBinding ci-deployer") &&
            t->item(r, 1)->text() == u"*" && t->item(r, 0)->text() == u"cluster-wide") {
            const QString resources = t->item(r, 2)->text();
            QVERIFY2(resources.contains(u"*.apps") && resources.contains(u"*.batch") &&
                         resources.startsWith(u"*"),
                     qPrintable(resources));
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(column(t, 4).join(u'\n')));
    // Also what every ServiceAccount holds through groups (system:serviceaccounts,
    // system:authenticated): the discovery roles.
    QVERIFY(column(t, 4).join(u'\n').contains(u"system:discovery"));
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("rbacSubjectSummary"))
                ->text()
                .contains(u"risky"));

    // The graph now shows that subject's grants.
    QVERIFY(waitSettled(*m_view));
    GraphScene *scene = m_view->graphView()->graphScene();
    QVERIFY(scene->nodeItem(QStringLiteral("subject/ServiceAccount:cicd:deployer")));
    QVERIFY(scene->nodeItem(QStringLiteral("binding/ClusterRoleBinding//ci-deployer")));
    QVERIFY(scene->nodeItem(QStringLiteral("role/ClusterRole//ci-deployer")));
    int permissionNodes = 0;
    for (GraphNodeItem *n : scene->nodeItems())
        if (n->node().kind == GraphNode::Kind::Permission)
            ++permissionNodes;
    QVERIFY(permissionNodes >= 1);
}

void TestRbacView::whoCan()
{
    const int n =
        m_view->whoCan(QStringLiteral("get"), QStringLiteral("secrets"), QStringLiteral("shop"));
    const rbac::RbacIndex index(demo().inventory);
    const auto expected = index.whoCan(rbac::Request::forResource(
        QStringLiteral("get"), {}, QStringLiteral("secrets"), {}, QStringLiteral("shop")));
    QCOMPARE(n, int(expected.subjects.size()));
    const QStringList subjects = column(m_view->whoCanTable(), 0);
    QVERIFY2(subjects.contains(QStringLiteral("ServiceAccount cicd/pipeline-runner")),
             qPrintable(subjects.join(u", ")));
    QVERIFY(subjects.contains(QStringLiteral("ServiceAccount cicd/deployer")));
    QVERIFY(subjects.contains(QStringLiteral("Group system:masters")));
    QVERIFY(!subjects.contains(QStringLiteral("Group oidc:shop-devs"))); // view: no secrets
    // An API group and a subresource.
    QVERIFY(m_view->whoCan(QStringLiteral("create"), QStringLiteral("pods/exec"), QString()) > 0);
    QVERIFY(m_view->whoCan(QStringLiteral("delete"), QStringLiteral("deployments.apps"),
                           QString()) > 0);
}

void TestRbacView::selectionIsTheObject()
{
    QVERIFY(m_view->pickSubject(QStringLiteral("ServiceAccount:cicd:deployer")));
    QVERIFY(waitSettled(*m_view));
    QSignalSpy changed(m_view.get(), &View::selectionChanged);
    QVERIFY(
        m_view->graphView()->selectNode(QStringLiteral("binding/ClusterRoleBinding//ci-deployer")));
    QCOMPARE(changed.count(), 1);
    const KubeObject *b = demo().inventory.find(u"ClusterRoleBinding", u"", u"ci-deployer");
    QVERIFY(b);
    QCOMPARE(m_view->selection(), Selection::object(b - demo().inventory.objects().data()));
    QVERIFY(
        m_view->graphView()->selectNode(QStringLiteral("subject/ServiceAccount:cicd:deployer")));
    const KubeObject *sa = demo().inventory.find(u"ServiceAccount", u"cicd", u"deployer");
    QVERIFY(sa);
    QCOMPARE(m_view->selection(), Selection::object(sa - demo().inventory.objects().data()));
    m_view->showOverview();
    QVERIFY(waitSettled(*m_view));
}

QTEST_MAIN(TestRbacView)
#include "tst_rbacview.moc"
