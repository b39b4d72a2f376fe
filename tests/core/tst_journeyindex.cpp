// The journey's index after every kind of edit answers as one built from
// scratch does: cards added at the end and taken off again, deleted in the
// middle, moved between cells and within one, links given new ends or only
// a new share, and the lists copied on write by another holder.

#include "commands/documentcommand.h"
#include "commands/importcommand.h"
#include "document/document.h"
#include "storage/documentfile.h"
#include "templates/templates.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace waymark;

namespace {

// What a journey's index says, next to what a fresh copy's (built from
// nothing at the first question) says; empty when they agree.
QString disagreement(const Journey &j)
{
    const Journey fresh = j; // a copy starts with an empty index
    for (const Step &s : j.steps) {
        if (j.stepIndex(s.id) != fresh.stepIndex(s.id))
            return QStringLiteral("step %1").arg(s.id);
        const auto ids = [](const QList<const Link *> &links) {
            QStringList out;
            for (const Link *l : links)
                out << l->id;
            return out;
        };
        if (ids(j.outgoing(s.id)) != ids(fresh.outgoing(s.id)))
            return QStringLiteral("links out of %1").arg(s.id);
        if (ids(j.incoming(s.id)) != ids(fresh.incoming(s.id)))
            return QStringLiteral("links into %1").arg(s.id);
    }
    for (const Link &l : j.links) {
        if (j.linkIndex(l.id) != fresh.linkIndex(l.id))
            return QStringLiteral("link %1").arg(l.id);
    }
    for (const Stage &stage : j.stages) {
        for (const Lane &lane : j.lanes) {
            QStringList a, b;
            for (const Step *s : j.cell(stage.id, lane.id))
                a << s->id;
            for (const Step *s : fresh.cell(stage.id, lane.id))
                b << s->id;
            if (a != b)
                return QStringLiteral("cell %1/%2: %3 instead of %4")
                        .arg(stage.id, lane.id, a.join(u','), b.join(u','));
        }
    }
    return {};
}

} // namespace

class TestJourneyIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsKeepTheIndexTrue_data()
    {
        QTest::addColumn<bool>("copies");
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {42u, 7u, 2026u}) {
            QTest::addRow("alone, seed %u", seed) << false << seed;
            QTest::addRow("with a copy-on-write holder, seed %u", seed) << true << seed;
        }
    }

    void editsKeepTheIndexTrue()
    {
        QFETCH(bool, copies);
        QFETCH(quint32, seed);
        std::unique_ptr<Document> doc = createMemoryDocument();
        QVERIFY(doc);
        QString error;
        const Workspace sample = makeTemplate(Template::Sample);
        std::unique_ptr<DocumentCommand> import(makeImportCommand(doc.get(), sample, nullptr));
        import->redo();
        QVERIFY2(!import->hasFailed(), qPrintable(import->error()));
        const QString id = sample.journeys.first().id;
        QRandomGenerator rng(seed);
        Workspace holder; // another holder of the lists, as the canvas is
        Removal lastRemoval;
        for (int round = 0; round < 2000; ++round) {
            if (copies)
                holder = doc->workspace();
            const Journey &j = *doc->journey(id);
            const int what = rng.bounded(8);
            const Step any = j.steps[rng.bounded(int(j.steps.size()))];
            bool ok = true;
            if (what == 0) { // a card added at the end, or in the middle
                Step s = any;
                s.id = QStringLiteral("new%1").arg(round);
                s.order = rng.bounded(6);
                const int at
                        = rng.bounded(2) ? int(j.steps.size()) : rng.bounded(int(j.steps.size()));
                ok = doc->insertStep(id, s, at, &error);
            } else if (what == 1 && j.steps.size() > 8) { // the last card, or one in the middle
                const QString gone = rng.bounded(2) ? j.steps.last().id : any.id;
                lastRemoval = Removal();
                ok = doc->removeItems(id, {gone}, {}, &lastRemoval, &error);
            } else if (what == 7 && !lastRemoval.steps.isEmpty()) {
                // An undone delete, perhaps after other cards were added:
                // the card goes back into the middle of the list. (Refused,
                // and nothing changed, when its links' ends are gone since.)
                doc->restoreItems(id, lastRemoval, &error);
                lastRemoval = Removal();
            } else if (what == 2) { // to another cell, or another place in one
                Step s = any;
                s.stage = j.stages[rng.bounded(int(j.stages.size()))].id;
                s.lane = j.lanes[rng.bounded(int(j.lanes.size()))].id;
                s.order = rng.bounded(6);
                ok = doc->updateSteps(id, {s}, &error);
            } else if (what == 3 && !j.links.isEmpty()) { // new ends
                Link l = j.links[rng.bounded(int(j.links.size()))];
                l.from = j.steps[rng.bounded(int(j.steps.size()))].id;
                l.to = j.steps[rng.bounded(int(j.steps.size()))].id;
                if (l.from != l.to)
                    ok = doc->updateLink(id, l, &error);
            } else if (what == 4 && !j.links.isEmpty()) { // only a share
                Link l = j.links[rng.bounded(int(j.links.size()))];
                l.share = rng.bounded(100) / 100.0;
                ok = doc->updateLink(id, l, &error);
            } else if (what == 5 && j.links.size() > 4) { // the last link, or one in the middle
                const QString gone = rng.bounded(2) ? j.links.last().id
                                                    : j.links[rng.bounded(int(j.links.size()))].id;
                Removal removed;
                ok = doc->removeItems(id, {}, {gone}, &removed, &error);
            } else { // a link added
                Link l;
                l.id = QStringLiteral("link-new%1").arg(round);
                l.from = any.id;
                l.to = j.steps[rng.bounded(int(j.steps.size()))].id;
                if (l.from != l.to)
                    ok = doc->insertLink(id, l, int(j.links.size()), &error);
            }
            QVERIFY2(ok, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error)));
            // Asked now and then: edits pile up between questions, as they
            // do between the commands that ask.
            if (rng.bounded(4) != 0)
                continue;
            const Journey &after = *doc->journey(id);
            QVERIFY2(disagreement(after).isEmpty(),
                     qPrintable(QStringLiteral("round %1 (edit %2): %3")
                                        .arg(round)
                                        .arg(what)
                                        .arg(disagreement(after))));
        }
    }
};

QTEST_GUILESS_MAIN(TestJourneyIndex)
#include "tst_journeyindex.moc"
