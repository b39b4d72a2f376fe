// Where the first editor window goes (issue 14, bug 11): inside the screen
// with its frame (it was exactly screen-sized and its bottom off-screen), or
// where it was last time, maximized when it was.

#include "windowgeometry.h"

#include <QTest>

using namespace waymark;

class TestWindowGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstWindowFitsWithItsFrame_data();
    void firstWindowFitsWithItsFrame();
    void rememberedGeometryAndMaximized();
    void rememberedOffScreenFallsBack();
};

void TestWindowGeometry::firstWindowFitsWithItsFrame_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QMargins>("frame");
    QTest::newRow("1600x1000 screen, frame known")
            << QRect(0, 0, 1600, 1000) << QMargins(4, 30, 4, 4);
    QTest::newRow("1600x1000 screen, frame not yet known") << QRect(0, 0, 1600, 1000) << QMargins();
    QTest::newRow("1366x738 laptop under a panel")
            << QRect(0, 30, 1366, 738) << QMargins(2, 24, 2, 2);
    QTest::newRow("2560x1400") << QRect(0, 0, 2560, 1400) << QMargins(4, 30, 4, 4);
}

void TestWindowGeometry::firstWindowFitsWithItsFrame()
{
    QFETCH(QRect, available);
    QFETCH(QMargins, frame);
    const WindowPlacement p = initialPlacement(available, frame, nullptr);
    const QMargins f = frame.isNull() ? QMargins(8, 38, 8, 8) : frame;
    const QRect outer = p.geometry.marginsAdded(f);
    QVERIFY2(available.contains(outer),
             qPrintable(QStringLiteral("frame %1,%2 %3x%4 outside the screen")
                                .arg(outer.x())
                                .arg(outer.y())
                                .arg(outer.width())
                                .arg(outer.height())));
    QVERIFY(p.geometry.width() <= 1600 && p.geometry.height() <= 1000);
    QVERIFY(p.geometry.width() >= 900 || available.width() < 1000);
    QVERIFY(!p.maximized);
}

void TestWindowGeometry::rememberedGeometryAndMaximized()
{
    const QRect screen(0, 0, 1920, 1080);
    WindowPlacement saved{QRect(200, 150, 1200, 800), true};
    const WindowPlacement p = initialPlacement(screen, QMargins(4, 30, 4, 4), &saved);
    QCOMPARE(p.geometry, saved.geometry);
    QVERIFY(p.maximized);
    saved.maximized = false;
    QVERIFY(!initialPlacement(screen, QMargins(4, 30, 4, 4), &saved).maximized);
}

void TestWindowGeometry::rememberedOffScreenFallsBack()
{
    // Saved on a second monitor that is gone: the default place, the state kept.
    const QRect screen(0, 0, 1600, 900);
    const WindowPlacement saved{QRect(2200, 100, 1200, 800), true};
    const WindowPlacement p = initialPlacement(screen, QMargins(4, 30, 4, 4), &saved);
    QVERIFY(screen.contains(p.geometry.marginsAdded(QMargins(4, 30, 4, 4))));
    QVERIFY(p.maximized);
}

QTEST_GUILESS_MAIN(TestWindowGeometry)
#include "tst_windowgeometry.moc"
