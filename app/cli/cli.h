#pragma once

#include <QString>
#include <QStringList>

namespace waymark::cli {

// Exit codes of every subcommand.
enum Exit { Ok = 0, BadInput = 1, Usage = 2 };

// One subcommand: `waymark <name> ...`.
struct Command
{
    const char *name;
    const char *synopsis;                // one line for `waymark --help`
    int (*run)(const QStringList &args); // args without "waymark <name>"
};

// All subcommands, in the order `--help` lists them.
const QList<Command> &commands();
const Command *findCommand(const QString &name);

// True when argv asks for a headless run (a subcommand, --help, --version).
bool isHeadless(const QStringList &arguments);
// Runs a headless command line; arguments include argv[0].
int run(const QStringList &arguments);

// When stdin is a terminal, a team server's password is asked for there
// (echo off) if the server wants one that libpq did not find.
void installPasswordPrompt();

// Output helpers: every error is one line on stderr.
void printError(const QString &message);
void printWarning(const QString &message);
void printInfo(const QString &message); // stderr: progress and notes
void printOut(const QString &text);     // stdout: results
void printOutBytes(const QByteArray &bytes);

// Usage error for a subcommand: prints "waymark NAME: MESSAGE" and a hint.
int usageError(const QString &command, const QString &message);

} // namespace waymark::cli
