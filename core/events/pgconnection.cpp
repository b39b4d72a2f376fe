#include "pgconnection.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <vector>

namespace waymark::events {

PgResult::PgResult() = default;

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(other.m_result)
{
    other.m_result = nullptr;
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    std::swap(m_result, other.m_result);
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

QStringList PgResult::columnNames() const
{
    QStringList names;
    for (int i = 0; m_result && i < PQnfields(m_result); ++i)
        names.append(QString::fromUtf8(PQfname(m_result, i)));
    return names;
}

unsigned PgResult::columnType(int column) const
{
    return m_result ? unsigned(PQftype(m_result, column)) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result, row, column);
}

QByteArray PgResult::bytes(int row, int column) const
{
    if (!m_result)
        return {};
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(bytes(row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    return bytes(row, column).toLongLong();
}

double PgResult::real(int row, int column) const
{
    return bytes(row, column).toDouble();
}

PgConnection::PgConnection() = default;

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

QString PgConnection::lastError() const
{
    QString message = QString::fromUtf8(m_conn ? PQerrorMessage(m_conn) : "").simplified();
    if (message.isEmpty())
        message = QCoreApplication::translate("Events", "the database did not answer");
    return message;
}

bool PgConnection::connect(const QString &uri, QString *error)
{
    m_conn = PQconnectdb(uri.toUtf8().constData());
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        *error = QCoreApplication::translate("Events", "cannot connect to the database: %1")
                         .arg(lastError());
        return false;
    }
    PQsetClientEncoding(m_conn, "UTF8");
    // Notices ("table does not exist, skipping") are not for the user.
    PQsetNoticeProcessor(
            m_conn, [](void *, const char *) {}, nullptr);
    return true;
}

bool PgConnection::exec(const QByteArray &sql, QString *error)
{
    return query(sql, {}, nullptr, error);
}

bool PgConnection::query(const QByteArray &sql, const QList<QByteArray> &params, PgResult *result,
                         QString *error)
{
    std::vector<const char *> values;
    for (const QByteArray &p : params)
        values.push_back(p.constData());
    pg_result *r = PQexecParams(m_conn, sql.constData(), int(values.size()), nullptr, values.data(),
                                nullptr, nullptr, 0);
    const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        if (error) {
            QString message = QString::fromUtf8(r ? PQresultErrorMessage(r) : "").simplified();
            if (message.isEmpty())
                message = lastError();
            *error = QCoreApplication::translate("Events", "the database says: %1").arg(message);
        }
        if (r)
            PQclear(r);
        return false;
    }
    if (result) {
        PgResult out;
        out.m_result = r;
        *result = std::move(out);
    } else {
        PQclear(r);
    }
    return true;
}

QByteArray PgConnection::identifier(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    const QByteArray out(quoted ? quoted : "");
    PQfreemem(quoted);
    return out;
}

} // namespace waymark::events
