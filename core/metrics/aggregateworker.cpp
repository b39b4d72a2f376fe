#include "aggregateworker.h"

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

Plan::Plan(const AggregationSpec &s)
    : spec(&s)
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
    for (qsizetype i = s.steps.size() - 1; i >= 0; --i) {
        // Backwards, so the first of two steps with the same title wins.
        if (!s.steps[i].key.isEmpty())
            byKey.insert(matchKey(s.steps[i].key), int(i));
        if (!s.steps[i].title.isEmpty())
            byTitle.insert(matchKey(s.steps[i].title), int(i));
    }
    for (const AggregationSpec::MetricTarget &t : s.metrics) {
        Metric m;
        m.kind = t.def.kind;
        m.offset = stride;
        m.hasMin = t.def.scaleMin.has_value();
        m.hasMax = t.def.scaleMax.has_value();
        m.min = t.def.scaleMin.value_or(0);
        m.max = t.def.scaleMax.value_or(0);
        const bool whole = m.hasMin && m.hasMax && m.min == std::floor(m.min)
                           && m.max == std::floor(m.max) && m.max >= m.min && m.max - m.min <= 100;
        m.bins = whole ? int(m.max - m.min) + 1 : 0;
        stride += 1 + m.bins;
        metrics.push_back(m);
    }
}

Worker::Worker(const Plan &p, std::atomic<qint64> *done, const std::atomic<bool> *cancel,
               const DataFile *file)
    : plan(p)
    , rejectedAnswers(p.metrics.size(), 0)
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
    const QString text = QString::fromUtf8(value.data(), qsizetype(value.size())).trimmed();
    const QString key = matchKey(text);
    const StepMatch match = plan.spec->match;
    int found = -1;
    if (match != StepMatch::Title)
        found = plan.byKey.value(key, -1);
    if (found < 0 && match != StepMatch::Key)
        found = plan.byTitle.value(key, -1);
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
    const int index = int(segmentNames.size());
    segmentNames.emplace_back(value);
    m_segments.insert(value, index);
    return index;
}

int Worker::cellFor(uint64_t key)
{
    if (key == m_lastKey)
        return m_lastCell;
    bool added = false;
    const int cell = m_cells.findOrAdd(key, int(cellKeys.size()), &added);
    if (added) {
        cellKeys.push_back(key);
        counts.resize(counts.size() + size_t(plan.stride), 0);
        sums.resize(sums.size() + plan.metrics.size(), 0.0);
    }
    m_lastKey = key;
    m_lastCell = cell;
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
    const auto label = answers::labelValue(plan.metrics[size_t(metric)].kind,
                                           QString::fromUtf8(v.data(), qsizetype(v.size())));
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

    const int cell = cellFor(cellKey(step, period, segment));
    qint64 *cellCounts = counts.data() + size_t(cell) * size_t(plan.stride);
    double *cellSums = sums.data() + size_t(cell) * plan.metrics.size();
    bool rejectedRow = false;
    for (size_t m = 0; m < plan.metrics.size(); ++m) {
        const std::string_view text = m_fields[FirstMetricSlot + m];
        if (text.empty())
            continue;
        const double v = answerValue(int(m), text);
        const Plan::Metric &pm = plan.metrics[m];
        bool ok = !std::isnan(v);
        if (ok && pm.bins > 0) {
            ok = v == std::floor(v) && v >= pm.min && v <= pm.max;
            if (ok)
                ++cellCounts[pm.offset + 1 + int(v - pm.min)];
        } else if (ok) {
            ok = (!pm.hasMin || v >= pm.min) && (!pm.hasMax || v <= pm.max);
        }
        if (!ok) {
            if (trim(text).empty())
                continue; // spaces only: not answered
            ++rejectedAnswers[m];
            if (examples[m].size() < size_t(kMaxRejectedExamples))
                examples[m].push_back({line, std::string(text)});
            rejectedRow = true;
            continue;
        }
        ++cellCounts[pm.offset];
        cellSums[m] += v;
    }
    rowsRejected += rejectedRow;
    clearFields();
    return tick(start);
}

} // namespace waymark::detail
