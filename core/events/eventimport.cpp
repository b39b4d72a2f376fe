#include "eventimport.h"

#include "metrics/datafile.h"
#include "metrics/preview.h"
#include "model/journey.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace waymark::events {

namespace {

bool isDayMonth(TimeFormat format)
{
    return format == TimeFormat::DayMonthYear || format == TimeFormat::MonthDayYear;
}

// Day first for month first or back, when the format was a guess.
bool swapDayMonth(const EventMapping &mapping, EventProposal *proposal)
{
    TimeFormat &format = proposal->spec.timeFormat;
    if (mapping.timeFormat || !isDayMonth(format))
        return false;
    format = format == TimeFormat::DayMonthYear ? TimeFormat::MonthDayYear
                                                : TimeFormat::DayMonthYear;
    proposal->mapping.timeFormat = format;
    return true;
}

} // namespace

QString noActivityName()
{
    return QCoreApplication::translate("Events", "(no activity)");
}

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
    if (!readEvents(file, proposal.spec, matcher, &table, error, cancel)) {
        // A day/month order guessed from the first rows may be wrong for the
        // rest of the file: the other one is tried before giving up.
        if (!swapDayMonth(mapping, &proposal) || (cancel && cancel->load()))
            return false;
        QString again;
        if (!readEvents(file, proposal.spec, matcher, &table, &again, cancel))
            return false; // the first error: the order that fitted the first rows
    }
    if (!mapping.timeFormat && isDayMonth(proposal.spec.timeFormat) && !table.dayMonthDecided) {
        proposal.warnings.append(
                undecidedDayMonthNote(proposal.spec.timeFormat, proposal.mapping.time));
    }
    const double read = double(clock.nsecsElapsed()) / 1e9;
    const PathSummary paths = summarizePaths(table, int(journey.steps.size()));
    const double summarized = double(clock.nsecsElapsed()) / 1e9;
    ObservedJourney o = observe(journey, paths);
    o.source = QFileInfo(file.path()).fileName();
    o.importedAt = QDateTime::currentDateTimeUtc();
    o.rows = table.rows;
    o.unmatchedEvents = table.unmatchedEvents;
    o.unmatched = table.unmatched;
    o.channelColumn = proposal.mapping.channel;
    o.segmentColumn = proposal.mapping.segment;
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
