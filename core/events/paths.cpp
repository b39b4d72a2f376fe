#include "eventlog.h"

#include "metrics/cellmap.h"

#include <QThread>

#include <algorithm>
#include <cstring>
#include <memory>
#include <thread>

namespace waymark::events {

namespace {

uint64_t pathHash(const int32_t *steps, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    for (size_t i = 0; i < n; ++i) {
        h = (h ^ uint64_t(uint32_t(steps[i]))) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 29;
    }
    return h;
}

// Variants by their step sequence.
class VariantIndex
{
public:
    explicit VariantIndex(PathSummary *paths)
        : m_paths(paths)
    {}

    uint32_t add(const int32_t *steps, size_t n, qint64 cases)
    {
        return add(steps, n, cases, pathHash(steps, n));
    }

    // The same with the path's hash (pathHash()) known; the variant's index.
    uint32_t add(const int32_t *steps, size_t n, qint64 cases, uint64_t h)
    {
        bool added = false;
        int v = m_first.findOrAdd(h, int(m_paths->variantCount()), &added);
        if (!added) {
            for (; v >= 0; v = m_next[size_t(v)]) {
                const uint32_t b = m_paths->begin[size_t(v)];
                const uint32_t e = m_paths->begin[size_t(v) + 1];
                if (e - b == n
                    && (n == 0 || std::memcmp(m_paths->arena.data() + b, steps, n * 4) == 0)) {
                    m_paths->variantCases[size_t(v)] += cases;
                    return uint32_t(v);
                }
                if (m_next[size_t(v)] < 0)
                    break;
            }
            // A hash collision: chain the new variant behind the last one.
            m_next[size_t(v)] = int(m_paths->variantCount());
        }
        m_paths->arena.insert(m_paths->arena.end(), steps, steps + n);
        m_paths->begin.push_back(uint32_t(m_paths->arena.size()));
        m_paths->variantCases.push_back(cases);
        m_next.push_back(-1);
        return uint32_t(m_paths->variantCount() - 1);
    }

private:
    PathSummary *m_paths;
    CellMap m_first;
    std::vector<int> m_next;
};

} // namespace

void PathSummary::addVariant(const int32_t *steps, size_t n, qint64 cases)
{
    arena.insert(arena.end(), steps, steps + n);
    begin.push_back(uint32_t(arena.size()));
    variantCases.push_back(cases);
}

bool PathSummary::listedBefore(uint32_t x, uint32_t y) const
{
    if (variantCases[x] != variantCases[y])
        return variantCases[x] > variantCases[y];
    return std::lexicographical_compare(arena.begin() + begin[x], arena.begin() + begin[x + 1],
                                        arena.begin() + begin[y], arena.begin() + begin[y + 1]);
}

std::vector<uint32_t> PathSummary::listingOrder() const
{
    // Sorted on a key held in the entry: the cases, then the first four
    // steps (step + 1 in 16 bits each, 0 after the path's end, so that a
    // path sorts before the longer ones it begins), the whole path compared
    // only when those agree. Journeys of more than 65,534 steps go without
    // the steps in the key.
    struct Entry
    {
        qint64 cases;
        uint64_t head;
        uint32_t variant;
    };
    const bool packed = stepCount <= 0xFFFE
                        && std::all_of(arena.begin(), arena.end(),
                                       [&](int32_t s) { return s >= 0 && s < stepCount; });
    std::vector<Entry> entries(variantCount());
    for (uint32_t v = 0; v < entries.size(); ++v) {
        uint64_t head = 0;
        if (packed) {
            const uint32_t b = begin[v], e = begin[v + 1];
            for (uint32_t i = 0; i < 4; ++i)
                head = (head << 16) | (b + i < e ? uint64_t(uint16_t(arena[b + i] + 1)) : 0);
        }
        entries[v] = {variantCases[v], head, v};
    }
    std::sort(entries.begin(), entries.end(), [&](const Entry &x, const Entry &y) {
        if (x.cases != y.cases)
            return x.cases > y.cases;
        if (x.head != y.head)
            return x.head < y.head;
        // The same first four steps (or no steps in the key): the rest.
        const size_t skip = packed ? 4 : 0;
        const uint32_t xb = begin[x.variant], xe = begin[x.variant + 1];
        const uint32_t yb = begin[y.variant], ye = begin[y.variant + 1];
        return std::lexicographical_compare(
                arena.begin() + std::min(xb + skip, size_t(xe)), arena.begin() + xe,
                arena.begin() + std::min(yb + skip, size_t(ye)), arena.begin() + ye);
    });
    std::vector<uint32_t> order(entries.size());
    for (size_t k = 0; k < entries.size(); ++k)
        order[k] = entries[k].variant;
    return order;
}

double quantile(int64_t *values, size_t n, double q)
{
    const double pos = q * double(n - 1);
    const size_t lo = size_t(pos);
    const double frac = pos - double(lo);
    std::nth_element(values, values + lo, values + n);
    const double a = double(values[lo]);
    if (frac == 0 || lo + 1 >= n)
        return a;
    const double b = double(*std::min_element(values + lo + 1, values + n));
    return a + (b - a) * frac;
}

double quantile(std::vector<int64_t> &values, size_t from, size_t to, double q)
{
    return quantile(values.data() + from, to - from, q);
}

namespace {

// One event once ordered by case: its time and step side by side, so that
// placing it is one write. Packed into 8 bytes when the log's times span
// less than 2^47 ms (4,000 years) and the journey has at most 65,536 steps,
// else 16.
struct WideEvents
{
    struct Item
    {
        int64_t time;
        int32_t step;
        int32_t unused;
    };
    Item make(int64_t time, int32_t step) const { return {time, step, 0}; }
    static int64_t time(const Item &x) { return x.time; }
    static int32_t step(const Item &x) { return x.step; }
};

struct PackedEvents
{
    using Item = uint64_t;
    int64_t first = 0; // the earliest time
    Item make(int64_t time, int32_t step) const
    {
        return (uint64_t(time - first) << 16) | uint64_t(uint16_t(step));
    }
    // Times compare as the offsets do.
    static int64_t time(Item x) { return int64_t(x >> 16); }
    static int32_t step(Item x) { return int32_t(x & 0xFFFF); }
};

int pathThreads(size_t events, int threads)
{
    if (threads > 0)
        return threads;
    if (events < 200000)
        return 1;
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

// Runs body(0) .. body(n - 1), each on its own thread but the first.
template<typename Body>
void onThreads(int n, Body &&body)
{
    if (n <= 0)
        return;
    std::vector<std::thread> threads;
    for (int i = 1; i < n; ++i)
        threads.emplace_back([&body, i] { body(i); });
    body(0);
    for (std::thread &t : threads)
        t.join();
}

// The rest of summarizePaths() once the cases' places are known: the events
// placed by case, each case ordered by time and folded, the durations.
template<typename Codec>
void foldCases(const EventTable &events, const Codec &codec, const BigVector<uint32_t> &offset,
               std::vector<BigVector<uint32_t>> &at, int workers, PathSummary &out)
{
    const size_t n = events.events();
    const uint32_t cases = events.caseCount;
    const size_t chunks = events.chunks.size();
    const int stepCount = out.stepCount;
    BigVector<typename Codec::Item> ev(n);
    onThreads(int(chunks), [&](int k) {
        const EventChunk &chunk = events.chunks[size_t(k)];
        BigVector<uint32_t> &fill = at[size_t(k)];
        for (size_t i = 0; i < chunk.caseOf.size(); ++i)
            ev[fill[chunk.caseOf[i]]++] = codec.make(chunk.time[i], chunk.step[i]);
    });
    std::vector<BigVector<uint32_t>>().swap(at);

    // The cases in `workers` ranges of about as many events each.
    std::vector<uint32_t> caseFrom(size_t(workers) + 1, cases);
    caseFrom[0] = 0;
    for (int w = 1; w < workers; ++w) {
        const uint32_t target = uint32_t(n * size_t(w) / size_t(workers));
        caseFrom[size_t(w)] = uint32_t(std::lower_bound(offset.begin(), offset.end() - 1, target)
                                       - offset.begin());
    }

    // Per range: each case ordered by time, its path hashed, and the
    // durations counted per step.
    BigVector<uint64_t> caseHash(size_t(cases) + 1);
    std::vector<std::vector<uint32_t>> durationCount(static_cast<size_t>(workers));
    onThreads(workers, [&](int w) {
        std::vector<uint32_t> &durations = durationCount[size_t(w)];
        durations.assign(size_t(stepCount), 0);
        std::vector<int32_t> path;
        for (uint32_t c = caseFrom[size_t(w)]; c < caseFrom[size_t(w) + 1]; ++c) {
            const uint32_t b = offset[c], e = offset[c + 1];
            // By time; a stable insertion sort (cases are short) keeps ties in file order.
            for (uint32_t i = b + 1; i < e; ++i) {
                const auto x = ev[i];
                const int64_t t = Codec::time(x);
                if (t >= Codec::time(ev[i - 1]))
                    continue;
                uint32_t j = i;
                while (j > b && Codec::time(ev[j - 1]) > t) {
                    ev[j] = ev[j - 1];
                    --j;
                }
                ev[j] = x;
            }
            path.clear();
            for (uint32_t i = b; i < e; ++i)
                path.push_back(Codec::step(ev[i]));
            caseHash[c] = pathHash(path.data(), path.size());
            for (uint32_t i = b; i + 1 < e; ++i)
                ++durations[size_t(Codec::step(ev[i]))];
        }
    });

    // The paths folded into variants, each thread taking the paths of its
    // share of the hashes: no variant is in two threads' lists, which are
    // then put one after the other.
    std::vector<PathSummary> partial(static_cast<size_t>(workers));
    const bool segments = !events.caseSegment.empty();
    onThreads(workers, [&](int w) {
        PathSummary &mine = partial[size_t(w)];
        VariantIndex variants(&mine);
        // Per variant its (segment, cases) entries in a short chain: the
        // variant was touched a moment ago, a table keyed by both was not.
        std::vector<int> segmentHead, segmentNext;
        std::vector<int32_t> path;
        for (uint32_t c = 0; c < cases; ++c) {
            const uint64_t h = caseHash[c];
            if (h % uint64_t(workers) != uint64_t(w))
                continue;
            path.clear();
            for (uint32_t i = offset[c]; i < offset[c + 1]; ++i)
                path.push_back(Codec::step(ev[i]));
            const uint32_t v = variants.add(path.data(), path.size(), 1, h);
            const int32_t segment = segments ? events.caseSegment[c] : -1;
            if (segment < 0)
                continue;
            if (v >= segmentHead.size())
                segmentHead.resize(size_t(v) + 1, -1);
            int at = segmentHead[v];
            while (at >= 0 && mine.segmentCases[size_t(at)].segment != segment)
                at = segmentNext[size_t(at)];
            if (at < 0) {
                at = int(mine.segmentCases.size());
                mine.segmentCases.push_back({v, segment, 0});
                segmentNext.push_back(segmentHead[v]);
                segmentHead[v] = at;
            }
            ++mine.segmentCases[size_t(at)].cases;
        }
    });
    BigVector<uint64_t>().swap(caseHash);
    for (PathSummary &p : partial) {
        const uint32_t first = uint32_t(out.variantCount());
        for (PathSummary::SegmentCases x : p.segmentCases) {
            x.variant += first;
            out.segmentCases.push_back(x);
        }
        const uint32_t shift = uint32_t(out.arena.size());
        out.arena.insert(out.arena.end(), p.arena.begin(), p.arena.end());
        for (size_t v = 1; v < p.begin.size(); ++v)
            out.begin.push_back(p.begin[v] + shift);
        out.variantCases.insert(out.variantCases.end(), p.variantCases.begin(),
                                p.variantCases.end());
        p = PathSummary();
    }

    // Gather the durations by step (each range writes its own slots) and
    // take their quantiles, the steps shared between the threads.
    std::vector<size_t> stepFrom(size_t(stepCount) + 1, 0);
    std::vector<std::vector<size_t>> fillAt(static_cast<size_t>(workers),
                                            std::vector<size_t>(static_cast<size_t>(stepCount)));
    {
        size_t base = 0;
        for (size_t s = 0; s < size_t(stepCount); ++s) {
            stepFrom[s] = base;
            for (int w = 0; w < workers; ++w) {
                fillAt[size_t(w)][s] = base;
                base += durationCount[size_t(w)][s];
            }
        }
        stepFrom[size_t(stepCount)] = base;
    }
    BigVector<int64_t> durations(stepFrom.back());
    onThreads(workers, [&](int w) {
        std::vector<size_t> &fill = fillAt[size_t(w)];
        for (uint32_t c = caseFrom[size_t(w)]; c < caseFrom[size_t(w) + 1]; ++c) {
            for (uint32_t i = offset[c]; i + 1 < offset[c + 1]; ++i)
                durations[fill[size_t(Codec::step(ev[i]))]++]
                        = Codec::time(ev[i + 1]) - Codec::time(ev[i]);
        }
    });
    BigVector<typename Codec::Item>().swap(ev);
    out.medianMinutes.assign(size_t(stepCount), std::nullopt);
    out.p90Minutes.assign(size_t(stepCount), std::nullopt);
    onThreads(workers, [&](int w) {
        for (size_t s = size_t(w); s < size_t(stepCount); s += size_t(workers)) {
            const size_t b = stepFrom[s], e = stepFrom[s + 1];
            if (b == e)
                continue;
            out.medianMinutes[s] = quantile(durations.data() + b, e - b, 0.5) / 60000.0;
            out.p90Minutes[s] = quantile(durations.data() + b, e - b, 0.9) / 60000.0;
        }
    });
}

} // namespace

PathSummary summarizePaths(const EventTable &events, int stepCount, int threadCount)
{
    PathSummary out;
    out.stepCount = stepCount;
    const size_t n = events.events();
    out.events = qint64(n);
    const uint32_t cases = events.caseCount;
    const size_t chunks = events.chunks.size();
    const int workers = pathThreads(n, threadCount);
    out.channelNames = events.channelNames;
    out.channelVisits = events.channelVisits;
    out.segmentNames = events.segmentNames;

    // Counting sort by case keeps file order inside each case: each chunk
    // counts its events per case, then writes them from where the chunks
    // before it end, all chunks at once. The span of the times is found on
    // the way.
    std::vector<BigVector<uint32_t>> at(chunks);
    std::vector<std::pair<int64_t, int64_t>> span(chunks, {0, -1});
    onThreads(int(chunks), [&](int k) {
        const EventChunk &chunk = events.chunks[size_t(k)];
        BigVector<uint32_t> &count = at[size_t(k)];
        count.assign(size_t(cases), 0);
        for (uint32_t c : chunk.caseOf)
            ++count[c];
        if (!chunk.time.empty()) {
            const auto [lo, hi] = std::minmax_element(chunk.time.begin(), chunk.time.end());
            span[size_t(k)] = {*lo, *hi};
        }
    });
    BigVector<uint32_t> offset(size_t(cases) + 1);
    offset[0] = 0;
    for (size_t c = 0; c < cases; ++c) {
        uint32_t base = offset[c];
        for (size_t k = 0; k < chunks; ++k) {
            const uint32_t here = at[k][c];
            at[k][c] = base;
            base += here;
        }
        offset[c + 1] = base;
    }
    // The span of the times decides how events are held.
    int64_t first = 0, last = 0;
    bool any = false;
    for (const auto &[lo, hi] : span) {
        if (hi < lo)
            continue; // no events
        first = any ? std::min(first, lo) : lo;
        last = any ? std::max(last, hi) : hi;
        any = true;
    }
    const bool packed
            = stepCount <= 65536
              && (!any || (last >= first && uint64_t(last - first) < (uint64_t(1) << 47)));
    if (packed)
        foldCases(events, PackedEvents{first}, offset, at, workers, out);
    else
        foldCases(events, WideEvents{}, offset, at, workers, out);
    return out;
}

} // namespace waymark::events
