#include "pgconnection.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <libpq-fe.h>

namespace waymark::pg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TeamStore", text);
}

// A parameter as libpq text; false for NULL.
bool toText(const QVariant &value, QByteArray *out)
{
    if (!value.isValid() || value.isNull())
        return false;
    switch (value.typeId()) {
    case QMetaType::Bool:
        *out = value.toBool() ? "t" : "f";
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        *out = QByteArray::number(value.toDouble(), 'g', 17);
        break;
    case QMetaType::QDateTime:
        *out = value.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
        break;
    case QMetaType::QDate:
        *out = value.toDate().toString(Qt::ISODate).toUtf8();
        break;
    case QMetaType::QByteArray:
        *out = value.toByteArray();
        break;
    default:
        *out = value.toString().toUtf8();
        break;
    }
    return true;
}

} // namespace

Result::Result(pg_result *result)
    : m_result(result)
{}

Result::~Result()
{
    if (m_result)
        PQclear(m_result);
}

Result::Result(Result &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{}

Result &Result::operator=(Result &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int Result::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int Result::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

QStringList Result::columnNames() const
{
    QStringList names;
    for (int i = 0; i < columns(); ++i)
        names.append(QString::fromUtf8(PQfname(m_result, i)));
    return names;
}

unsigned Result::columnType(int column) const
{
    return m_result ? unsigned(PQftype(m_result, column)) : 0;
}

bool Result::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result, row, column) == 1;
}

QByteArray Result::bytes(int row, int column) const
{
    if (!m_result)
        return {};
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QString Result::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 Result::integer(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

double Result::real(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column)).toDouble();
}

bool Result::boolean(int row, int column) const
{
    return PQgetvalue(m_result, row, column)[0] == 't';
}

std::optional<double> Result::optReal(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    return real(row, column);
}

qint64 Result::affected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0;
}

namespace {
Connection::PasswordPrompt g_passwordPrompt = nullptr;
} // namespace

Connection::~Connection()
{
    if (m_conn)
        PQfinish(m_conn);
    m_password.fill('\0');
}

void Connection::setPasswordPrompt(PasswordPrompt prompt)
{
    g_passwordPrompt = prompt;
}

std::unique_ptr<Connection> Connection::open(const QString &uri, QString *error,
                                             const QString &applicationName,
                                             const QString &password, bool *passwordNeeded)
{
    if (passwordNeeded)
        *passwordNeeded = false;
    std::unique_ptr<Connection> c(new Connection);
    c->m_uri = uri.toUtf8();
    c->m_applicationName
            = (applicationName.isEmpty() ? QStringLiteral("waymark") : applicationName).toUtf8();
    c->m_password = password.toUtf8();
    bool needed = false;
    if (c->connect(&needed, error))
        return c;
    // The command line asks on its terminal, once, when nothing was typed yet.
    if (needed && c->m_password.isEmpty() && g_passwordPrompt) {
        QString typed = g_passwordPrompt(QString::fromUtf8(PQuser(c->m_conn)),
                                         QString::fromUtf8(PQhost(c->m_conn)));
        if (!typed.isEmpty()) {
            c->m_password = typed.toUtf8();
            typed.fill(u'\0');
            if (c->connect(&needed, error))
                return c;
        }
    }
    if (passwordNeeded)
        *passwordNeeded = needed;
    return nullptr;
}

bool Connection::reconnect(QString *error)
{
    bool needed = false;
    return connect(&needed, error);
}

bool Connection::connect(bool *passwordNeeded, QString *error)
{
    if (m_conn)
        PQfinish(m_conn);
    m_prepared.clear();
    // The URI may name its own application_name; ours is the fallback. A
    // typed password comes last, so it wins over one in the URI.
    // Text is read as UTF-8 whatever the database's encoding.
    const char *keywords[]
            = {"dbname", "fallback_application_name", "connect_timeout", "client_encoding", nullptr,
               nullptr};
    const char *values[]
            = {m_uri.constData(), m_applicationName.constData(), "5", "UTF8", nullptr, nullptr};
    if (!m_password.isEmpty()) {
        keywords[4] = "password";
        values[4] = m_password.constData();
    }
    m_conn = PQconnectdbParams(keywords, values, 1);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString user = QString::fromUtf8(PQuser(m_conn));
        const QString message = connectionError();
        // No password anywhere, or one the server refused (the server's
        // message names it: SQLSTATE 28P01 carries no code to a client).
        const bool missing = PQconnectionNeedsPassword(m_conn) == 1;
        const bool refused = PQconnectionUsedPassword(m_conn) == 1
                             && message.contains(QLatin1String("password authentication failed"));
        *passwordNeeded = missing || refused;
        if (!error)
            return false;
        if (missing)
            *error = tr("the server asks for a password for \"%1\": put it in ~/.pgpass (or in "
                        "the file PGPASSFILE names), or type it when Waymark asks on a terminal")
                             .arg(user);
        else if (refused && m_password.isEmpty())
            *error = tr("the server refused the password for \"%1\" found in ~/.pgpass "
                        "(or PGPASSFILE, PGPASSWORD)")
                             .arg(user);
        else if (refused)
            *error = tr("the server refused the password for \"%1\"").arg(user);
        else
            *error = tr("cannot connect: %1").arg(message);
        return false;
    }
    // Notices (NOTICE: schema exists...) are not for the user's terminal.
    PQsetNoticeProcessor(
            m_conn, [](void *, const char *) {}, nullptr);
    return true;
}

bool Connection::isOk() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

int Connection::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

int Connection::backendPid() const
{
    return m_conn ? PQbackendPID(m_conn) : 0;
}

QString Connection::user() const
{
    return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString();
}

QString Connection::database() const
{
    return m_conn ? QString::fromUtf8(PQdb(m_conn)) : QString();
}

QString Connection::tlsDescription() const
{
    QString mode;
    if (PQconninfoOption *options = PQconninfo(m_conn)) {
        for (PQconninfoOption *o = options; o->keyword; ++o) {
            if (qstrcmp(o->keyword, "sslmode") == 0 && o->val)
                mode = QString::fromUtf8(o->val);
        }
        PQconninfoFree(options);
    }
    if (m_conn && PQsslInUse(m_conn)) {
        // libpq names the protocol "TLSv1.3": shown as "TLS 1.3".
        QString protocol = QString::fromUtf8(PQsslAttribute(m_conn, "protocol"));
        if (protocol.startsWith(QLatin1String("TLSv")))
            protocol = protocol.mid(4);
        return tr("TLS %1 (sslmode=%2)")
                .arg(protocol.isEmpty() ? QStringLiteral("?") : protocol, mode);
    }
    return tr("no TLS (sslmode=%1)").arg(mode);
}

QString Connection::connectionError() const
{
    QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    message.replace(u'\n', u' ');
    return message;
}

QString Connection::nulMessage()
{
    return tr("a text contains a NUL character (U+0000), which a team workspace cannot store; "
              "remove it and try again");
}

bool Connection::check(pg_result *result, QString *error)
{
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        m_lastSqlState.clear();
        return true;
    }
    const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    m_lastSqlState = QString::fromLatin1(state ? state : "");
    if (error) {
        const char *primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
        *error = primary ? QString::fromUtf8(primary) : connectionError();
        if (!isOk())
            *error = tr("connection lost: %1").arg(connectionError());
    }
    return false;
}

bool Connection::execScript(const QString &sql, QString *error)
{
    PGresult *raw = PQexec(m_conn, sql.toUtf8().constData());
    const bool ok = check(raw, error);
    PQclear(raw);
    return ok;
}

bool Connection::exec(const QString &sql, const QVariantList &params, Result *out, QString *error)
{
    QList<QByteArray> texts(params.size());
    std::vector<const char *> values(size_t(params.size()), nullptr);
    std::vector<int> lengths(size_t(params.size()), 0);
    for (qsizetype i = 0; i < params.size(); ++i) {
        if (!toText(params.at(i), &texts[i]))
            continue;
        // libpq sends text values as C strings: a NUL would cut the text.
        if (texts.at(i).contains('\0')) {
            m_lastSqlState = QStringLiteral("22021");
            if (error)
                *error = nulMessage();
            return false;
        }
        values[size_t(i)] = texts.at(i).constData();
        lengths[size_t(i)] = int(texts.at(i).size());
    }
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        const QByteArray name = "w" + QByteArray::number(m_prepared.size() + 1);
        PGresult *prepared = PQprepare(m_conn, name.constData(), sql.toUtf8().constData(),
                                       int(params.size()), nullptr);
        const bool ok = check(prepared, error);
        PQclear(prepared);
        if (!ok)
            return false;
        it = m_prepared.insert(sql, name);
    }
    PGresult *raw = PQexecPrepared(m_conn, it.value().constData(), int(params.size()),
                                   values.data(), lengths.data(), nullptr, 0);
    const bool ok = check(raw, error);
    Result result(raw);
    if (ok && out)
        *out = std::move(result);
    return ok;
}

void Connection::rollback()
{
    if (m_conn && PQtransactionStatus(m_conn) != PQTRANS_IDLE) {
        PGresult *r = PQexec(m_conn, "ROLLBACK");
        PQclear(r);
    }
}

bool Connection::inTransaction() const
{
    if (!m_conn)
        return false;
    const PGTransactionStatusType s = PQtransactionStatus(m_conn);
    return s == PQTRANS_INTRANS || s == PQTRANS_INERROR;
}

QString Connection::quoteIdentifier(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted)
        return {};
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

bool Connection::listen(const QString &channel, QString *error)
{
    return execScript(QStringLiteral("LISTEN ") + quoteIdentifier(channel), error);
}

bool Connection::notify(const QString &channel, const QString &payload, QString *error)
{
    return exec(QStringLiteral("SELECT pg_notify($1, $2)"), {channel, payload}, error);
}

bool Connection::consumeNotifications(QList<Notification> *out, QString *error)
{
    if (!m_conn || PQconsumeInput(m_conn) == 0 || PQstatus(m_conn) != CONNECTION_OK) {
        if (error)
            *error = tr("connection lost: %1").arg(connectionError());
        return false;
    }
    while (PGnotify *n = PQnotifies(m_conn)) {
        out->append({QString::fromUtf8(n->relname), QString::fromUtf8(n->extra), n->be_pid});
        PQfreemem(n);
    }
    return true;
}

} // namespace waymark::pg
