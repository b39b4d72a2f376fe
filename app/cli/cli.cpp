#include "cli.h"

#include "version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace waymark::cli {

int cmdNew(const QStringList &args);
int cmdImportMetrics(const QStringList &args);
int cmdImportEvents(const QStringList &args);
int cmdUseObservedShares(const QStringList &args);
int cmdAddLink(const QStringList &args);
int cmdMetrics(const QStringList &args);
int cmdCheck(const QStringList &args);
int cmdImport(const QStringList &args);
int cmdExport(const QStringList &args);
int cmdAnalyze(const QStringList &args);
int cmdServer(const QStringList &args);
int cmdPush(const QStringList &args);
int cmdPull(const QStringList &args);

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int printHelp()
{
    QString text = tr("Usage: waymark [FILE.cjm]            open the editor\n"
                      "       waymark COMMAND [OPTIONS]     work on a file without a window\n"
                      "\n"
                      "Commands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n")
                        .arg(QString::fromLatin1(c.name).leftJustified(21),
                             QCoreApplication::translate("Cli", c.synopsis));
    text += tr("\n"
               "Options:\n"
               "  --help, -h        show this help (or 'waymark COMMAND --help')\n"
               "  --version, -v     show the version\n"
               "\n"
               "Editor options: waymark FILE.cjm --screenshot OUT.png [--size 1600x1000]\n");
    printOut(text);
    return Ok;
}

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> list{
            {"new", QT_TRANSLATE_NOOP("Cli", "create a workspace file, empty or from a template"),
             cmdNew},
            {"import-metrics",
             QT_TRANSLATE_NOOP("Cli", "import survey or analytics data (CSV) as metrics per step"),
             cmdImportMetrics},
            {"import-events",
             QT_TRANSLATE_NOOP("Cli", "import an event log (CSV or PostgreSQL): what customers "
                                      "really did on a journey"),
             cmdImportEvents},
            {"use-observed-shares",
             QT_TRANSLATE_NOOP("Cli", "set link shares from a journey's imported event log"),
             cmdUseObservedShares},
            {"add-link",
             QT_TRANSLATE_NOOP("Cli", "connect two steps with a flow link (e.g. an unplanned "
                                      "transition)"),
             cmdAddLink},
            {"import",
             QT_TRANSLATE_NOOP("Cli", "add journeys from a JSON or Mermaid file to a workspace"),
             cmdImport},
            {"export",
             QT_TRANSLATE_NOOP("Cli", "write journeys as PDF, PNG, SVG, CSV, JSON or Mermaid"),
             cmdExport},
            {"analyze",
             QT_TRANSLATE_NOOP("Cli", "find paths, drop-off, loops and seams in journeys"),
             cmdAnalyze},
            {"metrics", QT_TRANSLATE_NOOP("Cli", "show the metrics of each step, or their JSON"),
             cmdMetrics},
            {"check", QT_TRANSLATE_NOOP("Cli", "check that a file is a whole Waymark document"),
             cmdCheck},
            {"server",
             QT_TRANSLATE_NOOP("Cli", "create a team workspace on a PostgreSQL server, or grant a "
                                      "role read-only or edit rights"),
             cmdServer},
            {"push", QT_TRANSLATE_NOOP("Cli", "upload a file as a new team workspace"), cmdPush},
            {"pull", QT_TRANSLATE_NOOP("Cli", "download a team workspace into a file"), cmdPull},
    };
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

bool isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return findCommand(first) || first == u"--help" || first == u"-h" || first == u"--version"
           || first == u"-v" || first == u"help";
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == u"--version" || first == u"-v") {
        printOut(QStringLiteral("waymark " WAYMARK_VERSION "\n"));
        return Ok;
    }
    if (first == u"--help" || first == u"-h" || first == u"help")
        return printHelp();
    const Command *command = findCommand(first);
    if (!command) {
        printError(tr("unknown command \"%1\"; see 'waymark --help'").arg(first));
        return Usage;
    }
    installPasswordPrompt();
    return command->run(arguments.mid(2));
}

void printError(const QString &message)
{
    QString line = message;
    line.replace(u'\n', u' ');
    writeTo(stderr, tr("waymark: error: %1").arg(line) + u'\n');
}

void printWarning(const QString &message)
{
    writeTo(stderr, tr("waymark: warning: %1").arg(message) + u'\n');
}

void printInfo(const QString &message)
{
    writeTo(stderr, message + u'\n');
}

void printOut(const QString &text)
{
    writeTo(stdout, text);
}

void printOutBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int usageError(const QString &command, const QString &message)
{
    writeTo(stderr, tr("waymark %1: %2 (see 'waymark %1 --help')").arg(command, message) + u'\n');
    return Usage;
}

} // namespace waymark::cli
