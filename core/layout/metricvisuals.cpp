#include "metricvisuals.h"

#include "model/workspace.h"

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {

// Piecewise-linear through (x, y) anchors with rising x; clamped at the ends.
double interpolate(const QList<std::pair<double, double>> &anchors, double x)
{
    if (x <= anchors.first().first)
        return anchors.first().second;
    for (qsizetype i = 1; i < anchors.size(); ++i) {
        const auto [x0, y0] = anchors[i - 1];
        const auto [x1, y1] = anchors[i];
        if (x <= x1)
            return x1 > x0 ? y0 + (y1 - y0) * (x - x0) / (x1 - x0) : y1;
    }
    return anchors.last().second;
}

} // namespace

MetricBand metricBand(const MetricDef &def, double value)
{
    if (!def.green || !def.amber || !std::isfinite(value))
        return MetricBand::None;
    const auto reaches = [&](double threshold) {
        return def.higherIsBetter ? value >= threshold : value <= threshold;
    };
    if (reaches(*def.green))
        return MetricBand::Good;
    return reaches(*def.amber) ? MetricBand::Watch : MetricBand::Bad;
}

std::optional<std::pair<double, double>> metricValueRange(const MetricDef &def)
{
    switch (def.formula) {
    case Formula::Nps:
        return std::pair(-100.0, 100.0);
    case Formula::Top2:
    case Formula::Agree:
    case Formula::Rate:
        return std::pair(0.0, 100.0);
    case Formula::Mean:
        if (def.scaleMin && def.scaleMax && *def.scaleMin < *def.scaleMax)
            return std::pair(*def.scaleMin, *def.scaleMax);
        return std::nullopt;
    case Formula::Sum:
    case Formula::Count:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<double> metricEmotion(const MetricDef &def, double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    // Lower-is-better metrics are mirrored, so "better" always rises.
    const double sign = def.higherIsBetter ? 1.0 : -1.0;
    const double v = sign * value;
    std::optional<std::pair<double, double>> range = metricValueRange(def);
    if (range) {
        range = std::pair(std::min(sign * range->first, sign * range->second),
                          std::max(sign * range->first, sign * range->second));
    }
    std::optional<std::pair<double, double>> targets; // amber, green
    if (def.green && def.amber && sign * *def.amber < sign * *def.green)
        targets = std::pair(sign * *def.amber, sign * *def.green);

    QList<std::pair<double, double>> anchors;
    if (targets && range && range->first < targets->first && targets->second < range->second) {
        anchors = {{range->first, -2.0},
                   {targets->first, -1.0},
                   {targets->second, 1.0},
                   {range->second, 2.0}};
    } else if (targets) {
        // No usable range: extend the amber-to-green slope by one width each way.
        const double width = targets->second - targets->first;
        anchors = {{targets->first - width / 2, -2.0},
                   {targets->first, -1.0},
                   {targets->second, 1.0},
                   {targets->second + width / 2, 2.0}};
    } else if (range) {
        anchors = {{range->first, -2.0}, {range->second, 2.0}};
    } else {
        return std::nullopt;
    }
    return std::clamp(interpolate(anchors, v), -2.0, 2.0);
}

QPolygonF sparklinePoints(const QList<double> &values, const QRectF &box)
{
    QPolygonF points;
    if (values.size() < 2 || box.isEmpty())
        return points;
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    const double span = *hi - *lo;
    const double dx = box.width() / double(values.size() - 1);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double t = span > 0 ? (values[i] - *lo) / span : 0.5;
        points.append(QPointF(box.left() + dx * double(i), box.bottom() - t * box.height()));
    }
    return points;
}

} // namespace waymark
