#pragma once

#include "model/workspace.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace waymark {

// Below this many answers a value is flagged as a small sample wherever it is shown.
constexpr qint64 kSmallSample = 30;

// One metric of one step (over all periods and segments, or one of them).
struct StepMetric
{
    QString metric; // metric definition id
    double value = 0;
    qint64 n = 0;
    Formula formula = Formula::Mean;
    bool smallSample() const { return n < kSmallSample; }
};

// The value of stored answers under a formula, computed from the answer
// distribution and sums kept with them, so a metric's formula can change
// without importing again:
//   nps   = % answers 9-10 minus % answers 0-6 (on the 0-10 scale)
//   top2  = % answers on the two highest scale points (CSAT 4-5)
//   agree = % answers above the middle of the scale (CES 5-7)
//   mean  = sum / n, sum, count = n, rate = mean x 100 (0/1 answers as %)
// None when the formula needs a distribution the value does not have, or n is 0.
std::optional<double> formulaValue(Formula formula, const MetricDef &def, const MetricValue &value);

// Rows of the same step, metric, period and segment (from several imports)
// as one: counts, sums and distributions added.
MetricValue combineValues(const QList<const MetricValue *> &rows);

// A combined row's value under the definition's current formula; the stored
// value when it cannot be recomputed (typed-in values have no source and no
// answers behind them; several are weighed by n).
StepMetric summarize(const MetricDef &def, const QList<const MetricValue *> &rows);

// The metrics of one step, in the order of the workspace's metric definitions,
// from the rows for all periods and all segments (the ones the map shows).
QList<StepMetric> stepMetrics(const Workspace &workspace, const Journey &journey,
                              const QString &stepId);

// The same for every step of a journey at once, keyed by step id.
QHash<QString, QList<StepMetric>> journeyMetrics(const Workspace &workspace,
                                                 const Journey &journey);

// One metric of one step per period ("2026-03"...), oldest first: the trend
// a sparkline draws. `segment` empty for all customers.
struct PeriodMetric
{
    QString period;
    StepMetric metric;
};
QList<PeriodMetric> metricTrend(const Workspace &workspace, const Journey &journey,
                                const QString &stepId, const QString &metricId,
                                const QString &segment = {});

// The segments a journey has values for (sorted), for a segment picker.
QStringList metricSegments(const Journey &journey);

} // namespace waymark
