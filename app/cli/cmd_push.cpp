// waymark push FILE.cjm URI --workspace NAME: a file becomes a new team workspace.
#include "cli.h"
#include "document/document.h"
#include "options.h"
#include "pg/pgconnection.h"
#include "teamstore/teamschema.h"
#include "teamstore/teamstore.h"

#include <QCoreApplication>

namespace waymark::cli {

bool teamTarget(const Options &o, const QString &uri, QString *conninfo, QString *workspace);

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

int cmdPush(const QStringList &args)
{
    Options o(QStringLiteral("push"),
              tr("Uploads a workspace file as a new team workspace (created when it is not "
                 "there; it must be empty)."));
    o.positional(QStringLiteral("FILE.cjm"), tr("the file to upload"));
    o.positional(QStringLiteral("URI"), tr("postgresql://user@host/database"));
    o.value(QStringLiteral("workspace"), QStringLiteral("NAME"), tr("the workspace"));
    int exit = Ok;
    if (!o.parse(args, 2, 2, &exit))
        return exit;
    QString conninfo, workspace;
    if (!teamTarget(o, o.positionals().at(1), &conninfo, &workspace))
        return BadInput;
    auto doc = openForCommand(o.positionals().at(0), false);
    if (!doc)
        return BadInput;
    QString error;
    auto c = pg::Connection::open(conninfo, &error);
    if (!c) {
        printError(error);
        return BadInput;
    }
    const int version = team::workspaceVersion(*c, workspace, &error);
    if (version < 0 || (version == 0 && !team::createWorkspace(*c, workspace, &error))) {
        printError(error);
        return BadInput;
    }
    auto store = TeamStore::open(conninfo, workspace, &error);
    Workspace there;
    if (!store || !store->load(&there, &error)) {
        printError(error);
        return BadInput;
    }
    if (!there.journeys.isEmpty() || !there.personas.isEmpty()) {
        printError(tr("workspace %1 already holds journeys; push makes a new workspace "
                      "(open it to edit, or push under another name)")
                           .arg(workspace));
        return BadInput;
    }
    const Workspace &ws = doc->workspace();
    if (!store->writeWorkspace(ws, &error)) {
        printError(error);
        return BadInput;
    }
    qsizetype steps = 0;
    for (const Journey &j : ws.journeys)
        steps += j.steps.size();
    printOut(QCoreApplication::translate("Cli", "Pushed %1 to workspace %2: %n journey(s), ",
                                         nullptr, int(ws.journeys.size()))
                     .arg(o.positionals().at(0), workspace)
             + QCoreApplication::translate("Cli", "%n step(s)\n", nullptr, int(steps)));
    return Ok;
}

} // namespace waymark::cli
