// The event-log import: hand-built logs whose answers are known.

#include "eventplan.h"
#include "events/eventimport.h"
#include "events/eventlog.h"
#include "events/observedjson.h"
#include "events/timestamp.h"
#include "metrics/datafile.h"
#include "model/journey.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace waymark;
using namespace waymark::events;

namespace {

Journey plan()
{
    return test::eventPlan();
}

bool runImport(const QByteArray &csv, const Journey &journey, ObservedJourney *out, QString *error,
               const EventMapping &mapping = {})
{
    DataFile file;
    if (!file.setBytes(csv, error))
        return false;
    return importEventLog(file, journey, mapping, out, error);
}

// The whole CSV path on `csv`, with the proposal it made.
bool importWithProposal(const QByteArray &csv, ObservedJourney *o, EventProposal *proposal,
                        QString *error)
{
    DataFile file;
    return file.setBytes(csv, error) && importEventLog(file, plan(), {}, o, error, proposal);
}

ObservedJourney mustImport(const QByteArray &csv, const Journey &journey = plan())
{
    ObservedJourney o;
    QString error;
    if (!runImport(csv, journey, &o, &error))
        qWarning("import failed: %s", qPrintable(error));
    return o;
}

const ObservedTransition *transition(const ObservedJourney &o, const char *from, const char *to)
{
    for (const ObservedTransition &t : o.transitions) {
        if (t.from == QLatin1String(from) && t.to == QLatin1String(to))
            return &t;
    }
    return nullptr;
}

QStringList ids(const char *list)
{
    return QString::fromLatin1(list).split(u',', Qt::SkipEmptyParts);
}

// One row per event: case, activity (by key or title), minutes after 10:00.
QByteArray deviationLog(bool shuffled)
{
    struct Row
    {
        const char *caseId;
        const char *activity;
        int minute;
    };
    const std::vector<Row> rows = {
            {"c1", "WEB-1", 0},        {"c1", "Signs up", 10},    {"c1", "Newsletter", 15},
            {"c1", "checks  OUT", 40}, {"c1", "PAY", 60},         {"c2", "WEB-1", 0},
            {"c2", "Checks out", 5},   {"c2", "Pays", 6},         {"c3", "WEB-1", 0},
            {"c3", "SU", 1},           {"c3", "Checks out", 2},   {"c3", "SU", 3},
            {"c3", "Checks out", 4},   {"c3", "PAY", 5},          {"c4", "WEB-1", 0},
            {"c4", "SU", 1},           {"c4", "SU", 2},           {"c4", "Checks out", 3},
            {"c4", "PAY", 4},          {"c5", "WEB-1", 0},        {"c5", "CALL", 1},
            {"c5", "SU", 2},           {"c5", "Checks out", 3},   {"c5", "PAY", 4},
            {"c6", "WEB-1", 0},        {"c6", "SU", 30},          {"c7", "WEB-1", 0},
            {"c8", "Newsletter", 0},   {"c8", "Unsubscribes", 1},
    };
    std::vector<Row> order = rows;
    if (shuffled) {
        std::mt19937 random(7);
        std::shuffle(order.begin(), order.end(), random);
    }
    QByteArray csv = "case_id,activity,timestamp\n";
    for (const Row &r : order) {
        csv += QByteArray(r.caseId) + ',' + r.activity + ','
               + QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC)
                         .addSecs(r.minute * 60)
                         .toString(Qt::ISODate)
                         .toLatin1()
               + '\n';
    }
    return csv;
}

} // namespace

class TestEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamps_data();
    void timestamps();
    void everyDeviation_data();
    void everyDeviation();
    void tiesKeepFileOrder();
    void timesFarApart();
    void timeZonesOrderByInstant();
    void unixSecondsAndLocalTimes();
    void dayMonthOrderFromTheWholeFile();
    void blankCaseAndActivity();
    void durations();
    void caseOfOneEvent();
    void proposalFromNamesAndValues();
    void proposalInOtherLanguages_data();
    void proposalInOtherLanguages();
    void mappingNamesColumns();
    void badLogs_data();
    void badLogs();
    void storageRoundTrip();
    void bigLogInThreads();
    void quotedLineBreaksInThreads();
};

void TestEvents::timestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("utc"); // empty: does not parse
    const int iso = int(TimeFormat::Iso), dmy = int(TimeFormat::DayMonthYear),
              mdy = int(TimeFormat::MonthDayYear), unix = int(TimeFormat::UnixSeconds);
    QTest::newRow("Z") << QByteArray("2026-03-15T10:22:31Z") << iso
                       << QStringLiteral("2026-03-15T10:22:31.000Z");
    QTest::newRow("offset") << QByteArray("2026-03-15T10:22:31+02:00") << iso
                            << QStringLiteral("2026-03-15T08:22:31.000Z");
    QTest::newRow("negative offset") << QByteArray("2026-03-15T22:00:00-0500") << iso
                                     << QStringLiteral("2026-03-16T03:00:00.000Z");
    QTest::newRow("fraction") << QByteArray("2026-03-15 10:22:31.25") << iso
                              << QStringLiteral("2026-03-15T10:22:31.250Z");
    QTest::newRow("no seconds") << QByteArray("2026/3/5 7:05") << iso
                                << QStringLiteral("2026-03-05T07:05:00.000Z");
    QTest::newRow("date only") << QByteArray("2026-03-15") << iso
                               << QStringLiteral("2026-03-15T00:00:00.000Z");
    QTest::newRow("leap day") << QByteArray("2028-02-29T00:00:00Z") << iso
                              << QStringLiteral("2028-02-29T00:00:00.000Z");
    QTest::newRow("not a leap day") << QByteArray("2026-02-29T00:00:00Z") << iso << QString();
    // The 20-character form has a short way (canonicalIsoUtc): the same answers.
    QTest::newRow("Z with a space") << QByteArray("2026-03-15 10:22:31Z") << iso
                                    << QStringLiteral("2026-03-15T10:22:31.000Z");
    QTest::newRow("leap second") << QByteArray("2026-06-30T23:59:60Z") << iso
                                 << QStringLiteral("2026-07-01T00:00:00.000Z");
    QTest::newRow("year 1") << QByteArray("0001-01-01T00:00:00Z") << iso
                            << QStringLiteral("0001-01-01T00:00:00.000Z");
    QTest::newRow("month 13 Z") << QByteArray("2026-13-15T10:22:31Z") << iso << QString();
    QTest::newRow("hour 24 Z") << QByteArray("2026-03-15T24:00:00Z") << iso << QString();
    QTest::newRow("letter in Z form") << QByteArray("2026-03-1xT10:22:31Z") << iso << QString();
    QTest::newRow("dmy") << QByteArray("15.03.2026 10:22:31") << dmy
                         << QStringLiteral("2026-03-15T10:22:31.000Z");
    QTest::newRow("mdy pm") << QByteArray("03/15/2026 10:22:31 PM") << mdy
                            << QStringLiteral("2026-03-15T22:22:31.000Z");
    QTest::newRow("mdy 12 am") << QByteArray("03/15/2026 12:05 AM") << mdy
                               << QStringLiteral("2026-03-15T00:05:00.000Z");
    QTest::newRow("unix") << QByteArray("1773570151") << unix
                          << QStringLiteral("2026-03-15T10:22:31.000Z");
    QTest::newRow("unix fraction")
            << QByteArray(" 1773570151.5 ") << unix << QStringLiteral("2026-03-15T10:22:31.500Z");
    QTest::newRow("words") << QByteArray("yesterday") << iso << QString();
    QTest::newRow("trailing text") << QByteArray("2026-03-15T10:22:31Zx") << iso << QString();
    QTest::newRow("hour 25") << QByteArray("2026-03-15 25:00") << iso << QString();
    QTest::newRow("month 13") << QByteArray("13/13/2026") << mdy << QString();
}

void TestEvents::timestamps()
{
    QFETCH(QByteArray, text);
    QFETCH(int, format);
    QFETCH(QString, utc);
    const auto ms = parseTimestamp(std::string_view(text.constData(), size_t(text.size())),
                                   TimeFormat(format));
    // The same when read right after a row of the same day (TimestampReader
    // keeps the day of the common form), and after a row of another day.
    for (const QByteArray &before :
         {text.left(11) + "00:00:00Z", QByteArray("1999-12-31T23:59:59Z")}) {
        TimestampReader reader{TimeFormat(format)};
        (void)reader.read(std::string_view(before.constData(), size_t(before.size())));
        QVERIFY2(reader.read(std::string_view(text.constData(), size_t(text.size()))) == ms,
                 before.constData());
    }
    if (utc.isEmpty()) {
        QVERIFY(!ms);
        return;
    }
    QVERIFY(ms);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs), utc);
}

void TestEvents::everyDeviation_data()
{
    QTest::addColumn<bool>("shuffled");
    QTest::newRow("file in order") << false;
    QTest::newRow("rows shuffled") << true;
}

void TestEvents::everyDeviation()
{
    QFETCH(bool, shuffled);
    const ObservedJourney o = mustImport(deviationLog(shuffled));
    QCOMPARE(o.rows, 29);
    QCOMPARE(o.cases, 7); // c8 matched nothing
    QCOMPARE(o.events, 26);
    QCOMPARE(o.unmatchedEvents, 3);
    QCOMPARE(o.unmatched.size(), 2);
    QCOMPARE(o.unmatched[0].activity, QStringLiteral("Newsletter"));
    QCOMPARE(o.unmatched[0].events, 2);
    QCOMPARE(o.unmatched[1].activity, QStringLiteral("Unsubscribes"));
    QCOMPARE(o.reachedGoal, 5);
    QCOMPARE(o.conformant, 1);
    QCOMPARE(o.deviations.skipped, 1);
    QCOMPARE(o.deviations.backtrack, 1);
    QCOMPARE(o.deviations.adHoc, 1);
    QCOMPARE(o.deviations.repeated, 1);
    QCOMPARE(o.deviations.incomplete, 2);

    const ObservedTransition *ab = transition(o, "a", "b");
    QVERIFY(ab);
    QCOMPARE(ab->count, 4);
    QCOMPARE(ab->cases, 4);
    QVERIFY(ab->planned);
    QCOMPARE(ab->link, QStringLiteral("ab"));
    QCOMPARE(ab->share, 4.0 / 7.0);
    const ObservedTransition *bc = transition(o, "b", "c");
    QVERIFY(bc);
    QCOMPARE(bc->count, 5);
    QCOMPARE(bc->cases, 4);
    QCOMPARE(bc->share, 5.0 / 7.0);
    const ObservedTransition *cb = transition(o, "c", "b");
    QVERIFY(cb && !cb->planned && cb->link.isEmpty() && cb->count == 1);
    QVERIFY(transition(o, "b", "b") && transition(o, "a", "c") && transition(o, "a", "x")
            && transition(o, "x", "b"));
    QCOMPARE(transition(o, "c", "d")->count, 5);
    QCOMPARE(o.transitions.first().count, 5); // most frequent first
    QCOMPARE(o.transitions.size(), 8);

    QCOMPARE(o.variantCount, 7);
    QCOMPARE(o.variants.size(), 7);
    int conformantVariants = 0;
    for (const ObservedVariant &v : o.variants) {
        QCOMPARE(v.cases, 1);
        if (v.conformant) {
            ++conformantVariants;
            QCOMPARE(v.steps, ids("a,b,c,d"));
        }
    }
    QCOMPARE(conformantVariants, 1);

    const ObservedStep *a = o.step(u"a");
    const ObservedStep *b = o.step(u"b");
    QVERIFY(a && b);
    QCOMPARE(a->visits, 7);
    QCOMPARE(a->cases, 7);
    QCOMPARE(a->dropOff, 1); // c7
    QCOMPARE(b->visits, 7);
    QCOMPARE(b->cases, 5);
    QCOMPARE(b->dropOff, 1); // c6
    QCOMPARE(o.step(u"d")->dropOff, 0);
    QCOMPARE(o.steps.size(), 5);
    QCOMPARE(o.steps.first().id, QStringLiteral("a")); // journey order
}

void TestEvents::tiesKeepFileOrder()
{
    const ObservedJourney o = mustImport("case,activity,time\n"
                                         "t1,WEB-1,2026-03-01 10:00\n"
                                         "t1,Checks out,2026-03-01 10:05\n"
                                         "t1,SU,2026-03-01 10:05\n"
                                         "t2,SU,2026-03-01 10:05\n"
                                         "t2,WEB-1,2026-03-01 10:05\n");
    QCOMPARE(o.variants.size(), 2);
    QStringList paths;
    for (const ObservedVariant &v : o.variants)
        paths.append(v.steps.join(u','));
    paths.sort();
    QCOMPARE(paths, (QStringList{QStringLiteral("a,c,b"), QStringLiteral("b,a")}));
}

void TestEvents::timesFarApart()
{
    // Times more than 2^47 ms apart (year 100 to year 6000) cannot be packed
    // beside the step in 8 bytes: the same answers from the wide form, ties
    // in file order included.
    const ObservedJourney o = mustImport("case,activity,time\n"
                                         "f1,SU,6000-01-01T00:00:00Z\n"
                                         "f1,WEB-1,0100-01-01T00:00:00Z\n"
                                         "f2,WEB-1,2026-03-01T10:00:00Z\n"
                                         "f2,Checks out,2026-03-01T10:10:00Z\n"
                                         "f2,SU,2026-03-01T10:10:00Z\n");
    QStringList paths;
    for (const ObservedVariant &v : o.variants)
        paths.append(v.steps.join(u','));
    paths.sort();
    QCOMPARE(paths, (QStringList{QStringLiteral("a,b"), QStringLiteral("a,c,b")}));
    const ObservedStep *c = o.step(u"c");
    QVERIFY(c && c->medianMinutes);
    QCOMPARE(*c->medianMinutes, 0.0);
    const ObservedStep *a = o.step(u"a");
    QVERIFY(a && a->p90Minutes);
    // 10 min and 5,900 years: the 90th percentile is most of the way to the latter.
    QVERIFY(*a->p90Minutes > 2.7e9 && *a->p90Minutes < 2.9e9);
}

void TestEvents::timeZonesOrderByInstant()
{
    // As text, 10:00+02:00 sorts after 09:00Z; as instants it is an hour earlier.
    const ObservedJourney o = mustImport("case;activity;time\n"
                                         "z;SU;2026-03-01T09:00:00Z\n"
                                         "z;WEB-1;2026-03-01T10:00:00+02:00\n"
                                         "z;PAY;2026-03-01T04:30:00-05:00\n");
    QCOMPARE(o.variants.size(), 1);
    QCOMPARE(o.variants.first().steps, ids("a,b,d"));
    QCOMPARE(o.step(u"a")->medianMinutes, std::optional<double>(60.0));
    QCOMPARE(o.step(u"b")->medianMinutes, std::optional<double>(30.0));
    QCOMPARE(o.step(u"d")->medianMinutes, std::nullopt); // nothing after the last event
}

void TestEvents::unixSecondsAndLocalTimes()
{
    ObservedJourney o = mustImport("user,event,ts\n"
                                   "u1,PAY,1773570300\n"
                                   "u1,WEB-1,1773570151\n");
    QCOMPARE(o.variants.first().steps, ids("a,d"));
    QVERIFY(qAbs(*o.step(u"a")->medianMinutes - 149.0 / 60) < 1e-9);

    // Day-first, told by a day above 12.
    o = mustImport("user\tevent\twhen\n"
                   "u1\tPAY\t02/03/2026 09:00\n"
                   "u1\tWEB-1\t13/02/2026 09:00\n");
    QCOMPARE(o.variants.first().steps, ids("a,d"));
    QCOMPARE(o.step(u"a")->medianMinutes, std::optional<double>(17 * 24 * 60.0));
}

void TestEvents::dayMonthOrderFromTheWholeFile()
{
    // Month first, but no day above 12 in the rows the proposal sees: the
    // whole file decides (a later 03/13 is only month first).
    QByteArray us = "case_id,activity,timestamp\n";
    for (int i = 0; i < 1200; ++i) {
        const int day = i < 1100 ? 1 + i % 12 : 13;
        us += "u" + QByteArray::number(i) + ",WEB-1,03/"
              + QByteArray::number(day).rightJustified(2, '0') + "/2026 09:00\nu"
              + QByteArray::number(i) + ",SU,03/" + QByteArray::number(day).rightJustified(2, '0')
              + "/2026 10:00\n";
    }
    QString error;
    ObservedJourney o;
    EventProposal p;
    QVERIFY2(importWithProposal(us, &o, &p, &error), qPrintable(error));
    QCOMPARE(p.mapping.timeFormat, std::optional<TimeFormat>(TimeFormat::MonthDayYear));
    QCOMPARE(o.cases, 1200);
    QVERIFY(p.warnings.isEmpty());

    // Two rows that straddle a month, with AM/PM: month first, and said to
    // be assumed (no day above 12).
    QVERIFY2(importWithProposal("case_id,activity,timestamp\n"
                                "m1,WEB-1,03/12/2026 11:00 PM\n"
                                "m1,SU,04/01/2026 09:00 AM\n",
                                &o, &p, &error),
             qPrintable(error));
    QCOMPARE(o.variants.first().steps, ids("a,b"));
    QCOMPARE(o.deviations.backtrack, 0);
    QCOMPARE(p.warnings.size(), 1);
    QVERIFY2(p.warnings.first().contains(QLatin1String("\"dmy\"")), qPrintable(p.warnings.first()));

    // Undecided without AM/PM: day first, said so.
    QVERIFY2(importWithProposal(
                     "case_id,activity,timestamp\nm1,WEB-1,03.04.2026\nm1,SU,05.04.2026\n", &o, &p,
                     &error),
             qPrintable(error));
    QCOMPARE(p.mapping.timeFormat, std::optional<TimeFormat>(TimeFormat::DayMonthYear));
    QCOMPARE(p.warnings.size(), 1);
    QVERIFY2(p.warnings.first().contains(QLatin1String("\"mdy\"")), qPrintable(p.warnings.first()));

    // A date that is neither: the error names the way out.
    QByteArray bad = "case_id,activity,timestamp\n";
    for (int i = 0; i < 5; ++i)
        bad += "m1,WEB-1,03/04/2026\n";
    bad += "m1,SU,02/30/2026\n";
    QVERIFY(!runImport(bad, plan(), &o, &error));
    QVERIFY2(error.contains(QLatin1String("line 7: unreadable timestamp")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("\"timeFormat\": \"mdy\"")), qPrintable(error));
}

void TestEvents::blankCaseAndActivity()
{
    // Rows without a case are dropped and counted, not made one case; an
    // empty activity is listed by a name that says so.
    ObservedJourney o;
    QString error;
    QVERIFY2(runImport("case,activity,time\n"
                       "1,WEB-1,2026-03-01T10:00:00Z\n"
                       ",SU,2026-03-01T10:01:00Z\n"
                       " ,PAY,2026-03-01T10:02:00Z\n"
                       "2,,2026-03-01T10:02:00Z\n",
                       plan(), &o, &error),
             qPrintable(error));
    QCOMPARE(o.rows, 4);
    QCOMPARE(o.cases, 1);
    QCOMPARE(o.events, 1);
    QCOMPARE(o.unmatchedEvents, 3);
    QCOMPARE(o.unmatched, QList<UnmatchedActivity>({{QStringLiteral("(no case id)"), 2},
                                                    {QStringLiteral("(no activity)"), 1}}));
}

void TestEvents::durations()
{
    // Time from a to the next event: 1, 2, 3, 4, 10 minutes over five cases.
    QByteArray csv = "case,activity,time\n";
    const int gaps[] = {1, 2, 3, 4, 10};
    for (int i = 0; i < 5; ++i) {
        csv += "k" + QByteArray::number(i) + ",WEB-1,2026-03-01T10:00:00Z\n";
        csv += "k" + QByteArray::number(i) + ",SU,2026-03-01T10:"
               + QByteArray::number(gaps[i]).rightJustified(2, '0') + ":00Z\n";
    }
    const ObservedJourney o = mustImport(csv);
    QCOMPARE(o.step(u"a")->medianMinutes, std::optional<double>(3.0));
    // Linear interpolation: position 0.9 * 4 = 3.6 between 4 and 10.
    QVERIFY(qAbs(*o.step(u"a")->p90Minutes - 7.6) < 1e-9);
    QCOMPARE(o.variants.first().cases, 5);
    QCOMPARE(o.step(u"b")->dropOff, 5);
}

void TestEvents::caseOfOneEvent()
{
    // A single event at a step that is both an entry and a goal is conformant.
    Journey j = plan();
    j.steps[0].goal = true;
    const ObservedJourney o = mustImport("case,activity,time\nq,WEB-1,2026-03-01T10:00:00Z\n"
                                         "r,Newsletter,2026-03-01T10:00:00Z\n",
                                         j);
    QCOMPARE(o.cases, 1);
    QCOMPARE(o.conformant, 1);
    QCOMPARE(o.reachedGoal, 1);
    QCOMPARE(o.deviations.incomplete, 0);
    QVERIFY(o.transitions.isEmpty());
    QCOMPARE(o.step(u"a")->medianMinutes, std::nullopt);
}

void TestEvents::proposalFromNamesAndValues()
{
    // Columns in an unusual order, with names that do not say it all: the
    // activity column is found from its values, the time from its values, the
    // case from repeating ids.
    const QByteArray csv = "note,when,who,what,Channel\n"
                           "x,2026-03-01 10:00,17,WEB-1,web\n"
                           "y,2026-03-01 10:01,17,SU,web\n"
                           "z,2026-03-01 10:00,18,WEB-1,app\n"
                           "w,2026-03-01 10:03,18,Pays,app\n";
    QString error;
    ObservedJourney o;
    EventProposal proposal;
    QVERIFY2(importWithProposal(csv, &o, &proposal, &error), qPrintable(error));
    QCOMPARE(proposal.mapping.time, QStringLiteral("when"));
    QCOMPARE(proposal.mapping.activity, QStringLiteral("what"));
    QCOMPARE(proposal.mapping.caseId, QStringLiteral("who"));
    QCOMPARE(proposal.mapping.channel, QStringLiteral("Channel"));
    QCOMPARE(proposal.matchShare, 1.0);
    QCOMPARE(o.cases, 2);
}

void TestEvents::proposalInOtherLanguages_data()
{
    // Numeric customer ids in the Unix range are not the time; Russian and
    // Chinese header words are read (shapes of real exports).
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("caseId");
    QTest::addColumn<QString>("activity");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<qint64>("cases");
    QTest::addRow("russian, numeric ids")
            << QByteArray("\xd0\x9a\xd0\xbb\xd0\xb8\xd0\xb5\xd0\xbd\xd1\x82;"
                          "\xd0\xa1\xd0\xbe\xd0\xb1\xd1\x8b\xd1\x82\xd0\xb8\xd0\xb5;"
                          "\xd0\x92\xd1\x80\xd0\xb5\xd0\xbc\xd1\x8f\n"
                          "1000000001;WEB-1;2026-03-15 10:00\n"
                          "1000000001;SU;2026-03-15 10:05\n"
                          "1000000002;WEB-1;2026-03-15 11:00\n"
                          "1000000002;PAY;2026-03-15 11:10\n"
                          "1000000001;Checks out;2026-03-15 10:15\n"
                          "1000000001;PAY;2026-03-15 10:20\n")
            << QStringLiteral("Клиент") << QStringLiteral("Событие") << QStringLiteral("Время")
            << QString() << qint64(2);
    QTest::addRow("chinese, channel after the time")
            << QByteArray("\xe5\xae\xa2\xe6\x88\xb7\xe7\xbc\x96\xe5\x8f\xb7,"
                          "\xe4\xba\x8b\xe4\xbb\xb6,\xe6\x97\xb6\xe9\x97\xb4,"
                          "\xe6\xb8\xa0\xe9\x81\x93\n"
                          "1000000001,Visits the site,2026-03-15 10:00,web\n"
                          "1000000001,Signs up,2026-03-15 10:05,web\n"
                          "1000000002,Visits the site,2026-03-15 11:00,app\n"
                          "1000000002,Pays,2026-03-15 11:10,app\n")
            << QStringLiteral("客户编号") << QStringLiteral("事件") << QStringLiteral("时间")
            << QStringLiteral("渠道") << qint64(2);
    QTest::addRow("strictly increasing ids before the time")
            << QByteArray("event_id,user,activity,at\n"
                          "1700000001,u1,WEB-1,2026-03-15 10:00\n"
                          "1700000002,u1,SU,2026-03-15 10:05\n"
                          "1700000003,u2,WEB-1,2026-03-15 11:00\n"
                          "1700000004,u2,PAY,2026-03-15 11:10\n")
            << QStringLiteral("user") << QStringLiteral("activity") << QStringLiteral("at")
            << QString() << qint64(2);
}

void TestEvents::proposalInOtherLanguages()
{
    QFETCH(QByteArray, csv);
    QString error;
    ObservedJourney o;
    EventProposal proposal;
    QVERIFY2(importWithProposal(csv, &o, &proposal, &error), qPrintable(error));
    QTEST(proposal.mapping.caseId, "caseId");
    QTEST(proposal.mapping.activity, "activity");
    QTEST(proposal.mapping.time, "time");
    QTEST(proposal.mapping.channel, "channel");
    QCOMPARE(proposal.mapping.timeFormat, std::optional<TimeFormat>(TimeFormat::Iso));
    QTEST(o.cases, "cases");
}

void TestEvents::mappingNamesColumns()
{
    EventMapping m;
    QStringList warnings;
    QString error;
    QVERIFY(eventMappingFromJson(R"({"case": "b", "activity": "a", "time": "t",
                                     "timeFormat": "unix", "match": "key", "extra": "1"})",
                                 &m, &warnings, &error));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(m.timeFormat, std::optional<TimeFormat>(TimeFormat::UnixSeconds));
    // Matching by key only: "Pays" (a title) no longer matches.
    ObservedJourney o;
    QVERIFY2(runImport("a,b,t\nWEB-1,1,1773570151\nPays,1,1773570152\n", plan(), &o, &error, m),
             qPrintable(error));
    QCOMPARE(o.events, 1);
    QCOMPARE(o.unmatchedEvents, 1);
    QVERIFY(!eventMappingFromJson(R"({"case": 3})", &m, &warnings, &error));
    QVERIFY(error.contains(QLatin1String("case")));
    m = {};
    m.time = QStringLiteral("missing");
    QVERIFY(!runImport("a,b,t\nWEB-1,1,1773570151\n", plan(), &o, &error, m));
    QVERIFY2(error.contains(QLatin1String("\"missing\"")), qPrintable(error));
}

void TestEvents::badLogs_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("no time column") << QByteArray("case,activity,note\n1,WEB-1,hi\n1,SU,ho\n")
                                    << QStringLiteral("no time column");
    QByteArray unreadable = "case,activity,time\n";
    for (int i = 0; i < 9; ++i)
        unreadable += "1,WEB-1,2026-03-01T10:00:0" + QByteArray::number(i) + "Z\n";
    unreadable += "1,SU,soon\n";
    QTest::newRow("unreadable timestamp")
            << unreadable << QStringLiteral("line 11: unreadable timestamp \"soon\"");
    QTest::newRow("binary data") << QByteArray("case,activity,time\n1,\0\1\2,x\n", 27)
                                 << QStringLiteral("not a text file");
    QTest::newRow("short row") << QByteArray("case,activity,time\n1,WEB-1,2026-03-01\n1,SU\n")
                               << QStringLiteral("line 3: 2 field");
    QTest::newRow("two columns") << QByteArray("case,time\n1,2026-03-01\n")
                                 << QStringLiteral("at least three columns");
    QTest::newRow("open quote") << QByteArray("case,activity,time\n1,\"WEB-1,2026-03-01\n")
                                << QStringLiteral("quoted field is not closed");
}

void TestEvents::badLogs()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    ObservedJourney o;
    QString error;
    QVERIFY(!runImport(csv, plan(), &o, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
}

void TestEvents::storageRoundTrip()
{
    ObservedJourney o = mustImport(deviationLog(false));
    // Text that JSON must escape, and numbers that need all their digits.
    o.source = QStringLiteral("log \"1\"\\\n\t\u00e9.csv");
    o.unmatched.append({QStringLiteral("Tab\there \u4e2d\x01"), 3});
    QVERIFY(!o.transitions.isEmpty());
    o.transitions.first().share = 1.0 / 3.0;
    o.importedAt = QDateTime(QDate(2026, 12, 3), QTime(12, 0, 0, 5), Qt::UTC);
    ObservedJourney back;
    QString error;
    QVERIFY2(observedFromStorage(observedToStorage(o), &back, &error), qPrintable(error));
    QCOMPARE(back, o);
    QVERIFY(!observedFromStorage("{not json", &back, &error));
}

void TestEvents::bigLogInThreads()
{
    // Enough rows for several shares, quotes and CRLF included: the result
    // must not depend on how the file was split.
    QByteArray csv = "\"case\",\"activity\",\"time\"\r\n";
    const char *acts[] = {"WEB-1", "\"Signs up\"", "Checks out", "PAY", "Newsletter"};
    for (int i = 0; i < 40000; ++i) {
        const int c = (i * 7919) % 5000;
        csv += "case-" + QByteArray::number(c) + ',' + acts[(i / 5000) % 5] + ','
               + QByteArray::number(1773570151 + i) + "\r\n";
    }
    Journey j = plan();
    DataFile file;
    QString error;
    QVERIFY(file.setBytes(csv, &error));
    EventMapping m;
    ObservedJourney whole;
    EventProposal p;
    QVERIFY2(importEventLog(file, j, m, &whole, &error, &p), qPrintable(error));
    EventTable one, four;
    const StepMatcher matcher(j, StepMatch::Auto);
    p.spec.threads = 1;
    QVERIFY(readEvents(file, p.spec, matcher, &one, &error));
    p.spec.threads = 4;
    QVERIFY(readEvents(file, p.spec, matcher, &four, &error));
    QCOMPARE(one.rows, 40000);
    QCOMPARE(four.rows, 40000);
    QCOMPARE(one.unmatchedEvents, 5000); // the fifth block of 5000 rows
    const ObservedJourney a = observe(j, summarizePaths(one, int(j.steps.size())));
    const ObservedJourney b = observe(j, summarizePaths(four, int(j.steps.size())));
    QCOMPARE(a, b);
    QCOMPARE(a.cases, 5000);
    QCOMPARE(whole.cases, 5000);
}

void TestEvents::quotedLineBreaksInThreads()
{
    // Every row has a quoted note over three lines: most cuts between the
    // threads' shares fall inside one, where a share cannot start. Whatever
    // the threads, the same events.
    QByteArray csv = "case,activity,time,note\n";
    const char *acts[] = {"WEB-1", "Signs up", "Checks out", "PAY"};
    for (int i = 0; i < 20000; ++i) {
        csv += "c" + QByteArray::number((i * 7919) % 3000) + ',' + acts[i % 4] + ','
               + QByteArray::number(1773570151 + i) + ",\"first line\nsecond, \"\"quoted\"\"\n"
               + QByteArray::number(i) + "\"\n";
    }
    Journey j = plan();
    DataFile file;
    QString error;
    QVERIFY(file.setBytes(csv, &error));
    ObservedJourney whole;
    EventProposal p;
    QVERIFY2(importEventLog(file, j, {}, &whole, &error, &p), qPrintable(error));
    const StepMatcher matcher(j, StepMatch::Auto);
    EventTable one, many;
    p.spec.threads = 1;
    QVERIFY2(readEvents(file, p.spec, matcher, &one, &error), qPrintable(error));
    p.spec.threads = 3;
    QVERIFY2(readEvents(file, p.spec, matcher, &many, &error), qPrintable(error));
    QCOMPARE(one.rows, 20000);
    QCOMPARE(many.rows, 20000);
    QCOMPARE(many.caseCount, one.caseCount);
    const ObservedJourney a = observe(j, summarizePaths(one, int(j.steps.size()), 1));
    const ObservedJourney b = observe(j, summarizePaths(many, int(j.steps.size()), 3));
    QCOMPARE(a, b);
    QCOMPARE(a.cases, 3000);
    QCOMPARE(a.events, 20000);
}

QTEST_GUILESS_MAIN(TestEvents)
#include "tst_events.moc"
