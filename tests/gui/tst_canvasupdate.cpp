// The map canvas after an edit of a big map (MapCanvas::reload): the window
// shows a provisional layout at once, with the moved cards at their new
// places, and the exact layout when the worker thread brings it; that one
// is the layout and the labels computed from scratch. Edits that come while
// the worker runs are taken up after it; undo and redo go the same way; an
// edit that widens a stage, and a small map, are laid out exactly at once.
// A real .cjm file, the real document controller and its undo stack, the
// canvas in an offscreen window (the size past which the canvas works in
// the background is set low so that the map stays small).

#include "commands/stepcommands.h"
#include "document/document.h"
#include "documentcontroller.h"
#include "layout/maplayout.h"
#include "mapcanvas.h"
#include "render/mappainter.h"
#include "storage/documentfile.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSGRendererInterface>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

constexpr int kStages = 6;
constexpr int kLanes = 4;
constexpr int kSteps = 480; // 20 cards per cell: 5 sub-columns of 4
const QString kJourney = QStringLiteral("big");

Journey generate()
{
    QRandomGenerator rng(20261204);
    Journey j;
    j.id = kJourney;
    j.name = QStringLiteral("Canvas update");
    j.kind = JourneyKind::Blueprint;
    const LaneKind kinds[kLanes]
            = {LaneKind::Customer, LaneKind::Frontstage, LaneKind::Backstage, LaneKind::Support};
    for (int s = 0; s < kStages; ++s)
        j.stages.append({QStringLiteral("st%1").arg(s), QStringLiteral("Stage %1").arg(s), {}});
    for (int l = 0; l < kLanes; ++l)
        j.lanes.append({QStringLiteral("ln%1").arg(l), QStringLiteral("Lane %1").arg(l), kinds[l]});
    const int perCell = kSteps / (kStages * kLanes);
    for (int i = 0; i < kSteps; ++i) {
        const int cell = i / perCell;
        Step s;
        s.id = QStringLiteral("s%1").arg(i);
        s.stage = j.stages[cell / kLanes].id;
        s.lane = j.lanes[cell % kLanes].id;
        s.order = i % perCell;
        s.title = QStringLiteral("Step %1").arg(i);
        j.steps.append(s);
    }
    for (int i = 0; i < kSteps * 3 / 2; ++i) {
        Link l;
        l.id = QStringLiteral("k%1").arg(i);
        const int from = int(rng.bounded(kSteps - 1));
        l.from = j.steps[from].id;
        l.to = j.steps[std::min(kSteps - 1, from + 1 + int(rng.bounded(60)))].id;
        if (rng.bounded(2))
            l.share = double(rng.bounded(100)) / 100.0;
        if (rng.bounded(4) == 0)
            l.label = QStringLiteral("Reason %1").arg(i);
        j.links.append(l);
    }
    return j;
}

// Every difference between the canvas's layout and labels and those of a
// layout computed from scratch and its painter, as text (empty: none).
QStringList differencesFromScratch(const MapCanvas &canvas, const Document &doc)
{
    QStringList out;
    const Journey *j = doc.journey(kJourney);
    const MapLayout fresh = MapLayout::compute(*j);
    const MapLayout &shown = canvas.layout();
    if (shown.cards().size() != fresh.cards().size())
        out << QStringLiteral("cards: %1 vs %2")
                        .arg(shown.cards().size())
                        .arg(fresh.cards().size());
    for (qsizetype i = 0; i < std::min(shown.cards().size(), fresh.cards().size()); ++i) {
        const MapLayout::Card &a = shown.cards()[i], &b = fresh.cards()[i];
        if (a.stepId != b.stepId || a.rect != b.rect)
            out << QStringLiteral("card %1 (%2)").arg(i).arg(b.stepId);
    }
    if (shown.routes().size() != fresh.routes().size())
        out << QStringLiteral("routes: %1 vs %2")
                        .arg(shown.routes().size())
                        .arg(fresh.routes().size());
    for (qsizetype i = 0; i < std::min(shown.routes().size(), fresh.routes().size()); ++i) {
        const MapLayout::Route &a = shown.routes()[i], &b = fresh.routes()[i];
        if (a.linkId != b.linkId || a.points != b.points || a.labelAt != b.labelAt)
            out << QStringLiteral("route %1 (%2)").arg(i).arg(b.linkId);
    }
    Workspace ws = doc.workspace();
    const MapPainter painter(ws, *ws.journey(kJourney), fresh);
    const QHash<QString, PlacedLabel> &labels = canvas.painter()->labels();
    if (labels.size() != painter.labels().size())
        out << QStringLiteral("labels: %1 vs %2").arg(labels.size()).arg(painter.labels().size());
    for (auto it = painter.labels().cbegin(); it != painter.labels().cend(); ++it) {
        if (!(labels.value(it.key()) == *it))
            out << QStringLiteral("label of %1").arg(it.key());
    }
    if (out.size() > 8)
        out = out.mid(0, 8) << QStringLiteral("...");
    return out;
}

// The cell of a step and the number of cards in it.
std::pair<const Step *, int> cellOf(const Document &doc, const QString &stepId)
{
    const Journey *j = doc.journey(kJourney);
    const Step *step = j->step(stepId);
    int n = 0;
    for (const Step &s : j->steps)
        n += s.stage == step->stage && s.lane == step->lane ? 1 : 0;
    return {step, n};
}

} // namespace

class TestCanvasUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dropShowsTheCardThenTheExactLayout();
    void editsWhileTheWorkerRunsAreTakenUp();
    void undoAndRedoSettleExactly();
    void aWiderStageIsLaidOutAtOnce();
    void aSmallMapIsLaidOutAtOnce();
    void closingWhileTheWorkerRuns();

private:
    // Moves a card to the front of its own cell (the others behind it move
    // a slot: the cell keeps its size, the map its grid).
    bool moveToFront(const QString &stepId);
    QImage grab();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<QQuickWindow> m_window;
    MapCanvas *m_canvas = nullptr;
};

void TestCanvasUpdate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("canvas.cjm"));
    OpenResult created = createDocument(m_path);
    QVERIFY2(created.document, qPrintable(created.error));
    QString error;
    QVERIFY2(created.document->insertJourney(generate(), 0, &error), qPrintable(error));
}

void TestCanvasUpdate::init()
{
    m_controller = std::make_unique<DocumentController>();
    QVERIFY(m_controller->open(m_path));
    m_window = std::make_unique<QQuickWindow>();
    m_window->resize(1400, 900);
    m_canvas = new MapCanvas(m_window->contentItem());
    m_canvas->setSize(QSizeF(1400, 900));
    m_canvas->setBackgroundAbove(100);
    m_canvas->setDocument(m_controller.get());
    m_canvas->setJourneyId(kJourney);
    m_window->show();
    QTRY_VERIFY(m_canvas->isReady());
    QVERIFY(m_canvas->isSettled());
}

void TestCanvasUpdate::cleanup()
{
    m_window.reset(); // the canvas with it, waiting for its worker
    m_canvas = nullptr;
    m_controller.reset();
}

bool TestCanvasUpdate::moveToFront(const QString &stepId)
{
    Document *doc = m_controller->document();
    const Step *step = doc->journey(kJourney)->step(stepId);
    return m_controller->run(
            new MoveStepsCommand(doc, kJourney, {stepId}, step->stage, step->lane, 0));
}

QImage TestCanvasUpdate::grab()
{
    // A frame drawn now: the tiles of what is shown (the worker starts
    // once they are drawn; what it brings waits for the event loop).
    return m_window->grabWindow();
}

void TestCanvasUpdate::dropShowsTheCardThenTheExactLayout()
{
    Document *doc = m_controller->document();
    // The last card of the first cell, near the top left of the view.
    const QString moved = QStringLiteral("s19");
    QCOMPARE(cellOf(*doc, moved).second, 20);
    const QRectF was = m_canvas->layout().card(moved)->rect;
    const QImage before = grab();

    QVERIFY(moveToFront(moved));
    // Drawn at once, before the worker has run: the provisional layout,
    // every card where the exact layout puts it.
    QVERIFY(!m_canvas->isSettled());
    QVERIFY(m_canvas->layout().isProvisional());
    const MapLayout fresh = MapLayout::compute(*doc->journey(kJourney));
    const QRectF now = fresh.card(moved)->rect;
    QVERIFY(now != was);
    QCOMPARE(m_canvas->layout().card(moved)->rect, now);
    for (const MapLayout::Card &c : fresh.cards())
        QCOMPARE(m_canvas->layout().card(c.stepId)->rect, c.rect);
    QVERIFY(m_canvas->painter()->patchedCards() >= 19); // it and the 19 behind it
    const QImage provisional = grab();
    QVERIFY(!m_canvas->isSettled());

    // Then the exact layout: the one from scratch, to the bit.
    QTRY_VERIFY(m_canvas->isSettled());
    QVERIFY(!m_canvas->layout().isProvisional());
    const QStringList diff = differencesFromScratch(*m_canvas, *doc);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    QTRY_COMPARE(m_canvas->pendingTiles(), 0);
    const QImage exact = grab();

    // The window showed the card at its new place before the exact layout
    // came: inside the card, the provisional picture is the exact one, and
    // not what was there before the drop.
    const QRect inside = now.adjusted(3, 3, -3, -3).toAlignedRect();
    QCOMPARE(provisional.copy(inside), exact.copy(inside));
    QVERIFY(before.copy(inside) != exact.copy(inside));
}

void TestCanvasUpdate::editsWhileTheWorkerRunsAreTakenUp()
{
    Document *doc = m_controller->document();
    QVERIFY(moveToFront(QStringLiteral("s39")));
    QVERIFY(moveToFront(QStringLiteral("s38"))); // before the worker started
    grab();                                      // the worker starts
    QVERIFY(!m_canvas->isSettled());
    QVERIFY(moveToFront(QStringLiteral("s59"))); // while it runs
    QCOMPARE(m_canvas->layout().card(QStringLiteral("s59"))->rect,
             MapLayout::compute(*doc->journey(kJourney)).card(QStringLiteral("s59"))->rect);
    grab();
    QTRY_VERIFY(m_canvas->isSettled());
    const QStringList diff = differencesFromScratch(*m_canvas, *doc);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
}

void TestCanvasUpdate::undoAndRedoSettleExactly()
{
    Document *doc = m_controller->document();
    const MapLayout start = MapLayout::compute(*doc->journey(kJourney));
    QVERIFY(moveToFront(QStringLiteral("s79")));
    QTRY_VERIFY(m_canvas->isSettled());
    QVERIFY(m_controller->undo());
    QVERIFY(!m_canvas->isSettled());
    QCOMPARE(m_canvas->layout().card(QStringLiteral("s79"))->rect,
             start.card(QStringLiteral("s79"))->rect);
    QTRY_VERIFY(m_canvas->isSettled());
    QStringList diff = differencesFromScratch(*m_canvas, *doc);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    QVERIFY(m_controller->redo());
    QVERIFY(m_controller->undo()); // a redo and an undo before anything settles
    QVERIFY(m_controller->redo());
    QTRY_VERIFY(m_canvas->isSettled());
    diff = differencesFromScratch(*m_canvas, *doc);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    QVERIFY(m_canvas->layout().card(QStringLiteral("s79"))->rect
            != start.card(QStringLiteral("s79"))->rect);
}

void TestCanvasUpdate::aWiderStageIsLaidOutAtOnce()
{
    // Five cards more in a cell of twenty: a sixth sub-column, a wider
    // stage, everything right of it moves. No provisional picture for
    // that: the exact layout at once.
    Document *doc = m_controller->document();
    QVERIFY(m_controller->run(new MoveStepsCommand(
            doc, kJourney,
            {QStringLiteral("s40"), QStringLiteral("s41"), QStringLiteral("s42"),
             QStringLiteral("s43"), QStringLiteral("s44")},
            QStringLiteral("st0"), QStringLiteral("ln0"), 0)));
    QVERIFY(m_canvas->isSettled());
    QVERIFY(!m_canvas->layout().isProvisional());
    const QStringList diff = differencesFromScratch(*m_canvas, *doc);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
}

void TestCanvasUpdate::aSmallMapIsLaidOutAtOnce()
{
    m_canvas->setBackgroundAbove(MapCanvas::kBackgroundAbove); // 480 cards: small
    QVERIFY(moveToFront(QStringLiteral("s99")));
    QVERIFY(m_canvas->isSettled());
    const QStringList diff = differencesFromScratch(*m_canvas, *m_controller->document());
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
}

void TestCanvasUpdate::closingWhileTheWorkerRuns()
{
    QVERIFY(moveToFront(QStringLiteral("s119")));
    grab(); // the worker starts
    QVERIFY(!m_canvas->isSettled());
    m_window.reset(); // the canvas waits for it and drops what it brings
    m_canvas = nullptr;
    QVERIFY(m_controller->undo()); // the document goes on without it
}

QTEST_MAIN(TestCanvasUpdate)

#include "tst_canvasupdate.moc"
