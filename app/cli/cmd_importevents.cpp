#include "cli.h"
#include "commands/importeventscommand.h"
#include "document/document.h"
#include "encodingoption.h"
#include "events/eventimport.h"
#include "events/pgsource.h"
#include "metrics/datafile.h"
#include "metrics/preview.h"
#include "options.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace waymark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

constexpr int kListed = 10; // unmatched activities in the summary

bool readEventMapping(const QString &path, events::EventMapping *mapping)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        printError(tr("%1 cannot be read: %2").arg(path, f.errorString()));
        return false;
    }
    QStringList warnings;
    QString error;
    if (!events::eventMappingFromJson(f.readAll(), mapping, &warnings, &error)) {
        printError(tr("%1: %2").arg(path, error));
        return false;
    }
    for (const QString &w : std::as_const(warnings))
        printWarning(tr("%1: %2").arg(path, w));
    return true;
}

// The journey whose steps the log's activities name best, when clearly ahead.
QString chooseJourney(const Workspace &ws, const DataFile &file,
                      const events::EventMapping &mapping, QString *why)
{
    if (ws.journeys.size() == 1)
        return ws.journeys.first().id;
    DataPreview preview;
    CsvError csvError;
    if (!readPreview(file, DataLayout::Plain, kProposalRows, &preview, &csvError)) {
        *why = csvError.toString();
        return {};
    }
    QString best;
    double bestShare = 0, second = 0;
    for (const Journey &j : ws.journeys) {
        events::EventProposal p;
        QString ignored;
        if (!events::proposeEventColumns(preview, j, mapping, &p, &ignored))
            continue;
        if (p.matchShare > bestShare) {
            second = bestShare;
            bestShare = p.matchShare;
            best = j.id;
        } else if (p.matchShare > second) {
            second = p.matchShare;
        }
    }
    if (best.isEmpty() || bestShare < 0.3 || bestShare - second < 0.1) {
        *why = tr("could not tell which journey the activities belong to");
        return {};
    }
    return best;
}

// "Note: ..." lines for what the import assumed.
QString notes(const QStringList &warnings)
{
    QString out;
    for (const QString &w : warnings)
        out += tr("Note: %1\n").arg(w);
    return out;
}

void printSummary(const Journey &journey, const ObservedJourney &o,
                  const std::optional<ObservedJourney> &replaced, const QString &columns,
                  const QString &notes)
{
    auto counted = [](const char *text, qint64 n) {
        return countedText("Cli", text, n);
    };
    QString out = tr("Imported %1 into \"%2\": %3, %4 (%5 matched, %6 unmatched), %7, "
                     "conformant %8, reached a goal %9.\n")
                          // One arg() call: a name holding "%4" stays as it is.
                          .arg(o.source, journey.name,
                               counted(QT_TRANSLATE_N_NOOP("Cli", "%n case(s)"), o.cases),
                               counted(QT_TRANSLATE_N_NOOP("Cli", "%n event(s)"), o.rows),
                               QString::number(o.events), QString::number(o.unmatchedEvents),
                               counted(QT_TRANSLATE_N_NOOP("Cli", "%n variant(s)"), o.variantCount),
                               QString::number(o.conformant), QString::number(o.reachedGoal));
    if (!columns.isEmpty())
        out += tr("Columns: %1\n").arg(columns);
    if (!o.segmentColumn.isEmpty()) {
        QStringList segments;
        for (const ObservedSegment &g : o.segments)
            segments.append(
                    tr("%1 %2").arg(g.value.simplified().left(40),
                                    counted(QT_TRANSLATE_N_NOOP("Cli", "%n case(s)"), g.cases)));
        out += tr("Segments (\"%1\"): %2.\n")
                       .arg(o.segmentColumn, segments.isEmpty()
                                                     ? tr("no values")
                                                     : segments.join(QStringLiteral(", ")));
    }
    out += notes;
    if (replaced) {
        out += tr("Replaced the earlier event data (%1, %2).\n")
                       .arg(replaced->source, replaced->importedAt.toString(Qt::ISODate));
    }
    if (!o.unmatched.isEmpty()) {
        out += tr("Activities that match no step (dropped), with their events:\n");
        qint64 rest = 0;
        for (qsizetype i = 0; i < o.unmatched.size(); ++i) {
            const UnmatchedActivity &u = o.unmatched[i];
            if (i < kListed)
                out += tr("  \"%1\": %2\n")
                               .arg(u.activity.simplified().left(80),
                                    counted(QT_TRANSLATE_N_NOOP("Cli", "%n event(s)"), u.events));
            else
                rest += u.events;
        }
        if (rest > 0)
            out += tr("  other activities: %1\n")
                           .arg(counted(QT_TRANSLATE_N_NOOP("Cli", "%n event(s)"), rest));
    }
    const ObservedDeviations &d = o.deviations;
    out += tr("Deviations (cases): %1 skipped, %2 backtrack, %3 ad hoc, %4 repeated, "
              "%5 incomplete.\n")
                   .arg(d.skipped)
                   .arg(d.backtrack)
                   .arg(d.adHoc)
                   .arg(d.repeated)
                   .arg(d.incomplete);
    printOut(out);
}

} // namespace

int cmdImportEvents(const QStringList &args)
{
    Options o(QStringLiteral("import-events"),
              tr("Imports an event log (CSV: case id, activity, timestamp; optional channel and "
                 "segment) and stores what customers really did on a journey: paths, "
                 "transitions, variants, time per step, conformance and deviations. Activities "
                 "are matched to steps by external key, then by title. With --source and "
                 "--query, the events stay in PostgreSQL and the server does the counting. "
                 "Replaces the journey's earlier event data; all or nothing."));
    o.positional(QStringLiteral("FILE.cjm"), tr("the workspace to import into"));
    o.positional(QStringLiteral("EVENTS.csv"),
                 tr("the event log: CSV, UTF-8, UTF-16, Windows-1251 or Windows-1252"));
    o.value(QStringLiteral("journey"), QStringLiteral("NAME"), tr("the journey, by name or id"));
    o.value(QStringLiteral("mapping"), QStringLiteral("M.json"),
            tr("which column is which (see README)"));
    o.value(QStringLiteral("source"), QStringLiteral("URI"),
            tr("a PostgreSQL database (postgresql://...) instead of a CSV file"));
    o.value(QStringLiteral("query"), QStringLiteral("SQL"),
            tr("with --source: the SELECT that returns the events"));
    addEncodingOption(o);
    int exit = Ok;
    if (!o.parse(args, 1, 2, &exit))
        return exit;
    std::optional<TextEncoding> encoding;
    if (!encodingOption(o, &encoding, &exit))
        return exit;
    if (encoding && o.isSet(QStringLiteral("source")))
        return usageError(o.command(), tr("--encoding is for CSV files, not --source"));
    const bool database = o.isSet(QStringLiteral("source"));
    if (database != o.isSet(QStringLiteral("query")))
        return usageError(o.command(), tr("--source and --query go together"));
    if (database && o.positionals().size() != 1)
        return usageError(o.command(), tr("give either EVENTS.csv or --source and --query"));
    if (!database && o.positionals().size() != 2)
        return usageError(o.command(), tr("missing EVENTS.csv"));

    events::EventMapping mapping;
    if (o.isSet(QStringLiteral("mapping"))
        && !readEventMapping(o.get(QStringLiteral("mapping")), &mapping))
        return BadInput;

    auto doc = openForCommand(o.positionals().first(), true);
    if (!doc)
        return BadInput;
    const Workspace &ws = doc->workspace();
    QString journeyId;
    if (o.isSet(QStringLiteral("journey")) || ws.journeys.size() == 1) {
        QStringList ids;
        if (!pickJourneys(*doc, o.get(QStringLiteral("journey")), &ids))
            return BadInput;
        journeyId = ids.first();
    }
    if (ws.journeys.isEmpty()) {
        printError(tr("the workspace has no journey to import events into"));
        return BadInput;
    }

    ObservedJourney observed;
    QString error;
    QString columns;
    QStringList warnings;
    QString readAs;
    if (database) {
        if (journeyId.isEmpty()) {
            printError(tr("name the journey with --journey"));
            return BadInput;
        }
        events::EventProposal used;
        if (!events::importFromPostgres(o.get(QStringLiteral("source")),
                                        o.get(QStringLiteral("query")), *ws.journey(journeyId),
                                        mapping, &observed, &error, &used)) {
            printError(tr("nothing was imported: %1").arg(error));
            return BadInput;
        }
        // Said as the CSV path says them.
        columns = QString::fromUtf8(events::eventMappingToJson(used.mapping));
        warnings = used.warnings;
    } else {
        const QString dataPath = o.positionals().at(1);
        DataFile file;
        file.forceEncoding(encoding);
        if (!file.open(dataPath, &error)) {
            printError(error);
            return BadInput;
        }
        if (journeyId.isEmpty()) {
            QString why;
            journeyId = chooseJourney(ws, file, mapping, &why);
            if (journeyId.isEmpty()) {
                printError(tr("%1: %2; name the journey with --journey").arg(dataPath, why));
                return BadInput;
            }
        }
        events::EventProposal proposal;
        if (!events::importEventLog(file, *ws.journey(journeyId), mapping, &observed, &error,
                                    &proposal)) {
            printError(tr("%1: nothing was imported: %2").arg(dataPath, error));
            return BadInput;
        }
        columns = QString::fromUtf8(events::eventMappingToJson(proposal.mapping));
        warnings = proposal.warnings;
        readAs = encodingNote(file.encoding(), encoding.has_value());
    }
    if (observed.cases == 0) {
        printError(tr("no event matches a step of \"%1\"; nothing was imported")
                           .arg(ws.journey(journeyId)->name));
        return BadInput;
    }
    const std::optional<ObservedJourney> replaced = doc->observed(journeyId);
    ImportEventsCommand command(doc.get(), observed);
    command.redo();
    if (command.hasFailed()) {
        printError(tr("nothing was imported: %1").arg(command.error()));
        return BadInput;
    }
    printSummary(*doc->journey(journeyId), observed, replaced, columns, readAs + notes(warnings));
    return Ok;
}

} // namespace waymark::cli
