// The Network view on the demo cluster: the graph against the engine's, reachability queries
// with their explanation, the namespace matrix, what-if with a default-deny policy, export.
#include "graphics/graphscene.h"
#include "graphics/graphview.h"
#include "loadrequest.h"
#include "netpol/netpolgraph.h"
#include "sources/manifestloader.h"
#include "views/networkview.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace parapet;
using namespace parapet::ui;

namespace {

const LoadResult &demo()
{
    static const LoadResult result = runLoad(LoadRequest::demo());
    return result;
}

const QString kDenyLegacy = QStringLiteral("apiVersion: networking.k8s.io/v1\n"
                                           "kind: NetworkPolicy\n"
                                           "metadata:\n"
                                           "  name: default-deny-ingress\n"
                                           "  namespace: legacy\n"
                                           "spec:\n"
                                           "  podSelector: {}\n"
                                           "  policyTypes:\n"
                                           "  - Ingress\n");

} // namespace

class TestNetworkView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void graphMatchesEngine();
    void allowedQuery();
    void deniedQuery();
    void badQuery();
    void matrix();
    void whatIfDefaultDeny();
    void whatIfBadYaml();
    void exportPolicy();

private:
    std::unique_ptr<NetworkView> m_view;
};

void TestNetworkView::initTestCase()
{
    m_view = std::make_unique<NetworkView>();
    m_view->resize(1300, 800);
    m_view->show();
    QSignalSpy settled(m_view.get(), &View::settled);
    m_view->setResult(demo());
    QVERIFY(!m_view->isSettled());
    QVERIFY(settled.wait(60000));
}

void TestNetworkView::graphMatchesEngine()
{
    const Graph expected = netpol::netpolGraph(demo().inventory);
    GraphScene *scene = m_view->graphView()->graphScene();
    QVERIFY(scene);
    QCOMPARE(qsizetype(scene->nodeItems().size()), qsizetype(expected.nodes.size()));
    QCOMPARE(qsizetype(scene->edgeItems().size()), qsizetype(expected.edges.size()));
    // Unrestricted workloads stand out; shop's are isolated.
    QVERIFY(scene->nodeItem(QStringLiteral("w/legacy/Deployment/inventory-app"))->node().risky);
    QVERIFY(!scene->nodeItem(QStringLiteral("w/shop/Deployment/cart"))->node().risky);
    QVERIFY(scene->nodeItem(QStringLiteral("any")));
    // Selecting a workload selects its object.
    QVERIFY(m_view->graphView()->selectNode(QStringLiteral("w/shop/Deployment/cart")));
    const KubeObject *cart = demo().inventory.find(u"Deployment", u"shop", u"cart");
    QCOMPARE(m_view->selection(), Selection::object(cart - demo().inventory.objects().data()));
}

void TestNetworkView::allowedQuery()
{
    // shop.yaml: policy "cart" allows egress to redis on the port named redis (6379); policy
    // "redis" allows ingress from cart.
    const auto a = m_view->query(QStringLiteral("shop/Deployment/cart"),
                                 QStringLiteral("shop/Deployment/redis"), 6379);
    QVERIFY2(a.valid, qPrintable(a.error));
    QCOMPARE(a.verdict, QStringLiteral("allowed"));
    QVERIFY2(a.explanation.contains(u"allowed by NetworkPolicy shop/cart spec.egress[0]"),
             qPrintable(a.explanation));
    QVERIFY(a.explanation.contains(u"allowed by NetworkPolicy shop/redis spec.ingress[0]"));
    QVERIFY(
        m_view->findChild<QLabel *>(QStringLiteral("networkVerdict"))->text().contains(u"Allowed"));
}

void TestNetworkView::deniedQuery()
{
    // frontend may only talk to cart, catalog and checkout (and DNS).
    const auto a = m_view->query(QStringLiteral("shop/Deployment/frontend"),
                                 QStringLiteral("shop/Deployment/redis"), 6379);
    QVERIFY2(a.valid, qPrintable(a.error));
    QCOMPARE(a.verdict, QStringLiteral("denied"));
    QVERIFY2(
        a.explanation.contains(u"denied: no egress rule of these policies matches the destination"),
        qPrintable(a.explanation));
    QVERIFY(a.explanation.contains(u"isolated by NetworkPolicy"));
    QVERIFY(a.explanation.contains(u"shop/default-deny-all"));
    QVERIFY(
        m_view->findChild<QLabel *>(QStringLiteral("networkVerdict"))->text().contains(u"Denied"));
    // Into legacy, which no policy isolates: allowed on the ingress side for anyone.
    const auto open = m_view->query(QStringLiteral("cicd/Deployment/pipeline-runner"),
                                    QStringLiteral("legacy/Deployment/inventory-app"), 8080);
    QCOMPARE(open.verdict, QStringLiteral("allowed"));
    QVERIFY(open.explanation.contains(u"not isolated for ingress"));
}

void TestNetworkView::badQuery()
{
    const auto a = m_view->query(QStringLiteral("shop/Deployment/nope"),
                                 QStringLiteral("shop/Deployment/redis"), 6379);
    QVERIFY(!a.valid);
    QVERIFY(a.error.startsWith(u"Source: "));
    QVERIFY(
        m_view->findChild<QLabel *>(QStringLiteral("networkVerdict"))->text().contains(u"Cannot"));
}

void TestNetworkView::matrix()
{
    const QAbstractItemModel *m = m_view->matrixView()->model();
    QVERIFY(m->rowCount() >= 5);
    QCOMPARE(m->rowCount(), m->columnCount());
    int shop = -1, legacy = -1;
    for (int i = 0; i < m->rowCount(); ++i) {
        const QString h = m->headerData(i, Qt::Vertical, Qt::DisplayRole).toString();
        if (h.startsWith(u"shop "))
            shop = i;
        if (h.startsWith(u"legacy "))
            legacy = i;
    }
    QVERIFY(shop >= 0 && legacy >= 0);
    // Into the locked-down shop from legacy: nothing; legacy accepts everything.
    QCOMPARE(m->index(legacy, shop).data(Qt::UserRole).toInt(), 0);
    const QString open = m->index(shop, legacy).data().toString();
    QVERIFY(m->index(legacy, legacy).data(Qt::UserRole).toInt() > 0);
    QVERIFY2(open.contains(u'/'), qPrintable(open));
}

void TestNetworkView::whatIfDefaultDeny()
{
    QVERIFY(m_view->editPolicy(QString()));
    QVERIFY(m_view->whatIfEditor()->toPlainText().contains(u"kind: NetworkPolicy"));
    QSignalSpy finished(m_view.get(), &NetworkView::whatIfFinished);
    int expected = 0;
    m_view->applyWhatIf(kDenyLegacy);
    ++expected;
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), expected, 60000);
    QVERIFY2(m_view->whatIfError().isEmpty(), qPrintable(m_view->whatIfError()));
    const auto &changes = m_view->changes();
    QVERIFY(!changes.empty());
    for (const auto &c : changes) {
        QCOMPARE(int(c.kind), int(netpol::ConnectivityChange::Kind::Removed));
        QVERIFY2(c.to.startsWith(u"legacy/"), qPrintable(c.to));
    }
    // Connections from the outside into legacy go too.
    QVERIFY(
        std::any_of(changes.begin(), changes.end(), [](const auto &c) { return c.fromOutside; }));
    QCOMPARE(m_view->changesTable()->rowCount(), int(changes.size()));
    QVERIFY(m_view->changesTable()->item(0, 0)->text().contains(u"disappears"));
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("networkWhatIfStatus"))
                ->text()
                .contains(QStringLiteral("%1 disappear").arg(changes.size())));

    // Editing an existing policy: dropping shop/redis's ingress rule cuts cart → redis.
    QVERIFY(m_view->editPolicy(QStringLiteral("shop/redis")));
    QString yaml = m_view->whatIfEditor()->toPlainText();
    QVERIFY(yaml.contains(u"name: redis"));
    const qsizetype ingress = yaml.indexOf(u"\n  ingress:");
    QVERIFY(ingress > 0);
    const qsizetype next = yaml.indexOf(u"\n  policyTypes:", ingress);
    QVERIFY(next > ingress);
    yaml.remove(ingress, next - ingress);
    m_view->applyWhatIf(yaml);
    ++expected;
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), expected, 60000);
    QVERIFY2(m_view->whatIfError().isEmpty(), qPrintable(m_view->whatIfError()));
    QVERIFY(std::any_of(m_view->changes().begin(), m_view->changes().end(), [](const auto &c) {
        return c.from == u"shop/Deployment/cart" && c.to == u"shop/Deployment/redis" &&
               c.kind == netpol::ConnectivityChange::Kind::Removed;
    }));
}

void TestNetworkView::whatIfBadYaml()
{
    QSignalSpy finished(m_view.get(), &NetworkView::whatIfFinished);
    int expected = 0;
    m_view->applyWhatIf(QStringLiteral("kind: ConfigMap\napiVersion: v1\nmetadata:\n  name: x\n"));
    ++expected;
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), expected, 60000);
    QVERIFY(m_view->whatIfError().contains(u"no NetworkPolicy"));
    m_view->applyWhatIf(QStringLiteral("kind: NetworkPolicy\n  bad: [indent\n"));
    ++expected;
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), expected, 60000);
    QVERIFY2(m_view->whatIfError().contains(u"what-if.yaml"), qPrintable(m_view->whatIfError()));
}

void TestNetworkView::exportPolicy()
{
    QVERIFY(m_view->editPolicy(QString()));
    m_view->whatIfEditor()->setPlainText(kDenyLegacy);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deny.yaml"));
    QString error;
    QVERIFY2(m_view->exportPolicy(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), kDenyLegacy);
    const Inventory back = ManifestLoader::loadPaths({path});
    QCOMPARE(back.ofKind(QStringLiteral("NetworkPolicy")).size(), std::size_t(1));
    QVERIFY(!m_view->exportPolicy(QStringLiteral("/nonexistent-dir/p.yaml"), &error));
    QVERIFY(error.contains(u"/nonexistent-dir/p.yaml"));
}

QTEST_MAIN(TestNetworkView)
#include "tst_networkview.moc"
