// waymark pull URI --workspace NAME FILE.cjm: a copy of a team workspace to work offline.
#include "cli.h"
#include "document/document.h"
#include "options.h"
#include "storage/documentfile.h"
#include "teamstore/teamdocument.h"
#include "teamstore/teamstore.h"

#include <QCoreApplication>
#include <QFile>

namespace waymark::cli {

bool teamTarget(const Options &o, const QString &uri, QString *conninfo, QString *workspace);

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

int cmdPull(const QStringList &args)
{
    Options o(QStringLiteral("pull"), tr("Downloads a team workspace into a new workspace file."));
    o.positional(QStringLiteral("URI"), tr("postgresql://user@host/database"));
    o.positional(QStringLiteral("FILE.cjm"), tr("the file to create"));
    o.value(QStringLiteral("workspace"), QStringLiteral("NAME"), tr("the workspace"));
    o.flag(QStringLiteral("force"), tr("replace the file if it exists"));
    int exit = Ok;
    if (!o.parse(args, 2, 2, &exit))
        return exit;
    QString conninfo, workspace;
    if (!teamTarget(o, o.positionals().at(0), &conninfo, &workspace))
        return BadInput;
    const QString path = o.positionals().at(1);
    if (QFile::exists(path) && !o.isSet(QStringLiteral("force"))) {
        printError(tr("%1 already exists; use --force to replace it").arg(path));
        return BadInput;
    }
    QString error;
    auto store = TeamStore::open(conninfo, workspace, &error);
    Workspace ws;
    if (!store || !store->load(&ws, &error)) {
        printError(error);
        return BadInput;
    }
    // Built beside the target, then swapped in: never half a file.
    const QString target = path + QStringLiteral(".pull");
    QFile::remove(target);
    OpenResult created = createDocument(target);
    if (!created.document) {
        printError(created.error);
        return BadInput;
    }
    if (!writeWholeWorkspace(*created.document->store(), ws, &error)) {
        created.document.reset();
        QFile::remove(target);
        printError(tr("%1 could not be written: %2").arg(path, error));
        return BadInput;
    }
    created.document.reset();
    QFile::remove(path);
    if (!QFile::rename(target, path)) {
        QFile::remove(target);
        printError(tr("%1 could not be replaced").arg(path));
        return BadInput;
    }
    printOut(QCoreApplication::translate("Cli", "Pulled workspace %1 into %2: %n journey(s)\n",
                                         nullptr, int(ws.journeys.size()))
                     .arg(workspace, path));
    return Ok;
}

} // namespace waymark::cli
