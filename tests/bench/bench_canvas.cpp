// How smooth the map is with a big document (issue 3: 2,000 cards and 3,000
// links; first frame <= 1.5 s after open, dragging a card >= 55 fps, panning
// and zooming >= 30 fps), measured in the real window (Main.qml, MapCanvas)
// driven by real mouse and wheel events, offscreen with the software
// renderer the app uses headless. Two naive peers draw the same cards at the
// same places in the same run: a QML scene (a Repeater of Rectangle + Text,
// one Rectangle per link) and one QQuickPaintedItem that repaints every card
// and link with QPainter each frame, as canvas editors of the draw.io kind do.
//
// Usage: bench_canvas [FRAMES [CARDS]]   (frames per gesture, default 150;
//        cards, default 2000, with 1.5 links per card)
//
// Frame time is the wall time from one input event to the frame it causes
// (QQuickWindow::frameSwapped), one event per frame; QT_QPA_UPDATE_IDLE_TIME=0
// removes the platform's 5 ms wait before each frame, so the figures are
// what the work costs, not a timer.

#include "document/document.h"
#include "documentcontroller.h"
#include "layout/maplayout.h"
#include "storage/documentfile.h"
#include "system/memory.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QPainter>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickPaintedItem>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSGRendererInterface>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <time.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(Waymark_AppPlugin)
Q_IMPORT_QML_PLUGIN(WaymarkPlugin)

using namespace waymark;

namespace {

constexpr int kStages = 40;
constexpr int kLanes = 10;
// 2,000 cards and 3,000 links unless the command line asks for more (issue
// 11: dragging on a 50,000-step map).
int kCards = 2000;
int kLinks = 3000;
const QSize kWindow(1600, 1000);
const QString kJourney = QStringLiteral("big");

// ---- the document

Journey generate(QRandomGenerator &rng)
{
    Journey j;
    j.id = kJourney;
    j.name = QStringLiteral("Generated: %1 cards").arg(kCards);
    j.kind = JourneyKind::Blueprint;
    for (int s = 0; s < kStages; ++s)
        j.stages.append({QStringLiteral("st%1").arg(s), QStringLiteral("Stage %1").arg(s + 1), {}});
    // Every lane kind but the emotion curve's, which holds no cards.
    const QList<LaneKind> kinds{LaneKind::Evidence,   LaneKind::Customer,   LaneKind::Touchpoints,
                                LaneKind::PainPoints, LaneKind::Frontstage, LaneKind::Backstage,
                                LaneKind::Support,    LaneKind::Thoughts,   LaneKind::Opportunities,
                                LaneKind::Custom};
    for (int l = 0; l < kLanes; ++l)
        j.lanes.append({QStringLiteral("ln%1").arg(l), QStringLiteral("Lane %1").arg(l + 1),
                        kinds[l % kinds.size()]});
    const QStringList channels{QStringLiteral("web"), QStringLiteral("app"),
                               QStringLiteral("store"), QStringLiteral("phone")};
    const QStringList owners{QStringLiteral("Marketing"), QStringLiteral("E-commerce"),
                             QStringLiteral("Retail"), QStringLiteral("Logistics")};
    // Rounded up, so that any number of cards fits in the cells (1,000
    // made cell numbers past the last cell); the same as before for
    // multiples of 400.
    const int perCell = (kCards + kStages * kLanes - 1) / (kStages * kLanes);
    for (int i = 0; i < kCards; ++i) {
        const int cell = i / perCell;
        Step s;
        s.id = QStringLiteral("s%1").arg(i);
        s.stage = j.stages[cell / kLanes].id;
        s.lane = j.lanes[cell % kLanes].id;
        s.order = i % perCell;
        s.title = QStringLiteral("Step %1: the customer does something worth a card").arg(i);
        s.kind = StepKind(rng.bounded(enumCount<StepKind>()));
        s.channel = channels[rng.bounded(int(channels.size()))];
        s.owner = owners[rng.bounded(int(owners.size()))];
        s.emotion = rng.bounded(5) - 2;
        s.momentOfTruth = rng.bounded(20) == 0;
        j.steps.append(s);
    }
    for (int i = 0; i < kLinks; ++i) {
        Link l;
        l.id = QStringLiteral("k%1").arg(i);
        // Mostly to a card a few cells on, some further: what maps look like.
        const int from = rng.bounded(kCards - 1);
        const int span = rng.bounded(10) < 8 ? 1 + rng.bounded(60) : 1 + rng.bounded(400);
        l.from = j.steps[from].id;
        l.to = j.steps[std::min(kCards - 1, from + span)].id;
        if (l.from == l.to)
            l.to = j.steps[from + 1].id;
        l.kind = LinkKind(rng.bounded(enumCount<LinkKind>()));
        if (rng.bounded(3) == 0)
            l.share = double(rng.bounded(100)) / 100.0;
        j.links.append(l);
    }
    return j;
}

bool buildFile(const QString &path)
{
    QRandomGenerator rng(20260303);
    OpenResult created = createDocument(path);
    if (!created.document) {
        std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path), qPrintable(created.error));
        return false;
    }
    QString error;
    const QStringList channels{QStringLiteral("web"), QStringLiteral("app"),
                               QStringLiteral("store"), QStringLiteral("phone")};
    for (int i = 0; i < channels.size() && error.isEmpty(); ++i)
        created.document->insertChannel(
                {channels[i], channels[i], ChannelKind::Digital, channels[i]}, i, &error);
    if (error.isEmpty())
        created.document->insertJourney(generate(rng), 0, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "cannot fill %s: %s\n", qPrintable(path), qPrintable(error));
        return false;
    }
    return true;
}

// ---- frames

using Clock = QElapsedTimer;

// Waits for the next frame of `w` after `input` ran (QTest's mouse functions
// process events, so the frame may come while they run); its wall time in ms
// from `since`, or -1 after `timeoutMs`.
double frameAfter(QQuickWindow *w, const Clock &since, const std::function<void()> &input,
                  int timeoutMs = 2000)
{
    QEventLoop loop;
    bool swapped = false;
    double ms = -1;
    const auto c = QObject::connect(w, &QQuickWindow::frameSwapped, &loop, [&] {
        if (!swapped)
            ms = double(since.nsecsElapsed()) / 1e6;
        swapped = true;
        loop.quit();
    });
    if (input)
        input();
    if (!swapped) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QObject::disconnect(c);
    return ms;
}

double waitFrame(QQuickWindow *w, const Clock &since, int timeoutMs = 2000)
{
    return frameAfter(w, since, {}, timeoutMs);
}

struct Series
{
    QList<double> ms;
    int missed = 0;
    double fps() const
    {
        double sum = 0;
        for (double v : ms)
            sum += v;
        return sum > 0 ? 1000.0 * double(ms.size()) / sum : 0;
    }
    double quantile(double q) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        return s[std::clamp<qsizetype>(qsizetype(std::ceil(q * double(s.size()))) - 1, 0,
                                       s.size() - 1)];
    }
};

// One input per frame: `step(i)` sends it, then we wait for its frame.
Series gesture(QQuickWindow *w, int frames, const std::function<void(int)> &step)
{
    Series s;
    for (int i = 0; i < frames; ++i) {
        Clock t;
        t.start();
        const double ms = frameAfter(
                w, t, [&] { step(i); }, 1000);
        if (ms < 0)
            ++s.missed;
        else
            s.ms.append(ms);
    }
    return s;
}

// Lets pending frames (tiles drawn over several frames) finish; the time of
// the last one, in ms from the call.
double drain(QQuickWindow *w, int quietMs = 400)
{
    Clock all;
    all.start();
    double last = 0;
    while (waitFrame(w, all, quietMs) >= 0)
        last = double(all.nsecsElapsed()) / 1e6;
    return last;
}

void wheel(QQuickWindow *w, QPointF pos, int delta, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent event(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QGuiApplication::sendEvent(w, &event);
}

struct Result
{
    QString name;
    double firstFrameMs = 0;
    QString firstFramePeak; // the process's peak resident memory by then
    Series drag, pan, zoom;
    double dropMs = -1; // Waymark only: the move committed and redrawn (provisional on a big map)
    double dropCpuMs = -1; // the GUI thread's CPU time for it (other work does not stretch it)
    double firstFrameCpuMs = -1;
    double settledMs = -1;    // Waymark only: the exact layout redrawn after the drop
    bool provisional = false; // the drop was drawn before the exact layout came
    double settleMs = -1;     // Waymark only: sharp again after the last wheel step
};

void printSeries(const char *what, const Series &s)
{
    std::printf("    %-6s %6.1f fps   frame p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%lld "
                "frames%s)\n",
                what, s.fps(), s.quantile(0.5), s.quantile(0.95), s.quantile(1.0),
                static_cast<long long>(s.ms.size()),
                s.missed ? qPrintable(QStringLiteral(", %1 without a frame").arg(s.missed)) : "");
}

void printResult(const Result &r)
{
    std::printf("  %s\n", qPrintable(r.name));
    std::printf("    first frame after open %7.0f ms%s%s\n", r.firstFrameMs,
                r.firstFrameCpuMs < 0 ? ""
                                      : qPrintable(QStringLiteral(" (GUI thread CPU %1 ms)")
                                                           .arg(std::lround(r.firstFrameCpuMs))),
                r.firstFramePeak.isEmpty()
                        ? ""
                        : qPrintable(QStringLiteral(" (peak resident memory by then %1)")
                                             .arg(r.firstFramePeak)));
    printSeries("drag", r.drag);
    printSeries("pan", r.pan);
    printSeries("zoom", r.zoom);
    if (r.dropMs >= 0 && r.provisional) {
        std::printf("    drop: committed and redrawn (card and its links) in %.0f ms (GUI thread "
                    "CPU %.0f ms)\n",
                    r.dropMs, r.dropCpuMs);
        std::printf("    settled: exact layout redrawn %.0f ms after the drop\n", r.settledMs);
    } else if (r.dropMs >= 0) {
        std::printf("    drop: move committed to the file and redrawn (exact layout) in %.0f ms\n",
                    r.dropMs);
    }
    if (r.settleMs >= 0)
        std::printf("    zoom settles: all tiles sharp at the new scale %.0f ms after the last "
                    "wheel step\n",
                    r.settleMs);
}

// Mouse gestures of `frames` moves along `delta` per move, in strokes that
// stay inside the item.
Series mouseStrokes(QQuickWindow *w, QPointF start, QPointF delta, int frames, int perStroke,
                    Qt::MouseButton button = Qt::LeftButton)
{
    Series all;
    int done = 0;
    while (done < frames) {
        const int n = std::min(perStroke, frames - done);
        QTest::mousePress(w, button, {}, start.toPoint());
        const Series s = gesture(
                w, n, [&](int i) { QTest::mouseMove(w, (start + delta * (i + 1)).toPoint()); });
        QTest::mouseRelease(w, button, {}, (start + delta * n).toPoint());
        waitFrame(w, Clock(), 200);
        all.ms += s.ms;
        all.missed += s.missed;
        done += n;
    }
    return all;
}

// Ctrl+wheel in and out around a point: zoom 1 -> 2.3 -> 0.4 -> 1.
Series zoomGesture(QQuickWindow *w, QPointF at, int frames)
{
    return gesture(w, frames, [&](int i) {
        const int phase = i % 36;
        const int delta = phase < 6 ? 120 : phase < 24 ? -120 : 120;
        wheel(w, at, delta, Qt::ControlModifier);
    });
}

QString peakResident();

// CPU time of the calling thread (the GUI thread), in ms.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// ---- Waymark: the real window

Result measureWaymark(const QString &path, int frames)
{
    Result r;
    r.name = QStringLiteral("Waymark: MapCanvas (cached tiles) in the real window");
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("width"), kWindow.width()},
                                 {QStringLiteral("height"), kWindow.height()}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Waymark/Main.qml")));
    auto *window = engine.rootObjects().isEmpty()
                           ? nullptr
                           : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        std::fprintf(stderr, "Main.qml did not load\n");
        return r;
    }
    window->show();
    drain(window); // the start page

    QObject *editorView = window->property("editorView").value<QObject *>();
    auto *canvas = qobject_cast<QQuickItem *>(editorView->property("canvas").value<QObject *>());
    Clock open;
    open.start();
    const double openCpu = threadCpuMs();
    QMetaObject::invokeMethod(window, "openFile", Q_ARG(QVariant, path));
    while (!canvas->property("ready").toBool() && open.elapsed() < 60000)
        waitFrame(window, open, 200);
    r.firstFrameMs = double(open.nsecsElapsed()) / 1e6;
    r.firstFrameCpuMs = threadCpuMs() - openCpu;
    r.firstFramePeak = peakResident();
    drain(window);

    const qreal hw = canvas->property("headerWidth").toReal();
    const qreal hh = canvas->property("headerHeight").toReal();
    const auto toWindow = [canvas](QPointF p) {
        return canvas->mapToScene(p);
    };

    // Drag: a card near the top left, across several cells.
    QString card;
    QRectF rect;
    QStringList steps;
    QMetaObject::invokeMethod(canvas, "allSteps", Q_RETURN_ARG(QStringList, steps));
    for (const QString &id : std::as_const(steps)) {
        QMetaObject::invokeMethod(canvas, "cardRect", Q_RETURN_ARG(QRectF, rect),
                                  Q_ARG(QString, id));
        if (rect.left() > hw + 4 && rect.top() > hh + 4 && rect.right() < canvas->width() - 500
            && rect.bottom() < canvas->height() - 350) {
            card = id;
            break;
        }
    }
    if (card.isEmpty()) {
        std::fprintf(stderr,
                     "no card to drag in view (%lld cards, canvas %gx%g, last %g,%g %gx%g)\n",
                     static_cast<long long>(steps.size()), canvas->width(), canvas->height(),
                     rect.x(), rect.y(), rect.width(), rect.height());
        return r;
    }
    const QPointF from = toWindow(rect.center());
    const QPointF step(3, 2);
    QTest::mousePress(window, Qt::LeftButton, {}, from.toPoint());
    r.drag = gesture(window, frames,
                     [&](int i) { QTest::mouseMove(window, (from + step * (i + 1)).toPoint()); });
    Clock drop;
    drop.start();
    const double dropCpu = threadCpuMs();
    frameAfter(window, drop, [&] {
        QTest::mouseRelease(window, Qt::LeftButton, {}, (from + step * frames).toPoint());
    });
    while (canvas->property("pendingTiles").toInt() > 0 || drop.elapsed() < 1) {
        if (waitFrame(window, drop, 1000) < 0)
            break;
    }
    r.dropMs = double(drop.nsecsElapsed()) / 1e6;
    r.dropCpuMs = threadCpuMs() - dropCpu;
    // On a big map the drop shows a provisional layout; the exact one
    // comes from a worker thread and is drawn when it does.
    r.provisional = !canvas->property("settled").toBool();
    while (!canvas->property("settled").toBool() || canvas->property("pendingTiles").toInt() > 0) {
        if (waitFrame(window, drop, 1000) < 0 && drop.elapsed() > 60000)
            break;
    }
    r.settledMs = double(drop.nsecsElapsed()) / 1e6;
    if (!r.provisional)
        r.dropMs = r.settledMs;
    drain(window);

    // Pan: drag empty space (a point between cards) towards the top left, so
    // new parts of the map come into view.
    QPointF empty;
    for (qreal y = hh + 40; y < canvas->height() - 300 && empty.isNull(); y += 7) {
        for (qreal x = canvas->width() - 420; x > hw + 40; x -= 7) {
            QString c, l;
            QMetaObject::invokeMethod(canvas, "cardAt", Q_RETURN_ARG(QString, c), Q_ARG(qreal, x),
                                      Q_ARG(qreal, y));
            QMetaObject::invokeMethod(canvas, "linkAt", Q_RETURN_ARG(QString, l), Q_ARG(qreal, x),
                                      Q_ARG(qreal, y));
            if (c.isEmpty() && l.isEmpty() && y > canvas->height() / 2) {
                empty = QPointF(x, y);
                break;
            }
        }
    }
    if (empty.isNull())
        empty = QPointF(canvas->width() - 420, canvas->height() - 310);
    r.pan = mouseStrokes(window, toWindow(empty), QPointF(-5, -2), frames, 60);
    drain(window);

    r.zoom = zoomGesture(window, toWindow(QPointF(canvas->width() / 2, canvas->height() / 2)),
                         frames);
    r.settleMs = drain(window);
    window->close();
    return r;
}

// ---- the peers: the same cards at the same places

struct Scene
{
    QList<QRectF> cards;
    QStringList titles;
    QList<QColor> fills;
    QList<QLineF> links;
    QRectF bounds;
};

Scene sceneFromFile(const QString &path)
{
    Scene s;
    OpenResult opened = openDocument(path, OpenMode::ReadOnly);
    if (!opened.document)
        return s;
    const Journey *j = opened.document->journey(kJourney);
    const MapLayout layout = MapLayout::compute(*j);
    const QList<QColor> palette{QColor(0xeff6ff), QColor(0xf8fafc), QColor(0xfef2f2),
                                QColor(0xf0fdf4), QColor(0xf5f3ff), QColor(0xfffbeb),
                                QColor(0xfefce8)};
    QHash<QString, QPointF> centers;
    for (const MapLayout::Card &c : layout.cards()) {
        const Step *step = j->step(c.stepId);
        s.cards.append(c.rect);
        s.titles.append(step->title);
        s.fills.append(palette[int(step->kind) % palette.size()]);
        centers.insert(c.stepId, c.rect.center());
    }
    for (const Link &l : j->links)
        s.links.append(QLineF(centers.value(l.from), centers.value(l.to)));
    s.bounds = layout.bounds();
    return s;
}

// Peer 1: a QML scene, one item per card and per link.
const char *kQmlPeer = R"(
import QtQuick
Item {
    id: root
    property var cards: []
    property var links: []
    property real panX: 0
    property real panY: 0
    property real zoom: 1
    function moveCard(i, dx, dy) {
        const item = cardRepeater.itemAt(i)
        item.x += dx
        item.y += dy
    }
    Rectangle { anchors.fill: parent; color: "white" }
    Item {
        x: -root.panX * root.zoom
        y: -root.panY * root.zoom
        scale: root.zoom
        transformOrigin: Item.TopLeft
        Repeater {
            model: root.links
            delegate: Rectangle {
                required property var modelData
                x: modelData.x
                y: modelData.y
                width: modelData.length
                height: 1.5
                color: "#64748b"
                transformOrigin: Item.Left
                rotation: modelData.angle
            }
        }
        Repeater {
            id: cardRepeater
            model: root.cards
            delegate: Rectangle {
                required property var modelData
                x: modelData.x
                y: modelData.y
                width: modelData.width
                height: modelData.height
                radius: 6
                color: modelData.fill
                border.color: "#cbd5e1"
                Text {
                    anchors.fill: parent
                    anchors.margins: 10
                    text: modelData.title
                    wrapMode: Text.Wrap
                    elide: Text.ElideRight
                    font.pixelSize: 14
                    font.bold: true
                    color: "#1f2937"
                }
            }
        }
    }
}
)";

// Peer 2: one item that paints every card and link each frame.
class PaintedPeer : public QQuickPaintedItem
{
public:
    PaintedPeer(const Scene *scene, QQuickItem *parent)
        : QQuickPaintedItem(parent)
        , m_scene(scene)
    {
        setFillColor(Qt::white);
    }
    QPointF pan;
    qreal zoom = 1;
    int moved = -1;
    QPointF movedBy;

    void paint(QPainter *p) override
    {
        p->setRenderHint(QPainter::Antialiasing);
        p->setRenderHint(QPainter::TextAntialiasing);
        p->scale(zoom, zoom);
        p->translate(-pan);
        p->setPen(QPen(QColor(0x64748b), 1.5));
        p->drawLines(m_scene->links);
        QFont font = p->font();
        font.setPixelSize(14);
        font.setBold(true);
        p->setFont(font);
        for (int i = 0; i < m_scene->cards.size(); ++i) {
            QRectF r = m_scene->cards[i];
            if (i == moved)
                r.translate(movedBy);
            p->setPen(QColor(0xcbd5e1));
            p->setBrush(m_scene->fills[i]);
            p->drawRoundedRect(r, 6, 6);
            p->setPen(QColor(0x1f2937));
            p->drawText(r.adjusted(10, 10, -10, -10), Qt::TextWordWrap, m_scene->titles[i]);
        }
    }

private:
    const Scene *m_scene;
};

// A window with one peer in it; `firstFrame` from the start of the open.
Result measurePeer(const QString &path, int frames, bool painted)
{
    Result r;
    r.name = painted ? QStringLiteral("peer: one QQuickPaintedItem repainting every card and link")
                     : QStringLiteral("peer: QML scene, Repeater of Rectangle+Text, a Rectangle "
                                      "per link");
    Clock open;
    open.start();
    const Scene scene = sceneFromFile(path);
    QQuickWindow window;
    window.resize(kWindow);
    QQmlEngine engine;
    QObject *qmlRoot = nullptr;
    PaintedPeer *peer = nullptr;
    if (painted) {
        peer = new PaintedPeer(&scene, window.contentItem());
        peer->setSize(kWindow);
    } else {
        QVariantList cards, links;
        for (int i = 0; i < scene.cards.size(); ++i) {
            const QRectF &c = scene.cards[i];
            cards.append(QVariantMap{{QStringLiteral("x"), c.x()},
                                     {QStringLiteral("y"), c.y()},
                                     {QStringLiteral("width"), c.width()},
                                     {QStringLiteral("height"), c.height()},
                                     {QStringLiteral("title"), scene.titles[i]},
                                     {QStringLiteral("fill"), scene.fills[i]}});
        }
        for (const QLineF &l : scene.links) {
            links.append(QVariantMap{{QStringLiteral("x"), l.p1().x()},
                                     {QStringLiteral("y"), l.p1().y()},
                                     {QStringLiteral("length"), l.length()},
                                     {QStringLiteral("angle"), -l.angle()}});
        }
        QQmlComponent component(&engine);
        component.setData(kQmlPeer, QUrl(QStringLiteral("qrc:/bench/Peer.qml")));
        qmlRoot = component.createWithInitialProperties(
                {{QStringLiteral("cards"), cards}, {QStringLiteral("links"), links}});
        if (!qmlRoot) {
            std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
            return r;
        }
        auto *item = qobject_cast<QQuickItem *>(qmlRoot);
        item->setParentItem(window.contentItem());
        item->setSize(kWindow);
    }
    window.show();
    waitFrame(&window, open, 60000);
    r.firstFrameMs = double(open.nsecsElapsed()) / 1e6;
    drain(&window);

    // The same card as far as possible: the first one right of the headers.
    int card = 0;
    for (int i = 0; i < scene.cards.size(); ++i) {
        if (scene.cards[i].left() > 180 && scene.cards[i].top() > 60) {
            card = i;
            break;
        }
    }
    QPointF pan;
    qreal zoom = 1;
    const auto apply = [&] {
        if (peer) {
            peer->pan = pan;
            peer->zoom = zoom;
            peer->update();
        } else {
            qmlRoot->setProperty("panX", pan.x());
            qmlRoot->setProperty("panY", pan.y());
            qmlRoot->setProperty("zoom", zoom);
        }
    };
    r.drag = gesture(&window, frames, [&](int i) {
        if (peer) {
            peer->moved = card;
            peer->movedBy = QPointF(3, 2) * (i + 1);
            peer->update();
        } else {
            QMetaObject::invokeMethod(qmlRoot, "moveCard", Q_ARG(QVariant, card),
                                      Q_ARG(QVariant, 3), Q_ARG(QVariant, 2));
        }
    });
    drain(&window);
    r.pan = gesture(&window, frames, [&](int) {
        pan += QPointF(5, 2) / zoom;
        apply();
    });
    drain(&window);
    const QPointF center(kWindow.width() / 2.0, kWindow.height() / 2.0);
    r.zoom = gesture(&window, frames, [&](int i) {
        const int phase = i % 36;
        const qreal factor = phase < 6 ? 1.15 : phase < 24 ? 1 / 1.15 : 1.15;
        const QPointF anchor = pan + center / zoom;
        zoom = std::clamp(zoom * factor, 0.1, 4.0);
        pan = anchor - center / zoom;
        apply();
    });
    delete qmlRoot;
    return r;
}

// VmHWM of /proc/self/status, in MB.
QString peakResident()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QStringLiteral("%1 MB").arg(line.mid(6).trimmed().split(' ').first().toLongLong()
                                               / 1024);
    }
    return QStringLiteral("?");
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2)
                                       : QStringLiteral("?");
}

} // namespace

int main(int argc, char *argv[])
{
    // The heap as the app sets it up (app/main.cpp).
    waymark::sys::preferHugePages();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_CONTROLS_STYLE", "Basic");
    qputenv("QT_QPA_UPDATE_IDLE_TIME", "0");
    QTemporaryDir temp;
    // Recent files and preferences of this run stay in the temporary folder.
    QCoreApplication::setOrganizationName(QStringLiteral("WaymarkBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_canvas"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, temp.path());
    QGuiApplication app(argc, argv);
    const int frames = argc > 1 ? std::max(36, atoi(argv[1])) : 150;
    if (argc > 2) {
        kCards = std::max(kStages * kLanes, atoi(argv[2]));
        kLinks = kCards * 3 / 2;
    }

    const QString path = temp.filePath(QStringLiteral("bench-canvas.cjm"));
    if (!buildFile(path))
        return 1;

    std::printf("bench_canvas: %d cards, %d links, %d stages x %d lanes; window %dx%d, platform "
                "%s\n",
                kCards, kLinks, kStages, kLanes, kWindow.width(), kWindow.height(),
                qPrintable(QGuiApplication::platformName()));
    std::printf("  machine: %d cores, load average %s; %d frames per gesture, one input event "
                "per frame\n",
                int(sysconf(_SC_NPROCESSORS_ONLN)), qPrintable(loadAverage()), frames);

    const Result ours = measureWaymark(path, frames);
    // BENCH_ONLY=waymark skips the peers (for profiling).
    const bool peers = qgetenv("BENCH_ONLY") != "waymark";
    const Result qml = peers ? measurePeer(path, frames, false) : Result();
    const Result painted = peers ? measurePeer(path, frames, true) : Result();
    {
        QQuickWindow probe;
        const auto api = probe.rendererInterface()->graphicsApi();
        std::printf("  renderer: %s\n\n",
                    api == QSGRendererInterface::Software ? "Qt Quick software" : "hardware");
    }
    printResult(ours);
    if (peers) {
        printResult(qml);
        printResult(painted);
    }

    // Issue 3's goals at 2,000 cards; issue 11's at 50,000 (first frame
    // <= 2 s, a drop committed and redrawn <= 100 ms).
    const bool big = kCards >= 50000;
    const double firstGoal = big ? 2000 : 1500;
    const bool first = ours.firstFrameMs <= firstGoal;
    const bool drag = ours.drag.fps() >= 55;
    const bool pan = ours.pan.fps() >= 30;
    const bool zoom = ours.zoom.fps() >= 30;
    const bool drop = !big || (ours.dropMs >= 0 && ours.dropMs <= 100);
    std::printf(
            "\ntargets: first frame <= %.0f ms %s, drag >= 55 fps %s, pan >= 30 fps %s, "
            "zoom >= 30 fps %s%s\n",
            firstGoal, first ? "met" : "NOT met", drag ? "met" : "NOT met", pan ? "met" : "NOT met",
            zoom ? "met" : "NOT met",
            big ? (drop ? (ours.provisional
                                   ? ", drop (committed, card and its links redrawn) <= 100 ms met"
                                   : ", drop (exact layout redrawn) <= 100 ms met")
                        : (ours.provisional ? ", drop (committed, card and its links redrawn) <= "
                                              "100 ms NOT met"
                                            : ", drop (exact layout redrawn) <= 100 ms NOT met"))
                : "");
    std::printf("peak resident memory of the process: %s\n", qPrintable(peakResident()));
    if (!peers) {
        std::printf("peers skipped (BENCH_ONLY=waymark): no ratio\n");
        return first && drag && pan && zoom && drop ? 0 : 2;
    }
    std::printf("ratio Waymark / QML scene: drag %.1fx, pan %.1fx, zoom %.1fx; / painted: drag "
                "%.1fx, pan %.1fx, zoom %.1fx\n",
                ours.drag.fps() / std::max(0.01, qml.drag.fps()),
                ours.pan.fps() / std::max(0.01, qml.pan.fps()),
                ours.zoom.fps() / std::max(0.01, qml.zoom.fps()),
                ours.drag.fps() / std::max(0.01, painted.drag.fps()),
                ours.pan.fps() / std::max(0.01, painted.pan.fps()),
                ours.zoom.fps() / std::max(0.01, painted.zoom.fps()));
    return first && drag && pan && zoom && drop ? 0 : 2;
}
