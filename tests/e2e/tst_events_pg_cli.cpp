// `waymark import-events` from a CSV file and from PostgreSQL (--source,
// --query) on the same events, the real binary against a server the test
// starts itself (tests/support/pgserver): both say the same things (the
// columns used, the day/month note, the segments) and store the same
// answers, channel mix and segments included.

#include "e2eutil.h"
#include "pgserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace waymark;
using namespace waymark::e2e;

#define VERIFY_RUN(condition, run) QVERIFY2(condition, qPrintable((run).describe()))

namespace {

QJsonObject observedOf(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &j : root[u"journeys"].toArray()) {
        if (j[u"id"].toString() == u"j1")
            return j[u"observed"].toObject();
    }
    return {};
}

// Day first, no day above 12: the order is assumed, and said.
struct Row
{
    const char *caseId, *activity, *time, *channel, *segment;
};
const Row kRows[] = {
        {"c1", "WEB-1", "01.03.2026 10:00", "web", "new"},
        {"c1", "SU", "01.03.2026 10:10", "web", "new"},
        {"c1", "Newsletter", "01.03.2026 10:15", "email", "vip"},
        {"c1", "checks  OUT", "01.03.2026 10:40", " app", "new"},
        {"c1", "PAY", "01.03.2026 11:00", "app", "new"},
        {"c2", "WEB-1", "02.03.2026 09:00", "web", ""},
        {"c2", "SU", "02.03.2026 09:00", "store", "returning"},
        {"c2", "PAY", "02.03.2026 09:30", "", "returning"},
        {"c3", "WEB-1", "03.03.2026 12:00", "app", "returning"},
        {"c3", "CALL", "03.03.2026 12:05", "phone", "returning"},
        {"c4", "WEB-1", "04.03.2026 08:00", "web", "vip"},
};

} // namespace

class TestEventsPgCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bothPathsSayTheSame();
    void cleanupTestCase();

private:
    Run importInto(const QString &file, const QStringList &source);
    Runner m_runner;
    QTemporaryDir m_dir;
    test::PgServer m_server;
};

void TestEventsPgCli::initTestCase()
{
    QVERIFY(m_runner.isValid() && m_dir.isValid());
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestEventsPgCli::cleanupTestCase()
{
    m_server.stop(nullptr);
}

Run TestEventsPgCli::importInto(const QString &file, const QStringList &source)
{
    QFile::remove(file);
    const Run made = m_runner.waymark({QStringLiteral("import"), file, QStringLiteral("--json"),
                                       dataPath(QStringLiteral("events/plan.json"))});
    if (made.exitCode != 0)
        return made;
    return m_runner.waymark(QStringList{QStringLiteral("import-events"), file} + source
                            + QStringList{QStringLiteral("--journey"), QStringLiteral("j1")});
}

void TestEventsPgCli::bothPathsSayTheSame()
{
    QByteArray csv = "case_id,activity,timestamp,channel,segment\n";
    QString insert;
    for (const Row &r : kRows) {
        csv += QByteArray(r.caseId) + ',' + r.activity + ',' + r.time + ',' + r.channel + ','
               + r.segment + '\n';
        insert += QStringLiteral("%1('%2','%3','%4','%5','%6')")
                          .arg(insert.isEmpty() ? QString() : QStringLiteral(","),
                               QLatin1String(r.caseId), QLatin1String(r.activity),
                               QLatin1String(r.time), QLatin1String(r.channel),
                               QLatin1String(r.segment));
    }
    const QString log = m_dir.filePath(QStringLiteral("log.csv"));
    QVERIFY(writeFile(log, csv));
    QString error;
    QVERIFY2(m_server.exec(QStringLiteral("CREATE TABLE events(case_id text, activity text, "
                                          "timestamp text, channel text, segment text); "
                                          "INSERT INTO events VALUES ")
                                   + insert,
                           &error),
             qPrintable(error));

    const QString fromFile = m_dir.filePath(QStringLiteral("file.cjm"));
    const QString fromServer = m_dir.filePath(QStringLiteral("server.cjm"));
    const Run a = importInto(fromFile, {log});
    VERIFY_RUN(a.exitCode == 0 && a.err.isEmpty(), a);
    const QString uri = m_server.uri(QStringLiteral("postgres"));
    const Run b
            = importInto(fromServer, {QStringLiteral("--source"), uri, QStringLiteral("--query"),
                                      QStringLiteral("SELECT * FROM events")});
    VERIFY_RUN(b.exitCode == 0 && b.err.isEmpty(), b);

    // The same lines, but for the source's name.
    const QString said = QString::fromUtf8(a.out);
    QVERIFY2(said.startsWith(u"Imported log.csv into \"Buy online\": 4 cases, 11 events (10 "
                             u"matched, 1 unmatched), 4 variants,"),
             qPrintable(said));
    QVERIFY2(said.contains(u"Columns: {\"activity\":\"activity\",\"case\":\"case_id\","
                           u"\"channel\":\"channel\",\"match\":\"auto\",\"segment\":\"segment\","
                           u"\"time\":\"timestamp\",\"timeFormat\":\"dmy\"}\n"),
             qPrintable(said));
    QVERIFY2(said.contains(u"Note: no date in \"timestamp\" tells the day from the month; read "
                           u"day first"),
             qPrintable(said));
    // c1 new, c2 returning (its 09:00 tie: the first row has no value),
    // c3 returning, c4 vip.
    QVERIFY2(said.contains(u"Segments (\"segment\"): returning 2 cases, new 1 case, vip 1 case.\n"),
             qPrintable(said));
    QVERIFY2(said.contains(u"  \"Newsletter\": 1 event\n"), qPrintable(said));
    QString server = QString::fromUtf8(b.out);
    const QString sourceName = server.section(u' ', 1, 1);
    QVERIFY2(sourceName.startsWith(u"postgresql://"), qPrintable(server));
    server.replace(sourceName, QStringLiteral("log.csv"));
    QCOMPARE(server, said);

    // The same answers, the segments and the channel mix among them.
    const Run ja
            = m_runner.waymark({QStringLiteral("analyze"), fromFile, QStringLiteral("--json")});
    const Run jb
            = m_runner.waymark({QStringLiteral("analyze"), fromServer, QStringLiteral("--json")});
    VERIFY_RUN(ja.exitCode == 0, ja);
    VERIFY_RUN(jb.exitCode == 0, jb);
    const QJsonObject o = observedOf(ja.out);
    QCOMPARE(observedOf(jb.out), o);
    const QJsonObject segments = o[u"segments"].toObject();
    QCOMPARE(segments.size(), 3);
    QCOMPARE(segments[u"returning"][u"cases"].toInt(), 2);
    QCOMPARE(segments[u"returning"][u"reachedGoal"].toInt(), 1);
    QCOMPARE(segments[u"new"][u"conformant"].toInt(), 1);
    const QJsonObject a1 = o[u"steps"][u"a"][u"channels"].toObject();
    QCOMPARE(a1[u"web"].toInt(), 3);
    QCOMPARE(a1[u"app"].toInt(), 1);
    // PAY by c1 (app) and c2 (no value).
    QCOMPARE(o[u"steps"][u"d"][u"visits"].toInt(), 2);
    QCOMPARE(o[u"steps"][u"d"][u"channels"].toObject(), QJsonObject({{QStringLiteral("app"), 1}}));

    // analyze's text: counts in their plural forms, never "1 cases".
    const Run text = m_runner.waymark({QStringLiteral("analyze"), fromFile});
    VERIFY_RUN(text.exitCode == 0, text);
    const QString report = QString::fromUtf8(text.out);
    QVERIFY2(report.contains(u"4 cases, 10 events, 1 unmatched event\n"), qPrintable(report));
    QVERIFY2(report.contains(u"Segments (\"segment\"): returning: 2 cases (reached a goal 1, "
                             u"conformant 0); new: 1 case (reached a goal 1, conformant 1)"),
             qPrintable(report));
    QVERIFY2(report.contains(u"channels: web 3, app 1"), qPrintable(report));
    QVERIFY2(!text.out.contains(" 1 cases") && !text.out.contains(" 1 visits")
                     && !text.out.contains(" 1 variants"),
             text.out.constData());
}

QTEST_GUILESS_MAIN(TestEventsPgCli)
#include "tst_events_pg_cli.moc"
