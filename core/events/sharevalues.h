#pragma once

// The optional columns of an event log, channel and segment, as one reading
// thread counts them (ShareValues) and as the shares are put together into
// the EventTable (ValueMerge).

#include "eventlog.h"

#include "metrics/cellmap.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

namespace waymark::events {

class ShareValues
{
public:
    // One visit of `step` on the channel `value` (trimmed; blank: none).
    // Inline, with the segment's below: they run once per row.
    void countChannel(int step, std::string_view value);
    // The id of a segment value in this share (trimmed; blank: -1).
    int32_t segmentId(std::string_view value);

    // Case `c`'s slot, loaded ahead of noteSegment(): the cases of a log
    // are scattered, so their slots are a cache miss each.
    void prefetchCase(uint32_t c)
    {
        if (c >= caseSegments.size())
            caseSegments.resize(size_t(c) + 1);
        __builtin_prefetch(&caseSegments[c]);
    }
    void reserveCases(size_t n) { caseSegments.reserve(n); }
    // A case's segment: the value of its earliest event that has one (ties:
    // the first in the file, which is read first).
    void noteSegment(uint32_t c, int32_t segment, int64_t t)
    {
        if (segment < 0)
            return;
        if (c >= caseSegments.size())
            caseSegments.resize(size_t(c) + 1);
        CaseSegment &s = caseSegments[c]; // one cache line, not two
        if (s.segment < 0 || t < s.time)
            s = {t, segment};
    }

    std::vector<QString> channelNames;             // in the order first seen
    std::vector<std::vector<qint64>> channelSteps; // [channel][step]: visits
    std::vector<QString> segmentNames;
    struct CaseSegment
    {
        int64_t time = 0;
        int32_t segment = -1;
    };
    std::vector<CaseSegment> caseSegments; // per case of this share

private:
    ValueCache<int> m_channelIds;
    ValueCache<int> m_segmentIds;
};

[[gnu::always_inline]] inline void ShareValues::countChannel(int step, std::string_view value)
{
    if (value.empty())
        return;
    int channel = 0;
    if (const int *known = m_channelIds.find(value)) {
        channel = *known;
    } else {
        channel = int(channelNames.size());
        m_channelIds.insert(value, channel);
        channelNames.push_back(QString::fromUtf8(value.data(), qsizetype(value.size())));
    }
    // Visits by channel, then step: a few channels, each a short array.
    if (size_t(channel) >= channelSteps.size())
        channelSteps.resize(size_t(channel) + 1);
    std::vector<qint64> &visits = channelSteps[size_t(channel)];
    if (size_t(step) >= visits.size())
        visits.resize(size_t(step) + 1, 0);
    ++visits[size_t(step)];
}

[[gnu::always_inline]] inline int32_t ShareValues::segmentId(std::string_view value)
{
    if (value.empty())
        return -1;
    if (const int *known = m_segmentIds.find(value))
        return *known;
    const int id = int(segmentNames.size());
    m_segmentIds.insert(value, id);
    segmentNames.push_back(QString::fromUtf8(value.data(), qsizetype(value.size())));
    return id;
}

// The shares' values, by value across the shares, into the table.
class ValueMerge
{
public:
    // `segments`: a segment column is read (every case then gets a slot).
    explicit ValueMerge(bool segments)
        : m_segments(segments)
    {}
    // `global` maps the share's case ids to the table's (null: the same).
    void add(const ShareValues &share, const std::vector<uint32_t> *global, uint32_t caseCount,
             EventTable *table);

private:
    bool m_segments = false;
    QHash<QString, int> m_channelIndex;
    QHash<QString, int> m_segmentIndex;
    CellMap m_channelCells;
    std::vector<int64_t> m_segmentTime;
};

} // namespace waymark::events
