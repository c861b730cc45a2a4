// The command palette (Ctrl+K): fuzzy matching, and jumping to views, objects, namespaces and
// controls on the demo cluster with the keyboard only.

#include "checks/control.h"
#include "itemmodels/inventorymodel.h"
#include "mainwindow.h"
#include "views/view.h"
#include "views/viewcatalog.h"
#include "widgets/commandpalette.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace parapet;
using namespace parapet::ui;

namespace {

bool allSettled(const MainWindow &window)
{
    for (const ViewInfo &info : viewCatalog())
        if (const View *v = window.view(info.id); v && !v->isSettled())
            return false;
    return true;
}

} // namespace

class TestPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fuzzyScores();
    void opensWithCtrlKAndClosesWithEsc();
    void jumpsToAView();
    void selectsAnObject();
    void filtersANamespace();
    void opensAControl();
    void arrowsChoose();
    void ctrlFStillFocusesTheFilter();
    void f6MovesBetweenPanes();

private:
    void openAndType(const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestPalette::initTestCase()
{
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy scanned(m_window.get(), &MainWindow::scanFinished);
    m_window->load(LoadRequest::demo());
    QVERIFY(scanned.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(allSettled(*m_window), 60000);
}

void TestPalette::cleanupTestCase()
{
    QTRY_VERIFY_WITH_TIMEOUT(allSettled(*m_window), 60000);
    m_window.reset();
}

void TestPalette::fuzzyScores()
{
    using P = CommandPalette;
    QCOMPARE(P::fuzzyScore(u"", u"anything"), 0);
    QCOMPARE(P::fuzzyScore(u"xyz", u"Deployment shop/cart"), -1);
    QCOMPARE(P::fuzzyScore(u"trac", u"cart"), -1); // letters must come in order
    QVERIFY(P::fuzzyScore(u"dsc", u"Deployment shop/cart") > 0);
    // A whole run beats scattered letters; a word start beats the middle of a word.
    QVERIFY(P::fuzzyScore(u"cart", u"Deployment shop/cart") >
            P::fuzzyScore(u"cart", u"Deployment shop/c-a-r-t"));
    QVERIFY(P::fuzzyScore(u"cart", u"Deployment shop/cart") >
            P::fuzzyScore(u"cart", u"Deployment shop/xcartx"));
    QVERIFY(P::fuzzyScore(u"inv", u"Inventory") > P::fuzzyScore(u"inv", u"Deployment x/inv"));
    QVERIFY(P::fuzzyScore(u"INVENT", u"Inventory") > 0); // case-insensitive
    // Initials of words match.
    QVERIFY(P::fuzzyScore(u"npd", u"NetworkPolicy shop/default-deny") > 0);
}

void TestPalette::openAndType(const QString &text)
{
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    CommandPalette *palette = m_window->commandPalette();
    QVERIFY(palette->isVisible());
    QVERIFY(palette->edit()->hasFocus());
    QTest::keyClicks(palette->edit(), text);
}

void TestPalette::opensWithCtrlKAndClosesWithEsc()
{
    openAndType(QString());
    CommandPalette *palette = m_window->commandPalette();
    // Without a query: the views, then the actions.
    const QStringList shown = palette->shownTitles();
    QVERIFY(shown.size() >= int(viewCatalog().size()));
    QCOMPARE(shown.front(), viewCatalog().front().translatedTitle());
    QVERIFY(shown.contains(QStringLiteral("Save snapshot\u2026")));
    QVERIFY(shown.contains(QStringLiteral("Refresh")));
    QTest::keyClick(palette->edit(), Qt::Key_Escape);
    QVERIFY(!palette->isVisible());
}

void TestPalette::jumpsToAView()
{
    m_window->setCurrentView(QStringLiteral("overview"));
    openAndType(QStringLiteral("invent"));
    CommandPalette *palette = m_window->commandPalette();
    QCOMPARE(palette->shownTitles().front(), QStringLiteral("Inventory"));
    QTest::keyClick(palette->edit(), Qt::Key_Return);
    QVERIFY(!palette->isVisible());
    QCOMPARE(m_window->currentViewId(), QStringLiteral("inventory"));
}

void TestPalette::selectsAnObject()
{
    m_window->setCurrentView(QStringLiteral("overview"));
    // An object of the demo by its reference; the palette finds it from a few letters.
    QString reference;
    for (const KubeObject &o : m_window->result()->inventory.objects())
        if (o.kind() == u"Deployment") {
            reference = o.reference();
            break;
        }
    QVERIFY(!reference.isEmpty());
    openAndType(reference);
    CommandPalette *palette = m_window->commandPalette();
    QCOMPARE(palette->shownTitles().front(), reference);
    QTest::keyClick(palette->edit(), Qt::Key_Enter);
    QCOMPARE(m_window->currentViewId(), QStringLiteral("inventory"));
    auto *title = m_window->findChild<QLabel *>(QStringLiteral("detailsTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), reference);
}

void TestPalette::filtersANamespace()
{
    openAndType(QStringLiteral("monitoring"));
    CommandPalette *palette = m_window->commandPalette();
    QVERIFY(palette->list()->currentItem());
    QVERIFY2(palette->list()->currentItem()->text().contains(u"Namespace"),
             qPrintable(palette->list()->currentItem()->text()));
    QTest::keyClick(palette->edit(), Qt::Key_Return);
    QCOMPARE(m_window->currentViewId(), QStringLiteral("inventory"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("inventoryTable"));
    QVERIFY(table->model()->rowCount() > 0);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, InventoryModel::Namespace).data().toString(),
                 QStringLiteral("monitoring"));
    m_window->view(QStringLiteral("inventory"))->applyFilter(QString());
}

void TestPalette::opensAControl()
{
    const checks::Control &control = checks::catalogue().front();
    openAndType(control.idString());
    CommandPalette *palette = m_window->commandPalette();
    QVERIFY(palette->shownTitles().front().startsWith(control.idString()));
    QTest::keyClick(palette->edit(), Qt::Key_Return);
    // The checklist shows a control when there is one; else the Findings filter names it.
    if (findView(u"checklist")) {
        QCOMPARE(m_window->currentViewId(), QStringLiteral("checklist"));
    } else {
        QCOMPARE(m_window->currentViewId(), QStringLiteral("findings"));
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("findingsFilter"));
        QCOMPARE(filter->text(), control.idString());
    }
}

void TestPalette::arrowsChoose()
{
    openAndType(QStringLiteral("o"));
    CommandPalette *palette = m_window->commandPalette();
    QVERIFY(palette->list()->count() > 2);
    QCOMPARE(palette->list()->currentRow(), 0);
    QTest::keyClick(palette->edit(), Qt::Key_Down);
    QTest::keyClick(palette->edit(), Qt::Key_Down);
    QCOMPARE(palette->list()->currentRow(), 2);
    QTest::keyClick(palette->edit(), Qt::Key_Up);
    QCOMPARE(palette->list()->currentRow(), 1);
    // Nothing matches: the hint says so, Enter does nothing.
    palette->edit()->setText(QStringLiteral("zzzzqqqq"));
    QCOMPARE(palette->list()->count(), 0);
    QTest::keyClick(palette->edit(), Qt::Key_Return);
    QVERIFY(palette->isVisible());
    QVERIFY(
        palette->findChild<QLabel *>(QStringLiteral("paletteHint"))->text().contains(u"Nothing"));
    QTest::keyClick(palette->edit(), Qt::Key_Escape);
    QVERIFY(!palette->isVisible());
}

void TestPalette::ctrlFStillFocusesTheFilter()
{
    QVERIFY(m_window->setCurrentView(QStringLiteral("findings")));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("findingsFilter"));
    QVERIFY(filter->hasFocus());
    QVERIFY(!m_window->commandPalette()->isVisible());
}

void TestPalette::f6MovesBetweenPanes()
{
    QVERIFY(m_window->setCurrentView(QStringLiteral("inventory")));
    auto *navigation = m_window->findChild<QWidget *>(QStringLiteral("navigation"));
    navigation->setFocus();
    QVERIFY(navigation->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QWidget *view = m_window->view(QStringLiteral("inventory"));
    QVERIFY(QApplication::focusWidget());
    QVERIFY(view->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(m_window.get(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(navigation->hasFocus());
    // Keyboard navigation between views: arrows in the navigation list.
    QTest::keyClick(navigation, Qt::Key_Down);
    QVERIFY(m_window->currentViewId() != QStringLiteral("inventory"));
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
