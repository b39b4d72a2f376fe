#include "summary.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {

// Scale points are whole numbers from scaleMin: bin i holds answers scaleMin + i.
bool hasDistribution(const MetricDef &def, const MetricValue &v)
{
    if (!def.scaleMin || !def.scaleMax || v.histogram.isEmpty())
        return false;
    return v.histogram.size() == qsizetype(std::llround(*def.scaleMax - *def.scaleMin)) + 1;
}

// Percentage of answers whose scale point passes `keep`.
template<typename Keep>
double share(const MetricDef &def, const MetricValue &v, qint64 n, Keep &&keep)
{
    qint64 count = 0;
    for (qsizetype i = 0; i < v.histogram.size(); ++i) {
        if (keep(*def.scaleMin + double(i)))
            count += v.histogram[i];
    }
    return 100.0 * double(count) / double(n);
}

} // namespace

std::optional<double> formulaValue(Formula formula, const MetricDef &def, const MetricValue &v)
{
    qint64 n = v.n;
    if (n <= 0)
        return std::nullopt;
    const bool distribution = hasDistribution(def, v);
    switch (formula) {
    case Formula::Nps:
        if (!distribution)
            return std::nullopt;
        return share(def, v, n, [](double x) { return x >= 9; })
               - share(def, v, n, [](double x) { return x <= 6; });
    case Formula::Top2:
        if (!distribution)
            return std::nullopt;
        return share(def, v, n, [&](double x) { return x >= *def.scaleMax - 1; });
    case Formula::Agree: {
        if (!distribution)
            return std::nullopt;
        const double middle = (*def.scaleMin + *def.scaleMax) / 2;
        return share(def, v, n, [&](double x) { return x > middle; });
    }
    case Formula::Mean:
        return v.sum / double(n);
    case Formula::Sum:
        return v.sum;
    case Formula::Count:
        return double(n);
    case Formula::Rate:
        return 100.0 * v.sum / double(n);
    }
    return std::nullopt;
}

MetricValue combineValues(const QList<const MetricValue *> &rows)
{
    if (rows.isEmpty())
        return {};
    MetricValue out = *rows.first();
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const MetricValue &v = *rows[r];
        out.n += v.n;
        out.sum += v.sum;
        if (out.histogram.size() == v.histogram.size()) {
            for (qsizetype i = 0; i < v.histogram.size(); ++i)
                out.histogram[i] += v.histogram[i];
        } else {
            out.histogram.clear();
        }
        out.source.clear();
    }
    return out;
}

StepMetric summarize(const MetricDef &def, const QList<const MetricValue *> &rows)
{
    const MetricValue combined = combineValues(rows);
    StepMetric m{def.id, combined.value, combined.n, def.formula};
    // Only imported rows have the answers (sums, distribution) behind them.
    const bool imported = std::all_of(rows.cbegin(), rows.cend(),
                                      [](const MetricValue *v) { return !v->source.isEmpty(); });
    const auto value = imported ? formulaValue(def.formula, def, combined) : std::nullopt;
    if (value) {
        m.value = *value;
    } else if (rows.size() > 1) {
        // Typed-in values without answers behind them: weigh them by n.
        double weighted = 0;
        qint64 n = 0;
        for (const MetricValue *v : rows) {
            weighted += v->value * double(v->n);
            n += v->n;
        }
        if (n > 0)
            m.value = weighted / double(n);
    }
    return m;
}

QHash<QString, QList<StepMetric>> journeyMetrics(const Workspace &workspace, const Journey &journey)
{
    // step -> metric -> the all-periods, all-segments rows
    QHash<QString, QHash<QString, QList<const MetricValue *>>> rows;
    for (const MetricValue &v : journey.metricValues) {
        if (v.period.isEmpty() && v.segment.isEmpty())
            rows[v.step][v.metric].append(&v);
    }
    QHash<QString, QList<StepMetric>> out;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QList<StepMetric> metrics;
        for (const MetricDef &def : workspace.metricDefs) {
            const auto found = it->constFind(def.id);
            if (found != it->cend())
                metrics.append(summarize(def, *found));
        }
        out.insert(it.key(), metrics);
    }
    return out;
}

QList<StepMetric> stepMetrics(const Workspace &workspace, const Journey &journey,
                              const QString &stepId)
{
    QList<StepMetric> out;
    for (const MetricDef &def : workspace.metricDefs) {
        QList<const MetricValue *> rows;
        for (const MetricValue &v : journey.metricValues) {
            if (v.step == stepId && v.metric == def.id && v.period.isEmpty() && v.segment.isEmpty())
                rows.append(&v);
        }
        if (!rows.isEmpty())
            out.append(summarize(def, rows));
    }
    return out;
}

QList<PeriodMetric> metricTrend(const Workspace &workspace, const Journey &journey,
                                const QString &stepId, const QString &metricId,
                                const QString &segment)
{
    const MetricDef *def = workspace.metricDef(metricId);
    if (!def)
        return {};
    QMap<QString, QList<const MetricValue *>> byPeriod; // sorted: "2026-03" < "2026-04"
    for (const MetricValue &v : journey.metricValues) {
        if (v.step == stepId && v.metric == metricId && !v.period.isEmpty() && v.segment == segment)
            byPeriod[v.period].append(&v);
    }
    QList<PeriodMetric> out;
    for (auto it = byPeriod.cbegin(); it != byPeriod.cend(); ++it)
        out.append({it.key(), summarize(*def, *it)});
    return out;
}

QStringList metricSegments(const Journey &journey)
{
    QStringList out;
    for (const MetricValue &v : journey.metricValues) {
        if (!v.segment.isEmpty() && !out.contains(v.segment))
            out.append(v.segment);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace waymark
