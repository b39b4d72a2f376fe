#pragma once

// A minimal libpq wrapper for the event-log pushdown: connect, run a
// statement with text parameters, read text results. Errors are one line.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct pg_conn;
struct pg_result;

namespace waymark::events {

class PgResult
{
public:
    PgResult();
    ~PgResult();
    PgResult(PgResult &&) noexcept;
    PgResult &operator=(PgResult &&) noexcept;

    int rows() const;
    QStringList columnNames() const;
    unsigned columnType(int column) const;
    bool isNull(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    QString text(int row, int column) const;
    qint64 integer(int row, int column) const;
    double real(int row, int column) const;

private:
    friend class PgConnection;
    pg_result *m_result = nullptr;
};

class PgConnection
{
public:
    PgConnection();
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    bool connect(const QString &uri, QString *error);
    // A statement without results.
    bool exec(const QByteArray &sql, QString *error);
    // A statement with text parameters ($1, $2...); `result` may be null.
    bool query(const QByteArray &sql, const QList<QByteArray> &params, PgResult *result,
               QString *error);
    // "name" quoted as an identifier.
    QByteArray identifier(const QString &name) const;

private:
    QString lastError() const;
    pg_conn *m_conn = nullptr;
};

} // namespace waymark::events
