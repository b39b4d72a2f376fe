// The variants kept with an import (ObservedPaths): varints, a byte or two
// per step, so that every path of a large log stays with the document.
#include "eventlog.h"

#include "model/journey.h"

#include <QHash>

#include <algorithm>

namespace waymark::events {

namespace {

// Varints written into a buffer sized for the worst case and cut to length
// at the end: QByteArray::append(char) per byte was a third of storing.
class VarintWriter
{
public:
    VarintWriter(QByteArray *out, size_t maxNumbers)
        : m_out(out)
    {
        out->resize(qsizetype(maxNumbers * 10));
        m_at = out->data();
    }
    ~VarintWriter()
    {
        m_out->resize(qsizetype(m_at - m_out->constData()));
        m_out->squeeze();
    }
    void put(quint64 v)
    {
        while (v >= 0x80) {
            *m_at++ = char(uchar(v) | 0x80);
            v >>= 7;
        }
        *m_at++ = char(uchar(v));
    }

private:
    QByteArray *m_out;
    char *m_at = nullptr;
};

// False at the end of `data` or on a damaged number.
bool getVarint(const QByteArray &data, qsizetype *at, quint64 *v)
{
    *v = 0;
    for (int shift = 0; shift < 64 && *at < data.size(); shift += 7) {
        const uchar b = uchar(data[(*at)++]);
        *v |= quint64(b & 0x7F) << shift;
        if (!(b & 0x80))
            return true;
    }
    return false;
}

} // namespace

ObservedPaths storePaths(const Journey &journey, const PathSummary &paths)
{
    return storePaths(journey, paths, paths.listingOrder());
}

ObservedPaths storePaths(const Journey &journey, const PathSummary &paths,
                         const std::vector<uint32_t> &order)
{
    ObservedPaths out;
    // The steps the paths name, in journey order.
    std::vector<int32_t> local(size_t(std::max(paths.stepCount, 0)), -1);
    for (const int32_t s : paths.arena) {
        if (s >= 0 && size_t(s) < local.size())
            local[size_t(s)] = 0;
    }
    for (size_t s = 0; s < local.size(); ++s) {
        if (local[s] < 0)
            continue;
        local[s] = int32_t(out.steps.size());
        out.steps.append(journey.steps.value(qsizetype(s)).id);
    }
    std::vector<uint32_t> place(order.size());
    {
        VarintWriter data(&out.data, paths.arena.size() + 2 * order.size());
        for (uint32_t k = 0; k < order.size(); ++k) {
            const uint32_t v = order[k];
            place[v] = k;
            const uint32_t b = paths.begin[v], e = paths.begin[v + 1];
            data.put(quint64(paths.variantCases[v]));
            data.put(e - b);
            for (uint32_t i = b; i < e; ++i)
                data.put(quint64(local[size_t(paths.arena[i])]));
        }
    }
    // The segments, in the order of the paths, then of the values.
    out.segments = paths.segmentNames;
    std::vector<PathSummary::SegmentCases> segments;
    for (const PathSummary::SegmentCases &x : paths.segmentCases) {
        if (x.variant < place.size() && x.segment >= 0 && x.segment < paths.segmentNames.size())
            segments.push_back({place[x.variant], x.segment, x.cases});
    }
    std::sort(segments.begin(), segments.end(),
              [](const PathSummary::SegmentCases &a, const PathSummary::SegmentCases &b) {
                  return a.variant != b.variant ? a.variant < b.variant : a.segment < b.segment;
              });
    {
        VarintWriter segmentData(&out.segmentData, 3 * segments.size());
        for (const PathSummary::SegmentCases &x : segments) {
            segmentData.put(x.variant);
            segmentData.put(quint64(x.segment));
            segmentData.put(quint64(x.cases));
        }
    }
    return out;
}

bool loadPaths(const ObservedPaths &stored, const Journey &journey, PathSummary *paths)
{
    *paths = PathSummary();
    paths->stepCount = int(journey.steps.size());
    std::vector<int32_t> current;
    current.reserve(size_t(stored.steps.size()));
    bool deleted = false;
    for (const QString &id : stored.steps) {
        current.push_back(journey.stepIndex(id));
        deleted = deleted || current.back() < 0;
    }
    // Paths that differed only in deleted steps become one.
    QHash<QList<int32_t>, size_t> merged;
    std::vector<int32_t> path;
    std::vector<int64_t> variantOf; // per stored path: its variant here, or -1
    qsizetype at = 0;
    while (at < stored.data.size()) {
        variantOf.push_back(-1);
        quint64 cases = 0, n = 0;
        if (!getVarint(stored.data, &at, &cases) || !getVarint(stored.data, &at, &n)
            || n > quint64(stored.data.size() - at))
            return false;
        path.clear();
        for (quint64 i = 0; i < n; ++i) {
            quint64 s = 0;
            if (!getVarint(stored.data, &at, &s) || s >= current.size())
                return false;
            // A step deleted since the import: its events match nothing now.
            if (current[size_t(s)] >= 0)
                path.push_back(current[size_t(s)]);
        }
        if (path.empty())
            continue;
        if (deleted) {
            const QList<int32_t> key(path.begin(), path.end());
            const auto it = merged.constFind(key);
            if (it != merged.constEnd()) {
                variantOf.back() = int64_t(*it);
                paths->variantCases[*it] += qint64(cases);
                paths->events += qint64(cases) * qint64(path.size());
                continue;
            }
            merged.insert(key, paths->variantCount());
        }
        variantOf.back() = int64_t(paths->variantCount());
        paths->addVariant(path.data(), path.size(), qint64(cases));
        paths->events += qint64(cases) * qint64(path.size());
    }
    paths->segmentNames = stored.segments;
    at = 0;
    while (at < stored.segmentData.size()) {
        quint64 place = 0, segment = 0, cases = 0;
        if (!getVarint(stored.segmentData, &at, &place)
            || !getVarint(stored.segmentData, &at, &segment)
            || !getVarint(stored.segmentData, &at, &cases) || place >= variantOf.size()
            || segment >= quint64(stored.segments.size()))
            return false;
        if (variantOf[size_t(place)] >= 0)
            paths->segmentCases.push_back(
                    {uint32_t(variantOf[size_t(place)]), int32_t(segment), qint64(cases)});
    }
    return true;
}

} // namespace waymark::events
