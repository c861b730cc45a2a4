#include "checks/scanner.h"
#include "dialogs/fixpreviewdialog.h"
#include "fixset/fixset.h"
#include "itemmodels/findingsmodel.h"
#include "loadrequest.h"
#include "mainwindow.h"
#include "remediation/remediation.h"
#include "views/findingsview.h"
#include "views/viewcatalog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace parapet;
using namespace parapet::ui;

namespace {

std::shared_ptr<const checks::ScanResult> scanOf(const LoadResult &load)
{
    return std::make_shared<const checks::ScanResult>(checks::scan(load.inventory));
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelTester();
    void columnsAndRoles();
    void sortsBySeverityRawValue();
    void filters();
    void viewIdExists();
    void windowScansAndShowsEvidence();
    void generateFixForSelectedFinding();

private:
    LoadResult m_demo;
    std::shared_ptr<const checks::ScanResult> m_scan;
};

void TestFindings::initTestCase()
{
    m_demo = runLoad(LoadRequest::demo());
    QVERIFY(m_demo.inventory.size() > 0);
    m_scan = scanOf(m_demo);
    // The demo cluster is built to fail controls of every severity.
    QVERIFY(m_scan->findings.size() > 10);
}

void TestFindings::modelTester()
{
    FindingsModel model;
    FindingsFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&filter,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setScan(m_scan, m_demo.displayRoot);
    QCOMPARE(model.rowCount(), int(m_scan->findings.size()));
    QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
    filter.sort(FindingsModel::Severity, Qt::DescendingOrder);
    filter.setText(QStringLiteral("NSA-POD"));
    filter.setSeverityFilter(int(checks::Severity::High));
    filter.setSeverityFilter(-1);
    filter.setText(QString());
    model.setScan(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(filter.rowCount(), 0);
}

void TestFindings::columnsAndRoles()
{
    FindingsModel model;
    model.setScan(m_scan, m_demo.displayRoot);
    const checks::Finding &f = m_scan->findings.front();
    const auto at = [&](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(at(FindingsModel::Severity).toString(), Theme::toneWord(severityTone(f.severity)));
    QVERIFY(!at(FindingsModel::Severity, Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(at(FindingsModel::Severity, FindingsModel::SortRole).toInt(), int(f.severity));
    QCOMPARE(at(FindingsModel::Control).toString(), f.control);
    QCOMPARE(at(FindingsModel::Control, Qt::FontRole).value<QFont>().family(),
             Theme::monospaceFont().family());
    QCOMPARE(at(FindingsModel::Status).toString(),
             Theme::toneWord(f.excepted ? Tone::Excepted : Tone::Fail));
    QCOMPARE(at(FindingsModel::Object).toString(), f.object.toString());
    QVERIFY(at(FindingsModel::Object).toString().startsWith(f.object.kind + u' '));
    QCOMPARE(at(FindingsModel::Field).toString(), f.field);
    QCOMPARE(at(FindingsModel::Message).toString(), f.message);
    QCOMPARE(at(0, FindingsModel::FindingIndexRole).toInt(), 0);
    if (f.location.isValid())
        QVERIFY(at(FindingsModel::Location)
                    .toString()
                    .endsWith(u':' + QString::number(f.location.line)));
    qint64 failing = 0;
    for (const checks::Finding &x : m_scan->findings)
        failing += x.excepted ? 0 : 1;
    QCOMPARE(model.failingCount(), failing);
    QCOMPARE(model.headerData(FindingsModel::Location, Qt::Horizontal).toString(),
             QStringLiteral("Source"));
}

void TestFindings::sortsBySeverityRawValue()
{
    FindingsModel model;
    model.setScan(m_scan, m_demo.displayRoot);
    FindingsFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(FindingsModel::Severity, Qt::DescendingOrder);
    QVERIFY(filter.rowCount() > 1);
    // Raw numbers, not words: alphabetically "Critical" < "High" < "Low" < "Medium".
    int previous = 100;
    QSet<int> seen;
    for (int row = 0; row < filter.rowCount(); ++row) {
        const int s = filter.index(row, 0).data(FindingsModel::SeverityRole).toInt();
        QVERIFY2(s <= previous, qPrintable(QString::number(row)));
        previous = s;
        seen.insert(s);
    }
    QVERIFY2(seen.size() >= 3, "the demo should have findings of several severities");
    QCOMPARE(filter.index(0, 0).data(FindingsModel::SeverityRole).toInt(),
             *std::max_element(seen.begin(), seen.end()));
    filter.sort(FindingsModel::Severity, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, 0).data(FindingsModel::SeverityRole).toInt(),
             *std::min_element(seen.begin(), seen.end()));

    // Controls in catalogue order (NSA-POD-10 after NSA-POD-09), not string order.
    filter.sort(FindingsModel::Control, Qt::AscendingOrder);
    int last = -1;
    for (int row = 0; row < filter.rowCount(); ++row) {
        const int i =
            checks::controlIndex(filter.index(row, FindingsModel::Control).data().toString());
        QVERIFY(i >= last);
        last = i;
    }
}

void TestFindings::filters()
{
    FindingsModel model;
    model.setScan(m_scan, m_demo.displayRoot);
    FindingsFilterModel filter;
    filter.setSourceModel(&model);
    const QString control = m_scan->findings.front().control;
    filter.setText(control.toLower());
    QVERIFY(filter.rowCount() > 0);
    for (int row = 0; row < filter.rowCount(); ++row) {
        const checks::Finding *f = model.finding(filter.mapToSource(filter.index(row, 0)).row());
        QVERIFY(f->control.contains(control, Qt::CaseInsensitive) ||
                f->object.toString().contains(control, Qt::CaseInsensitive) ||
                f->message.contains(control, Qt::CaseInsensitive) ||
                f->field.contains(control, Qt::CaseInsensitive));
    }
    filter.setText(QString());
    filter.setSeverityFilter(int(checks::Severity::Critical));
    int critical = 0;
    for (const checks::Finding &f : m_scan->findings)
        critical += f.severity == checks::Severity::Critical ? 1 : 0;
    QCOMPARE(filter.rowCount(), critical);
    filter.setText(QStringLiteral("no such thing anywhere"));
    QCOMPARE(filter.rowCount(), 0);
}

void TestFindings::viewIdExists()
{
    const ViewInfo *info = findView(u"findings");
    QVERIFY(info);
    QVERIFY(viewIds().contains(QStringLiteral("findings")));
    std::unique_ptr<View> view(info->create());
    QVERIFY(qobject_cast<FindingsView *>(view.get()));
    QCOMPARE(view->badgeCount(), -1); // nothing scanned yet
}

void TestFindings::windowScansAndShowsEvidence()
{
    MainWindow window(nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.setCurrentView(QStringLiteral("findings")));
    QCOMPARE(window.currentViewId(), QStringLiteral("findings"));
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    QSignalSpy scanned(&window, &MainWindow::scanFinished);
    window.load(LoadRequest::demo());
    QVERIFY(scanned.wait(30000));
    QCOMPARE(loaded.count(), 1);
    QVERIFY(window.scanResult());
    QVERIFY(!window.isScanning());

    auto *view = qobject_cast<FindingsView *>(window.view(QStringLiteral("findings")));
    QVERIFY(view);
    QCOMPARE(view->badgeCount(), view->model()->failingCount());
    QVERIFY(view->badgeCount() > 0);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    int row = -1;
    for (int i = 0; i < navigation->count(); ++i) {
        if (navigation->item(i)->data(Qt::UserRole + 1).toString() == u"findings")
            row = i;
    }
    QVERIFY(row >= 0);
    QCOMPARE(navigation->item(row)->data(Qt::UserRole + 10).toLongLong(), view->badgeCount());

    // Most severe first; selecting a finding shows its evidence in the Details dock.
    QTableView *table = view->table();
    QVERIFY(table->isVisible());
    const QModelIndex first = table->model()->index(0, 0);
    QCOMPARE(first.data(FindingsModel::SeverityRole).toInt(), int(checks::Severity::Critical));
    table->setCurrentIndex(first);
    const checks::Finding &f =
        window.scanResult()
            ->findings[std::size_t(first.data(FindingsModel::FindingIndexRole).toInt())];
    const auto text = [&](const char *name) {
        auto *label = window.findChild<QLabel *>(QLatin1StringView(name));
        return label ? label->text() : QStringLiteral("<missing>");
    };
    QVERIFY(text("detailsFindingSeverity").contains(f.control));
    QCOMPARE(text("detailsFindingTitle"), checks::findControl(f.control)->title());
    QCOMPARE(text("detailsFindingRationale"), checks::findControl(f.control)->rationale());
    QCOMPARE(text("detailsFindingRemediation"), checks::findControl(f.control)->remediation());
    QVERIFY(text("detailsFindingObject").startsWith(f.object.toString()));
    QCOMPARE(text("detailsFindingField"), f.field.isEmpty() ? QStringLiteral("\u2014") : f.field);

    // The filter field and the severity combo narrow the table; no match teaches.
    auto *edit = view->findChild<QLineEdit *>(QStringLiteral("findingsFilter"));
    edit->setText(QStringLiteral("zzz-nothing-matches"));
    QVERIFY(!table->isVisible());
    edit->clear();
    auto *severity = view->findChild<QComboBox *>(QStringLiteral("findingsSeverity"));
    severity->setCurrentIndex(severity->findData(int(checks::Severity::Low)));
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QCOMPARE(table->model()->index(r, 0).data(FindingsModel::SeverityRole).toInt(),
                 int(checks::Severity::Low));
}

namespace {

/// The row of the first finding shown in \a table for which \a accept holds; -1 when none.
int rowOf(const QTableView *table, const checks::ScanResult &scan,
          const std::function<bool(const checks::Finding &)> &accept)
{
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const int i = table->model()->index(r, 0).data(FindingsModel::FindingIndexRole).toInt();
        if (accept(scan.findings[std::size_t(i)]))
            return r;
    }
    return -1;
}

} // namespace

void TestFindings::generateFixForSelectedFinding()
{
    MainWindow window(nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy scanned(&window, &MainWindow::scanFinished);
    window.load(LoadRequest::demo());
    QVERIFY(scanned.wait(30000));
    QVERIFY(window.setCurrentView(QStringLiteral("findings")));
    auto *view = qobject_cast<FindingsView *>(window.view(QStringLiteral("findings")));
    QVERIFY(view);
    const checks::ScanResult &scan = *window.scanResult();
    QTableView *table = view->table();
    auto *button = view->findChild<QPushButton *>(QStringLiteral("findingsGenerateFix"));
    QVERIFY(button);
    QAction *action = view->generateFixAction();
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_G));
    const QStringList fixable = remediation::fixableControls();

    // A finding whose control Parapet cannot fix: nothing to generate.
    const int manualRow = rowOf(table, scan, [&](const checks::Finding &f) {
        return !f.excepted && !fixable.contains(f.control);
    });
    QVERIFY2(manualRow >= 0, "the demo should fail a control without a generated fix");
    table->setCurrentIndex(table->model()->index(manualRow, 0));
    QVERIFY(view->currentFinding());
    QVERIFY(!button->isEnabled());
    QVERIFY(!action->isEnabled());
    QVERIFY(!view->generateFix());
    QVERIFY(!view->findChild<FixPreviewDialog *>());

    // A failing Pod made by a workload, with a fix: the preview is for the workload.
    const int row = rowOf(table, scan, [&](const checks::Finding &f) {
        return !f.excepted && fixable.contains(f.control) && f.object.kind == u"Pod" &&
               f.owner.isValid() && f.owner.kind != u"Node";
    });
    QVERIFY2(row >= 0, "the demo should fail a fixable control on a workload's Pod");
    table->setCurrentIndex(table->model()->index(row, 0));
    const checks::Finding *f = view->currentFinding();
    QVERIFY(f);
    QVERIFY(button->isEnabled());
    QVERIFY(action->isEnabled());
    QVERIFY(button->toolTip().contains(f->owner.toString()));

    // The context menu offers the same action.
    bool offered = false;
    QTimer::singleShot(0, this, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            offered = menu->actions().contains(action) && action->isEnabled();
            menu->close();
        }
    });
    const QPoint at = table->visualRect(table->model()->index(row, 1)).center();
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &menuEvent);
    QVERIFY(offered);
    QCOMPARE(view->currentFinding(), f);

    QTest::mouseClick(button, Qt::LeftButton);
    auto *preview = view->findChild<FixPreviewDialog *>();
    QVERIFY(preview);
    QVERIFY(preview->isVisible());
    QVERIFY2(preview->hasFix(), qPrintable(preview->errorText()));
    QCOMPARE(preview->fix()->target().toString(), f->owner.toString());
    QVERIFY(preview->fix()->controls().contains(f->control));
    QVERIFY(!preview->yamlText().isEmpty());

    // Add to fix set: the window's fix set holds it.
    auto *fixSet = window.findChild<FixSet *>();
    QVERIFY(fixSet);
    QCOMPARE(fixSet->count(), 0);
    auto *add = preview->findChild<QPushButton *>(QStringLiteral("fixAdd"));
    QVERIFY(add && add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(fixSet->count(), 1);
    QCOMPARE(fixSet->fixes().front().target().toString(), f->owner.toString());
    QVERIFY(fixSet->fixes().front().controls().contains(f->control));
    preview->close();
    QTRY_VERIFY(!view->findChild<FixPreviewDialog *>()); // deleted on close

    // Ctrl+G opens it too, while the findings are shown.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(table, Qt::Key_G, Qt::ControlModifier);
    preview = view->findChild<FixPreviewDialog *>();
    QVERIFY(preview);
    QCOMPARE(preview->fix()->target().toString(), f->owner.toString());
    preview->close();
}

QTEST_MAIN(TestFindings)
#include "tst_findings.moc"
