#include "dialogs/settingsdialog.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/inventoryfiltermodel.h"
#include "itemmodels/inventorymodel.h"
#include "launcher.h"
#include "mainwindow.h"
#include "views/findingsview.h"
#include "views/inventoryview.h"
#include "views/view.h"
#include "views/viewcatalog.h"
#include "widgets/emptystate.h"
#include "widgets/sourcechip.h"
#include "widgets/statcard.h"
#include "widgets/tableexport.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace parapet;
using namespace parapet::ui;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PARAPET_TEST_DATA "/") + QLatin1StringView(name);
}

template <typename T> T *child(const QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1StringView(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// Proxy row of the object with this kind and name in the inventory table.
QModelIndex rowOf(const QTableView &table, const QString &kind, const QString &name)
{
    const QAbstractItemModel *model = table.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(InventoryModel::KindRole).toString() == kind &&
            index.data(InventoryModel::NameRole).toString() == name)
            return index;
    }
    return {};
}

/// Views that compute in the background (graphs) are let finish before the window goes.
bool allSettled(const MainWindow &window)
{
    for (const ViewInfo &info : viewCatalog())
        if (const View *v = window.view(info.id); v && !v->isSettled())
            return false;
    return true;
}

int navigationRow(const QListWidget &navigation, const QString &id)
{
    for (int row = 0; row < navigation.count(); ++row)
        if (navigation.item(row)->data(Qt::UserRole + 1).toString() == id)
            return row;
    return -1;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void opensOnFixture();
    void selectingARowFillsDetails();
    void labelChipFiltersInventory();
    void overviewCardNavigates();
    void problemsAndBadge();
    void problemsEmptyStateTeaches();
    void viewNamesMapToViews();
    void settingsRememberView();
    void screenshotWritesPng();
    void screenshotToBadPathFails();
    void selectByReference();
    void saveSnapshotKeepsSecretsMetadataOnly();
    void exportFindingsCsvAndJson();
    void findingsScopeFilters();
    void csvQuotingFollowsRfc4180();
    void settingsDialogStoresThemeAndLanguage();
    void exportReportWritesPdfAndHtml();

private:
    void loadAndWait(MainWindow &window, const LoadRequest &request);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("parapet.ini")),
                                             QSettings::IniFormat);
}

void TestMainWindow::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindow::loadAndWait(MainWindow &window, const LoadRequest &request)
{
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.load(request);
    QVERIFY(window.isLoading());
    QVERIFY(finished.wait(20000));
    QVERIFY(!window.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(allSettled(window), 60000);
}

void TestMainWindow::opensOnFixture()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    QSignalSpy scanned(&window, &MainWindow::scanFinished);
    window.load(LoadRequest::fromPaths({fixture("shop.yaml")}));
    // The load runs in the background, with a busy indicator in place; so does the scan
    // that follows it.
    QVERIFY(window.isLoading());
    QVERIFY(child<QProgressBar>(window, "busyIndicator")->isVisible());
    QVERIFY(finished.wait(20000));
    QVERIFY(scanned.count() == 1 || scanned.wait(20000));
    QVERIFY(!child<QProgressBar>(window, "busyIndicator")->isVisible());
    QVERIFY(window.result().has_value());

    const QString status = child<QLabel>(window, "statusSummary")->text();
    QVERIFY2(status.startsWith(QStringLiteral("7 objects \u00b7 3 namespaces \u00b7 shop.yaml")),
             qPrintable(status));
    QVERIFY(status.contains(u"Kubernetes version unknown"));
    auto *chip = child<SourceChip>(window, "sourceChip");
    QCOMPARE(chip->text(), QStringLiteral("shop.yaml"));
    QCOMPARE(chip->badgeText(), QString());

    // The navigation shows counts.
    auto *navigation = child<QListWidget>(window, "navigation");
    QCOMPARE(navigation->count(), int(viewCatalog().size()));
    QCOMPARE(navigation->item(navigationRow(*navigation, QStringLiteral("inventory")))
                 ->data(Qt::UserRole + 10)
                 .toLongLong(),
             7);

    // Overview counts.
    auto *workloads = child<StatCard>(window, "overviewCard_workloads");
    QCOMPARE(workloads->valueText(), QStringLiteral("1"));
    QCOMPARE(child<StatCard>(window, "overviewCard_namespaces")->valueText(), QStringLiteral("3"));
    QCOMPARE(child<QTableView>(window, "overviewNamespaces")->model()->rowCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(allSettled(window), 60000);
}

void TestMainWindow::selectingARowFillsDetails()
{
    MainWindow window(m_settings.get());
    window.show();
    loadAndWait(window, LoadRequest::fromPaths({fixture("shop.yaml")}));
    QVERIFY(window.setCurrentView(QStringLiteral("inventory")));
    auto *table = child<QTableView>(window, "inventoryTable");
    QCOMPARE(table->model()->rowCount(), 7);
    auto *title = child<QLabel>(window, "detailsTitle");
    QVERIFY(!title->isVisible()); // nothing selected yet

    const QModelIndex cart = rowOf(*table, QStringLiteral("Deployment"), QStringLiteral("cart"));
    QVERIFY(cart.isValid());
    table->selectionModel()->setCurrentIndex(cart, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    QVERIFY(title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("Deployment shop/cart"));
    QCOMPARE(child<QLabel>(window, "detailsSource")->text(), QStringLiteral("shop.yaml:9:1"));
    const QString yaml = child<QPlainTextEdit>(window, "detailsYaml")->toPlainText();
    QVERIFY2(yaml.startsWith(QStringLiteral("apiVersion: apps/v1\nkind: Deployment\n")),
             qPrintable(yaml));
    QVERIFY(yaml.contains(u"  replicas: 2\n"));
    QVERIFY(yaml.contains(u"image: registry.example/cart:1.4\n"));
    QStringList chips;
    const auto chipButtons = child<QWidget>(window, "detailsLabels")
                                 ->findChildren<QToolButton *>(QStringLiteral("labelChip"));
    for (const QToolButton *b : chipButtons)
        chips.append(b->text());
    QCOMPARE(chips, (QStringList{QStringLiteral("app=cart"), QStringLiteral("tier=backend")}));

    // The ConfigMap's strings that look like a bool and an octal number stay quoted.
    const QModelIndex config =
        rowOf(*table, QStringLiteral("ConfigMap"), QStringLiteral("web-config"));
    table->selectionModel()->setCurrentIndex(config, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    QCOMPARE(title->text(), QStringLiteral("ConfigMap web/web-config"));
    const QString configYaml = child<QPlainTextEdit>(window, "detailsYaml")->toPlainText();
    QVERIFY2(configYaml.contains(u"  enabled: 'yes'\n  mode: '0755'\n"), qPrintable(configYaml));

    // Switching views makes the details follow that view's selection (none in Problems).
    QVERIFY(window.setCurrentView(QStringLiteral("problems")));
    QVERIFY(!title->isVisible());
    QVERIFY(window.setCurrentView(QStringLiteral("inventory")));
    QCOMPARE(title->text(), QStringLiteral("ConfigMap web/web-config"));
    QVERIFY(title->isVisible());
}

void TestMainWindow::labelChipFiltersInventory()
{
    MainWindow window(m_settings.get());
    window.show();
    loadAndWait(window, LoadRequest::fromPaths({fixture("shop.yaml")}));
    QVERIFY(window.selectObject(QStringLiteral("Service shop/cart")));
    const auto chips = child<QWidget>(window, "detailsLabels")
                           ->findChildren<QToolButton *>(QStringLiteral("labelChip"));
    QCOMPARE(chips.size(), 1);
    chips.front()->click();
    QCOMPARE(child<QLineEdit>(window, "inventoryFilter")->text(), QStringLiteral("l:app=cart"));
    auto *inventory = qobject_cast<InventoryView *>(window.view(QStringLiteral("inventory")));
    QCOMPARE(inventory->filterModel()->rowCount(), 2);
}

void TestMainWindow::overviewCardNavigates()
{
    MainWindow window(m_settings.get());
    window.show();
    loadAndWait(window, LoadRequest::fromPaths({fixture("shop.yaml")}));
    QVERIFY(window.setCurrentView(QStringLiteral("overview")));
    auto *card = child<StatCard>(window, "overviewCard_networkPolicies");
    QTest::mouseClick(card, Qt::LeftButton);
    QCOMPARE(window.currentViewId(), QStringLiteral("inventory"));
    auto *inventory = qobject_cast<InventoryView *>(window.view(QStringLiteral("inventory")));
    QCOMPARE(inventory->filterModel()->filterText(), QStringLiteral("kind:NetworkPolicy"));
    QCOMPARE(inventory->filterModel()->rowCount(), 1);
}

void TestMainWindow::problemsAndBadge()
{
    MainWindow window(m_settings.get());
    window.show();
    loadAndWait(window, LoadRequest::fromPaths({fixture("broken.yaml"), fixture("shop.yaml")}));
    auto *chip = child<SourceChip>(window, "sourceChip");
    QCOMPARE(chip->text(), QStringLiteral("broken.yaml, shop.yaml"));
    QVERIFY2(chip->badgeText().contains(u"load problems"), qPrintable(chip->badgeText()));
    QVERIFY(child<QLabel>(window, "statusSummary")->text().contains(u"load problems"));

    // The badge opens Problems; a problem selected shows in the details.
    child<QToolButton>(window, "sourceChipBadge")->click();
    QCOMPARE(window.currentViewId(), QStringLiteral("problems"));
    auto *table = child<QTableView>(window, "problemsTable");
    QVERIFY(table->isVisible());
    QVERIFY(table->model()->rowCount() >= 2);
    table->selectionModel()->setCurrentIndex(table->model()->index(0, 0),
                                             QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    QCOMPARE(child<QLabel>(window, "detailsDiagnosticSeverity")->text(), QStringLiteral("Error"));
    QVERIFY(child<QLabel>(window, "detailsDiagnosticLocation")->text().startsWith(u"broken.yaml:"));
    QVERIFY(!child<QLabel>(window, "detailsDiagnosticMessage")->text().isEmpty());
    QVERIFY(child<QLabel>(window, "detailsDiagnosticAdvice")->text().contains(u"F5"));
    QVERIFY(!child<QWidget>(window, "overviewBanner")->isHidden());
}

void TestMainWindow::problemsEmptyStateTeaches()
{
    MainWindow window(m_settings.get());
    window.show();
    loadAndWait(window, LoadRequest::fromPaths({fixture("shop.yaml")}));
    QVERIFY(window.setCurrentView(QStringLiteral("problems")));
    auto *empty = child<EmptyState>(window, "problemsEmpty");
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->title(), QStringLiteral("No load problems"));
    QVERIFY(empty->text().contains(u"shop.yaml"));
    QVERIFY(child<QWidget>(window, "overviewBanner")->isHidden());

    // An unreadable source: Inventory explains and offers the way to Problems.
    loadAndWait(window, LoadRequest::fromPaths({fixture("does-not-exist.yaml")}));
    QVERIFY(window.setCurrentView(QStringLiteral("inventory")));
    auto *inventoryEmpty = child<EmptyState>(window, "inventoryEmpty");
    QVERIFY(inventoryEmpty->isVisible());
    QCOMPARE(inventoryEmpty->title(), QStringLiteral("Nothing could be loaded"));
}

void TestMainWindow::viewNamesMapToViews()
{
    MainWindow window(m_settings.get());
    window.show();
    // Without a source the start screen stays whatever view is chosen.
    QVERIFY(window.setCurrentView(QStringLiteral("findings")));
    QVERIFY(window.isStartShown());
    loadAndWait(window, LoadRequest::fromPaths({fixture("shop.yaml")}));
    const QStringList core{QStringLiteral("overview"), QStringLiteral("findings"),
                           QStringLiteral("inventory"), QStringLiteral("problems")};
    const QStringList ids = viewIds();
    for (const QString &id : core)
        QVERIFY2(ids.contains(id), qPrintable(id));
    auto *stack = child<QStackedWidget>(window, "viewStack");
    for (const QString &id : core) {
        QVERIFY(window.setCurrentView(id));
        QCOMPARE(window.currentViewId(), id);
        QCOMPARE(stack->currentWidget()->objectName(), id + QStringLiteral("View"));
        QCOMPARE(stack->currentWidget(), window.view(id));
    }
    QVERIFY(findView(u"Inventory")); // names are not case-sensitive
    QVERIFY(!findView(u"nonsense"));
    QVERIFY(!window.setCurrentView(QStringLiteral("nonsense")));
    QCOMPARE(window.currentViewId(), core.back());
}

void TestMainWindow::settingsRememberView()
{
    {
        MainWindow window(m_settings.get());
        window.show();
        QVERIFY(window.setCurrentView(QStringLiteral("problems")));
        window.resize(1300, 800);
        window.close(); // saves
    }
    QCOMPARE(m_settings->value(QStringLiteral("MainWindow/view")).toString(),
             QStringLiteral("problems"));
    MainWindow again(m_settings.get());
    QCOMPARE(again.currentViewId(), QStringLiteral("overview"));
    again.restoreSettings();
    QCOMPARE(again.currentViewId(), QStringLiteral("problems"));
    QCOMPARE(again.size(), QSize(1300, 800));
}

void TestMainWindow::screenshotWritesPng()
{
    StartupOptions options;
    options.request = LoadRequest::fromPaths({fixture("shop.yaml")});
    options.view = QStringLiteral("inventory");
    options.select = QStringLiteral("Deployment shop/cart");
    options.screenshotPath = m_dir->filePath(QStringLiteral("shot.png"));
    options.settleMs = 50;
    Launcher launcher(options, m_settings.get());
    QSignalSpy finished(&launcher, &Launcher::finished);
    QSignalSpy warnings(&launcher, &Launcher::warning);
    launcher.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toInt(), 0);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QCOMPARE(warnings.count(), 0);
    QCOMPARE(launcher.window()->currentViewId(), QStringLiteral("inventory"));
    QVERIFY(QFileInfo(options.screenshotPath).size() > 0);
    const QImage image(options.screenshotPath);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), launcher.window()->size() * launcher.window()->devicePixelRatio());
    // Screenshots leave the user's settings alone.
    QVERIFY(m_settings->allKeys().isEmpty());
}

void TestMainWindow::screenshotToBadPathFails()
{
    StartupOptions options;
    options.request = LoadRequest::fromPaths({fixture("shop.yaml")});
    options.screenshotPath = m_dir->filePath(QStringLiteral("missing-folder/shot.png"));
    options.select = QStringLiteral("Deployment shop/nothing");
    options.settleMs = 10;
    Launcher launcher(options, m_settings.get());
    QSignalSpy finished(&launcher, &Launcher::finished);
    QSignalSpy warnings(&launcher, &Launcher::warning);
    launcher.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toInt(), 1);
    QVERIFY(finished.at(0).at(1).toString().startsWith(u"cannot write the screenshot"));
    QCOMPARE(warnings.count(), 1);
}

void TestMainWindow::selectByReference()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(!window.selectObject(QStringLiteral("Deployment shop/cart"))); // nothing loaded
    loadAndWait(window, LoadRequest::fromPaths({fixture("shop.yaml")}));
    // A filter that hides the object is cleared to show it.
    auto *inventory = qobject_cast<InventoryView *>(window.view(QStringLiteral("inventory")));
    inventory->applyFilter(QStringLiteral("kind:Pod"));
    QVERIFY(window.selectObject(QStringLiteral("deploy shop/cart")));
    QCOMPARE(child<QLabel>(window, "detailsTitle")->text(), QStringLiteral("Deployment shop/cart"));
    QVERIFY(window.selectObject(QStringLiteral("ClusterRole reader")));
    QCOMPARE(child<QLabel>(window, "detailsTitle")->text(), QStringLiteral("ClusterRole reader"));
    QVERIFY(!window.selectObject(QStringLiteral("Service shop/missing")));
    QVERIFY(!window.selectObject(QStringLiteral("garbage")));
}

void TestMainWindow::saveSnapshotKeepsSecretsMetadataOnly()
{
    const QString manifest = m_dir->filePath(QStringLiteral("secret.yaml"));
    {
        QFile f(manifest);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: shop\n"
                "stringData:\n  password: PLANTED-SECRET-VALUE\n---\n"
                "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n");
    }
    MainWindow window(m_settings.get());
    window.setDialogsEnabled(false);
    window.show();
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("saveSnapshotAction"))->isEnabled());
    loadAndWait(window, LoadRequest::fromPaths({manifest}));
    const QString path = m_dir->filePath(QStringLiteral("saved"));
    QString askedTitle;
    window.setSaveChooser([&](const QString &title, const QString &) {
        askedTitle = title;
        return path;
    });
    QSignalSpy saved(&window, &MainWindow::snapshotSaved);
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait(20000));
    QCOMPARE(askedTitle, QStringLiteral("Save snapshot"));
    QCOMPARE(saved.at(0).at(0).toBool(), true);
    const QString file = path + QStringLiteral(".pps"); // the extension is added
    QCOMPARE(saved.at(0).at(1).toString(), file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains("PLANTED-SECRET-VALUE"));
    // It opens again as a snapshot with the same objects.
    loadAndWait(window, LoadRequest::fromPaths({file}));
    QCOMPARE(window.result()->inventory.source().kind, SourceInfo::Kind::Snapshot);
    QCOMPARE(window.result()->inventory.size(), qsizetype(2));
    QVERIFY(window.result()->inventory.find(QStringLiteral("Secret"), QStringLiteral("shop"),
                                            QStringLiteral("db")));
    // An unwritable place: an error that says what to do, nothing written.
    window.saveSnapshotTo(m_dir->filePath(QStringLiteral("no/such/folder/x.pps")));
    QVERIFY(saved.wait(20000));
    QCOMPARE(saved.at(1).at(0).toBool(), false);
    QVERIFY2(window.lastError().contains(u"Choose a folder you can write to"),
             qPrintable(window.lastError()));
}

void TestMainWindow::exportFindingsCsvAndJson()
{
    MainWindow window(m_settings.get());
    window.show();
    QSignalSpy scanned(&window, &MainWindow::scanFinished);
    loadAndWait(window, LoadRequest::fromPaths({fixture("shop.yaml")}));
    QVERIFY(scanned.count() == 1 || scanned.wait(20000));
    auto *findings = qobject_cast<FindingsView *>(window.view(QStringLiteral("findings")));
    QVERIFY(findings);
    const int rows = findings->table()->model()->rowCount();
    QVERIFY(rows > 2);
    const TableExport all = findings->tableExport();
    const QString csvPath = m_dir->filePath(QStringLiteral("findings.csv"));
    QCOMPARE(all.writeFile(csvPath), QString());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvData = csv.readAll();
    QVERIFY(csvData.startsWith("Severity,Control,Status,Object,Field,Source,Message\r\n"));
    // One record per row; the first row is the most severe, as the table sorts it.
    QCOMPARE(csvData.count("\r\n"), rows + 1);
    const QString first =
        findings->table()->model()->index(0, FindingsModel::Control).data().toString();
    QVERIFY(csvData.split('\n').at(1).contains(first.toUtf8()));

    // Filtered rows only; JSON with stable keys.
    findings->applyFilter(QStringLiteral("cart"));
    const int filtered = findings->table()->model()->rowCount();
    QVERIFY(filtered > 0 && filtered < rows);
    const QString jsonPath = m_dir->filePath(QStringLiteral("findings.json"));
    QCOMPARE(findings->tableExport().writeFile(jsonPath), QString());
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(array.size(), filtered);
    for (const QJsonValue &v : array) {
        QVERIFY(v.toObject().value(QStringLiteral("object")).toString().contains(u"cart") ||
                v.toObject().value(QStringLiteral("message")).toString().contains(u"cart") ||
                v.toObject().value(QStringLiteral("location")).toString().contains(u"cart"));
        QVERIFY(v.toObject().contains(QStringLiteral("severity")));
        QVERIFY(v.toObject().contains(QStringLiteral("control")));
    }
    // The inventory exports the same way.
    auto *inventory = qobject_cast<InventoryView *>(window.view(QStringLiteral("inventory")));
    const QByteArray inv = inventory->tableExport().toCsv();
    QVERIFY(inv.startsWith("Kind,Namespace,Name,"));
    QCOMPARE(inv.count("\r\n"), 7 + 1);
    QVERIFY(inv.contains("Deployment,shop,cart,"));
}

void TestMainWindow::findingsScopeFilters()
{
    MainWindow window(m_settings.get());
    window.show();
    QSignalSpy scanned(&window, &MainWindow::scanFinished);
    loadAndWait(window, LoadRequest::fromPaths({fixture("shop.yaml")}));
    QVERIFY(scanned.count() == 1 || scanned.wait(20000));
    auto *findings = qobject_cast<FindingsView *>(window.view(QStringLiteral("findings")));
    QAbstractItemModel *model = findings->table()->model();
    const int all = model->rowCount();
    auto *kinds = child<QComboBox>(window, "findingsKind");
    QVERIFY(kinds->findData(QStringLiteral("Deployment")) > 0);
    findings->setScope(-1, QString(), QStringLiteral("Deployment"));
    QVERIFY(model->rowCount() > 0 && model->rowCount() < all);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(
            model->index(row, FindingsModel::Object).data().toString().startsWith(u"Deployment"));
    // A namespace, and a section of the guide.
    findings->setScope(-1, QStringLiteral("shop"), QString());
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, FindingsModel::Object).data().toString().contains(u" shop/"));
    findings->setScope(int(checks::Section::Network), QString(), QString());
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, FindingsModel::Control).data().toString().startsWith(u"NSA-NET"));
    // Selection maps through both filters to the right finding.
    findings->table()->selectionModel()->setCurrentIndex(
        model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const Selection sel = findings->selection();
    QCOMPARE(sel.type, Selection::Type::Finding);
    QVERIFY(window.scanResult()->findings[std::size_t(sel.index)].control.startsWith(u"NSA-NET"));
    findings->setScope(-1, QString(), QString());
    QCOMPARE(model->rowCount(), all);
}

void TestMainWindow::csvQuotingFollowsRfc4180()
{
    QCOMPARE(TableExport::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(TableExport::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(TableExport::csvField(QStringLiteral("say \"hi\"")),
             QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(TableExport::csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    QCOMPARE(TableExport::csvField(QStringLiteral("cr\r")), QStringLiteral("\"cr\r\""));
    QCOMPARE(TableExport::csvField(QString()), QString());
}

void TestMainWindow::settingsDialogStoresThemeAndLanguage()
{
    {
        SettingsDialog dialog(m_settings.get());
        QCOMPARE(dialog.themeCombo()->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(dialog.languageCombo()->currentIndex(), 0); // follows the system
        QVERIFY(dialog.languageCombo()->findData(QStringLiteral("de")) > 0);
        QVERIFY(dialog.languageCombo()->findData(QStringLiteral("en")) > 0);
        dialog.themeCombo()->setCurrentIndex(dialog.themeCombo()->findData(QStringLiteral("dark")));
        dialog.languageCombo()->setCurrentIndex(
            dialog.languageCombo()->findData(QStringLiteral("de")));
        dialog.accept();
    }
    QCOMPARE(m_settings->value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(m_settings->value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    SettingsDialog again(m_settings.get());
    QCOMPARE(again.themeCombo()->currentData().toString(), QStringLiteral("dark"));
    QCOMPARE(again.languageCombo()->currentData().toString(), QStringLiteral("de"));
    again.reject();
    QCOMPARE(SettingsDialog::storedTheme(*m_settings), QStringLiteral("dark"));
}

void TestMainWindow::exportReportWritesPdfAndHtml()
{
    MainWindow window(m_settings.get());
    window.setDialogsEnabled(false);
    window.show();
    QAction *action = window.findChild<QAction *>(QStringLiteral("exportReportAction"));
    QVERIFY(!action->isEnabled()); // nothing loaded
    loadAndWait(window, LoadRequest::fromPaths({fixture("shop.yaml")}));
    QVERIFY(action->isEnabled());
    QSignalSpy exported(&window, &MainWindow::reportExported);
    const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
    window.setSaveChooser([&](const QString &, const QString &) { return pdf; });
    action->trigger(); // Ctrl+Shift+E
    QVERIFY(exported.wait(60000));
    QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(exported.at(0).at(1).toString()));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    const QString html = m_dir->filePath(QStringLiteral("report.html"));
    window.exportReportTo(html);
    QVERIFY(exported.wait(60000));
    QVERIFY(exported.at(1).at(0).toBool());
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray text = htmlFile.readAll();
    QVERIFY(text.contains("<html"));
    QVERIFY(text.contains("cart"));
    // An unwritable place: the error says what to do.
    window.exportReportTo(m_dir->filePath(QStringLiteral("missing/dir/r.html")));
    QVERIFY(exported.wait(60000));
    QCOMPARE(exported.at(2).at(0).toBool(), false);
    QVERIFY(window.lastError().contains(u"Choose a folder you can write to"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
