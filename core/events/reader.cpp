#include "eventlog.h"
#include "interner.h"
#include "sharevalues.h"

#include "metrics/csvscan.h"
#include "metrics/datafile.h"
#include "metrics/textmatch.h"
#include "model/journey.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <memory>
#include <thread>

namespace waymark::events {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Events", text);
}

bool isBlank(std::string_view s)
{
    return s.find_first_not_of(" \t\r") == std::string_view::npos;
}

// A channel or segment value without the blanks around it (as btrim(v,
// E' \t\r\n') on the PostgreSQL path).
[[gnu::always_inline]] inline std::string_view trimmedValue(std::string_view s)
{
    auto blank = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    };
    if (s.empty() || (!blank(s.front()) && !blank(s.back())))
        return s;
    const size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos)
        return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// For a day/month order that turned out wrong: how to say the other one.
QString otherOrderHint(TimeFormat format)
{
    if (format == TimeFormat::DayMonthYear)
        return tr("; if the month comes first, give --mapping with \"timeFormat\": \"mdy\"");
    if (format == TimeFormat::MonthDayYear)
        return tr("; if the day comes first, give --mapping with \"timeFormat\": \"dmy\"");
    return {};
}

constexpr qint64 kMinBytesPerThread = 8 * 1024 * 1024;
constexpr size_t kMaxUnmatchedNames = 10000;
constexpr int kCancelCheck = 65536;
constexpr qint64 kPrefaultAhead = 16 * 1024 * 1024;

// One thread's share of the log.
class Reader
{
public:
    Reader(const EventReadSpec &spec, const StepMatcher &matcher, const std::atomic<bool> *cancel,
           const DataFile *file)
        : m_spec(spec)
        , m_matcher(matcher)
        , m_cancel(cancel)
        , m_file(file)
        , m_times(spec.timeFormat)
    {
        m_slotOf.assign(size_t(std::max(spec.columnCount, 1)), int8_t(-1));
        auto use = [&](int column, int slot) {
            if (column >= 0 && column < spec.columnCount)
                m_slotOf[size_t(column)] = int8_t(slot);
        };
        use(spec.columns.caseId, 0);
        use(spec.columns.activity, 1);
        use(spec.columns.time, 2);
        use(spec.columns.channel, 3);
        use(spec.columns.segment, 4);
        m_channels = spec.columns.channel >= 0;
        m_segments = spec.columns.segment >= 0;
        m_needed = std::max({spec.columns.caseId, spec.columns.activity, spec.columns.time}) + 1;
    }

    void field(int column, const char *begin, const char *end, bool doubled)
    {
        if (column == 0)
            m_firstEmpty = begin == end;
        if (column >= int(m_slotOf.size()))
            return;
        const int slot = m_slotOf[size_t(column)];
        if (slot < 0)
            return;
        if (!doubled) {
            m_fields[slot] = std::string_view(begin, size_t(end - begin));
        } else {
            std::string &s = m_scratch[slot];
            s.clear();
            csv::unescapeInto(begin, end, s);
            m_fields[slot] = s;
        }
    }

    bool record(int fieldCount, const char *start, qint64 line)
    {
        if (fieldCount == 1 && m_firstEmpty) // a blank line
            return true;
        if (fieldCount < m_needed) {
            errorLine = line;
            error = QCoreApplication::translate(
                            "Events",
                            "%n field(s), but the case, activity and time columns need %1", nullptr,
                            fieldCount)
                            .arg(m_needed);
            return false;
        }
        ++rows;
        if (isBlank(m_fields[0])) {
            // No case to put the event in: dropped and counted.
            ++blankCases;
            ++unmatchedEvents;
            m_fields = {};
            return tick(start);
        }
        const std::optional<int64_t> t = m_times.read(m_fields[2]);
        if (!t) {
            errorLine = line;
            const QString text
                    = QString::fromUtf8(m_fields[2].data(), qsizetype(m_fields[2].size()));
            error = text.trimmed().isEmpty()
                            ? tr("no timestamp in column \"%1\"")
                                      .arg(columnName(m_spec.columns.time))
                            : tr("unreadable timestamp \"%1\" in column \"%2\" (read as %3)%4")
                                      .arg(text.simplified().left(60),
                                           columnName(m_spec.columns.time),
                                           timeFormatName(m_spec.timeFormat),
                                           otherOrderHint(m_spec.timeFormat));
            return false;
        }
        if (!dayMonthDecided)
            dayMonthDecided = decidesDayMonth(m_fields[2], m_spec.timeFormat);
        const int step = resolve(m_fields[1]);
        if (step >= 0 && m_channels)
            values.countChannel(step, trimmedValue(m_fields[3]));
        const int32_t segment
                = step >= 0 && m_segments ? values.segmentId(trimmedValue(m_fields[4])) : -1;
        if (step < 0) {
            if (step <= -2)
                ++unmatchedCounts[size_t(-2 - step)];
            else
                ++unmatchedOther;
            ++unmatchedEvents;
            m_fields = {};
            return tick(start);
        }
        // The case is looked up a batch later, its slot prefetched meanwhile
        // (interner.h); a key unescaped into the scratch buffer cannot wait.
        const std::string_view caseId = m_fields[0];
        time.push_back(*t);
        step_.push_back(step);
        m_fields = {};
        if (!caseId.empty() && caseId.data() == m_scratch[0].data()) {
            flushCases();
            caseOf.push_back(cases.intern(caseId));
            values.noteSegment(caseOf.back(), segment, *t);
            return tick(start);
        }
        const uint64_t h = Interner::hash(caseId);
        cases.prefetch(h);
        caseOf.push_back(0);
        m_pending[m_pendingCount++] = {caseId, h, *t, segment};
        if (m_pendingCount == kBatch)
            flushCases();
        return tick(start);
    }

    // Looks up the cases of the events read since the last time (the last
    // m_pendingCount entries of caseOf), in file order.
    void flushCases()
    {
        const size_t base = caseOf.size() - m_pendingCount;
        for (size_t i = 0; i < m_pendingCount; ++i)
            caseOf[base + i] = cases.intern(m_pending[i].key, m_pending[i].hash);
        if (m_segments) {
            // The cases' segment slots are as scattered as their ids were:
            // loaded all at once, then compared.
            for (size_t i = 0; i < m_pendingCount; ++i)
                values.prefetchCase(caseOf[base + i]);
            for (size_t i = 0; i < m_pendingCount; ++i)
                values.noteSegment(caseOf[base + i], m_pending[i].segment, m_pending[i].time);
        }
        m_pendingCount = 0;
    }

    QString columnName(int column) const { return m_spec.columnNames.value(column); }

    void reserve(size_t rows)
    {
        caseOf.reserve(rows);
        time.reserve(rows);
        step_.reserve(rows);
        cases.reserve(rows / 8); // grows when cases are shorter
        if (m_segments)
            values.reserveCases(rows / 8);
    }

    // Reads the mapped file in ahead of the scan, a window at a time.
    void prefaultFrom(const char *at)
    {
        if (!m_file || at + kPrefaultAhead / 2 < m_prefaulted)
            return;
        const char *to = std::min(at + kPrefaultAhead, m_textEnd);
        prefault(std::max(at, m_prefaulted), to);
        m_prefaulted = to;
    }
    void setTextEnd(const char *end) { m_textEnd = end; }

    Interner cases;
    BigVector<uint32_t> caseOf;
    BigVector<int64_t> time;
    BigVector<int32_t> step_;
    qint64 rows = 0;
    qint64 unmatchedEvents = 0;
    qint64 unmatchedOther = 0;
    qint64 blankCases = 0;
    ShareValues values;           // the channel and segment columns
    bool dayMonthDecided = false; // a value could be read in the format's day/month order only
    std::vector<QString> unmatchedNames;
    std::vector<qint64> unmatchedCounts;

    QString error;
    qint64 errorLine = 0;
    bool cancelled = false;

private:
    static constexpr size_t kBatch = 16;
    struct PendingCase
    {
        std::string_view key; // in the text, read moments ago
        uint64_t hash = 0;
        int64_t time = 0;
        int32_t segment = -1;
    };

    int resolve(std::string_view value)
    {
        if (const int *known = m_activities.find(value))
            return *known;
        const QString text = QString::fromUtf8(value.data(), qsizetype(value.size())).trimmed();
        int found = text.isEmpty() ? -1 : m_matcher.match(text);
        if (found < 0) {
            const QString key = matchKey(text);
            int u = m_unmatchedIndex.value(key, -1);
            if (u < 0 && unmatchedNames.size() < kMaxUnmatchedNames) {
                u = int(unmatchedNames.size());
                m_unmatchedIndex.insert(key, u);
                unmatchedNames.push_back(text.isEmpty() ? noActivityName() : text);
                unmatchedCounts.push_back(0);
            }
            found = u < 0 ? -1 : -2 - u;
        }
        if (m_activities.size() < 100000)
            m_activities.insert(value, found);
        return found;
    }

    bool tick(const char *start)
    {
        if (++m_sinceTick < kCancelCheck)
            return true;
        m_sinceTick = 0;
        flushCases(); // their keys are in the text about to be released
        if (m_file && m_released && start - m_released > 64 * 1024 * 1024) {
            m_file->release(m_released, start);
            m_released = start;
        }
        if (!m_released)
            m_released = start;
        prefaultFrom(start);
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return false;
        }
        return true;
    }

    const EventReadSpec &m_spec;
    const StepMatcher &m_matcher;
    const std::atomic<bool> *m_cancel;
    const DataFile *m_file;
    std::vector<int8_t> m_slotOf;
    int m_needed = 0;
    std::array<std::string_view, 5> m_fields{};
    std::array<std::string, 5> m_scratch;
    bool m_channels = false;
    bool m_segments = false;
    TimestampReader m_times;
    bool m_firstEmpty = true;
    ValueCache<int> m_activities;
    QHash<QString, int> m_unmatchedIndex;
    std::array<PendingCase, kBatch> m_pending{};
    size_t m_pendingCount = 0;
    const char *m_released = nullptr;
    const char *m_prefaulted = nullptr;
    const char *m_textEnd = nullptr;
    int m_sinceTick = 0;
};

int threadCount(const EventReadSpec &spec, qint64 bytes)
{
    if (spec.threads > 0)
        return spec.threads;
    const int n = std::max(1, std::min(QThread::idealThreadCount(), 4));
    return int(std::clamp<qint64>(bytes / kMinBytesPerThread, 1, n));
}

bool readShares(QByteArrayView text, const EventReadSpec &spec, const StepMatcher &matcher,
                EventTable *table, QString *error, const std::atomic<bool> *cancel,
                const DataFile *file)
{
    *table = EventTable();
    if (csv::looksBinary(text)) {
        *error = tr("binary data (a NUL byte): this is not a text file");
        return false;
    }
    if (spec.columns.caseId < 0 || spec.columns.activity < 0 || spec.columns.time < 0) {
        *error = tr("the case, activity and time columns must all be given");
        return false;
    }
    const char *begin = text.data() + std::min<qint64>(spec.dataOffset, text.size());
    const char *end = text.data() + text.size();
    const qint64 total = end - begin;
    int n = threadCount(spec, total);
    std::vector<std::unique_ptr<Reader>> readers;
    std::vector<csv::ScanResult> scans;
    for (;;) {
        std::vector<const char *> cuts(size_t(n) + 1, end);
        for (int i = 0; i < n; ++i)
            cuts[size_t(i)] = begin + total * i / n;
        std::vector<const char *> starts(size_t(n), begin);
        readers.clear();
        for (int i = 0; i < n; ++i)
            readers.push_back(std::make_unique<Reader>(spec, matcher, cancel, file));
        scans.assign(size_t(n), {});
        auto work = [&](int i) {
            const size_t at = size_t(i);
            if (i > 0) {
                // The share starts after the first line break from its cut.
                // When the line around the cut holds no quote that is taken
                // on trust (the shares must join up below, or the log is
                // read again on one thread); else the quotes before the cut
                // say whether it is inside a quoted field.
                const char *cut = cuts[at];
                const size_t before = std::string_view(begin, size_t(cut - begin)).rfind('\n');
                const auto *after
                        = static_cast<const char *>(std::memchr(cut, '\n', size_t(end - cut)));
                const char *lineBegin
                        = before == std::string_view::npos ? begin : begin + before + 1;
                const char *lineEnd = after ? after : end;
                const bool quoteFree = !std::memchr(lineBegin, '"', size_t(lineEnd - lineBegin));
                const bool inQuotes = !quoteFree && csv::countQuotes(begin, cut) % 2;
                starts[at] = csv::recordStartFrom(begin, cut, end, inQuotes);
            }
            // Room for the share's rows up front, from the line length of
            // its first 64 KB: growing vectors of millions costs copies.
            const char *from = starts[at];
            // A record may run past the next cut: the share is then empty.
            const qint64 share = std::max<qint64>(0, cuts[at + 1] - from);
            const qint64 probe = std::min<qint64>(share, 64 * 1024);
            const qint64 lines = std::max<qint64>(1, std::count(from, from + probe, '\n'));
            readers[at]->reserve(size_t(share * lines / std::max<qint64>(probe, 1) * 21 / 20 + 16));
            readers[at]->setTextEnd(end);
            readers[at]->prefaultFrom(from);
            const csv::ScanTables tables(spec.delimiter);
            scans[at] = csv::scan(starts[at], end, cuts[at + 1], tables, i == 0 ? spec.dataLine : 0,
                                  *readers[at]);
            readers[at]->flushCases();
        };
        std::vector<std::thread> threads;
        for (int i = 1; i < n; ++i)
            threads.emplace_back(work, i);
        work(0);
        for (std::thread &t : threads)
            t.join();
        bool joined = true;
        for (int i = 0; i + 1 < n; ++i) {
            if (scans[size_t(i)].error == csv::ScanError::None
                && scans[size_t(i)].end != starts[size_t(i) + 1])
                joined = false;
        }
        if (joined || n == 1)
            break;
        n = 1;
    }

    // The first failure in file order is the one to report.
    qint64 lineBase = 0;
    for (int i = 0; i < n; ++i) {
        const Reader &r = *readers[size_t(i)];
        const csv::ScanResult &s = scans[size_t(i)];
        if (r.cancelled) {
            *error = tr("the import was cancelled");
            return false;
        }
        if (s.error == csv::ScanError::StoppedByHandler) {
            *error = CsvError{lineBase + r.errorLine, r.error}.toString();
            return false;
        }
        if (s.error != csv::ScanError::None) {
            *error = CsvError{lineBase + s.errorLine, csv::errorText(s.error)}.toString();
            return false;
        }
        lineBase += s.line;
    }

    // Case ids: the first share's are the global ones; a later share's case
    // takes the id an earlier share gave it, or the next new one (the order
    // they are first seen in the file). Mapped in place: the shares stay
    // where they are, as the table's chunks.
    QHash<QString, qint64> unmatched;
    QHash<QString, QString> unmatchedName;
    qint64 unmatchedOther = 0;
    table->chunks.reserve(readers.size());
    std::vector<std::vector<uint32_t>> global(readers.size());
    ValueMerge merged(spec.columns.segment >= 0);
    uint32_t caseCount = uint32_t(readers[0]->cases.size());
    for (size_t i = 0; i < readers.size(); ++i) {
        Reader &r = *readers[i];
        if (i > 0) {
            std::vector<uint32_t> &map = global[i];
            map.resize(r.cases.size());
            // In batches, the first table's slots prefetched (interner.h).
            constexpr uint32_t kAhead = 16;
            std::array<uint64_t, kAhead> hashes{};
            const uint32_t count = uint32_t(r.cases.size());
            for (uint32_t from = 0; from < count; from += kAhead) {
                const uint32_t to = std::min(count, from + kAhead);
                for (uint32_t c = from; c < to; ++c) {
                    hashes[c - from] = Interner::hash(r.cases.view(c));
                    readers[0]->cases.prefetch(hashes[c - from]);
                }
                for (uint32_t c = from; c < to; ++c) {
                    const std::string_view key = r.cases.view(c);
                    const uint64_t h = hashes[c - from];
                    uint32_t id = Interner::none();
                    for (size_t j = 0; j < i && id == Interner::none(); ++j) {
                        const uint32_t there = readers[j]->cases.find(key, h);
                        if (there != Interner::none())
                            id = j == 0 ? there : global[j][there];
                    }
                    map[c] = id != Interner::none() ? id : caseCount++;
                }
            }
            for (uint32_t &c : r.caseOf)
                c = map[c];
        }
        merged.add(r.values, i == 0 ? nullptr : &global[i], caseCount, table);
        if (!r.caseOf.empty()) {
            EventChunk &chunk = table->chunks.emplace_back();
            chunk.caseOf = std::move(r.caseOf);
            chunk.time = std::move(r.time);
            chunk.step = std::move(r.step_);
        }
        table->rows += r.rows;
        table->unmatchedEvents += r.unmatchedEvents;
        table->blankCases += r.blankCases;
        table->dayMonthDecided = table->dayMonthDecided || r.dayMonthDecided;
        unmatchedOther += r.unmatchedOther;
        for (size_t u = 0; u < r.unmatchedNames.size(); ++u) {
            const QString key = matchKey(r.unmatchedNames[u]);
            unmatched[key] += r.unmatchedCounts[u];
            if (!unmatchedName.contains(key))
                unmatchedName.insert(key, r.unmatchedNames[u]);
        }
    }
    table->caseCount = caseCount;
    for (auto it = unmatched.cbegin(); it != unmatched.cend(); ++it)
        table->unmatched.append({unmatchedName.value(it.key()), it.value()});
    if (unmatchedOther > 0)
        table->unmatched.append({tr("(other activities)"), unmatchedOther});
    if (table->blankCases > 0)
        table->unmatched.append({tr("(no case id)"), table->blankCases});
    std::sort(table->unmatched.begin(), table->unmatched.end(),
              [](const UnmatchedActivity &a, const UnmatchedActivity &b) {
                  return a.events != b.events ? a.events > b.events : a.activity < b.activity;
              });
    return true;
}

} // namespace

bool readEvents(const DataFile &file, const EventReadSpec &spec, const StepMatcher &matcher,
                EventTable *table, QString *error, const std::atomic<bool> *cancel)
{
    const bool ok = readShares(file.text(), spec, matcher, table, error, cancel, &file);
    if (!ok)
        *error = error->simplified(); // one line, whatever the data held
    return ok;
}

bool readEventText(QByteArrayView text, const EventReadSpec &spec, const StepMatcher &matcher,
                   EventTable *table, QString *error)
{
    const bool ok = readShares(text, spec, matcher, table, error, nullptr, nullptr);
    if (!ok)
        *error = error->simplified();
    return ok;
}

} // namespace waymark::events
