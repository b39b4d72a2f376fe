#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace waymark::pg {

// The rows a statement returned (libpq's PGresult, owned).
class Result
{
public:
    Result() = default;
    explicit Result(pg_result *result);
    ~Result();
    Result(Result &&other) noexcept;
    Result &operator=(Result &&other) noexcept;
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;

    int rows() const;
    int columns() const;
    QStringList columnNames() const;
    unsigned columnType(int column) const; // the PostgreSQL type id (pg_type.oid)
    bool isNull(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    QString text(int row, int column) const;
    qint64 integer(int row, int column) const;
    double real(int row, int column) const;
    bool boolean(int row, int column) const; // 't' / 'f'
    std::optional<double> optReal(int row, int column) const;
    // Rows changed by an INSERT, UPDATE or DELETE.
    qint64 affected() const;

private:
    pg_result *m_result = nullptr;
};

// One NOTIFY received from the server.
struct Notification
{
    QString channel;
    QString payload;
    int pid = 0; // the backend that sent it (this connection's own: backendPid())
};

// One connection to a PostgreSQL server through libpq, for the team
// workspace (core/teamstore) and the event-log import (core/events). Every statement with
// values goes through exec(sql, params) with $1, $2... placeholders: the SQL
// is prepared once per connection (PQprepare) and run with PQexecPrepared,
// the values never in the SQL text. Parameters are QVariants: null is SQL
// NULL, bool is t/f, numbers and strings are sent as text.
class Connection
{
public:
    ~Connection(); // wipes the password from memory
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // `uri` is a libpq connection URI or key=value string. The password comes
    // from libpq (~/.pgpass, PGPASSFILE, PGPASSWORD) or, when the user typed
    // one, from `password`: passed to libpq as the `password` keyword, kept in
    // memory for reconnecting and never written anywhere. When the server
    // asks for a password and none was given (or the one given was refused),
    // `*passwordNeeded` becomes true and the error names ~/.pgpass.
    static std::unique_ptr<Connection> open(const QString &uri, QString *error,
                                            const QString &applicationName = {},
                                            const QString &password = {},
                                            bool *passwordNeeded = nullptr);

    // A process-wide way to ask for a password (the command line's terminal
    // prompt): called with the user and host when the server wants one and
    // none was given; an empty answer gives up.
    using PasswordPrompt = QString (*)(const QString &user, const QString &host);
    static void setPasswordPrompt(PasswordPrompt prompt);

    bool isOk() const;
    // Connects again with the same parameters (after the server went away).
    bool reconnect(QString *error);
    int socket() const;
    int backendPid() const;
    QString user() const;
    QString database() const;
    // The TLS state of the connection: "TLS 1.3 (sslmode=require)" or
    // "no TLS (sslmode=prefer)".
    QString tlsDescription() const;

    // Statements without values: DDL, several statements at once.
    bool execScript(const QString &sql, QString *error);
    // A statement with values ($1, $2...).
    bool exec(const QString &sql, const QVariantList &params, Result *result, QString *error);
    bool exec(const QString &sql, const QVariantList &params, QString *error)
    {
        return exec(sql, params, nullptr, error);
    }

    bool begin(QString *error) { return execScript(QStringLiteral("BEGIN"), error); }
    bool commit(QString *error) { return execScript(QStringLiteral("COMMIT"), error); }
    void rollback();
    bool inTransaction() const;

    // LISTEN on a channel (an identifier; quoted here).
    bool listen(const QString &channel, QString *error);
    // NOTIFY through pg_notify($1, $2): part of the open transaction, if any.
    bool notify(const QString &channel, const QString &payload, QString *error);
    // Reads what arrived on the socket and returns the notifications; false
    // when the connection broke.
    bool consumeNotifications(QList<Notification> *out, QString *error);

    // An identifier quoted for SQL ("ws_sofa").
    QString quoteIdentifier(const QString &name) const;
    // The SQLSTATE of the last failed statement ("23505", "42501"...).
    QString lastSqlState() const { return m_lastSqlState; }

    // NUL cannot be sent to a PostgreSQL text value; the message for it.
    static QString nulMessage();

private:
    Connection() = default;
    bool connect(bool *passwordNeeded, QString *error);
    bool check(pg_result *result, QString *error);
    QString connectionError() const;

    pg_conn *m_conn = nullptr;
    QByteArray m_uri;
    QByteArray m_applicationName;
    QByteArray m_password;                 // typed by the user; empty: libpq's own sources
    QHash<QString, QByteArray> m_prepared; // SQL -> statement name
    QString m_lastSqlState;
};

} // namespace waymark::pg
