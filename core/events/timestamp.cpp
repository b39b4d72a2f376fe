#include "timestamp.h"

#include <QByteArray>

namespace waymark::events {

namespace {

bool digit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads exactly `n` digits at p.
bool digits(std::string_view s, size_t &p, int n, int *out)
{
    if (p + size_t(n) > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = s[p + size_t(i)];
        if (!digit(c))
            return false;
        v = v * 10 + (c - '0');
    }
    p += size_t(n);
    *out = v;
    return true;
}

// Reads one or two digits at p.
bool shortNumber(std::string_view s, size_t &p, int *out)
{
    if (p >= s.size() || !digit(s[p]))
        return false;
    int v = s[p++] - '0';
    if (p < s.size() && digit(s[p]))
        v = v * 10 + (s[p++] - '0');
    *out = v;
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool validDate(int y, int m, int d)
{
    if (y < 1 || m < 1 || m > 12 || d < 1)
        return false;
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d > kDays[m - 1])
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m != 2 || d <= 28 || leap;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// The time of day after the date, from p to the end: "[T| ]HH:MM[:SS[.fff]][ AM|PM][Z|±HH[:MM]]".
// Adds the milliseconds of the day and subtracts the offset.
bool timeOfDay(std::string_view s, size_t p, bool allowAmPm, int64_t *ms)
{
    if (p == s.size())
        return true; // a date alone: midnight
    if (s[p] != 'T' && s[p] != ' ' && s[p] != 't')
        return false;
    ++p;
    while (p < s.size() && s[p] == ' ')
        ++p;
    int h = 0, mi = 0, sec = 0, frac = 0;
    if (!shortNumber(s, p, &h) || p >= s.size() || s[p] != ':')
        return false;
    ++p;
    if (!digits(s, p, 2, &mi))
        return false;
    if (p < s.size() && s[p] == ':') {
        ++p;
        if (!digits(s, p, 2, &sec))
            return false;
        if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
            ++p;
            int scale = 100;
            if (p >= s.size() || !digit(s[p]))
                return false;
            while (p < s.size() && digit(s[p])) {
                frac += (s[p] - '0') * scale;
                scale /= 10;
                ++p;
            }
        }
    }
    while (p < s.size() && s[p] == ' ')
        ++p;
    if (allowAmPm && p + 1 < s.size() && (s[p + 1] == 'M' || s[p + 1] == 'm')) {
        const char c = s[p];
        if (h < 1 || h > 12)
            return false;
        if (c == 'P' || c == 'p')
            h = h % 12 + 12;
        else if (c == 'A' || c == 'a')
            h = h % 12;
        else
            return false;
        p += 2;
    }
    if (h > 23 || mi > 59 || sec > 60)
        return false;
    int64_t offsetMinutes = 0;
    if (p < s.size()) {
        const char c = s[p];
        if ((c == 'Z' || c == 'z') && p + 1 == s.size()) {
            ++p;
        } else if (c == '+' || c == '-') {
            ++p;
            int oh = 0, om = 0;
            if (!digits(s, p, 2, &oh))
                return false;
            if (p < s.size() && s[p] == ':')
                ++p;
            if (p < s.size() && !digits(s, p, 2, &om))
                return false;
            if (oh > 23 || om > 59)
                return false;
            offsetMinutes = (oh * 60 + om) * (c == '-' ? -1 : 1);
        }
        if (p != s.size())
            return false;
    }
    *ms += ((int64_t(h) * 60 + mi) * 60 + sec) * 1000 + frac - offsetMinutes * 60000;
    return true;
}

// The most common form, "2026-03-01T10:00:00Z" exactly, without the general
// parser's steps; false when `s` is anything else (the general parser then
// reads it, or says why it cannot).
// "HH:MM:SSZ" at 11..19 of the common form: the milliseconds of the day.
std::optional<int64_t> canonicalTimeOfDay(std::string_view s)
{
    if (s.size() != 20 || s[13] != ':' || s[16] != ':' || s[19] != 'Z')
        return std::nullopt;
    // Each digit's value, or more than 9 for any other byte; checked at once.
    auto at = [&](size_t i) {
        return unsigned(uchar(s[i])) - unsigned('0');
    };
    const unsigned h1 = at(11), h2 = at(12), m1 = at(14), m2 = at(15), s1 = at(17), s2 = at(18);
    if ((h1 > 9) | (h2 > 9) | (m1 > 9) | (m2 > 9) | (s1 > 9) | (s2 > 9))
        return std::nullopt;
    const unsigned h = h1 * 10 + h2, mi = m1 * 10 + m2, sec = s1 * 10 + s2;
    if (h > 23 || mi > 59 || sec > 60)
        return std::nullopt;
    return ((int64_t(h) * 60 + mi) * 60 + sec) * 1000;
}

bool canonicalIsoUtc(std::string_view s, int64_t *ms)
{
    if (s.size() != 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' '))
        return false;
    static constexpr int kDigits[] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i : kDigits) {
        if (!digit(s[size_t(i)]))
            return false;
    }
    auto two = [&](size_t i) {
        return (s[i] - '0') * 10 + (s[i + 1] - '0');
    };
    const int y = two(0) * 100 + two(2), m = two(5), d = two(8);
    const std::optional<int64_t> time = canonicalTimeOfDay(s);
    if (!validDate(y, m, d) || !time)
        return false;
    *ms = daysFromCivil(y, m, d) * 86400000 + *time;
    return true;
}

std::optional<int64_t> isoTime(std::string_view s)
{
    if (int64_t ms = 0; canonicalIsoUtc(s, &ms))
        return ms;
    size_t p = 0;
    int y = 0, m = 0, d = 0;
    if (!digits(s, p, 4, &y) || p >= s.size() || (s[p] != '-' && s[p] != '/'))
        return std::nullopt;
    const char sep = s[p++];
    if (!shortNumber(s, p, &m) || p >= s.size() || s[p] != sep)
        return std::nullopt;
    ++p;
    if (!shortNumber(s, p, &d) || !validDate(y, m, d))
        return std::nullopt;
    int64_t ms = daysFromCivil(y, m, d) * 86400000;
    if (!timeOfDay(s, p, false, &ms))
        return std::nullopt;
    return ms;
}

std::optional<int64_t> localTime(std::string_view s, bool dayFirst)
{
    size_t p = 0;
    int a = 0, b = 0, y = 0;
    if (!shortNumber(s, p, &a) || p >= s.size())
        return std::nullopt;
    const char sep = s[p];
    if (sep != '/' && sep != '.' && sep != '-')
        return std::nullopt;
    ++p;
    if (!shortNumber(s, p, &b) || p >= s.size() || s[p] != sep)
        return std::nullopt;
    ++p;
    if (!digits(s, p, 4, &y))
        return std::nullopt;
    const int d = dayFirst ? a : b;
    const int m = dayFirst ? b : a;
    if (!validDate(y, m, d))
        return std::nullopt;
    int64_t ms = daysFromCivil(y, m, d) * 86400000;
    if (!timeOfDay(s, p, true, &ms))
        return std::nullopt;
    return ms;
}

std::optional<int64_t> unixTime(std::string_view s)
{
    size_t p = 0;
    bool negative = false;
    if (p < s.size() && s[p] == '-') {
        negative = true;
        ++p;
    }
    int64_t seconds = 0;
    const size_t start = p;
    while (p < s.size() && digit(s[p])) {
        if (p - start >= 12)
            return std::nullopt; // beyond year 33658: not seconds
        seconds = seconds * 10 + (s[p++] - '0');
    }
    if (p == start)
        return std::nullopt;
    int64_t ms = seconds * 1000;
    if (p < s.size() && s[p] == '.') {
        ++p;
        int scale = 100;
        while (p < s.size() && digit(s[p])) {
            ms += (s[p] - '0') * scale;
            scale /= 10;
            ++p;
        }
    }
    if (p != s.size())
        return std::nullopt;
    return negative ? -ms : ms;
}

} // namespace

QString timeFormatName(TimeFormat format)
{
    switch (format) {
    case TimeFormat::Iso:
        return QStringLiteral("iso");
    case TimeFormat::DayMonthYear:
        return QStringLiteral("dmy");
    case TimeFormat::MonthDayYear:
        return QStringLiteral("mdy");
    case TimeFormat::UnixSeconds:
        return QStringLiteral("unix");
    }
    return {};
}

std::optional<TimeFormat> timeFormatFromName(QStringView name)
{
    for (TimeFormat f : {TimeFormat::Iso, TimeFormat::DayMonthYear, TimeFormat::MonthDayYear,
                         TimeFormat::UnixSeconds}) {
        if (name.compare(timeFormatName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

std::optional<int64_t> parseTimestamp(std::string_view text, TimeFormat format)
{
    const std::string_view s = trimmed(text);
    if (s.empty())
        return std::nullopt;
    switch (format) {
    case TimeFormat::Iso:
        return isoTime(s);
    case TimeFormat::DayMonthYear:
        return localTime(s, true);
    case TimeFormat::MonthDayYear:
        return localTime(s, false);
    case TimeFormat::UnixSeconds:
        return unixTime(s);
    }
    return std::nullopt;
}

std::optional<int64_t> TimestampReader::timeOfDayUtc(std::string_view s)
{
    return canonicalTimeOfDay(s);
}

std::optional<int64_t> TimestampReader::readAndKeepDay(std::string_view text)
{
    const std::optional<int64_t> t = parseTimestamp(text, m_format);
    // Kept only from the exact common form, whose day is its first 11 bytes.
    int64_t ms = 0;
    if (t && m_format == TimeFormat::Iso && canonicalIsoUtc(text, &ms)) {
        std::memcpy(m_date, text.data(), 11);
        m_dayMs = *t - *timeOfDayUtc(text);
    }
    return t;
}

bool decidesDayMonth(std::string_view text, TimeFormat format)
{
    if (format != TimeFormat::DayMonthYear && format != TimeFormat::MonthDayYear)
        return false;
    const std::string_view s = trimmed(text);
    size_t p = 0;
    int a = 0, b = 0;
    if (!shortNumber(s, p, &a) || p >= s.size())
        return false;
    ++p;
    if (!shortNumber(s, p, &b))
        return false;
    return format == TimeFormat::DayMonthYear ? a > 12 : b > 12;
}

std::optional<TimeFormat> guessTimeFormat(const QStringList &samples, double minShare, int *parsed)
{
    int best = 0;
    int nonBlank = 0;
    std::optional<TimeFormat> bestFormat;
    QList<QByteArray> bytes;
    bool amPm = false;
    for (const QString &s : samples) {
        if (!s.trimmed().isEmpty()) {
            bytes.append(s.toUtf8());
            ++nonBlank;
            amPm = amPm || s.contains(QLatin1String(" AM"), Qt::CaseInsensitive)
                   || s.contains(QLatin1String(" PM"), Qt::CaseInsensitive);
        }
    }
    // Day-first before month-first: a file whose days are all 12 or less
    // cannot tell, and most of the world writes the day first.
    for (TimeFormat f : {TimeFormat::Iso, TimeFormat::DayMonthYear, TimeFormat::MonthDayYear,
                         TimeFormat::UnixSeconds}) {
        int n = 0;
        for (const QByteArray &b : bytes)
            n += parseTimestamp(std::string_view(b.constData(), size_t(b.size())), f).has_value();
        if (n > best || (n == best && n > 0 && amPm && f == TimeFormat::MonthDayYear)) {
            best = n;
            bestFormat = f;
        }
    }
    if (parsed)
        *parsed = best;
    if (nonBlank == 0 || best < minShare * nonBlank)
        return std::nullopt;
    return bestFormat;
}

} // namespace waymark::events
