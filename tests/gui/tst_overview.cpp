// The Overview dashboard on the demo cluster: the numbers it shows are the scan's, its links
// open the right control or findings, it fits 1440×900 and never shows a previous scan.

#include "checks/releases.h"
#include "demowindow.h"
#include "itemmodels/findingsmodel.h"
#include "mainwindow.h"
#include "views/checklistview.h"
#include "views/overviewview.h"
#include "widgets/scorechart.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace parapet;
using namespace parapet::ui;
using parapet::test::loadDemo;

class TestOverview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dashboardShowsTheScan();
    void fitsTheWindow();
    void topRiskOpensItsControl();
    void notVerifiableOpensItsControl();
    void severityChipShowsItsFindings();
    void placeholdersUntilTheScan();

private:
    OverviewView *overview(MainWindow &window);
    /// Clicks the row of \a list whose control id is \a id.
    static void clickControl(QTableWidget *list, const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestOverview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOverview::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("parapet.ini")),
                                             QSettings::IniFormat);
}

void TestOverview::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

OverviewView *TestOverview::overview(MainWindow &window)
{
    if (!window.setCurrentView(QStringLiteral("overview")))
        return nullptr;
    return qobject_cast<OverviewView *>(window.view(QStringLiteral("overview")));
}

void TestOverview::clickControl(QTableWidget *list, const QString &id)
{
    for (int row = 0; row < list->rowCount(); ++row) {
        if (list->item(row, 0)->data(Qt::UserRole).toString() != id)
            continue;
        list->scrollToItem(list->item(row, 0));
        const QRect rect = list->visualItemRect(list->item(row, list->columnCount() - 1));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        return;
    }
    QFAIL(qPrintable(u"no row for " + id));
}

void TestOverview::dashboardShowsTheScan()
{
    MainWindow window(m_settings.get());
    loadDemo(window);
    OverviewView *view = overview(window);
    QVERIFY(view);
    const checks::ScanResult &scan = *window.scanResult();

    // The overall score, as the ring shows it.
    QVERIFY(scan.scores.overall >= 0);
    QCOMPARE(view->scoreRing()->score(), scan.scores.overall);
    QCOMPARE(view->scoreRing()->text(), QLocale().toString(scan.scores.overall, 'f', 0));

    // One bar per section of the guide, with the section's score.
    const auto &bars = view->sectionBars()->bars();
    QCOMPARE(bars.size(), std::size_t(5));
    QCOMPARE(scan.scores.sections.size(), std::size_t(5));
    QVERIFY(!view->sectionBars()->isPending());
    for (std::size_t i = 0; i < bars.size(); ++i) {
        QCOMPARE(bars[i].label, checks::sectionTitle(scan.scores.sections[i].section));
        QCOMPARE(bars[i].value, scan.scores.sections[i].score);
    }
    QVERIFY(view->sectionBars()->accessibleDescription().contains(
        checks::sectionTitle(checks::Section::Network)));

    // Open findings by severity.
    std::map<checks::Severity, qint64> open;
    for (const checks::Finding &f : scan.findings)
        if (!f.excepted)
            ++open[f.severity];
    qint64 total = 0;
    for (const checks::Severity s : {checks::Severity::Critical, checks::Severity::High,
                                     checks::Severity::Medium, checks::Severity::Low}) {
        QCOMPARE(view->severityChip(s)->count(), open[s]);
        QCOMPARE(view->severityChip(s)->isEnabled(), open[s] > 0);
        total += open[s];
    }
    QVERIFY(total > 0);

    // Top risks: the most severe failing controls first.
    QTableWidget *risks = view->topRisks();
    QVERIFY(risks->isVisibleTo(view));
    QVERIFY(risks->rowCount() >= 5 && risks->rowCount() <= 8);
    int previous = 99;
    for (int row = 0; row < risks->rowCount(); ++row) {
        const QString id = risks->item(row, 0)->data(Qt::UserRole).toString();
        const checks::ControlResult *c = scan.control(id);
        QVERIFY2(c, qPrintable(id));
        QVERIFY(c->status == checks::Status::Fail || c->status == checks::Status::Partial);
        QVERIFY(int(c->control->severity) <= previous);
        previous = int(c->control->severity);
        QCOMPARE(risks->item(row, 1)->text(), id);
        if (c->failed > 1)
            QCOMPARE(risks->item(row, 3)->text(), QStringLiteral("%1 objects").arg(c->failed));
    }

    // What cannot be verified from here: every such control, with its manual check.
    QStringList unverifiable;
    for (const checks::ControlResult &c : scan.controls)
        if (c.status == checks::Status::NotVerifiable)
            unverifiable.append(c.control->idString());
    QVERIFY(!unverifiable.isEmpty());
    QTableWidget *nv = view->notVerifiable();
    QCOMPARE(nv->rowCount(), int(unverifiable.size()));
    for (int row = 0; row < nv->rowCount(); ++row) {
        const QString id = nv->item(row, 0)->text();
        QVERIFY2(unverifiable.contains(id), qPrintable(id));
        const checks::Control *control = checks::findControl(id);
        if (!control->manualCheck().isEmpty())
            QCOMPARE(nv->item(row, 1)->text(), control->manualCheck());
    }
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("overviewNotVerifiableHeading"))
                ->text()
                .contains(QString::number(unverifiable.size())));

    // The Kubernetes version and its support status, judged on the scan's day.
    const QString version = window.result()->inventory.source().serverVersion;
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("overviewVersion"))->text().contains(version));
    const auto parsed = checks::parseKubernetesVersion(version);
    QVERIFY(parsed);
    const auto release = checks::kubernetesRelease(parsed->first);
    QVERIFY(release);
    const QString eol = release->endOfLife.toString(Qt::ISODate);
    QCOMPARE(view->supportText().startsWith(u"End of life since " + eol),
             release->endOfLife < scan.date);
    QCOMPARE(view->supportText().startsWith(u"Supported until " + eol),
             release->endOfLife >= scan.date);
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("overviewFact_nodes"))->text(),
             QString::number(window.result()->summary.nodes));
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("overviewFact_pods"))->text(),
             QString::number(window.result()->summary.pods));
}

void TestOverview::fitsTheWindow()
{
    // The dashboard fits the default 1440×900 window without growing it or scrolling; the
    // namespace table scrolls inside itself if it must.
    MainWindow window(m_settings.get());
    window.resize(1440, 900);
    loadDemo(window);
    OverviewView *view = overview(window);
    QVERIFY(view);
    QCoreApplication::processEvents();
    // Only the height: the width is the widest view's business (the Findings filter bar).
    QCOMPARE(window.height(), 900);
    auto *scroll = view->findChild<QScrollArea *>(QStringLiteral("overviewScroll"));
    QVERIFY(scroll);
    QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    // Every panel is inside the view, none overlaps the next.
    for (const char *name : {"overviewScorePanel", "overviewSectionsPanel", "overviewClusterPanel",
                             "overviewRisksPanel", "overviewNotVerifiablePanel"}) {
        auto *panel = view->findChild<QWidget *>(QLatin1StringView(name));
        QVERIFY2(panel, name);
        QVERIFY2(view->rect().contains(QRect(panel->mapTo(view, QPoint()), panel->size())), name);
    }
    QVERIFY(view->namespaceTable()->height() >=
            view->namespaceTable()->verticalHeader()->defaultSectionSize() * 4);
}

void TestOverview::topRiskOpensItsControl()
{
    MainWindow window(m_settings.get());
    loadDemo(window);
    OverviewView *view = overview(window);
    QVERIFY(view);
    const checks::ScanResult &scan = *window.scanResult();
    // The expected first risk: the most severe failing control, then the most objects.
    const checks::ControlResult *worst = nullptr;
    for (const checks::ControlResult &c : scan.controls) {
        if (c.status != checks::Status::Fail && c.status != checks::Status::Partial)
            continue;
        if (!worst || c.control->severity > worst->control->severity ||
            (c.control->severity == worst->control->severity && c.failed > worst->failed))
            worst = &c;
    }
    QVERIFY(worst);
    const QString first = worst->control->idString();
    QCOMPARE(view->topRisks()->item(0, 0)->data(Qt::UserRole).toString(), first);

    // A click on the last row's count opens that control in the Checklist.
    QTableWidget *risks = view->topRisks();
    const QString last = risks->item(risks->rowCount() - 1, 0)->data(Qt::UserRole).toString();
    QVERIFY(last != first);
    QSignalSpy navigate(view, &View::navigateRequested);
    clickControl(risks, last);
    QCOMPARE(navigate.count(), 1);
    QCOMPARE(navigate.first().at(0).toString(), QStringLiteral("checklist"));
    QCOMPARE(navigate.first().at(1).toString(), last);
    QCOMPARE(window.currentViewId(), QStringLiteral("checklist"));
    auto *checklist = qobject_cast<ChecklistView *>(window.view(QStringLiteral("checklist")));
    QCOMPARE(checklist->currentControl(), last);

    // Back on the overview, the first risk.
    QVERIFY(window.setCurrentView(QStringLiteral("overview")));
    clickControl(risks, first);
    QCOMPARE(window.currentViewId(), QStringLiteral("checklist"));
    QCOMPARE(checklist->currentControl(), first);
}

void TestOverview::notVerifiableOpensItsControl()
{
    MainWindow window(m_settings.get());
    loadDemo(window);
    OverviewView *view = overview(window);
    QVERIFY(view);
    QTableWidget *nv = view->notVerifiable();
    QVERIFY(nv->rowCount() > 0);
    const QString id = nv->item(nv->rowCount() - 1, 0)->text();
    QCOMPARE(window.scanResult()->control(id)->status, checks::Status::NotVerifiable);
    clickControl(nv, id);
    QCOMPARE(window.currentViewId(), QStringLiteral("checklist"));
    QCOMPARE(
        qobject_cast<ChecklistView *>(window.view(QStringLiteral("checklist")))->currentControl(),
        id);
}

void TestOverview::severityChipShowsItsFindings()
{
    MainWindow window(m_settings.get());
    loadDemo(window);
    OverviewView *view = overview(window);
    QVERIFY(view);
    const checks::ScanResult &scan = *window.scanResult();

    // A filter left in the Findings view does not hide any of the chip's findings.
    window.view(QStringLiteral("findings"))->applyFilter(QStringLiteral("no-such-text"));
    auto *section = window.findChild<QComboBox *>(QStringLiteral("findingsSection"));
    section->setCurrentIndex(section->count() - 1);

    for (const checks::Severity s : {checks::Severity::High, checks::Severity::Critical}) {
        QVERIFY(window.setCurrentView(QStringLiteral("overview")));
        SeverityChip *chip = view->severityChip(s);
        QVERIFY(chip->count() > 0);
        QTest::mouseClick(chip, Qt::LeftButton);
        QCOMPARE(window.currentViewId(), QStringLiteral("findings"));
        auto *severity = window.findChild<QComboBox *>(QStringLiteral("findingsSeverity"));
        QCOMPARE(severity->currentData().toInt(), int(s));
        const qint64 expected =
            std::count_if(scan.findings.begin(), scan.findings.end(),
                          [s](const checks::Finding &f) { return f.severity == s; });
        auto *table = window.findChild<QTableView *>(QStringLiteral("findingsTable"));
        QCOMPARE(qint64(table->model()->rowCount()), expected);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()
                         ->index(row, FindingsModel::Severity)
                         .data(Qt::DisplayRole)
                         .toString(),
                     Theme::toneWord(severityTone(s)));
    }
}

void TestOverview::placeholdersUntilTheScan()
{
    MainWindow window(m_settings.get());
    loadDemo(window);
    const LoadResult result = *window.result();

    // A fresh load of the same source: the scan's numbers go until its scan comes.
    OverviewView view;
    view.setResult(result);
    view.setScan(window.scanResult());
    QVERIFY(view.severityChip(checks::Severity::High)->count() > 0);
    QVERIFY(view.topRisks()->rowCount() > 0);
    view.setResult(result);
    QCOMPARE(view.scoreRing()->text(), QStringLiteral("\u2026"));
    QVERIFY(view.sectionBars()->isPending());
    QCOMPARE(view.sectionBars()->bars().size(), std::size_t(5));
    for (const checks::Severity s : {checks::Severity::Critical, checks::Severity::High,
                                     checks::Severity::Medium, checks::Severity::Low}) {
        QCOMPARE(view.severityChip(s)->count(), -1);
        QVERIFY(!view.severityChip(s)->isEnabled());
    }
    for (QTableWidget *list : {view.topRisks(), view.notVerifiable()}) {
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->item(0, 0)->text(), QStringLiteral("Checking\u2026"));
        QCOMPARE(list->item(0, 0)->data(Qt::UserRole), QVariant()); // opens nothing
    }
    // The version's support status needs no scan.
    QVERIFY(!view.supportText().isEmpty());
    view.setScan(window.scanResult());
    QCOMPARE(view.scoreRing()->score(), window.scanResult()->scores.overall);
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
