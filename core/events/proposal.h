#pragma once

#include "eventlog.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace waymark {

struct DataPreview;
struct Journey;

namespace events {

// Which column is which in an event log, by header name (the --mapping
// JSON: {"case": "...", "activity": "...", "time": "...", "timeFormat":
// "iso|dmy|mdy|unix", "channel": "...", "segment": "...", "match":
// "auto|key|title"}). Empty names are proposed; "channel": "" or "segment":
// "" means none (not proposed by name either).
struct EventMapping
{
    QString caseId;
    QString activity;
    QString time;
    QString channel;
    QString segment;
    bool withoutChannel = false; // no channel column, whatever the names say
    bool withoutSegment = false;
    std::optional<TimeFormat> timeFormat;
    StepMatch match = StepMatch::Auto;
    bool operator==(const EventMapping &) const = default;
};

bool eventMappingFromJson(QByteArrayView json, EventMapping *mapping, QStringList *warnings,
                          QString *error);
QByteArray eventMappingToJson(const EventMapping &mapping);

// The columns chosen, with why.
struct EventProposal
{
    EventMapping mapping; // every name filled in that could be
    EventReadSpec spec;
    double matchShare = 0; // sample activities that name a step
    QStringList notes;     // one line per choice
    QStringList warnings;  // after the import: what was assumed (an undecided day/month order)
};

// The optional channel and segment columns among `names` by header name
// alone, skipping the columns in `taken` (as proposeEventColumns() and the
// PostgreSQL source find them); -1 where none fits. Leaves a column given
// (>= 0) as it is.
void proposeOptionalColumns(const QStringList &names, const QList<int> &taken, int *channel,
                            int *segment);

// The note for a day/month order that no date of column `column` decided
// (read in `format`, dmy or mdy).
QString undecidedDayMonthNote(TimeFormat format, const QString &column);

// Proposes the case, activity and time columns (and channel and segment)
// from the header names and the sample values, keeping what `given` names.
// Fails with one line when a column cannot be found or a named one is not
// in the header.
bool proposeEventColumns(const DataPreview &preview, const Journey &journey,
                         const EventMapping &given, EventProposal *proposal, QString *error);

} // namespace events
} // namespace waymark
