#pragma once

// For GUI suites that drive the main window: show it and open the demo cluster, returning once
// its scan has finished (QVERIFY failures are reported as usual).

#include "loadrequest.h"
#include "mainwindow.h"

#include <QSignalSpy>
#include <QTest>

namespace parapet::test {

inline void loadDemo(ui::MainWindow &window)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy scanned(&window, &ui::MainWindow::scanFinished);
    window.load(ui::LoadRequest::demo());
    QVERIFY(scanned.wait(60000));
    QVERIFY(window.scanResult());
}

} // namespace parapet::test
