#include "pgserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>
#include <QVersionNumber>

#include <libpq-fe.h>
#include <pwd.h>
#include <unistd.h>

namespace waymark::test {

namespace {

bool isRoot()
{
    return ::geteuid() == 0;
}

// Gives `path` and everything under it to the postgres user.
bool chownToPostgres(const QString &path, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("chown"),
            {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("chown %1 failed: %2")
                             .arg(path, QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace

PgServer::PgServer()
    : PgServer(Options{})
{}

PgServer::PgServer(const Options &options)
    : m_options(options)
{}

PgServer::~PgServer()
{
    if (m_running)
        stop(nullptr, QStringLiteral("fast"));
}

QString PgServer::binDir()
{
    // Newest first: /usr/lib/postgresql/15/bin, /usr/lib/postgresql/16/bin...
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &v : versions) {
        const QString bin = root.filePath(v + QStringLiteral("/bin"));
        if (QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable())
            return bin;
    }
    return {};
}

QString PgServer::socketDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("sock")) : QString();
}

QString PgServer::dataDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString PgServer::uri(const QString &database, const QString &user) const
{
    return QStringLiteral("postgresql://%1@/%2?host=%3")
            .arg(QString::fromUtf8(QUrl::toPercentEncoding(user)),
                 QString::fromUtf8(QUrl::toPercentEncoding(database)),
                 QString::fromUtf8(QUrl::toPercentEncoding(socketDir())));
}

bool PgServer::run(const QString &program, const QStringList &args, QString *error,
                   int timeoutMs) const
{
    const QString path = binDir() + u'/' + program;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // The child must not inherit a libpq environment meant for someone else.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir->path());
    if (isRoot()) {
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                            path}
                        + args);
    } else {
        p.start(path, args);
    }
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 failed: %2")
                             .arg(program, QString::fromLocal8Bit(p.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PgServer::start(QString *error)
{
    if (m_running)
        return true;
    if (binDir().isEmpty()) {
        if (error)
            *error = QStringLiteral("no PostgreSQL server in /usr/lib/postgresql/*/bin "
                                    "(install postgresql-15)");
        return false;
    }
    if (!m_initialized) {
        // As root, under /tmp so that the postgres user can reach it.
        m_dir = isRoot() ? std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/waymark-pg-XXXXXX"))
                         : std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            if (error)
                *error = QStringLiteral("cannot create a temporary folder: %1")
                                 .arg(m_dir->errorString());
            return false;
        }
        QDir(m_dir->path()).mkpath(QStringLiteral("sock"));
        if (isRoot() && !chownToPostgres(m_dir->path(), error))
            return false;
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-A"), QStringLiteral("trust"),
                  QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--no-sync")},
                 error, 120000))
            return false;
        m_initialized = true;
    }
    QString settings = QStringLiteral("-k %1 -c listen_addresses='' -c max_connections=%2")
                               .arg(socketDir())
                               .arg(m_options.maxConnections);
    if (!m_options.durable)
        settings += QStringLiteral(" -c fsync=off -c full_page_writes=off");
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
              m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-o"), settings,
              QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
              QStringLiteral("start")},
             error, 90000))
        return false;
    m_running = true;
    return true;
}

bool PgServer::stop(QString *error, const QString &mode)
{
    if (!m_running)
        return true;
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), mode, QStringLiteral("-w"),
              QStringLiteral("stop")},
             error, 90000))
        return false;
    m_running = false;
    return true;
}

bool PgServer::exec(const QString &sql, QString *error, const QString &database) const
{
    const QByteArray conninfo = uri(database).toUtf8();
    PGconn *conn = PQconnectdb(conninfo.constData());
    bool ok = PQstatus(conn) == CONNECTION_OK;
    if (ok) {
        PGresult *res = PQexec(conn, sql.toUtf8().constData());
        const ExecStatusType status = PQresultStatus(res);
        ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        PQclear(res);
    }
    if (!ok && error)
        *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    PQfinish(conn);
    return ok;
}

bool PgServer::createDatabase(const QString &name, QString *error) const
{
    return exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name), error);
}

bool PgServer::createRole(const QString &name, QString *error) const
{
    return exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(name), error);
}

} // namespace waymark::test
