// The real `waymark` binary on real files (DESIGN.md §5): exit codes, one
// line on stderr for every error, files left exactly as they were on failure,
// and the files it makes checked with the sqlite3 tool.

#include "e2eutil.h"

#include "document/document.h"
#include "formats/jsonexport.h"
#include "storage/documentfile.h"
#include "storage/schema.h"
#include "templates/templates.h"
#include "version.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using namespace waymark::e2e;

namespace {

QJsonObject parseJson(const QByteArray &data)
{
    return QJsonDocument::fromJson(data).object();
}

QStringList journeyIds(const QJsonObject &root)
{
    QStringList ids;
    for (const QJsonValue &j : root[u"journeys"].toArray())
        ids.append(j[u"id"].toString());
    return ids;
}

// Everything in a folder, for "nothing was left behind".
QStringList listing(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

#define VERIFY_RUN(condition, run) QVERIFY2(condition, qPrintable((run).describe()))

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void help();
    void unknownCommand();
    void newFromTemplate_data();
    void newFromTemplate();
    void newRefusesToOverwrite();
    void newForceReplaces();
    void newUsageErrors();
    void checkGoodFile();
    void checkBadFiles_data();
    void checkBadFiles();
    void checkOtherVersions();
    void importGood();
    void importWarnsAboutUnknownFields();
    void importBad_data();
    void importBad();
    void importIntoMissingFile();
    void failedImportIntoMissingFileLeavesNoFile();
    void importUsageErrors();
    void importIntoBadTarget();
    void exportFormats();
    void exportOneJourney();
    void exportUnknownJourney();
    void exportUsageErrors_data();
    void exportUsageErrors();
    void lockedFile();

private:
    // A sample map made by the CLI itself, copied fresh into `dir`.
    QString sampleCopy(const QTemporaryDir &dir, const QString &name = QStringLiteral("s.cjm"));

    Runner m_runner;
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestCli::initTestCase()
{
    QVERIFY(m_runner.isValid() && m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(WAYMARK_BIN)), WAYMARK_BIN);
    QVERIFY2(!Runner::sqliteProgram().isEmpty(),
             "the sqlite3 tool is needed (apt-get install sqlite3; scripts/dev installs it)");
    m_sample = m_dir.filePath(QStringLiteral("sample.cjm"));
    const Run r = m_runner.waymark({QStringLiteral("new"), m_sample, QStringLiteral("--template"),
                                    QStringLiteral("sample")});
    VERIFY_RUN(r.exitCode == 0 && QFile::exists(m_sample), r);
}

QString TestCli::sampleCopy(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile::copy(m_sample, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestCli::version()
{
    for (const char *flag : {"--version", "-v"}) {
        const Run r = m_runner.waymark({QString::fromLatin1(flag)});
        VERIFY_RUN(r.exitCode == 0 && !r.crashed, r);
        QCOMPARE(r.out, QByteArray("waymark " WAYMARK_VERSION "\n"));
        QVERIFY(r.err.isEmpty());
    }
    // version.h is generated from project(... VERSION ...): the two agree.
    const QByteArray cmake = readFile(dataPath(QStringLiteral("../../CMakeLists.txt")));
    const QRegularExpression re(QStringLiteral("project\\(Waymark\\s+VERSION\\s+([0-9.]+)"));
    const auto match = re.match(QString::fromUtf8(cmake));
    QVERIFY(match.hasMatch());
    QCOMPARE(match.captured(1), QStringLiteral(WAYMARK_VERSION));
}

void TestCli::help()
{
    for (const char *flag : {"--help", "-h"}) {
        const Run r = m_runner.waymark({QString::fromLatin1(flag)});
        VERIFY_RUN(r.exitCode == 0 && !r.crashed, r);
        QVERIFY(r.err.isEmpty());
        for (const char *command : {"new", "import", "export", "check"})
            VERIFY_RUN(r.out.contains("  " + QByteArray(command) + " "), r);
        VERIFY_RUN(r.out.contains("--version"), r);
    }
    const Run sub = m_runner.waymark({QStringLiteral("new"), QStringLiteral("--help")});
    VERIFY_RUN(sub.exitCode == 0 && sub.out.contains("--template") && sub.out.contains("--force")
                       && sub.out.contains("b2b-onboarding") && sub.out.contains("tariff-change"),
               sub);
}

void TestCli::unknownCommand()
{
    for (const QStringList &args : {QStringList{QStringLiteral("frobnicate"), m_sample},
                                    QStringList{QStringLiteral("exprot")}}) {
        const Run r = m_runner.waymark(args);
        VERIFY_RUN(r.exitCode == 2 && !r.crashed, r);
        VERIFY_RUN(r.oneErrorLine() && r.err.contains(args.first().toUtf8()), r);
        QVERIFY(r.out.isEmpty());
    }
}

void TestCli::newFromTemplate_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QStringList>("journeys");
    QTest::newRow("no template") << QString() << QStringList();
    QTest::newRow("journey") << QStringLiteral("journey") << QStringList{QStringLiteral("j1")};
    QTest::newRow("blueprint") << QStringLiteral("blueprint") << QStringList{QStringLiteral("j1")};
    QTest::newRow("sample") << QStringLiteral("sample")
                            << QStringList{QStringLiteral("sofa"), QStringLiteral("sofa-future")};
    QTest::newRow("purchase (the sample)")
            << QStringLiteral("purchase")
            << QStringList{QStringLiteral("sofa"), QStringLiteral("sofa-future")};
    for (const char *name :
         {"b2b-onboarding", "support-incident", "cancellation", "bank-account", "tariff-change"})
        QTest::newRow(name) << QString::fromLatin1(name) << QStringList{QString::fromLatin1(name)};
}

void TestCli::newFromTemplate()
{
    QFETCH(QString, templateName);
    QFETCH(QStringList, journeys);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.cjm"));
    QStringList args{QStringLiteral("new"), path};
    if (!templateName.isEmpty())
        args << QStringLiteral("--template") << templateName;
    const Run r = m_runner.waymark(args);
    VERIFY_RUN(r.exitCode == 0 && !r.crashed && r.err.isEmpty(), r);
    VERIFY_RUN(r.out.contains(path.toUtf8()), r);

    // A Waymark file by SQLite's own account, at rest (no -wal, no lock).
    QCOMPARE(m_runner.sqlite(path, QStringLiteral("PRAGMA application_id;")),
             QString::number(kApplicationId));
    QCOMPARE(m_runner.sqlite(path, QStringLiteral("PRAGMA user_version;")),
             QString::number(kSchemaVersion));
    QCOMPARE(m_runner.sqlite(path, QStringLiteral("PRAGMA journal_mode;")),
             QStringLiteral("delete"));
    QCOMPARE(m_runner.sqlite(path, QStringLiteral("PRAGMA integrity_check;")),
             QStringLiteral("ok"));
    QCOMPARE(m_runner.sqlite(path, QStringLiteral("SELECT count(*) FROM journey;")),
             QString::number(journeys.size()));
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("new.cjm")});

    const Run exported = m_runner.waymark({QStringLiteral("export"), path, QStringLiteral("-o"),
                                           QStringLiteral("-"), QStringLiteral("--format"),
                                           QStringLiteral("json")});
    VERIFY_RUN(exported.exitCode == 0, exported);
    const QJsonObject root = parseJson(exported.out);
    QCOMPARE(journeyIds(root), journeys);
    if (templateName == u"blueprint") {
        QStringList kinds;
        for (const QJsonValue &l : root[u"journeys"][0][u"lanes"].toArray())
            kinds.append(l[u"kind"].toString());
        QCOMPARE(kinds, (QStringList{QStringLiteral("evidence"), QStringLiteral("customer"),
                                     QStringLiteral("frontstage"), QStringLiteral("backstage"),
                                     QStringLiteral("support")}));
    }
    if (templateName.contains(u'-') || templateName == u"cancellation") {
        // A scenario: a blueprint with its pain points, ideas and handoffs.
        const QJsonObject j = root[u"journeys"][0].toObject();
        QCOMPARE(j[u"kind"].toString(), QStringLiteral("blueprint"));
        int pains = 0, ideas = 0, handoffs = 0;
        for (const QJsonValue &s : j[u"steps"].toArray()) {
            pains += s[u"kind"].toString() == u"painpoint" ? 1 : 0;
            ideas += s[u"kind"].toString() == u"opportunity" ? 1 : 0;
        }
        for (const QJsonValue &l : j[u"links"].toArray())
            handoffs += l[u"kind"].toString() == u"handoff" ? 1 : 0;
        QVERIFY(pains >= 3 && ideas >= 3 && handoffs >= 2);
        const Run analyzed = m_runner.waymark({QStringLiteral("analyze"), path});
        VERIFY_RUN(analyzed.exitCode == 0, analyzed);
    }
    const Run check = m_runner.waymark({QStringLiteral("check"), path});
    VERIFY_RUN(check.exitCode == 0, check);
}

void TestCli::newRefusesToOverwrite()
{
    QTemporaryDir dir;
    const QString path = sampleCopy(dir);
    const QByteArray before = readFile(path);
    const Run r = m_runner.waymark({QStringLiteral("new"), path});
    VERIFY_RUN(r.exitCode == 1 && !r.crashed, r);
    VERIFY_RUN(r.oneErrorLine() && r.err.contains("already exists") && r.err.contains("--force"),
               r);
    QCOMPARE(readFile(path), before);

    // Not a Waymark file at all: still not replaced without --force.
    const QString other = dir.filePath(QStringLiteral("notes.cjm"));
    QVERIFY(writeFile(other, "my notes"));
    const Run r2 = m_runner.waymark({QStringLiteral("new"), other, QStringLiteral("--template"),
                                     QStringLiteral("journey")});
    VERIFY_RUN(r2.exitCode == 1 && r2.oneErrorLine(), r2);
    QCOMPARE(readFile(other), QByteArray("my notes"));
}

void TestCli::newForceReplaces()
{
    QTemporaryDir dir;
    const QString path = sampleCopy(dir);
    const Run r = m_runner.waymark({QStringLiteral("new"), path, QStringLiteral("--template"),
                                    QStringLiteral("blueprint"), QStringLiteral("--force")});
    VERIFY_RUN(r.exitCode == 0 && r.err.isEmpty(), r);
    QCOMPARE(m_runner.sqlite(path, QStringLiteral("SELECT count(*) FROM journey;")),
             QStringLiteral("1"));
    QCOMPARE(m_runner.sqlite(path, QStringLiteral("SELECT count(*) FROM step;")),
             QStringLiteral("0"));
    QCOMPARE(m_runner.sqlite(path, QStringLiteral("PRAGMA application_id;")),
             QString::number(kApplicationId));
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("s.cjm")}); // no .new left over

    // A file that is not a Waymark document is replaced too.
    QVERIFY(writeFile(path, "junk"));
    const Run r2 = m_runner.waymark({QStringLiteral("new"), path, QStringLiteral("--force")});
    VERIFY_RUN(r2.exitCode == 0, r2);
    QCOMPARE(m_runner.sqlite(path, QStringLiteral("PRAGMA user_version;")),
             QString::number(kSchemaVersion));
    QCOMPARE(m_runner.sqlite(path, QStringLiteral("SELECT count(*) FROM journey;")),
             QStringLiteral("0"));
}

void TestCli::newUsageErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.cjm"));
    const Run unknown = m_runner.waymark(
            {QStringLiteral("new"), path, QStringLiteral("--template"), QStringLiteral("poster")});
    VERIFY_RUN(unknown.exitCode == 2 && unknown.oneErrorLine() && unknown.err.contains("poster"),
               unknown);
    const Run none = m_runner.waymark({QStringLiteral("new")});
    VERIFY_RUN(none.exitCode == 2 && none.oneErrorLine(), none);
    const Run option = m_runner.waymark({QStringLiteral("new"), path, QStringLiteral("--colour")});
    VERIFY_RUN(option.exitCode == 2 && option.oneErrorLine(), option);
    QVERIFY(!QFile::exists(path));
    const Run folder = m_runner.waymark(
            {QStringLiteral("new"), dir.filePath(QStringLiteral("no/such/x.cjm"))});
    VERIFY_RUN(folder.exitCode == 1 && folder.oneErrorLine(), folder);
}

void TestCli::checkGoodFile()
{
    const Run r = m_runner.waymark({QStringLiteral("check"), m_sample});
    VERIFY_RUN(r.exitCode == 0 && r.err.isEmpty(), r);
    const Workspace ws = makeTemplate(Template::Sample);
    qsizetype steps = 0, links = 0;
    for (const Journey &j : ws.journeys) {
        steps += j.steps.size();
        links += j.links.size();
    }
    const QString expected = QStringLiteral("sample.cjm: ok (file version %1; 2 journeys, %2 "
                                            "steps, %3 links, %4 personas, %5 channels)\n")
                                     .arg(kSchemaVersion)
                                     .arg(steps)
                                     .arg(links)
                                     .arg(ws.personas.size())
                                     .arg(ws.channels.size());
    QCOMPARE(QString::fromUtf8(r.out), expected);
}

void TestCli::checkBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("is empty");
    QTest::newRow("random bytes") << QStringLiteral("random")
                                  << QStringLiteral("not an SQLite database");
    QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("not a Waymark document");
    QTest::newRow("foreign SQLite")
            << QStringLiteral("foreign") << QStringLiteral("another application");
    QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("damaged");
    QTest::newRow("header only") << QStringLiteral("header") << QStringLiteral("truncated");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("no such file");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
}

void TestCli::checkBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.cjm"));
    if (kind == u"empty") {
        QVERIFY(writeFile(path, {}));
    } else if (kind == u"random") {
        QByteArray bytes(8192, Qt::Uninitialized);
        QRandomGenerator rng(7);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        QVERIFY(writeFile(path, bytes));
    } else if (kind == u"text") {
        QVERIFY(writeFile(path, "Stage,Step\nAwareness,Sees an ad\n"));
    } else if (kind == u"foreign") {
        const Run made
                = m_runner.run(Runner::sqliteProgram(),
                               {path, QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY "
                                                     "KEY, body TEXT); INSERT INTO notes(body) "
                                                     "VALUES('hello');")});
        VERIFY_RUN(made.exitCode == 0, made);
    } else if (kind == u"truncated") {
        const QByteArray whole = readFile(m_sample);
        QVERIFY(whole.size() > 8192);
        QVERIFY(writeFile(path, whole.left(whole.size() / 2)));
    } else if (kind == u"header") {
        QVERIFY(writeFile(path, readFile(m_sample).left(60)));
    } else if (kind == u"folder") {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("bad.cjm")));
    }
    const QStringList filesBefore = listing(dir.path());
    const QByteArray before = readFile(path);

    const Run r = m_runner.waymark({QStringLiteral("check"), path});
    VERIFY_RUN(r.exitCode == 1 && !r.crashed, r);
    VERIFY_RUN(r.oneErrorLine(), r);
    VERIFY_RUN(r.err.contains(expected.toUtf8()), r);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(readFile(path), before);
    QCOMPARE(listing(dir.path()), filesBefore);
}

void TestCli::checkOtherVersions()
{
    // Older and newer files are read as they are: checked, never rewritten.
    QTemporaryDir dir;
    const QString older = dir.filePath(QStringLiteral("old.cjm"));
    QVERIFY(QFile::copy(dataPath(QStringLiteral("schema-v1.cjm")), older));
    QFile::setPermissions(older, QFile::ReadOwner | QFile::WriteOwner);
    const QString newer = sampleCopy(dir, QStringLiteral("new.cjm"));
    const Run bump = m_runner.run(Runner::sqliteProgram(),
                                  {newer, QStringLiteral("PRAGMA user_version = 99;")});
    VERIFY_RUN(bump.exitCode == 0, bump);
    for (const QString &path : {older, newer}) {
        const QByteArray before = readFile(path);
        const QStringList files = listing(dir.path());
        const Run r = m_runner.waymark({QStringLiteral("check"), path});
        VERIFY_RUN(r.exitCode == 0 && r.out.contains(": ok (") && !r.crashed, r);
        QCOMPARE(readFile(path), before);
        QCOMPARE(listing(dir.path()), files); // no backup, no upgrade
    }
}

void TestCli::importGood()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("i.cjm"));
    const Run made = m_runner.waymark({QStringLiteral("new"), path});
    VERIFY_RUN(made.exitCode == 0, made);
    const Run r = m_runner.waymark({QStringLiteral("import"), path, QStringLiteral("--json"),
                                    dataPath(QStringLiteral("json/design-example.json"))});
    VERIFY_RUN(r.exitCode == 0 && r.err.isEmpty(), r);
    VERIFY_RUN(r.out.contains("Imported 1 journey (2 steps, 1 links)"), r);
    QCOMPARE(m_runner.sqlite(path, QStringLiteral("SELECT group_concat(id) FROM step;")),
             QStringLiteral("a,b"));

    const Run exported = m_runner.waymark({QStringLiteral("export"), path, QStringLiteral("-o"),
                                           QStringLiteral("-"), QStringLiteral("--format"),
                                           QStringLiteral("json")});
    const QJsonObject root = parseJson(exported.out);
    QCOMPARE(journeyIds(root), QStringList{QStringLiteral("j1")});
    QCOMPARE(root[u"journeys"][0][u"persona"].toString(), QStringLiteral("p1"));

    // Again: a second copy of the journey under a fresh id, said on stderr.
    const Run again = m_runner.waymark({QStringLiteral("import"), path, QStringLiteral("--json"),
                                        dataPath(QStringLiteral("json/design-example.json"))});
    VERIFY_RUN(again.exitCode == 0 && again.oneErrorLine() && again.err.contains("\"j1\""), again);
    QCOMPARE(m_runner.sqlite(path, QStringLiteral("SELECT count(*) FROM journey;")),
             QStringLiteral("2"));
}

void TestCli::importWarnsAboutUnknownFields()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.cjm"));
    const Run r = m_runner.waymark({QStringLiteral("import"), path, QStringLiteral("--json"),
                                    dataPath(QStringLiteral("json/unknown-fields.json"))});
    VERIFY_RUN(r.exitCode == 0, r);
    const QList<QByteArray> lines = r.errLines();
    QCOMPARE(lines.size(), 8);
    for (const QByteArray &line : lines)
        VERIFY_RUN(line.startsWith("waymark: warning: ") && line.contains("unknown field"), r);
    VERIFY_RUN(r.err.contains("journeys[0].steps[0]: unknown field \"mood\" ignored"), r);
}

void TestCli::importBad_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << QStringLiteral("json/bad/truncated.json")
                               << QStringLiteral("not valid JSON");
    QTest::newRow("not JSON") << QStringLiteral("json/bad/not-json.csv")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QStringLiteral("json/bad/empty.json")
                           << QStringLiteral("not valid JSON");
    QTest::newRow("wrong format") << QStringLiteral("json/bad/wrong-format.json")
                                  << QStringLiteral("document.format");
    QTest::newRow("wrong version")
            << QStringLiteral("json/bad/wrong-version.json") << QStringLiteral("document.version");
    QTest::newRow("dangling link") << QStringLiteral("json/bad/dangling-link.json")
                                   << QStringLiteral("journeys[0].links[0].to");
    QTest::newRow("no such file") << QStringLiteral("json/none.json")
                                  << QStringLiteral("cannot be read");
    QTest::newRow("a .cjm instead")
            << QStringLiteral("schema-v1.cjm") << QStringLiteral("not valid JSON");
}

void TestCli::importBad()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = sampleCopy(dir);
    const QByteArray before = readFile(path);
    const QStringList filesBefore = listing(dir.path());
    const Run r = m_runner.waymark(
            {QStringLiteral("import"), path, QStringLiteral("--json"), dataPath(json)});
    VERIFY_RUN(r.exitCode == 1 && !r.crashed, r);
    VERIFY_RUN(r.oneErrorLine() && r.err.contains(expected.toUtf8()), r);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(readFile(path), before); // byte for byte
    QCOMPARE(listing(dir.path()), filesBefore);
}

void TestCli::importIntoMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.cjm"));
    const Run r = m_runner.waymark({QStringLiteral("import"), path, QStringLiteral("--json"),
                                    dataPath(QStringLiteral("json/minimal.json"))});
    VERIFY_RUN(r.exitCode == 0 && r.err.isEmpty(), r);
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("fresh.cjm")});
    QCOMPARE(m_runner.sqlite(path, QStringLiteral("PRAGMA application_id;")),
             QString::number(kApplicationId));
    QCOMPARE(m_runner.sqlite(path, QStringLiteral("PRAGMA user_version;")),
             QString::number(kSchemaVersion));
    QCOMPARE(m_runner.sqlite(path, QStringLiteral("SELECT id FROM journey;")), QStringLiteral("j"));
    QCOMPARE(m_runner.sqlite(path, QStringLiteral("PRAGMA foreign_key_check;")), QString());
    const Run check = m_runner.waymark({QStringLiteral("check"), path});
    VERIFY_RUN(check.exitCode == 0, check);
}

void TestCli::failedImportIntoMissingFileLeavesNoFile()
{
    QTemporaryDir dir;
    for (const char *json : {"json/bad/dangling-link.json", "json/bad/truncated.json"}) {
        const QString path = dir.filePath(QStringLiteral("never.cjm"));
        const Run r = m_runner.waymark({QStringLiteral("import"), path, QStringLiteral("--json"),
                                        dataPath(QString::fromLatin1(json))});
        VERIFY_RUN(r.exitCode == 1 && r.oneErrorLine(), r);
        QCOMPARE(listing(dir.path()), QStringList());
    }
    const Run folder = m_runner.waymark(
            {QStringLiteral("import"), dir.filePath(QStringLiteral("no/such/x.cjm")),
             QStringLiteral("--json"), dataPath(QStringLiteral("json/minimal.json"))});
    VERIFY_RUN(folder.exitCode == 1 && folder.oneErrorLine(), folder);
    QCOMPARE(listing(dir.path()), QStringList());
}

void TestCli::importUsageErrors()
{
    QTemporaryDir dir;
    const QString path = sampleCopy(dir);
    const QByteArray before = readFile(path);
    const Run noJson = m_runner.waymark({QStringLiteral("import"), path});
    VERIFY_RUN(noJson.exitCode == 2 && noJson.oneErrorLine() && noJson.err.contains("--json"),
               noJson);
    const Run noFile = m_runner.waymark({QStringLiteral("import")});
    VERIFY_RUN(noFile.exitCode == 2 && noFile.oneErrorLine(), noFile);
    QCOMPARE(readFile(path), before);
}

void TestCli::importIntoBadTarget()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.cjm"));
    QVERIFY(writeFile(path, "these are my notes\n"));
    const Run r = m_runner.waymark({QStringLiteral("import"), path, QStringLiteral("--json"),
                                    dataPath(QStringLiteral("json/minimal.json"))});
    VERIFY_RUN(r.exitCode == 1 && r.oneErrorLine() && r.err.contains("not a Waymark document"), r);
    QCOMPARE(readFile(path), QByteArray("these are my notes\n"));
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("notes.cjm")});
}

void TestCli::exportFormats()
{
    QTemporaryDir dir;
    // What the library writes for this file is what the CLI must write.
    OpenResult opened = openDocument(m_sample, OpenMode::ReadOnly);
    QVERIFY(opened.document);
    const QByteArray expected = exportJson(opened.document->workspace());
    opened.document.reset();

    const QString byExtension = dir.filePath(QStringLiteral("out.JSON"));
    const Run r1 = m_runner.waymark(
            {QStringLiteral("export"), m_sample, QStringLiteral("-o"), byExtension});
    VERIFY_RUN(r1.exitCode == 0 && r1.err.isEmpty() && r1.out.isEmpty(), r1);
    QCOMPARE(readFile(byExtension), expected);

    const QString byFlag = dir.filePath(QStringLiteral("out.txt"));
    const Run r2 = m_runner.waymark({QStringLiteral("export"), m_sample, QStringLiteral("--output"),
                                     byFlag, QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_RUN(r2.exitCode == 0 && r2.err.isEmpty(), r2);
    QCOMPARE(readFile(byFlag), expected);

    const Run r3 = m_runner.waymark({QStringLiteral("export"), m_sample, QStringLiteral("-o"),
                                     QStringLiteral("-"), QStringLiteral("--format"),
                                     QStringLiteral("json")});
    VERIFY_RUN(r3.exitCode == 0 && r3.err.isEmpty(), r3);
    QCOMPARE(r3.out, expected);

    // Exporting reads only: the file is untouched.
    const QByteArray before = readFile(m_sample);
    const Run r4 = m_runner.waymark({QStringLiteral("export"), m_sample, QStringLiteral("-o"),
                                     dir.filePath(QStringLiteral("again.json"))});
    VERIFY_RUN(r4.exitCode == 0, r4);
    QCOMPARE(readFile(m_sample), before);
}

void TestCli::exportOneJourney()
{
    for (const char *pick : {"sofa-future", "Buy a sofa (future state)", "sofa"}) {
        const Run r = m_runner.waymark({QStringLiteral("export"), m_sample, QStringLiteral("-o"),
                                        QStringLiteral("-"), QStringLiteral("--format"),
                                        QStringLiteral("json"), QStringLiteral("--journey"),
                                        QString::fromUtf8(pick)});
        VERIFY_RUN(r.exitCode == 0, r);
        const QStringList ids = journeyIds(parseJson(r.out));
        QCOMPARE(ids.size(), 1);
        QCOMPARE(ids[0], QByteArrayView(pick) == "sofa" ? QStringLiteral("sofa")
                                                        : QStringLiteral("sofa-future"));
    }
}

void TestCli::exportUnknownJourney()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("o.json"));
    const Run r = m_runner.waymark({QStringLiteral("export"), m_sample, QStringLiteral("-o"), out,
                                    QStringLiteral("--journey"), QStringLiteral("Buy a car")});
    VERIFY_RUN(r.exitCode == 1 && r.oneErrorLine(), r);
    VERIFY_RUN(r.err.contains("Buy a car") && r.err.contains("(sofa)")
                       && r.err.contains("(sofa-future)"),
               r);
    QVERIFY(!QFile::exists(out));
}

void TestCli::exportUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown format")
            << QStringList{QStringLiteral("-o"), QStringLiteral("out.json"),
                           QStringLiteral("--format"), QStringLiteral("docx")}
            << QStringLiteral("docx");
    QTest::newRow("unknown extension")
            << QStringList{QStringLiteral("-o"), QStringLiteral("out.xyz")}
            << QStringLiteral("xyz");
    QTest::newRow("no extension") << QStringList{QStringLiteral("-o"), QStringLiteral("out")}
                                  << QStringLiteral("--format");
    QTest::newRow("stdout without --format")
            << QStringList{QStringLiteral("-o"), QStringLiteral("-")} << QStringLiteral("--format");
    QTest::newRow("no -o") << QStringList{QStringLiteral("--format"), QStringLiteral("json")}
                           << QStringLiteral("-o OUT");
    QTest::newRow("unknown option")
            << QStringList{QStringLiteral("-o"), QStringLiteral("a.json"), QStringLiteral("--frob")}
            << QStringLiteral("frob");
}

void TestCli::exportUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const Run r = m_runner.waymark(QStringList{QStringLiteral("export"), m_sample} + args);
    VERIFY_RUN(r.exitCode == 2 && !r.crashed && r.oneErrorLine(), r);
    VERIFY_RUN(r.err.contains(expected.toUtf8()), r);
    QVERIFY(r.out.isEmpty());
}

void TestCli::lockedFile()
{
    QTemporaryDir dir;
    const QString path = sampleCopy(dir);
    const QByteArray before = readFile(path);
    {
        // This test process holds the edit lock, as an open editor window would.
        QLockFile lock(lockFilePath(path));
        QVERIFY(lock.tryLock(0));
        const Run r = m_runner.waymark({QStringLiteral("import"), path, QStringLiteral("--json"),
                                        dataPath(QStringLiteral("json/minimal.json"))});
        VERIFY_RUN(r.exitCode == 1 && !r.crashed && r.oneErrorLine(), r);
        VERIFY_RUN(
                r.err.contains("another Waymark window")
                        && r.err.contains(QByteArray::number(QCoreApplication::applicationPid())),
                r);
        QCOMPARE(readFile(path), before);

        // Reading a locked file is fine.
        const Run check = m_runner.waymark({QStringLiteral("check"), path});
        VERIFY_RUN(check.exitCode == 0, check);
        const Run exported = m_runner.waymark({QStringLiteral("export"), path, QStringLiteral("-o"),
                                               QStringLiteral("-"), QStringLiteral("--format"),
                                               QStringLiteral("json")});
        VERIFY_RUN(exported.exitCode == 0, exported);
        QCOMPARE(readFile(path), before);
    }
    // Unlocked: the same import goes in.
    const Run r = m_runner.waymark({QStringLiteral("import"), path, QStringLiteral("--json"),
                                    dataPath(QStringLiteral("json/minimal.json"))});
    VERIFY_RUN(r.exitCode == 0, r);
    QCOMPARE(m_runner.sqlite(path, QStringLiteral("SELECT count(*) FROM journey;")),
             QStringLiteral("3"));
}

QTEST_GUILESS_MAIN(TestCli)

#include "tst_cli.moc"
