#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace waymark::test {

// A real PostgreSQL server for tests and benchmarks: initdb into a temporary
// folder, started on a Unix socket only (nothing listens on the network),
// stopped in the destructor. As root (CI), initdb and pg_ctl run as the
// `postgres` user on a folder owned by it, since initdb refuses root.
//
//     PgServer server;
//     if (!server.start(&error)) QSKIP/QFAIL(error);
//     server.exec("CREATE DATABASE cx");
//     connect to server.uri("cx")
class PgServer
{
public:
    struct Options
    {
        // Tests turn off fsync (a crashed test machine loses nothing of
        // value); benchmarks keep the server's durable defaults.
        bool durable = false;
        int maxConnections = 120;
        // pg_hba.conf lines put before initdb's own (which trust everyone):
        // "local all anna scram-sha-256" makes anna give a password.
        QStringList hbaFirst;
        // Also listen on 127.0.0.1:tcpPort (0: the Unix socket only); the
        // socket then carries the same port number, and uri() names it.
        int tcpPort = 0;
        // ssl=on with these PEM files (copied into the server's folder, mode
        // 0600): TLS on the TCP port.
        QString sslCertFile;
        QString sslKeyFile;
    };

    PgServer();
    explicit PgServer(const Options &options);
    ~PgServer(); // stops the server (fast) and removes the folder
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // initdb on the first call, then pg_ctl start; waits until it accepts.
    bool start(QString *error);
    // pg_ctl stop: "fast" disconnects clients and shuts down cleanly,
    // "immediate" is a crash (recovery on the next start).
    bool stop(QString *error, const QString &mode = QStringLiteral("fast"));
    bool isRunning() const { return m_running; }

    QString socketDir() const;
    QString dataDir() const;
    // A libpq URI for `database` as `user` over the socket:
    // postgresql://user@/database?host=SOCKDIR
    QString uri(const QString &database, const QString &user = QStringLiteral("postgres")) const;

    // Runs SQL (several statements allowed) as the superuser on `database`.
    bool exec(const QString &sql, QString *error = nullptr,
              const QString &database = QStringLiteral("postgres")) const;
    bool createDatabase(const QString &name, QString *error = nullptr) const;
    // A login role with no rights of its own (and a password, when given:
    // stored by the server as SCRAM-SHA-256).
    bool createRole(const QString &name, QString *error = nullptr,
                    const QString &password = {}) const;

    // Test certificates made with the openssl command in `dir`: ca.crt (a
    // CA), server.crt + server.key (signed by it, for "localhost" and
    // 127.0.0.1) and other-ca.crt (a CA that signed nothing here).
    static bool makeTlsFiles(const QString &dir, QString *error);

    // A TCP port nothing listens on now on 127.0.0.1 (0 when none was found).
    static int freeTcpPort();

    // Where the PostgreSQL programs are (/usr/lib/postgresql/*/bin), or empty.
    static QString binDir();

private:
    bool configure(QString *error);
    bool run(const QString &program, const QStringList &args, QString *error,
             int timeoutMs = 60000) const;

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_initialized = false;
    bool m_running = false;
};

} // namespace waymark::test
