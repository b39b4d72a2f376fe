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
// "auto|key|title"}). Empty names are proposed.
struct EventMapping
{
    QString caseId;
    QString activity;
    QString time;
    QString channel;
    QString segment;
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

// Proposes the case, activity and time columns (and channel and segment)
// from the header names and the sample values, keeping what `given` names.
// Fails with one line when a column cannot be found or a named one is not
// in the header.
bool proposeEventColumns(const DataPreview &preview, const Journey &journey,
                         const EventMapping &given, EventProposal *proposal, QString *error);

} // namespace events
} // namespace waymark
