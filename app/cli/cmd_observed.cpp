// Commands that act on a journey's event data and its map, so that what the
// Observed panel does can be done without a window: use the observed shares,
// and add the link that plans an unplanned transition.
#include "cli.h"
#include "commands/observedcommands.h"
#include "commands/stepcommands.h"
#include "document/document.h"
#include "options.h"

#include <QCoreApplication>

namespace waymark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// Runs one command on the document; false (and said) when it failed.
bool runCommand(DocumentCommand &command)
{
    command.redo();
    if (command.hasFailed()) {
        printError(tr("nothing was changed: %1").arg(command.error()));
        return false;
    }
    return true;
}

// The command line read, the file opened for writing and the journeys that
// --journey names (all without it); false with `exit` set otherwise.
bool openJourneys(Options &o, const QStringList &args, int positionals,
                  std::unique_ptr<Document> *doc, QStringList *ids, int *exit)
{
    if (!o.parse(args, positionals, positionals, exit))
        return false;
    *exit = BadInput;
    *doc = openForCommand(o.positionals().first(), true);
    return *doc && pickJourneys(**doc, o.get(QStringLiteral("journey")), ids);
}

} // namespace

int cmdUseObservedShares(const QStringList &args)
{
    Options o(QStringLiteral("use-observed-shares"),
              tr("Sets each link's share to the share of customers who took it in the imported "
                 "event log (links out of a visited step that nobody took get 0), so that the goal "
                 "share and what-if analysis run on measured behaviour. One undo step per "
                 "journey."));
    o.positional(QStringLiteral("FILE.cjm"), tr("the workspace"));
    o.value(QStringLiteral("journey"), QStringLiteral("NAME"),
            tr("the journey, by name or id (default: every journey with event data)"));
    int exit = Ok;
    std::unique_ptr<Document> doc;
    QStringList ids;
    if (!openJourneys(o, args, 1, &doc, &ids, &exit))
        return exit;
    int done = 0;
    for (const QString &id : std::as_const(ids)) {
        const Journey &journey = *doc->journey(id);
        if (!doc->observed(id)) {
            if (o.isSet(QStringLiteral("journey"))) {
                printError(tr("\"%1\" has no event data; import an event log first")
                                   .arg(journey.name));
                return BadInput;
            }
            continue;
        }
        ++done;
        UseObservedSharesCommand command(doc.get(), id);
        const int links = command.linkCount();
        if (links > 0 && !runCommand(command))
            return BadInput;
        printOut(QCoreApplication::translate(
                         "Cli", "\"%1\": %n link share(s) set from the observed events.\n", nullptr,
                         links)
                         .arg(journey.name));
    }
    if (done == 0) {
        printError(tr("no journey has event data; import an event log first"));
        return BadInput;
    }
    return Ok;
}

int cmdAddLink(const QStringList &args)
{
    Options o(QStringLiteral("add-link"),
              tr("Adds a flow link between two steps, named by id (as analyze lists them): for "
                 "example to plan a transition the event log shows but the map lacks."));
    o.positional(QStringLiteral("FILE.cjm"), tr("the workspace"));
    o.positional(QStringLiteral("FROM"), tr("the step the link starts at"));
    o.positional(QStringLiteral("TO"), tr("the step it leads to"));
    o.value(QStringLiteral("journey"), QStringLiteral("NAME"),
            tr("the journey, by name or id (needed when there are several)"));
    int exit = Ok;
    std::unique_ptr<Document> doc;
    QStringList ids;
    if (!openJourneys(o, args, 3, &doc, &ids, &exit))
        return exit;
    if (ids.size() != 1) {
        printError(tr("the workspace has several journeys; name one with --journey"));
        return BadInput;
    }
    const Journey &journey = *doc->journey(ids.first());
    const QString from = o.positionals().at(1), to = o.positionals().at(2);
    for (const QString &step : {from, to}) {
        if (!journey.step(step)) {
            printError(tr("\"%1\" has no step with id \"%2\"").arg(journey.name, step));
            return BadInput;
        }
    }
    for (const Link &l : journey.links) {
        if (l.from == from && l.to == to && l.kind == LinkKind::Flow) {
            printError(tr("\"%1\" already has a link from \"%2\" to \"%3\" (%4)")
                               .arg(journey.name, from, to, l.id));
            return BadInput;
        }
    }
    QString id;
    std::unique_ptr<DocumentCommand> command(
            makeConnectCommand(doc.get(), journey.id, from, to, LinkKind::Flow, &id));
    if (!command || !runCommand(*command))
        return BadInput;
    printOut(tr("Added link %1 from \"%2\" to \"%3\".\n").arg(id, from, to));
    return Ok;
}

} // namespace waymark::cli
