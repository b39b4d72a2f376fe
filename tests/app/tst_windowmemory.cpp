// What the editor window remembers as it closes (issue 14): its normal
// geometry and whether it is maximized, not the full screen of a
// presentation it was quit from.

#include "windowgeometry.h"

#include <QTest>
#include <QWindow>

#include <memory>

using namespace waymark;

namespace {

std::unique_ptr<QWindow> shownWindow(const QRect &geometry)
{
    auto window = std::make_unique<QWindow>();
    window->setGeometry(geometry);
    window->show();
    return window;
}

} // namespace

class TestWindowMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheNormalGeometry();
    void fullScreenIsNotRemembered_data();
    void fullScreenIsNotRemembered();
};

void TestWindowMemory::followsTheNormalGeometry()
{
    const QRect start(100, 100, 800, 600);
    const auto window = shownWindow(start);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    WindowMemory memory(window.get(), {start, false});
    const QRect moved(120, 130, 900, 650);
    window->setGeometry(moved);
    QTRY_COMPARE(memory.placement().geometry, moved);
    QVERIFY(!memory.placement().maximized);
}

void TestWindowMemory::fullScreenIsNotRemembered_data()
{
    QTest::addColumn<bool>("maximized");
    QTest::newRow("from a normal window") << false;
    QTest::newRow("from a maximized window") << true;
}

void TestWindowMemory::fullScreenIsNotRemembered()
{
    QFETCH(bool, maximized);
    const QRect normal(100, 100, 800, 600);
    const auto window = shownWindow(normal);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    WindowMemory memory(window.get(), {normal, false});
    if (maximized) {
        window->showMaximized();
        QTRY_COMPARE(window->visibility(), QWindow::Maximized);
    }
    QCOMPARE(memory.placement().maximized, maximized);

    // A presentation: full screen, as the app is quit.
    window->showFullScreen();
    QTRY_COMPARE(window->visibility(), QWindow::FullScreen);
    QTest::qWait(20);
    QCOMPARE(memory.placement().maximized, maximized);
    QCOMPARE(memory.placement().geometry, normal);
}

QTEST_MAIN(TestWindowMemory)
#include "tst_windowmemory.moc"
