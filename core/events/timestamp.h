#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>

namespace waymark::events {

// How the timestamps of an event log are written.
enum class TimeFormat {
    Iso,          // 2026-03-15T10:22:31Z, 2026-03-15 10:22:31+02:00, 2026/03/15 10:22, 2026-03-15
    DayMonthYear, // 15.03.2026 10:22:31, 15/03/2026 10:22
    MonthDayYear, // 03/15/2026 10:22:31 AM
    UnixSeconds,  // 1773570151 or 1773570151.250
};

QString timeFormatName(TimeFormat format); // "iso", "dmy", "mdy", "unix"
std::optional<TimeFormat> timeFormatFromName(QStringView name);

// Milliseconds since 1970-01-01T00:00:00Z. A time with `Z` or an offset is
// taken as that instant; a local date-time without one is read as if it were
// UTC, so that the events of one file (all in one zone) order by the clock.
std::optional<int64_t> parseTimestamp(std::string_view text, TimeFormat format);

// parseTimestamp() for the rows of a log, read one after the other: a log
// in time order repeats the same date for thousands of rows, so the day of
// the common form "2026-03-01T10:00:00Z" is kept from the row before. Same
// answers as parseTimestamp().
class TimestampReader
{
public:
    explicit TimestampReader(TimeFormat format)
        : m_format(format)
    {}
    std::optional<int64_t> read(std::string_view text)
    {
        if (m_format == TimeFormat::Iso && text.size() == 20 && m_dayMs >= 0
            && std::memcmp(text.data(), m_date, 11) == 0) {
            if (const std::optional<int64_t> t = timeOfDayUtc(text))
                return m_dayMs + *t;
        }
        return readAndKeepDay(text);
    }

private:
    // "HH:MM:SSZ" at 11..19 of a form whose first 11 bytes were read before.
    static std::optional<int64_t> timeOfDayUtc(std::string_view s);
    std::optional<int64_t> readAndKeepDay(std::string_view text);

    TimeFormat m_format;
    char m_date[11] = {}; // "2026-03-01T"
    int64_t m_dayMs = -1;
};

// Whether `text`, read in `format` (dmy or mdy), could not be read in the
// other order: its day is past 12.
bool decidesDayMonth(std::string_view text, TimeFormat format);

// The format most of `samples` parse in (blanks left out); none when fewer
// than `minShare` of them parse in any. `parsed` gets how many did. When
// day-first and month-first read as many, day first, unless the times say
// AM/PM (a US habit).
std::optional<TimeFormat> guessTimeFormat(const QStringList &samples, double minShare = 0.8,
                                          int *parsed = nullptr);

} // namespace waymark::events
