// Event data with the document: stored in the .cjm file, replaced on
// re-import, one undo step, deleted with its journey; *Use observed shares*;
// the overlay's painter.

#include "testutil.h"

#include "commands/importeventscommand.h"
#include "commands/journeycommands.h"
#include "commands/observedcommands.h"
#include "commands/stepcommands.h"
#include "commands/undostack.h"
#include "events/eventimport.h"
#include "layout/maplayout.h"
#include "metrics/datafile.h"
#include "render/observedpainter.h"
#include "storage/sqlite.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTranslator>

using namespace waymark;
using namespace waymark::test;

namespace {

Journey plan()
{
    Journey j;
    j.id = QStringLiteral("j1");
    j.name = QStringLiteral("Buy");
    j.stages = {{QStringLiteral("s1"), QStringLiteral("One"), {}},
                {QStringLiteral("s2"), QStringLiteral("Two"), {}}};
    j.lanes = {{QStringLiteral("l1"), QStringLiteral("Customer"), LaneKind::Customer}};
    const char *ids[] = {"a", "b", "c", "d"};
    const char *titles[] = {"Visits", "Signs up", "Checks out", "Pays"};
    for (int i = 0; i < 4; ++i) {
        Step s;
        s.id = QLatin1String(ids[i]);
        s.stage = i < 2 ? QStringLiteral("s1") : QStringLiteral("s2");
        s.lane = QStringLiteral("l1");
        s.order = i % 2;
        s.title = QLatin1String(titles[i]);
        j.steps.append(s);
    }
    j.links = {{QStringLiteral("ab"),
                QStringLiteral("a"),
                QStringLiteral("b"),
                LinkKind::Flow,
                {},
                0.5,
                true},
               {QStringLiteral("bc"),
                QStringLiteral("b"),
                QStringLiteral("c"),
                LinkKind::Flow,
                {},
                std::nullopt,
                true},
               {QStringLiteral("cd"),
                QStringLiteral("c"),
                QStringLiteral("d"),
                LinkKind::Flow,
                {},
                std::nullopt,
                true}};
    return j;
}

ObservedJourney observe(const Journey &journey, const QByteArray &csv, const QString &name)
{
    DataFile file;
    QString error;
    ObservedJourney o;
    if (!file.setBytes(csv, &error) || !events::importEventLog(file, journey, {}, &o, &error))
        qWarning("import: %s", qPrintable(error));
    o.source = name;
    o.importedAt = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
    return o;
}

// The journeys the file on disk keeps observed rows for, read by a second
// connection (what another program opening the file would see).
QStringList observedRowsOnDisk(const QString &path)
{
    Database db;
    QString error;
    QStringList ids;
    if (!db.open(path, Database::Mode::ReadOnly, &error)) {
        qWarning("open: %s", qPrintable(error));
        return {QStringLiteral("?")};
    }
    Statement *s = db.prepare("SELECT journey FROM observed ORDER BY journey", &error);
    while (s && s->next())
        ids.append(s->text(0));
    if (s)
        s->reset();
    return ids;
}

const QByteArray kLog = "case,activity,time\n"
                        "1,Visits,2026-03-01T10:00:00Z\n1,Signs up,2026-03-01T10:05:00Z\n"
                        "1,Checks out,2026-03-01T10:06:00Z\n1,Pays,2026-03-01T10:07:00Z\n"
                        "2,Visits,2026-03-01T10:00:00Z\n2,Checks out,2026-03-01T10:01:00Z\n"
                        "3,Visits,2026-03-01T10:00:00Z\n3,Signs up,2026-03-01T10:02:00Z\n";

// How many change sets of `spy` (on Document::changed) name observed behaviour.
int observedChanges(const QSignalSpy &spy)
{
    int n = 0;
    for (const QList<QVariant> &args : spy)
        n += args.at(0).value<ChangeSet>().touches(ItemKind::Observed) ? 1 : 0;
    return n;
}

} // namespace

class TestEventsDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedUndoneReplaced();
    void failsWholly();
    void deletedWithItsJourney();
    void staleRowNotInherited();
    void observedShares();
    void untakenLinksGetZero();
    void followsTheMap();
    void deletedStepLeftOut();
    void painterDrawsTheOverlay();
    void ghostsKeepOffTheCards();
};

void TestEventsDocument::storedUndoneReplaced()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("a.cjm"));
    QVERIFY(doc);
    QString error;
    QVERIFY(doc->insertJourney(plan(), 0, &error));
    const QByteArray before = snapshot(*doc);
    UndoStack undo;
    const ObservedJourney first = observe(plan(), kLog, QStringLiteral("first.csv"));
    QCOMPARE(first.cases, 3);
    QSignalSpy changed(doc.get(), &Document::changed);
    QVERIFY(undo.tryPush(new ImportEventsCommand(doc.get(), first), &error));
    QCOMPARE(observedChanges(changed), 1);
    QCOMPARE(doc->observed(QStringLiteral("j1")), std::optional<ObservedJourney>(first));
    QCOMPARE(snapshot(*doc), before); // the map itself is untouched

    // A re-import replaces; undo brings the first one back, then none.
    const ObservedJourney second
            = observe(plan(), kLog.left(kLog.indexOf("2,")), QStringLiteral("second.csv"));
    QVERIFY(undo.tryPush(new ImportEventsCommand(doc.get(), second), &error));
    QCOMPARE(doc->observed(QStringLiteral("j1"))->source, QStringLiteral("second.csv"));
    QCOMPARE(doc->observed(QStringLiteral("j1"))->cases, 1);
    QVERIFY(undo.tryUndo(&error));
    QCOMPARE(doc->observed(QStringLiteral("j1")), std::optional<ObservedJourney>(first));
    QVERIFY(undo.tryUndo(&error));
    QVERIFY(!doc->observed(QStringLiteral("j1")));
    QVERIFY(undo.tryRedo(&error));

    // It is in the file: a reopened document reads it back.
    doc.reset();
    OpenResult reopened = openDocument(dir.filePath(QStringLiteral("a.cjm")), OpenMode::Edit);
    QVERIFY(reopened.document);
    QCOMPARE(reopened.document->observed(QStringLiteral("j1")),
             std::optional<ObservedJourney>(first));
    QString integrity;
    QVERIFY2(reopened.document->integrityCheck(&integrity), qPrintable(integrity));
}

void TestEventsDocument::failsWholly()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("b.cjm"));
    QString error;
    QVERIFY(doc->insertJourney(plan(), 0, &error));
    ObservedJourney o = observe(plan(), kLog, QStringLiteral("x.csv"));
    o.journey = QStringLiteral("nope");
    UndoStack undo;
    QVERIFY(!undo.tryPush(new ImportEventsCommand(doc.get(), o), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(undo.count(), 0);
    QVERIFY(!doc->observed(QStringLiteral("j1")));
}

void TestEventsDocument::deletedWithItsJourney()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("d.cjm"));
    QVERIFY(doc);
    const QString path = dir.filePath(QStringLiteral("d.cjm"));
    QString error;
    Journey other = plan();
    other.id = QStringLiteral("j2");
    other.name = QStringLiteral("Return");
    QVERIFY(doc->insertJourney(plan(), 0, &error));
    QVERIFY(doc->insertJourney(other, 1, &error));
    UndoStack undo;
    const ObservedJourney first = observe(plan(), kLog, QStringLiteral("first.csv"));
    ObservedJourney second = observe(other, kLog, QStringLiteral("second.csv"));
    second.journey = QStringLiteral("j2");
    QVERIFY2(undo.tryPush(new ImportEventsCommand(doc.get(), first), &error), qPrintable(error));
    QVERIFY2(undo.tryPush(new ImportEventsCommand(doc.get(), second), &error), qPrintable(error));
    QCOMPARE(observedRowsOnDisk(path), QStringList({QStringLiteral("j1"), QStringLiteral("j2")}));

    // The primitive alone refuses while the journey has event data.
    QVERIFY(!doc->removeJourney(QStringLiteral("j1"), &error));
    QVERIFY(error.contains(QStringLiteral("event data")));
    QVERIFY(doc->journey(QStringLiteral("j1")));

    // The command deletes both in one undo step; the other journey keeps its data.
    QSignalSpy changed(doc.get(), &Document::changed);
    const int steps = undo.count();
    QVERIFY2(undo.tryPush(new RemoveJourneyCommand(doc.get(), QStringLiteral("j1")), &error),
             qPrintable(error));
    QCOMPARE(undo.count(), steps + 1);
    QVERIFY(!doc->journey(QStringLiteral("j1")));
    QVERIFY(!doc->observed(QStringLiteral("j1")));
    QCOMPARE(doc->observed(QStringLiteral("j2")), std::optional<ObservedJourney>(second));
    QCOMPARE(observedChanges(changed), 1);
    QCOMPARE(observedRowsOnDisk(path), QStringList({QStringLiteral("j2")}));
    QString integrity;
    QVERIFY2(doc->integrityCheck(&integrity), qPrintable(integrity));

    // Undo brings the journey and its event data back, in the file too.
    QVERIFY2(undo.tryUndo(&error), qPrintable(error));
    QVERIFY(doc->journey(QStringLiteral("j1")));
    QCOMPARE(doc->observed(QStringLiteral("j1")), std::optional<ObservedJourney>(first));
    QCOMPARE(observedRowsOnDisk(path), QStringList({QStringLiteral("j1"), QStringLiteral("j2")}));

    // Redo deletes them again; a reopened file has no orphan row.
    QVERIFY2(undo.tryRedo(&error), qPrintable(error));
    doc.reset();
    QCOMPARE(observedRowsOnDisk(path), QStringList({QStringLiteral("j2")}));
    OpenResult reopened = openDocument(path, OpenMode::Edit);
    QVERIFY(reopened.document);
    QVERIFY(!reopened.document->journey(QStringLiteral("j1")));
    QCOMPARE(reopened.document->observed(QStringLiteral("j2")),
             std::optional<ObservedJourney>(second));
}

void TestEventsDocument::staleRowNotInherited()
{
    // A file written before journeys took their event data with them may keep
    // a row for a deleted journey; a new journey given that id does not inherit it.
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("e.cjm"));
    QVERIFY(doc);
    const QString path = dir.filePath(QStringLiteral("e.cjm"));
    doc.reset();
    {
        Database db;
        QString error;
        QVERIFY2(db.open(path, Database::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY2(db.exec("INSERT INTO observed(journey, source, imported_at, data) "
                         "VALUES ('j1', 'old.csv', '', '{}')",
                         &error),
                 qPrintable(error));
    }
    QCOMPARE(observedRowsOnDisk(path), QStringList({QStringLiteral("j1")}));
    OpenResult reopened = openDocument(path, OpenMode::Edit);
    QVERIFY(reopened.document);
    QString error;
    UndoStack undo;
    QVERIFY2(undo.tryPush(new AddJourneyCommand(reopened.document.get(), plan(), 0,
                                                QStringLiteral("Add")),
                          &error),
             qPrintable(error));
    QVERIFY(!reopened.document->observed(QStringLiteral("j1")));
    QCOMPARE(observedRowsOnDisk(path), QStringList());
}

void TestEventsDocument::observedShares()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("c.cjm"));
    QString error;
    QVERIFY(doc->insertJourney(plan(), 0, &error));
    UndoStack undo;
    QVERIFY(undo.tryPush(
            new ImportEventsCommand(doc.get(), observe(plan(), kLog, QStringLiteral("x.csv"))),
            &error));
    auto *use = new UseObservedSharesCommand(doc.get(), QStringLiteral("j1"));
    QCOMPARE(use->linkCount(), 3);
    QVERIFY(undo.tryPush(use, &error));
    const Journey *j = doc->journey(QStringLiteral("j1"));
    // a: 3 visits, 2 on to b; b: 2 visits, 1 on to c; c: 2 visits, 1 on to d.
    QCOMPARE(j->link(u"ab")->share, std::optional<double>(0.667));
    QCOMPARE(j->link(u"bc")->share, std::optional<double>(0.5));
    QCOMPARE(j->link(u"cd")->share, std::optional<double>(0.5));
    QVERIFY(undo.tryUndo(&error));
    QCOMPARE(doc->journey(QStringLiteral("j1"))->link(u"ab")->share, std::optional<double>(0.5));
    QCOMPARE(doc->journey(QStringLiteral("j1"))->link(u"bc")->share, std::nullopt);
}

void TestEventsDocument::untakenLinksGetZero()
{
    // b -> d is planned with 0.4 but no case took it: 0 afterwards, so that
    // the shares out of b add up to 1; one undo step puts it back.
    Journey j = plan();
    j.links.append({QStringLiteral("bd"),
                    QStringLiteral("b"),
                    QStringLiteral("d"),
                    LinkKind::Flow,
                    {},
                    0.4,
                    true});
    j.links.append({QStringLiteral("dep"),
                    QStringLiteral("b"),
                    QStringLiteral("a"),
                    LinkKind::Dependency,
                    {},
                    0.3,
                    true});
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("z.cjm"));
    QString error;
    QVERIFY(doc->insertJourney(j, 0, &error));
    UndoStack undo;
    QVERIFY(undo.tryPush(new ImportEventsCommand(doc.get(), observe(j, kLog, QStringLiteral("x"))),
                         &error));
    QVERIFY(undo.tryPush(new UseObservedSharesCommand(doc.get(), QStringLiteral("j1")), &error));
    const Journey *now = doc->journey(QStringLiteral("j1"));
    QCOMPARE(now->link(u"bd")->share, std::optional<double>(0.0));
    QCOMPARE(now->link(u"bc")->share, std::optional<double>(0.5));
    QCOMPARE(now->link(u"dep")->share, std::optional<double>(0.3)); // customers do not move on it
    QVERIFY(undo.tryUndo(&error));
    QCOMPARE(doc->journey(QStringLiteral("j1"))->link(u"bd")->share, std::optional<double>(0.4));
    QCOMPARE(doc->journey(QStringLiteral("j1"))->link(u"ab")->share, std::optional<double>(0.5));
}

void TestEventsDocument::followsTheMap()
{
    // Imported against a map without a -> c; the link is added for the
    // unplanned transition and the file reopened: conformance, the variants
    // and the deviations are what a fresh import against the new map gives.
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("f.cjm"));
    QString error;
    QVERIFY(doc->insertJourney(plan(), 0, &error));
    UndoStack undo;
    const QByteArray log = kLog + "2,Pays,2026-03-01T10:03:00Z\n";
    const ObservedJourney before = observe(plan(), log, QStringLiteral("x.csv"));
    QVERIFY(undo.tryPush(new ImportEventsCommand(doc.get(), before), &error));
    const Link ac{QStringLiteral("ac"),
                  QStringLiteral("a"),
                  QStringLiteral("c"),
                  LinkKind::Flow,
                  {},
                  std::nullopt,
                  true};
    QVERIFY2(undo.tryPush(new AddItemsCommand(doc.get(), QStringLiteral("j1"), {}, {ac},
                                              QStringLiteral("Link")),
                          &error),
             qPrintable(error));
    const QString path = dir.filePath(QStringLiteral("f.cjm"));
    doc.reset();
    OpenResult reopened = openDocument(path, OpenMode::Edit);
    QVERIFY(reopened.document);
    const Journey now = *reopened.document->journey(QStringLiteral("j1"));
    std::optional<ObservedJourney> stored = reopened.document->observed(QStringLiteral("j1"));
    QVERIFY(stored);
    refreshPlanned(&*stored, now);
    const ObservedJourney fresh = observe(now, log, QStringLiteral("x.csv"));
    // Case 2 (a, c, d) is conformant now, and no case skips a step.
    QCOMPARE(before.conformant, 1);
    QCOMPARE(fresh.conformant, 2);
    QCOMPARE(before.deviations.skipped, 1);
    QCOMPARE(fresh.deviations.skipped, 0);
    QCOMPARE(stored->conformant, fresh.conformant);
    QCOMPARE(stored->deviations, fresh.deviations);
    QCOMPARE(stored->variants, fresh.variants);
    QCOMPARE(*stored, fresh);
}

void TestEventsDocument::deletedStepLeftOut()
{
    // A step deleted after the import: its events match nothing now, as in
    // a fresh import (the times per step stay those of the import).
    const ObservedJourney imported = observe(plan(), kLog, QStringLiteral("x.csv"));
    Journey j = plan();
    j.steps.removeAt(j.stepIndex(u"b"));
    j.links.removeIf([](const Link &l) { return l.from == u"b" || l.to == u"b"; });
    ObservedJourney o = imported;
    refreshPlanned(&o, j);
    const ObservedJourney fresh = observe(j, kLog, QStringLiteral("x.csv"));
    QVERIFY(!o.step(u"b"));
    for (const ObservedTransition &t : std::as_const(o.transitions))
        QVERIFY(t.from != u"b" && t.to != u"b");
    QCOMPARE(o.transitions, fresh.transitions);
    QCOMPARE(o.variants, fresh.variants);
    QCOMPARE(o.deviations, fresh.deviations);
    QCOMPARE(o.conformant, fresh.conformant);
    QCOMPARE(o.cases, fresh.cases);
    QCOMPARE(o.events, fresh.events);
}

void TestEventsDocument::painterDrawsTheOverlay()
{
    const Journey j = plan();
    const MapLayout layout = MapLayout::compute(j);
    const ObservedJourney o = observe(j, kLog, QStringLiteral("x.csv"));
    ObservedPainter painter(j, layout, o);
    // "%n case(s)" in English, its plural forms loaded as the app loads them.
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/waymark_en.qm")));
    QCoreApplication::installTranslator(&english);
    const QString badge = painter.badgeText(QStringLiteral("a"));
    QCoreApplication::removeTranslator(&english);
    QCOMPARE(badge, QStringLiteral("3 cases \u00b7 2 min"));
    QVERIFY(painter.badgeText(QStringLiteral("zz")).isEmpty());
    // a -> c is not planned: a ghost link below the cards, found by a click on it.
    int ghost = -1;
    for (qsizetype i = 0; i < painter.observed().transitions.size(); ++i) {
        if (!painter.observed().transitions[i].planned)
            ghost = int(i);
    }
    QVERIFY(ghost >= 0);
    const MapLayout::Card *a = layout.card(QStringLiteral("a"));
    QVERIFY(a);
    const QPointF middle = painter.ghostBadgeAt(ghost);
    QCOMPARE(painter.ghostAt(middle, 6), ghost);
    QCOMPARE(painter.ghostAt(a->rect.topLeft() - QPointF(50, 50), 6), -1);

    // Drawn: the ghost's orange shows where nothing was before.
    const QRectF bounds = layout.bounds().adjusted(-20, -40, 20, 120);
    QImage plain(bounds.size().toSize(), QImage::Format_ARGB32);
    plain.fill(Qt::white);
    QImage overlay = plain;
    {
        QPainter p(&overlay);
        p.translate(-bounds.topLeft());
        painter.paint(&p, bounds);
    }
    const QPoint at = (middle - bounds.topLeft()).toPoint();
    bool orange = false;
    for (int dx = -6; dx <= 6 && !orange; ++dx) {
        for (int dy = -6; dy <= 6 && !orange; ++dy) {
            const QColor px = overlay.pixelColor(at + QPoint(dx, dy));
            orange = px.red() > 200 && px.blue() < 150;
        }
    }
    QVERIFY(orange);
    QVERIFY(overlay != plain);
}

void TestEventsDocument::ghostsKeepOffTheCards()
{
    // A card per lane in the first stage: the ghosts a -> c and c -> a pass
    // b, and must not lie on each other.
    Journey j;
    j.id = QStringLiteral("j1");
    j.name = QStringLiteral("Column");
    j.stages = {{QStringLiteral("s1"), QStringLiteral("One"), {}},
                {QStringLiteral("s2"), QStringLiteral("Two"), {}}};
    const char *ids[] = {"a", "b", "c", "d"};
    const char *titles[] = {"Visits", "Signs up", "Checks out", "Pays"};
    for (int i = 0; i < 4; ++i) {
        const QString lane = QStringLiteral("l%1").arg(i % 3);
        if (i < 3)
            j.lanes.append({lane, QStringLiteral("Lane %1").arg(i), LaneKind::Customer});
        Step s;
        s.id = QLatin1String(ids[i]);
        s.stage = i < 3 ? QStringLiteral("s1") : QStringLiteral("s2");
        s.lane = lane;
        s.title = QLatin1String(titles[i]);
        j.steps.append(s);
    }
    j.links = {{QStringLiteral("ab"), QStringLiteral("a"), QStringLiteral("b"), LinkKind::Flow},
               {QStringLiteral("bc"), QStringLiteral("b"), QStringLiteral("c"), LinkKind::Flow},
               {QStringLiteral("cd"), QStringLiteral("c"), QStringLiteral("d"), LinkKind::Flow}};
    const QByteArray log = "case,activity,time\n"
                           "1,Visits,2026-03-01T10:00:00Z\n1,Checks out,2026-03-01T10:01:00Z\n"
                           "1,Visits,2026-03-01T10:02:00Z\n1,Pays,2026-03-01T10:03:00Z\n"
                           "2,Visits,2026-03-01T10:00:00Z\n2,Checks out,2026-03-01T10:01:00Z\n";
    const MapLayout layout = MapLayout::compute(j);
    const ObservedPainter painter(j, layout, observe(j, log, QStringLiteral("x.csv")));
    QList<QPolygonF> routes;
    for (qsizetype i = 0; i < painter.observed().transitions.size(); ++i) {
        const ObservedTransition &t = painter.observed().transitions[i];
        const QPolygonF route = painter.ghostRoute(int(i));
        QCOMPARE(route.isEmpty(), t.planned);
        if (t.planned)
            continue;
        routes.append(route);
        for (const MapLayout::Card &card : layout.cards()) {
            // The badge is on no card; no segment enters a card but its two ends.
            QVERIFY2(!card.rect.contains(painter.ghostBadgeAt(int(i))),
                     qPrintable(t.from + u'>' + t.to + u' ' + card.stepId));
            if (card.stepId == t.from || card.stepId == t.to)
                continue;
            const QRectF inside = card.rect.adjusted(1, 1, -1, -1);
            for (qsizetype k = 0; k + 1 < route.size(); ++k) {
                const QRectF segment = QRectF(route[k], route[k + 1])
                                               .normalized()
                                               .adjusted(-0.01, -0.01, 0.01, 0.01);
                QVERIFY2(!segment.intersects(inside),
                         qPrintable(t.from + u'>' + t.to + QStringLiteral(" crosses ")
                                    + card.stepId));
            }
            // A press on the card is not a press on the ghost.
            QCOMPARE(painter.ghostAt(card.rect.center(), 6), -1);
        }
    }
    QCOMPARE(routes.size(), 3);
    const auto same = [](const QPolygonF &p, QPolygonF q) {
        if (p == q)
            return true;
        std::reverse(q.begin(), q.end());
        return p == q;
    };
    QVERIFY2(!same(routes[0], routes[1]) && !same(routes[1], routes[2])
                     && !same(routes[0], routes[2]),
             "two ghosts drawn on top of each other");
}

QTEST_MAIN(TestEventsDocument)
#include "tst_events_document.moc"
