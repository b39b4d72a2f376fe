#include "cli.h"
#include "commands/documentcommand.h"
#include "commands/importcommand.h"
#include "document/document.h"
#include "formats/journeyfile.h"
#include "model/workspace.h"
#include "options.h"
#include "storage/documentfile.h"
#include "teamstore/teamdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace waymark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

int cmdImport(const QStringList &args)
{
    Options o(QStringLiteral("import"),
              tr("Adds the journeys of a JSON file (DESIGN.md §7) or a Mermaid journey diagram "
                 "to a workspace file, creating the file if it does not exist. All or nothing."));
    o.positional(QStringLiteral("FILE.cjm"), tr("the workspace to add to"));
    o.value(QStringLiteral("json"), QStringLiteral("IN.json"), tr("a Waymark journey JSON file"));
    o.value(QStringLiteral("mermaid"), QStringLiteral("IN.mmd"),
            tr("a Mermaid \"journey\" diagram: sections become stages, tasks steps"));
    int exit = Ok;
    if (!o.parse(args, 1, 1, &exit))
        return exit;
    const bool json = o.isSet(QStringLiteral("json"));
    const bool mermaid = o.isSet(QStringLiteral("mermaid"));
    if (json == mermaid)
        return usageError(o.command(), json ? tr("give --json or --mermaid, not both")
                                            : tr("say what to import: --json IN.json or "
                                                 "--mermaid IN.mmd"));
    const QString path = o.positionals().first();
    const QString source = o.get(json ? QStringLiteral("json") : QStringLiteral("mermaid"));

    Workspace incoming;
    QStringList warnings;
    QString error;
    if (!readJourneyFile(source, source,
                         json ? JourneyFileFormat::Json : JourneyFileFormat::Mermaid, &incoming,
                         &warnings, &error)) {
        printError(error);
        return BadInput;
    }
    for (const QString &w : std::as_const(warnings))
        printWarning(w);

    const bool created = !isTeamLocation(path) && !QFile::exists(path);
    std::unique_ptr<Document> doc;
    if (created) {
        OpenResult result = createDocument(path);
        if (!result.document) {
            printError(result.error);
            return BadInput;
        }
        doc = std::move(result.document);
    } else {
        doc = openForCommand(path, true);
        if (!doc)
            return BadInput;
    }

    QStringList notes;
    std::unique_ptr<DocumentCommand> command(makeImportCommand(doc.get(), incoming, &notes));
    command->redo();
    if (command->hasFailed()) {
        doc.reset();
        if (created)
            QFile::remove(path);
        printError(tr("nothing was imported: %1").arg(command->error()));
        return BadInput;
    }
    for (const QString &n : notes)
        printWarning(n);
    int steps = 0, links = 0;
    for (const Journey &j : incoming.journeys) {
        steps += int(j.steps.size());
        links += int(j.links.size());
    }
    printOut(QCoreApplication::translate("Cli",
                                         "Imported %n journey(s) (%1 steps, %2 links) into %3\n",
                                         nullptr, int(incoming.journeys.size()))
                     .arg(steps)
                     .arg(links)
                     .arg(path));
    return Ok;
}

} // namespace waymark::cli
