#pragma once

// Shared helpers for the end-to-end tests: run the real `waymark` binary (and
// real tools such as sqlite3) in a clean, headless environment and look at
// what it printed and left on disk.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace waymark::e2e {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(WAYMARK_TEST_DATA "/") + name;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// What one run of a program did.
struct Run
{
    int exitCode = -1;
    bool crashed = false; // killed by a signal, or timed out
    bool started = true;
    QByteArray out;
    QByteArray err;

    QList<QByteArray> errLines() const
    {
        QList<QByteArray> lines = err.split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }
    // Exactly one line on stderr, ending in a newline: the CLI's error contract.
    bool oneErrorLine() const { return err.endsWith('\n') && err.count('\n') == 1; }
    QString describe() const
    {
        return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
                .arg(exitCode)
                .arg(crashed ? QStringLiteral(" (crashed)") : QString())
                .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
};

// Runs programs with a private HOME and XDG_RUNTIME_DIR, offscreen, in English.
class Runner
{
public:
    Runner()
    {
        QDir(m_root.path()).mkpath(QStringLiteral("home/.config"));
        QDir(m_root.path()).mkpath(QStringLiteral("runtime"));
        QFile::setPermissions(m_root.filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "LANG", "LC_MESSAGES"})
            m_env.remove(QString::fromLatin1(name));
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_env.insert(QStringLiteral("HOME"), m_root.filePath(QStringLiteral("home")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                     m_root.filePath(QStringLiteral("home/.config")));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_root.filePath(QStringLiteral("runtime")));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    }

    bool isValid() const { return m_root.isValid(); }
    // The programs' HOME (~/.pgpass lives there) and whole environment.
    QString home() const { return m_root.filePath(QStringLiteral("home")); }
    QProcessEnvironment environment() const { return m_env; }

    Run run(const QString &program, const QStringList &args, int timeoutMs = 30000) const
    {
        Run r;
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.setWorkingDirectory(m_root.path());
        p.start(program, args);
        if (!p.waitForStarted(10000)) {
            r.started = false;
            r.crashed = true;
            r.err = p.errorString().toUtf8();
            return r;
        }
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.crashed = true;
        }
        r.exitCode = p.exitCode();
        r.crashed = r.crashed || p.exitStatus() != QProcess::NormalExit;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // The real waymark binary.
    Run waymark(const QStringList &args) const { return run(QStringLiteral(WAYMARK_BIN), args); }

    // One value from the sqlite3 command line tool; empty when it failed.
    QString sqlite(const QString &path, const QString &sql) const
    {
        const Run r = run(sqliteProgram(), {QStringLiteral("-readonly"), path, sql});
        return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
    }

    static QString sqliteProgram()
    {
        return QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    }

private:
    QTemporaryDir m_root;
    QProcessEnvironment m_env;
};

} // namespace waymark::e2e
