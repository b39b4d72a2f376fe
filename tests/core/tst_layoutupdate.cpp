// The window's drop path: MapLayout::update() and LinkLabelPlacer::update()
// redo only what an edit reaches, and must give exactly what computing the
// layout and placing the labels from scratch gives. Random moves, adds and
// deletes of cards and links, and edits of link labels, on a generated
// blueprint crowded enough that labels are shortened and hidden; every
// field of every card, route and label is compared to the bit.

#include "testutil.h"

#include "layout/layoutdiff.h"
#include "layout/maplayout.h"
#include "model/journey.h"
#include "render/labelplacer.h"
#include "render/mappainter.h"

#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace waymark;

namespace {

constexpr int kStages = 7;
constexpr int kLanes = 5;

Journey generate(QRandomGenerator &rng, int steps)
{
    Journey j;
    j.id = QStringLiteral("gen");
    j.kind = JourneyKind::Blueprint;
    const LaneKind kinds[kLanes] = {LaneKind::Customer, LaneKind::Emotions, LaneKind::Frontstage,
                                    LaneKind::Backstage, LaneKind::Support};
    for (int s = 0; s < kStages; ++s)
        j.stages.append({QStringLiteral("s%1").arg(s), QStringLiteral("Stage %1").arg(s), {}});
    for (int l = 0; l < kLanes; ++l)
        j.lanes.append({QStringLiteral("l%1").arg(l), QStringLiteral("Lane %1").arg(l), kinds[l]});
    for (int i = 0; i < steps; ++i) {
        Step s;
        s.id = QStringLiteral("st%1").arg(i);
        s.stage = j.stages[int(qint64(i) * kStages / steps)].id;
        int lane = int(rng.bounded(kLanes));
        s.lane = j.lanes[lane == 1 ? 0 : lane].id; // the emotions lane holds no cards
        s.order = i;
        s.title = QStringLiteral("Step %1").arg(i);
        if (rng.bounded(2))
            s.emotion = int(rng.bounded(5)) - 2;
        j.steps.append(s);
    }
    int n = 0;
    for (int i = 0; i < steps; ++i) {
        for (int k = 0; k < 3; ++k) {
            Link l;
            l.id = QStringLiteral("k%1").arg(n++);
            l.from = j.steps[i].id;
            const int to = k == 2 && i > 6 ? i - int(rng.bounded(6)) - 1
                                           : std::min(steps - 1, i + int(rng.bounded(30)) + 1);
            l.to = j.steps[to].id; // sometimes the step itself: a loop
            l.kind = LinkKind(rng.bounded(enumCount<LinkKind>()));
            if (rng.bounded(3) == 0)
                l.label = QStringLiteral("Reason %1").arg(n);
            if (rng.bounded(2))
                l.share = double(rng.bounded(100)) / 100.0;
            j.links.append(l);
        }
    }
    return j;
}

QString describe(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// Every difference between two layouts, as text (empty when equal).
QStringList differences(const MapLayout &a, const MapLayout &b)
{
    QStringList out;
    if (a.bounds() != b.bounds())
        out << QStringLiteral("bounds %1 vs %2").arg(describe(a.bounds()), describe(b.bounds()));
    if (a.cards().size() != b.cards().size())
        out << QStringLiteral("%1 vs %2 cards").arg(a.cards().size()).arg(b.cards().size());
    for (qsizetype i = 0; i < std::min(a.cards().size(), b.cards().size()); ++i) {
        const MapLayout::Card &x = a.cards()[i], &y = b.cards()[i];
        if (x.stepId != y.stepId || x.stage != y.stage || x.lane != y.lane || x.slot != y.slot
            || x.rect != y.rect)
            out << QStringLiteral("card %1: %2 vs %3 %4")
                            .arg(i)
                            .arg(x.stepId, y.stepId, describe(y.rect));
    }
    if (a.routes().size() != b.routes().size())
        out << QStringLiteral("%1 vs %2 routes").arg(a.routes().size()).arg(b.routes().size());
    for (qsizetype i = 0; i < std::min(a.routes().size(), b.routes().size()); ++i) {
        const MapLayout::Route &x = a.routes()[i], &y = b.routes()[i];
        if (x.linkId != y.linkId || x.from != y.from || x.to != y.to || x.kind != y.kind
            || x.points != y.points || x.labelAt != y.labelAt || x.backward != y.backward)
            out << QStringLiteral("route %1 (%2)").arg(i).arg(y.linkId);
    }
    const auto &ca = a.columns(), &cb = b.columns();
    for (qsizetype i = 0; i < std::min(ca.size(), cb.size()); ++i) {
        if (ca[i].header != cb[i].header || ca[i].body != cb[i].body
            || ca[i].subColumns != cb[i].subColumns)
            out << QStringLiteral("column %1").arg(i);
    }
    const auto &ra = a.rows(), &rb = b.rows();
    for (qsizetype i = 0; i < std::min(ra.size(), rb.size()); ++i) {
        if (ra[i].header != rb[i].header || ra[i].body != rb[i].body
            || ra[i].subRows != rb[i].subRows)
            out << QStringLiteral("row %1").arg(i);
    }
    if (a.lines().size() != b.lines().size())
        out << QStringLiteral("lines");
    for (qsizetype i = 0; i < std::min(a.lines().size(), b.lines().size()); ++i) {
        if (a.lines()[i].y != b.lines()[i].y || a.lines()[i].kind != b.lines()[i].kind)
            out << QStringLiteral("line %1").arg(i);
    }
    const auto &ea = a.emotionCurve(), &eb = b.emotionCurve();
    if (ea.size() != eb.size())
        out << QStringLiteral("emotion curve: %1 vs %2 points").arg(ea.size()).arg(eb.size());
    for (qsizetype i = 0; i < std::min(ea.size(), eb.size()); ++i) {
        if (ea[i].pos != eb[i].pos || ea[i].emotion != eb[i].emotion
            || ea[i].stepIds != eb[i].stepIds)
            out << QStringLiteral("emotion point %1").arg(i);
    }
    if (a.emotionBand() != b.emotionBand())
        out << QStringLiteral("emotion band");
    return out;
}

QStringList differences(const QHash<QString, PlacedLabel> &a, const QHash<QString, PlacedLabel> &b)
{
    QStringList out;
    if (a.size() != b.size())
        out << QStringLiteral("%1 vs %2 labels").arg(a.size()).arg(b.size());
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        const auto x = a.constFind(it.key());
        if (x == a.cend())
            out << QStringLiteral("label %1 missing").arg(it.key());
        else if (!(*x == *it))
            out << QStringLiteral("label %1: %2 %3 hidden %4 vs %5 %6 hidden %7")
                            .arg(it.key(), x->text, describe(x->box))
                            .arg(x->hidden)
                            .arg(it->text, describe(it->box))
                            .arg(it->hidden);
    }
    return out;
}

// The diff an updated layout gives (from what update() knew) against the
// one of a layout computed from scratch (comparing every card and route).
QStringList differences(const LayoutDiff &a, const LayoutDiff &b)
{
    QStringList out;
    const auto sorted = [](QStringList l) {
        l.sort();
        l.removeDuplicates();
        return l;
    };
    const auto rects = [](const QList<QRectF> &l) {
        QList<std::tuple<double, double, double, double>> t;
        for (const QRectF &r : l)
            t.append({r.x(), r.y(), r.width(), r.height()});
        std::sort(t.begin(), t.end());
        t.erase(std::unique(t.begin(), t.end()), t.end());
        return t;
    };
    if (a.sameGeometry != b.sameGeometry)
        out << QStringLiteral("sameGeometry");
    if (sorted(a.cards) != sorted(b.cards))
        out << QStringLiteral("cards: %1 vs %2")
                        .arg(sorted(a.cards).join(u' '), sorted(b.cards).join(u' '));
    if (sorted(a.routes) != sorted(b.routes))
        out << QStringLiteral("routes: %1 vs %2")
                        .arg(sorted(a.routes).join(u' '), sorted(b.routes).join(u' '));
    if (a.curveChanged != b.curveChanged)
        out << QStringLiteral("curveChanged");
    if (rects(a.areas) != rects(b.areas))
        out << QStringLiteral("areas: %1 vs %2").arg(a.areas.size()).arg(b.areas.size());
    return out;
}

QStringList firstFew(QStringList list)
{
    if (list.size() > 8)
        list = list.mid(0, 8) << QStringLiteral("...");
    return list;
}

// Cards of a cell in their order, for an order between two of them.
int cellCount(const Journey &j, const QString &stage, const QString &lane)
{
    int n = 0;
    for (const Step &s : j.steps)
        n += s.stage == stage && s.lane == lane ? 1 : 0;
    return n;
}

} // namespace

class TestLayoutUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomEditsGiveWhatFromScratchGives();
    void painterKeepsItsPlacement();
    void provisionalPlacesCardsExactly();
};

void TestLayoutUpdate::randomEditsGiveWhatFromScratchGives()
{
    QRandomGenerator rng(20261204);
    Journey j = generate(rng, 700);
    MapLayout layout = MapLayout::compute(j, {}, MapLayout::Routing::Keep);
    QVERIFY(differences(layout, MapLayout::compute(j)).isEmpty());
    LinkLabelPlacer placer;
    placer.place(j, layout, lineNameBoxes(layout, layout.bounds()));
    QVERIFY(differences(placer.labels(),
                        placeLinkLabels(j, layout, lineNameBoxes(layout, layout.bounds())))
                    .isEmpty());
    int hidden = 0;
    for (const PlacedLabel &l : placer.labels())
        hidden += l.hidden ? 1 : 0;
    QVERIFY2(hidden > 20, qPrintable(QString::number(hidden))); // crowded: labels compete

    int incremental = 0, fromScratch = 0;
    qsizetype labelsPlaced = 0, labelsThere = 0;
    int nextStep = int(j.steps.size()), nextLink = int(j.links.size());
    for (int round = 0; round < 160; ++round) {
        QString what;
        const int kind = int(rng.bounded(11));
        if (kind < 5) {
            // Move a card to another cell (or within its own), at some place.
            Step &s = j.steps[int(rng.bounded(int(j.steps.size())))];
            s.stage = j.stages[int(rng.bounded(kStages))].id;
            s.lane = j.lanes[int(rng.bounded(2)) ? 0 : 2 + int(rng.bounded(kLanes - 2))].id;
            s.order = int(rng.bounded(cellCount(j, s.stage, s.lane) + 1)) - 1;
            what = QStringLiteral("move %1 to %2/%3").arg(s.id, s.stage, s.lane);
        } else if (kind == 5) {
            Step s;
            s.id = QStringLiteral("new%1").arg(nextStep++);
            s.stage = j.stages[int(rng.bounded(kStages))].id;
            s.lane = j.lanes[0].id;
            s.order = 1000;
            j.steps.append(s);
            what = QStringLiteral("add %1").arg(s.id);
        } else if (kind == 6) {
            const int at = int(rng.bounded(int(j.steps.size())));
            const QString id = j.steps[at].id;
            j.steps.removeAt(at);
            j.links.removeIf([&](const Link &l) { return l.from == id || l.to == id; });
            what = QStringLiteral("delete %1").arg(id);
        } else if (kind == 7) {
            Link l;
            l.id = QStringLiteral("nk%1").arg(nextLink++);
            l.from = j.steps[int(rng.bounded(int(j.steps.size())))].id;
            l.to = j.steps[int(rng.bounded(int(j.steps.size())))].id;
            l.label = QStringLiteral("Added link with a long reason %1").arg(nextLink);
            j.links.insert(int(rng.bounded(int(j.links.size()))), l);
            what = QStringLiteral("add link %1").arg(l.id);
        } else if (kind == 8) {
            const int at = int(rng.bounded(int(j.links.size())));
            what = QStringLiteral("delete link %1").arg(j.links[at].id);
            j.links.removeAt(at);
        } else if (kind == 10) {
            // A picture makes its card, and the sub-row it is in, taller.
            Step &s = j.steps[int(rng.bounded(int(j.steps.size())))];
            s.picture = s.picture.isEmpty() ? QStringLiteral("pic-shop") : QString();
            what = QStringLiteral("picture on %1: %2").arg(s.id, s.picture);
        } else {
            Link &l = j.links[int(rng.bounded(int(j.links.size())))];
            l.label = l.label.isEmpty() ? QStringLiteral("Now with a reason") : QString();
            what = QStringLiteral("label of link %1").arg(l.id);
        }

        const MapLayout updated = MapLayout::update(layout, j);
        const MapLayout full = MapLayout::compute(j);
        const QStringList layoutDiff = differences(updated, full);
        QVERIFY2(layoutDiff.isEmpty(),
                 qPrintable(what + QStringLiteral(": ") + firstFew(layoutDiff).join(u'\n')));
        if (updated.basis() == layout.serial()) {
            const QStringList diffDiff
                    = differences(diffLayouts(layout, updated), diffLayouts(layout, full));
            QVERIFY2(diffDiff.isEmpty(),
                     qPrintable(what + QStringLiteral(": ") + diffDiff.join(u'\n')));
        }
        const QList<QRectF> names = lineNameBoxes(updated, updated.bounds());
        placer.update(j, updated, names);
        const QStringList labelDiff = differences(placer.labels(), placeLinkLabels(j, full, names));
        QVERIFY2(labelDiff.isEmpty(),
                 qPrintable(what + QStringLiteral(": ") + firstFew(labelDiff).join(u'\n')));
        if (updated.basis() == layout.serial()) {
            ++incremental;
            labelsPlaced += placer.lastPlaced();
            labelsThere += updated.routes().size();
        } else {
            ++fromScratch;
        }
        layout = updated;
    }
    // Most edits took the short way (a stage that widens or a lane that
    // grows takes the long one), and placed again only a part of the labels
    // (on this small map an edit's cells are a seventh of it).
    QVERIFY2(incremental > 100, qPrintable(QString::number(incremental)));
    QVERIFY2(fromScratch > 0, qPrintable(QString::number(fromScratch)));
    qInfo("%d of 160 edits updated; %lld of %lld labels placed again", incremental,
          static_cast<long long>(labelsPlaced), static_cast<long long>(labelsThere));
    QVERIFY(labelsPlaced * 2 < labelsThere);
}

// The window's painter hands its placement to the next one: the labels it
// draws after an edit are those of a painter made from scratch.
void TestLayoutUpdate::painterKeepsItsPlacement()
{
    QRandomGenerator rng(7);
    Workspace ws;
    ws.journeys = {generate(rng, 300)};
    Journey &j = ws.journeys.first();
    MapLayout layout = MapLayout::compute(j, {}, MapLayout::Routing::Keep);
    auto painter = std::make_unique<MapPainter>(ws, j, layout, RenderOptions(),
                                                std::make_shared<LinkLabelPlacer>());
    for (int i = 0; i < 20; ++i) {
        Step &s = j.steps[int(rng.bounded(int(j.steps.size())))];
        s.stage = j.stages[int(rng.bounded(kStages))].id;
        s.order = -1;
        MapLayout next = MapLayout::update(layout, j);
        std::shared_ptr<LinkLabelPlacer> placer = painter->placer();
        painter.reset();
        layout = std::move(next);
        painter = std::make_unique<MapPainter>(ws, j, layout, RenderOptions(), placer);
        const MapLayout fromScratch = MapLayout::compute(j);
        const MapPainter fresh(ws, j, fromScratch);
        const QStringList diff = differences(painter->labels(), fresh.labels());
        QVERIFY2(diff.isEmpty(), qPrintable(firstFew(diff).join(u'\n')));
    }
}

// The window's stand-in while the exact layout is worked out: every card
// where compute() puts it, each route either the one before (its cards
// did not move) or one that joins its cards where they are now; and the
// painter of it draws those cards and routes over the painter before.
void TestLayoutUpdate::provisionalPlacesCardsExactly()
{
    QRandomGenerator rng(11);
    Workspace ws;
    ws.journeys = {generate(rng, 500)};
    MapLayout layout = MapLayout::compute(ws.journeys.first(), {}, MapLayout::Routing::Keep);
    int provisional = 0, fast = 0;
    for (int round = 0; round < 40; ++round) {
        const Workspace before = ws; // the links stay shared, as in the window
        Journey &j = ws.journeys.first();
        Step &s = j.steps[int(rng.bounded(int(j.steps.size())))];
        if (rng.bounded(2)) {
            s.order = -1; // to the front of its own cell
        } else {
            s.stage = j.stages[int(rng.bounded(kStages))].id;
            s.order = int(rng.bounded(cellCount(j, s.stage, s.lane) + 1)) - 1;
        }
        const MapLayout quick = MapLayout::provisional(layout, j, &before.journeys.first());
        const MapLayout full = MapLayout::compute(j);
        if (quick.isProvisional()) {
            ++provisional;
            fast += quick.reroutedAt().isEmpty() ? 0 : 1;
            QCOMPARE(quick.basis(), layout.serial());
            QCOMPARE(quick.cards().size(), full.cards().size());
            for (qsizetype i = 0; i < full.cards().size(); ++i) {
                QCOMPARE(quick.cards()[i].stepId, full.cards()[i].stepId);
                QCOMPARE(quick.cards()[i].rect, full.cards()[i].rect);
            }
            QCOMPARE(quick.routes().size(), full.routes().size());
            const QSet<QString> moved(quick.movedSteps().cbegin(), quick.movedSteps().cend());
            for (qsizetype i = 0; i < quick.routes().size(); ++i) {
                const MapLayout::Route &r = quick.routes()[i];
                QCOMPARE(r.linkId, full.routes()[i].linkId);
                if (!moved.contains(r.from) && !moved.contains(r.to)) {
                    QCOMPARE(r.points, layout.routes()[i].points);
                    continue;
                }
                QVERIFY(quick.changedRoutes().contains(r.linkId));
                QVERIFY(quick.card(r.from)->rect.adjusted(-1, -1, 1, 1).contains(r.points.first()));
                QVERIFY(quick.card(r.to)->rect.adjusted(-1, -1, 1, 1).contains(r.points.last()));
            }
            const MapPainter base(before, before.journeys.first(), layout);
            const MapPainter patched(base, ws, j, quick, {}, {});
            QCOMPARE(patched.patchedCards(), quick.movedSteps().size());
            QCOMPARE(patched.patchedRoutes(), quick.changedRoutes().size());
        } else {
            // A stage got wider or a lane taller: no stand-in.
            QVERIFY(quick.cards().isEmpty());
            QVERIFY(!MapLayout(layout).isProvisional());
        }
        layout = MapLayout::update(layout, j);
    }
    QVERIFY2(provisional > 20 && fast > 10,
             qPrintable(QStringLiteral("%1 %2").arg(provisional).arg(fast)));
}

QTEST_MAIN(TestLayoutUpdate)

#include "tst_layoutupdate.moc"
