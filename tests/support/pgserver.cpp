#include "pgserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace waymark::test {

PgServer::~PgServer()
{
    stop();
}

bool PgServer::run(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asRoot) {
        // initdb and postgres refuse to run as root: become the package's user.
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                            program}
                        + args);
    } else {
        p.start(program, args);
    }
    const bool finished = p.waitForStarted(10000) && p.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(p.readAll()).trimmed();
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PgServer::start(QString *error)
{
    const QStringList found = QDir(QStringLiteral("/usr/lib/postgresql"))
                                      .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &version : found) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            m_bin = bin;
    }
    if (m_bin.isEmpty()) {
        *error = QStringLiteral("no PostgreSQL server: install postgresql-15 (scripts/dev setup)");
        return false;
    }
    m_asRoot = geteuid() == 0;
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                            + QStringLiteral("/waymark-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString root = m_dir->path();
    QDir(root).mkpath(QStringLiteral("data"));
    QDir(root).mkpath(QStringLiteral("sock"));
    if (m_asRoot) {
        QFile::setPermissions(root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                            | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup
                                            | QFile::ExeGroup);
        QProcess::execute(QStringLiteral("chown"),
                          {QStringLiteral("-R"), QStringLiteral("postgres:"), root});
    }
    QString out;
    if (!run(m_bin + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), root + QStringLiteral("/data"), QStringLiteral("-A"),
              QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync")},
             &out)) {
        *error = QStringLiteral("initdb failed: ") + out.right(500);
        return false;
    }
    if (!run(m_bin + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), root + QStringLiteral("/data"), QStringLiteral("-o"),
              QStringLiteral("-k %1 -c listen_addresses='' -c fsync=off")
                      .arg(root + QStringLiteral("/sock")),
              QStringLiteral("-l"), root + QStringLiteral("/server.log"), QStringLiteral("-w"),
              QStringLiteral("start")},
             &out)) {
        QFile log(root + QStringLiteral("/server.log"));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("pg_ctl start failed: ") + out.right(300) + u' '
                 + QString::fromLocal8Bit(log.readAll().right(500));
        return false;
    }
    m_running = true;
    return true;
}

void PgServer::stop()
{
    if (!m_running)
        return;
    run(m_bin + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-m"),
         QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
        nullptr);
    m_running = false;
}

QString PgServer::uri(const QString &database) const
{
    return QStringLiteral("postgresql://postgres@/%1?host=%2")
            .arg(database, m_dir->path() + QStringLiteral("/sock"));
}

} // namespace waymark::test
