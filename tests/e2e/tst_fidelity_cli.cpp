// Real files in, real files out (issue 15), end to end with the real binary:
// every Unicode character through the JSON writers, Windows code pages,
// Yes/No answers, the Qualtrics layouts of older exporters, a 0-10 "rating"
// proposed as NPS, messages that say only what is wrong, an import that
// counts nothing refused, blank answers counted, unmatched rows counted once
// per file, and `metrics --json` at full precision.

#include "e2eutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark::e2e;

namespace {

QString fixture(const char *name)
{
    return dataPath(QString::fromLatin1(name));
}

bool validUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !text.contains(QChar::ReplacementCharacter);
}

} // namespace

#define VERIFY_RUN(condition, run) QVERIFY2(condition, qPrintable((run).describe()))

class TestFidelityCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unicodeThroughEveryJsonWriter();
    void codePages_data();
    void codePages();
    void encodingOverride();
    void yesNoAnswers();
    void qualtricsLayouts_data();
    void qualtricsLayouts();
    void ratingProposedAsNps();
    void missingStepColumnSaysOnlyThat();
    void nothingCountedIsRefused();
    void blankAnswersCounted();
    void unmatchedCountedOncePerFile();

private:
    QString sampleCopy(const QTemporaryDir &dir);
    QString sql(const QString &path, const QString &query) const
    {
        return m_runner.sqlite(path, query);
    }

    Runner m_runner;
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestFidelityCli::initTestCase()
{
    QVERIFY(m_runner.isValid() && m_dir.isValid());
    QVERIFY2(!Runner::sqliteProgram().isEmpty(), "the sqlite3 tool is needed");
    m_sample = m_dir.filePath(QStringLiteral("sample.cjm"));
    const Run r = m_runner.waymark({QStringLiteral("new"), m_sample, QStringLiteral("--template"),
                                    QStringLiteral("sample")});
    VERIFY_RUN(r.exitCode == 0, r);
}

QString TestFidelityCli::sampleCopy(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("map.cjm"));
    QFile::remove(path);
    return QFile::copy(m_sample, path) ? path : QString();
}

void TestFidelityCli::unicodeThroughEveryJsonWriter()
{
    // Emoji and CJK Extension B lie outside the Basic Multilingual Plane;
    // "cafe" + U+0301 is a combining mark.
    const QString fridge = QString::fromUtf8("\xF0\x9F\x98\xAB Fridge empty");
    const QString pizza = QString::fromUtf8("\xF0\x9F\x8D\x95 Orders pizza \xF0\xA0\xAE\xB7");
    QTemporaryDir dir;
    const QString map = dir.filePath(QStringLiteral("u.cjm"));
    Run r = m_runner.waymark({QStringLiteral("new"), map});
    VERIFY_RUN(r.exitCode == 0, r);
    r = m_runner.waymark({QStringLiteral("import"), map, QStringLiteral("--json"),
                          fixture("json/unicode.json")});
    VERIFY_RUN(r.exitCode == 0, r);

    // export --format json, then the same file in again: nothing changes.
    const QString out = dir.filePath(QStringLiteral("out.json"));
    r = m_runner.waymark({QStringLiteral("export"), map, QStringLiteral("-o"), out,
                          QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_RUN(r.exitCode == 0, r);
    const QByteArray exported = readFile(out);
    QVERIFY(validUtf8(exported));
    QVERIFY(!exported.contains("??"));
    const QJsonObject doc = QJsonDocument::fromJson(exported).object();
    const QJsonObject journey = doc[u"journeys"].toArray().first().toObject();
    QCOMPARE(journey[u"name"].toString(), fridge);
    QCOMPARE(journey[u"scenario"].toString(),
             QString::fromUtf8("\xF0\xA0\x80\x80\xF0\xA0\xAE\xB7 Extension B, caf\xC3\xA9 with a "
                               "combining accent: cafe\xCC\x81"));
    QCOMPARE(journey[u"steps"].toArray()[1][u"title"].toString(), pizza);
    const QString again = dir.filePath(QStringLiteral("again.cjm"));
    r = m_runner.waymark({QStringLiteral("new"), again});
    VERIFY_RUN(r.exitCode == 0, r);
    r = m_runner.waymark({QStringLiteral("import"), again, QStringLiteral("--json"), out});
    VERIFY_RUN(r.exitCode == 0, r);
    QCOMPARE(sql(again, QStringLiteral("SELECT title FROM step ORDER BY title;")),
             pizza + u'\n' + fridge);

    // metrics --json: titles intact, values at full precision (6, 5, 6 -> 5.666...).
    r = m_runner.waymark({QStringLiteral("import-metrics"), map, fixture("metrics/unicode.csv")});
    VERIFY_RUN(r.exitCode == 0, r);
    r = m_runner.waymark({QStringLiteral("metrics"), map, QStringLiteral("--json")});
    VERIFY_RUN(r.exitCode == 0 && validUtf8(r.out), r);
    const QJsonArray steps = QJsonDocument::fromJson(r.out)
                                     .object()[u"journeys"]
                                     .toArray()
                                     .first()[u"steps"]
                                     .toArray();
    QCOMPARE(steps[0][u"title"].toString(), fridge);
    QCOMPARE(steps[0][u"metrics"][u"ces"][u"value"].toDouble(), 17.0 / 3.0);
    QCOMPARE(steps[1][u"metrics"][u"ces"][u"value"].toDouble(), 3.0);
    r = m_runner.waymark({QStringLiteral("metrics"), map}); // the text rounds
    VERIFY_RUN(r.out.contains("5.67 (n=3)"), r);

    // analyze --json names steps by id; these ids hold an emoji and a CJK
    // Extension B character.
    r = m_runner.waymark({QStringLiteral("analyze"), map, QStringLiteral("--json")});
    VERIFY_RUN(r.exitCode == 0 && validUtf8(r.out) && !r.out.contains("??"), r);
    const QJsonObject analysis
            = QJsonDocument::fromJson(r.out).object()[u"journeys"].toArray().first().toObject();
    QCOMPARE(analysis[u"entries"].toArray().first().toString(), QString::fromUtf8("\xF0\x9F\x98\xAB"
                                                                                  "a"));
    QCOMPARE(analysis[u"goals"].toArray().first().toString(), QString::fromUtf8("\xF0\xA0\xAE\xB7"
                                                                                "b"));
}

void TestFidelityCli::codePages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("unmatched");
    QTest::addRow("Windows-1252") << fixture("metrics/cp1252.csv") << QByteArray("windows-1252")
                                  << QString::fromUtf8("R\xC3\xBC"
                                                       "ckkehrer")
                                  << QString::fromUtf8("R\xC3\xBC"
                                                       "ckerstattung beantragt");
    QTest::addRow("Windows-1251") << fixture("metrics/cp1251.csv") << QByteArray("windows-1251")
                                  << QStringLiteral("Постоянный")
                                  << QStringLiteral("Возврат товара");
}

void TestFidelityCli::codePages()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, encoding);
    QFETCH(QString, segment);
    QFETCH(QString, unmatched);
    QTemporaryDir dir;
    const QString map = sampleCopy(dir);
    const Run r = m_runner.waymark({QStringLiteral("import-metrics"), map, file,
                                    QStringLiteral("--journey"), QStringLiteral("sofa")});
    VERIFY_RUN(r.exitCode == 0, r);
    VERIFY_RUN(r.out.contains("Read as " + encoding + ": the file is not UTF-8"), r);
    VERIFY_RUN(r.out.contains("\"" + unmatched.toUtf8() + "\": 1 row\n"), r);
    const QString segments = sql(map, QStringLiteral("SELECT DISTINCT segment FROM metric_value "
                                                     "WHERE segment <> '' ORDER BY 1;"));
    QVERIFY2(segments.split(u'\n').contains(segment), qPrintable(segments));
    QVERIFY(!segments.contains(QChar::ReplacementCharacter));
}

void TestFidelityCli::encodingOverride()
{
    QTemporaryDir dir;
    const QString map = sampleCopy(dir);
    // Told it is Windows-1251, the Windows-1252 file is read that way.
    Run r = m_runner.waymark({QStringLiteral("import-metrics"), map, fixture("metrics/cp1252.csv"),
                              QStringLiteral("--journey"), QStringLiteral("sofa"),
                              QStringLiteral("--encoding"), QStringLiteral("windows-1251")});
    VERIFY_RUN(r.exitCode == 0 && r.out.contains("Read as windows-1251 (--encoding)"), r);
    VERIFY_RUN(r.out.contains(QString::fromUtf8("\"R\xD1\x8C"
                                                "ckerstattung beantragt\"")
                                      .toUtf8()),
               r);
    r = m_runner.waymark({QStringLiteral("import-metrics"), map, fixture("metrics/cp1252.csv"),
                          QStringLiteral("--encoding"), QStringLiteral("ebcdic")});
    VERIFY_RUN(r.exitCode == 2 && r.err.contains("unknown encoding \"ebcdic\""), r);
}

void TestFidelityCli::yesNoAnswers()
{
    QTemporaryDir dir;
    const QString map = sampleCopy(dir);
    const Run r = m_runner.waymark({QStringLiteral("import-metrics"), map,
                                    fixture("metrics/yesno.csv"), QStringLiteral("--journey"),
                                    QStringLiteral("sofa"), QStringLiteral("--mapping"),
                                    fixture("metrics/yesno-mapping.json")});
    VERIFY_RUN(r.exitCode == 0, r);
    // "maybe" is the one answer that is not Yes or No.
    VERIFY_RUN(r.out.contains("Answers not counted in \"Would buy again\" (buy_again): 1"), r);
    auto value = [&](const char *step, const char *metric) {
        return sql(map, QStringLiteral("SELECT n || ' ' || value FROM metric_value WHERE step = "
                                       "'%1' AND metric = '%2' AND period = '' AND segment = '';")
                                .arg(QLatin1String(step), QLatin1String(metric)));
    };
    QCOMPARE(value("c08", "buy_again"), QStringLiteral("4 75.0")); // Yes, No, yes, да
    QCOMPARE(value("c14", "buy_again"), QStringLiteral("4 50.0")); // 是, 否, true, нет
    QCOMPARE(value("c19", "buy_again"), QStringLiteral("1 100.0"));
    QCOMPARE(value("c08", "contacted"), QStringLiteral("4 4.0"));
    QCOMPARE(value("c19", "contacted"), QStringLiteral("1 1.0")); // one blank
}

void TestFidelityCli::qualtricsLayouts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("single-quoted ImportId") << fixture("metrics/qualtrics-single-quotes.csv");
    QTest::addRow("legacy, two header rows") << fixture("metrics/qualtrics-legacy.csv");
}

void TestFidelityCli::qualtricsLayouts()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString map = sampleCopy(dir);
    const Run r = m_runner.waymark({QStringLiteral("import-metrics"), map, file,
                                    QStringLiteral("--journey"), QStringLiteral("sofa")});
    VERIFY_RUN(r.exitCode == 0, r);
    VERIFY_RUN(r.out.contains("(qualtrics layout)"), r);
    // Proposed from the question texts of the second row; no header row read as data.
    VERIFY_RUN(r.out.contains("\"nps\":\"Q2\"") && r.out.contains("\"csat\":\"Q3\""), r);
    VERIFY_RUN(r.out.contains(" 0 unmatched, 0 rejected"), r);
}

void TestFidelityCli::ratingProposedAsNps()
{
    QTemporaryDir dir;
    const QString map = sampleCopy(dir);
    const Run r = m_runner.waymark({QStringLiteral("import-metrics"), map,
                                    fixture("metrics/rating.csv"), QStringLiteral("--journey"),
                                    QStringLiteral("sofa")});
    VERIFY_RUN(r.exitCode == 0 && r.out.contains("\"metrics\":{\"nps\":\"rating\"}"), r);
    QCOMPARE(sql(map, QStringLiteral("SELECT n || ' ' || value FROM metric_value WHERE step = "
                                     "'c08' AND metric = 'nps' AND period = '';")),
             QStringLiteral("3 33.3333333333333"));
}

void TestFidelityCli::missingStepColumnSaysOnlyThat()
{
    QTemporaryDir dir;
    const QString map = sampleCopy(dir);
    const Run r = m_runner.waymark({QStringLiteral("import-metrics"), map,
                                    fixture("metrics/plain.csv"), QStringLiteral("--mapping"),
                                    fixture("metrics/missing-step-mapping.json")});
    VERIFY_RUN(r.exitCode == 1 && r.oneErrorLine(), r);
    VERIFY_RUN(r.err.contains("step: the data has no column \"Touchpoint name\""), r);
    VERIFY_RUN(!r.err.contains("--journey"), r);
}

void TestFidelityCli::nothingCountedIsRefused()
{
    QTemporaryDir dir;
    const QString map = sampleCopy(dir);
    const QString before = sql(map, QStringLiteral("SELECT count(*) FROM metric_def;"));
    const Run r = m_runner.waymark(
            {QStringLiteral("import-metrics"), map, fixture("metrics/all-rejected.csv"),
             QStringLiteral("--journey"), QStringLiteral("sofa"), QStringLiteral("--mapping"),
             fixture("metrics/all-rejected-mapping.json")});
    VERIFY_RUN(r.exitCode == 1 && r.oneErrorLine() && r.out.isEmpty(), r);
    VERIFY_RUN(r.err.contains("none of the 5 matched rows has an answer that can be counted "
                              "(\"NPS\": 4 not counted, 1 blank)"),
               r);
    QCOMPARE(sql(map, QStringLiteral("SELECT count(*) FROM import_source;")), QStringLiteral("0"));
    QCOMPARE(sql(map, QStringLiteral("SELECT count(*) FROM metric_value;")), QStringLiteral("0"));
    QCOMPARE(sql(map, QStringLiteral("SELECT count(*) FROM metric_def;")), before);
}

void TestFidelityCli::blankAnswersCounted()
{
    QTemporaryDir dir;
    const QString map = sampleCopy(dir);
    const Run r = m_runner.waymark({QStringLiteral("import-metrics"), map,
                                    fixture("metrics/blanks.csv"), QStringLiteral("--journey"),
                                    QStringLiteral("sofa")});
    VERIFY_RUN(r.exitCode == 0, r);
    VERIFY_RUN(r.out.contains("Rows with no answer in \"NPS\" (nps): 2\n"), r);
    VERIFY_RUN(r.out.contains("Rows with no answer in \"CSAT\" (csat): 3\n"), r);
    const QString report = sql(map, QStringLiteral("SELECT report FROM import_source;"));
    QVERIFY2(report.contains(QStringLiteral("\"blank\":[{\"metric\":\"nps\",\"column\":\"NPS\","
                                            "\"rows\":2}")),
             qPrintable(report));
}

void TestFidelityCli::unmatchedCountedOncePerFile()
{
    // The same file imported twice with different mappings (two sources):
    // its 3 unmatched rows stay 3.
    QTemporaryDir dir;
    const QString map = sampleCopy(dir);
    const QString npsOnly = dir.filePath(QStringLiteral("nps.json"));
    QVERIFY(writeFile(npsOnly, R"({"step": "Touchpoint", "metrics": {"nps": "NPS"}})"));
    Run r = m_runner.waymark({QStringLiteral("import-metrics"), map, fixture("metrics/plain.csv"),
                              QStringLiteral("--journey"), QStringLiteral("sofa")});
    VERIFY_RUN(r.exitCode == 0, r);
    r = m_runner.waymark({QStringLiteral("import-metrics"), map, fixture("metrics/plain.csv"),
                          QStringLiteral("--journey"), QStringLiteral("sofa"),
                          QStringLiteral("--mapping"), npsOnly});
    VERIFY_RUN(r.exitCode == 0, r);
    QCOMPARE(sql(map, QStringLiteral("SELECT count(*) FROM import_source;")), QStringLiteral("2"));
    r = m_runner.waymark({QStringLiteral("metrics"), map, QStringLiteral("--json")});
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QJsonObject rows;
    for (const QJsonValue &u : root[u"unmatched"].toArray())
        rows.insert(u[u"value"].toString(), u[u"rows"]);
    QCOMPARE(rows[u"Unknown step name"].toInt(), 2);
    QCOMPARE(rows[u""].toInt(), 1);
    QCOMPARE(root[u"rejected"].toInt(), 2);
    r = m_runner.waymark({QStringLiteral("metrics"), map});
    VERIFY_RUN(r.out.contains("\"Unknown step name\" (2 rows)")
                       && r.out.contains("(empty)\" (1 row)"),
               r);
}

QTEST_GUILESS_MAIN(TestFidelityCli)
#include "tst_fidelity_cli.moc"
