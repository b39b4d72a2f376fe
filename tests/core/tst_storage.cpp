// The .cjm file: every field through a real file, pragmas, one transaction
// per edit, bad files, read-only cases and the edit lock between processes.

#include "testutil.h"

#include "storage/schema.h"
#include "storage/sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <unistd.h>

using namespace waymark;
using namespace waymark::test;

namespace {

// The child process of lockedByAnotherProcess(): holds a file open for
// editing until its stdin closes.
int holdLock(const QString &path)
{
    OpenResult r = openDocument(path);
    if (!r.document || r.document->isReadOnly())
        return 3;
    std::fputs("locked\n", stdout);
    std::fflush(stdout);
    char buffer[16];
    while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
    }
    return 0;
}

qint64 pragmaOf(const QString &path, const char *pragma)
{
    Database db;
    QString error;
    if (!db.open(path, Database::Mode::ReadOnly, &error))
        return -1;
    return db.queryInt(pragma).value_or(-1);
}

Journey &sampleJourney(Workspace &ws)
{
    return ws.journeys.first();
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFileHasPragmas();
    void fieldRoundTrip_data();
    void fieldRoundTrip();
    void everyEditIsCommittedAtOnce();
    void fileAtRestIsSelfContained();
    void badFiles_data();
    void badFiles();
    void newerVersionOpensReadOnly();
    void readOnlyModeRefusesEdits();
    void readOnlyPermissions();
    void lockedInThisProcess();
    void lockedByAnotherProcess();
    void migratesVersion1();
    void migratesVersion2();
    void readsVersion1ReadOnlyWithoutChangingIt();
    void createRefusesExistingFile();
};

void TestStorage::newFileHasPragmas()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("a.cjm"));
    QVERIFY(doc);
    QVERIFY(!doc->isReadOnly());
    const QString path = doc->filePath();
    QCOMPARE(pragmaOf(path, "PRAGMA application_id"), qint64(kApplicationId));
    QCOMPARE(pragmaOf(path, "PRAGMA user_version"), qint64(kSchemaVersion));
    QString error;
    QVERIFY2(doc->integrityCheck(&error), qPrintable(error));
    QVERIFY(doc->workspace().journeys.isEmpty());
}

void TestStorage::fieldRoundTrip_data()
{
    QTest::addColumn<QString>("field");
    const char *fields[] = {"step.title",
                            "step.description",
                            "step.kind",
                            "step.channel",
                            "step.owner",
                            "step.priority",
                            "step.due",
                            "step.emotion",
                            "step.emotion.clear",
                            "step.momentOfTruth",
                            "step.entry",
                            "step.goal",
                            "step.key",
                            "step.tags",
                            "step.color",
                            "step.cell",
                            "link.kind",
                            "link.label",
                            "link.share",
                            "link.share.clear",
                            "link.typical",
                            "journey.name",
                            "journey.persona",
                            "journey.persona.clear",
                            "journey.scenario",
                            "journey.description",
                            "journey.state",
                            "journey.kind",
                            "journey.votes",
                            "stage.name",
                            "stage.description",
                            "lane.name",
                            "lane.kind",
                            "persona.fields",
                            "channel.fields",
                            "metric.fields",
                            "comment",
                            "vote",
                            "import.source",
                            "import.manyValues"};
    for (const char *f : fields)
        QTest::addRow("%s", f) << QString::fromLatin1(f);
}

void TestStorage::fieldRoundTrip()
{
    QFETCH(QString, field);
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("f.cjm"), Template::Sample);
    QVERIFY(doc);
    const QString path = doc->filePath();
    Workspace expected = doc->workspace();
    Journey &j = sampleJourney(expected);
    const QString jid = j.id;
    Step step = j.steps[3];
    Link link = j.links[2];
    QString error;
    bool ok = true;

    auto writeStep = [&](std::function<void(Step &)> change) {
        change(step);
        j.steps[3] = step;
        ok = doc->updateSteps(jid, {step}, &error);
    };
    auto writeLink = [&](std::function<void(Link &)> change) {
        change(link);
        j.links[2] = link;
        ok = doc->updateLink(jid, link, &error);
    };
    auto writeJourney = [&](std::function<void(Journey &)> change) {
        change(j);
        ok = doc->updateJourney(j, &error);
    };

    if (field == u"step.title")
        writeStep(
                [](Step &s) { s.title = QStringLiteral("Сравнивает диваны 比较沙发 \"quoted\""); });
    else if (field == u"step.description")
        writeStep([](Step &s) { s.description = QStringLiteral("Line one\nline two"); });
    else if (field == u"step.kind")
        writeStep([](Step &s) { s.kind = StepKind::Opportunity; });
    else if (field == u"step.channel")
        writeStep([](Step &s) { s.channel = QStringLiteral("phone"); });
    else if (field == u"step.owner")
        writeStep([](Step &s) { s.owner = QStringLiteral("Finance"); });
    else if (field == u"step.priority")
        writeStep([](Step &s) { s.priority = Priority::High; });
    else if (field == u"step.due")
        writeStep([](Step &s) { s.due = QDate(2027, 2, 28); });
    else if (field == u"step.emotion")
        writeStep([](Step &s) { s.emotion = -2; });
    else if (field == u"step.emotion.clear")
        writeStep([](Step &s) { s.emotion.reset(); });
    else if (field == u"step.momentOfTruth")
        writeStep([](Step &s) { s.momentOfTruth = !s.momentOfTruth; });
    else if (field == u"step.entry")
        writeStep([](Step &s) { s.entry = !s.entry; });
    else if (field == u"step.goal")
        writeStep([](Step &s) { s.goal = !s.goal; });
    else if (field == u"step.key")
        writeStep([](Step &s) { s.key = QStringLiteral("KEY-99"); });
    else if (field == u"step.tags")
        writeStep([](Step &s) { s.tags = {QStringLiteral("vip"), QStringLiteral("a, b")}; });
    else if (field == u"step.color")
        writeStep([](Step &s) { s.color = QStringLiteral("#123abc"); });
    else if (field == u"step.cell")
        writeStep([](Step &s) {
            s.stage = QStringLiteral("use");
            s.lane = QStringLiteral("ideas");
            s.order = 7;
        });
    else if (field == u"link.kind")
        writeLink([](Link &l) { l.kind = LinkKind::Dependency; });
    else if (field == u"link.label")
        writeLink([](Link &l) { l.label = QStringLiteral("if in stock"); });
    else if (field == u"link.share")
        writeLink([](Link &l) { l.share = 0.125; });
    else if (field == u"link.share.clear")
        writeLink([](Link &l) { l.share.reset(); });
    else if (field == u"link.typical")
        writeLink([](Link &l) { l.typical = !l.typical; });
    else if (field == u"journey.name")
        writeJourney([](Journey &x) { x.name = QStringLiteral("Renamed"); });
    else if (field == u"journey.persona")
        writeJourney([](Journey &x) { x.persona = QStringLiteral("marek"); });
    else if (field == u"journey.persona.clear")
        writeJourney([](Journey &x) { x.persona.clear(); });
    else if (field == u"journey.scenario")
        writeJourney([](Journey &x) { x.scenario = QStringLiteral("Another scenario"); });
    else if (field == u"journey.description")
        writeJourney([](Journey &x) { x.description = QStringLiteral("Notes"); });
    else if (field == u"journey.state")
        writeJourney([](Journey &x) { x.state = JourneyState::Future; });
    else if (field == u"journey.kind")
        writeJourney([](Journey &x) { x.kind = JourneyKind::Journey; });
    else if (field == u"journey.votes")
        writeJourney([](Journey &x) { x.votesPerParticipant = 9; });
    else if (field == u"stage.name" || field == u"stage.description") {
        Stage &s = j.stages[1];
        (field == u"stage.name" ? s.name : s.description) = QStringLiteral("Changed");
        ok = doc->updateStage(jid, s, &error);
    } else if (field == u"lane.name") {
        j.lanes[2].name = QStringLiteral("Changed");
        ok = doc->updateLane(jid, j.lanes[2], &error);
    } else if (field == u"lane.kind") {
        j.lanes[2].kind = LaneKind::Thoughts;
        ok = doc->updateLane(jid, j.lanes[2], &error);
    } else if (field == u"persona.fields") {
        Persona &p = expected.personas[1];
        p = {p.id, QStringLiteral("N"), QStringLiteral("G"), QStringLiteral("Q"),
             QStringLiteral("D")};
        ok = doc->updatePersona(p, &error);
    } else if (field == u"channel.fields") {
        Channel &c = expected.channels[2];
        c = {c.id, QStringLiteral("Shop"), ChannelKind::Print, QStringLiteral("letter")};
        ok = doc->updateChannel(c, &error);
    } else if (field == u"metric.fields") {
        MetricDef &m = expected.metricDefs[1];
        m.name = QStringLiteral("Satisfaction");
        m.formula = Formula::Mean;
        m.unit = QStringLiteral("pts");
        m.scaleMin.reset();
        m.scaleMax = 10;
        m.higherIsBetter = false;
        m.green = 2.5;
        m.amber.reset();
        ok = doc->updateMetricDef(m, &error);
    } else if (field == u"comment") {
        const Comment c{QStringLiteral("c1"), step.id, QStringLiteral("Ирина"),
                        QStringLiteral("Why 8 hours?"),
                        QDateTime(QDate(2026, 11, 2), QTime(14, 5, 7, 123), Qt::UTC)};
        j.comments.append(c);
        ok = doc->insertComment(jid, c, 0, &error);
    } else if (field == u"vote") {
        const Vote v{step.id, QStringLiteral("Team A"), 3};
        j.votes.append(v);
        ok = doc->setVote(jid, v, &error);
    } else if (field == u"import.source") {
        ImportSource src;
        src.id = QStringLiteral("s1");
        src.journey = jid;
        src.fileName = QStringLiteral("survey.csv");
        src.importedAt = QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
        src.layout = QStringLiteral("qualtrics");
        src.mapping = QStringLiteral("{\"step\":\"Touchpoint\"}");
        src.signature = QStringLiteral("abc");
        src.rowsRead = 10;
        src.rowsMatched = 8;
        src.rowsUnmatched = 1;
        src.rowsRejected = 1;
        src.report = QStringLiteral("{\"unmatched\":[]}");
        MetricValue v{step.id,
                      QStringLiteral("nps"),
                      QStringLiteral("2026-09"),
                      QStringLiteral("EU"),
                      src.id,
                      8,
                      25.0,
                      61.0,
                      {0, 1, 0, 0, 0, 0, 1, 2, 1, 2, 1}};
        expected.sources.append(src);
        j.metricValues.append(v);
        ok = doc->insertSource(src, {v}, &error);
    } else if (field == u"import.manyValues") {
        // Written 32 rows per statement, then the rest one by one: 70 values
        // fill two statements and six single rows, every column varied.
        ImportSource src;
        src.id = QStringLiteral("bulk");
        src.journey = jid;
        src.fileName = QStringLiteral("big.csv");
        src.importedAt = QDateTime(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC);
        QList<MetricValue> values;
        const QStringList metrics{QStringLiteral("nps"), QStringLiteral("csat"),
                                  QStringLiteral("ces")};
        for (int i = 0; i < 70; ++i) {
            MetricValue v{j.steps[i % j.steps.size()].id,
                          metrics[i % 3],
                          i % 4 ? QStringLiteral("2026-%1").arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                : QString(),
                          i % 5 ? QStringLiteral("Сегмент %1 😫").arg(i % 7) : QString(),
                          src.id,
                          i + 1,
                          i * 1.25 - 20,
                          i * 3.5,
                          {}};
            for (int b = 0; b < i % 12; ++b)
                v.histogram.append(qint64(b) * i);
            values.append(v);
        }
        expected.sources.append(src);
        j.metricValues.append(values);
        ok = doc->insertSource(src, values, &error);
    } else {
        QFAIL("unknown row");
    }
    QVERIFY2(ok, qPrintable(error));
    QVERIFY2(doc->workspace() == expected, "memory differs from the expected model");
    doc.reset();

    OpenResult reopened = openDocument(path);
    QVERIFY2(reopened.document, qPrintable(reopened.error));
    QVERIFY2(reopened.document->workspace() == expected, "the file differs from the model");
    QVERIFY(reopened.document->integrityCheck(&error));
}

void TestStorage::everyEditIsCommittedAtOnce()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("c.cjm"), Template::Journey);
    QVERIFY(doc);
    const Journey *j = doc->journey(QStringLiteral("j1"));
    QVERIFY(j);
    // A second connection sees each edit as soon as the call returns: no
    // transaction is left open, nothing waits for a save.
    for (int i = 0; i < 5; ++i) {
        Step s;
        s.id = QStringLiteral("x%1").arg(i);
        s.stage = j->stages.first().id;
        s.lane = j->lanes.first().id;
        s.title = QStringLiteral("Step %1").arg(i);
        QString error;
        QVERIFY2(doc->insertStep(QStringLiteral("j1"), s, i, &error), qPrintable(error));
        QCOMPARE(pragmaOf(doc->filePath(), "SELECT count(*) FROM step"), qint64(i + 1));
    }
}

void TestStorage::fileAtRestIsSelfContained()
{
    QTemporaryDir dir;
    QString path;
    {
        auto doc = newDocument(dir, QStringLiteral("r.cjm"), Template::Sample);
        QVERIFY(doc);
        path = doc->filePath();
        QVERIFY(QFile::exists(lockFilePath(path)));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(lockFilePath(path)));
    // Header bytes 18/19: 1 = rollback journal, 2 = WAL.
    const QByteArray header = readFile(path).left(20);
    QCOMPARE(int(header[18]), 1);
}

void TestStorage::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (char &c : random)
        c = char(rng.bounded(256));
    QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
    QTest::newRow("random bytes") << random << QStringLiteral("not an SQLite database");
    QTest::newRow("text") << QByteArray("name,score\nanna,9\n") << QStringLiteral("not an SQLite");
    QTest::newRow("pdf") << QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
                         << QStringLiteral("not an SQLite");
    QTest::newRow("short header") << QByteArray("SQLite format 3\0\x10", 18)
                                  << QStringLiteral("truncated");
    QTest::newRow("truncated") << QByteArray("sample-half") << QStringLiteral("damaged");
    QTest::newRow("foreign sqlite")
            << QByteArray("foreign") << QStringLiteral("another application");
    QTest::newRow("no schema") << QByteArray("ours-empty") << QStringLiteral("no schema version");
}

void TestStorage::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.cjm"));
    if (content == "sample-half") {
        // A real document cut in half, as a failed copy leaves it.
        {
            auto doc = newDocument(dir, QStringLiteral("whole.cjm"), Template::Sample);
            QVERIFY(doc);
        }
        const QByteArray whole = readFile(dir.filePath(QStringLiteral("whole.cjm")));
        content = whole.left(whole.size() / 2);
    } else if (content == "foreign" || content == "ours-empty") {
        Database db;
        QString error;
        QVERIFY(db.open(path, Database::Mode::Create, &error));
        QVERIFY(db.exec("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);"
                        "INSERT INTO notes(body) VALUES ('hello')"));
        if (content == "ours-empty")
            QVERIFY(db.exec("PRAGMA application_id = 1464685131")); // kApplicationId
        db.close();
        content = readFile(path);
    }
    QVERIFY(writeFile(path, content));

    OpenResult result = openDocument(path);
    QVERIFY(!result.document);
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY(!result.error.contains(u'\n'));
    QCOMPARE(readFile(path), content); // untouched
    QVERIFY(!QFile::exists(lockFilePath(path)));
}

void TestStorage::newerVersionOpensReadOnly()
{
    QTemporaryDir dir;
    QString path;
    {
        auto doc = newDocument(dir, QStringLiteral("n.cjm"), Template::Journey);
        QVERIFY(doc);
        path = doc->filePath();
    }
    {
        Database db;
        QVERIFY(db.open(path, Database::Mode::ReadWrite, nullptr));
        QVERIFY(db.exec("PRAGMA user_version = 99"));
    }
    const QByteArray before = readFile(path);
    OpenResult result = openDocument(path);
    QVERIFY2(result.document, qPrintable(result.error));
    QVERIFY(result.document->isReadOnly());
    QVERIFY2(result.notice.contains(QStringLiteral("newer Waymark")), qPrintable(result.notice));
    QCOMPARE(result.document->workspace().journeys.size(), 1);
    QString error;
    Journey props = result.document->workspace().journeys.first();
    props.name = QStringLiteral("changed");
    QVERIFY(!result.document->updateJourney(props, &error));
    QVERIFY(error.contains(QStringLiteral("newer Waymark")));
    result.document.reset();
    QCOMPARE(readFile(path), before);
}

void TestStorage::readOnlyModeRefusesEdits()
{
    QTemporaryDir dir;
    QString path;
    {
        auto doc = newDocument(dir, QStringLiteral("ro.cjm"), Template::Sample);
        QVERIFY(doc);
        path = doc->filePath();
    }
    const QByteArray before = readFile(path);
    OpenResult result = openDocument(path, OpenMode::ReadOnly);
    QVERIFY(result.document);
    QVERIFY(result.document->isReadOnly());
    QString error;
    QVERIFY(!result.document->removeItems(QStringLiteral("sofa"), {QStringLiteral("c01")}, {},
                                          nullptr, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(result.document->workspace().journeys.first().steps.first().id, QStringLiteral("c01"));
    result.document.reset();
    QCOMPARE(readFile(path), before);
}

void TestStorage::readOnlyPermissions()
{
    if (geteuid() == 0)
        QSKIP("root may write any file; permissions cannot make it read-only");
    QTemporaryDir dir;
    QString path;
    {
        auto doc = newDocument(dir, QStringLiteral("perm.cjm"), Template::Journey);
        QVERIFY(doc);
        path = doc->filePath();
    }
    QFile::setPermissions(path, QFile::ReadOwner);
    OpenResult result = openDocument(path);
    QVERIFY2(result.document, qPrintable(result.error));
    QVERIFY(result.document->isReadOnly());
    QVERIFY(result.notice.contains(QStringLiteral("read-only")));
    result.document.reset();

    // A writable file in a folder that cannot be written: no lock, no -wal.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    OpenResult inFolder = openDocument(path);
    QVERIFY2(inFolder.document, qPrintable(inFolder.error));
    QVERIFY(inFolder.document->isReadOnly());
    QCOMPARE(inFolder.document->workspace().journeys.size(), 1);
    inFolder.document.reset();
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestStorage::lockedInThisProcess()
{
    QTemporaryDir dir;
    auto first = newDocument(dir, QStringLiteral("l.cjm"), Template::Journey);
    QVERIFY(first);
    OpenResult second = openDocument(first->filePath());
    QVERIFY(second.document);
    QVERIFY(second.document->isReadOnly());
    QVERIFY2(second.notice.contains(QStringLiteral("another Waymark window")),
             qPrintable(second.notice));
    second.document.reset();
    first.reset();
    OpenResult third = openDocument(dir.filePath(QStringLiteral("l.cjm")));
    QVERIFY(third.document);
    QVERIFY(!third.document->isReadOnly());
}

void TestStorage::lockedByAnotherProcess()
{
    QTemporaryDir dir;
    QString path;
    {
        auto doc = newDocument(dir, QStringLiteral("p.cjm"), Template::Journey);
        QVERIFY(doc);
        path = doc->filePath();
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WAYMARK_HOLD_LOCK"), path);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForReadyRead(10000));
    QCOMPARE(child.readLine().trimmed(), QByteArray("locked"));

    OpenResult result = openDocument(path);
    QVERIFY(result.document);
    QVERIFY(result.document->isReadOnly());
    QVERIFY2(result.notice.contains(QString::number(child.processId())), qPrintable(result.notice));
    result.document.reset();

    // A lock left by a process that died is stale and does not block editing.
    child.kill();
    QVERIFY(child.waitForFinished());
    QVERIFY(QFile::exists(lockFilePath(path)));
    OpenResult after = openDocument(path);
    QVERIFY(after.document);
    QVERIFY2(!after.document->isReadOnly(), qPrintable(after.notice));
}

void TestStorage::migratesVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.cjm"));
    QVERIFY(QFile::copy(dataPath(QStringLiteral("schema-v1.cjm")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = readFile(path);
    QCOMPARE(pragmaOf(path, "PRAGMA user_version"), qint64(1));

    OpenResult result = openDocument(path);
    QVERIFY2(result.document, qPrintable(result.error));
    QVERIFY(!result.document->isReadOnly());
    QVERIFY2(result.notice.contains(QStringLiteral("upgraded")), qPrintable(result.notice));
    QCOMPARE(result.fileVersion, 1);
    QCOMPARE(readFile(path + QStringLiteral(".bak-v1")), original);

    const Workspace &ws = result.document->workspace();
    QCOMPARE(ws.personas.size(), 1);
    QCOMPARE(ws.channels.size(), 2);
    const Journey *j = result.document->journey(QStringLiteral("j1"));
    QVERIFY(j);
    QCOMPARE(j->name, QStringLiteral("Buy a monthly pass"));
    QCOMPARE(j->steps.size(), 3);
    const Step *b = j->step(u"b");
    QVERIFY(b);
    QCOMPARE(b->channel, QStringLiteral("desk"));
    QCOMPARE(b->emotion, std::optional<int>(-1));
    QVERIFY(b->momentOfTruth && b->goal);
    QCOMPARE(b->color, QStringLiteral("#ff8800"));
    QCOMPARE(b->priority, Priority::None); // added in version 2
    QVERIFY(!b->due.isValid());
    QCOMPARE(j->step(u"a")->tags, QStringList{QStringLiteral("mobile")});
    QCOMPARE(j->links.first().share, std::optional<double>(0.7));
    QCOMPARE(j->metricValues.size(), 1);
    QCOMPARE(j->metricValues.first().histogram, (QList<qint64>{3, 10, 20, 40, 45}));
    QCOMPARE(j->votesPerParticipant, 5);
    QCOMPARE(ws.sources.size(), 1);

    // Version 2 tables work on the upgraded file.
    QString error;
    QVERIFY2(result.document->setVote(QStringLiteral("j1"),
                                      {QStringLiteral("b"), QStringLiteral("x"), 2}, &error),
             qPrintable(error));
    QVERIFY(result.document->integrityCheck(&error));
    result.document.reset();
    QCOMPARE(pragmaOf(path, "PRAGMA user_version"), qint64(kSchemaVersion));
}

void TestStorage::migratesVersion2()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.cjm"));
    QVERIFY(QFile::copy(dataPath(QStringLiteral("schema-v2.cjm")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = readFile(path);
    QCOMPARE(pragmaOf(path, "PRAGMA user_version"), qint64(2));

    OpenResult result = openDocument(path);
    QVERIFY2(result.document, qPrintable(result.error));
    QCOMPARE(result.fileVersion, 2);
    QCOMPARE(readFile(path + QStringLiteral(".bak-v2")), original);
    const Journey *j = result.document->journey(QStringLiteral("j1"));
    QVERIFY(j);
    QCOMPARE(j->step(u"b")->priority, Priority::High);
    QCOMPARE(j->step(u"b")->due, QDate(2025, 6, 1).addDays(30));
    QCOMPARE(j->votesPerParticipant, 3);
    QCOMPARE(j->comments.size(), 1);
    QCOMPARE(j->comments.first().author, QStringLiteral("Ира"));
    QCOMPARE(j->votes.size(), 1);
    QCOMPARE(j->votes.first().count, 2);
    // Version 3 added indexes for the frequent edits.
    QString error;
    QVERIFY(result.document->removeItems(QStringLiteral("j1"), {QStringLiteral("b")}, {}, nullptr,
                                         &error));
    QVERIFY2(result.document->integrityCheck(&error), qPrintable(error));
    result.document.reset();
    QCOMPARE(pragmaOf(path, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                            " AND name IN ('link_from', 'link_to', 'step_position')"),
             qint64(3));
}

void TestStorage::readsVersion1ReadOnlyWithoutChangingIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.cjm"));
    QVERIFY(QFile::copy(dataPath(QStringLiteral("schema-v1.cjm")), path));
    const QByteArray original = readFile(path);
    OpenResult result = openDocument(path, OpenMode::ReadOnly);
    QVERIFY2(result.document, qPrintable(result.error));
    QVERIFY(result.document->isReadOnly());
    QCOMPARE(result.document->journey(QStringLiteral("j1"))->steps.size(), 3);
    result.document.reset();
    QCOMPARE(readFile(path), original);
    QVERIFY(!QFile::exists(path + QStringLiteral(".bak-v1")));
}

void TestStorage::createRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.cjm"));
    QVERIFY(writeFile(path, "keep me"));
    OpenResult r = createDocument(path);
    QVERIFY(!r.document);
    QVERIFY(r.error.contains(QStringLiteral("already exists")));
    QCOMPARE(readFile(path), QByteArray("keep me"));
    OpenResult nowhere = createDocument(dir.filePath(QStringLiteral("no/such/folder/x.cjm")));
    QVERIFY(!nowhere.document);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("WAYMARK_HOLD_LOCK"))
        return holdLock(qEnvironmentVariable("WAYMARK_HOLD_LOCK"));
    TestStorage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storage.moc"
