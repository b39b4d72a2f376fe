// The command line asks for a team server's password on its terminal, echo
// off, when the server wants one and libpq found none (~/.pgpass,
// PGPASSFILE). Without a terminal the command fails with the line that names
// ~/.pgpass (pgconnection.cpp). What is typed stays in memory only.
#include "cli.h"
#include "pg/pgconnection.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace waymark::cli {

namespace {

QString askOnTerminal(const QString &user, const QString &host)
{
    termios saved{};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    // The prompt once the echo is off: what is typed after it is kept.
    std::fputs(QCoreApplication::translate("Cli", "Password for %1 on %2: ")
                       .arg(user, host)
                       .toLocal8Bit()
                       .constData(),
               stderr);
    std::fflush(stderr);
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(char(c));
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    QString password = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

} // namespace

void installPasswordPrompt()
{
    if (::isatty(STDIN_FILENO) == 1)
        pg::Connection::setPasswordPrompt(&askOnTerminal);
}

} // namespace waymark::cli
