#pragma once

// One thread's share of the aggregation: the CSV scanner's handler that
// counts answers per (step, period, segment) cell. Internal to aggregate.cpp.

#include "aggregate.h"
#include "cellmap.h"
#include "csvscan.h"

#include <QHash>

#include <array>
#include <atomic>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace waymark::detail {

// Field slots: the few columns the aggregation reads.
enum Slot { StepSlot, DateSlot, SegmentSlot, FirstMetricSlot };
constexpr int kMaxMetricColumns = 61;
constexpr int kMaxSlots = FirstMetricSlot + kMaxMetricColumns;

// Cell keys: step (24 bits), period + 1 (24 bits), segment + 1 (16 bits);
// 0 for period or segment means "none" in a row and "all" in a total.
inline uint64_t cellKey(int step, int period, int segment)
{
    return (uint64_t(step) << 40) | (uint64_t(period + 1) << 16) | uint64_t(segment + 1);
}
inline int keyStep(uint64_t key)
{
    return int(key >> 40);
}
inline int keyPeriod(uint64_t key)
{
    return int((key >> 16) & 0xFFFFFF) - 1;
}
inline int keySegment(uint64_t key)
{
    return int(key & 0xFFFF) - 1;
}

// What every worker shares, read-only while they run.
struct Plan
{
    struct Metric
    {
        MetricKind kind = MetricKind::Custom;
        int offset = 0; // into a cell's counts: n, then one count per scale point
        int tally = 0;  // into a worker's tally: one per scale point, or n without a scale
        int bins = 0;   // 0 for a metric without a whole-number scale
        double min = 0;
        double max = 0;
        bool hasMin = false;
        bool hasMax = false;
        bool yesNo = false; // count and rate: Yes/No answers are 1/0
    };
    const AggregationSpec *spec = nullptr;
    std::vector<int8_t> slotOf; // column -> slot, -1 when unused
    StepMatcher matcher;
    std::vector<Metric> metrics;
    int stride = 0;       // counts per cell
    int tallyStride = 0;  // 8-bit tallies per cell in a worker
    bool anySums = false; // a metric without a whole-number scale needs its sum

    explicit Plan(const AggregationSpec &spec);
};

// A rejected answer kept as an example.
struct Example
{
    qint64 line;
    std::string value;
};

class Worker
{
public:
    Worker(const Plan &plan, std::atomic<qint64> *done, const std::atomic<bool> *cancel,
           const DataFile *file);

    // The scanner's handler interface (inline: it runs for every field).
    void field(int column, const char *begin, const char *end, bool doubled)
    {
        if (column == 0)
            m_firstEmpty = begin == end;
        if (column >= int(plan.slotOf.size())) {
            if (begin != end && m_extraColumn < 0)
                m_extraColumn = column;
            return;
        }
        const int slot = plan.slotOf[size_t(column)];
        if (slot < 0)
            return;
        if (!doubled)
            m_fields[size_t(slot)] = std::string_view(begin, size_t(end - begin));
        else
            unescapeField(slot, begin, end);
    }
    bool record(int fieldCount, const char *start, qint64 line);

    // Lets the last stretch count as done for progress.
    void finish(const char *end);

    const Plan &plan;
    qint64 rowsRead = 0;
    qint64 rowsMatched = 0;
    qint64 rowsRejected = 0;
    qint64 badDates = 0;
    std::vector<QString> unmatchedKeys; // match keys, for merging
    std::vector<QString> unmatchedValues;
    std::vector<qint64> unmatchedRows;
    qint64 unmatchedOther = 0;
    std::vector<std::string> segmentNames;
    std::vector<uint64_t> cellKeys;
    // A cell's counts (plan.stride) and sums (one per metric), added to `counts`
    // and `sums`.
    void addCell(size_t cell, qint64 *counts, double *sums) const;
    std::vector<qint64> rejectedAnswers;
    std::vector<qint64> blankAnswers; // matched rows without an answer, per metric
    std::vector<std::vector<Example>> examples;
    CsvError error; // with a line local to this worker's share
    bool cancelled = false;

private:
    void unescapeField(int slot, const char *begin, const char *end);
    int resolveStep(std::string_view value);
    int cellFor(int step, int period, int segment);
    int newCell(uint64_t key);
    int segmentIndex(std::string_view value);
    double answerValue(int metric, std::string_view value);
    bool tick(const char *start);
    bool badText(qint64 line);
    void clearFields();

    std::array<std::string_view, kMaxSlots> m_fields{};
    std::array<std::string, kMaxSlots> m_scratch;
    int m_slots = 0;
    bool m_firstEmpty = true;
    int m_extraColumn = -1;
    bool m_badText = false; // a step or segment value that is not UTF-8
    ValueCache<int> m_stepCache;
    QHash<QString, int> m_unmatchedIndex;
    ValueCache<int> m_segments;
    std::vector<ValueCache<double>> m_labels;
    void bump(size_t at)
    {
        if (++m_tally[at] == 0xFF) { // one in 255: carried into a wide counter
            m_tally[at] = 0;
            m_wide[at] += 0xFF;
        }
    }

    CellMap m_pairs; // (period, segment) -> its row in m_byPair
    size_t m_pairCount = 0;
    std::vector<int> m_byPair; // rows of cell numbers by step, -1 for none yet
    uint64_t m_lastPair = ~uint64_t(0);
    int m_pairRow = 0;
    CellMap m_cells; // cells of pairs past what m_byPair holds
    // Per cell 8-bit tallies: the cells of a month-and-segment split stay
    // small enough for the cache, which is what the row loop waits on.
    std::vector<uint8_t> m_tally; // cells x plan.tallyStride
    std::vector<double> m_sums;   // cells x metrics, when plan.anySums
    std::unordered_map<size_t, qint64> m_wide;
    std::atomic<qint64> *m_done;
    const std::atomic<bool> *m_cancel;
    const DataFile *m_file;
    const char *m_reported = nullptr;
    const char *m_released = nullptr;
    int m_sinceTick = 0;
};

} // namespace waymark::detail
