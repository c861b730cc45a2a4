#include "itemmodels/diagnosticsmodel.h"
#include "itemmodels/inventoryfiltermodel.h"
#include "itemmodels/inventorymodel.h"
#include "itemmodels/namespacesummarymodel.h"
#include "loadrequest.h"
#include "sources/manifestloader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace parapet;
using namespace parapet::ui;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PARAPET_TEST_DATA "/") + QLatin1StringView(name);
}

// `Kind ns/name` of every row of \a model, in row order.
QStringList references(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString ns = model.index(row, 0).data(InventoryModel::NamespaceRole).toString();
        out.append(model.index(row, 0).data(InventoryModel::KindRole).toString() + u' ' +
                   (ns.isEmpty() ? QString() : ns + u'/') +
                   model.index(row, 0).data(InventoryModel::NameRole).toString());
    }
    return out;
}

} // namespace

class TestInventoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelTester();
    void columnsAndRoles();
    void displayRoot();
    void filter_data();
    void filter();
    void filterErrors();
    void comboFilters();
    void tokenize_data();
    void tokenize();
    void sortsByRawValues();
    void diagnosticsModel();
    void namespaceSummary();

private:
    Inventory m_inventory;
};

void TestInventoryModel::initTestCase()
{
    m_inventory = ManifestLoader::loadPaths({fixture("shop.yaml")});
    QCOMPARE(m_inventory.diagnostics().size(), std::size_t(0));
    QCOMPARE(m_inventory.size(), qsizetype(7));
}

void TestInventoryModel::modelTester()
{
    InventoryModel model;
    InventoryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&filter,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInventory(m_inventory);
    filter.sort(InventoryModel::Name);
    filter.setFilterText(QStringLiteral("kind:Deployment,Service"));
    filter.setNamespaceFilter(QStringLiteral("shop"));
    filter.setFilterText(QString());
    filter.sort(InventoryModel::Source, Qt::DescendingOrder);
    model.setInventory(Inventory());
    QCOMPARE(filter.rowCount(), 0);
    model.setInventory(m_inventory);
    QCOMPARE(filter.rowCount(), 3);
}

void TestInventoryModel::columnsAndRoles()
{
    InventoryModel model;
    model.setInventory(m_inventory);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), int(InventoryModel::ColumnCount));
    int deployment = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.object(row)->kind() == u"Deployment")
            deployment = row;
    }
    QVERIFY(deployment >= 0);
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(deployment, column).data(role);
    };
    QCOMPARE(cell(InventoryModel::Kind).toString(), QStringLiteral("Deployment"));
    QCOMPARE(cell(InventoryModel::Namespace).toString(), QStringLiteral("shop"));
    QCOMPARE(cell(InventoryModel::Name).toString(), QStringLiteral("cart"));
    QVERIFY(cell(InventoryModel::Source).toString().endsWith(u"shop.yaml:9"));
    QCOMPARE(cell(InventoryModel::Kind, Qt::ToolTipRole).toString(),
             QStringLiteral("apps/v1 Deployment"));
    QVERIFY(!cell(InventoryModel::Kind, Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(cell(InventoryModel::Kind, InventoryModel::ObjectIndexRole).value<qsizetype>(),
             qsizetype(deployment));
    // No creation timestamps in the fixture: the Age column stays empty.
    QVERIFY(!model.hasCreationTimes());
    QCOMPARE(cell(InventoryModel::Age).toString(), QString());
    QCOMPARE(cell(InventoryModel::Age, InventoryModel::SortRole).toLongLong(), -1);
    QCOMPARE(model.headerData(InventoryModel::Source, Qt::Horizontal).toString(),
             QStringLiteral("Source"));
    QVERIFY(!model.index(0, 0, model.index(0, 0)).isValid());
    QCOMPARE(model.object(99), nullptr);

    // The Pod has no namespace in the file: it is shown defaulted, in italics.
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.object(row)->kind() != u"Pod")
            continue;
        QCOMPARE(model.index(row, InventoryModel::Namespace).data().toString(),
                 QStringLiteral("default"));
        QVERIFY(
            model.index(row, InventoryModel::Namespace).data(Qt::FontRole).value<QFont>().italic());
    }
}

void TestInventoryModel::displayRoot()
{
    InventoryModel model;
    const QString root = commonFolder(m_inventory);
    QCOMPARE(root, QStringLiteral(PARAPET_TEST_DATA "/"));
    model.setInventory(m_inventory, root);
    QCOMPARE(model.index(0, InventoryModel::Source).data().toString(),
             QStringLiteral("shop.yaml:2"));
    QCOMPARE(model.index(0, InventoryModel::Source).data(Qt::ToolTipRole).toString(),
             fixture("shop.yaml") + QStringLiteral(":2:1"));
}

void TestInventoryModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // sorted references

    QTest::newRow("nothing") << QString()
                             << QStringList{QStringLiteral("ClusterRole reader"),
                                            QStringLiteral("ConfigMap web/web-config"),
                                            QStringLiteral("Deployment shop/cart"),
                                            QStringLiteral("Namespace shop"),
                                            QStringLiteral("NetworkPolicy shop/default-deny"),
                                            QStringLiteral("Pod default/debug"),
                                            QStringLiteral("Service shop/cart")};
    QTest::newRow("word") << QStringLiteral("cart")
                          << QStringList{QStringLiteral("Deployment shop/cart"),
                                         QStringLiteral("Service shop/cart")};
    QTest::newRow("word, any case")
        << QStringLiteral("CART")
        << QStringList{QStringLiteral("Deployment shop/cart"), QStringLiteral("Service shop/cart")};
    QTest::newRow("word in kind") << QStringLiteral("policy")
                                  << QStringList{QStringLiteral("NetworkPolicy shop/default-deny")};
    QTest::newRow("ns/name") << QStringLiteral("shop/car")
                             << QStringList{QStringLiteral("Deployment shop/cart"),
                                            QStringLiteral("Service shop/cart")};
    QTest::newRow("two words") << QStringLiteral("cart service")
                               << QStringList{QStringLiteral("Service shop/cart")};
    QTest::newRow("kind") << QStringLiteral("kind:Deployment")
                          << QStringList{QStringLiteral("Deployment shop/cart")};
    QTest::newRow("kind lower case")
        << QStringLiteral("kind:deployment") << QStringList{QStringLiteral("Deployment shop/cart")};
    QTest::newRow("kind short names")
        << QStringLiteral("k:deploy,svc")
        << QStringList{QStringLiteral("Deployment shop/cart"), QStringLiteral("Service shop/cart")};
    QTest::newRow("kind np") << QStringLiteral("kind:np")
                             << QStringList{QStringLiteral("NetworkPolicy shop/default-deny")};
    QTest::newRow("namespace") << QStringLiteral("ns:shop")
                               << QStringList{QStringLiteral("Deployment shop/cart"),
                                              QStringLiteral("NetworkPolicy shop/default-deny"),
                                              QStringLiteral("Service shop/cart")};
    QTest::newRow("namespaces") << QStringLiteral("namespace:web,default")
                                << QStringList{QStringLiteral("ConfigMap web/web-config"),
                                               QStringLiteral("Pod default/debug")};
    QTest::newRow("namespace wildcard")
        << QStringLiteral("ns:we*") << QStringList{QStringLiteral("ConfigMap web/web-config")};
    QTest::newRow("cluster-scoped")
        << QStringLiteral("ns:")
        << QStringList{QStringLiteral("ClusterRole reader"), QStringLiteral("Namespace shop")};
    QTest::newRow("label equals") << QStringLiteral("l:app=cart")
                                  << QStringList{QStringLiteral("Deployment shop/cart"),
                                                 QStringLiteral("Service shop/cart")};
    QTest::newRow("label exists") << QStringLiteral("label:app")
                                  << QStringList{QStringLiteral("ConfigMap web/web-config"),
                                                 QStringLiteral("Deployment shop/cart"),
                                                 QStringLiteral("Service shop/cart")};
    QTest::newRow("label and") << QStringLiteral("l:app=cart,tier=backend")
                               << QStringList{QStringLiteral("Deployment shop/cart")};
    QTest::newRow("label set, parentheses") << QStringLiteral("l:app in (web, cart) kind:svc")
                                            << QStringList{QStringLiteral("Service shop/cart")};
    QTest::newRow("label set, quoted") << QStringLiteral("l:\"app notin (cart)\" ns:web")
                                       << QStringList{QStringLiteral("ConfigMap web/web-config")};
    QTest::newRow("label does not exist")
        << QStringLiteral("l:!app kind:Pod") << QStringList{QStringLiteral("Pod default/debug")};
    QTest::newRow("all kinds of token") << QStringLiteral("kind:Service ns:shop l:app=cart car")
                                        << QStringList{QStringLiteral("Service shop/cart")};
    QTest::newRow("no match") << QStringLiteral("nothing-is-called-this") << QStringList{};
}

void TestInventoryModel::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    InventoryModel model;
    model.setInventory(m_inventory);
    InventoryFilterModel filter;
    filter.setSourceModel(&model);
    filter.setFilterText(text);
    QCOMPARE(filter.filterError(), QString());
    QStringList got = references(filter);
    got.sort();
    QCOMPARE(got, expected);
}

void TestInventoryModel::filterErrors()
{
    InventoryModel model;
    model.setInventory(m_inventory);
    InventoryFilterModel filter;
    filter.setSourceModel(&model);
    QSignalSpy spy(&filter, &InventoryFilterModel::filterErrorChanged);

    filter.setFilterText(QStringLiteral("l:app in (x"));
    QVERIFY(filter.filterError().contains(u"label selector"));
    QCOMPARE(filter.rowCount(), 0);
    QCOMPARE(spy.count(), 1);

    filter.setFilterText(QStringLiteral("kind:Frobnicator"));
    QVERIFY(filter.filterError().contains(u"Frobnicator"));
    QCOMPARE(filter.rowCount(), 0);

    filter.setFilterText(QStringLiteral("cart"));
    QCOMPARE(filter.filterError(), QString());
    QCOMPARE(filter.rowCount(), 2);
    QCOMPARE(spy.count(), 3);
}

void TestInventoryModel::comboFilters()
{
    InventoryModel model;
    model.setInventory(m_inventory);
    InventoryFilterModel filter;
    filter.setSourceModel(&model);
    filter.setNamespaceFilter(InventoryFilterModel::clusterScoped());
    QCOMPARE(filter.rowCount(), 2);
    filter.setNamespaceFilter(QStringLiteral("shop"));
    QCOMPARE(filter.rowCount(), 3);
    filter.setKindFilter(QStringLiteral("Service"));
    QCOMPARE(references(filter), QStringList{QStringLiteral("Service shop/cart")});
    filter.setFilterText(QStringLiteral("kind:Deployment")); // combos and text both apply
    QCOMPARE(filter.rowCount(), 0);
    filter.setNamespaceFilter(QString());
    filter.setKindFilter(QString());
    QCOMPARE(filter.rowCount(), 1);
}

void TestInventoryModel::tokenize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("spaces") << QStringLiteral("  a   b ")
                            << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("parentheses") << QStringLiteral("l:env in (a, b) x")
                                 << QStringList{QStringLiteral("l:env in (a, b)"),
                                                QStringLiteral("x")};
    QTest::newRow("quotes") << QStringLiteral("l:\"a b\" 'c d'")
                            << QStringList{QStringLiteral("l:a b"), QStringLiteral("c d")};
    QTest::newRow("empty quotes") << QStringLiteral("\"\"") << QStringList{QString()};
}

void TestInventoryModel::tokenize()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QCOMPARE(InventoryFilterModel::tokenize(text), tokens);
}

void TestInventoryModel::sortsByRawValues()
{
    // Lines 9 and 33 sort as numbers (9 first), not as text ("33" before "9").
    InventoryModel model;
    model.setInventory(m_inventory, commonFolder(m_inventory));
    InventoryFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(InventoryModel::Source, Qt::AscendingOrder);
    QStringList sources;
    for (int row = 0; row < filter.rowCount(); ++row)
        sources.append(filter.index(row, InventoryModel::Source).data().toString());
    QCOMPARE(sources, (QStringList{QStringLiteral("shop.yaml:2"), QStringLiteral("shop.yaml:9"),
                                   QStringLiteral("shop.yaml:33"), QStringLiteral("shop.yaml:47"),
                                   QStringLiteral("shop.yaml:56"), QStringLiteral("shop.yaml:67"),
                                   QStringLiteral("shop.yaml:76")}));
    QVERIFY(QStringLiteral("shop.yaml:33") < QStringLiteral("shop.yaml:9")); // what text would do

    // Kind sorts by kind, then namespace, then name.
    filter.sort(InventoryModel::Kind, Qt::DescendingOrder);
    QCOMPARE(references(filter).first(), QStringLiteral("Service shop/cart"));
    filter.sort(InventoryModel::Name, Qt::AscendingOrder);
    QCOMPARE(references(filter).first(), QStringLiteral("Deployment shop/cart"));
    QCOMPARE(references(filter).at(1), QStringLiteral("Service shop/cart"));
}

void TestInventoryModel::diagnosticsModel()
{
    const Inventory broken = ManifestLoader::loadPaths({fixture("broken.yaml")});
    QVERIFY(broken.hasErrors());
    DiagnosticsModel model;
    DiagnosticsFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiagnostics(broken.diagnostics(), commonFolder(broken));
    QCOMPARE(model.rowCount(), int(broken.diagnostics().size()));
    QVERIFY(model.rowCount() >= 2);
    QCOMPARE(model.index(0, DiagnosticsModel::Severity).data().toString(), QStringLiteral("Error"));
    QVERIFY(
        model.index(0, DiagnosticsModel::Location).data().toString().startsWith(u"broken.yaml:"));
    filter.setSeverityFilter(int(Diagnostic::Severity::Warning));
    QCOMPARE(filter.rowCount(), 0);
    filter.setSeverityFilter(-1);
    filter.setText(QStringLiteral("metadata.name"));
    QCOMPARE(filter.rowCount(), 1);
    // Location sorts by line as a number.
    filter.setText(QString());
    filter.sort(DiagnosticsModel::Location);
    const int first = filter.index(0, 0).data(DiagnosticsModel::DiagnosticIndexRole).toInt();
    const int last =
        filter.index(filter.rowCount() - 1, 0).data(DiagnosticsModel::DiagnosticIndexRole).toInt();
    QVERIFY(broken.diagnostics()[std::size_t(first)].location.line <=
            broken.diagnostics()[std::size_t(last)].location.line);
}

void TestInventoryModel::namespaceSummary()
{
    const ClusterSummary summary = ClusterSummary::of(m_inventory);
    QCOMPARE(summary.namespaces, 3);
    QCOMPARE(summary.workloads, 1);
    QCOMPARE(summary.pods, 1);
    QCOMPARE(summary.networkPolicies, 1);
    QCOMPARE(summary.rbacObjects, 1);
    QCOMPARE(summary.namespacesWithoutNetworkPolicy, 2);
    QCOMPARE(summary.serviceTypes.value(QStringLiteral("ClusterIP")), 1);
    NamespaceSummaryModel model;
    NamespaceSummaryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(summary.namespaceRows);
    QCOMPARE(model.rowCount(), 3);
    const NamespaceSummary *shop = model.row(1);
    QCOMPARE(shop->name, QStringLiteral("shop"));
    QVERIFY(shop->declared);
    QCOMPARE(shop->psaEnforce, QStringLiteral("restricted"));
    QCOMPARE(shop->objects, 3);
    QCOMPARE(model.index(1, NamespaceSummaryModel::PodSecurity).data().toString(),
             QStringLiteral("restricted"));
    QCOMPARE(model.index(0, NamespaceSummaryModel::PodSecurity).data().toString(),
             QStringLiteral("no Namespace object"));
    // Objects sort as numbers: shop (3) last in ascending order.
    filter.sort(NamespaceSummaryModel::Objects, Qt::AscendingOrder);
    QCOMPARE(filter.index(2, 0).data().toString(), QStringLiteral("shop"));
}

QTEST_MAIN(TestInventoryModel)
#include "tst_inventorymodel.moc"
