// FixSet (collected fixes and per-source checklist state), its table model, the exceptions
// file path rules and the scan with an exceptions file, on the demo cluster and a fixture.

#include "checks/exceptions.h"
#include "checks/scanner.h"
#include "fixset/fixset.h"
#include "fixset/fixsetmodel.h"
#include "loadrequest.h"
#include "remediation/fixset.h"
#include "remediation/remediation.h"
#include "views/fixsetview.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace parapet;
using namespace parapet::ui;

class TestFixSetView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addReplaceRemoveWithModel();
    void sourceChangeDropsFixesReloadKeeps();
    void exceptionsPathPerSource();
    void scanReadsExceptionsAndReportsBrokenFiles();
    void exportFormats();

private:
    LoadResult m_demo;
    checks::ScanResult m_scan;
    std::vector<remediation::Remediation> m_fixes;
};

void TestFixSetView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = runLoad(LoadRequest::demo());
    QVERIFY(m_demo.inventory.size() > 0);
    m_scan = checks::scan(m_demo.inventory);
    m_fixes = remediation::planFixes(m_demo.inventory, m_scan).remediations;
    QVERIFY2(m_fixes.size() >= 3, "the demo should need several fixes");
}

void TestFixSetView::addReplaceRemoveWithModel()
{
    FixSet set(nullptr);
    set.setSource(m_demo);
    FixSetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFixSet(&set);
    QSignalSpy changed(&set, &FixSet::changed);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(set.add(m_fixes[0]), 0);
    QCOMPARE(set.add(m_fixes[1]), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(1, FixSetModel::Target).data().toString(), m_fixes[1].target().toString());
    QCOMPARE(model.index(1, FixSetModel::Controls).data().toString(),
             m_fixes[1].controls().join(QStringLiteral(", ")));
    QCOMPARE(model.index(1, FixSetModel::Warnings).data(FixSetModel::SortRole).toInt(),
             int(m_fixes[1].warnings().size()));
    // The same target and kind again replaces, in place.
    QCOMPARE(set.add(m_fixes[0]), 0);
    QCOMPARE(set.count(), 2);
    QCOMPARE(set.indexOf(m_fixes[1].target(), m_fixes[1].kind()), 1);
    set.remove(0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(set.fixes().front().target().toString(), m_fixes[1].target().toString());
    set.remove(5); // out of range: nothing
    QCOMPARE(set.count(), 1);
    set.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestFixSetView::sourceChangeDropsFixesReloadKeeps()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    FixSet set(&settings);
    set.setSource(m_demo);
    set.add(m_fixes[0]);
    set.setReviewed(QStringLiteral("NSA-POD-01"), true);
    // Reloading the same source keeps fixes and progress.
    set.setSource(m_demo);
    QCOMPARE(set.count(), 1);
    QVERIFY(set.isReviewed(QStringLiteral("NSA-POD-01")));
    // Another source: its own (empty) progress, no fixes.
    LoadResult other =
        runLoad(LoadRequest::fromPaths({QStringLiteral(PARAPET_TEST_DATA "/shop.yaml")}));
    QSignalSpy changed(&set, &FixSet::changed);
    set.setSource(other);
    QCOMPARE(set.count(), 0);
    QCOMPARE(changed.count(), 1);
    QVERIFY(set.reviewedControls().isEmpty());
    // Back to the demo: its progress comes back from the settings.
    set.setSource(m_demo);
    QVERIFY(set.isReviewed(QStringLiteral("NSA-POD-01")));
    FixSet fresh(&settings);
    fresh.setSource(m_demo);
    QVERIFY(fresh.isReviewed(QStringLiteral("NSA-POD-01")));
}

void TestFixSetView::exceptionsPathPerSource()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    FixSet set(&settings);
    // Manifests: beside them.
    LoadResult files =
        runLoad(LoadRequest::fromPaths({QStringLiteral(PARAPET_TEST_DATA "/shop.yaml")}));
    set.setSource(files);
    QCOMPARE(set.exceptionsPath(),
             QDir(QStringLiteral(PARAPET_TEST_DATA))
                 .absoluteFilePath(QStringLiteral("parapet-exceptions.yaml")));
    QVERIFY(set.activeExceptionsPath().isEmpty()); // no such file: the scan takes none
    // The demo: under the application data folder; a chosen file is remembered.
    set.setSource(m_demo);
    QVERIFY(set.exceptionsPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    const QString chosen = dir.filePath(QStringLiteral("mine.yaml"));
    set.setExceptionsPath(chosen);
    QCOMPARE(set.exceptionsPath(), chosen);
    QFile(chosen).open(QIODevice::WriteOnly);
    QCOMPARE(set.activeExceptionsPath(), chosen);
    set.setSource(files);
    QVERIFY(set.exceptionsPath() != chosen);
    set.setSource(m_demo);
    QCOMPARE(set.exceptionsPath(), chosen);
}

void TestFixSetView::scanReadsExceptionsAndReportsBrokenFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("e.yaml"));
    checks::Exception e;
    e.controls = {QStringLiteral("NSA-POD-08")};
    e.reason = QStringLiteral("test");
    QVERIFY(checks::appendException(path, e));
    const checks::ScanResult with = scanWithExceptions(m_demo.inventory, path);
    QVERIFY(m_scan.control(u"NSA-POD-08")->failed > 0);
    QCOMPARE(with.control(u"NSA-POD-08")->failed, 0);
    QCOMPARE(with.control(u"NSA-POD-08")->excepted, m_scan.control(u"NSA-POD-08")->failed);
    // A broken file: the scan still runs, and says why the exceptions were not applied.
    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("exceptions: [ {controls: [NSA-POD-08]} ]\n");
    broken.close();
    const checks::ScanResult bad = scanWithExceptions(m_demo.inventory, path);
    QCOMPARE(bad.control(u"NSA-POD-08")->failed, m_scan.control(u"NSA-POD-08")->failed);
    QVERIFY(!bad.exceptionNotices.empty());
    QCOMPARE(bad.exceptionNotices.front().kind, checks::ExceptionNotice::Kind::Invalid);
    QVERIFY(bad.exceptionNotices.front().message.contains(QStringLiteral("reason")));
}

void TestFixSetView::exportFormats()
{
    FixSet set(nullptr);
    set.setSource(m_demo);
    FixSetView view;
    view.setFixSet(&set);
    QTemporaryDir dir;
    // Empty: nothing is written.
    QVERIFY(!view.exportTo(FixSetView::ExportFormat::Overlay, dir.filePath(QStringLiteral("o"))));
    for (const remediation::Remediation &r : m_fixes)
        if (r.kind() == remediation::RemediationKind::Workload ||
            r.kind() == remediation::RemediationKind::Namespace)
            set.add(r);
    QVERIFY(set.count() >= 2);
    QCOMPARE(view.badgeCount(), qint64(set.count()));
    auto overlay =
        view.exportTo(FixSetView::ExportFormat::Overlay, dir.filePath(QStringLiteral("o")));
    QVERIFY2(overlay, overlay ? "" : qPrintable(overlay.error().message));
    QVERIFY(
        overlay->contains(
            QFileInfo(dir.filePath(QStringLiteral("o/kustomization.yaml"))).absoluteFilePath()) ||
        overlay->contains(dir.filePath(QStringLiteral("o/kustomization.yaml"))));
    for (const QString &f : *overlay)
        QVERIFY2(QFileInfo::exists(f), qPrintable(f));
    auto patches =
        view.exportTo(FixSetView::ExportFormat::Patches, dir.filePath(QStringLiteral("p")));
    QVERIFY2(patches, patches ? "" : qPrintable(patches.error().message));
    auto yaml =
        view.exportTo(FixSetView::ExportFormat::YamlFiles, dir.filePath(QStringLiteral("y")));
    QVERIFY2(yaml, yaml ? "" : qPrintable(yaml.error().message));
    QVERIFY(yaml->size() >= qsizetype(set.count()));
    for (const QString &f : *yaml + *patches)
        QVERIFY2(QFileInfo::exists(f), qPrintable(f));
    // One file: every fixed object as one stream that Parapet reads back.
    const QString single = dir.filePath(QStringLiteral("all.yaml"));
    auto one = view.exportTo(FixSetView::ExportFormat::SingleFile, single);
    QVERIFY2(one, one ? "" : qPrintable(one.error().message));
    LoadResult back = runLoad(LoadRequest::fromPaths({single}));
    QCOMPARE(back.summary.errors, 0);
    for (const remediation::Remediation &r : set.fixes())
        for (const remediation::GeneratedManifest &m : r.manifests())
            QVERIFY2(back.inventory.find(m.object.kind, m.object.ns, m.object.name),
                     qPrintable(m.object.toString()));
    // An existing file is not overwritten without asking.
    QVERIFY(!view.exportTo(FixSetView::ExportFormat::SingleFile, single));
    QVERIFY(view.exportTo(FixSetView::ExportFormat::SingleFile, single, true));
}

QTEST_MAIN(TestFixSetView)
#include "tst_fixsetview.moc"
