#include "sqlite.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

namespace waymark {

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

const QByteArray &Statement::keep(int index, QByteArray bytes)
{
    if (m_bound.empty())
        m_bound.resize(size_t(sqlite3_bind_parameter_count(m_stmt)) + 1);
    if (index <= 0 || size_t(index) >= m_bound.size()) {
        static const QByteArray none; // SQLite refuses the index too
        return none;
    }
    QByteArray &slot = m_bound[size_t(index)];
    slot = std::move(bytes);
    return slot;
}

Statement &Statement::bind(int index, const QString &text)
{
    const QByteArray &utf8 = keep(index, text.toUtf8());
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindRef(int index, const QString &id)
{
    return id.isEmpty() ? bindNull(index) : bind(index, id);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    const QByteArray &kept = keep(index, blob);
    sqlite3_bind_blob(m_stmt, index, kept.constData(), int(kept.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bind(int index, std::optional<double> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bind(int index, std::optional<int> value)
{
    return value ? bind(index, qint64(*value)) : bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    m_result = sqlite3_step(m_stmt);
    return m_result == SQLITE_ROW;
}

bool Statement::run()
{
    while ((m_result = sqlite3_step(m_stmt)) == SQLITE_ROW) {
    }
    const bool ok = m_result == SQLITE_DONE;
    sqlite3_reset(m_stmt);
    return ok;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    for (QByteArray &bytes : m_bound)
        bytes.clear(); // a picture's bytes are not kept in the cache
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::type(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

std::optional<int> Statement::optionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int(integer(column));
}

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, Mode mode, QString *error)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::Immutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::Memory:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY;
        break;
    }
    QByteArray name = mode == Mode::Memory ? QByteArray(":memory:") : QFile::encodeName(path);
    if (mode == Mode::Immutable) {
        name = "file:" + name.toPercentEncoding("/") + "?immutable=1";
    }
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = describeSqliteError(rc, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                                  : QString());
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    return true;
}

void Database::close()
{
    m_statements.clear(); // finalize before closing
    if (m_db) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
    m_depth = 0;
}

bool Database::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        if (error)
            *error = lastError();
        return false;
    }
    return true;
}

Statement *Database::prepare(const char *sql, QString *error)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        it->second->reset();
        return it->second.get();
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = lastError();
        return nullptr;
    }
    auto owned = std::make_unique<Statement>(stmt);
    Statement *raw = owned.get();
    m_statements.emplace(sql, std::move(owned));
    return raw;
}

bool Database::begin(QString *error)
{
    const std::string sql = m_depth == 0 ? std::string("BEGIN IMMEDIATE")
                                         : "SAVEPOINT sp" + std::to_string(m_depth);
    if (!exec(sql.c_str(), error))
        return false;
    ++m_depth;
    return true;
}

bool Database::commit(QString *error)
{
    if (m_depth == 0)
        return true;
    const std::string sql
            = m_depth == 1 ? std::string("COMMIT") : "RELEASE sp" + std::to_string(m_depth - 1);
    if (!exec(sql.c_str(), error)) {
        rollback();
        return false;
    }
    --m_depth;
    return true;
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    if (m_depth == 1) {
        exec("ROLLBACK");
    } else {
        const std::string name = "sp" + std::to_string(m_depth - 1);
        exec(("ROLLBACK TO " + name).c_str());
        exec(("RELEASE " + name).c_str());
    }
    --m_depth;
}

std::optional<qint64> Database::queryInt(const char *sql, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = lastError();
        return std::nullopt;
    }
    std::optional<qint64> out;
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        out = sqlite3_column_int64(stmt, 0);
    else if (rc != SQLITE_DONE && error)
        *error = lastError();
    sqlite3_finalize(stmt);
    return out;
}

QString Database::queryText(const char *sql, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = lastError();
        return {};
    }
    QString out;
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    } else if (rc != SQLITE_DONE && error) {
        *error = lastError();
    }
    sqlite3_finalize(stmt);
    return out;
}

QString Database::lastError() const
{
    if (!m_db)
        return describeSqliteError(SQLITE_CANTOPEN, QString());
    return describeSqliteError(sqlite3_extended_errcode(m_db),
                               QString::fromUtf8(sqlite3_errmsg(m_db)));
}

int Database::lastErrorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN;
}

bool Database::backupTo(Database &target, QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(target.m_db, "main", m_db, "main");
    if (!backup) {
        if (error)
            *error = target.lastError();
        return false;
    }
    sqlite3_backup_step(backup, -1);
    const int rc = sqlite3_backup_finish(backup);
    if (rc != SQLITE_OK) {
        if (error)
            *error = describeSqliteError(rc, QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    return true;
}

QString describeSqliteError(int code, const QString &detail)
{
    switch (code & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
        return {};
    case SQLITE_FULL:
        return QCoreApplication::translate("Storage", "the disk is full");
    case SQLITE_READONLY:
        return QCoreApplication::translate("Storage", "the file is read-only");
    case SQLITE_CORRUPT:
        return QCoreApplication::translate("Storage", "the file is damaged (%1)").arg(detail);
    case SQLITE_NOTADB:
        return QCoreApplication::translate("Storage", "the file is not a database");
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("Storage", "the file cannot be opened");
    case SQLITE_IOERR:
        return QCoreApplication::translate("Storage", "the disk could not be read or written (%1)")
                .arg(detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("Storage", "the file is busy in another program");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return QCoreApplication::translate("Storage", "permission denied");
    default:
        return QCoreApplication::translate("Storage", "database error: %1").arg(detail);
    }
}

} // namespace waymark
