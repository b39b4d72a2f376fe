#include "aggregateworker.h"

#include "codepage.h"
#include "datafile.h"
#include "textmatch.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace waymark::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Metrics", text);
}

constexpr double kRejected = std::numeric_limits<double>::quiet_NaN();
constexpr size_t kMaxStepCache = 100000;
constexpr int kTickRecords = 4096;
constexpr qint64 kReleaseBytes = 16 * 1024 * 1024;
constexpr size_t kMaxPairCells = 1 << 20; // 4 MB of cell numbers by (period, segment, step)

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

namespace {

QList<StepMatcher::Target> targets(const AggregationSpec &s)
{
    QList<StepMatcher::Target> out;
    out.reserve(s.steps.size());
    for (const AggregationSpec::StepTarget &t : s.steps)
        out.append({t.key, t.title});
    return out;
}

} // namespace

Plan::Plan(const AggregationSpec &s)
    : spec(&s)
    , matcher(targets(s), s.match)
{
    slotOf.assign(size_t(std::max(s.columnCount, 0)), int8_t(-1));
    auto use = [&](int column, int slot) {
        if (column >= 0 && column < s.columnCount)
            slotOf[size_t(column)] = int8_t(slot);
    };
    // A column used twice (the same column as two metrics) keeps its last
    // slot; mapping validation refuses that case before it gets here.
    use(s.stepColumn, StepSlot);
    use(s.dateColumn, DateSlot);
    use(s.segmentColumn, SegmentSlot);
    for (qsizetype m = 0; m < s.metrics.size() && m < kMaxMetricColumns; ++m)
        use(s.metrics[m].column, FirstMetricSlot + int(m));
    for (const AggregationSpec::MetricTarget &t : s.metrics) {
        Metric m;
        m.kind = t.def.kind;
        m.offset = stride;
        m.hasMin = t.def.scaleMin.has_value();
        m.hasMax = t.def.scaleMax.has_value();
        m.min = t.def.scaleMin.value_or(0);
        m.max = t.def.scaleMax.value_or(0);
        m.yesNo = t.def.formula == Formula::Count || t.def.formula == Formula::Rate;
        const bool whole = m.hasMin && m.hasMax && m.min == std::floor(m.min)
                           && m.max == std::floor(m.max) && m.max >= m.min && m.max - m.min <= 100;
        m.bins = whole ? int(m.max - m.min) + 1 : 0;
        m.tally = tallyStride;
        stride += 1 + m.bins;
        tallyStride += std::max(m.bins, 1);
        anySums = anySums || m.bins == 0;
        metrics.push_back(m);
    }
}

Worker::Worker(const Plan &p, std::atomic<qint64> *done, const std::atomic<bool> *cancel,
               const DataFile *file)
    : plan(p)
    , rejectedAnswers(p.metrics.size(), 0)
    , blankAnswers(p.metrics.size(), 0)
    , examples(p.metrics.size())
    , m_slots(FirstMetricSlot + int(p.metrics.size()))
    , m_labels(p.metrics.size())
    , m_done(done)
    , m_cancel(cancel)
    , m_file(file)
{}

void Worker::unescapeField(int slot, const char *begin, const char *end)
{
    std::string &s = m_scratch[size_t(slot)];
    s.clear();
    csv::unescapeInto(begin, end, s);
    m_fields[size_t(slot)] = s;
}

void Worker::clearFields()
{
    for (int i = 0; i < m_slots; ++i)
        m_fields[size_t(i)] = {};
    m_firstEmpty = true;
    m_extraColumn = -1;
}

bool Worker::tick(const char *start)
{
    if (!m_reported)
        m_reported = m_released = start;
    if (++m_sinceTick < kTickRecords)
        return true;
    m_sinceTick = 0;
    m_done->fetch_add(start - m_reported, std::memory_order_relaxed);
    m_reported = start;
    if (m_file && start - m_released > kReleaseBytes) {
        m_file->release(m_released, start);
        m_released = start;
    }
    if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
        cancelled = true;
        return false;
    }
    return true;
}

void Worker::addCell(size_t cell, qint64 *counts, double *sums) const
{
    const size_t base = cell * size_t(plan.tallyStride);
    auto tallyAt = [&](size_t at) {
        qint64 n = m_tally[at];
        if (!m_wide.empty()) {
            const auto it = m_wide.find(at);
            if (it != m_wide.end())
                n += it->second;
        }
        return n;
    };
    for (size_t m = 0; m < plan.metrics.size(); ++m) {
        const Plan::Metric &pm = plan.metrics[m];
        const size_t at = base + size_t(pm.tally);
        if (pm.bins == 0) {
            counts[pm.offset] += tallyAt(at);
            sums[m] += m_sums[cell * plan.metrics.size() + m];
            continue;
        }
        // Whole scale points: n and the sum follow from the distribution.
        qint64 n = 0;
        double sum = 0;
        for (int b = 0; b < pm.bins; ++b) {
            const qint64 c = tallyAt(at + size_t(b));
            counts[pm.offset + 1 + b] += c;
            n += c;
            sum += double(c) * (pm.min + b);
        }
        counts[pm.offset] += n;
        sums[m] += sum;
    }
}

bool Worker::badText(qint64 line)
{
    error = {line, tr("the text is not UTF-8 here, though the start of the file is; say the "
                      "file's encoding (--encoding windows-1252 or windows-1251)")};
    return false;
}

void Worker::finish(const char *end)
{
    if (m_reported)
        m_done->fetch_add(end - m_reported, std::memory_order_relaxed);
    m_reported = end;
}

int Worker::resolveStep(std::string_view value)
{
    if (const int *cached = m_stepCache.find(value))
        return *cached;
    m_badText = m_badText || !codepage::isValidUtf8({value.data(), qsizetype(value.size())});
    const QString text = QString::fromUtf8(value.data(), qsizetype(value.size())).trimmed();
    const QString key = matchKey(text);
    int found = plan.matcher.matchFolded(key);
    if (found < 0) {
        // Unmatched values are -2, -3...; -1 is "one of too many to list".
        int u = m_unmatchedIndex.value(key, -1);
        if (u < 0 && unmatchedValues.size() < size_t(kMaxUnmatchedValues)) {
            u = int(unmatchedValues.size());
            m_unmatchedIndex.insert(key, u);
            unmatchedKeys.push_back(key);
            unmatchedValues.push_back(text);
            unmatchedRows.push_back(0);
        }
        found = u < 0 ? -1 : -2 - u;
    }
    if (m_stepCache.size() < kMaxStepCache)
        m_stepCache.insert(value, found);
    return found;
}

int Worker::segmentIndex(std::string_view value)
{
    if (const int *known = m_segments.find(value))
        return *known;
    if (segmentNames.size() >= size_t(kMaxSegments))
        return -2;
    m_badText = m_badText || !codepage::isValidUtf8({value.data(), qsizetype(value.size())});
    const int index = int(segmentNames.size());
    segmentNames.emplace_back(value);
    m_segments.insert(value, index);
    return index;
}

int Worker::newCell(uint64_t key)
{
    cellKeys.push_back(key);
    m_tally.resize(m_tally.size() + size_t(plan.tallyStride), 0);
    if (plan.anySums)
        m_sums.resize(m_sums.size() + plan.metrics.size(), 0.0);
    return int(cellKeys.size() - 1);
}

int Worker::cellFor(int step, int period, int segment)
{
    // The (period, segment) pairs are few and repeat: each has a row of
    // cell numbers by step, small enough to stay in the cache. A hash of
    // all cells takes over should the pairs be too many for that.
    const uint64_t pair = cellKey(0, period, segment);
    if (pair != m_lastPair) {
        bool added = false;
        m_pairRow = m_pairs.findOrAdd(pair, int(m_pairCount), &added);
        if (added) {
            ++m_pairCount;
            if (m_byPair.size() + plan.spec->steps.size() <= kMaxPairCells)
                m_byPair.resize(m_byPair.size() + size_t(plan.spec->steps.size()), -1);
        }
        m_lastPair = pair;
    }
    const size_t at = size_t(m_pairRow) * size_t(plan.spec->steps.size()) + size_t(step);
    if (at < m_byPair.size()) {
        int &cell = m_byPair[at];
        if (cell < 0)
            cell = newCell(cellKey(step, period, segment));
        return cell;
    }
    const uint64_t key = cellKey(step, period, segment);
    bool added = false;
    const int cell = m_cells.findOrAdd(key, int(cellKeys.size()), &added);
    if (added)
        newCell(key);
    return cell;
}

double Worker::answerValue(int metric, std::string_view v)
{
    if (v.size() == 1 && isDigit(v[0]))
        return v[0] - '0';
    if (v.size() == 2 && isDigit(v[0]) && isDigit(v[1]))
        return (v[0] - '0') * 10 + (v[1] - '0');
    v = trim(v);
    if (v.empty())
        return kRejected;
    if (const auto number = answers::parseNumber(v))
        return *number;
    ValueCache<double> &labels = m_labels[size_t(metric)];
    if (const double *known = labels.find(v))
        return *known;
    const Plan::Metric &pm = plan.metrics[size_t(metric)];
    const QString text = QString::fromUtf8(v.data(), qsizetype(v.size()));
    auto label = answers::labelValue(pm.kind, text);
    if (!label && pm.yesNo)
        label = answers::yesNoValue(text);
    const double value = label ? *label : kRejected;
    if (labels.size() < kMaxStepCache)
        labels.insert(v, value);
    return value;
}

bool Worker::record(int fieldCount, const char *start, qint64 line)
{
    if (fieldCount == 1 && m_firstEmpty) { // a blank line
        clearFields();
        return tick(start);
    }
    if (m_extraColumn >= 0) {
        error = {line, tr("%1 fields, but the header has %2")
                               .arg(m_extraColumn + 1)
                               .arg(plan.slotOf.size())};
        return false;
    }
    ++rowsRead;
    const int step = resolveStep(m_fields[StepSlot]);
    if (m_badText)
        return badText(line);
    if (step < 0) {
        if (step == -1)
            ++unmatchedOther;
        else
            ++unmatchedRows[size_t(-2 - step)];
        clearFields();
        return tick(start);
    }
    ++rowsMatched;

    int period = -1;
    const AggregationSpec &spec = *plan.spec;
    if (spec.dateColumn >= 0) {
        const std::string_view date = trim(m_fields[DateSlot]);
        if (!date.empty()) {
            if (const auto d = answers::parseDate(date, spec.dateOrder))
                period = answers::periodKey(spec.period, *d);
            else
                ++badDates;
        }
    }
    int segment = -1;
    if (spec.segmentColumn >= 0) {
        const std::string_view value = trim(m_fields[SegmentSlot]);
        if (!value.empty()) {
            segment = segmentIndex(value);
            if (segment == -2) {
                error = {line, tr("the segment column has more than %1 different values; "
                                  "choose a column with fewer")
                                       .arg(kMaxSegments)};
                return false;
            }
        }
    }

    const int cell = cellFor(step, period, segment);
    const size_t tally = size_t(cell) * size_t(plan.tallyStride);
    double *cellSums = plan.anySums ? m_sums.data() + size_t(cell) * plan.metrics.size() : nullptr;
    bool rejectedRow = false;
    for (size_t m = 0; m < plan.metrics.size(); ++m) {
        const std::string_view text = m_fields[FirstMetricSlot + m];
        if (text.empty()) {
            ++blankAnswers[m];
            continue;
        }
        const double v = answerValue(int(m), text);
        const Plan::Metric &pm = plan.metrics[m];
        bool ok = !std::isnan(v);
        if (ok && pm.bins > 0) {
            ok = v == std::floor(v) && v >= pm.min && v <= pm.max;
            if (ok) {
                bump(tally + size_t(pm.tally) + size_t(v - pm.min));
                continue; // n and the sum come from the scale points (addCell)
            }
        } else if (ok) {
            ok = (!pm.hasMin || v >= pm.min) && (!pm.hasMax || v <= pm.max);
        }
        if (!ok) {
            if (trim(text).empty()) {
                ++blankAnswers[m]; // spaces only: not answered
                continue;
            }
            ++rejectedAnswers[m];
            if (examples[m].size() < size_t(kMaxRejectedExamples))
                examples[m].push_back({line, std::string(text)});
            rejectedRow = true;
            continue;
        }
        bump(tally + size_t(pm.tally));
        cellSums[m] += v;
    }
    rowsRejected += rejectedRow;
    clearFields();
    if (m_badText)
        return badText(line);
    return tick(start);
}

} // namespace waymark::detail
