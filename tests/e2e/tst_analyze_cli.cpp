// `waymark analyze` end to end: the real binary on real .cjm files, made by
// `waymark import` from tests/data/graph and by `waymark new --template
// sample`; JSON checked against answers worked out by hand (README,
// "Journey analysis").

#include "e2eutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace waymark::e2e;

namespace {

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

QStringList list(const char *commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(u',', Qt::SkipEmptyParts);
}

QJsonObject journeyIn(const QJsonObject &root, const QString &id)
{
    for (const QJsonValue &j : root[u"journeys"].toArray()) {
        if (j[u"id"].toString() == id)
            return j.toObject();
    }
    return {};
}

} // namespace

#define VERIFY_RUN(condition, run) QVERIFY2(condition, qPrintable((run).describe()))

class TestAnalyzeCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void knownAnswers();
    void oneJourneyByName();
    void textReport();
    void compareJson();
    void compareText();
    void sample();
    void errors_data();
    void errors();

private:
    Runner m_runner;
    QTemporaryDir m_dir;
    QString m_file;   // imported from tests/data/graph/support-loop.json
    QString m_sample; // waymark new --template sample
};

void TestAnalyzeCli::initTestCase()
{
    QVERIFY(m_runner.isValid() && m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("refund.cjm"));
    const Run imported
            = m_runner.waymark({QStringLiteral("import"), m_file, QStringLiteral("--json"),
                                dataPath(QStringLiteral("graph/support-loop.json"))});
    VERIFY_RUN(imported.exitCode == 0, imported);
    m_sample = m_dir.filePath(QStringLiteral("sample.cjm"));
    const Run made = m_runner.waymark({QStringLiteral("new"), m_sample,
                                       QStringLiteral("--template"), QStringLiteral("sample")});
    VERIFY_RUN(made.exitCode == 0, made);
}

// The "today" journey of the fixture, worked out by hand: two entries (a, q),
// one goal (d), the support loop b -> c -> r -> b with r also linked to
// itself, a dead end (e), an unlinked step (u), a system behind a dependency
// link and a pain point card (both outside the flow), missing shares.
void TestAnalyzeCli::knownAnswers()
{
    const Run r = m_runner.waymark({QStringLiteral("analyze"), m_file, QStringLiteral("--json")});
    VERIFY_RUN(r.exitCode == 0 && r.err.isEmpty(), r);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(root[u"journeys"].toArray().size(), 2);

    const QJsonObject j = journeyIn(root, QStringLiteral("today"));
    QCOMPARE(strings(j[u"entries"]), list("a,q"));
    QCOMPARE(strings(j[u"goals"]), list("d"));
    QCOMPARE(strings(j[u"unreachable"]), list("u"));
    QCOMPARE(strings(j[u"deadEnds"]), list("e"));
    QCOMPARE(j[u"cycles"].toArray().size(), 1);
    QCOMPARE(strings(j[u"cycles"].toArray().first()), list("b,c,r"));
    QCOMPARE(strings(j[u"mustPass"]), list("c"));
    QCOMPARE(j[u"pathCount"].toInt(), 2);
    QCOMPARE(j[u"pathsTruncated"].toBool(), false);
    // b = 0.8 c, c = 0.6 + 0.3 r, r = 0.5 r + 0.25 b: b = 6/11, c = 15/22;
    // a = 0.5 b; the goal share is the mean over a and q: 21/44.
    QCOMPARE(j[u"goalShare"].toDouble(), std::round(21.0 / 44.0 * 1e6) / 1e6);

    const QJsonArray paths = j[u"paths"].toArray();
    QCOMPARE(paths.size(), 2);
    QCOMPARE(strings(paths[0][u"steps"]), list("q,c,d"));
    QCOMPARE(paths[0][u"share"].toDouble(), 0.6);
    QCOMPARE(paths[0][u"handoffs"].toInt(), 2);        // handoff link; Support -> Finance
    QCOMPARE(paths[0][u"channelSwitches"].toInt(), 2); // chat, phone, email
    QCOMPARE(strings(paths[1][u"steps"]), list("a,b,c,d"));
    QCOMPARE(paths[1][u"share"].toDouble(), 0.24);
    QCOMPARE(paths[1][u"handoffs"].toInt(), 3);
    QCOMPARE(paths[1][u"channelSwitches"].toInt(), 2); // web, phone, phone, email

    // Betweenness over the eight steps of the flow graph, normalised by 7 * 6:
    // b and c each lie on 9 shortest routes, r on 4.
    const QJsonObject centrality = j[u"centrality"].toObject();
    QCOMPARE(centrality.keys(), list("a,b,c,d,e,q,r,u"));
    QCOMPARE(centrality[u"c"].toDouble(), std::round(9.0 / 42.0 * 1e6) / 1e6);
    QCOMPARE(centrality[u"b"].toDouble(), std::round(9.0 / 42.0 * 1e6) / 1e6);
    QCOMPARE(centrality[u"r"].toDouble(), std::round(4.0 / 42.0 * 1e6) / 1e6);
    QCOMPARE(centrality[u"a"].toDouble(), 0.0);

    const QJsonObject future = journeyIn(root, QStringLiteral("tomorrow"));
    QCOMPARE(strings(future[u"mustPass"]), list("q2,c"));
    QCOMPARE(future[u"goalShare"].toDouble(), 0.665);
    QVERIFY(future[u"cycles"].toArray().isEmpty());
}

void TestAnalyzeCli::oneJourneyByName()
{
    const Run r = m_runner.waymark({QStringLiteral("analyze"), m_file, QStringLiteral("--journey"),
                                    QStringLiteral("Get a refund (future state)"),
                                    QStringLiteral("--json")});
    VERIFY_RUN(r.exitCode == 0, r);
    const QJsonArray journeys = QJsonDocument::fromJson(r.out).object()[u"journeys"].toArray();
    QCOMPARE(journeys.size(), 1);
    QCOMPARE(journeys[0][u"id"].toString(), QStringLiteral("tomorrow"));
}

void TestAnalyzeCli::textReport()
{
    const Run r = m_runner.waymark({QStringLiteral("analyze"), m_file, QStringLiteral("--journey"),
                                    QStringLiteral("today")});
    VERIFY_RUN(r.exitCode == 0 && r.err.isEmpty(), r);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.startsWith(QStringLiteral("Get a refund (today) (today)\n")), qPrintable(text));
    for (const char *expected :
         {"Goal share: 47.7% of the customers", "Dead ends (customers get stuck): e \"Gives up\"",
          "Unreachable (no entry leads there): u \"Reads the FAQ\"", "b \u2192 c \u2192 r \u2192 b",
          "Must pass (on every path to a goal): c \"Agent checks the order\"",
          "60.0%  q \u2192 c \u2192 d  (handoffs: 2, channel switches: 2)",
          "25.0%  a \"Orders online\" (50.0% of the customers there leave)"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    QVERIFY(!text.contains(QStringLiteral("Order system"))); // outside the flow
    QVERIFY(!text.contains(QStringLiteral("Get a refund (future state)")));
}

void TestAnalyzeCli::compareJson()
{
    const Run r = m_runner.waymark({QStringLiteral("analyze"), m_file, QStringLiteral("--compare"),
                                    QStringLiteral("today"), QStringLiteral("tomorrow"),
                                    QStringLiteral("--json")});
    VERIFY_RUN(r.exitCode == 0 && r.err.isEmpty(), r);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject before = o[u"current"].toObject(), after = o[u"future"].toObject();
    QCOMPARE(before[u"id"].toString(), QStringLiteral("today"));
    QCOMPARE(after[u"id"].toString(), QStringLiteral("tomorrow"));
    QCOMPARE(before[u"handoffs"].toInt(), 4);
    QCOMPARE(after[u"handoffs"].toInt(), 3);
    QCOMPARE(before[u"goalShare"].toDouble(), std::round(21.0 / 44.0 * 1e6) / 1e6);
    QCOMPARE(after[u"goalShare"].toDouble(), 0.665);
    QCOMPARE(strings(after[u"typicalPath"][u"steps"]), list("a,q2,c,d"));
    QCOMPARE(strings(o[u"added"]), list("n"));
    QCOMPARE(strings(o[u"removed"]), list("b,e,r,u"));
    const QJsonArray changed = o[u"changed"].toArray();
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed[1][u"current"].toString(), QStringLiteral("q")); // matched by key K-Q
    QCOMPARE(changed[1][u"future"].toString(), QStringLiteral("q2"));
    QCOMPARE(strings(changed[1][u"fields"]), list("title,entry,links"));
    QCOMPARE(o[u"unchanged"].toInt(), 3);
}

void TestAnalyzeCli::compareText()
{
    // Journeys by name as well as by id.
    const Run r = m_runner.waymark({QStringLiteral("analyze"), m_file, QStringLiteral("--compare"),
                                    QStringLiteral("Get a refund (today)"),
                                    QStringLiteral("tomorrow")});
    VERIFY_RUN(r.exitCode == 0, r);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("Goal share            47.7%      66.5%")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Added: n \"Finance calls back\"")));
    QVERIFY(text.contains(QStringLiteral("q2 \"Chats with the shop\": title, entry, links")));
}

void TestAnalyzeCli::sample()
{
    Run r = m_runner.waymark({QStringLiteral("analyze"), m_sample, QStringLiteral("--json")});
    VERIFY_RUN(r.exitCode == 0, r);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonObject current = journeyIn(root, QStringLiteral("sofa"));
    QCOMPARE(strings(current[u"entries"]), list("c01,c02"));
    QCOMPARE(strings(current[u"goals"]), list("c18,c22"));
    QCOMPARE(strings(current[u"deadEnds"]), list("c10"));
    QCOMPARE(strings(current[u"cycles"].toArray().first()), list("c19,f04,b04,c20"));
    QVERIFY(strings(current[u"unreachable"]).isEmpty());
    QVERIFY(!current[u"centrality"].toObject().contains(QStringLiteral("x01")));

    r = m_runner.waymark({QStringLiteral("analyze"), m_sample, QStringLiteral("--compare"),
                          QStringLiteral("sofa"), QStringLiteral("sofa-future"),
                          QStringLiteral("--json")});
    VERIFY_RUN(r.exitCode == 0, r);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(o[u"future"][u"handoffs"].toInt() < o[u"current"][u"handoffs"].toInt());
    QVERIFY(o[u"future"][u"goalShare"].toDouble() > o[u"current"][u"goalShare"].toDouble());
}

void TestAnalyzeCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString file = QStringLiteral("FILE");
    QTest::addRow("no file") << QStringList{QStringLiteral("analyze")} << 2;
    QTest::addRow("missing file") << QStringList{QStringLiteral("analyze"),
                                                 QStringLiteral("/nonexistent/x.cjm")}
                                  << 1;
    QTest::addRow("unknown journey")
            << QStringList{QStringLiteral("analyze"), file, QStringLiteral("--journey"),
                           QStringLiteral("nope")}
            << 1;
    QTest::addRow("compare one journey")
            << QStringList{QStringLiteral("analyze"), file, QStringLiteral("--compare"),
                           QStringLiteral("today")}
            << 2;
    QTest::addRow("compare unknown journey")
            << QStringList{QStringLiteral("analyze"), file, QStringLiteral("--compare"),
                           QStringLiteral("today"), QStringLiteral("nope")}
            << 1;
    QTest::addRow("compare and journey")
            << QStringList{QStringLiteral("analyze"),   file,
                           QStringLiteral("--compare"), QStringLiteral("today"),
                           QStringLiteral("tomorrow"),  QStringLiteral("--journey"),
                           QStringLiteral("today")}
            << 2;
    QTest::addRow("extra argument")
            << QStringList{QStringLiteral("analyze"), file, QStringLiteral("today")} << 2;
    QTest::addRow("unknown option")
            << QStringList{QStringLiteral("analyze"), file, QStringLiteral("--paths")} << 2;
}

void TestAnalyzeCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    args.replaceInStrings(QStringLiteral("FILE"), m_file);
    const QByteArray before = readFile(m_file);
    const Run r = m_runner.waymark(args);
    VERIFY_RUN(r.exitCode == exitCode && !r.crashed, r);
    VERIFY_RUN(r.oneErrorLine(), r);
    VERIFY_RUN(!r.err.isEmpty() && r.out.isEmpty(), r);
    QCOMPARE(readFile(m_file), before); // analysing never writes
}

QTEST_GUILESS_MAIN(TestAnalyzeCli)
#include "tst_analyze_cli.moc"
