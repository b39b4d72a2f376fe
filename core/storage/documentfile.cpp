#include "documentfile.h"

#include "document/document.h"
#include "schema.h"
#include "sqlite.h"
#include "sqlitestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>

#include <sqlite3.h>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DocumentFile", text);
}

constexpr char kSqliteMagic[] = "SQLite format 3";

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// Cheap checks on the first 100 bytes, before SQLite sees the file: a clear
// message for the common wrong files, and no surprise "empty database" created
// from an empty file.
QString checkHeader(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return tr("%1: no such file").arg(path);
    if (info.isDir())
        return tr("%1 is a folder, not a Waymark document").arg(path);
    if (!info.isReadable())
        return tr("%1 cannot be read: permission denied").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2").arg(path, file.errorString());
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return tr("%1 is empty: not a Waymark document").arg(name);
    if (!header.startsWith(QByteArray(kSqliteMagic)))
        return tr("%1 is not a Waymark document (it is not an SQLite database)").arg(name);
    if (header.size() < 100)
        return tr("%1 is damaged: the file is truncated").arg(name);
    const quint32 appId = bigEndian32(header, 68);
    if (appId != quint32(kApplicationId))
        return tr("%1 is an SQLite database of another application, not a Waymark document")
                .arg(name);
    return {};
}

bool configure(Database &db, QString *error)
{
    if (!db.exec("PRAGMA foreign_keys = ON", error))
        return false;
    db.exec("PRAGMA busy_timeout = 2000");
    // Up to 32 MiB of page cache (the default is 2 MiB), taken only as
    // pages are used: a big import's transaction then stays in memory
    // instead of spilling half-written pages into the -wal before its
    // commit (a 1M-row survey import writes 3.7 MB of values).
    db.exec("PRAGMA cache_size = -32768");
    // Savepoint and statement journals in memory: an edit runs inside a
    // savepoint, and SQLite otherwise spills its journal to a temporary
    // file once it passes 64 KiB, a write for every page a big import
    // touches.
    db.exec("PRAGMA temp_store = MEMORY");
    return true;
}

// Only for files this version can write: switching to WAL rewrites the header.
bool enableWrites(Database &db, QString *error)
{
    // WAL keeps every commit cheap and a crash harmless; FULL sync makes a
    // committed edit survive a power cut too (about 0.3 ms per edit here).
    return db.exec("PRAGMA journal_mode = WAL", error)
           && db.exec("PRAGMA synchronous = FULL", error);
}

// Keeps the file as it is before an upgrade: a byte copy when the file is
// whole, SQLite's backup when a crash left changes in the -wal beside it.
bool keepCopy(Database &db, const QString &path, const QString &backup, QString *error)
{
    QFile::remove(backup);
    if (!QFile::exists(path + QStringLiteral("-wal"))) {
        QFile source(path);
        if (source.copy(backup))
            return true;
        if (error)
            *error = source.errorString();
        return false;
    }
    Database copy;
    if (copy.open(backup, Database::Mode::Create, error) && db.backupTo(copy, error))
        return true;
    copy.close();
    QFile::remove(backup);
    return false;
}

std::unique_ptr<Document> makeDocument(std::unique_ptr<Database> db, const QString &path,
                                       std::unique_ptr<QLockFile> lock)
{
    return std::make_unique<Document>(
            std::make_unique<SqliteStore>(std::move(db), path, std::move(lock)));
}

} // namespace

QString lockFilePath(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".") + info.fileName()
                                       + QStringLiteral(".lock"));
}

OpenResult openDocument(const QString &path, OpenMode mode)
{
    OpenResult result;
    if (QString problem = checkHeader(path); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    const QFileInfo info(path);
    const QString name = info.fileName();

    // Who may write: not a read-only request, not a read-only file, and not
    // while another Waymark holds the edit lock.
    QString readOnlyReason;
    std::unique_ptr<QLockFile> lock;
    if (mode == OpenMode::ReadOnly) {
        readOnlyReason = tr("%1 is open read-only").arg(name);
    } else if (!info.isWritable()
               // root may write anything: a file nobody may write (chmod 444) is
               // still meant read-only
               || !(info.permissions()
                    & (QFileDevice::WriteOwner | QFileDevice::WriteGroup
                       | QFileDevice::WriteOther))) {
        readOnlyReason = tr("%1 is read-only on disk; changes cannot be saved").arg(name);
    } else {
        lock = std::make_unique<QLockFile>(lockFilePath(path));
        lock->setStaleLockTime(0); // only a dead process's lock is stale, never a slow one
        bool locked = lock->tryLock(0);
        if (!locked && lock->error() == QLockFile::LockFailedError) {
            // Qt calls the owner alive when its pid exists and runs a program
            // of the same name, or one whose name it cannot read. After a kill
            // that pid may be a zombie, a kernel thread, or reused (tst_crash
            // saw a child find its own pid in its killed predecessor's lock).
            // A live owner holds a native lock (flock) on the file from
            // before it writes its id into it, and removeStaleLockFile()
            // leaves such a file alone: so a file nobody holds is stale,
            // whatever it says. That also covers a file without an owner (a
            // process killed between creating the file and writing its id).
            if (lock->removeStaleLockFile())
                locked = lock->tryLock(0);
        }
        if (!locked) {
            if (lock->error() == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host, app;
                lock->getLockInfo(&pid, &host, &app);
                readOnlyReason = tr("%1 is open in another Waymark window (process %2); "
                                    "opened read-only")
                                         .arg(name)
                                         .arg(pid);
            } else {
                readOnlyReason = tr("%1 is in a folder that cannot be written; opened read-only")
                                         .arg(name);
            }
            lock.reset();
        }
    }

    auto db = std::make_unique<Database>();
    QString error;
    const bool writable = readOnlyReason.isEmpty();
    if (!db->open(path, writable ? Database::Mode::ReadWrite : Database::Mode::ReadOnly, &error)
        || !configure(*db, &error)) {
        result.error = tr("%1 cannot be opened: %2").arg(name, error);
        return result;
    }
    if (!writable && !db->queryInt("PRAGMA user_version")) {
        // A file left in WAL mode, in a folder we cannot write: read it as it is.
        if (!db->open(path, Database::Mode::Immutable, &error) || !configure(*db, &error)) {
            result.error = tr("%1 cannot be opened: %2").arg(name, error);
            return result;
        }
    }

    const QString check = db->queryText("PRAGMA quick_check", &error);
    if (check != QLatin1String("ok")) {
        result.error = tr("%1 is damaged: %2").arg(name, check.isEmpty() ? error : check);
        return result;
    }
    const auto version = db->queryInt("PRAGMA user_version", &error);
    if (!version) {
        result.error = tr("%1 cannot be read: %2").arg(name, error);
        return result;
    }

    result.fileVersion = int(*version);
    if (*version > kSchemaVersion) {
        // Written by a newer Waymark: show it, but never write what we do not understand.
        const QString reason = tr("%1 was saved by a newer Waymark (file version %2, this "
                                  "version reads %3); opened read-only")
                                       .arg(name)
                                       .arg(*version)
                                       .arg(kSchemaVersion);
        db = std::make_unique<Database>();
        if (!db->open(path, Database::Mode::ReadOnly, &error) || !configure(*db, &error)) {
            result.error = tr("%1 cannot be opened: %2").arg(name, error);
            return result;
        }
        lock.reset();
        readOnlyReason = reason;
    } else if (*version < kSchemaVersion) {
        if (*version < 1) {
            result.error = tr("%1 is not a Waymark document (no schema version)").arg(name);
            return result;
        }
        if (writable) {
            // Keep the old file as it was, then upgrade in one transaction.
            const QString backup = path + QStringLiteral(".bak-v") + QString::number(*version);
            if (!keepCopy(*db, path, backup, &error)) {
                result.error = tr("%1 was not upgraded: the backup copy could not be written (%2)")
                                       .arg(name, error);
                return result;
            }
            if (!enableWrites(*db, &error) || !db->begin(&error)
                || !upgradeSchema(*db, int(*version), kSchemaVersion, &error)
                || !db->commit(&error)) {
                db->rollback();
                result.error = tr("%1 could not be upgraded: %2").arg(name, error);
                return result;
            }
            result.notice = tr("%1 was upgraded from file version %2 to %3; the old file is "
                               "kept as %4")
                                    .arg(name)
                                    .arg(*version)
                                    .arg(kSchemaVersion)
                                    .arg(QFileInfo(backup).fileName());
        } else {
            // Read-only: upgrade a copy in memory and show that.
            auto memory = std::make_unique<Database>();
            if (!memory->open({}, Database::Mode::Memory, &error) || !db->backupTo(*memory, &error)
                || !configure(*memory, &error) || !memory->begin(&error)
                || !upgradeSchema(*memory, int(*version), kSchemaVersion, &error)
                || !memory->commit(&error)) {
                result.error = tr("%1 could not be read: %2").arg(name, error);
                return result;
            }
            db = std::move(memory);
        }
    }

    if (readOnlyReason.isEmpty() && *version == kSchemaVersion && !enableWrites(*db, &error)) {
        result.error = tr("%1 cannot be opened for editing: %2").arg(name, error);
        return result;
    }
    result.document = makeDocument(std::move(db), path, std::move(lock));
    if (!readOnlyReason.isEmpty())
        result.document->setReadOnly(readOnlyReason);
    if (result.notice.isEmpty())
        result.notice = readOnlyReason;
    return result;
}

bool createDocumentAtVersion(const QString &path, int version, QString *error)
{
    // Build next to the target and rename, so a failure leaves no half file.
    const QString temp
            = path + QStringLiteral(".new-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    {
        Database db;
        if (!db.open(temp, Database::Mode::Create, error)) {
            QFile::remove(temp);
            return false;
        }
        const bool ok
                = db.exec("PRAGMA journal_mode = DELETE", error) && db.begin(error)
                  && upgradeSchema(db, 0, version, error)
                  && db.exec(("INSERT INTO meta(key, value) VALUES('created', '"
                              + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()
                              + "')")
                                     .c_str(),
                             error)
                  && db.commit(error);
        if (!ok) {
            db.rollback();
            db.close();
            QFile::remove(temp);
            return false;
        }
    }
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        if (error)
            *error = tr("%1 could not be written").arg(path);
        return false;
    }
    return true;
}

OpenResult createDocument(const QString &path)
{
    OpenResult result;
    const QFileInfo info(path);
    if (info.exists()) {
        result.error = tr("%1 already exists").arg(path);
        return result;
    }
    if (!info.absoluteDir().exists()) {
        result.error = tr("%1: the folder does not exist").arg(path);
        return result;
    }
    QString error;
    if (!createDocumentAtVersion(path, kSchemaVersion, &error)) {
        result.error = tr("%1 could not be created: %2").arg(path, error);
        return result;
    }
    return openDocument(path);
}

std::unique_ptr<Document> createMemoryDocument()
{
    auto db = std::make_unique<Database>();
    QString error;
    if (!db->open({}, Database::Mode::Memory, &error) || !configure(*db, &error)
        || !db->begin(&error) || !upgradeSchema(*db, 0, kSchemaVersion, &error)
        || !db->commit(&error))
        return nullptr;
    return makeDocument(std::move(db), {}, nullptr);
}

} // namespace waymark
