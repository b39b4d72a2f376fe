// The label placer shared by the window and the exports: no link label on a
// card, on a blueprint line's name or on another label; when there is no
// room a label is shortened, then hidden (its whole text kept for a tooltip).

#include "testutil.h"

#include "layout/maplayout.h"
#include "layout/spatialgrid.h"
#include "render/labelplacer.h"
#include "render/mappainter.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace waymark;

namespace {

QStringList overlaps(const Journey &j, const MapLayout &layout,
                     const QHash<QString, PlacedLabel> &labels, const QList<QRectF> &names)
{
    QStringList out;
    QList<std::pair<QString, QRectF>> shown;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (!it->hidden)
            shown.append({it.key(), it->box});
    }
    for (int i = 0; i < shown.size(); ++i) {
        for (int k = i + 1; k < shown.size(); ++k) {
            if (shown[i].second.intersects(shown[k].second))
                out.append(shown[i].first + QStringLiteral(" on label ") + shown[k].first);
        }
        for (const MapLayout::Card &c : layout.cards()) {
            if (c.rect.intersects(shown[i].second))
                out.append(shown[i].first + QStringLiteral(" on card ") + c.stepId);
        }
        for (const QRectF &n : names) {
            if (n.intersects(shown[i].second))
                out.append(shown[i].first + QStringLiteral(" on a line name"));
        }
    }
    Q_UNUSED(j);
    return out;
}

} // namespace

class TestLabelPlacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sample();
    void crowdedColumn();
    void votesAreBigDots();
    void spatialGridFindsWhatTouches();
};

void TestLabelPlacer::sample()
{
    const Workspace ws = makeTemplate(Template::Sample);
    const Journey &j = *ws.journey(u"sofa");
    const MapLayout layout = MapLayout::compute(j);
    const QList<QRectF> names = lineNameBoxes(layout, layout.bounds());
    QCOMPARE(names.size(), 3); // the three blueprint lines
    const auto labels = placeLinkLabels(j, layout, names);
    int withShare = 0;
    for (const Link &l : j.links)
        withShare += l.share || !l.label.isEmpty() ? 1 : 0;
    QCOMPARE(labels.size(), withShare);
    const QStringList bad = overlaps(j, layout, labels, names);
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    // Most are shown in full.
    int full = 0;
    for (const PlacedLabel &l : labels)
        full += !l.hidden && l.text == l.fullText ? 1 : 0;
    QVERIFY2(full * 2 > labels.size(), qPrintable(QString::number(full)));
    // The painter draws what the placer placed.
    MapPainter painter(ws, j, layout);
    QCOMPARE(painter.labels().size(), labels.size());
}

// Ten long labels on links out of one card into one column: they do not
// fit side by side, so some are shortened or hidden, and none overlaps.
void TestLabelPlacer::crowdedColumn()
{
    Workspace ws;
    Journey j;
    j.id = QStringLiteral("j");
    j.kind = JourneyKind::Blueprint;
    j.stages = {{QStringLiteral("a"), QStringLiteral("A"), {}},
                {QStringLiteral("b"), QStringLiteral("B"), {}}};
    j.lanes = {{QStringLiteral("c"), QStringLiteral("Customer"), LaneKind::Customer},
               {QStringLiteral("f"), QStringLiteral("Front"), LaneKind::Frontstage}};
    Step from;
    from.id = QStringLiteral("s0");
    from.stage = QStringLiteral("a");
    from.lane = QStringLiteral("c");
    from.title = QStringLiteral("Start");
    j.steps.append(from);
    for (int i = 1; i <= 10; ++i) {
        Step s;
        s.id = QStringLiteral("s%1").arg(i);
        s.stage = QStringLiteral("b");
        s.lane = i % 2 ? QStringLiteral("c") : QStringLiteral("f");
        s.order = (i - 1) / 2;
        s.title = QStringLiteral("Target %1").arg(i);
        j.steps.append(s);
        Link l;
        l.id = QStringLiteral("l%1").arg(i);
        l.from = QStringLiteral("s0");
        l.to = s.id;
        l.label = QStringLiteral("A rather long reason number %1 to go this way").arg(i);
        l.share = 0.1;
        j.links.append(l);
    }
    ws.journeys = {j};
    const MapLayout layout = MapLayout::compute(ws.journeys.first());
    const QList<QRectF> names = lineNameBoxes(layout, layout.bounds());
    const auto labels = placeLinkLabels(ws.journeys.first(), layout, names);
    QCOMPARE(labels.size(), 10);
    const QStringList bad = overlaps(j, layout, labels, names);
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    int shortened = 0;
    for (const PlacedLabel &l : labels) {
        QVERIFY(l.fullText.startsWith(QStringLiteral("A rather long reason")));
        shortened += l.hidden || l.text != l.fullText ? 1 : 0;
    }
    QVERIFY2(shortened > 0, "ten long labels in one column all fit in full?");
}

// Dot votes are at least 14 units (px at 100 %) across: countable on a projector.
void TestLabelPlacer::votesAreBigDots()
{
    Workspace ws = makeTemplate(Template::Sample);
    Journey &j = ws.journeys.first();
    j.votes = {{QStringLiteral("c10"), QStringLiteral("Ann"), 1}};
    const MapLayout layout = MapLayout::compute(j);
    RenderOptions options;
    MapPainter painter(ws, j, layout, options);
    const QRectF card = layout.card(QStringLiteral("c10"))->rect;
    QImage image(QSize(int(card.width()) + 40, int(card.height()) + 40), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.translate(20 - card.left(), 20 - card.top());
    painter.paintCard(&p, *j.step(u"c10"), card);
    p.end();
    // The widest run of the vote colour along the card's top edge.
    const QColor dot = options.style.voteDot();
    int best = 0;
    for (int y = 8; y < 32; ++y) {
        int run = 0;
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const bool hit = std::abs(c.red() - dot.red()) < 30
                             && std::abs(c.green() - dot.green()) < 30
                             && std::abs(c.blue() - dot.blue()) < 30;
            run = hit ? run + 1 : 0;
            best = std::max(best, run);
        }
    }
    QVERIFY2(best >= 13, qPrintable(QString::number(best))); // 15 units, minus the antialiased rim
}

// The grid a page or a tile asks for its cards, routes and labels: each
// item that touches the area once, in the order added, nothing far away;
// an item over many cells (a link across the map) is found everywhere.
void TestLabelPlacer::spatialGridFindsWhatTouches()
{
    SpatialGrid grid(100);
    grid.insert(0, QRectF(10, 10, 50, 50));     // one cell
    grid.insert(1, QRectF(150, 10, 200, 20));   // three cells in a row
    grid.insert(2, QRectF(5000, 5000, 10, 10)); // far away
    grid.insert(3, QRectF(0, 0, 4000, 4000));   // 1,600 cells: kept apart
    grid.insert(4, QRectF(90, 90, 20, 20));     // on four cells' corner
    QCOMPARE(grid.query(QRectF(0, 0, 99, 99)), (QList<qsizetype>{0, 3, 4}));
    QCOMPARE(grid.query(QRectF(320, 15, 5, 5)), (QList<qsizetype>{1, 3}));
    QCOMPARE(grid.query(QRectF(5005, 5005, 1, 1)), (QList<qsizetype>{2, 3}));
    QCOMPARE(grid.query(QRectF(-1e300, -1e300, 2e300, 2e300)), (QList<qsizetype>{0, 1, 2, 3, 4}));
    QCOMPARE(grid.query(QRectF(9000, 9000, 10, 10)), (QList<qsizetype>{3}));
}

QTEST_MAIN(TestLabelPlacer)

#include "tst_labelplacer.moc"
