#include "pgserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>
#include <QVersionNumber>

#include <arpa/inet.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
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
    const QString port
            = m_options.tcpPort > 0 ? QStringLiteral(":%1").arg(m_options.tcpPort) : QString();
    return QStringLiteral("postgresql://%1@%4/%2?host=%3")
            .arg(QString::fromUtf8(QUrl::toPercentEncoding(user)),
                 QString::fromUtf8(QUrl::toPercentEncoding(database)),
                 QString::fromUtf8(QUrl::toPercentEncoding(socketDir())), port);
}

int PgServer::freeTcpPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool PgServer::makeTlsFiles(const QString &dir, QString *error)
{
    const QString ext = dir + QStringLiteral("/server.ext");
    QFile file(ext);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    file.close();
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                         QStringLiteral("-nodes")};
    const QList<QStringList> steps{
            QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                    + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                  QStringLiteral("-out"), QStringLiteral("ca.crt"),
                                  QStringLiteral("-days"), QStringLiteral("2"),
                                  QStringLiteral("-subj"), QStringLiteral("/CN=Waymark test CA")},
            QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                    + QStringList{QStringLiteral("-keyout"), QStringLiteral("other-ca.key"),
                                  QStringLiteral("-out"), QStringLiteral("other-ca.crt"),
                                  QStringLiteral("-days"), QStringLiteral("2"),
                                  QStringLiteral("-subj"), QStringLiteral("/CN=Another CA")},
            QStringList{QStringLiteral("req")} + ec
                    + QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                  QStringLiteral("-out"), QStringLiteral("server.csr"),
                                  QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
             QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-extfile"), ext},
    };
    for (const QStringList &args : steps) {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0) {
            if (error)
                *error = QStringLiteral("openssl %1 failed: %2")
                                 .arg(args.first(), QString::fromLocal8Bit(p.readAll()).trimmed());
            return false;
        }
    }
    return true;
}

// The options' pg_hba.conf lines first, and the TLS files in place.
bool PgServer::configure(QString *error)
{
    if (!m_options.hbaFirst.isEmpty()) {
        QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot read pg_hba.conf");
            return false;
        }
        const QByteArray rest = hba.readAll();
        hba.close();
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            if (error)
                *error = QStringLiteral("cannot write pg_hba.conf");
            return false;
        }
        hba.write(m_options.hbaFirst.join(u'\n').toUtf8() + "\n" + rest);
        hba.close();
    }
    if (!m_options.sslCertFile.isEmpty()) {
        const QString tls = m_dir->filePath(QStringLiteral("tls"));
        QDir().mkpath(tls);
        for (const auto &[from, to] :
             {std::pair{m_options.sslCertFile, QStringLiteral("server.crt")},
              std::pair{m_options.sslKeyFile, QStringLiteral("server.key")}}) {
            const QString target = tls + u'/' + to;
            QFile::remove(target);
            if (!QFile::copy(from, target)
                || !QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner)) {
                if (error)
                    *error = QStringLiteral("cannot copy %1 to %2").arg(from, target);
                return false;
            }
        }
        if (isRoot() && !chownToPostgres(tls, error))
            return false;
    }
    return true;
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
        if (!configure(error))
            return false;
        m_initialized = true;
    }
    QString settings = QStringLiteral("-k %1 -c max_connections=%2")
                               .arg(socketDir())
                               .arg(m_options.maxConnections);
    if (m_options.tcpPort > 0)
        settings += QStringLiteral(" -c listen_addresses=127.0.0.1 -p %1").arg(m_options.tcpPort);
    else
        settings += QStringLiteral(" -c listen_addresses=''");
    if (!m_options.sslCertFile.isEmpty()) {
        const QString tls = m_dir->filePath(QStringLiteral("tls"));
        settings += QStringLiteral(" -c ssl=on -c ssl_cert_file=%1/server.crt"
                                   " -c ssl_key_file=%1/server.key")
                            .arg(tls);
    }
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

bool PgServer::createRole(const QString &name, QString *error, const QString &password) const
{
    QString sql = QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(name);
    if (!password.isEmpty()) {
        QString literal = password;
        literal.replace(u'\'', QStringLiteral("''"));
        sql += QStringLiteral(" PASSWORD '%1'").arg(literal);
    }
    return exec(sql, error);
}

} // namespace waymark::test
