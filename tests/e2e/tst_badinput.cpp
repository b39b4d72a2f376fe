// Bad input through the real `waymark` binary (issue 7): damaged, foreign,
// unwritable and full documents for every command that opens one, and bad
// data files for every importer (CSV, Mermaid, JSON). Each answer is one
// line on stderr that names the file and what is wrong (and where, for data
// files), exit code 1, no crash, and the document exactly as it was: same
// bytes, no file left beside it.
//
// tst_cli.cpp covers `check` on damaged files and the JSON cases it lists;
// tst_metrics_cli.cpp the CSV fixtures; these are the rest.

#include "e2eutil.h"

#include "model/workspace.h"
#include "templates/templates.h"

#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QRandomGenerator>
#include <QTest>

#include <unistd.h>

using namespace waymark;
using namespace waymark::e2e;

#define VERIFY_RUN(condition, run) QVERIFY2(condition, qPrintable((run).describe()))

namespace {

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromUtf8(s));
    return out;
}

// Everything in a folder with a hash of each file: "nothing changed,
// nothing left behind".
//
// Bytes, or Content: a command that fails after it opened the document for
// editing leaves every row as it was, but SQLite's header still counts the
// switch to WAL and back (file change counter, bytes 24-27 and 92-95). For
// those the hash is of `sqlite3 .dump` (schema and every row) and the
// header's user_version and application_id instead.
enum class Compare { Bytes, Content };

QStringList snapshot(const Runner &runner, const QString &folder, Compare compare = Compare::Bytes)
{
    QStringList out;
    const QDir dir(folder);
    for (const QString &name :
         dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (compare == Compare::Content && name.endsWith(u".cjm")) {
            const QString path = dir.filePath(name);
            const Run dump = runner.run(Runner::sqliteProgram(), {QStringLiteral("-readonly"), path,
                                                                  QStringLiteral(".dump")});
            hash.addData(dump.exitCode == 0 ? dump.out : QByteArray("no dump"));
            hash.addData(runner.sqlite(path, QStringLiteral("PRAGMA user_version;")).toUtf8());
            hash.addData(runner.sqlite(path, QStringLiteral("PRAGMA application_id;")).toUtf8());
        } else {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                hash.addData(&f);
        }
        out.append(name + u' ' + QString::fromLatin1(hash.result().toHex()));
    }
    return out;
}

QByteArray randomBytes(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (char &c : bytes)
        c = char(rng.bounded(256));
    return bytes;
}

// The sample map's first journey as rows of a plain survey export.
QByteArray surveyRows(int rows, quint32 seed)
{
    const Workspace ws = makeTemplate(Template::Sample);
    const Journey &j = ws.journeys.first();
    QRandomGenerator rng(seed);
    QByteArray csv;
    for (int i = 0; i < rows; ++i) {
        csv += QStringLiteral("R%1,\"%2\",%3,%4\n")
                       .arg(i)
                       .arg(j.steps.at(rng.bounded(int(j.steps.size()))).title)
                       .arg(rng.bounded(11))
                       .arg(1 + rng.bounded(5))
                       .toUtf8();
    }
    return csv;
}

// The same with a date and a segment: values per step, month and segment,
// thousands of rows to write.
QByteArray datedSurvey(int rows, quint32 seed)
{
    const Workspace ws = makeTemplate(Template::Sample);
    const Journey &j = ws.journeys.first();
    QRandomGenerator rng(seed);
    QByteArray csv("RecordedDate,Touchpoint,How likely are you to recommend us?,Satisfaction,"
                   "Effort,Segment\n");
    for (int i = 0; i < rows; ++i) {
        csv += QStringLiteral("2025-%1-%2,\"%3\",%4,%5,%6,%7\n")
                       .arg(1 + rng.bounded(12), 2, 10, QLatin1Char('0'))
                       .arg(1 + rng.bounded(28), 2, 10, QLatin1Char('0'))
                       .arg(j.steps.at(rng.bounded(int(j.steps.size()))).title)
                       .arg(rng.bounded(11))
                       .arg(1 + rng.bounded(5))
                       .arg(1 + rng.bounded(7))
                       .arg(rng.bounded(2) ? QStringLiteral("New") : QStringLiteral("Returning"))
                       .toUtf8();
    }
    return csv;
}

const QByteArray kSurveyHeader("ResponseId,Touchpoint,How likely are you to recommend us?,"
                               "Satisfaction\n");

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badDocuments_data();
    void badDocuments();
    void unwritable_data();
    void unwritable();
    void diskFull_data();
    void diskFull();
    void badCsv_data();
    void badCsv();
    void csvReported_data();
    void csvReported();
    void badMermaid_data();
    void badMermaid();
    void badJson_data();
    void badJson();
    void cleanupTestCase();

private:
    // Runs waymark as an unprivileged user when the tests run as root (root
    // may write anything, so permissions would not be tested otherwise).
    Run waymarkAsUser(const QStringList &args) const;

    Runner m_runner;
    QTemporaryDir m_dir;
    QString m_sample;
    int m_cases = 0;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_runner.isValid() && m_dir.isValid());
    QVERIFY2(!Runner::sqliteProgram().isEmpty(), "the sqlite3 tool is needed");
    m_sample = m_dir.filePath(QStringLiteral("sample.cjm"));
    const Run r = m_runner.waymark({QStringLiteral("new"), m_sample, QStringLiteral("--template"),
                                    QStringLiteral("sample")});
    VERIFY_RUN(r.exitCode == 0, r);
    // Data files the commands below read.
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("survey.csv")),
                      kSurveyHeader + surveyRows(50, 1)));
}

void TestBadInput::cleanupTestCase()
{
    qInfo("%d bad inputs tried", m_cases);
}

Run TestBadInput::waymarkAsUser(const QStringList &args) const
{
    if (::geteuid() != 0)
        return m_runner.waymark(args);
    // A home and runtime folder of that user's own, as a login would give.
    static QTemporaryDir home(QDir::tempPath() + QStringLiteral("/waymark-user-XXXXXX"));
    if (::chown(QFile::encodeName(home.path()).constData(), 65534, 65534) != 0)
        qWarning("chown failed");
    return m_runner.run(QStringLiteral("setpriv"),
                        QStringList{QStringLiteral("--reuid=65534"),
                                    QStringLiteral("--regid=65534"),
                                    QStringLiteral("--clear-groups"), QStringLiteral("--"),
                                    QStringLiteral("env"), QStringLiteral("HOME=") + home.path(),
                                    QStringLiteral("XDG_CONFIG_HOME=") + home.path(),
                                    QStringLiteral("XDG_RUNTIME_DIR=") + home.path(),
                                    QStringLiteral(WAYMARK_BIN)}
                                + args);
}

// Every command that opens a document, on documents it cannot use.
void TestBadInput::badDocuments_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("args"); // after the command's FILE
    QTest::addColumn<QString>("expected");
    const QString survey = m_dir.filePath(QStringLiteral("survey.csv"));
    const QList<std::pair<const char *, QStringList>> commands{
            {"import",
             {QStringLiteral("import"), QStringLiteral("FILE"), QStringLiteral("--json"),
              dataPath(QStringLiteral("json/minimal.json"))}},
            {"import-metrics",
             {QStringLiteral("import-metrics"), QStringLiteral("FILE"), survey,
              QStringLiteral("--journey"), QStringLiteral("sofa")}},
            {"export",
             {QStringLiteral("export"), QStringLiteral("FILE"), QStringLiteral("-o"),
              QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")}},
            {"metrics", {QStringLiteral("metrics"), QStringLiteral("FILE")}},
            {"analyze", {QStringLiteral("analyze"), QStringLiteral("FILE")}},
    };
    const QList<std::pair<const char *, const char *>> kinds{
            {"empty", "is empty"},
            {"random", "not an SQLite database"},
            {"png", "not an SQLite database"},
            {"foreign", "another application"},
            {"truncated", "damaged"},
            {"zeroed", "damaged"},
            {"missing", "no such file"},
    };
    for (const auto &[kind, expected] : kinds) {
        for (const auto &[name, args] : commands) {
            // `import` makes a missing file: not an error.
            if (QByteArrayView(kind) == "missing" && QByteArrayView(name) == "import")
                continue;
            QTest::newRow((QByteArray(kind) + ", " + name).constData())
                    << QString::fromLatin1(kind) << args << QString::fromLatin1(expected);
        }
    }
    // A newer file opens read-only: reading works, writing says why not.
    QTest::addRow("newer, import")
            << QStringLiteral("newer") << commands[0].second << QStringLiteral("newer Waymark");
    QTest::addRow("newer, import-metrics")
            << QStringLiteral("newer") << commands[1].second << QStringLiteral("newer Waymark");
}

void TestBadInput::badDocuments()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.cjm"));
    const QByteArray sample = readFile(m_sample);
    if (kind == u"empty") {
        QVERIFY(writeFile(path, {}));
    } else if (kind == u"random") {
        QVERIFY(writeFile(path, randomBytes(20000, 3)));
    } else if (kind == u"png") {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(path, "PNG"));
    } else if (kind == u"foreign") {
        const Run made = m_runner.run(
                Runner::sqliteProgram(),
                {path,
                 QStringLiteral("CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT);"
                                "INSERT INTO moz_places(url) VALUES('https://example.org');")});
        VERIFY_RUN(made.exitCode == 0, made);
    } else if (kind == u"truncated") {
        // Cut at a page boundary: SQLite's header promises more pages than there are.
        QVERIFY(writeFile(path, sample.left(sample.size() / 4096 / 2 * 4096)));
    } else if (kind == u"zeroed") {
        // A disk that lost a block: one page in the middle overwritten with zeros.
        QByteArray damaged = sample;
        damaged.replace(4096 * 3, 4096, QByteArray(4096, '\0'));
        QVERIFY(writeFile(path, damaged));
    } else if (kind == u"newer") {
        QVERIFY(writeFile(path, sample));
        const Run bump = m_runner.run(Runner::sqliteProgram(),
                                      {path, QStringLiteral("PRAGMA user_version = 99;")});
        VERIFY_RUN(bump.exitCode == 0, bump);
    }
    args.replace(1, path);
    const QStringList before = snapshot(m_runner, dir.path());
    const Run r = m_runner.waymark(args);
    ++m_cases;
    VERIFY_RUN(r.exitCode == 1 && !r.crashed, r);
    VERIFY_RUN(r.oneErrorLine(), r);
    VERIFY_RUN(r.err.contains(expected.toUtf8()), r);
    VERIFY_RUN(r.err.contains("map.cjm"), r); // names the file
    QCOMPARE(snapshot(m_runner, dir.path()), before);
}

// A file or folder this user may not write: commands that would write say
// so; nothing is changed or left behind.
void TestBadInput::unwritable_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString survey = m_dir.filePath(QStringLiteral("survey.csv"));
    const QStringList import{QStringLiteral("import"), QStringLiteral("FILE"),
                             QStringLiteral("--json"),
                             dataPath(QStringLiteral("json/minimal.json"))};
    const QStringList metrics{QStringLiteral("import-metrics"), QStringLiteral("FILE"), survey,
                              QStringLiteral("--journey"), QStringLiteral("sofa")};
    QTest::newRow("read-only file, import")
            << QStringLiteral("file") << import << QStringLiteral("read-only");
    QTest::newRow("read-only file, import-metrics")
            << QStringLiteral("file") << metrics << QStringLiteral("read-only");
    QTest::newRow("read-only folder, import") << QStringLiteral("folder") << import
                                              << QStringLiteral("folder that cannot be written");
    QTest::newRow("read-only folder, import-metrics")
            << QStringLiteral("folder") << metrics
            << QStringLiteral("folder that cannot be written");
    QTest::newRow("unreadable file, export")
            << QStringLiteral("unreadable")
            << QStringList{QStringLiteral("export"),   QStringLiteral("FILE"),
                           QStringLiteral("-o"),       QStringLiteral("-"),
                           QStringLiteral("--format"), QStringLiteral("json")}
            << QStringLiteral("permission denied");
}

void TestBadInput::unwritable()
{
    QFETCH(QString, what);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const bool root = ::geteuid() == 0;
    // The unprivileged user must reach the folder and read the data files.
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/waymark-badinput-XXXXXX"));
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("map.cjm"));
    QVERIFY(QFile::copy(m_sample, path));
    const QFile::Permissions rw = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                  | QFile::ReadOther | QFile::WriteOther;
    const QFile::Permissions ro = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const QFile::Permissions rwx = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                   | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QFile::Permissions rx
            = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther;
    if (root) {
        // The data the command reads must be readable by that user too.
        for (const QString &file : {m_dir.path(), m_dir.filePath(QStringLiteral("survey.csv"))})
            QFile::setPermissions(file,
                                  QFile::permissions(file) | QFile::ReadOther | QFile::ExeOther);
    }
    if (what == u"file") {
        QVERIFY(QFile::setPermissions(path, ro));
        QVERIFY(QFile::setPermissions(dir.path(), rwx));
    } else if (what == u"folder") {
        QVERIFY(QFile::setPermissions(path, rw));
        QVERIFY(QFile::setPermissions(dir.path(), rx));
    } else {
        QVERIFY(QFile::setPermissions(path, QFile::WriteOwner));
        QVERIFY(QFile::setPermissions(dir.path(), rwx));
    }
    args.replace(1, path);
    const QStringList before = snapshot(m_runner, dir.path());
    const Run r = waymarkAsUser(args);
    ++m_cases;
    QFile::setPermissions(dir.path(), rwx); // so that it can be removed
    VERIFY_RUN(r.exitCode == 1 && !r.crashed, r);
    VERIFY_RUN(r.oneErrorLine(), r);
    VERIFY_RUN(r.err.contains(expected.toUtf8()) && r.err.contains("map.cjm"), r);
    QFile::setPermissions(path, rw);
    QCOMPARE(snapshot(m_runner, dir.path()), before);
}

// The disk fills up in the middle of a write: this process may not write
// past `limit` bytes in any file (RLIMIT_FSIZE; SIGXFSZ ignored, so the
// write fails with EFBIG as it would with ENOSPC), and the edit needs more.
void TestBadInput::diskFull_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("data"); // written to DATA
    // A journey of 3000 steps grows the file by far more than it may.
    QByteArray json(
            "{\"format\":\"waymark\",\"version\":1,\"journeys\":[{\"id\":\"big\","
            "\"name\":\"Big\",\"stages\":[{\"id\":\"s\",\"name\":\"S\"}],\"lanes\":[{\"id\":"
            "\"l\",\"name\":\"L\",\"kind\":\"customer\"}],\"steps\":[");
    for (int i = 0; i < 3000; ++i) {
        json += (i ? "," : "")
                + QStringLiteral("{\"id\":\"b%1\",\"stage\":\"s\",\"lane\":\"l\","
                                 "\"title\":\"A step with a long enough title %1\"}")
                          .arg(i)
                          .toUtf8();
    }
    json += "]}]}";
    QTest::newRow("import") << strings({"import", "FILE", "--json", "DATA"}) << json;
    QTest::newRow("import-metrics")
            << strings({"import-metrics", "FILE", "DATA", "--journey", "sofa"})
            << datedSurvey(20000, 5);
}

void TestBadInput::diskFull()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, data);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.cjm"));
    QVERIFY(QFile::copy(m_sample, path));
    const QString dataFile = m_dir.filePath(QStringLiteral("diskfull.data"));
    QVERIFY(writeFile(dataFile, data));
    args.replace(args.indexOf(QStringLiteral("FILE")), path);
    args.replace(args.indexOf(QStringLiteral("DATA")), dataFile);

    // The format's own check that this data does fit when the disk does not fill.
    {
        QTemporaryDir spare;
        const QString copy = spare.filePath(QStringLiteral("map.cjm"));
        QVERIFY(QFile::copy(m_sample, copy));
        QStringList fine = args;
        fine.replace(1, copy);
        const Run ok = m_runner.waymark(fine);
        VERIFY_RUN(ok.exitCode == 0, ok);
    }
    const QStringList before = snapshot(m_runner, dir.path(), Compare::Content);
    // Room for the file as it is and its journal's first pages, no more.
    const qint64 blocks = (QFileInfo(path).size() + 64 * 1024) / 512;
    const Run r = m_runner.run(QStringLiteral("sh"),
                               QStringList{QStringLiteral("-c"),
                                           QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" "
                                                          "\"$@\"")
                                                   .arg(blocks),
                                           QStringLiteral(WAYMARK_BIN)}
                                       + args);
    ++m_cases;
    VERIFY_RUN(r.exitCode == 1 && !r.crashed, r);
    VERIFY_RUN(r.oneErrorLine(), r);
    VERIFY_RUN(r.err.contains("map.cjm") || r.err.contains("nothing was imported"), r);
    QCOMPARE(snapshot(m_runner, dir.path(), Compare::Content), before);
    // And the file is whole.
    const Run check = m_runner.waymark({QStringLiteral("check"), path});
    VERIFY_RUN(check.exitCode == 0, check);
}

void TestBadInput::badCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("says"); // every one of these, in the one line
    // 3000 rows: past the preview (1000 rows) and the binary probe (64 KB),
    // so the full read finds these, not the first look.
    const QByteArray rows = surveyRows(3000, 9);
    QTest::newRow("unclosed quote on the last line")
            << QByteArray(kSurveyHeader + rows + "R9999,\"Orders online,10,5\n")
            << strings({"line 3002", "not closed"});
    QTest::newRow("quote opened far down")
            << QByteArray(kSurveyHeader + rows + "R9999,Ord\"ers,10,5\n" + rows)
            << strings({"line 3002", "quote"});
    QTest::newRow("binary far down")
            << QByteArray(kSurveyHeader + rows + QByteArray("R9999,\0\x01\x02,3,4\n", 14) + rows)
            << strings({"line 3002"});
    QTest::newRow("binary at the start") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                         << strings({"bad.csv", "not a text file"});
    QTest::newRow("UTF-16 without BOM")
            << QByteArray(reinterpret_cast<const char *>(
                                  QString::fromUtf8(kSurveyHeader + surveyRows(20, 2)).utf16()),
                          (kSurveyHeader.size() + surveyRows(20, 2).size()) * 2)
            << strings({"bad.csv", "UTF-16", "byte order mark"});
    QTest::newRow("only a header") << kSurveyHeader << strings({"bad.csv", "no data rows"});
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << strings({"bad.csv"});
    QTest::newRow("empty") << QByteArray() << strings({"bad.csv"});
    QTest::newRow("wrong delimiter")
            << QByteArray(kSurveyHeader + surveyRows(40, 3)).replace(',', '|').replace('"', "")
            << strings({"columns", "--mapping"});
    QTest::newRow("wrong delimiter, quoted")
            << QByteArray(kSurveyHeader + surveyRows(40, 3)).replace(',', '|')
            << strings({"bad.csv", "line 2", "quote"});
}

void TestBadInput::badCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, says);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.cjm"));
    QVERIFY(QFile::copy(m_sample, path));
    const QString data = m_dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(data, csv));
    const QStringList before = snapshot(m_runner, dir.path(), Compare::Content);
    const Run r = m_runner.waymark({QStringLiteral("import-metrics"), path, data,
                                    QStringLiteral("--journey"), QStringLiteral("sofa")});
    ++m_cases;
    VERIFY_RUN(r.exitCode == 1 && !r.crashed, r);
    VERIFY_RUN(r.oneErrorLine() && r.out.isEmpty(), r);
    for (const QString &s : std::as_const(says))
        VERIFY_RUN(r.err.contains(s.toUtf8()), r);
    QCOMPARE(snapshot(m_runner, dir.path(), Compare::Content), before);
}

// Data that is odd but readable goes in, and the summary says what was
// left out and where, in a few readable lines.
void TestBadInput::csvReported_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("says");
    const Workspace ws = makeTemplate(Template::Sample);
    const QByteArray title = ws.journeys.first().steps.first().title.toUtf8();
    const QByteArray huge(20 * 1024 * 1024, 'x');
    QTest::newRow("20 MB step name") << QByteArray(kSurveyHeader + surveyRows(5, 4) + "R77,\""
                                                   + huge + "\",10,5\n" + surveyRows(5, 6))
                                     << strings({"1 unmatched", "(20971520 characters)"});
    QTest::newRow("20 MB answer") << QByteArray(kSurveyHeader + surveyRows(5, 4) + "R77,\"" + title
                                                + "\",10,\"" + huge + "\"\n")
                                  << strings({"1 rejected", "line 7", "(20971520 characters)"});
    QTest::newRow("out-of-range and non-numeric answers")
            << QByteArray(kSurveyHeader + surveyRows(40, 12) + "R100,\"" + title
                          + "\",11,5\n"                       // NPS above 10
                          + "R101,\"" + title + "\",ten,4\n"  // not a number
                          + "R102,\"" + title + "\",-1,9\n"   // both out of range
                          + "R103,\"" + title + "\",7.5,3\n") // not whole
            << strings({"line 42: \"11\"", "line 43: \"ten\"", "line 44: \"-1\"",
                        "\"Satisfaction\"", "line 44: \"9\""});
}

void TestBadInput::csvReported()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, says);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.cjm"));
    QVERIFY(QFile::copy(m_sample, path));
    const QString data = m_dir.filePath(QStringLiteral("odd.csv"));
    QVERIFY(writeFile(data, csv));
    const Run r = m_runner.waymark({QStringLiteral("import-metrics"), path, data,
                                    QStringLiteral("--journey"), QStringLiteral("sofa")});
    ++m_cases;
    VERIFY_RUN(r.exitCode == 0 && !r.crashed && r.err.isEmpty(), r);
    VERIFY_RUN(r.out.size() < 4000, r);
    for (const QString &s : std::as_const(says))
        VERIFY_RUN(r.out.contains(s.toUtf8()), r);
    const Run check = m_runner.waymark({QStringLiteral("check"), path});
    VERIFY_RUN(check.exitCode == 0, check);
}

void TestBadInput::badMermaid_data()
{
    QTest::addColumn<QByteArray>("mermaid");
    QTest::addColumn<QStringList>("says");
    QTest::newRow("empty") << QByteArray() << strings({"no \"journey\" line"});
    QTest::newRow("only blank lines and comments")
            << QByteArray("\n\n%% nothing here\n   \n") << strings({"no \"journey\" line"});
    QTest::newRow("nonsense") << QByteArray("The quick brown fox\njumps over the lazy dog\n")
                              << strings({"line 1", "not a Mermaid journey"});
    QTest::newRow("random bytes") << randomBytes(3000, 5) << strings({"UTF-8"});
    QTest::newRow("another diagram")
            << QByteArray("sequenceDiagram\n  Alice->>Bob: Hi\n") << strings({"sequenceDiagram"});
    QTest::newRow("unknown keyword")
            << QByteArray("journey\n  title Sofa\n  sectoin Buy\n    Orders: 4: Me\n")
            << strings({"line 3", "sectoin Buy"});
    QTest::newRow("keyword of another diagram")
            << QByteArray("journey\n  section Buy\n    Orders: 4: Me\n  participant Bob\n")
            << strings({"line 4", "participant Bob"});
    QTest::newRow("score not a number")
            << QByteArray("journey\n  section Buy\n    Orders: four: Me\n")
            << strings({"line 3", "four"});
    QTest::newRow("journey twice") << QByteArray("journey\nsection A\n  T: 3: Me\njourney\n")
                                   << strings({"line 4", "journey"});
    QTest::newRow("front matter not closed")
            << QByteArray("---\ntitle: x\njourney\n") << strings({"front matter"});
    QTest::newRow("accDescr not closed")
            << QByteArray("journey\n  accDescr {\n  never closed\n  section A\n")
            << strings({"line 2", "accDescr"});
}

void TestBadInput::badMermaid()
{
    QFETCH(QByteArray, mermaid);
    QFETCH(QStringList, says);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.cjm"));
    QVERIFY(QFile::copy(m_sample, path));
    const QString data = m_dir.filePath(QStringLiteral("bad.mmd"));
    QVERIFY(writeFile(data, mermaid));
    const QStringList before = snapshot(m_runner, dir.path());
    const Run r
            = m_runner.waymark({QStringLiteral("import"), path, QStringLiteral("--mermaid"), data});
    ++m_cases;
    VERIFY_RUN(r.exitCode == 1 && !r.crashed, r);
    VERIFY_RUN(r.oneErrorLine() && r.out.isEmpty(), r);
    VERIFY_RUN(r.err.contains("bad.mmd"), r);
    for (const QString &s : std::as_const(says))
        VERIFY_RUN(r.err.contains(s.toUtf8()), r);
    QCOMPARE(snapshot(m_runner, dir.path()), before);
}

void TestBadInput::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("says");
    const QByteArray head("{\"format\":\"waymark\",\"version\":1,");
    const QByteArray journey(
            "\"id\":\"j\",\"name\":\"J\",\"stages\":[{\"id\":\"s\",\"name\":\"S\"}],"
            "\"lanes\":[{\"id\":\"l\",\"name\":\"L\",\"kind\":\"customer\"}],");
    const QByteArray step("{\"id\":\"a\",\"stage\":\"s\",\"lane\":\"l\",\"title\":\"A\"}");
    QTest::newRow("duplicate step ids") << QByteArray(head + "\"journeys\":[{" + journey
                                                      + "\"steps\":[" + step + "," + step + "]}]}")
                                        << strings({"journeys[0].steps[1]", "\"a\""});
    QTest::newRow("duplicate journey ids") << QByteArray(
            head + "\"journeys\":[{" + journey + "\"steps\":[]},{" + journey + "\"steps\":[]}]}")
                                           << strings({"journeys[1]", "\"j\""});
    QTest::newRow("duplicate persona ids")
            << QByteArray(head
                          + "\"personas\":[{\"id\":\"p\",\"name\":\"P\"},{\"id\":\"p\","
                            "\"name\":\"Q\"}],\"journeys\":[]}")
            << strings({"personas[1]", "\"p\""});
    QTest::newRow("step in a missing lane")
            << QByteArray(head + "\"journeys\":[{" + journey
                          + "\"steps\":[{\"id\":\"a\",\"stage\":\"s\",\"lane\":\"nowhere\","
                            "\"title\":\"A\"}]}]}")
            << strings({"journeys[0].steps[0]", "nowhere"});
    QTest::newRow("link from a missing step")
            << QByteArray(head + "\"journeys\":[{" + journey + "\"steps\":[" + step
                          + "],\"links\":[{\"id\":\"x\",\"from\":\"ghost\",\"to\":\"a\"}]}]}")
            << strings({"journeys[0].links[0]", "ghost"});
    QTest::newRow("missing persona") << QByteArray(head + "\"journeys\":[{" + journey
                                                   + "\"persona\":\"nobody\",\"steps\":[]}]}")
                                     << strings({"journeys[0]", "nobody"});
    QTest::newRow("journeys not an array")
            << QByteArray(head + "\"journeys\":{\"id\":\"j\"}}") << strings({"journeys"});
    QTest::newRow("an array at the top") << QByteArray("[1,2,3]") << strings({"object"});
    QTest::newRow("wrong type of field")
            << QByteArray(head + "\"journeys\":[{" + journey
                          + "\"steps\":[{\"id\":\"a\",\"stage\":\"s\",\"lane\":\"l\","
                            "\"title\":42}]}]}")
            << strings({"journeys[0].steps[0]", "title"});
    QTest::newRow("emotion out of range")
            << QByteArray(head + "\"journeys\":[{" + journey
                          + "\"steps\":[{\"id\":\"a\",\"stage\":\"s\",\"lane\":\"l\","
                            "\"title\":\"A\",\"emotion\":7}]}]}")
            << strings({"journeys[0].steps[0]", "emotion"});
    QTest::newRow("cut in a string")
            << QByteArray(head + "\"journeys\":[{\"id\":\"j\",\"name\":\"Half a na")
            << strings({"not valid JSON"});
    QTest::newRow("UTF-16") << QByteArray::fromRawData("\xFF\xFE{\0}\0", 6)
                            << strings({"not valid JSON"});
}

void TestBadInput::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, says);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.cjm"));
    QVERIFY(QFile::copy(m_sample, path));
    const QString data = m_dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(data, json));
    const QStringList before = snapshot(m_runner, dir.path());
    const Run r
            = m_runner.waymark({QStringLiteral("import"), path, QStringLiteral("--json"), data});
    ++m_cases;
    VERIFY_RUN(r.exitCode == 1 && !r.crashed, r);
    VERIFY_RUN(r.oneErrorLine() && r.out.isEmpty(), r);
    for (const QString &s : std::as_const(says))
        VERIFY_RUN(r.err.contains(s.toUtf8()), r);
    QCOMPARE(snapshot(m_runner, dir.path()), before);
}

QTEST_GUILESS_MAIN(TestBadInput)

#include "tst_badinput.moc"
