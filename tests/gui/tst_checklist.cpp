// The Checklist wizard, the fix preview, Accept risk and the Fix set view, driven through the
// main window on the demo cluster (offscreen), with assertions on what is shown.

#include "checks/exceptions.h"
#include "demowindow.h"
#include "dialogs/acceptriskdialog.h"
#include "dialogs/fixpreviewdialog.h"
#include "fixset/fixset.h"
#include "mainwindow.h"
#include "remediation/remediation.h"
#include "theme.h"
#include "views/checklistview.h"
#include "views/fixsetview.h"
#include "widgets/detailspane.h"
#include "widgets/diffview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTreeWidget>

using namespace parapet;
using namespace parapet::ui;
using parapet::test::loadDemo;

namespace {

template <typename T> T *child(const QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1StringView(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QString labelText(const QObject &parent, const char *name)
{
    auto *label = child<QLabel>(parent, name);
    return label ? label->text() : QStringLiteral("<missing>");
}

// What a workload fix of each pod-security control must write.
QString expectedKey(const QString &control)
{
    static const QHash<QString, QString> keys = {
        {QStringLiteral("NSA-POD-01"), QStringLiteral("runAsNonRoot: true")},
        {QStringLiteral("NSA-POD-02"), QStringLiteral("runAsGroup: 10001")},
        {QStringLiteral("NSA-POD-04"), QStringLiteral("readOnlyRootFilesystem: true")},
        {QStringLiteral("NSA-POD-08"), QStringLiteral("securityContext:")},
        {QStringLiteral("NSA-POD-13"), QStringLiteral("allowPrivilegeEscalation: false")},
        {QStringLiteral("NSA-POD-14"), QStringLiteral("- ALL")},
        {QStringLiteral("NSA-POD-15"), QStringLiteral("type: RuntimeDefault")},
        {QStringLiteral("NSA-POD-19"), QStringLiteral("automountServiceAccountToken: false")},
    };
    return keys.value(control);
}

int navigationBadge(const MainWindow &window, const QString &id)
{
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int i = 0; i < navigation->count(); ++i)
        if (navigation->item(i)->data(Qt::UserRole + 1).toString() == id) {
            const QVariant count = navigation->item(i)->data(Qt::UserRole + 10);
            return count.isValid() ? count.toInt() : -1;
        }
    return -2;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    // PARAPET_SCREENSHOT_DIR=/tmp/shots: the test also saves what it looked at.
    const QString dir = qEnvironmentVariable("PARAPET_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestChecklist : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void stepperShowsSectionsAndProgress();
    void walkGenerateFixAndExport();
    void acceptRiskExceptsAfterRescan();
    void acceptRiskNeedsReasonAndFutureDate();
    void reviewedControlsAreRemembered();
    void exceptionWriterRoundTrips();
    void exceptionWriterKeepsCommentsAndRefusesOddFiles();
    void diffViewNumbersLines();

private:
    ChecklistView *checklist(MainWindow &window);
    /// The first pod-security control that fails on the demo and has a generated fix.
    QString failingFixableControl(const MainWindow &window) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestChecklist::initTestCase()
{
    // Nothing of the user's data folder is touched (the demo's default exceptions file).
    QStandardPaths::setTestModeEnabled(true);
    // PARAPET_SCREENSHOT_THEME=dark: the screenshots (see saveScreenshot()) in the dark scheme.
    if (qEnvironmentVariable("PARAPET_SCREENSHOT_THEME") == u"dark")
        Theme::apply(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                     Theme::Scheme::Dark);
}

void TestChecklist::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("parapet.ini")),
                                             QSettings::IniFormat);
}

void TestChecklist::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

ChecklistView *TestChecklist::checklist(MainWindow &window)
{
    if (!window.setCurrentView(QStringLiteral("checklist")))
        return nullptr;
    return qobject_cast<ChecklistView *>(window.view(QStringLiteral("checklist")));
}

QString TestChecklist::failingFixableControl(const MainWindow &window) const
{
    const QStringList fixable = remediation::fixableControls();
    for (const checks::ControlResult &r : window.scanResult()->controls) {
        const QString id = r.control->idString();
        if (r.control->section == checks::Section::PodSecurity && r.failed > 0 &&
            fixable.contains(id) && !expectedKey(id).isEmpty())
            return id;
    }
    return {};
}

void TestChecklist::stepperShowsSectionsAndProgress()
{
    MainWindow window(m_settings.get());
    loadDemo(window);
    ChecklistView *view = checklist(window);
    QVERIFY(view);
    QCOMPARE(window.currentViewId(), QStringLiteral("checklist"));

    auto *steps = child<QTreeWidget>(*view, "checklistSteps");
    QVERIFY(steps && steps->isVisible());
    QCOMPARE(steps->topLevelItemCount(), 5);
    int controls = 0;
    for (int s = 0; s < 5; ++s) {
        QTreeWidgetItem *section = steps->topLevelItem(s);
        QVERIFY(
            section->text(0).contains(checks::sectionTitle(checks::sections()[std::size_t(s)])));
        QCOMPARE(section->text(1), QStringLiteral("0/%1").arg(section->childCount()));
        // Pass, fail and not-verifiable counts of the section add up to its controls.
        int sum = 0;
        for (const QVariant &n : section->data(0, Qt::UserRole + 3).toList())
            sum += n.toInt();
        QCOMPARE(sum, section->childCount());
        QVERIFY(section->toolTip(0).contains(QStringLiteral("not verifiable")));
        controls += section->childCount();
    }
    QCOMPARE(controls, int(checks::catalogue().size()));
    QCOMPARE(labelText(*view, "checklistProgressLabel"),
             QStringLiteral("0 of %1 controls reviewed").arg(controls));

    // The first control is shown first; the badge counts failing controls.
    QCOMPARE(view->currentControl(), QStringLiteral("NSA-POD-01"));
    QCOMPARE(labelText(*view, "checklistId"), QStringLiteral("NSA-POD-01"));
    QCOMPARE(labelText(*view, "checklistTitle"), checks::findControl(u"NSA-POD-01")->title());
    QCOMPARE(labelText(*view, "checklistRationale"),
             checks::findControl(u"NSA-POD-01")->rationale());
    qint64 failing = 0;
    for (const checks::ControlResult &r : window.scanResult()->controls)
        failing += r.status == checks::Status::Fail || r.status == checks::Status::Partial;
    QVERIFY(failing > 0);
    QCOMPARE(view->badgeCount(), failing);
    QCOMPARE(navigationBadge(window, QStringLiteral("checklist")), int(failing));

    // A not-verifiable control says what to check by hand.
    const checks::ControlResult *nv = nullptr;
    for (const checks::ControlResult &r : window.scanResult()->controls)
        if (r.status == checks::Status::NotVerifiable && r.control->manualCheckText &&
            *r.control->manualCheckText) {
            nv = &r;
            break;
        }
    QVERIFY(nv);
    QVERIFY(view->showControl(nv->control->idString()));
    QVERIFY(child<QWidget>(*view, "checklistManual")->isVisible());
    QCOMPARE(labelText(*view, "checklistManualText"), nv->control->manualCheck());
    QVERIFY(labelText(*view, "checklistStatusText").contains(QStringLiteral("Not verifiable")));
    QVERIFY(!child<QPushButton>(*view, "checklistGenerateFix")->isEnabled());
    saveScreenshot(&window, QStringLiteral("checklist-not-verifiable.png"));
}

void TestChecklist::walkGenerateFixAndExport()
{
    MainWindow window(m_settings.get());
    loadDemo(window);
    ChecklistView *view = checklist(window);
    QVERIFY(view);
    const QString target = failingFixableControl(window);
    QVERIFY2(!target.isEmpty(), "the demo should fail a fixable pod-security control");

    // Walk with Next (button) and Alt+Right (keyboard) to the failing control.
    auto *next = child<QPushButton>(*view, "checklistNext");
    auto *previous = child<QPushButton>(*view, "checklistPrevious");
    QVERIFY(!previous->isEnabled());
    // Keyboard in the stepper: Alt+Right and Alt+Left; plain arrows move in the tree.
    auto *steps = child<QTreeWidget>(*view, "checklistSteps");
    steps->setFocus();
    QTest::keyClick(steps, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(view->currentControl(), QStringLiteral("NSA-POD-02"));
    QTest::keyClick(steps, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(view->currentControl(), QStringLiteral("NSA-POD-01"));
    QTest::keyClick(steps, Qt::Key_Down);
    QCOMPARE(view->currentControl(), QStringLiteral("NSA-POD-02"));
    QTest::keyClick(steps, Qt::Key_Up);
    QCOMPARE(view->currentControl(), QStringLiteral("NSA-POD-01"));
    // Alt+arrows work wherever the focus is in the window while the checklist is shown, and
    // not when another view is.
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(view->currentControl(), QStringLiteral("NSA-POD-02"));
    QVERIFY(window.setCurrentView(QStringLiteral("findings")));
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    QVERIFY(window.setCurrentView(QStringLiteral("checklist")));
    QCOMPARE(view->currentControl(), QStringLiteral("NSA-POD-02"));
    QTest::keyClick(navigation, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(view->currentControl(), QStringLiteral("NSA-POD-01"));
    int guard = 0;
    while (view->currentControl() != target && guard++ < 70)
        QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(view->currentControl(), target);
    const checks::ControlResult *result = window.scanResult()->control(target);
    QCOMPARE(labelText(*view, "checklistTitle"), result->control->title());
    QVERIFY(labelText(*view, "checklistStatusText").contains(QStringLiteral("Fail")) ||
            labelText(*view, "checklistStatusText").contains(QStringLiteral("Partial")));
    QVERIFY(labelText(*view, "checklistStatusText")
                .contains(QStringLiteral("%1 object").arg(result->failed)));

    // The evidence: one row per finding, object and file:line.
    auto *evidence = child<QTreeWidget>(*view, "checklistEvidence");
    const auto findings = window.scanResult()->findingsOf(target);
    QCOMPARE(evidence->topLevelItemCount(), int(std::min<std::size_t>(findings.size(), 500)));
    QTreeWidgetItem *row = evidence->topLevelItem(0);
    QCOMPARE(row->text(1), findings.front()->object.toString());
    QVERIFY2(row->text(2).contains(QRegularExpression(QStringLiteral(":\\d+$"))),
             qPrintable(row->text(2)));
    // The first row is selected and shown in the Details dock; selecting another follows.
    auto *details = window.findChild<DetailsPane *>();
    QCOMPARE(evidence->currentItem(), row);
    QCOMPARE(details->selection().type, Selection::Type::Finding);
    QCOMPARE(&window.scanResult()->findings[std::size_t(details->selection().index)],
             findings.front());
    QVERIFY(evidence->topLevelItemCount() > 1);
    evidence->setCurrentItem(evidence->topLevelItem(1));
    QCOMPARE(&window.scanResult()->findings[std::size_t(details->selection().index)], findings[1]);
    evidence->setCurrentItem(row);
    saveScreenshot(&window, QStringLiteral("checklist-failing.png"));

    // Generate fix → preview.
    auto *generate = child<QPushButton>(*view, "checklistGenerateFix");
    QVERIFY(generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);
    auto *preview = view->findChild<FixPreviewDialog *>();
    QVERIFY(preview);
    QVERIFY(preview->isVisible());
    QVERIFY2(preview->hasFix(), qPrintable(preview->errorText()));
    const remediation::Remediation fix = *preview->fix(); // a copy: toggling parts remakes it
    QVERIFY(fix.controls().contains(target));
    auto *manifest = child<QPlainTextEdit>(*preview, "fixManifest0");
    QVERIFY(manifest);
    QVERIFY2(manifest->toPlainText().contains(expectedKey(target)),
             qPrintable(manifest->toPlainText()));
    QVERIFY(manifest->toPlainText().contains(QStringLiteral("kind: ") + fix.target().kind));
    auto *tabs = child<QTabWidget>(*preview, "fixTabs");
    QVERIFY(tabs->tabText(0).contains(fix.target().name));
    QCOMPARE(tabs->tabText(tabs->count() - 1), QStringLiteral("Diff"));
    auto *diff = child<DiffView>(*preview, "fixDiff");
    QVERIFY(!preview->diffText().isEmpty());
    QCOMPARE(diff->toPlainText() + u'\n', preview->diffText());
    QVERIFY(diff->addedLines() > 0);
    QVERIFY(preview->diffText().contains(
        QRegularExpression(QStringLiteral("^\\+ .*"), QRegularExpression::MultilineOption)));
    QVERIFY(preview->diffText().contains(
        QRegularExpression(QStringLiteral("^@@ -\\d+"), QRegularExpression::MultilineOption)));
    // Warnings are shown when the fix has some.
    QCOMPARE(child<QWidget>(*preview, "fixWarnings")->isVisible(), !fix.warnings().isEmpty());
    const QString shownWarnings =
        QTextDocumentFragment::fromHtml(labelText(*preview, "fixWarningsText")).toPlainText();
    for (const QString &w : fix.warnings())
        QVERIFY2(shownWarnings.contains(w), qPrintable(w));
    tabs->setCurrentIndex(tabs->count() - 1);
    saveScreenshot(preview, QStringLiteral("fix-preview-diff.png"));
    tabs->setCurrentIndex(0);
    saveScreenshot(preview, QStringLiteral("fix-preview.png"));

    // Switching a part off makes the fix again without it.
    QVERIFY(fix.parts().size() >= 1);
    QString otherPart;
    for (const remediation::Part &p : fix.parts())
        if (!p.controls.contains(target))
            otherPart = p.name;
    if (!otherPart.isEmpty()) {
        auto *box = preview->findChild<QCheckBox *>(u"part-" + otherPart);
        QVERIFY(box && box->isChecked());
        box->click();
        QVERIFY(preview->without().contains(otherPart));
        QVERIFY(preview->hasFix());
        bool off = false;
        for (const remediation::Part &p : preview->fix()->parts())
            off = off || (p.name == otherPart && !p.enabled);
        QVERIFY(off);
        const QStringList offControls = remediation::findPart(otherPart)->controlIds();
        for (const QString &c : offControls)
            QVERIFY(!preview->fix()->controls().contains(c));
        preview->findChild<QCheckBox *>(u"part-" + otherPart)->click();
        QVERIFY(!preview->without().contains(otherPart));
        QCOMPARE(preview->fix()->controls(), fix.controls());
    }

    // Copy takes the text of the current tab.
    tabs->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(*preview, "fixCopy"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
             child<QPlainTextEdit>(*preview, "fixManifest0")->toPlainText());
    QVERIFY(labelText(*preview, "fixStatus").startsWith(QStringLiteral("Copied")));

    // Save… writes the manifests.
    const QString saved = m_dir->filePath(QStringLiteral("fix.yaml"));
    preview->setSavePathChooser([&] { return saved; });
    QTest::mouseClick(child<QPushButton>(*preview, "fixSave"), Qt::LeftButton);
    QFile savedFile(saved);
    QVERIFY(savedFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(savedFile.readAll()), preview->yamlText());

    // Add to fix set: the badge follows.
    QCOMPARE(navigationBadge(window, QStringLiteral("fixset")), -1);
    QTest::mouseClick(child<QPushButton>(*preview, "fixAdd"), Qt::LeftButton);
    auto *fixSet = window.findChild<FixSet *>();
    QCOMPARE(fixSet->count(), 1);
    QCOMPARE(navigationBadge(window, QStringLiteral("fixset")), 1);
    QVERIFY(labelText(*preview, "fixStatus").contains(QStringLiteral("Added to the fix set")));
    // Adding the same target again replaces it.
    QTest::mouseClick(child<QPushButton>(*preview, "fixAdd"), Qt::LeftButton);
    QCOMPARE(fixSet->count(), 1);
    preview->close();

    // The Fix set view lists it and exports it.
    QVERIFY(window.setCurrentView(QStringLiteral("fixset")));
    auto *fixView = qobject_cast<FixSetView *>(window.view(QStringLiteral("fixset")));
    QVERIFY(fixView);
    QCOMPARE(fixView->table()->model()->rowCount(), 1);
    QCOMPARE(fixView->table()->model()->index(0, 0).data().toString(), fix.target().toString());
    QVERIFY(fixView->table()->model()->index(0, 3).data().toString().contains(target));
    saveScreenshot(&window, QStringLiteral("fixset.png"));

    const QString overlay = m_dir->filePath(QStringLiteral("overlay"));
    fixView->setPathChooser([&](FixSetView::ExportFormat) { return overlay; });
    QTest::mouseClick(child<QPushButton>(*fixView, "fixSetExport"), Qt::LeftButton);
    QVERIFY2(QFileInfo::exists(overlay + QStringLiteral("/kustomization.yaml")),
             qPrintable(fixView->resultText()));
    QVERIFY(fixView->resultText().contains(QStringLiteral("kustomization.yaml")));
    QVERIFY(fixView->resultText().contains(QStringLiteral("Wrote")));
    saveScreenshot(&window, QStringLiteral("fixset-exported.png"));

    // A non-empty folder is refused without overwrite; one YAML file holds the fixed object.
    auto again = fixView->exportTo(FixSetView::ExportFormat::YamlFiles, overlay);
    QVERIFY(!again);
    QVERIFY(fixView->resultText().contains(QStringLiteral("Not exported")));
    const QString single = m_dir->filePath(QStringLiteral("fixes.yaml"));
    auto one = fixView->exportTo(FixSetView::ExportFormat::SingleFile, single);
    QVERIFY2(one, one ? "" : qPrintable(one.error().message));
    QFile singleFile(single);
    QVERIFY(singleFile.open(QIODevice::ReadOnly));
    const QString singleText = QString::fromUtf8(singleFile.readAll());
    QVERIFY(singleText.contains(QStringLiteral("name: ") + fix.target().name));
    QVERIFY(singleText.contains(expectedKey(target)));

    // kubectl kustomize builds the overlay into the fixed object.
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty())
        QSKIP("kubectl is not installed: the overlay was written but not built");
    QProcess kustomize;
    kustomize.start(kubectl, {QStringLiteral("kustomize"), overlay});
    QVERIFY(kustomize.waitForFinished(60000));
    const QString built = QString::fromUtf8(kustomize.readAllStandardOutput());
    QVERIFY2(kustomize.exitCode() == 0, kustomize.readAllStandardError().constData());
    QVERIFY(built.contains(QStringLiteral("name: ") + fix.target().name));
    QVERIFY2(built.contains(expectedKey(target)), qPrintable(built));
}

void TestChecklist::acceptRiskExceptsAfterRescan()
{
    MainWindow window(m_settings.get());
    loadDemo(window);
    ChecklistView *view = checklist(window);
    const QString target = failingFixableControl(window);
    QVERIFY(view->showControl(target));
    QVERIFY(!child<QWidget>(*view, "checklistExceptions")->isVisible());

    auto *accept = child<QPushButton>(*view, "checklistAcceptRisk");
    QVERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    auto *dialog = view->findChild<AcceptRiskDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    // The default file: the demo's, under the (test) data folder; expiry in 90 days.
    auto *fixSet = window.findChild<FixSet *>();
    QCOMPARE(dialog->exceptionsPath(), fixSet->defaultExceptionsPath());
    QCOMPARE(child<QDateEdit>(*dialog, "riskExpires")->date(), QDate::currentDate().addDays(90));
    const QString file = m_dir->filePath(QStringLiteral("risks/exceptions.yaml"));
    dialog->setExceptionsPath(file);
    dialog->setObjectOnly(false);
    const QString reason =
        QStringLiteral("Legacy batch jobs: \"owner\" is #team-data, until the rewrite");
    child<QPlainTextEdit>(*dialog, "riskReason")->setPlainText(reason);
    const QDate expires = QDate::currentDate().addDays(30);
    child<QDateEdit>(*dialog, "riskExpires")->setDate(expires);
    saveScreenshot(dialog, QStringLiteral("accept-risk.png"));

    QSignalSpy scanned(&window, &MainWindow::scanFinished);
    QTest::mouseClick(child<QPushButton>(*dialog, "riskAccept"), Qt::LeftButton);
    QVERIFY(QFileInfo::exists(file));
    auto written = checks::ExceptionSet::load(file);
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    QCOMPARE(written->items().size(), std::size_t(1));
    QCOMPARE(written->items().front().controls, QStringList{target});
    QCOMPARE(written->items().front().reason, reason);
    QCOMPARE(written->items().front().expires, expires);
    QCOMPARE(fixSet->exceptionsPath(), QFileInfo(file).absoluteFilePath());

    // The scan runs again with the file, and the control shows as excepted.
    QVERIFY(scanned.wait(60000));
    const checks::ControlResult *r = window.scanResult()->control(target);
    QCOMPARE(r->failed, 0);
    QVERIFY(r->excepted > 0);
    QCOMPARE(view->currentControl(), target);
    QVERIFY(labelText(*view, "checklistStatusText").contains(QStringLiteral("Excepted")));
    QVERIFY(child<QWidget>(*view, "checklistExceptions")->isVisible());
    const QString exceptionText = labelText(*view, "checklistExceptionText");
    QVERIFY2(exceptionText.contains(reason.toHtmlEscaped()), qPrintable(exceptionText));
    QVERIFY(exceptionText.contains(expires.toString(Qt::ISODate)));
    QCOMPARE(child<QTreeWidget>(*view, "checklistEvidence")->topLevelItem(0)->text(0),
             QStringLiteral("Excepted"));
    QVERIFY(!child<QPushButton>(*view, "checklistAcceptRisk")->isEnabled());
    saveScreenshot(&window, QStringLiteral("checklist-excepted.png"));
}

void TestChecklist::acceptRiskNeedsReasonAndFutureDate()
{
    const checks::Control &control = *checks::findControl(u"NSA-POD-08");
    const checks::ObjectRef object{QStringLiteral("apps/v1"), QStringLiteral("Deployment"),
                                   QStringLiteral("shop"), QStringLiteral("cart")};
    const QString file = m_dir->filePath(QStringLiteral("e.yaml"));
    AcceptRiskDialog dialog(control, object, file);
    dialog.setToday(QDate(2026, 1, 10));
    auto *ok = child<QPushButton>(dialog, "riskAccept");
    QCOMPARE(child<QDateEdit>(dialog, "riskExpires")->date(), QDate(2026, 4, 10));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().contains(QStringLiteral("reason")));
    dialog.setReason(QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    dialog.setReason(QStringLiteral("hostNetwork agent"));
    QVERIFY(ok->isEnabled());
    // Today or earlier is clamped by the date field to tomorrow at the earliest.
    dialog.setExpires(QDate(2026, 1, 10));
    QCOMPARE(child<QDateEdit>(dialog, "riskExpires")->date(), QDate(2026, 1, 11));
    QVERIFY(ok->isEnabled());
    // One object: namespace, kind and name.
    const checks::Exception e = dialog.exception();
    QCOMPARE(e.namespaces, QStringList{QStringLiteral("shop")});
    QCOMPARE(e.kinds, QStringList{QStringLiteral("Deployment")});
    QCOMPARE(e.names, QStringList{QStringLiteral("cart")});
    // A file that cannot be written: the dialog stays open with the reason.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QFile(blocker).open(QIODevice::WriteOnly);
    dialog.setExceptionsPath(blocker + QStringLiteral("/e.yaml"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(child<QLabel>(dialog, "riskProblem")->text().contains(QStringLiteral("not written")));
}

void TestChecklist::reviewedControlsAreRemembered()
{
    {
        MainWindow window(m_settings.get());
        loadDemo(window);
        ChecklistView *view = checklist(window);
        auto *mark = child<QPushButton>(*view, "checklistMarkReviewed");
        QTest::mouseClick(mark, Qt::LeftButton);
        QVERIFY(mark->isChecked());
        QCOMPARE(labelText(*view, "checklistReviewedBadge"), QStringLiteral("\u2713 Reviewed"));
        // Ctrl+Return: mark reviewed and go on.
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(view->currentControl(), QStringLiteral("NSA-POD-02"));
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(view->currentControl(), QStringLiteral("NSA-POD-03"));
        QCOMPARE(view->reviewedCount(), 2);
        QCOMPARE(labelText(*view, "checklistProgressLabel"),
                 QStringLiteral("2 of %1 controls reviewed").arg(checks::catalogue().size()));
        auto *steps = child<QTreeWidget>(*view, "checklistSteps");
        QCOMPARE(steps->topLevelItem(0)->text(1),
                 QStringLiteral("2/%1").arg(steps->topLevelItem(0)->childCount()));
        QCOMPARE(steps->topLevelItem(0)->child(0)->text(1), QStringLiteral("\u2713"));
        QCOMPARE(child<QProgressBar>(*view, "checklistProgress")->value(), 2);
    }
    // A new window on the same source resumes: reviewed controls and the last position.
    MainWindow window(m_settings.get());
    loadDemo(window);
    ChecklistView *view = checklist(window);
    QCOMPARE(view->reviewedCount(), 2);
    QCOMPARE(view->currentControl(), QStringLiteral("NSA-POD-03"));
    QVERIFY(!child<QPushButton>(*view, "checklistMarkReviewed")->isChecked());
    view->previous();
    QVERIFY(child<QPushButton>(*view, "checklistMarkReviewed")->isChecked());
    // Another source has its own progress.
    QCOMPARE(FixSet::sourceKey(LoadRequest::demo()), QStringLiteral("demo"));
    QVERIFY(FixSet::sourceKey(LoadRequest::fromPaths({QStringLiteral("b"), QStringLiteral("a")})) ==
            FixSet::sourceKey(LoadRequest::fromPaths({QStringLiteral("a"), QStringLiteral("b")})));
}

void TestChecklist::exceptionWriterRoundTrips()
{
    checks::Exception a;
    a.controls = {QStringLiteral("NSA-POD-08"), QStringLiteral("NSA-NET-*")};
    a.reason = QStringLiteral("needs: \"host\" access # really\n\tsecond line \u00e4 \\ end");
    a.expires = QDate(2027, 6, 30);
    a.namespaces = {QStringLiteral("kube-system")};
    a.kinds = {QStringLiteral("DaemonSet")};
    a.names = {QStringLiteral("calico-*"), QStringLiteral("yes"), QStringLiteral("1.5")};
    checks::Exception b;
    b.controls = {QStringLiteral("NSA-AUTH-01")};
    b.reason = QStringLiteral("accepted");
    const std::vector<checks::Exception> both{a, b};
    const QByteArray text = checks::exceptionsFileYaml(both);
    auto parsed = checks::ExceptionSet::parse(text, QStringLiteral("x.yaml"));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->items().size(), std::size_t(2));
    const checks::Exception &pa = parsed->items()[0];
    QCOMPARE(pa.controls, a.controls);
    QCOMPARE(pa.reason, a.reason.trimmed());
    QCOMPARE(pa.expires, a.expires);
    QCOMPARE(pa.namespaces, a.namespaces);
    QCOMPARE(pa.kinds, a.kinds);
    QCOMPARE(pa.names, a.names);
    QVERIFY(!parsed->items()[1].expires.isValid());
    QVERIFY(parsed->items()[1].names.isEmpty());
    // An empty list is a valid file too.
    QVERIFY(checks::ExceptionSet::parse(checks::exceptionsFileYaml({}), QStringLiteral("e")));
}

void TestChecklist::exceptionWriterKeepsCommentsAndRefusesOddFiles()
{
    checks::Exception e;
    e.controls = {QStringLiteral("NSA-POD-10")};
    e.reason = QStringLiteral("CNI");
    // A new file (and its folder) is created.
    const QString path = m_dir->filePath(QStringLiteral("sub/dir/exceptions.yaml"));
    QVERIFY(checks::appendException(path, e));
    QCOMPARE(checks::ExceptionSet::load(path)->items().size(), std::size_t(1));

    // A hand-written file keeps its comments; the item goes to its list (indent 0 here).
    const QString hand = m_dir->filePath(QStringLiteral("hand.yaml"));
    {
        QFile f(hand);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# owned by the platform team\napiVersion: parapet.io/v1\nkind: ExceptionList\n"
                "exceptions:\n- controls: [NSA-POD-08]\n  reason: calico # keep\n");
    }
    auto written = checks::appendException(hand, e);
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    QFile f(hand);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray after = f.readAll();
    QVERIFY(after.startsWith("# owned by the platform team\n"));
    QVERIFY(after.contains("reason: calico # keep"));
    const auto set = checks::ExceptionSet::load(hand);
    QCOMPARE(set->items().size(), std::size_t(2));
    QCOMPARE(set->items().back().controls, QStringList{QStringLiteral("NSA-POD-10")});

    // A file whose list is not last cannot be appended to: error, file untouched.
    const QString odd = m_dir->filePath(QStringLiteral("odd.yaml"));
    const QByteArray oddText = "exceptions:\n  - controls: [NSA-POD-08]\n    reason: x\n"
                               "apiVersion: parapet.io/v1\n";
    {
        QFile o(odd);
        QVERIFY(o.open(QIODevice::WriteOnly));
        o.write(oddText);
    }
    auto refused = checks::appendException(odd, e);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("by hand")));
    QFile o(odd);
    QVERIFY(o.open(QIODevice::ReadOnly));
    QCOMPARE(o.readAll(), oddText);
    // A broken file is reported, not overwritten.
    const QString broken = m_dir->filePath(QStringLiteral("broken.yaml"));
    {
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("exceptions: [ {controls: [NOPE], reason: x} ]\n");
    }
    auto bad = checks::appendException(broken, e);
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(QStringLiteral("NOPE")));
}

void TestChecklist::diffViewNumbersLines()
{
    DiffView view;
    view.setDiff(QStringLiteral("--- a.yaml\n+++ b.yaml\n@@ -3,3 +3,4 @@\n a\n-b\n+c\n+d\n e\n"));
    QCOMPARE(view.addedLines(), 2);
    QCOMPARE(view.removedLines(), 1);
    QCOMPARE(view.lineNumbers(0), std::make_pair(0, 0)); // ---
    QCOMPARE(view.lineNumbers(2), std::make_pair(0, 0)); // @@
    QCOMPARE(view.lineNumbers(3), std::make_pair(3, 3)); // context
    QCOMPARE(view.lineNumbers(4), std::make_pair(4, 0)); // removed
    QCOMPARE(view.lineNumbers(5), std::make_pair(0, 4)); // added
    QCOMPARE(view.lineNumbers(6), std::make_pair(0, 5));
    QCOMPARE(view.lineNumbers(7), std::make_pair(5, 6));
    QCOMPARE(DiffHighlighter::classify(u"+x"), DiffHighlighter::LineKind::Added);
    QCOMPARE(DiffHighlighter::classify(u"-x"), DiffHighlighter::LineKind::Removed);
    QCOMPARE(DiffHighlighter::classify(u"+++ b"), DiffHighlighter::LineKind::Header);
}

QTEST_MAIN(TestChecklist)
#include "tst_checklist.moc"
