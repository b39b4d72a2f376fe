#include "eventlog.h"

#include "metrics/cellmap.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

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

    void add(const int32_t *steps, size_t n, qint64 cases)
    {
        const uint64_t h = pathHash(steps, n);
        bool added = false;
        int v = m_first.findOrAdd(h, int(m_paths->variantCount()), &added);
        if (!added) {
            for (; v >= 0; v = m_next[size_t(v)]) {
                const uint32_t b = m_paths->begin[size_t(v)];
                const uint32_t e = m_paths->begin[size_t(v) + 1];
                if (e - b == n
                    && (n == 0 || std::memcmp(m_paths->arena.data() + b, steps, n * 4) == 0)) {
                    m_paths->variantCases[size_t(v)] += cases;
                    return;
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

double quantile(std::vector<int64_t> &values, size_t from, size_t to, double q)
{
    const size_t n = to - from;
    const double pos = q * double(n - 1);
    const size_t lo = size_t(pos);
    const double frac = pos - double(lo);
    auto first = values.begin() + qsizetype(from);
    std::nth_element(first, first + qsizetype(lo), first + qsizetype(n));
    const double a = double(first[qsizetype(lo)]);
    if (frac == 0 || lo + 1 >= n)
        return a;
    const double b = double(*std::min_element(first + qsizetype(lo) + 1, first + qsizetype(n)));
    return a + (b - a) * frac;
}

PathSummary summarizePaths(const EventTable &events, int stepCount)
{
    PathSummary out;
    out.stepCount = stepCount;
    const size_t n = events.caseOf.size();
    out.events = qint64(n);
    const uint32_t cases = events.caseCount;

    // Counting sort by case keeps file order inside each case.
    std::vector<uint32_t> offset(size_t(cases) + 1, 0);
    for (uint32_t c : events.caseOf)
        ++offset[c + 1];
    for (size_t c = 0; c < cases; ++c)
        offset[c + 1] += offset[c];
    std::vector<int64_t> time(n);
    std::vector<int32_t> step(n);
    {
        std::vector<uint32_t> fill(offset.begin(), offset.end() - 1);
        for (size_t i = 0; i < n; ++i) {
            const uint32_t at = fill[events.caseOf[i]]++;
            time[at] = events.time[i];
            step[at] = events.step[i];
        }
    }

    // Durations: the time from each event to the next one of its case, per step.
    std::vector<uint32_t> durationCount(size_t(stepCount) + 1, 0);
    VariantIndex variants(&out);
    std::vector<std::pair<int64_t, int32_t>> scratch;
    for (uint32_t c = 0; c < cases; ++c) {
        const uint32_t b = offset[c], e = offset[c + 1];
        // By time; a stable insertion sort (cases are short) keeps ties in file order.
        for (uint32_t i = b + 1; i < e; ++i) {
            const int64_t t = time[i];
            if (t >= time[i - 1])
                continue;
            const int32_t s = step[i];
            uint32_t j = i;
            while (j > b && time[j - 1] > t) {
                time[j] = time[j - 1];
                step[j] = step[j - 1];
                --j;
            }
            time[j] = t;
            step[j] = s;
        }
        variants.add(step.data() + b, e - b, 1);
        for (uint32_t i = b; i + 1 < e; ++i)
            ++durationCount[size_t(step[i]) + 1];
    }

    // Gather the durations by step and take their quantiles.
    for (size_t s = 0; s < size_t(stepCount); ++s)
        durationCount[s + 1] += durationCount[s];
    std::vector<int64_t> durations(durationCount.back());
    {
        std::vector<uint32_t> fill(durationCount.begin(), durationCount.end() - 1);
        for (uint32_t c = 0; c < cases; ++c) {
            for (uint32_t i = offset[c]; i + 1 < offset[c + 1]; ++i)
                durations[fill[size_t(step[i])]++] = time[i + 1] - time[i];
        }
    }
    out.medianMinutes.assign(size_t(stepCount), std::nullopt);
    out.p90Minutes.assign(size_t(stepCount), std::nullopt);
    for (size_t s = 0; s < size_t(stepCount); ++s) {
        const size_t b = durationCount[s], e = durationCount[s + 1];
        if (b == e)
            continue;
        out.medianMinutes[s] = quantile(durations, b, e, 0.5) / 60000.0;
        out.p90Minutes[s] = quantile(durations, b, e, 0.9) / 60000.0;
    }
    return out;
}

} // namespace waymark::events
