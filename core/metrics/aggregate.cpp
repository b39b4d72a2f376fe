#include "aggregate.h"

#include "aggregateworker.h"
#include "summary.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace waymark {

using namespace detail;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Metrics", text);
}

constexpr qint64 kMinBytesPerThread = 4 * 1024 * 1024;
constexpr qsizetype kMaxUnmatchedReported = 100;

using Workers = std::vector<std::unique_ptr<Worker>>;

// Threads pay off from a few megabytes on; a given count is taken as it is
// (the tests split small data on purpose).
int threadCount(const AggregationSpec &spec, qint64 bytes)
{
    if (spec.threads > 0)
        return spec.threads;
    const int n = std::max(1, std::min(QThread::idealThreadCount(), 8));
    return int(std::clamp<qint64>(bytes / kMinBytesPerThread, 1, n));
}

// Runs `work(i)` for i in [0, n) on threads while the calling thread reports progress.
template<typename Work>
void runParallel(int n, Work &&work, const ImportProgress &progress,
                 const std::atomic<qint64> &done, qint64 total)
{
    std::mutex mutex;
    std::condition_variable finished;
    int running = n;
    std::vector<std::thread> threads;
    threads.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        threads.emplace_back([&, i] {
            work(i);
            std::lock_guard lock(mutex);
            --running;
            finished.notify_one();
        });
    }
    {
        std::unique_lock lock(mutex);
        while (running > 0) {
            finished.wait_for(lock, std::chrono::milliseconds(100));
            if (progress.report && running > 0) {
                lock.unlock();
                progress.report(done.load(std::memory_order_relaxed), total);
                lock.lock();
            }
        }
    }
    for (std::thread &t : threads)
        t.join();
}

// The all-periods / all-segments totals and the per-period / per-segment
// ones, summed from every worker's cells.
class Totals
{
public:
    explicit Totals(const Plan &plan)
        : m_plan(plan)
    {}

    // Room for `cells` totals at once: growing copies them again and again.
    void reserve(size_t cells)
    {
        m_keys.reserve(cells);
        m_counts.reserve(cells * size_t(m_plan.stride));
        m_sums.reserve(cells * m_plan.metrics.size());
    }

    void add(uint64_t key, const qint64 *counts, const double *sums)
    {
        bool added = false;
        const int index = m_index.findOrAdd(key, int(m_keys.size()), &added);
        if (added) {
            m_keys.push_back(key);
            m_counts.resize(m_counts.size() + size_t(m_plan.stride), 0);
            m_sums.resize(m_sums.size() + m_plan.metrics.size(), 0.0);
        }
        qint64 *c = m_counts.data() + size_t(index) * size_t(m_plan.stride);
        double *s = m_sums.data() + size_t(index) * m_plan.metrics.size();
        for (int i = 0; i < m_plan.stride; ++i)
            c[i] += counts[i];
        for (size_t i = 0; i < m_plan.metrics.size(); ++i)
            s[i] += sums[i];
    }

    QList<MetricValue> values(const AggregationSpec &spec,
                              const std::vector<std::string> &segments) const
    {
        // Sorted by key: step, period, segment.
        std::vector<int> order(m_keys.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return m_keys[size_t(a)] < m_keys[size_t(b)]; });
        QStringList segmentNames;
        for (const std::string &name : segments)
            segmentNames.append(QString::fromStdString(name));
        QHash<int, QString> periodNames;
        QList<MetricValue> out;
        out.reserve(qsizetype(m_keys.size() * m_plan.metrics.size()));
        for (const int index : order) {
            const uint64_t key = m_keys[size_t(index)];
            const qint64 *c = m_counts.data() + size_t(index) * size_t(m_plan.stride);
            const double *s = m_sums.data() + size_t(index) * m_plan.metrics.size();
            const int period = keyPeriod(key);
            const int segment = keySegment(key);
            if (period >= 0 && !periodNames.contains(period))
                periodNames.insert(period, answers::periodName(spec.period, period));
            for (size_t m = 0; m < m_plan.metrics.size(); ++m) {
                const Plan::Metric &pm = m_plan.metrics[m];
                if (c[pm.offset] == 0)
                    continue;
                const MetricDef &def = spec.metrics[qsizetype(m)].def;
                MetricValue v;
                v.step = spec.steps[keyStep(key)].id;
                v.metric = def.id;
                v.period = period < 0 ? QString() : periodNames.value(period);
                v.segment = segment < 0 ? QString() : segmentNames[segment];
                v.n = c[pm.offset];
                v.sum = s[m];
                if (pm.bins > 0)
                    v.histogram = QList<qint64>(c + pm.offset + 1, c + pm.offset + 1 + pm.bins);
                v.value = formulaValue(def.formula, def, v).value_or(v.sum / double(v.n));
                out.append(std::move(v));
            }
        }
        return out;
    }

private:
    const Plan &m_plan;
    CellMap m_index;
    std::vector<uint64_t> m_keys;
    std::vector<qint64> m_counts;
    std::vector<double> m_sums;
};

bool mergeValues(const Workers &workers, const AggregationSpec &spec, const Plan &plan,
                 AggregationResult *result, CsvError *error)
{
    // Segments get global numbers in sorted order, so the result does not
    // depend on how the data was split between threads.
    std::vector<std::string> segments;
    for (const auto &w : workers)
        segments.insert(segments.end(), w->segmentNames.begin(), w->segmentNames.end());
    std::sort(segments.begin(), segments.end());
    segments.erase(std::unique(segments.begin(), segments.end()), segments.end());
    if (segments.size() > size_t(kMaxSegments)) {
        *error = {0, tr("the segment column has more than %1 different values; "
                        "choose a column with fewer")
                             .arg(kMaxSegments)};
        return false;
    }
    Totals totals(plan);
    size_t cells = 0;
    for (const auto &w : workers)
        cells += w->cellKeys.size();
    // Each cell adds to at most four totals; the steps' all-time ones are shared.
    totals.reserve(std::min<size_t>(cells * 2 + size_t(spec.steps.size()), 1 << 22));
    std::vector<qint64> counts(size_t(plan.stride));
    std::vector<double> sums(plan.metrics.size());
    for (const auto &w : workers) {
        std::vector<int> global;
        for (const std::string &name : w->segmentNames)
            global.push_back(int(std::lower_bound(segments.begin(), segments.end(), name)
                                 - segments.begin()));
        for (size_t cell = 0; cell < w->cellKeys.size(); ++cell) {
            const uint64_t key = w->cellKeys[cell];
            const int step = keyStep(key);
            const int period = keyPeriod(key);
            const int local = keySegment(key);
            const int segment = local < 0 ? -1 : global[size_t(local)];
            std::fill(counts.begin(), counts.end(), 0);
            std::fill(sums.begin(), sums.end(), 0.0);
            w->addCell(cell, counts.data(), sums.data());
            const qint64 *c = counts.data();
            const double *s = sums.data();
            totals.add(cellKey(step, -1, -1), c, s);
            if (period >= 0)
                totals.add(cellKey(step, period, -1), c, s);
            if (segment >= 0)
                totals.add(cellKey(step, -1, segment), c, s);
            if (period >= 0 && segment >= 0)
                totals.add(cellKey(step, period, segment), c, s);
        }
    }
    result->values = totals.values(spec, segments);
    return true;
}

void mergeReport(const Workers &workers, const std::vector<qint64> &lineBase,
                 const AggregationSpec &spec, ImportReport *report)
{
    QHash<QString, qsizetype> unmatchedIndex;
    for (size_t i = 0; i < workers.size(); ++i) {
        const Worker &w = *workers[i];
        report->rowsRead += w.rowsRead;
        report->rowsMatched += w.rowsMatched;
        report->rowsRejected += w.rowsRejected;
        report->badDates += w.badDates;
        report->unmatchedOther += w.unmatchedOther;
        for (size_t u = 0; u < w.unmatchedKeys.size(); ++u) {
            if (w.unmatchedRows[u] == 0)
                continue;
            const auto it = unmatchedIndex.constFind(w.unmatchedKeys[u]);
            if (it != unmatchedIndex.cend()) {
                report->unmatched[*it].rows += w.unmatchedRows[u];
            } else {
                unmatchedIndex.insert(w.unmatchedKeys[u], report->unmatched.size());
                report->unmatched.append({w.unmatchedValues[u], w.unmatchedRows[u]});
            }
        }
    }
    report->rowsUnmatched = report->rowsRead - report->rowsMatched;
    std::sort(report->unmatched.begin(), report->unmatched.end(),
              [](const UnmatchedValue &a, const UnmatchedValue &b) {
                  return a.rows != b.rows ? a.rows > b.rows : a.value < b.value;
              });
    while (report->unmatched.size() > kMaxUnmatchedReported)
        report->unmatchedOther += report->unmatched.takeLast().rows;

    for (qsizetype m = 0; m < spec.metrics.size(); ++m) {
        RejectedAnswers r;
        r.metric = spec.metrics[m].def.id;
        r.column = spec.metrics[m].columnName;
        for (size_t i = 0; i < workers.size(); ++i) {
            r.answers += workers[i]->rejectedAnswers[size_t(m)];
            for (const Example &e : workers[i]->examples[size_t(m)]) {
                if (r.examples.size() < kMaxRejectedExamples)
                    r.examples.append({lineBase[i] + e.line, QString::fromStdString(e.value)});
            }
        }
        if (r.answers > 0)
            report->rejected.append(r);
        BlankAnswers b{r.metric, r.column, 0};
        for (const auto &w : workers)
            b.rows += w->blankAnswers[size_t(m)];
        report->blank.append(b);
    }
}

} // namespace

bool aggregate(QByteArrayView text, qint64 dataOffset, qint64 dataLine, const AggregationSpec &spec,
               const ImportProgress &progress, AggregationResult *result, CsvError *error,
               const DataFile *file)
{
    *result = AggregationResult();
    if (spec.metrics.size() > kMaxMetricColumns) {
        *error = {0,
                  tr("at most %1 metric columns can be imported at once").arg(kMaxMetricColumns)};
        return false;
    }
    if (progress.cancel && progress.cancel->load()) {
        result->cancelled = true;
        *error = {0, tr("the import was cancelled")};
        return false;
    }
    const Plan plan(spec);
    const char *begin = text.data() + dataOffset;
    const char *end = text.data() + text.size();
    const qint64 total = end - begin;

    // Share i runs from the first record start at or after cut i to the
    // first one at or after cut i + 1. A helper takes the first line start
    // after its cut for that start, as if no quoted field ran across it; the
    // share before it, read in full, says where it truly starts. Counting
    // the quotes before each cut to know for sure cost the helpers a tenth
    // of their time; a wrong guess (the cut fell inside a quoted field with
    // a line break) costs reading that one share again.
    const int n = threadCount(spec, total);
    std::vector<const char *> cuts(size_t(n) + 1, end);
    for (int i = 0; i < n; ++i)
        cuts[size_t(i)] = begin + total * i / n;
    std::vector<const char *> starts(size_t(n), begin);
    Workers workers;
    std::atomic<qint64> done{0};
    for (int i = 0; i < n; ++i)
        workers.push_back(std::make_unique<Worker>(plan, &done, progress.cancel, file));
    std::vector<csv::ScanResult> scans(static_cast<size_t>(n));
    const csv::ScanTables tables(spec.delimiter);
    runParallel(
            n,
            [&](int i) {
                const size_t at = size_t(i);
                if (i > 0)
                    starts[at] = csv::lineStartFrom(begin, cuts[at], end);
                // Lines count from 0 in later shares; see lineBase below.
                scans[at] = csv::scan(starts[at], end, cuts[at + 1], tables, i == 0 ? dataLine : 0,
                                      *workers[at]);
                workers[at]->finish(scans[at].end);
            },
            progress, done, total);
    // A share must begin where the one before it ended; read again those
    // that guessed wrong, in file order (a repaired share moves the next
    // one's start). Progress already counted their bytes once.
    std::atomic<qint64> again{0};
    for (int i = 1; i < n; ++i) {
        const size_t at = size_t(i);
        const csv::ScanResult &before = scans[at - 1];
        if (before.error != csv::ScanError::None || before.end == starts[at])
            continue;
        starts[at] = before.end;
        workers[at] = std::make_unique<Worker>(plan, &again, progress.cancel, file);
        scans[at] = csv::scan(starts[at], end, cuts[at + 1], tables, 0, *workers[at]);
        workers[at]->finish(scans[at].end);
    }

    // The first failure in file order is the one to report.
    std::vector<qint64> lineBase(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        const Worker &w = *workers[size_t(i)];
        const csv::ScanResult &s = scans[size_t(i)];
        if (w.cancelled) {
            result->cancelled = true;
            *error = {0, tr("the import was cancelled")};
            return false;
        }
        if (s.error == csv::ScanError::StoppedByHandler) {
            *error = {lineBase[size_t(i)] + w.error.line, w.error.message};
            return false;
        }
        if (s.error != csv::ScanError::None) {
            *error = {lineBase[size_t(i)] + s.errorLine, csv::errorText(s.error)};
            return false;
        }
        if (i + 1 < n)
            lineBase[size_t(i) + 1] = lineBase[size_t(i)] + s.line;
    }
    if (progress.report)
        progress.report(total, total);
    mergeReport(workers, lineBase, spec, &result->report);
    return mergeValues(workers, spec, plan, result, error);
}

} // namespace waymark
