#pragma once

#include "mapping.h"
#include "model/enums.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <string_view>

namespace waymark::answers {

// The number an answer starts with: "9", " 4.5 ", "4,5" (decimal comma),
// "10 - Extremely likely". None for text, blanks and "9 of 10"-like noise.
std::optional<double> parseNumber(std::string_view text);

// The scale point of a standard answer label for a metric kind ("Very
// satisfied" is 5 on CSAT, "Strongly agree" 7 on CES, "Extremely likely"
// 10 on NPS), compared without case.
std::optional<double> labelValue(MetricKind kind, QStringView text);

// Yes/No answers as 1/0, compared without case: yes/no, true/false, y/n,
// да/нет, 是/否 (and ja/nein, oui/non, sí/no); for count and rate metrics.
std::optional<double> yesNoValue(QStringView text);

// How the day, month and year of a date column are ordered.
enum class DateOrder {
    Iso,          // 2026-03-15, 2026/03/15, 2026-03-15T10:22:31Z
    Compact,      // 20260315 (analytics exports)
    DayMonthYear, // 15.03.2026, 15/03/2026
    MonthDayYear, // 03/15/2026 10:22:31 AM (SurveyMonkey)
};

// The order most of `samples` parse in; none when they are not dates.
std::optional<DateOrder> guessDateOrder(const QStringList &samples, int *parsed = nullptr);

struct Date
{
    int year = 0;
    int month = 0;
    int day = 0;
};
std::optional<Date> parseDate(std::string_view text, DateOrder order);

// A period as a sortable number, and its name in metric values
// ("2026-03"; "2026-W10" for ISO weeks).
int periodKey(PeriodUnit unit, const Date &date);
QString periodName(PeriodUnit unit, int key);

} // namespace waymark::answers
