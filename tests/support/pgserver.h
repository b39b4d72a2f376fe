#pragma once

// A throwaway PostgreSQL server for tests: initdb into a temporary folder (as
// the `postgres` user when running as root, since initdb refuses root), a
// server on a Unix socket only (nothing listens on the network), stopped and
// removed at the end. See TOOLCHAIN.md, "PostgreSQL".

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace waymark::test {

class PgServer
{
public:
    PgServer() = default;
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // Starts the server; false with the reason (and the server log's tail).
    bool start(QString *error);
    void stop();
    bool isRunning() const { return m_running; }

    // postgresql://postgres@/DB?host=SOCKETDIR
    QString uri(const QString &database = QStringLiteral("postgres")) const;

private:
    bool run(const QString &program, const QStringList &args, QString *output);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    bool m_asRoot = false;
    bool m_running = false;
};

} // namespace waymark::test
