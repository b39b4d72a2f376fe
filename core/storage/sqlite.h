#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace waymark {

// A prepared statement. Owned by its Database, which caches it by SQL text.
class Statement
{
public:
    explicit Statement(sqlite3_stmt *stmt)
        : m_stmt(stmt)
    {}
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binding starts at 1, like SQLite.
    Statement &bind(int index, const QString &text);  // always text, "" for a null QString
    Statement &bindRef(int index, const QString &id); // a reference: NULL when empty
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, std::optional<double> value);
    Statement &bind(int index, std::optional<int> value);
    Statement &bindNull(int index);

    // Steps once; true when a row is ready. Errors are left in the database.
    bool next();
    // Runs to completion; false on error.
    bool run();
    void reset();

    bool isNull(int column) const;
    // SQLite's storage class of the value: SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT...
    int type(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<int> optionalInt(int column) const;

    int lastResult() const { return m_result; }

private:
    // Keeps a bound text or blob alive for SQLite, which then reads it in
    // place (SQLITE_STATIC) instead of copying it once more: until the
    // parameter is bound again or the statement is reset.
    const QByteArray &keep(int index, QByteArray bytes);

    sqlite3_stmt *m_stmt = nullptr;
    int m_result = 0;
    std::vector<QByteArray> m_bound;
};

// One connection to an SQLite file, with a statement cache and nested
// transactions (savepoints inside an outer BEGIN IMMEDIATE).
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Immutable: read-only without touching -wal/-shm (a file in a read-only folder).
    enum class Mode { ReadOnly, Immutable, ReadWrite, Create, Memory };
    bool open(const QString &path, Mode mode, QString *error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    bool exec(const char *sql, QString *error = nullptr);
    // A cached statement, reset and with its bindings cleared; null on error.
    Statement *prepare(const char *sql, QString *error = nullptr);

    bool begin(QString *error = nullptr);
    bool commit(QString *error = nullptr);
    void rollback();
    int transactionDepth() const { return m_depth; }

    // A pragma or query that returns one value.
    std::optional<qint64> queryInt(const char *sql, QString *error = nullptr);
    QString queryText(const char *sql, QString *error = nullptr);

    // The last error as a sentence a user can read, and SQLite's code.
    QString lastError() const;
    int lastErrorCode() const;

    // Copies the whole database (WAL content included) into `target`.
    bool backupTo(Database &target, QString *error);

private:
    sqlite3 *m_db = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
    int m_depth = 0;
};

// A readable sentence for an SQLite result code; empty for success codes.
QString describeSqliteError(int code, const QString &detail);

} // namespace waymark
