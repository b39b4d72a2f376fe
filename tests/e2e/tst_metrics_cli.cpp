// `waymark import-metrics` and `waymark metrics` end to end: the real
// binary on the fixture exports, the file checked with sqlite3, the JSON of
// DESIGN.md §7, and every failure leaving the file as it was.

#include "e2eutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace waymark::e2e;

namespace {

QString fixture(const char *name)
{
    return dataPath(QStringLiteral("metrics/") + QString::fromLatin1(name));
}

QJsonObject stepOf(const QJsonObject &root, const QString &journey, const QString &step)
{
    for (const QJsonValue &j : root[u"journeys"].toArray()) {
        if (j[u"id"].toString() != journey)
            continue;
        for (const QJsonValue &s : j[u"steps"].toArray()) {
            if (s[u"id"].toString() == step)
                return s.toObject();
        }
    }
    return {};
}

} // namespace

#define VERIFY_RUN(condition, run) QVERIFY2(condition, qPrintable((run).describe()))

class TestMetricsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsTheCommands();
    void importProposesAndChoosesTheJourney();
    void importLayouts_data();
    void importLayouts();
    void metricsJson();
    void metricsTable();
    void reimportReplaces();
    void percentInANameStaysAsItIs();
    void failures_data();
    void failures();

private:
    QString sampleCopy(const QTemporaryDir &dir);
    QString count(const QString &path, const char *table) const;

    Runner m_runner;
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestMetricsCli::initTestCase()
{
    QVERIFY(m_runner.isValid() && m_dir.isValid());
    QVERIFY2(!Runner::sqliteProgram().isEmpty(), "the sqlite3 tool is needed");
    m_sample = m_dir.filePath(QStringLiteral("sample.cjm"));
    const Run r = m_runner.waymark({QStringLiteral("new"), m_sample, QStringLiteral("--template"),
                                    QStringLiteral("sample")});
    VERIFY_RUN(r.exitCode == 0, r);
}

QString TestMetricsCli::sampleCopy(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("map.cjm"));
    QFile::remove(path);
    return QFile::copy(m_sample, path) ? path : QString();
}

QString TestMetricsCli::count(const QString &path, const char *table) const
{
    return m_runner.sqlite(path,
                           QStringLiteral("SELECT count(*) FROM %1;").arg(QLatin1String(table)));
}

void TestMetricsCli::helpListsTheCommands()
{
    const Run r = m_runner.waymark({QStringLiteral("--help")});
    VERIFY_RUN(r.exitCode == 0, r);
    QVERIFY(r.out.contains("import-metrics"));
    QVERIFY(r.out.contains("\n  metrics "));
    const Run sub = m_runner.waymark({QStringLiteral("import-metrics"), QStringLiteral("--help")});
    VERIFY_RUN(sub.exitCode == 0 && sub.out.contains("--layout"), sub);
}

void TestMetricsCli::importProposesAndChoosesTheJourney()
{
    QTemporaryDir dir;
    const QString map = sampleCopy(dir);
    // Two journeys; only the current state has these titles.
    const Run r = m_runner.waymark({QStringLiteral("import-metrics"), map, fixture("plain.csv")});
    VERIFY_RUN(r.exitCode == 0, r);
    VERIFY_RUN(r.err.isEmpty(), r); // no progress line for a small file
    VERIFY_RUN(r.out.contains("into \"Buy a sofa online or in the showroom\" (plain layout): "
                              "16 rows read, 13 matched, 3 unmatched, 2 rejected"),
               r);
    VERIFY_RUN(r.out.contains("Mapping (proposed"), r);
    VERIFY_RUN(r.out.contains("\"Unknown step name\": 2 rows\n"), r);
    VERIFY_RUN(r.out.contains("line 12: \"11\""), r);
    QCOMPARE(count(map, "import_source"), QStringLiteral("1"));
    QCOMPARE(m_runner.sqlite(map, QStringLiteral("SELECT n || ' ' || histogram FROM metric_value "
                                                 "WHERE step = 'c08' AND metric = 'nps' "
                                                 "AND period = '' AND segment = '';")),
             QStringLiteral("6 [0,0,0,1,0,0,1,1,0,2,1]"));
    QCOMPARE(m_runner.sqlite(map, QStringLiteral("SELECT rows_read || ' ' || rows_matched || ' ' "
                                                 "|| rows_unmatched || ' ' || rows_rejected || ' ' "
                                                 "|| journey FROM import_source;")),
             QStringLiteral("16 13 3 2 sofa"));
    QCOMPARE(m_runner.sqlite(map, QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
    const Run check = m_runner.waymark({QStringLiteral("check"), map});
    VERIFY_RUN(check.exitCode == 0, check);
}

void TestMetricsCli::importLayouts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("says");
    // metric_value rows written: per step and metric one for all time, one
    // per month, per segment and per month and segment that has answers.
    QTest::addColumn<QString>("values");
    const QStringList sofa{QStringLiteral("--journey"), QStringLiteral("sofa")};
    QTest::addRow("qualtrics") << fixture("qualtrics.csv") << sofa
                               << QByteArray("(qualtrics layout): 10 rows read, 10 matched")
                               << "33";
    QTest::addRow("surveymonkey") << fixture("surveymonkey.csv") << sofa
                                  << QByteArray("(surveymonkey layout): 8 rows read, 8 matched")
                                  << "75";
    QTest::addRow("forced layout")
            << fixture("surveymonkey.csv")
            << (sofa + QStringList{QStringLiteral("--layout"), QStringLiteral("surveymonkey")})
            << QByteArray("(surveymonkey layout)") << "75";
    QTest::addRow("semicolons, Russian")
            << fixture("semicolon.csv")
            << QStringList{QStringLiteral("--journey"),
                           QStringLiteral("Buy a sofa online or in the showroom")}
            << QByteArray("5 rows read, 5 matched") << "8";
    QTest::addRow("UTF-16") << fixture("tab-utf16.txt") << sofa
                            << QByteArray("4 rows read, 4 matched") << "4";
    QTest::addRow("comments, mapping")
            << fixture("analytics.csv")
            << (sofa + QStringList{QStringLiteral("--mapping"), fixture("analytics-mapping.json")})
            << QByteArray("7 rows read, 6 matched, 1 unmatched") << "16";
}

void TestMetricsCli::importLayouts()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, says);
    QFETCH(QString, values);
    QTemporaryDir dir;
    const QString map = sampleCopy(dir);
    const Run r
            = m_runner.waymark(QStringList{QStringLiteral("import-metrics"), map, file} + extra);
    VERIFY_RUN(r.exitCode == 0, r);
    VERIFY_RUN(r.out.contains(says), r);
    QCOMPARE(count(map, "metric_value"), values);
    QCOMPARE(count(map, "import_source"), QStringLiteral("1"));
}

void TestMetricsCli::metricsJson()
{
    QTemporaryDir dir;
    const QString map = sampleCopy(dir);
    Run r = m_runner.waymark({QStringLiteral("import-metrics"), map, fixture("plain.csv"),
                              QStringLiteral("--journey"), QStringLiteral("sofa")});
    VERIFY_RUN(r.exitCode == 0, r);
    r = m_runner.waymark({QStringLiteral("metrics"), map, QStringLiteral("--json")});
    VERIFY_RUN(r.exitCode == 0 && r.err.isEmpty(), r);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("journeys"), QStringLiteral("rejected"),
                                       QStringLiteral("unmatched")}));
    QCOMPARE(root[u"journeys"].toArray().size(), 2); // every journey without --journey
    const QJsonObject c08 = stepOf(root, QStringLiteral("sofa"), QStringLiteral("c08"));
    QCOMPARE(c08[u"key"].toString(), QStringLiteral("TP-08"));
    // Full precision (3 promoters, 2 detractors of 6); only the text output rounds.
    QVERIFY(std::fabs(c08[u"metrics"][u"nps"][u"value"].toDouble() - 50.0 / 3) < 1e-12);
    QCOMPARE(c08[u"metrics"][u"nps"][u"n"].toInt(), 6);
    QCOMPARE(c08[u"metrics"][u"csat"][u"formula"].toString(), QStringLiteral("top2"));
    QCOMPARE(c08[u"metrics"][u"ces"][u"value"].toDouble(), 5.25);
    QVERIFY(stepOf(root, QStringLiteral("sofa"), QStringLiteral("c01"))[u"metrics"]
                    .toObject()
                    .isEmpty());
    QCOMPARE(root[u"unmatched"].toArray().first()[u"value"].toString(),
             QStringLiteral("Unknown step name"));
    QCOMPARE(root[u"unmatched"].toArray().first()[u"rows"].toInt(), 2);
    QCOMPARE(root[u"rejected"].toInt(), 2);
    // The documented order of keys in a metric.
    QVERIFY(r.out.indexOf("\"value\"") < r.out.indexOf("\"n\"")
            && r.out.indexOf("\"n\"") < r.out.indexOf("\"formula\""));

    r = m_runner.waymark({QStringLiteral("metrics"), map, QStringLiteral("--json"),
                          QStringLiteral("--journey"), QStringLiteral("sofa-future")});
    VERIFY_RUN(r.exitCode == 0, r);
    const QJsonObject future = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(future[u"journeys"].toArray().size(), 1);
    QVERIFY(future[u"unmatched"].toArray().isEmpty());
}

void TestMetricsCli::metricsTable()
{
    QTemporaryDir dir;
    const QString map = sampleCopy(dir);
    Run r = m_runner.waymark(
            {QStringLiteral("metrics"), map, QStringLiteral("--journey"), QStringLiteral("sofa")});
    VERIFY_RUN(r.exitCode == 0 && r.out.contains("no metric values"), r);
    r = m_runner.waymark({QStringLiteral("import-metrics"), map, fixture("plain.csv"),
                          QStringLiteral("--journey"), QStringLiteral("sofa")});
    VERIFY_RUN(r.exitCode == 0, r);
    r = m_runner.waymark(
            {QStringLiteral("metrics"), map, QStringLiteral("--journey"), QStringLiteral("sofa")});
    VERIFY_RUN(r.exitCode == 0, r);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("Checks out online [TP-08]")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("16.7 (n=6)*")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("60.0 % (n=5)*")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("* small sample: fewer than 30 answers")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Unmatched step values: \"Unknown step name\" (2 rows)")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Rows with rejected answers: 2")), qPrintable(out));
}

void TestMetricsCli::reimportReplaces()
{
    QTemporaryDir dir;
    const QString map = sampleCopy(dir);
    const QStringList args{QStringLiteral("import-metrics"), map, fixture("plain.csv"),
                           QStringLiteral("--journey"), QStringLiteral("sofa")};
    Run r = m_runner.waymark(args);
    VERIFY_RUN(r.exitCode == 0, r);
    const QString values = count(map, "metric_value");
    r = m_runner.waymark(args);
    VERIFY_RUN(r.exitCode == 0, r);
    VERIFY_RUN(r.out.contains("Replaced the earlier import of the same survey (plain.csv, "), r);
    QCOMPARE(count(map, "import_source"), QStringLiteral("1"));
    QCOMPARE(count(map, "metric_value"), values);
}

void TestMetricsCli::percentInANameStaysAsItIs()
{
    // The summary once filled a journey name's "%4" with the row count.
    QTemporaryDir dir;
    const QString map = sampleCopy(dir);
    // Renamed the way a script would: through the JSON round trip.
    const QString json = dir.filePath(QStringLiteral("map.json"));
    Run e = m_runner.waymark({QStringLiteral("export"), map, QStringLiteral("-o"), json});
    VERIFY_RUN(e.exitCode == 0, e);
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    QVERIFY(text.contains("\"Buy a sofa online or in the showroom\""));
    text.replace("\"Buy a sofa online or in the showroom\"", "\"Sofa %4 %1\"");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    QFile::remove(map);
    e = m_runner.waymark({QStringLiteral("import"), map, QStringLiteral("--json"), json});
    VERIFY_RUN(e.exitCode == 0, e);
    const Run r = m_runner.waymark({QStringLiteral("import-metrics"), map, fixture("plain.csv"),
                                    QStringLiteral("--journey"), QStringLiteral("sofa")});
    VERIFY_RUN(r.exitCode == 0, r);
    VERIFY_RUN(r.out.contains("into \"Sofa %4 %1\" (plain layout): 16 rows read"), r);
}

void TestMetricsCli::failures_data()
{
    QTest::addColumn<QStringList>("args"); // after "import-metrics MAP"
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("says");
    const QStringList sofa{QStringLiteral("--journey"), QStringLiteral("sofa")};
    QTest::addRow("unclosed quote") << (QStringList{fixture("broken-unclosed.csv")} + sofa) << 1
                                    << QByteArray("line 3: a quoted field is not closed");
    QTest::addRow("quote in a field") << (QStringList{fixture("broken-quote.csv")} + sofa) << 1
                                      << QByteArray("line 4: a quote inside an unquoted field");
    QTest::addRow("too many fields") << (QStringList{fixture("broken-fields.csv")} + sofa) << 1
                                     << QByteArray("line 3: 4 fields, but the header has 3");
    QTest::addRow("binary") << (QStringList{fixture("broken-binary.csv")} + sofa) << 1
                            << QByteArray("not a text file");
    QTest::addRow("missing data") << (QStringList{fixture("nothing.csv")} + sofa) << 1
                                  << QByteArray("cannot be read");
    QTest::addRow("several journeys fit") << QStringList{fixture("semicolon.csv")} << 1
                                          << QByteArray("name the journey with --journey");
    QTest::addRow("unknown journey") << (QStringList{
            fixture("plain.csv"), QStringLiteral("--journey"), QStringLiteral("nope")})
                                     << 1 << QByteArray("no journey \"nope\"");
    QTest::addRow("bad mapping") << (QStringList{fixture("plain.csv"), QStringLiteral("--mapping"),
                                                 fixture("plain.csv")}
                                     + sofa)
                                 << 1 << QByteArray("mapping: not valid JSON");
    QTest::addRow("mapping names a missing column")
            << (QStringList{fixture("plain.csv"), QStringLiteral("--mapping"),
                            fixture("analytics-mapping.json")}
                + sofa)
            << 1 << QByteArray("no column \"Page title\"");
    QTest::addRow("no metric columns") << (QStringList{fixture("analytics.csv")} + sofa) << 1
                                       << QByteArray("say it with --mapping");
    QTest::addRow("bad layout") << (QStringList{fixture("plain.csv"), QStringLiteral("--layout"),
                                                QStringLiteral("excel")})
                                << 2 << QByteArray("unknown layout \"excel\"");
    QTest::addRow("missing argument") << QStringList{} << 2 << QByteArray("missing arguments");
}

void TestMetricsCli::failures()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, says);
    QTemporaryDir dir;
    const QString map = sampleCopy(dir);
    const QByteArray before = readFile(map);
    const Run r = m_runner.waymark(QStringList{QStringLiteral("import-metrics"), map} + args);
    VERIFY_RUN(r.exitCode == exitCode && !r.crashed, r);
    VERIFY_RUN(r.oneErrorLine(), r);
    VERIFY_RUN(r.err.contains(says), r);
    VERIFY_RUN(r.out.isEmpty(), r);
    QCOMPARE(count(map, "import_source"), QStringLiteral("0"));
    QCOMPARE(count(map, "metric_value"), QStringLiteral("0"));
    QCOMPARE(count(map, "metric_def"), QStringLiteral("3"));
    if (exitCode == 2)
        QCOMPARE(readFile(map), before); // not even opened
}

QTEST_GUILESS_MAIN(TestMetricsCli)
#include "tst_metrics_cli.moc"
