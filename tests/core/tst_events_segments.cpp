// The optional columns of an event log (issue 13): the channel mix per step
// and, per segment value, the cases, the cases that reached a goal and the
// conformant ones, on hand-built logs whose answers are worked out below;
// the same whatever the threads, kept in the stored form, worked out again
// when the map changes, and absent when no such column is mapped.

#include "eventplan.h"
#include "events/eventimport.h"
#include "events/eventlog.h"
#include "events/observedjson.h"
#include "metrics/datafile.h"
#include "model/journey.h"
#include "json/jsontext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace waymark;
using namespace waymark::events;

namespace {

Journey plan()
{
    return test::eventPlan();
}

// k1: a b c d in order, conformant; its segment "gold" (the blank on c
//     does not count), channels web, " app " (trimmed), app, none.
// k2: a b d (b -> d unplanned): reached a goal, not conformant; its first
//     event in time is the a at 10:00, read last: segment "bronze", not "silver".
// k3: a b, no segment value on a matched event ("platinum" is on an
//     activity that names no step): in no segment.
// k4: a a at the same minute: the first in the file gives "silver".
const QByteArray kLog = "case_id,activity,time,channel,segment\n"
                        "k1,WEB-1,2026-03-01T10:00:00Z,web,gold\n"
                        "k1,Signs up,2026-03-01T10:01:00Z, app ,gold\n"
                        "k1,Checks out,2026-03-01T10:02:00Z,app,\n"
                        "k1,PAY,2026-03-01T10:03:00Z,,gold\n"
                        "k2,Signs up,2026-03-01T10:05:00Z,web,silver\n"
                        "k2,PAY,2026-03-01T10:06:00Z,phone,bronze\n"
                        "k2,WEB-1,2026-03-01T10:00:00Z,web,bronze\n"
                        "k3,WEB-1,2026-03-01T10:00:00Z,web,\n"
                        "k3,Newsletter,2026-03-01T10:01:00Z,email,platinum\n"
                        "k3,Signs up,2026-03-01T10:02:00Z,web,  \n"
                        "k4,WEB-1,2026-03-01T10:00:00Z,app,silver\n"
                        "k4,WEB-1,2026-03-01T10:00:00Z,web,gold\n";

bool runImport(const QByteArray &csv, const Journey &journey, const EventMapping &mapping,
               ObservedJourney *out, EventProposal *proposal = nullptr)
{
    DataFile file;
    QString error;
    if (!file.setBytes(csv, &error)
        || !importEventLog(file, journey, mapping, out, &error, proposal)) {
        qWarning("import failed: %s", qPrintable(error));
        return false;
    }
    return true;
}

QList<ObservedChannel> channels(std::initializer_list<std::pair<const char *, qint64>> list)
{
    QList<ObservedChannel> out;
    for (const auto &[value, visits] : list)
        out.append({QLatin1String(value), visits});
    return out;
}

QJsonObject analysisJson(const ObservedJourney &o)
{
    return QJsonDocument::fromJson(observedJson(o).toJson()).object();
}

} // namespace

class TestEventsSegments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void channelMixAndSegments();
    void absentWithoutTheColumns();
    void sameInThreads();
    void storedAndReobserved();
};

void TestEventsSegments::channelMixAndSegments()
{
    ObservedJourney o;
    EventProposal p;
    QVERIFY(runImport(kLog, plan(), {}, &o, &p));
    // Found by their names.
    QCOMPARE(p.mapping.channel, QStringLiteral("channel"));
    QCOMPARE(p.mapping.segment, QStringLiteral("segment"));
    QCOMPARE(o.channelColumn, QStringLiteral("channel"));
    QCOMPARE(o.segmentColumn, QStringLiteral("segment"));
    QCOMPARE(o.cases, 4);
    QCOMPARE(o.reachedGoal, 2);
    QCOMPARE(o.conformant, 1);

    // Most cases first, ties by value.
    const QList<ObservedSegment> expected{{QStringLiteral("bronze"), 1, 1, 0},
                                          {QStringLiteral("gold"), 1, 1, 1},
                                          {QStringLiteral("silver"), 1, 0, 0}};
    QCOMPARE(o.segments, expected);

    QCOMPARE(o.step(u"a")->visits, 5);
    QCOMPARE(o.step(u"a")->channels, channels({{"web", 4}, {"app", 1}}));
    QCOMPARE(o.step(u"b")->channels, channels({{"web", 2}, {"app", 1}}));
    QCOMPARE(o.step(u"c")->channels, channels({{"app", 1}}));
    // d: two visits, one without a channel value.
    QCOMPARE(o.step(u"d")->visits, 2);
    QCOMPARE(o.step(u"d")->channels, channels({{"phone", 1}}));

    // In `analyze --json`: observed.segments and steps[id].channels.
    const QJsonObject json = analysisJson(o);
    const QJsonObject segments = json[u"segments"].toObject();
    QCOMPARE(segments.keys(), (QStringList{QStringLiteral("bronze"), QStringLiteral("gold"),
                                           QStringLiteral("silver")}));
    QCOMPARE(segments[u"gold"][u"cases"].toInt(), 1);
    QCOMPARE(segments[u"gold"][u"reachedGoal"].toInt(), 1);
    QCOMPARE(segments[u"gold"][u"conformant"].toInt(), 1);
    QCOMPARE(segments[u"bronze"][u"conformant"].toInt(), 0);
    QCOMPARE(segments[u"silver"][u"reachedGoal"].toInt(), 0);
    const QJsonObject a = json[u"steps"][u"a"][u"channels"].toObject();
    QCOMPARE(a.size(), 2);
    QCOMPARE(a[u"web"].toInt(), 4);
    QCOMPARE(a[u"app"].toInt(), 1);
    // Most visits first in the text too.
    const QByteArray text = observedJson(o).toJson();
    QVERIFY2(text.indexOf("\"web\"") < text.indexOf("\"app\""), text.constData());

    // Named in the mapping: another column serves.
    EventMapping m;
    m.segment = QStringLiteral("channel");
    m.channel = QStringLiteral("segment");
    ObservedJourney swapped;
    QVERIFY(runImport(kLog, plan(), m, &swapped));
    QCOMPARE(swapped.segmentColumn, QStringLiteral("channel"));
    // k1 web, k2 web (its 10:00 event), k3 web, k4 app.
    QCOMPARE(swapped.segments.size(), 2);
    QCOMPARE(swapped.segments[0].value, QStringLiteral("web"));
    QCOMPARE(swapped.segments[0].cases, 3);
    // a: k1 gold, k2 bronze, k3 blank, k4 silver and gold.
    QCOMPARE(swapped.step(u"a")->channels, channels({{"gold", 2}, {"bronze", 1}, {"silver", 1}}));
}

void TestEventsSegments::absentWithoutTheColumns()
{
    // No such column: the keys are absent.
    ObservedJourney o;
    QVERIFY(runImport("case_id,activity,time\nk1,WEB-1,2026-03-01T10:00:00Z\n"
                      "k1,SU,2026-03-01T10:01:00Z\n",
                      plan(), {}, &o));
    QVERIFY(o.channelColumn.isEmpty() && o.segmentColumn.isEmpty());
    QVERIFY(o.segments.isEmpty());
    QJsonObject json = analysisJson(o);
    QVERIFY(!json.contains(u"segments"));
    QVERIFY(json[u"steps"][u"a"].toObject().contains(u"visits"));
    QVERIFY(!json[u"steps"][u"a"].toObject().contains(u"channels"));

    // Left out on purpose ("channel": "" in the mapping): the same, although
    // the header names them.
    EventMapping none;
    QStringList warnings;
    QString error;
    QVERIFY(eventMappingFromJson(R"({"channel": "", "segment": ""})", &none, &warnings, &error));
    QVERIFY(none.withoutChannel && none.withoutSegment);
    EventProposal p;
    QVERIFY(runImport(kLog, plan(), none, &o, &p));
    QCOMPARE(p.spec.columns.channel, -1);
    QCOMPARE(p.spec.columns.segment, -1);
    QVERIFY(o.segments.isEmpty() && o.step(u"a")->channels.isEmpty());
    json = analysisJson(o);
    QVERIFY(!json.contains(u"segments"));
    QVERIFY(!json[u"steps"][u"a"].toObject().contains(u"channels"));
    // Said back the same way ("Columns:" of the command line).
    const QJsonObject said = QJsonDocument::fromJson(eventMappingToJson(p.mapping)).object();
    QCOMPARE(said[u"channel"].toString(QStringLiteral("missing")), QString());
    QCOMPARE(said[u"segment"].toString(QStringLiteral("missing")), QString());

    // Mapped, but every value blank: present and empty.
    ObservedJourney blank;
    QVERIFY(runImport("case_id,activity,time,channel,segment\n"
                      "k1,WEB-1,2026-03-01T10:00:00Z,,\nk1,SU,2026-03-01T10:01:00Z, ,\n",
                      plan(), {}, &blank));
    json = analysisJson(blank);
    QVERIFY(json.contains(u"segments"));
    QVERIFY(json[u"segments"].toObject().isEmpty());
    QVERIFY(json[u"steps"][u"a"][u"channels"].toObject().isEmpty());
}

void TestEventsSegments::sameInThreads()
{
    // Cases spread over the whole file, so that each one has events in
    // every thread's share; the segment changes along a case and its first
    // two events share a time, so the value depends on time and file order
    // across the shares.
    QByteArray csv = "case,activity,time,channel,segment\n";
    const char *acts[] = {"WEB-1", "SU", "Checks out", "PAY", "CALL", "Newsletter"};
    const char *chans[] = {"web", "app", "", " store", "phone"};
    for (int i = 0; i < 60000; ++i) {
        const int c = i % 3000;
        const int round = i / 3000;
        // Round 0 and 1 at the same second; later rounds earlier or later.
        const int second = round < 2 ? 0 : ((round * 7) % 11) - 5;
        const QByteArray segment
                = round % 4 == 3 ? QByteArray() : "s" + QByteArray::number((c + round) % 7);
        csv += "c" + QByteArray::number(c) + ',' + acts[(c + round) % 6] + ','
               + QByteArray::number(1773570151 + c * 100 + second) + ','
               + chans[(c * 3 + round) % 5] + ',' + segment + '\n';
    }
    const Journey j = plan();
    DataFile file;
    QString error;
    QVERIFY(file.setBytes(csv, &error));
    ObservedJourney whole;
    EventProposal p;
    QVERIFY2(importEventLog(file, j, {}, &whole, &error, &p), qPrintable(error));
    const StepMatcher matcher(j, StepMatch::Auto);
    EventTable one, four;
    p.spec.threads = 1;
    QVERIFY(readEvents(file, p.spec, matcher, &one, &error));
    p.spec.threads = 4;
    QVERIFY(readEvents(file, p.spec, matcher, &four, &error));
    QCOMPARE(four.caseCount, one.caseCount);
    ObservedJourney a = observe(j, summarizePaths(one, int(j.steps.size()), 1));
    ObservedJourney b = observe(j, summarizePaths(four, int(j.steps.size()), 4));
    QVERIFY(a.segments.size() == 7);
    QCOMPARE(a.segments, b.segments);
    QCOMPARE(a.steps, b.steps);
    QCOMPARE(a.paths, b.paths);

    // By hand: each case's first event in time (round 0 before round 1 at
    // the same second; rounds 2+ at (round * 7) % 11 - 5 seconds).
    QHash<QString, qint64> byHand;
    for (int c = 0; c < 3000; ++c) {
        int best = -1, bestSecond = 0;
        for (int round = 0; round < 20; ++round) {
            const int act = (c + round) % 6;
            if (act == 5 || round % 4 == 3) // Newsletter names no step; blank segment
                continue;
            const int second = round < 2 ? 0 : ((round * 7) % 11) - 5;
            if (best < 0 || second < bestSecond) {
                best = round;
                bestSecond = second;
            }
        }
        if (best >= 0)
            ++byHand[QStringLiteral("s%1").arg((c + best) % 7)];
    }
    qint64 total = 0;
    for (const ObservedSegment &g : a.segments) {
        QCOMPARE(g.cases, byHand.value(g.value));
        total += g.cases;
    }
    QVERIFY(total > 2900);
    // Channel visits add up to the visits with a value.
    qint64 visits = 0, withChannel = 0;
    for (const ObservedStep &s : a.steps) {
        visits += s.visits;
        for (const ObservedChannel &ch : s.channels)
            withChannel += ch.visits;
    }
    QCOMPARE(visits, a.events);
    qint64 byHandChannel = 0;
    for (int i = 0; i < 60000; ++i) {
        const int c = i % 3000, round = i / 3000;
        byHandChannel += (c + round) % 6 != 5 && (c * 3 + round) % 5 != 2;
    }
    QCOMPARE(withChannel, byHandChannel);
    bool store = false; // " store", trimmed
    for (const ObservedStep &s : a.steps) {
        for (const ObservedChannel &ch : s.channels)
            store = store || ch.value == QLatin1String("store");
    }
    QVERIFY(store);
    QCOMPARE(whole.segments, a.segments);
}

void TestEventsSegments::storedAndReobserved()
{
    ObservedJourney o;
    QVERIFY(runImport(kLog, plan(), {}, &o));
    ObservedJourney back;
    QString error;
    QVERIFY2(observedFromStorage(observedToStorage(o), &back, &error), qPrintable(error));
    QCOMPARE(back, o);
    QVERIFY(!back.paths.segmentData.isEmpty());

    // b -> d planned now: k2 conforms, and so "bronze"; the same as a fresh
    // import against the changed map.
    Journey changed = plan();
    Link bd;
    bd.id = QStringLiteral("bd");
    bd.from = QStringLiteral("b");
    bd.to = QStringLiteral("d");
    changed.links.append(bd);
    ObservedJourney refreshed = back;
    refreshPlanned(&refreshed, changed);
    ObservedJourney fresh;
    QVERIFY(runImport(kLog, changed, {}, &fresh));
    QCOMPARE(refreshed.segments, fresh.segments);
    QCOMPARE(refreshed.segments[0].value, QStringLiteral("bronze"));
    QCOMPARE(refreshed.segments[0].conformant, 1);
    QCOMPARE(refreshed.steps, fresh.steps);

    // c deleted: k1 becomes a b d; its channel mix elsewhere stays.
    Journey smaller = plan();
    smaller.steps.removeAt(smaller.stepIndex(u"c"));
    smaller.links.removeIf([](const Link &l) { return l.from == u"c" || l.to == u"c"; });
    refreshed = back;
    refreshPlanned(&refreshed, smaller);
    QVERIFY2(runImport(kLog, smaller, {}, &fresh), "fresh import");
    QCOMPARE(refreshed.segments, fresh.segments);
    QVERIFY(!refreshed.step(u"c"));
    QCOMPARE(refreshed.step(u"a")->channels, fresh.step(u"a")->channels);
    QCOMPARE(refreshed.step(u"d")->channels, fresh.step(u"d")->channels);
}

QTEST_GUILESS_MAIN(TestEventsSegments)
#include "tst_events_segments.moc"
