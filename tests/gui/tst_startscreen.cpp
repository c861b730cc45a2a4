// The start screen (kubeconfig contexts, recent sources, inline errors) and live connections
// of the desktop app against the in-process fake API server (real HTTPS on loopback, a bearer
// token): progress per kind, a forbidden kind's banner, cancel mid-fetch, and the GUI event
// loop staying responsive while the cluster is read.

#include "fakeapiserver.h"
#include "launcher.h"
#include "mainwindow.h"
#include "views/startview.h"
#include "views/view.h"
#include "views/viewcatalog.h"
#include "widgets/banner.h"
#include "widgets/connectprogress.h"
#include "widgets/emptystate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace parapet;
using namespace parapet::ui;
using namespace parapet::test;

namespace {

const QString kToken = QStringLiteral("tok-gui-PLANTED-7f3a");
const QString kUser = QStringLiteral("reviewer");

QString writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(data);
    return path;
}

/// Runs \a what while a 5 ms timer ticks on the GUI thread; returns the longest gap between
/// two ticks (ms), i.e. how long the event loop was blocked at worst.
struct GapMeter
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 maxGap = 0;
    int ticks = 0;
    GapMeter()
    {
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.elapsed();
            maxGap = std::max(maxGap, now - last);
            last = now;
            ++ticks;
        });
    }
    void start()
    {
        clock.start();
        last = 0;
        timer.start();
    }
    void stop() { timer.stop(); }
};

/// Views that compute in the background (graphs) are let finish before the window goes.
bool allSettled(const MainWindow &window)
{
    for (const ViewInfo &info : viewCatalog())
        if (const View *v = window.view(info.id); v && !v->isSettled())
            return false;
    return true;
}

} // namespace

class TestStartScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void contextsCurrentFirstWithAuthKinds();
    void enterAndDoubleClickConnect();
    void brokenKubeconfigIsAnInlineError();
    void noKubeconfigTeaches();
    void recentSourcesRememberedAndRemovable();
    void windowStartsOnStartScreen();
    void startScreenScreenshot();
    void liveConnectWithForbiddenKind();
    void cancelMidFetch();
    void unreachableClusterSaysWhatToDo();

private:
    std::unique_ptr<FakeApiServer> makeServer(bool forbidSecrets, int pods);
    QString kubeconfigFor(const FakeApiServer &server);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    TestCert m_ca = TestPki::makeCa(QStringLiteral("gui-ca"));
    TestCert m_serverCert = TestPki::makeLocalServer(m_ca);
};

void TestStartScreen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("parapet.ini")),
                                             QSettings::IniFormat);
}

void TestStartScreen::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<FakeApiServer> TestStartScreen::makeServer(bool forbidSecrets, int pods)
{
    FakeApiServer::Options o;
    o.serverCert = m_serverCert;
    auto s = std::make_unique<FakeApiServer>(o);
    s->addStandardResources();
    s->addToken(kToken, kUser);
    s->addObjects(QString(), QStringLiteral("namespaces"),
                  {"{\"metadata\":{\"name\":\"shop\"}}", "{\"metadata\":{\"name\":\"web\"}}"});
    std::vector<QByteArray> items;
    for (int i = 0; i < pods; ++i)
        items.push_back(QStringLiteral("{\"metadata\":{\"name\":\"pod-%1\",\"namespace\":\"%2\"},"
                                       "\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":"
                                       "\"nginx:1.25\"}]}}")
                            .arg(i)
                            .arg(i % 2 ? QStringLiteral("shop") : QStringLiteral("web"))
                            .toUtf8());
    if (!items.empty())
        s->addObjects(QString(), QStringLiteral("pods"), items);
    s->addObjects(QString(), QStringLiteral("secrets"),
                  {"{\"metadata\":{\"name\":\"db\",\"namespace\":\"shop\"},\"type\":\"Opaque\","
                   "\"data\":{\"password\":\"UExBTlRFRC1TRUNSRVQ=\"}}"});
    if (forbidSecrets) {
        FakeAccess access;
        access.forbiddenClusterWide = {QStringLiteral("secrets")};
        access.rulesReview = false;
        s->setAccess(kUser, access);
    }
    return s;
}

QString TestStartScreen::kubeconfigFor(const FakeApiServer &server)
{
    return writeFile(
        m_dir->filePath(QStringLiteral("kubeconfig-%1").arg(server.port())),
        "apiVersion: v1\nkind: Config\nclusters:\n- name: fake\n  cluster:\n"
        "    server: " +
            server.url().toUtf8() + "\n    certificate-authority-data: " + m_ca.certPem.toBase64() +
            "\nusers:\n- name: " + kUser.toUtf8() + "\n  user:\n    token: " + kToken.toUtf8() +
            "\ncontexts:\n- name: fake-ctx\n  context:\n    cluster: fake\n"
            "    user: " +
            kUser.toUtf8() + "\ncurrent-context: fake-ctx\n");
}

void TestStartScreen::contextsCurrentFirstWithAuthKinds()
{
    const QString config = writeFile(
        m_dir->filePath(QStringLiteral("config")),
        "apiVersion: v1\nkind: Config\n"
        "clusters:\n"
        "- name: prod\n  cluster:\n    server: https://prod.example:6443\n"
        "- name: dev\n  cluster:\n    server: https://dev.example:6443\n"
        "users:\n"
        "- name: admin\n  user:\n    client-certificate-data: Zm9v\n    client-key-data: YmFy\n"
        "- name: bot\n  user:\n    token: PLANTED-TOKEN-never-shown\n"
        "- name: aws\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
        "      command: aws\n      args: [eks, get-token]\n"
        "- name: old\n  user:\n    username: u\n    password: PLANTED-PASSWORD\n"
        "contexts:\n"
        "- name: a-dev\n  context:\n    cluster: dev\n    user: bot\n    namespace: team\n"
        "- name: b-basic\n  context:\n    cluster: dev\n    user: old\n"
        "- name: m-eks\n  context:\n    cluster: prod\n    user: aws\n"
        "- name: z-prod\n  context:\n    cluster: prod\n    user: admin\n"
        "- name: broken\n  context:\n    cluster: gone\n    user: nobody\n"
        "current-context: z-prod\n");
    StartView view(m_settings.get());
    view.setKubeconfigPath(config);
    QCOMPARE(view.currentContext(), QStringLiteral("z-prod"));
    QCOMPARE(view.contextNames(), (QStringList{QStringLiteral("z-prod"), QStringLiteral("a-dev"),
                                               QStringLiteral("b-basic"), QStringLiteral("broken"),
                                               QStringLiteral("m-eks")}));
    QTableWidget *t = view.contextsTable();
    QCOMPARE(t->item(0, 0)->text(), QStringLiteral("current"));
    QVERIFY(t->item(0, 1)->font().bold());
    QCOMPARE(t->item(1, 0)->text(), QString());
    // name, cluster, server, user, auth kind, namespace
    QCOMPARE(t->item(0, 3)->text(), QStringLiteral("https://prod.example:6443"));
    QCOMPARE(t->item(0, 5)->text(), QStringLiteral("client certificate"));
    QCOMPARE(t->item(1, 5)->text(), QStringLiteral("token"));
    QCOMPARE(t->item(1, 6)->text(), QStringLiteral("team"));
    QCOMPARE(t->item(2, 5)->text(), QStringLiteral("basic"));
    QCOMPARE(t->item(2, 6)->text(), QStringLiteral("default"));
    QCOMPARE(t->item(4, 5)->text(), QStringLiteral("exec (aws)"));
    QCOMPARE(t->item(3, 2)->text(), QStringLiteral("gone (missing)"));
    // No credential reaches the table.
    for (int r = 0; r < t->rowCount(); ++r)
        for (int c = 0; c < t->columnCount(); ++c)
            QVERIFY(!t->item(r, c)->text().contains(u"PLANTED"));
    QVERIFY(view.errorBanner()->isHidden());
}

void TestStartScreen::enterAndDoubleClickConnect()
{
    const QString config = writeFile(m_dir->filePath(QStringLiteral("config")),
                                     "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n"
                                     "  cluster:\n    server: https://127.0.0.1:1\n"
                                     "contexts:\n- name: one\n  context:\n    cluster: c\n"
                                     "- name: two\n  context:\n    cluster: c\n"
                                     "current-context: two\n");
    StartView view(m_settings.get());
    view.setKubeconfigPath(config);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy open(&view, &StartView::openRequested);
    QTableWidget *t = view.contextsTable();
    t->setFocus();
    t->setCurrentCell(1, 1);
    QTest::keyClick(t, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    LoadRequest r = open.at(0).at(0).value<LoadRequest>();
    QCOMPARE(r.kind, LoadRequest::Kind::Live);
    QCOMPARE(r.context, QStringLiteral("one"));
    QCOMPARE(r.kubeconfig, config);
    const QRect cell = t->visualItemRect(t->item(0, 1));
    QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(t->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1).at(0).value<LoadRequest>().context, QStringLiteral("two"));
}

void TestStartScreen::brokenKubeconfigIsAnInlineError()
{
    const QString config = writeFile(m_dir->filePath(QStringLiteral("config")),
                                     "apiVersion: v1\nclusters: [\n  - name: x\n  bad: : :\n");
    StartView view(m_settings.get());
    view.setKubeconfigPath(config);
    Banner *error = view.errorBanner();
    QVERIFY(!error->isHidden());
    QCOMPARE(error->tone(), Tone::Error);
    QCOMPARE(error->title(), QStringLiteral("The kubeconfig cannot be read"));
    QVERIFY2(error->text().contains(config), qPrintable(error->text()));
    QVERIFY(error->text().contains(u"Fix the file"));
    QVERIFY(view.contextNames().isEmpty());
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("connectButton"))->isEnabled());
    // The other sources stay usable.
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("openDemo"))->isEnabled());
}

void TestStartScreen::noKubeconfigTeaches()
{
    // KUBECONFIG names a missing file (tests/CMakeLists.txt).
    StartView view(m_settings.get());
    auto *empty = view.findChild<EmptyState *>(QStringLiteral("noContexts"));
    QVERIFY(empty);
    QCOMPARE(empty->title(), QStringLiteral("No kubeconfig found"));
    QVERIFY(empty->text().contains(u"KUBECONFIG"));
    QVERIFY(view.errorBanner()->isHidden());
}

void TestStartScreen::recentSourcesRememberedAndRemovable()
{
    const QString present = writeFile(m_dir->filePath(QStringLiteral("a.yaml")), "kind: List\n");
    for (int i = 0; i < 12; ++i)
        RecentSources::add(
            m_settings.get(),
            LoadRequest::fromPaths({m_dir->filePath(QStringLiteral("gone-%1.yaml").arg(i))}));
    RecentSources::add(m_settings.get(), LoadRequest::live(QStringLiteral("prod")));
    RecentSources::add(m_settings.get(), LoadRequest::fromPaths({present}));
    RecentSources::add(m_settings.get(), LoadRequest::demo());
    RecentSources::add(m_settings.get(), LoadRequest::fromPaths({present})); // moves up
    const QList<LoadRequest> list = RecentSources::list(m_settings.get());
    QCOMPARE(list.size(), RecentSources::kMax);
    QCOMPARE(list[0], LoadRequest::fromPaths({present}));
    QCOMPARE(list[1], LoadRequest::demo());
    QCOMPARE(list[2].context, QStringLiteral("prod"));

    StartView view(m_settings.get());
    QListWidget *recent = view.recentList();
    QCOMPARE(recent->count(), 10);
    QCOMPARE(recent->item(0)->text(), QStringLiteral("a.yaml"));
    QCOMPARE(recent->item(1)->text(), QStringLiteral("Demo cluster"));
    QCOMPARE(recent->item(2)->text(), QStringLiteral("prod (live cluster)"));
    // Missing files are greyed and say so; opening one explains instead of loading.
    QVERIFY(recent->item(3)->text().endsWith(u"not found"));
    QCOMPARE(recent->item(3)->foreground().color(), Theme::current().colors().mutedText);
    QSignalSpy open(&view, &StartView::openRequested);
    Q_EMIT recent->activated(recent->model()->index(3, 0));
    QCOMPARE(open.count(), 0);
    QVERIFY(!view.errorBanner()->isHidden());
    QVERIFY(view.errorBanner()->text().contains(u"gone-"));
    Q_EMIT recent->activated(recent->model()->index(0, 0));
    QCOMPARE(open.count(), 1);
    // Remove with the button.
    recent->setCurrentRow(1);
    view.findChild<QPushButton *>(QStringLiteral("removeRecent"))->click();
    QCOMPARE(recent->count(), 9);
    QVERIFY(!RecentSources::list(m_settings.get()).contains(LoadRequest::demo()));
}

void TestStartScreen::windowStartsOnStartScreen()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isStartShown());
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("navigation"))->isHidden());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("reloadAction"))->isEnabled());
    // Open the demo from the start screen; it becomes a recent source.
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.findChild<QPushButton *>(QStringLiteral("openDemo"))->click();
    QVERIFY(finished.wait(20000));
    QVERIFY(!window.isStartShown());
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("navigation"))->isHidden());
    QCOMPARE(RecentSources::list(m_settings.get()).value(0), LoadRequest::demo());
    // Back to the start screen (Ctrl+Shift+N), which lists it.
    window.findChild<QAction *>(QStringLiteral("startAction"))->trigger();
    QVERIFY(window.isStartShown());
    QCOMPARE(window.startView()->recentList()->item(0)->text(), QStringLiteral("Demo cluster"));
    QTRY_VERIFY_WITH_TIMEOUT(allSettled(window), 60000);
}

void TestStartScreen::startScreenScreenshot()
{
    StartupOptions options;
    options.startScreen = true;
    options.screenshotPath = m_dir->filePath(QStringLiteral("start.png"));
    options.settleMs = 20;
    Launcher launcher(options, m_settings.get());
    QSignalSpy finished(&launcher, &Launcher::finished);
    launcher.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toInt(), 0);
    QVERIFY(launcher.window()->isStartShown());
    QVERIFY(!QImage(options.screenshotPath).isNull());
}

void TestStartScreen::liveConnectWithForbiddenKind()
{
    auto server = makeServer(true, 2000);
    // Hold one list back so the connect page can be seen working.
    server->addFault(
        Fault{Fault::Type::Delay, QStringLiteral("/api/v1/services"), {}, -1, 400, 200, {}, 0});
    const QString config = kubeconfigFor(*server);
    MainWindow window(m_settings.get());
    window.setDialogsEnabled(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    QSignalSpy scanned(&window, &MainWindow::scanFinished);
    GapMeter meter;
    meter.start();
    window.load(LoadRequest::live(QStringLiteral("fake-ctx"), config));
    ConnectProgress *progress = window.connectProgress();
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->title(), QStringLiteral("Connecting to fake-ctx\u2026"));
    QCOMPARE(progress->kind(QStringLiteral("Pod")).state, KindProgress::State::Waiting);
    // Some kind gets going while others wait.
    QTRY_VERIFY_WITH_TIMEOUT(
        progress->kind(QStringLiteral("Pod")).state != KindProgress::State::Waiting, 20000);
    QVERIFY(finished.wait(30000));
    // Gaps closed so far were all during the fetch (the one around applying the result is
    // still open).
    const qint64 fetchGap = meter.maxGap;
    const int fetchTicks = meter.ticks;
    QVERIFY(scanned.count() == 1 || scanned.wait(30000));
    QTest::qWait(20);
    meter.stop();
    qInfo("event loop during connect: max gap %lld ms over %d ticks while fetching; %lld ms "
          "including handing 2,002 objects to the views and the scan",
          fetchGap, fetchTicks, meter.maxGap);
    QVERIFY2(fetchGap < 250, qPrintable(QString::number(fetchGap)));

    // Final states per kind.
    QCOMPARE(progress->kind(QStringLiteral("Pod")).state, KindProgress::State::Done);
    QCOMPARE(progress->kind(QStringLiteral("Pod")).objects, 2000);
    QCOMPARE(progress->kind(QStringLiteral("Secret")).state, KindProgress::State::Forbidden);

    // The views show the partial inventory, with a banner that says what is missing and why.
    QVERIFY(window.result().has_value());
    const LoadResult &r = *window.result();
    QCOMPARE(r.contextName, QStringLiteral("fake-ctx"));
    QCOMPARE(r.userName, kUser);
    QCOMPARE(r.authKind, QStringLiteral("token"));
    QVERIFY(r.partial());
    QCOMPARE(r.inventory.source().kind, SourceInfo::Kind::Live);
    QVERIFY(!window.connectProgress()->isVisible());
    // The chip says who looks at what: context, live, user and auth kind.
    auto *chipDetail = window.findChild<QLabel *>(QStringLiteral("sourceChipDetail"));
    QCOMPARE(chipDetail->text(), QStringLiteral("live \u00b7 reviewer \u00b7 token"));
    Banner *banner = window.banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->title(),
             QStringLiteral("Partial inventory: 1 resource kind could not be read"));
    QVERIFY2(banner->text().contains(QStringLiteral("Secret: forbidden for user reviewer \u2014 "
                                                    "checks on secrets")),
             qPrintable(banner->text()));
    // Refresh (F5) fetches again, live.
    server->clearRequests();
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(window.isLoading());
    QVERIFY(finished.wait(30000));
    bool listedPods = false;
    for (const RecordedRequest &q : server->requests())
        listedPods = listedPods || q.path == u"/api/v1/pods";
    QVERIFY(listedPods);
    QVERIFY(!window.isStartShown());
    // The token never reaches what is shown.
    QVERIFY(!banner->text().contains(kToken));

    // A screenshot of the connect page, when asked for (PARAPET_SHOT_DIR).
    const QString shots = qEnvironmentVariable("PARAPET_SHOT_DIR");
    if (!shots.isEmpty()) {
        server->addFault(
            Fault{Fault::Type::Delay, QStringLiteral("/api/v1/pods"), {}, -1, 1500, 200, {}, 0});
        window.load(LoadRequest::live(QStringLiteral("fake-ctx"), config));
        QTRY_VERIFY_WITH_TIMEOUT(
            progress->kind(QStringLiteral("Service")).state != KindProgress::State::Waiting, 20000);
        QTest::qWait(300);
        window.grab().save(shots + QStringLiteral("/connect.png"));
        QVERIFY(finished.wait(30000));
        QTest::qWait(300);
        window.grab().save(shots + QStringLiteral("/partial.png"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(allSettled(window), 60000);
}

void TestStartScreen::cancelMidFetch()
{
    auto server = makeServer(false, 10);
    // Pods never come: the fetch waits on them until cancelled.
    server->addFault(
        Fault{Fault::Type::Hang, QStringLiteral("/api/v1/pods"), {}, -1, 0, 200, {}, 0});
    const QString config = kubeconfigFor(*server);
    MainWindow window(m_settings.get());
    window.setDialogsEnabled(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    window.load(LoadRequest::live(QStringLiteral("fake-ctx"), config));
    ConnectProgress *progress = window.connectProgress();
    QTRY_VERIFY_WITH_TIMEOUT(
        progress->kind(QStringLiteral("Namespace")).state == KindProgress::State::Fetching, 20000);
    QCOMPARE(progress->kind(QStringLiteral("Pod")).state, KindProgress::State::Waiting);
    QElapsedTimer clock;
    clock.start();
    progress->cancelButton()->click();
    QVERIFY(failed.wait(10000));
    const qint64 stopMs = clock.elapsed();
    qInfo("cancel to stopped fetch: %lld ms", stopMs);
    QVERIFY(stopMs < 5000); // the hanging request was aborted, not waited for
    QVERIFY(!window.isLoading());
    QVERIFY(!window.result().has_value());
    // Nothing was loaded before: back to the start screen, no error shown.
    QVERIFY(window.isStartShown());
    QVERIFY(window.startView()->errorBanner()->isHidden());
    QCOMPARE(progress->kind(QStringLiteral("Pod")).state, KindProgress::State::Cancelled);
    QVERIFY(RecentSources::list(m_settings.get()).isEmpty());
}

void TestStartScreen::unreachableClusterSaysWhatToDo()
{
    const QString config = writeFile(m_dir->filePath(QStringLiteral("config")),
                                     "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n"
                                     "  cluster:\n    server: https://127.0.0.1:9\n"
                                     "users:\n- name: u\n  user:\n    token: x\n"
                                     "contexts:\n- name: dead\n  context:\n    cluster: c\n"
                                     "    user: u\ncurrent-context: dead\n");
    MainWindow window(m_settings.get());
    window.setDialogsEnabled(false);
    window.show();
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    window.load(LoadRequest::live(QStringLiteral("dead"), config));
    QVERIFY(failed.wait(60000));
    QVERIFY(window.isStartShown());
    Banner *error = window.startView()->errorBanner();
    QVERIFY(!error->isHidden());
    QCOMPARE(error->title(), QStringLiteral("Cannot read dead"));
    QVERIFY2(error->text().contains(u"kubectl --context dead get ns"), qPrintable(error->text()));
}

QTEST_MAIN(TestStartScreen)
#include "tst_startscreen.moc"
