// waymark server init|grant: a team workspace on the team's PostgreSQL server.
#include "cli.h"
#include "options.h"
#include "pg/pgconnection.h"
#include "teamstore/teamschema.h"

#include <QCoreApplication>

namespace waymark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

// The workspace named by --workspace, else by ?workspace= in the URI; the
// URI without it for libpq. Prints the problem and returns false.
bool teamTarget(const Options &o, const QString &uri, QString *conninfo, QString *workspace)
{
    team::splitTeamUri(uri, conninfo, workspace);
    if (!team::isTeamUri(uri)) {
        printError(tr("\"%1\" is not a workspace URI (postgresql://user@host/database)").arg(uri));
        return false;
    }
    if (o.isSet(QStringLiteral("workspace")))
        *workspace = o.get(QStringLiteral("workspace"));
    if (workspace->isEmpty()) {
        printError(tr("name the workspace: --workspace NAME"));
        return false;
    }
    if (const QString bad = team::checkWorkspaceName(*workspace); !bad.isEmpty()) {
        printError(bad);
        return false;
    }
    return true;
}

int cmdServer(const QStringList &args)
{
    Options o(QStringLiteral("server"),
              tr("Sets up team workspaces on a PostgreSQL server.\n"
                 "  waymark server init URI --workspace NAME\n"
                 "  waymark server grant URI --workspace NAME --role ROLE --read-only|--edit\n"
                 "The password comes from ~/.pgpass or PGPASSFILE, never from Waymark."));
    o.positional(QStringLiteral("init|grant"), tr("create a workspace, or set a role's rights"));
    o.positional(QStringLiteral("URI"), tr("postgresql://user@host/database"));
    o.value(QStringLiteral("workspace"), QStringLiteral("NAME"), tr("the workspace"));
    o.value(QStringLiteral("role"), QStringLiteral("ROLE"), tr("grant: the PostgreSQL role"));
    o.flag(QStringLiteral("read-only"), tr("grant: the role may read the workspace"));
    o.flag(QStringLiteral("edit"), tr("grant: the role may read and edit the workspace"));
    int exit = Ok;
    if (!o.parse(args, 2, 2, &exit))
        return exit;
    const QString action = o.positionals().at(0);
    if (action != u"init" && action != u"grant")
        return usageError(o.command(), tr("unknown action \"%1\"; use init or grant").arg(action));
    const bool readOnly = o.isSet(QStringLiteral("read-only"));
    const bool edit = o.isSet(QStringLiteral("edit"));
    if (action == u"grant" && (!o.isSet(QStringLiteral("role")) || readOnly == edit))
        return usageError(o.command(),
                          tr("grant needs --role ROLE and one of --read-only, --edit"));
    QString conninfo, workspace;
    if (!teamTarget(o, o.positionals().at(1), &conninfo, &workspace))
        return BadInput;
    QString error;
    auto c = pg::Connection::open(conninfo, &error);
    if (!c) {
        printError(error);
        return BadInput;
    }
    if (action == u"init") {
        if (!team::createWorkspace(*c, workspace, &error)) {
            printError(error);
            return BadInput;
        }
        printOut(tr("Created workspace %1 (schema %2, version %3) on %4\n")
                         .arg(workspace, team::schemaName(workspace))
                         .arg(team::kServerSchemaVersion)
                         .arg(team::displayUri(conninfo)));
        return Ok;
    }
    const QString role = o.get(QStringLiteral("role"));
    if (!team::grantWorkspace(*c, workspace, role,
                              edit ? team::Access::Edit : team::Access::ReadOnly, &error)) {
        printError(error);
        return BadInput;
    }
    printOut((edit ? tr("%1 may now read and edit workspace %2\n")
                   : tr("%1 may now read workspace %2\n"))
                     .arg(role, workspace));
    return Ok;
}

} // namespace waymark::cli
