// The PostgreSQL source of the event-log import, against a real server the
// test starts itself (tests/support/pgserver): the server's window functions
// must give exactly what the CSV path gives on the same events.

#include "../support/pgserver.h"

#include "events/eventimport.h"
#include "events/pgsource.h"
#include "metrics/datafile.h"
#include "model/journey.h"
#include "pg/pgconnection.h"

#include <QFile>
#include <QTest>

#include <random>

using namespace waymark;
using namespace waymark::events;

namespace {

Journey plan()
{
    Journey j;
    j.id = QStringLiteral("j1");
    j.name = QStringLiteral("Buy");
    j.stages = {{QStringLiteral("s1"), QStringLiteral("Stage"), {}}};
    j.lanes = {{QStringLiteral("l1"), QStringLiteral("Customer"), LaneKind::Customer}};
    const char *ids[] = {"a", "b", "c", "d", "x"};
    const char *titles[] = {"Visits the site", "Signs up", "Checks out", "Pays", "Calls support"};
    const char *keys[] = {"WEB-1", "SU", "", "PAY", "CALL"};
    for (int i = 0; i < 5; ++i) {
        Step s;
        s.id = QLatin1String(ids[i]);
        s.stage = QStringLiteral("s1");
        s.lane = QStringLiteral("l1");
        s.title = QLatin1String(titles[i]);
        s.key = QLatin1String(keys[i]);
        j.steps.append(s);
    }
    j.steps[0].entry = true;
    j.steps[3].goal = true;
    j.links = {{QStringLiteral("ab"),
                QStringLiteral("a"),
                QStringLiteral("b"),
                LinkKind::Flow,
                {},
                std::nullopt,
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

// The same rows as CSV and as an INSERT, in the same order.
struct Log
{
    QByteArray csv = "case_id,activity,time\n";
    QByteArray insert;
    void add(const QByteArray &caseId, const QByteArray &activity, const QByteArray &time)
    {
        csv += caseId + ',' + activity + ',' + time + '\n';
        insert += QByteArray(insert.isEmpty() ? "" : ",") + "('" + caseId + "','" + activity + "','"
                  + time + "')";
    }
};

Log makeLog(int cases)
{
    Log log;
    std::mt19937 random(11);
    const char *acts[] = {"WEB-1", "Signs up", "checks  OUT", "PAY", "CALL", "Newsletter"};
    for (int c = 0; c < cases; ++c) {
        const int n = 1 + int(random() % 6);
        for (int e = 0; e < n; ++e) {
            // Minutes that repeat on purpose: ties must keep the row order.
            const int minute = int(random() % 8);
            const bool offset = random() % 2;
            const QByteArray time
                    = offset ? QByteArray("2026-03-01T1") + QByteArray::number(1 + minute % 2)
                                       + ":0" + QByteArray::number(minute) + ":00+01:00"
                             : QByteArray("2026-03-01T10:0") + QByteArray::number(minute) + ":00Z";
            log.add("k" + QByteArray::number(c), acts[random() % 6], time);
        }
    }
    return log;
}

ObservedJourney fromCsv(const QByteArray &csv)
{
    DataFile file;
    QString error;
    ObservedJourney o;
    if (!file.setBytes(csv, &error) || !importEventLog(file, plan(), {}, &o, &error))
        qWarning("csv: %s", qPrintable(error));
    return o;
}

void normalise(ObservedJourney *o)
{
    o->source.clear();
    o->importedAt = {};
}

} // namespace

class TestEventsPg : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAsCsv();
    void unixSecondsAndMapping();
    void textTimes_data();
    void textTimes();
    void channelsAndSegments();
    void errors();
    void cleanupTestCase();

private:
    bool sql(const QByteArray &statement);
    test::PgServer m_server;
};

bool TestEventsPg::sql(const QByteArray &statement)
{
    QString error;
    auto db = pg::Connection::open(m_server.uri(QStringLiteral("postgres")), &error);
    if (!db || !db->execScript(QString::fromUtf8(statement), &error)) {
        qWarning("sql: %s", qPrintable(error));
        return false;
    }
    return true;
}

void TestEventsPg::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestEventsPg::cleanupTestCase()
{
    m_server.stop(nullptr);
}

void TestEventsPg::sameAsCsv()
{
    const Log log = makeLog(400);
    QVERIFY(sql("CREATE TABLE events(case_id text, activity text, time timestamptz)"));
    QVERIFY(sql("INSERT INTO events VALUES " + log.insert));
    ObservedJourney pg;
    QString error;
    double seconds = 0;
    QVERIFY2(importFromPostgres(m_server.uri(QStringLiteral("postgres")),
                                QStringLiteral("SELECT * FROM events"), plan(), {}, &pg, &error,
                                nullptr, &seconds),
             qPrintable(error));
    ObservedJourney csv = fromCsv(log.csv);
    QVERIFY(csv.cases > 300);
    QVERIFY(csv.unmatchedEvents > 0);
    QVERIFY(csv.deviations.skipped > 0 && csv.deviations.backtrack > 0
            && csv.deviations.repeated > 0 && csv.deviations.adHoc > 0);
    QVERIFY(pg.source.startsWith(QLatin1String("postgresql://")));
    normalise(&pg);
    normalise(&csv);
    QCOMPARE(pg.transitions, csv.transitions);
    QCOMPARE(pg.steps, csv.steps);
    QCOMPARE(pg.variants, csv.variants);
    QCOMPARE(pg, csv);
}

void TestEventsPg::unixSecondsAndMapping()
{
    QVERIFY(sql("CREATE TABLE clicks(who int, what text, at bigint)"));
    QVERIFY(sql("INSERT INTO clicks VALUES (1, 'PAY', 1773570300), (1, 'WEB-1', 1773570151), "
                "(2, 'WEB-1', 1773570151)"));
    EventMapping m;
    m.caseId = QStringLiteral("who");
    m.activity = QStringLiteral("what");
    m.time = QStringLiteral("at");
    ObservedJourney pg;
    QString error;
    QVERIFY2(importFromPostgres(m_server.uri(QStringLiteral("postgres")),
                                QStringLiteral("SELECT * FROM clicks"), plan(), m, &pg, &error),
             qPrintable(error));
    const ObservedJourney csv = fromCsv("case,activity,time\n1,PAY,1773570300\n"
                                        "1,WEB-1,1773570151\n2,WEB-1,1773570151\n");
    QCOMPARE(pg.cases, 2);
    QCOMPARE(pg.variants.size(), 2); // a alone, and a then d (ordered by the time, not the row)
    QCOMPARE(pg.variants.last().steps, (QStringList{QStringLiteral("a"), QStringLiteral("d")}));
    QCOMPARE(pg.variants, csv.variants);
    QCOMPARE(pg.steps, csv.steps);
    QCOMPARE(pg.deviations, csv.deviations);
}

void TestEventsPg::textTimes_data()
{
    // Times stored as text read as the CSV path reads them, whatever the
    // server's DateStyle; rows without a case or an activity reported alike.
    QTest::addColumn<QList<QByteArray>>("times");
    QTest::addColumn<QString>("timeFormat"); // empty: decided from the values
    QTest::addRow("dmy") << QList<QByteArray>{"03.04.2026 10:00", "05.03.2026 10:00",
                                              "13.03.2026 10:00", "14.03.2026 10:00"}
                         << QString();
    QTest::addRow("dmy given") << QList<QByteArray>{"03.04.2026 10:00", "05.03.2026 10:00",
                                                    "03.03.2026 10:00", "04.03.2026 10:00"}
                               << QStringLiteral("dmy");
    // No value tells: read day first, and both paths say so.
    QTest::addRow("dmy undecided") << QList<QByteArray>{"03.04.2026 10:00", "05.03.2026 10:00",
                                                        "03.03.2026 10:00", "04.03.2026 10:00"}
                                   << QString();
    QTest::addRow("mdy") << QList<QByteArray>{"03/12/2026 11:00 PM", "04/01/2026 09:00 AM",
                                              "03/13/2026 9:00 AM", "03/13/2026 9:30 AM"}
                         << QString();
    QTest::addRow("iso with offsets")
            << QList<QByteArray>{"2026-03-01T10:00:00+01:00", "2026-03-01 09:30:00Z",
                                 "2026-03-01T09:45:00.500-00:30", "2026-03-01T10:15:00+05:30"}
            << QString();
    QTest::addRow("unix seconds") << QList<QByteArray>{"1773570300", "1773570151", "1773570152",
                                                       "1773570151.5"}
                                  << QString();
}

void TestEventsPg::textTimes()
{
    QFETCH(QList<QByteArray>, times);
    QFETCH(QString, timeFormat);
    static int table = 0;
    const QByteArray name = "texttimes" + QByteArray::number(++table);
    Log log;
    log.add("k1", "WEB-1", times[0]);
    log.add("k1", "SU", times[1]);
    log.add("k2", "WEB-1", times[2]);
    log.add("k2", "PAY", times[3]);
    log.add("", "SU", times[1]); // no case: dropped and counted
    log.add("k3", "", times[2]); // no activity
    QVERIFY(sql("CREATE TABLE " + name + "(case_id text, activity text, time text)"));
    QVERIFY(sql("INSERT INTO " + name + " VALUES " + log.insert));
    EventMapping m;
    if (!timeFormat.isEmpty())
        m.timeFormat = timeFormatFromName(timeFormat);
    ObservedJourney pg;
    QString error;
    EventProposal pgUsed, csvUsed;
    // A closing ";" is not the subquery's business.
    QVERIFY2(importFromPostgres(m_server.uri(QStringLiteral("postgres")),
                                QStringLiteral("SELECT * FROM %1 ;").arg(QLatin1String(name)),
                                plan(), m, &pg, &error, &pgUsed),
             qPrintable(error));
    DataFile file;
    ObservedJourney csv;
    QVERIFY(file.setBytes(log.csv, &error));
    QVERIFY2(importEventLog(file, plan(), m, &csv, &error, &csvUsed), qPrintable(error));
    // The columns used and what was assumed, said alike.
    QCOMPARE(eventMappingToJson(pgUsed.mapping), eventMappingToJson(csvUsed.mapping));
    QCOMPARE(pgUsed.warnings, csvUsed.warnings);
    QCOMPARE(csvUsed.warnings.size(), QTest::currentDataTag() == QByteArray("dmy undecided"));
    QCOMPARE(csv.cases, 2);
    QCOMPARE(csv.unmatchedEvents, 2);
    normalise(&pg);
    normalise(&csv);
    QCOMPARE(pg.variants, csv.variants);
    QCOMPARE(pg.steps, csv.steps);
    QCOMPARE(pg.unmatched, csv.unmatched);
    QCOMPARE(pg, csv);
}

// The channel mix and the segments, computed by the server: the same as
// the CSV path's, blanks, spaces around values, NULLs and ties included.
void TestEventsPg::channelsAndSegments()
{
    QByteArray csv = "case_id,activity,time,channel,segment\n";
    QByteArray insert;
    std::mt19937 random(7);
    const char *acts[] = {"WEB-1", "Signs up", "checks  OUT", "PAY", "CALL", "Newsletter"};
    // NULL only in the table; in the CSV an empty field.
    const char *values[] = {"web", " app", "store ", "", "  ", "NULL"};
    const char *segments[] = {"new", "returning", " business", "", "NULL", "vip"};
    auto sqlValue = [](const char *v) {
        return QByteArray(v) == "NULL" ? QByteArray("NULL") : "'" + QByteArray(v) + "'";
    };
    auto csvValue = [](const char *v) {
        return QByteArray(v) == "NULL" ? QByteArray() : QByteArray(v);
    };
    for (int c = 0; c < 300; ++c) {
        const int n = 1 + int(random() % 6);
        for (int e = 0; e < n; ++e) {
            const int minute = int(random() % 5); // ties on purpose
            const QByteArray time = "2026-03-01T10:0" + QByteArray::number(minute) + ":00Z";
            const char *act = acts[random() % 6];
            const char *channel = values[random() % 6];
            const char *segment = segments[random() % 6];
            const QByteArray id = "k" + QByteArray::number(c);
            csv += id + ',' + act + ',' + time + ',' + csvValue(channel) + ',' + csvValue(segment)
                   + '\n';
            insert += QByteArray(insert.isEmpty() ? "" : ",") + "('" + id + "','" + act + "','"
                      + time + "'," + sqlValue(channel) + ',' + sqlValue(segment) + ')';
        }
    }
    QVERIFY(sql("CREATE TABLE rich(case_id text, activity text, time timestamptz, channel text, "
                "segment text)"));
    QVERIFY(sql("INSERT INTO rich VALUES " + insert));
    ObservedJourney pg;
    QString error;
    EventProposal used;
    QVERIFY2(importFromPostgres(m_server.uri(QStringLiteral("postgres")),
                                QStringLiteral("SELECT * FROM rich"), plan(), {}, &pg, &error,
                                &used),
             qPrintable(error));
    QCOMPARE(used.mapping.channel, QStringLiteral("channel"));
    QCOMPARE(used.mapping.segment, QStringLiteral("segment"));
    ObservedJourney fromFile = fromCsv(csv);
    QCOMPARE(fromFile.segmentColumn, QStringLiteral("segment"));
    QVERIFY(fromFile.segments.size() == 4); // new, returning, business, vip
    QVERIFY(fromFile.step(u"a")->channels.size() == 3);
    QCOMPARE(fromFile.step(u"a")->channels[0].value.trimmed(),
             fromFile.step(u"a")->channels[0].value);
    normalise(&pg);
    normalise(&fromFile);
    QCOMPARE(pg.segments, fromFile.segments);
    QCOMPARE(pg.steps, fromFile.steps);
    QCOMPARE(pg.paths, fromFile.paths);
    QCOMPARE(pg, fromFile);

    // Left out, or another column named: the same again.
    for (const QByteArray &json : {QByteArray(R"({"channel": "", "segment": ""})"),
                                   QByteArray(R"({"channel": "segment", "segment": "channel"})")}) {
        EventMapping m;
        QStringList warnings;
        QVERIFY(eventMappingFromJson(json, &m, &warnings, &error));
        ObservedJourney a, b;
        QVERIFY2(importFromPostgres(m_server.uri(QStringLiteral("postgres")),
                                    QStringLiteral("SELECT * FROM rich"), plan(), m, &a, &error),
                 qPrintable(error));
        DataFile file;
        QVERIFY(file.setBytes(csv, &error));
        QVERIFY2(importEventLog(file, plan(), m, &b, &error), qPrintable(error));
        normalise(&a);
        normalise(&b);
        QCOMPARE(a, b);
        QCOMPARE(a.segments.isEmpty(), m.withoutSegment);
    }
    // A named column the query does not return: one line.
    EventMapping wrong;
    wrong.segment = QStringLiteral("tier");
    QVERIFY(!importFromPostgres(m_server.uri(QStringLiteral("postgres")),
                                QStringLiteral("SELECT * FROM rich"), plan(), wrong, &pg, &error));
    QVERIFY2(error.contains(QLatin1String("\"tier\"")) && !error.contains(u'\n'),
             qPrintable(error));
}

void TestEventsPg::errors()
{
    ObservedJourney o;
    QString error;
    QVERIFY(!importFromPostgres(m_server.uri(QStringLiteral("postgres")),
                                QStringLiteral("SELECT nonsense FROM nowhere"), plan(), {}, &o,
                                &error));
    QVERIFY2(error.contains(QLatin1String("nowhere")) && !error.contains(u'\n'), qPrintable(error));
    QVERIFY(!importFromPostgres(m_server.uri(QStringLiteral("postgres")),
                                QStringLiteral("SELECT 1 AS one"), plan(), {}, &o, &error));
    QVERIFY2(error.contains(QLatin1String("case id, activity and time")), qPrintable(error));
    QVERIFY(!importFromPostgres(QStringLiteral("postgresql://postgres@/db?host=/nonexistent"),
                                QStringLiteral("SELECT 1"), plan(), {}, &o, &error));
    QVERIFY2(error.startsWith(QLatin1String("cannot connect")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestEventsPg)
#include "tst_events_pg.moc"
