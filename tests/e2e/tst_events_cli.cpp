// `waymark import-events` and the `observed` part of `waymark analyze`, end
// to end: the real binary on a real .cjm file and a real event log whose
// answers are worked out by hand (tests/data/events; README, "Observed
// behaviour").

#include "e2eutil.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace waymark::e2e;

#define VERIFY_RUN(condition, run) QVERIFY2(condition, qPrintable((run).describe()))

namespace {

QJsonObject observedOf(const QByteArray &json, const QString &journey)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &j : root[u"journeys"].toArray()) {
        if (j[u"id"].toString() == journey)
            return j[u"observed"].toObject();
    }
    return {};
}

QJsonObject transition(const QJsonObject &observed, const char *from, const char *to)
{
    for (const QJsonValue &t : observed[u"transitions"].toArray()) {
        if (t[u"from"].toString() == QLatin1String(from)
            && t[u"to"].toString() == QLatin1String(to))
            return t.toObject();
    }
    return {};
}

} // namespace

class TestEventsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importAndAnalyze();
    void reimportReplaces();
    void mappingFile();
    void badLogs_data();
    void badLogs();
    void exportDrawsTheOverlay();
    void linkAndSharesFromTheCommandLine();
    void encodingAndDayMonthNote();
    void helpListsTheCommand();

private:
    Runner m_runner;
    QTemporaryDir m_dir;
    QString m_file;
};

void TestEventsCli::init()
{
    QVERIFY(m_runner.isValid() && m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("shop.cjm"));
    QFile::remove(m_file);
    const Run made = m_runner.waymark({QStringLiteral("import"), m_file, QStringLiteral("--json"),
                                       dataPath(QStringLiteral("events/plan.json"))});
    VERIFY_RUN(made.exitCode == 0, made);
}

void TestEventsCli::importAndAnalyze()
{
    // No --journey: the activities name the steps of "Buy online", not "Returns".
    const Run r = m_runner.waymark(
            {QStringLiteral("import-events"), m_file, dataPath(QStringLiteral("events/log.csv"))});
    VERIFY_RUN(r.exitCode == 0 && r.err.isEmpty(), r);
    const QString said = QString::fromUtf8(r.out);
    QVERIFY2(said.contains(u"Imported log.csv into \"Buy online\": 7 cases, 29 events (26 "
                           u"matched, 3 unmatched), 7 variants, conformant 1, reached a goal 5."),
             qPrintable(said));
    QVERIFY2(said.contains(u"  \"Newsletter\": 2 events\n"), qPrintable(said));
    QVERIFY2(said.contains(u"  \"Unsubscribes\": 1 event\n"), qPrintable(said));
    // The channel column is found by its name; there is no segment column.
    QVERIFY2(said.contains(u"\"channel\":\"channel\""), qPrintable(said));
    QVERIFY2(!said.contains(u"segment"), qPrintable(said));

    const Run a = m_runner.waymark({QStringLiteral("analyze"), m_file, QStringLiteral("--json")});
    VERIFY_RUN(a.exitCode == 0, a);
    const QJsonObject o = observedOf(a.out, QStringLiteral("j1"));
    QCOMPARE(o[u"cases"].toInt(), 7);
    QCOMPARE(o[u"events"].toInt(), 26);
    QCOMPARE(o[u"unmatchedEvents"].toInt(), 3);
    QCOMPARE(o[u"reachedGoal"].toInt(), 5);
    QCOMPARE(o[u"conformant"].toInt(), 1);
    const QJsonObject d = o[u"deviations"].toObject();
    QCOMPARE(d[u"skipped"].toInt(), 1);
    QCOMPARE(d[u"backtrack"].toInt(), 1);
    QCOMPARE(d[u"adHoc"].toInt(), 1);
    QCOMPARE(d[u"repeated"].toInt(), 1);
    QCOMPARE(d[u"incomplete"].toInt(), 2);
    const QJsonObject ab = transition(o, "a", "b");
    QCOMPARE(ab[u"count"].toInt(), 4);
    QCOMPARE(ab[u"share"].toDouble(), 0.571429);
    QVERIFY(ab[u"planned"].toBool());
    QVERIFY(!ab[u"link"].toString().isEmpty());
    const QJsonObject cb = transition(o, "c", "b");
    QVERIFY(!cb[u"planned"].toBool());
    QVERIFY(cb[u"link"].isNull());
    QCOMPARE(o[u"variants"].toArray().size(), 7);
    const QJsonObject a1 = o[u"steps"][u"a"].toObject();
    QCOMPARE(a1[u"visits"].toInt(), 7);
    QCOMPARE(a1[u"dropOff"].toInt(), 1);
    const QJsonObject c1 = o[u"steps"][u"c"].toObject();
    // From c to the next event: 20 minutes (c1), then 1 five times.
    QCOMPARE(c1[u"visits"].toInt(), 6);
    QCOMPARE(c1[u"medianMinutes"].toDouble(), 1.0);
    QCOMPARE(c1[u"p90Minutes"].toDouble(), 10.5);
    // The channel mix per step; no segment column, so no "segments".
    QCOMPARE(a1[u"channels"].toObject(),
             QJsonObject({{QStringLiteral("web"), 6}, {QStringLiteral("app"), 1}}));
    QVERIFY(!o.contains(u"segments"));
    QCOMPARE(o[u"steps"][u"x"][u"channels"].toObject(),
             QJsonObject({{QStringLiteral("phone"), 1}}));
    // The other journey has no event data: no "observed" key at all.
    const QJsonObject root = QJsonDocument::fromJson(a.out).object();
    QVERIFY(!root[u"journeys"][1].toObject().contains(u"observed"));

    const Run text = m_runner.waymark({QStringLiteral("analyze"), m_file});
    VERIFY_RUN(text.exitCode == 0, text);
    QVERIFY2(text.out.contains("Observed (log.csv"), text.out.constData());
    QVERIFY2(text.out.contains("skipped 1, backtrack 1, ad hoc 1, repeated 1, incomplete 2"),
             text.out.constData());
    // Plural forms: x was visited once, by one case.
    const QString report = QString::fromUtf8(text.out);
    QVERIFY2(report.contains(u"7 cases, 26 events, 3 unmatched events\n"), qPrintable(report));
    QVERIFY2(report.contains(u": 1 visit, 1 case, 0 dropped off"), qPrintable(report));
    QVERIFY2(!text.out.contains(" 1 visits") && !text.out.contains(" 1 cases"),
             text.out.constData());
}

void TestEventsCli::reimportReplaces()
{
    const QString small = m_dir.filePath(QStringLiteral("small.csv"));
    QVERIFY(writeFile(small, "case_id,activity,timestamp\nz,WEB-1,1773570151\nz,SU,1773570211\n"));
    Run r = m_runner.waymark({QStringLiteral("import-events"), m_file,
                              dataPath(QStringLiteral("events/log.csv")),
                              QStringLiteral("--journey"), QStringLiteral("Buy online")});
    VERIFY_RUN(r.exitCode == 0, r);
    r = m_runner.waymark({QStringLiteral("import-events"), m_file, small,
                          QStringLiteral("--journey"), QStringLiteral("j1")});
    VERIFY_RUN(r.exitCode == 0, r);
    QVERIFY2(r.out.contains("Replaced the earlier event data (log.csv"), r.out.constData());
    QCOMPARE(m_runner.sqlite(m_file, QStringLiteral("SELECT count(*) FROM observed")),
             QStringLiteral("1"));
    const Run a = m_runner.waymark({QStringLiteral("analyze"), m_file, QStringLiteral("--json")});
    const QJsonObject o = observedOf(a.out, QStringLiteral("j1"));
    QCOMPARE(o[u"cases"].toInt(), 1);
    QCOMPARE(o[u"steps"][u"a"][u"medianMinutes"].toDouble(), 1.0);
}

void TestEventsCli::mappingFile()
{
    const QString log = m_dir.filePath(QStringLiteral("odd.csv"));
    // Two columns could be the time; the mapping says which, and the format.
    QVERIFY(writeFile(log, "who;what;created;sent\n"
                           "1;WEB-1;01/03/2026 10:00;2026-01-01\n"
                           "1;PAY;01/03/2026 10:05;2026-01-01\n"));
    const QString mapping = m_dir.filePath(QStringLiteral("m.json"));
    QVERIFY(writeFile(mapping, R"({"case": "who", "activity": "what", "time": "created",
                                   "timeFormat": "mdy"})"));
    const Run r = m_runner.waymark({QStringLiteral("import-events"), m_file, log,
                                    QStringLiteral("--journey"), QStringLiteral("j1"),
                                    QStringLiteral("--mapping"), mapping});
    VERIFY_RUN(r.exitCode == 0, r);
    QVERIFY2(r.out.contains("\"time\":\"created\""), r.out.constData());
    const Run a = m_runner.waymark({QStringLiteral("analyze"), m_file, QStringLiteral("--json")});
    const QJsonObject o = observedOf(a.out, QStringLiteral("j1"));
    QCOMPARE(o[u"steps"][u"a"][u"medianMinutes"].toDouble(), 5.0);
    QCOMPARE(o[u"conformant"].toInt(), 0); // a -> d skips b and c
    QCOMPARE(o[u"deviations"][u"skipped"].toInt(), 1);
}

void TestEventsCli::badLogs_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("no time column")
            << QByteArray("case,activity,note\n1,WEB-1,x\n") << QStringLiteral("no time column");
    QTest::newRow("unreadable timestamp")
            << QByteArray("case,activity,time\n1,WEB-1,2026-03-01\n1,SU,2026-03-01\n"
                          "1,SU,2026-03-01\n1,SU,2026-03-01\n1,SU,2026-03-01\n1,PAY,later\n")
            << QStringLiteral("line 7: unreadable timestamp \"later\"");
    QTest::newRow("binary data") << QByteArray("case,activity,time\n1,\0\0\0,x\n", 26)
                                 << QStringLiteral("not a text file");
    QTest::newRow("nothing matches") << QByteArray("case,activity,time\n1,Lunch,2026-03-01\n")
                                     << QStringLiteral("no event matches a step");
}

void TestEventsCli::badLogs()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const QString log = m_dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(log, csv));
    // The document's content, as its JSON (the file's header counts every open).
    const auto content = [&] {
        return m_runner
                .waymark({QStringLiteral("export"), m_file, QStringLiteral("-o"),
                          QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")})
                .out;
    };
    const QByteArray before = content();
    QVERIFY(!before.isEmpty());
    const Run r = m_runner.waymark({QStringLiteral("import-events"), m_file, log,
                                    QStringLiteral("--journey"), QStringLiteral("j1")});
    VERIFY_RUN(r.exitCode == 1 && r.oneErrorLine() && r.out.isEmpty(), r);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QCOMPARE(content(), before); // the document is unchanged
    QCOMPARE(m_runner.sqlite(m_file, QStringLiteral("SELECT count(*) FROM observed")),
             QStringLiteral("0"));
}

void TestEventsCli::exportDrawsTheOverlay()
{
    Run r = m_runner.waymark(
            {QStringLiteral("import-events"), m_file, dataPath(QStringLiteral("events/log.csv"))});
    VERIFY_RUN(r.exitCode == 0, r);
    const QString plain = m_dir.filePath(QStringLiteral("plain.svg"));
    const QString observed = m_dir.filePath(QStringLiteral("observed.svg"));
    r = m_runner.waymark({QStringLiteral("export"), m_file, QStringLiteral("--journey"),
                          QStringLiteral("j1"), QStringLiteral("-o"), plain});
    VERIFY_RUN(r.exitCode == 0, r);
    r = m_runner.waymark({QStringLiteral("export"), m_file, QStringLiteral("--journey"),
                          QStringLiteral("j1"), QStringLiteral("-o"), observed,
                          QStringLiteral("--observed")});
    VERIFY_RUN(r.exitCode == 0, r);
    const QByteArray without = readFile(plain), with = readFile(observed);
    // The badge of a ("7 cases · 10 min") and the drop-off mark are drawn as text.
    QVERIFY2(QString::fromUtf8(with).contains(u"7 cases"), with.left(400).constData());
    QVERIFY(with.contains("1 left"));
    QVERIFY(!QString::fromUtf8(without).contains(u"7 cases"));
}

void TestEventsCli::linkAndSharesFromTheCommandLine()
{
    // What the Observed panel does, from the command line: plan the
    // unplanned a -> c (c2 goes a, c, d) and take the observed shares.
    Run r = m_runner.waymark(
            {QStringLiteral("import-events"), m_file, dataPath(QStringLiteral("events/log.csv"))});
    VERIFY_RUN(r.exitCode == 0, r);
    r = m_runner.waymark({QStringLiteral("add-link"), m_file, QStringLiteral("a"),
                          QStringLiteral("c"), QStringLiteral("--journey"), QStringLiteral("j1")});
    VERIFY_RUN(r.exitCode == 0 && r.out.contains("Added link"), r);
    r = m_runner.waymark({QStringLiteral("add-link"), m_file, QStringLiteral("b"),
                          QStringLiteral("d"), QStringLiteral("--journey"), QStringLiteral("j1")});
    VERIFY_RUN(r.exitCode == 0, r);
    // Conformance and deviations follow the map as it is now.
    const Run a = m_runner.waymark({QStringLiteral("analyze"), m_file, QStringLiteral("--json")});
    VERIFY_RUN(a.exitCode == 0, a);
    const QJsonObject o = observedOf(a.out, QStringLiteral("j1"));
    QCOMPARE(o[u"conformant"].toInt(), 2);
    QCOMPARE(o[u"deviations"][u"skipped"].toInt(), 0);
    QVERIFY(transition(o, "a", "c")[u"planned"].toBool());
    bool acd = false;
    for (const QJsonValue &v : o[u"variants"].toArray()) {
        if (v[u"steps"].toArray()
            == QJsonArray({QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")})) {
            acd = true;
            QVERIFY(v[u"conformant"].toBool());
        }
    }
    QVERIFY(acd);

    // The same link again, or a step that is not there: one line, nothing changed.
    r = m_runner.waymark({QStringLiteral("add-link"), m_file, QStringLiteral("a"),
                          QStringLiteral("c"), QStringLiteral("--journey"), QStringLiteral("j1")});
    VERIFY_RUN(r.exitCode == 1 && r.oneErrorLine() && r.err.contains("already has a link"), r);
    r = m_runner.waymark({QStringLiteral("add-link"), m_file, QStringLiteral("a"),
                          QStringLiteral("zz"), QStringLiteral("--journey"), QStringLiteral("j1")});
    VERIFY_RUN(r.exitCode == 1 && r.oneErrorLine() && r.err.contains("\"zz\""), r);

    r = m_runner.waymark({QStringLiteral("use-observed-shares"), m_file});
    VERIFY_RUN(r.exitCode == 0 && r.out.contains("\"Buy online\": 5 link share"), r);
    const Run json = m_runner.waymark({QStringLiteral("export"), m_file, QStringLiteral("-o"),
                                       QStringLiteral("-"), QStringLiteral("--format"),
                                       QStringLiteral("json")});
    QHash<QString, double> share;
    for (const QJsonValue &l :
         QJsonDocument::fromJson(json.out)[u"journeys"][0][u"links"].toArray())
        share.insert(l[u"from"].toString() + l[u"to"].toString(), l[u"share"].toDouble(-1));
    QCOMPARE(share.value(QStringLiteral("ab")), 0.571);
    QCOMPARE(share.value(QStringLiteral("ac")), 0.143);
    QCOMPARE(share.value(QStringLiteral("bd")), 0.0); // nobody took it
    // Journey j2 has no event data: named, it is an error.
    r = m_runner.waymark({QStringLiteral("use-observed-shares"), m_file,
                          QStringLiteral("--journey"), QStringLiteral("j2")});
    VERIFY_RUN(r.exitCode == 1 && r.oneErrorLine() && r.err.contains("no event data"), r);
}

void TestEventsCli::encodingAndDayMonthNote()
{
    // Windows-1251, named or found; month first with AM/PM, said to be assumed.
    const QString log = m_dir.filePath(QStringLiteral("cp.csv"));
    QVERIFY(writeFile(log, "case_id,activity,timestamp\n"
                           "m1,WEB-1,03/12/2026 11:00 PM\n"
                           "m1,\xd0\xe0\xf1\xf1\xfb\xeb\xea\xe0,03/12/2026 11:30 PM\n"
                           "m1,SU,04/01/2026 09:00 AM\n"));
    Run r = m_runner.waymark({QStringLiteral("import-events"), m_file, log,
                              QStringLiteral("--journey"), QStringLiteral("j1"),
                              QStringLiteral("--encoding"), QStringLiteral("windows-1251")});
    VERIFY_RUN(r.exitCode == 0, r);
    QVERIFY2(r.out.contains("Read as windows-1251 (--encoding)."), r.out.constData());
    QVERIFY2(r.out.contains("\"\xd0\xa0\xd0\xb0\xd1\x81\xd1\x81\xd1\x8b\xd0\xbb\xd0\xba"
                            "\xd0\xb0\": 1"),
             r.out.constData());
    QVERIFY2(r.out.contains("Note: no date in \"timestamp\" tells the day from the month; read "
                            "month first"),
             r.out.constData());
    const Run a = m_runner.waymark({QStringLiteral("analyze"), m_file, QStringLiteral("--json")});
    QCOMPARE(observedOf(a.out, QStringLiteral("j1"))[u"deviations"][u"backtrack"].toInt(), 0);
    r = m_runner.waymark({QStringLiteral("import-events"), m_file, log,
                          QStringLiteral("--encoding"), QStringLiteral("koi8")});
    VERIFY_RUN(r.exitCode == 2 && r.err.contains("unknown encoding"), r);
}

void TestEventsCli::helpListsTheCommand()
{
    const Run r = m_runner.waymark({QStringLiteral("--help")});
    QVERIFY2(r.out.contains("import-events"), r.out.constData());
    QVERIFY2(r.out.contains("use-observed-shares"), r.out.constData());
    QVERIFY2(r.out.contains("add-link"), r.out.constData());
    const Run events
            = m_runner.waymark({QStringLiteral("import-events"), QStringLiteral("--help")});
    QVERIFY2(events.out.contains("--encoding") && events.out.contains("Windows-1251"),
             events.out.constData());
    const Run usage = m_runner.waymark({QStringLiteral("import-events"), m_file});
    VERIFY_RUN(usage.exitCode == 2, usage);
}

QTEST_GUILESS_MAIN(TestEventsCli)
#include "tst_events_cli.moc"
