// Crash safety (issue 7): a process editing a real .cjm file, or importing a
// large survey export into it, is killed with SIGKILL at random moments
// (a fixed seed, so a failure can be replayed). After every kill:
// - SQLite's own `PRAGMA integrity_check` is "ok" (C API, on a copy of the
//   file and its -wal, so the next child still finds the journal as the
//   kill left it and has to recover it itself);
// - `waymark check FILE` exits 0;
// - every edit the child reported as done is in the file, and nothing
//   else: the file equals a mirror document that made the same edits (at
//   most one more, committed just before the kill but not yet reported);
// - an import is all there or not at all.

#include "crashedits.h"
#include "e2eutil.h"

#include "formats/jsonexport.h"
#include "model/workspace.h"
#include "storage/documentfile.h"
#include "templates/templates.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTest>

#include <sqlite3.h>

#include <csignal>
#include <sys/types.h>

using namespace waymark;
using namespace waymark::e2e;

#define VERIFY_RUN(condition, run) QVERIFY2(condition, qPrintable((run).describe()))

namespace {

constexpr quint64 kEditSeed = 20261130;
constexpr int kEditKills = 50;
constexpr int kImportKills = 20;

// One statement's first column of every row, joined with newlines; the
// error text when it failed.
QString query(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db));
    QStringList rows;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        rows.append(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
    if (rc != SQLITE_DONE)
        rows.append(QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_finalize(stmt);
    return rows.join(u'\n');
}

// What SQLite says about the file as a crash left it: the file and its
// -wal are copied (a backup tool would do the same) and the copy is opened,
// recovered and checked, so the original stays as it was for the next
// child. Returns the integrity_check result and fills the row counts.
QString sqliteCheck(const QString &path, const QString &scratch, QMap<QString, qint64> *counts)
{
    const QString copy = scratch + QStringLiteral("/copy.cjm");
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(copy + suffix);
    if (!QFile::copy(path, copy))
        return QStringLiteral("the file could not be copied");
    // The journals with it: the -wal, and the rollback -journal that the
    // switch back from WAL at close writes (a kill there leaves it hot).
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        if (QFile::exists(path + suffix) && !QFile::copy(path + suffix, copy + suffix))
            return QStringLiteral("the %1 could not be copied").arg(suffix);
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(copy.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return error;
    }
    const QString result = query(db, "PRAGMA integrity_check");
    if (counts) {
        for (const char *table : {"step", "link", "import_source", "metric_value", "metric_def"}) {
            const QByteArray sql = "SELECT count(*) FROM " + QByteArray(table);
            (*counts)[QString::fromLatin1(table)] = query(db, sql.constData()).toLongLong();
        }
    }
    sqlite3_close(db);
    return result;
}

// The JSON of a document file as Waymark reads it (read-only, no lock).
QByteArray exportFile(const QString &path, QString *error)
{
    OpenResult opened = openDocument(path, OpenMode::ReadOnly);
    if (!opened.document) {
        *error = opened.error;
        return {};
    }
    return exportJson(opened.document->workspace());
}

// A child process of crashchild, with what it printed.
struct Child
{
    QProcess process;
    QList<QByteArray> lines;

    bool start(const QStringList &args)
    {
        process.start(QStringLiteral(WAYMARK_CRASHCHILD), args);
        return process.waitForStarted(10000);
    }
    // Waits up to `ms` for a line starting with `prefix`.
    bool waitForLine(const QByteArray &prefix, int ms)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < ms) {
            while (process.canReadLine()) {
                lines.append(process.readLine().trimmed());
                if (lines.last().startsWith(prefix))
                    return true;
            }
            if (process.state() != QProcess::Running)
                return false;
            process.waitForReadyRead(int(qMax<qint64>(1, ms - clock.elapsed())));
        }
        return false;
    }
    // SIGKILL, as a power cut or the OOM killer would; true when the child
    // was still running (it did not end by itself, e.g. on an error).
    bool kill()
    {
        const bool running = process.state() == QProcess::Running;
        if (running)
            ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished(10000);
        while (process.canReadLine())
            lines.append(process.readLine().trimmed());
        const QByteArray rest = process.readAllStandardOutput().trimmed();
        if (!rest.isEmpty())
            lines.append(rest); // a line cut off by the kill
        return running;
    }
    QString describe(const QString &document = {})
    {
        QString text = QStringLiteral("exit %1, stdout: %2, stderr: %3")
                               .arg(process.exitCode())
                               .arg(QString::fromUtf8(lines.join(' ').right(300)),
                                    QString::fromUtf8(process.readAllStandardError()));
        if (!document.isEmpty()) {
            // Whose lock stopped it, and what that process is now.
            const QByteArray lock = readFile(lockFilePath(document));
            const QByteArray pid = lock.split('\n').value(0);
            text += QStringLiteral("; lock file: %1; /proc/%2/stat: %3")
                            .arg(QString::fromUtf8(lock.toPercentEncoding(" ")),
                                 QString::fromUtf8(pid),
                                 QString::fromUtf8(readFile(QStringLiteral("/proc/")
                                                            + QString::fromUtf8(pid)
                                                            + QStringLiteral("/stat"))));
        }
        return text;
    }
};

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editsSurviveKill();
    void importAllOrNothing();
    void lockOfAKilledProcess_data();
    void lockOfAKilledProcess();

private:
    // `waymark check` on the file: exit 0, and the counts it prints.
    void waymarkCheck(const QString &path, QByteArray *out);

    Runner m_runner;
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestCrash::initTestCase()
{
    QVERIFY(m_runner.isValid() && m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(WAYMARK_CRASHCHILD)), WAYMARK_CRASHCHILD);
    m_sample = m_dir.filePath(QStringLiteral("sample.cjm"));
    const Run r = m_runner.waymark({QStringLiteral("new"), m_sample, QStringLiteral("--template"),
                                    QStringLiteral("sample")});
    VERIFY_RUN(r.exitCode == 0, r);
}

void TestCrash::waymarkCheck(const QString &path, QByteArray *out)
{
    const Run check = m_runner.waymark({QStringLiteral("check"), path});
    VERIFY_RUN(check.exitCode == 0 && !check.crashed && check.out.contains(": ok ("), check);
    *out = check.out;
}

void TestCrash::editsSurviveKill()
{
    QTemporaryDir dir, mirrorDir;
    const QString path = dir.filePath(QStringLiteral("edits.cjm"));
    const QString mirrorPath = mirrorDir.filePath(QStringLiteral("mirror.cjm"));
    QVERIFY(QFile::copy(m_sample, path) && QFile::copy(m_sample, mirrorPath));
    OpenResult mirror = openDocument(mirrorPath);
    QVERIFY2(mirror.document && !mirror.document->isReadOnly(), qPrintable(mirror.error));
    Document *doc = mirror.document.get();

    QRandomGenerator rng(7);
    int next = 0; // the first edit the next child makes
    int reported = 0, unreported = 0, duringOpen = 0;
    for (int run = 0; run < kEditKills; ++run) {
        Child child;
        QVERIFY(child.start(
                {QStringLiteral("edit"), path, QString::number(kEditSeed), QString::number(next)}));
        // A quarter of the kills land while the file is being opened (and
        // the previous kill's journal recovered); the rest among the edits.
        const int delay = int(rng.bounded(run % 4 == 0 ? 60 : 400));
        QVERIFY2(!child.waitForLine("no such line", delay), "");
        QVERIFY2(child.kill(), qPrintable(child.describe(path)));
        int last = next - 1;
        for (const QByteArray &line : std::as_const(child.lines)) {
            if (line.startsWith("done ") && line.size() > 5)
                last = line.mid(5).toInt();
        }
        if (!child.lines.contains("ready"))
            ++duringOpen;

        QMap<QString, qint64> counts;
        const QString integrity = sqliteCheck(path, mirrorDir.path(), &counts);
        QVERIFY2(integrity == u"ok",
                 qPrintable(QStringLiteral("run %1: %2").arg(run).arg(integrity)));
        QByteArray checkOut;
        waymarkCheck(path, &checkOut);
        if (QTest::currentTestFailed())
            return;

        QString error;
        const QByteArray onDisk = exportFile(path, &error);
        QVERIFY2(!onDisk.isEmpty(), qPrintable(error));
        // Replay what the child reported on the mirror.
        UndoStack stack; // the child's history starts empty too
        for (int i = next; i <= last; ++i)
            QVERIFY2(crashtest::applyEdit(doc, &stack, kEditSeed, i, &error), qPrintable(error));
        reported += last - next + 1;
        next = last + 1;
        if (exportJson(doc->workspace()) != onDisk) {
            // Committed, then killed before it could say so.
            QVERIFY2(crashtest::applyEdit(doc, &stack, kEditSeed, next, &error), qPrintable(error));
            ++next;
            ++unreported;
            QVERIFY2(exportJson(doc->workspace()) == onDisk,
                     qPrintable(QStringLiteral("run %1: the file holds neither the %2 edits "
                                               "reported nor one more")
                                        .arg(run)
                                        .arg(next - 1)));
        }
        // `check` read the same file: its counts are the mirror's.
        qsizetype steps = 0, links = 0;
        for (const Journey &j : doc->workspace().journeys) {
            steps += j.steps.size();
            links += j.links.size();
        }
        QVERIFY2(checkOut.contains(
                         QStringLiteral("%1 steps, %2 links").arg(steps).arg(links).toUtf8()),
                 checkOut.constData());
        QCOMPARE(counts.value(QStringLiteral("step")), qint64(steps));
    }
    qInfo("%d kills survived: %d edits reported and found, %d committed but not yet reported, "
          "%d kills while opening",
          kEditKills, reported, unreported, duringOpen);
    QVERIFY2(reported > kEditKills, "too few edits to mean anything: the kills came too early");
}

void TestCrash::importAllOrNothing()
{
    // A survey export of 200,000 answers on the steps of the sample's first
    // journey: NPS, CSAT and CES, by month and segment.
    const Workspace ws = makeTemplate(Template::Sample);
    const Journey &journey = ws.journeys.first();
    QByteArray csv("RecordedDate,Touchpoint,How likely are you to recommend us?,Satisfaction,"
                   "Effort,Segment\n");
    QRandomGenerator rng(11);
    for (int row = 0; row < 200000; ++row) {
        const Step &step = journey.steps.at(rng.bounded(int(journey.steps.size())));
        csv += QStringLiteral("2025-%1-%2,\"%3\",%4,%5,%6,%7\n")
                       .arg(1 + rng.bounded(12), 2, 10, QLatin1Char('0'))
                       .arg(1 + rng.bounded(28), 2, 10, QLatin1Char('0'))
                       .arg(step.title)
                       .arg(rng.bounded(11))
                       .arg(1 + rng.bounded(5))
                       .arg(1 + rng.bounded(7))
                       .arg(rng.bounded(2) ? QStringLiteral("New") : QStringLiteral("Returning"))
                       .toUtf8();
    }
    const QString data = m_dir.filePath(QStringLiteral("survey.csv"));
    QVERIFY(writeFile(data, csv));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("import.cjm"));
    QMap<QString, qint64> before, after;
    QCOMPARE(sqliteCheck(m_sample, dir.path(), &before), QStringLiteral("ok"));

    // Once to the end: what "all there" is, and how long reading and writing take.
    QVERIFY(QFile::copy(m_sample, path));
    QElapsedTimer clock;
    clock.start();
    Child whole;
    QVERIFY(whole.start({QStringLiteral("import"), path, data}));
    QVERIFY2(whole.waitForLine("planned", 120000), qPrintable(whole.describe()));
    const qint64 readMs = clock.elapsed();
    QVERIFY2(whole.waitForLine("done", 120000), qPrintable(whole.describe()));
    const qint64 writeMs = clock.elapsed() - readMs;
    whole.process.waitForFinished();
    QCOMPARE(sqliteCheck(path, dir.path(), &after), QStringLiteral("ok"));
    QCOMPARE(after.value(QStringLiteral("import_source")), 1);
    QVERIFY(after.value(QStringLiteral("metric_value")) > 1000);

    int absent = 0, present = 0;
    for (int run = 0; run < kImportKills; ++run) {
        // A fresh copy, without what the last kill left beside the old one:
        // SQLite would replay that -wal or roll back that -journal onto the
        // new file (a mismatched journal corrupts any SQLite database).
        for (const QString &file :
             {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
              path + QStringLiteral("-journal"), lockFilePath(path)})
            QFile::remove(file);
        QVERIFY(QFile::copy(m_sample, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Child child;
        QVERIFY(child.start({QStringLiteral("import"), path, data}));
        if (run % 2 == 0) {
            // Anywhere from the start to a little after the end.
            child.waitForLine("no such line", int(rng.bounded(int((readMs + writeMs) * 1.2) + 1)));
        } else {
            // While the values are written: the moment that matters.
            QVERIFY2(child.waitForLine("planned", 120000), qPrintable(child.describe(path)));
            child.waitForLine("no such line", int(rng.bounded(int(writeMs * 1.5) + 2)));
        }
        child.kill();
        QMap<QString, qint64> counts;
        QCOMPARE(sqliteCheck(path, dir.path(), &counts), QStringLiteral("ok"));
        QByteArray checkOut;
        waymarkCheck(path, &checkOut);
        if (QTest::currentTestFailed())
            return;
        // All or nothing: the source, its values and the metric definitions it added.
        if (counts.value(QStringLiteral("import_source")) == 0) {
            ++absent;
            QCOMPARE(counts, before);
        } else {
            ++present;
            QCOMPARE(counts, after);
        }
    }
    qInfo("%d import kills survived (reading took %lld ms, writing %lld ms): %d without the "
          "import, %d with all of it (%lld values)",
          kImportKills, readMs, writeMs, absent, present,
          after.value(QStringLiteral("metric_value")));
}

// What a kill can leave of the edit lock: an empty file (killed between
// creating and writing it: seen by the kills above), or a whole one naming
// a process that is gone, or one whose pid now belongs to a program of the
// same name, which Qt takes for its owner (CI saw a child find its own pid
// in its killed predecessor's lock). None of them holds the file, and none
// may keep the document read-only.
void TestCrash::lockOfAKilledProcess_data()
{
    // Written as Qt writes it: pid, program, host, machine id, boot id.
    const auto lockOf = [](qint64 pid, const QByteArray &program) {
        return QByteArray::number(pid) + '\n' + program + '\n'
               + QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() + '\n'
               + QSysInfo::bootUniqueId() + '\n';
    };
    QTest::addColumn<QByteArray>("lock");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("dead process") << lockOf(999999999, "crashchild");
    QTest::newRow("pid reused, same program")
            << lockOf(QCoreApplication::applicationPid(),
                      QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8());
}

void TestCrash::lockOfAKilledProcess()
{
    QFETCH(QByteArray, lock);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.cjm"));
    QVERIFY(QFile::copy(m_sample, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(writeFile(lockFilePath(path), lock));
    const Run r = m_runner.waymark({QStringLiteral("import"), path, QStringLiteral("--json"),
                                    dataPath(QStringLiteral("json/minimal.json"))});
    VERIFY_RUN(r.exitCode == 0 && r.err.isEmpty(), r);
    QVERIFY(!QFile::exists(lockFilePath(path))); // released at exit, not left behind
}

QTEST_GUILESS_MAIN(TestCrash)

#include "tst_crash.moc"
