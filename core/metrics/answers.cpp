#include "answers.h"

#include "textmatch.h"

#include <QHash>

#include <charconv>
#include <cmath>

namespace waymark::answers {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Digits at `s[*i]`, at most `max` of them; -1 when there are none.
int digits(std::string_view s, size_t *i, int max)
{
    int value = 0, n = 0;
    while (*i < s.size() && n < max && isDigit(s[*i])) {
        value = value * 10 + (s[*i] - '0');
        ++*i;
        ++n;
    }
    return n ? value : -1;
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
int daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool valid(const Date &d)
{
    return d.year >= 1900 && d.year <= 2200 && d.month >= 1 && d.month <= 12 && d.day >= 1
           && d.day <= 31;
}

using LabelTable = QHash<QString, double>;

LabelTable makeTable(std::initializer_list<std::pair<const char16_t *, double>> entries)
{
    LabelTable table;
    for (const auto &[label, value] : entries)
        table.insert(QString::fromUtf16(label), value);
    return table;
}

} // namespace

std::optional<double> parseNumber(std::string_view text)
{
    text = trim(text);
    if (text.empty())
        return std::nullopt;
    if (text.front() == '+')
        text.remove_prefix(1);
    char buffer[64];
    if (text.size() < sizeof buffer && text.find(',') != std::string_view::npos) {
        // A decimal comma ("4,5"); a thousands separator is not expected in answers.
        size_t n = 0;
        for (char c : text)
            buffer[n++] = c == ',' ? '.' : c;
        text = std::string_view(buffer, n);
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end == text.data() || !std::isfinite(value))
        return std::nullopt;
    const std::string_view rest = text.substr(size_t(end - text.data()));
    if (rest.empty())
        return value;
    // "10 - Extremely likely", "5 (Very satisfied)": a scale point with its label.
    if (isSpace(rest.front()) || rest.front() == '-' || rest.front() == '=' || rest.front() == '('
        || rest.front() == ':') {
        const std::string_view label = trim(rest);
        if (label.empty() || !isDigit(label.front()))
            return value;
    }
    return std::nullopt;
}

std::optional<double> labelValue(MetricKind kind, QStringView text)
{
    static const LabelTable csat = makeTable({
            {u"very dissatisfied", 1},
            {u"extremely dissatisfied", 1},
            {u"dissatisfied", 2},
            {u"somewhat dissatisfied", 2},
            {u"neutral", 3},
            {u"neither satisfied nor dissatisfied", 3},
            {u"satisfied", 4},
            {u"somewhat satisfied", 4},
            {u"very satisfied", 5},
            {u"extremely satisfied", 5},
    });
    static const LabelTable ces = makeTable({
            {u"strongly disagree", 1},
            {u"disagree", 2},
            {u"somewhat disagree", 3},
            {u"neither agree nor disagree", 4},
            {u"neutral", 4},
            {u"somewhat agree", 5},
            {u"agree", 6},
            {u"strongly agree", 7},
            {u"very difficult", 1},
            {u"difficult", 2},
            {u"somewhat difficult", 3},
            {u"somewhat easy", 5},
            {u"easy", 6},
            {u"very easy", 7},
    });
    static const LabelTable nps = makeTable({
            {u"not at all likely", 0},
            {u"extremely likely", 10},
    });
    const LabelTable *table = kind == MetricKind::Csat  ? &csat
                              : kind == MetricKind::Ces ? &ces
                              : kind == MetricKind::Nps ? &nps
                                                        : nullptr;
    if (!table)
        return std::nullopt;
    const auto it = table->constFind(matchKey(text));
    if (it == table->cend())
        return std::nullopt;
    return *it;
}

std::optional<double> yesNoValue(QStringView text)
{
    static const LabelTable table = makeTable({
            {u"yes", 1},
            {u"no", 0},
            {u"true", 1},
            {u"false", 0},
            {u"y", 1},
            {u"n", 0},
            {u"да", 1},
            {u"нет", 0},
            {u"是", 1},
            {u"否", 0},
            {u"ja", 1},
            {u"nein", 0},
            {u"oui", 1},
            {u"non", 0},
            {u"sí", 1},
            {u"si", 1},
    });
    const auto it = table.constFind(matchKey(text));
    if (it == table.cend())
        return std::nullopt;
    return *it;
}

std::optional<Date> parseDate(std::string_view s, DateOrder order)
{
    s = trim(s);
    size_t i = 0;
    Date d;
    auto separator = [&] {
        if (i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
            ++i;
            return true;
        }
        return false;
    };
    switch (order) {
    case DateOrder::Iso:
        d.year = digits(s, &i, 4);
        if (i != 4 || !separator())
            return std::nullopt;
        d.month = digits(s, &i, 2);
        if (!separator())
            return std::nullopt;
        d.day = digits(s, &i, 2);
        break;
    case DateOrder::Compact:
        if (s.size() < 8)
            return std::nullopt;
        d.year = digits(s, &i, 4);
        d.month = digits(s, &i, 2);
        d.day = digits(s, &i, 2);
        if (i != 8)
            return std::nullopt;
        break;
    case DateOrder::DayMonthYear:
    case DateOrder::MonthDayYear: {
        const int a = digits(s, &i, 2);
        if (!separator())
            return std::nullopt;
        const int b = digits(s, &i, 2);
        if (!separator())
            return std::nullopt;
        const size_t yearStart = i;
        d.year = digits(s, &i, 4);
        if (i - yearStart != 4)
            return std::nullopt;
        d.day = order == DateOrder::DayMonthYear ? a : b;
        d.month = order == DateOrder::DayMonthYear ? b : a;
        break;
    }
    }
    // A time may follow; more digits may not.
    if (i < s.size() && isDigit(s[i]))
        return std::nullopt;
    if (!valid(d))
        return std::nullopt;
    return d;
}

std::optional<DateOrder> guessDateOrder(const QStringList &samples, int *parsed)
{
    int iso = 0, compact = 0, dmy = 0, mdy = 0, slashed = 0, dotted = 0;
    for (const QString &sample : samples) {
        const QByteArray bytes = sample.trimmed().toUtf8();
        const std::string_view s(bytes.constData(), size_t(bytes.size()));
        if (s.empty())
            continue;
        if (parseDate(s, DateOrder::Iso)) {
            ++iso;
        } else if (parseDate(s, DateOrder::Compact)) {
            ++compact;
        } else {
            const bool asDmy = bool(parseDate(s, DateOrder::DayMonthYear));
            const bool asMdy = bool(parseDate(s, DateOrder::MonthDayYear));
            if (asDmy || asMdy)
                (s.find('.') != std::string_view::npos ? dotted : slashed) += 1;
            if (asDmy && !asMdy)
                ++dmy;
            else if (asMdy && !asDmy)
                ++mdy;
        }
    }
    const int best = std::max({iso, compact, slashed + dotted});
    if (parsed)
        *parsed = best;
    if (best == 0)
        return std::nullopt;
    if (best == iso)
        return DateOrder::Iso;
    if (best == compact)
        return DateOrder::Compact;
    // Dots are day-first (15.03.2026); slashes are month-first, as US tools
    // write them, unless a day above 12 shows otherwise.
    return dotted > slashed || dmy > mdy ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
}

int periodKey(PeriodUnit unit, const Date &date)
{
    if (unit == PeriodUnit::Month)
        return date.year * 12 + (date.month - 1);
    const int days = daysFromCivil(date.year, date.month, date.day);
    const int weekday = ((days % 7) + 7 + 3) % 7; // Monday = 0; 1970-01-01 was a Thursday
    const int thursday = days - weekday + 3;
    int year = date.year;
    if (thursday < daysFromCivil(year, 1, 1))
        --year;
    else if (thursday >= daysFromCivil(year + 1, 1, 1))
        ++year;
    const int week = (thursday - daysFromCivil(year, 1, 1)) / 7 + 1;
    return year * 100 + week;
}

QString periodName(PeriodUnit unit, int key)
{
    if (unit == PeriodUnit::Month) {
        return QStringLiteral("%1-%2")
                .arg(key / 12, 4, 10, QLatin1Char('0'))
                .arg(key % 12 + 1, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1-W%2")
            .arg(key / 100, 4, 10, QLatin1Char('0'))
            .arg(key % 100, 2, 10, QLatin1Char('0'));
}

} // namespace waymark::answers
