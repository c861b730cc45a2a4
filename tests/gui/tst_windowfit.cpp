// The main window fits a 1440×900 screen with the navigation and the Details dock shown, in
// every view and in every language Parapet speaks: no view's minimum width pushes the window
// wider than 1440 px. On failure the message names the chain of widgets that holds the width.

#include "i18n.h"
#include "launcher.h"
#include "mainwindow.h"
#include "views/view.h"
#include "views/viewcatalog.h"

#include <QDockWidget>
#include <QFile>
#include <QLayout>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parapet;
using namespace parapet::ui;

namespace {

constexpr int kScreenWidth = 1440;
constexpr int kScreenHeight = 900;

bool allSettled(const MainWindow &window)
{
    for (const ViewInfo &info : viewCatalog())
        if (const View *v = window.view(info.id); v && !v->isSettled())
            return false;
    return true;
}

/// The visible widget chain below \a widget whose minimum width is the largest, as
/// "Class#name 1581 > Class#name 1200 > ...", so a failure says where to look.
QString widestChain(const QWidget *widget, int depth = 0)
{
    const int own = std::max(widget->minimumSizeHint().width(), widget->minimumWidth());
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u'#' + widget->objectName();
    text += u' ' + QString::number(own);
    if (depth > 30)
        return text;
    const QWidget *widest = nullptr;
    int widestWidth = -1;
    for (const QObject *object : widget->children()) {
        const auto *childWidget = qobject_cast<const QWidget *>(object);
        if (!childWidget || childWidget->isHidden() || childWidget->isWindow())
            continue;
        const int w = std::max(childWidget->minimumSizeHint().width(), childWidget->minimumWidth());
        if (w > widestWidth) {
            widestWidth = w;
            widest = childWidget;
        }
    }
    if (widest)
        text += u" > " + widestChain(widest, depth + 1);
    return text;
}

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { i18n::installTranslators(QStringLiteral("en")); }
    void everyViewFits_data();
    void everyViewFits();
};

void TestWindowFit::everyViewFits_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : i18n::availableLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestWindowFit::everyViewFits()
{
    QFETCH(QString, language);
    // As the app does: the translators are installed before the window is built.
    QVERIFY(i18n::installTranslators(language));
    QCOMPARE(i18n::currentLanguage(), language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("parapet.ini")), QSettings::IniFormat);
    // The start screen names the kubeconfig files it read: a long path must not widen the
    // window (a clone under a longer folder once made it 1452 px in German).
    const QByteArray kubeconfig = qgetenv("KUBECONFIG");
    qputenv("KUBECONFIG",
            QFile::encodeName(dir.filePath(QStringLiteral(
                "a-folder-with-a-rather-long-name/and-another-one-below-it/no-such-kubeconfig"))));
    const auto restore = qScopeGuard([&] { qputenv("KUBECONFIG", kubeconfig); });

    MainWindow window(&settings);
    window.resize(kScreenWidth, kScreenHeight);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy scanned(&window, &MainWindow::scanFinished);
    window.load(LoadRequest::demo());
    QVERIFY(scanned.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(allSettled(window), 120000);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    QVERIFY(dock);

    QStringList tooWide;
    for (const ViewInfo &info : viewCatalog()) {
        QVERIFY(window.setCurrentView(info.id));
        QTRY_VERIFY_WITH_TIMEOUT(allSettled(window), 120000);
        QCoreApplication::processEvents();
        QVERIFY2(dock->isVisible(), qPrintable(info.id));
        // The inventory's first object is selected where the view shows it: details filled.
        if (View *v = window.view(info.id))
            v->selectObject(0);
        QCoreApplication::processEvents();
        const int minimum = window.minimumSizeHint().width();
        const int actual = window.width();
        if (minimum > kScreenWidth || actual > kScreenWidth)
            tooWide << QStringLiteral("%1: minimum %2, width %3: %4")
                           .arg(info.id)
                           .arg(minimum)
                           .arg(actual)
                           .arg(widestChain(&window));
    }
    QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(u"\n")));
}

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
