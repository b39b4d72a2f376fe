// Map geometry for print and screen: link routes keep off the cards and off
// each other, and maps are cut into pages between stages and lanes, never
// through a card when it can be avoided.

#include "testutil.h"

#include "formats/jsonimport.h"
#include "layout/maplayout.h"
#include "render/pagetiler.h"
#include "templates/templates.h"

#include <QRandomGenerator>
#include <QTest>

using namespace waymark;
using namespace waymark::test;

namespace {

Journey sample(int index)
{
    return makeTemplate(Template::Sample).journeys.at(index);
}

Journey fixture(const QString &id)
{
    Workspace ws;
    QStringList warnings;
    QString error;
    if (!readJson(readFile(dataPath(QStringLiteral("export/trilingual.json"))), &ws, &warnings,
                  &error))
        qWarning("fixture: %s", qPrintable(error));
    const Journey *j = ws.journey(id);
    return j ? *j : Journey();
}

// A grid of `stages` x `lanes` cells with `perCell` cards each and random
// links in every direction: forward, backward, up, down, far and near.
Journey grid(int stages, int lanes, int perCell, int links, quint32 seed)
{
    Journey j;
    j.id = QStringLiteral("grid");
    for (int s = 0; s < stages; ++s)
        j.stages.append({QStringLiteral("s%1").arg(s), QStringLiteral("Stage %1").arg(s), {}});
    for (int l = 0; l < lanes; ++l)
        j.lanes.append({QStringLiteral("l%1").arg(l), QStringLiteral("Lane %1").arg(l),
                        l == 1 ? LaneKind::Emotions : LaneKind::Customer});
    for (int s = 0; s < stages; ++s) {
        for (int l = 0; l < lanes; ++l) {
            if (l == 1)
                continue; // the emotions lane holds the curve
            for (int k = 0; k < perCell; ++k) {
                Step step;
                step.id = QStringLiteral("%1-%2-%3").arg(s).arg(l).arg(k);
                step.stage = j.stages[s].id;
                step.lane = j.lanes[l].id;
                step.order = k;
                step.title = step.id;
                step.emotion = k % 5 - 2;
                j.steps.append(step);
            }
        }
    }
    QRandomGenerator rng(seed);
    for (int i = 0; i < links; ++i) {
        const Step &a = j.steps[rng.bounded(int(j.steps.size()))];
        const Step &b = j.steps[rng.bounded(int(j.steps.size()))];
        j.links.append({QStringLiteral("k%1").arg(i),
                        a.id,
                        b.id,
                        LinkKind(rng.bounded(4)),
                        {},
                        std::nullopt,
                        true});
    }
    return j;
}

// The journey with a picture on every `every`-th card: those cards are
// taller, and so are the sub-rows that hold them.
Journey pictured(Journey j, int every)
{
    for (int i = 0; i < j.steps.size(); i += every)
        j.steps[i].picture = QStringLiteral("pic-%1").arg(i);
    return j;
}

bool onEdge(const QPointF &p, const QRectF &r)
{
    const double e = 0.6;
    const bool inX = p.x() >= r.left() - e && p.x() <= r.right() + e;
    const bool inY = p.y() >= r.top() - e && p.y() <= r.bottom() + e;
    return inX && inY
           && (std::abs(p.x() - r.left()) < e || std::abs(p.x() - r.right()) < e
               || std::abs(p.y() - r.top()) < e || std::abs(p.y() - r.bottom()) < e);
}

QSizeF mapAreaOf(const QSizeF &paper)
{
    // Roughly what MapSheet leaves for the map: margins, title and legend.
    return QSizeF(paper.width() - 57, paper.height() - 57 - 100);
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routesKeepOffCards_data();
    void routesKeepOffCards();
    void routesDoNotOverlap_data() { routesKeepOffCards_data(); }
    void routesDoNotOverlap();
    void cutAxis_data();
    void cutAxis();
    void tiles_data();
    void tiles();
    void tilesCutBetweenStages();
    void tilesCutBetweenCardsOfOneStage();
};

void TestLayout::routesKeepOffCards_data()
{
    QTest::addColumn<Journey>("journey");
    QTest::addRow("sample current") << sample(0);
    QTest::addRow("sample future") << sample(1);
    QTest::addRow("trilingual wide") << fixture(QStringLiteral("wide"));
    QTest::addRow("random grid 1") << grid(6, 5, 5, 150, 1);
    QTest::addRow("random grid 2") << grid(4, 7, 9, 200, 2);
    QTest::addRow("one cell") << grid(1, 1, 12, 30, 3);
    QTest::addRow("pictured grid") << pictured(grid(6, 5, 5, 150, 1), 3);
    QTest::addRow("pictured cell") << pictured(grid(1, 1, 12, 30, 3), 2);
}

void TestLayout::routesKeepOffCards()
{
    QFETCH(Journey, journey);
    QVERIFY(!journey.links.isEmpty());
    const MapLayout layout = MapLayout::compute(journey);
    QCOMPARE(layout.routes().size(), journey.links.size());
    for (const MapLayout::Route &r : layout.routes()) {
        const QRectF from = layout.card(r.from)->rect;
        const QRectF to = layout.card(r.to)->rect;
        QVERIFY2(r.points.size() >= 2, qPrintable(r.linkId));
        QVERIFY2(onEdge(r.points.first(), from), qPrintable(r.linkId));
        QVERIFY2(onEdge(r.points.last(), to), qPrintable(r.linkId));
        for (int i = 1; i < r.points.size(); ++i) {
            const QPointF a = r.points[i - 1], b = r.points[i];
            QVERIFY2(std::abs(a.x() - b.x()) < 0.01 || std::abs(a.y() - b.y()) < 0.01,
                     qPrintable(QStringLiteral("%1: slanted segment").arg(r.linkId)));
            const QRectF segment = QRectF(a, b).normalized();
            for (const MapLayout::Card &c : layout.cards()) {
                if (c.stepId == r.from || c.stepId == r.to)
                    continue;
                const QRectF inner = c.rect.adjusted(1, 1, -1, -1);
                QVERIFY2(!inner.intersects(segment.adjusted(-0.01, -0.01, 0.01, 0.01)),
                         qPrintable(QStringLiteral("%1 (%2 -> %3) crosses card %4")
                                            .arg(r.linkId, r.from, r.to, c.stepId)));
            }
        }
    }
}

void TestLayout::routesDoNotOverlap()
{
    // Two links never run on top of each other along a stretch of line.
    QFETCH(Journey, journey);
    const MapLayout layout = MapLayout::compute(journey);
    struct Segment
    {
        QString link;
        QPointF a, b;
    };
    QList<Segment> segments;
    for (const MapLayout::Route &r : layout.routes()) {
        for (int i = 1; i < r.points.size(); ++i)
            segments.append({r.linkId, r.points[i - 1], r.points[i]});
    }
    int checked = 0;
    for (int i = 0; i < segments.size(); ++i) {
        for (int k = i + 1; k < segments.size(); ++k) {
            const Segment &s = segments[i], &t = segments[k];
            if (s.link == t.link)
                continue;
            const bool vertical = std::abs(s.a.x() - s.b.x()) < 0.01
                                  && std::abs(t.a.x() - t.b.x()) < 0.01
                                  && std::abs(s.a.x() - t.a.x()) < 0.01;
            const bool horizontal = std::abs(s.a.y() - s.b.y()) < 0.01
                                    && std::abs(t.a.y() - t.b.y()) < 0.01
                                    && std::abs(s.a.y() - t.a.y()) < 0.01;
            if (!vertical && !horizontal)
                continue;
            ++checked;
            const auto lo = [&](const Segment &x) {
                return vertical ? std::min(x.a.y(), x.b.y()) : std::min(x.a.x(), x.b.x());
            };
            const auto hi = [&](const Segment &x) {
                return vertical ? std::max(x.a.y(), x.b.y()) : std::max(x.a.x(), x.b.x());
            };
            const double overlap = std::min(hi(s), hi(t)) - std::max(lo(s), lo(t));
            const auto show = [](const Segment &x) {
                return QStringLiteral("(%1,%2)-(%3,%4)")
                        .arg(x.a.x())
                        .arg(x.a.y())
                        .arg(x.b.x())
                        .arg(x.b.y());
            };
            if (qEnvironmentVariableIsSet("DUMP_ROUTES"))
                continue;
            QVERIFY2(overlap <= 1, qPrintable(QStringLiteral("%1 %2 and %3 %4 overlap by %5")
                                                      .arg(s.link, show(s), t.link, show(t))
                                                      .arg(overlap)));
        }
    }
    QVERIFY(checked > 0); // every map here does have links on shared lines
    if (qEnvironmentVariableIsSet("DUMP_ROUTES")) {
        for (const MapLayout::Route &r : layout.routes()) {
            QStringList pts;
            for (const QPointF &p : r.points)
                pts.append(QStringLiteral("(%1,%2)").arg(p.x()).arg(p.y()));
            qInfo("%s %s->%s %s", qPrintable(r.linkId), qPrintable(r.from), qPrintable(r.to),
                  qPrintable(pts.join(u' ')));
        }
    }
}

void TestLayout::cutAxis_data()
{
    QTest::addColumn<double>("end");
    QTest::addColumn<double>("piece");
    QTest::addColumn<double>("overlap");
    QTest::addColumn<QList<double>>("preferred");
    QTest::addColumn<QList<double>>("fallback");
    QTest::addColumn<QList<double>>("cuts"); // expected cut positions

    QTest::addRow("fits") << 90.0 << 100.0 << 5.0 << QList<double>{30, 60, 90} << QList<double>{}
                          << QList<double>{90};
    QTest::addRow("at preferred") << 200.0 << 100.0 << 0.0 << QList<double>{70, 140, 200}
                                  << QList<double>{} << QList<double>{70, 140, 200};
    QTest::addRow("overlap shifts the next")
            << 200.0 << 100.0 << 10.0 << QList<double>{50, 95, 150, 200} << QList<double>{}
            << QList<double>{95, 150, 200};
    QTest::addRow("fallback when no preferred fits")
            << 300.0 << 100.0 << 0.0 << QList<double>{150, 300} << QList<double>{40, 80, 120}
            << QList<double>{80, 150, 250, 300};
    QTest::addRow("anywhere as a last resort") << 250.0 << 100.0 << 0.0 << QList<double>{250}
                                               << QList<double>{} << QList<double>{100, 200, 250};
}

void TestLayout::cutAxis()
{
    QFETCH(double, end);
    QFETCH(double, piece);
    QFETCH(double, overlap);
    QFETCH(QList<double>, preferred);
    QFETCH(QList<double>, fallback);
    QFETCH(QList<double>, cuts);
    const auto pieces = waymark::cutAxis(0, end, piece, overlap, preferred, fallback);
    QList<double> got;
    for (int i = 0; i < pieces.size(); ++i) {
        got.append(pieces[i].second);
        QVERIFY(pieces[i].second - pieces[i].first <= piece + 0.01);
        if (i > 0)
            QCOMPARE(pieces[i].first, std::max(0.0, pieces[i - 1].second - overlap));
    }
    QCOMPARE(pieces.first().first, 0.0);
    QCOMPARE(got, cuts);
}

void TestLayout::tiles_data()
{
    QTest::addColumn<Journey>("journey");
    QTest::addColumn<QSizeF>("paper");
    const QSizeF a4(842, 595), a3(1191, 842), a2(1684, 1191), letter(792, 612);
    QTest::addRow("sample A4") << sample(0) << a4;
    QTest::addRow("sample A3") << sample(0) << a3;
    QTest::addRow("sample A2") << sample(0) << a2;
    QTest::addRow("sample Letter") << sample(0) << letter;
    QTest::addRow("sample A4 portrait") << sample(0) << a4.transposed();
    QTest::addRow("wide A4") << fixture(QStringLiteral("wide")) << a4;
    QTest::addRow("grid A3") << grid(10, 5, 10, 50, 4) << a3;
    QTest::addRow("pictured grid A4") << pictured(grid(10, 5, 10, 50, 4), 3) << a4;
}

void TestLayout::tiles()
{
    QFETCH(Journey, journey);
    QFETCH(QSizeF, paper);
    const MapLayout layout = MapLayout::compute(journey);
    const QSizeF area = mapAreaOf(paper);
    const TileLimits limits;
    const TilePlan plan = planTiles(layout, area, limits);
    QVERIFY(plan.scale >= limits.minScale - 1e-9 && plan.scale <= limits.maxScale + 1e-9);
    QCOMPARE(plan.tiles.size(), qsizetype(plan.columns) * plan.rows);
    const LayoutMetrics &m = layout.metrics();
    QRectF covered;
    for (const MapTile &t : plan.tiles) {
        // Each tile with its headers fits the area.
        QVERIFY((m.laneHeaderWidth + t.body.width()) * plan.scale <= area.width() + 0.01);
        QVERIFY((m.stageHeaderHeight + t.body.height()) * plan.scale <= area.height() + 0.01);
        covered = covered.united(t.body);
    }
    QCOMPARE(covered, layout.body());
    // No card is split: each lies whole on some page.
    for (const MapLayout::Card &c : layout.cards()) {
        bool whole = false;
        for (const MapTile &t : plan.tiles)
            whole = whole || t.body.adjusted(-0.01, -0.01, 0.01, 0.01).contains(c.rect);
        QVERIFY2(whole, qPrintable(c.stepId));
    }
}

void TestLayout::tilesCutBetweenStages()
{
    const MapLayout layout = MapLayout::compute(fixture(QStringLiteral("wide")));
    const TilePlan plan = planTiles(layout, mapAreaOf(QSizeF(842, 595)));
    QVERIFY2(plan.columns > 1, "the wide map needs several pages across");
    QList<double> boundaries;
    for (const MapLayout::Column &c : layout.columns())
        boundaries.append(c.header.right());
    for (const MapTile &t : plan.tiles) {
        bool atBoundary = false;
        for (double b : boundaries)
            atBoundary = atBoundary || std::abs(t.body.right() - b) < 0.01;
        QVERIFY(atBoundary);
        if (t.column > 0)
            QVERIFY(t.overlapLeft > 0);
    }
}

void TestLayout::tilesCutBetweenCardsOfOneStage()
{
    // One stage far wider than a page: cut between its cards.
    Journey j = grid(1, 1, 60, 0, 5);
    const MapLayout layout = MapLayout::compute(j);
    QVERIFY(layout.columns().first().subColumns > 10);
    const TilePlan plan = planTiles(layout, mapAreaOf(QSizeF(842, 595)));
    QVERIFY(plan.columns > 1);
    for (const MapLayout::Card &c : layout.cards()) {
        bool whole = false;
        for (const MapTile &t : plan.tiles)
            whole = whole || t.body.adjusted(-0.01, -0.01, 0.01, 0.01).contains(c.rect);
        QVERIFY2(whole, qPrintable(c.stepId));
    }
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
