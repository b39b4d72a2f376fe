#include "cli.h"
#include "document/document.h"
#include "model/validate.h"
#include "options.h"
#include "teamstore/teamdocument.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace waymark::cli {

int cmdCheck(const QStringList &args)
{
    Options o(QStringLiteral("check"),
              QCoreApplication::translate("Cli", "Checks that a file is a whole Waymark document: "
                                                 "SQLite integrity, references, model rules."));
    o.positional(QStringLiteral("FILE.cjm"),
                 QCoreApplication::translate("Cli", "the file to check"));
    int exit = Ok;
    if (!o.parse(args, 1, 1, &exit))
        return exit;
    const QString path = o.positionals().first();
    int fileVersion = 0;
    auto doc = openForCommand(path, false, &fileVersion);
    if (!doc)
        return BadInput;
    const QString name = isTeamLocation(path) ? doc->filePath() : QFileInfo(path).fileName();
    QString error;
    if (!doc->integrityCheck(&error)) {
        printError(QCoreApplication::translate("Cli", "%1 is damaged: %2").arg(name, error));
        return BadInput;
    }
    const Workspace &ws = doc->workspace();
    int steps = 0, links = 0;
    for (const Journey &j : ws.journeys) {
        if (const QString problem = validateJourney(ws, j); !problem.isEmpty()) {
            printError(QCoreApplication::translate("Cli", "%1 is inconsistent: %2")
                               .arg(name, problem));
            return BadInput;
        }
        steps += int(j.steps.size());
        links += int(j.links.size());
    }
    printOut(QCoreApplication::translate(
                     "Cli", "%1: ok (file version %2; %3 journeys, %4 steps, %5 links, "
                            "%6 personas, %7 channels)\n")
                     .arg(name)
                     .arg(fileVersion)
                     .arg(ws.journeys.size())
                     .arg(steps)
                     .arg(links)
                     .arg(ws.personas.size())
                     .arg(ws.channels.size()));
    return Ok;
}

} // namespace waymark::cli
