#pragma once

#include "bigbuffer.h"
#include "observed.h"
#include "timestamp.h"

#include "metrics/mapping.h"

#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace waymark {

class DataFile;
struct Journey;

namespace events {

// Activities find their steps by the metric import's rule.
using waymark::StepMatcher;

// Which columns of an event log hold what (-1: none).
struct EventColumns
{
    int caseId = -1;
    int activity = -1;
    int time = -1;
    int channel = -1; // optional: visits per step by value
    int segment = -1; // optional: each case's first non-blank value
    bool operator==(const EventColumns &) const = default;
};

// What reading one event log needs.
struct EventReadSpec
{
    char delimiter = ',';
    qint64 dataOffset = 0; // first data record in the text
    qint64 dataLine = 1;
    int columnCount = 0; // columns of the header
    QStringList columnNames;
    EventColumns columns;
    TimeFormat timeFormat = TimeFormat::Iso;
    int threads = 0; // 0: as many as help
};

// Matched events of one step with one channel value.
struct ChannelVisits
{
    int32_t step = 0;
    int32_t channel = 0; // index in the channel names
    qint64 visits = 0;
};

// Matched events of one share of a log, in file order, with integers for everything.
struct EventChunk
{
    BigVector<uint32_t> caseOf; // dense case index (of the whole table)
    BigVector<int64_t> time;    // ms since the epoch
    BigVector<int32_t> step;    // index in Journey::steps
};

// The matched events of a log: its shares in file order (one per thread
// that read it, so that nothing is copied to join them).
struct EventTable
{
    std::vector<EventChunk> chunks;
    uint32_t caseCount = 0;             // cases with at least one matched event
    qint64 rows = 0;                    // events read (matched or not)
    qint64 unmatchedEvents = 0;         // with the rows without a case id
    qint64 blankCases = 0;              // rows without a case id, dropped
    bool dayMonthDecided = false;       // dmy/mdy: some value fits only the order read
    QList<UnmatchedActivity> unmatched; // most frequent first
    // With a channel column: the values (trimmed, blanks left out) and the
    // matched events per step and value.
    QStringList channelNames;
    std::vector<ChannelVisits> channelVisits;
    // With a segment column: the values, and per case the value of its
    // first matched event (by time, ties in file order) that has one, or -1.
    QStringList segmentNames;
    BigVector<int32_t> caseSegment;

    size_t events() const
    {
        size_t n = 0;
        for (const EventChunk &c : chunks)
            n += c.caseOf.size();
        return n;
    }
};

// The name unmatched events without an activity are listed under (the CSV
// and the PostgreSQL path alike).
QString noActivityName();

// Reads an event log: every row's case, activity and time; activities that
// match no step are counted by name and dropped, and so are rows without a
// case id (listed as "(no case id)"). Fails with a one-line
// reason (line number included) on a bad row, an unreadable timestamp or
// binary data. `cancel` may stop it.
bool readEvents(const DataFile &file, const EventReadSpec &spec, const StepMatcher &matcher,
                EventTable *table, QString *error, const std::atomic<bool> *cancel = nullptr);
// The same on text in memory (tests, the fuzz target).
bool readEventText(QByteArrayView text, const EventReadSpec &spec, const StepMatcher &matcher,
                   EventTable *table, QString *error);

// The paths of the cases, folded into variants, with the time per step: what
// the event-level work comes down to. The PostgreSQL source fills it from
// the server's answers instead.
struct PathSummary
{
    int stepCount = 0; // Journey::steps size
    // Variant v's steps are arena[begin[v] .. begin[v + 1]).
    std::vector<int32_t> arena;
    std::vector<uint32_t> begin{0};
    std::vector<qint64> variantCases;
    // Per step: the time until the next event of the case, in minutes.
    std::vector<std::optional<double>> medianMinutes;
    std::vector<std::optional<double>> p90Minutes;
    qint64 events = 0;
    // Transitions as the server counted them (from, to, count, cases); empty
    // when they are to be derived from the variants.
    struct Transition
    {
        int32_t from = 0;
        int32_t to = 0;
        qint64 count = 0;
        qint64 cases = 0;
    };
    std::vector<Transition> transitions;
    // The channel mix per step (EventTable's).
    QStringList channelNames;
    std::vector<ChannelVisits> channelVisits;
    // With a segment column: the cases of each variant by segment value.
    struct SegmentCases
    {
        uint32_t variant = 0;
        int32_t segment = 0; // index in segmentNames
        qint64 cases = 0;
    };
    QStringList segmentNames;
    std::vector<SegmentCases> segmentCases;

    size_t variantCount() const { return variantCases.size(); }
    void addVariant(const int32_t *steps, size_t n, qint64 cases);
    // The order variants are listed in: most frequent first, ties in map order of their steps.
    bool listedBefore(uint32_t x, uint32_t y) const;
    // Every variant in that order (one sort for the stored paths and the top
    // ones: a million variants, most of them seen once, cost a sort each).
    std::vector<uint32_t> listingOrder() const;
};

// The variants of `paths` in their stored form, and back against the journey
// as it is now (steps it no longer has are left out; false: damaged data).
// `order` is paths.listingOrder(), when already known.
ObservedPaths storePaths(const Journey &journey, const PathSummary &paths);
ObservedPaths storePaths(const Journey &journey, const PathSummary &paths,
                         const std::vector<uint32_t> &order);
bool loadPaths(const ObservedPaths &stored, const Journey &journey, PathSummary *paths);

// Orders each case's events by time (ties in file order) and folds the
// paths; on `threads` threads (0: as many as help).
PathSummary summarizePaths(const EventTable &events, int stepCount, int threads = 0);

// Everything DESIGN.md §7 reports, against the journey's map.
ObservedJourney observe(const Journey &journey, const PathSummary &paths);

// Linear-interpolation quantile (pandas' default) of `values`, which it reorders.
double quantile(std::vector<int64_t> &values, size_t from, size_t to, double q);
double quantile(int64_t *values, size_t n, double q);

} // namespace events
} // namespace waymark
