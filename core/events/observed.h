#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace waymark {

struct Journey;

// What an event log says customers did on one journey (DESIGN.md §7,
// "Observed behaviour"): computed on import and stored with the document.
struct ObservedTransition
{
    QString from;
    QString to;
    qint64 count = 0;
    qint64 cases = 0;
    double share = 0; // count / visits of `from`
    bool planned = false;
    QString link; // the planning link's id, empty when unplanned
    bool operator==(const ObservedTransition &) const = default;
};

struct ObservedVariant
{
    QStringList steps;
    qint64 cases = 0;
    bool conformant = false;
    bool operator==(const ObservedVariant &) const = default;
};

// Visits of a step by one value of the channel column.
struct ObservedChannel
{
    QString value;
    qint64 visits = 0;
    bool operator==(const ObservedChannel &) const = default;
};

// The cases whose segment column holds one value (a case's segment: the
// first non-blank value of its matched events in time order).
struct ObservedSegment
{
    QString value;
    qint64 cases = 0;
    qint64 reachedGoal = 0;
    qint64 conformant = 0;
    bool operator==(const ObservedSegment &) const = default;
};

struct ObservedStep
{
    QString id;
    qint64 visits = 0;
    qint64 cases = 0;
    qint64 dropOff = 0;                  // cases that ended here without having reached a goal
    std::optional<double> medianMinutes; // time until the next event of the case
    std::optional<double> p90Minutes;
    QList<ObservedChannel> channels; // most visits first; empty without a channel column
    bool operator==(const ObservedStep &) const = default;
};

struct ObservedDeviations
{
    qint64 skipped = 0;
    qint64 backtrack = 0;
    qint64 adHoc = 0;
    qint64 repeated = 0;
    qint64 incomplete = 0;
    bool operator==(const ObservedDeviations &) const = default;
};

struct UnmatchedActivity
{
    QString activity;
    qint64 events = 0;
    bool operator==(const UnmatchedActivity &) const = default;
};

// Every distinct path of the cases with its case count, kept with the
// import so that conformance and deviations can be worked out again against
// the map as it is now. `data` holds, per path, varints: the case count, the
// length, then each step as an index into `steps`.
struct ObservedPaths
{
    QStringList steps; // step ids
    QByteArray data;
    // With a segment column: the values, and varints per (path, value):
    // the path's place in `data`, the value's index in `segments`, the cases.
    QStringList segments;
    QByteArray segmentData;
    bool isEmpty() const { return data.isEmpty(); }
    bool operator==(const ObservedPaths &) const = default;
};

struct ObservedJourney
{
    QString journey;      // journey id
    QString source;       // the file name or the database it came from
    QDateTime importedAt; // UTC
    qint64 rows = 0;      // events read
    qint64 cases = 0;     // cases with at least one matched event
    qint64 events = 0;    // matched events
    qint64 unmatchedEvents = 0;
    qint64 reachedGoal = 0;
    qint64 conformant = 0;
    qint64 variantCount = 0;               // distinct paths; `variants` keeps the most frequent
    QList<ObservedTransition> transitions; // most frequent first
    QList<ObservedVariant> variants;       // most frequent first
    QList<ObservedStep> steps;             // visited steps, in journey order
    ObservedDeviations deviations;
    QList<UnmatchedActivity> unmatched; // most frequent first
    ObservedPaths paths;                // every variant; empty in files written before it was kept
    // The optional columns used (empty: none mapped, and `segments` and the
    // steps' `channels` stay empty).
    QString channelColumn;
    QString segmentColumn;
    QList<ObservedSegment> segments; // most cases first, then by value
    bool operator==(const ObservedJourney &) const = default;

    const ObservedStep *step(QStringView id) const;
};

// `text` (a "%n ..." plural string of `context`, marked with
// QT_TRANSLATE_N_NOOP) for `n`, which may pass int's range: then the form is
// that of a number with the same last six digits.
QString countedText(const char *context, const char *text, qint64 n);

// How many variants `variants` lists (`paths` keeps them all).
constexpr int kMaxStoredVariants = 100;

// Brings the result up to date with the journey's map as it is now: with
// `paths`, everything that depends on the map (conformance, the variants'
// `conformant`, the deviations, reached goals, drop-offs, planned
// transitions) is worked out again as a fresh import against this map would
// give it, and steps no longer on the map are left out. Without `paths`
// (older files) only `planned` and `link` of the transitions are set.
void refreshPlanned(ObservedJourney *observed, const Journey &journey);

} // namespace waymark
