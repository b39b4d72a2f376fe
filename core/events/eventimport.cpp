#include "eventimport.h"

#include "metrics/datafile.h"
#include "metrics/preview.h"
#include "model/journey.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace waymark::events {

bool importEventLog(const DataFile &file, const Journey &journey, const EventMapping &mapping,
                    ObservedJourney *observed, QString *error, EventProposal *proposalOut,
                    const std::atomic<bool> *cancel, ImportTimings *timings)
{
    QElapsedTimer clock;
    clock.start();
    if (csv::looksBinary(file.text())) {
        *error = QCoreApplication::translate("Events",
                                             "binary data (a NUL byte): this is not a text file");
        return false;
    }
    DataPreview preview;
    CsvError csvError;
    if (!readPreview(file, DataLayout::Plain, kProposalRows, &preview, &csvError)) {
        *error = csvError.toString();
        return false;
    }
    if (preview.header.columns.size() < 3) {
        *error = QCoreApplication::translate(
                "Events", "an event log needs at least three columns: case, activity and time");
        return false;
    }
    EventProposal proposal;
    if (!proposeEventColumns(preview, journey, mapping, &proposal, error)) {
        *error = error->simplified(); // a column name may hold a line break
        return false;
    }
    const StepMatcher matcher(journey, mapping.match);
    EventTable table;
    if (!readEvents(file, proposal.spec, matcher, &table, error, cancel))
        return false;
    const double read = double(clock.nsecsElapsed()) / 1e9;
    const PathSummary paths = summarizePaths(table, int(journey.steps.size()));
    const double summarized = double(clock.nsecsElapsed()) / 1e9;
    ObservedJourney o = observe(journey, paths);
    o.source = QFileInfo(file.path()).fileName();
    o.importedAt = QDateTime::currentDateTimeUtc();
    o.rows = table.rows;
    o.unmatchedEvents = table.unmatchedEvents;
    o.unmatched = table.unmatched;
    if (timings) {
        timings->readSeconds = read;
        timings->pathSeconds = summarized - read;
        timings->observeSeconds = double(clock.nsecsElapsed()) / 1e9 - summarized;
    }
    *observed = o;
    if (proposalOut)
        *proposalOut = proposal;
    return true;
}

} // namespace waymark::events
