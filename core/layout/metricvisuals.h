#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <optional>

namespace waymark {

struct MetricDef;

// Where a value falls on a metric's targets (MetricDef::green / amber).
enum class MetricBand { None, Good, Watch, Bad };

// The band of `value`: good at or past green, watch at or past amber, bad
// otherwise ("past" follows higherIsBetter). None when a threshold is missing.
MetricBand metricBand(const MetricDef &def, double value);

// The range a metric's value can take under its formula: -100..100 for NPS,
// 0..100 for shares, the answer scale for means; none for sums and counts.
std::optional<std::pair<double, double>> metricValueRange(const MetricDef &def);

// A metric's value on the emotion scale (-2..+2), so the emotion curve can
// follow it. With targets, amber maps to -1 and green to +1 (the watch band
// sits around neutral), the ends of the range to -2 and +2, linear between;
// without targets, the range maps linearly. None when neither is known.
std::optional<double> metricEmotion(const MetricDef &def, double value);

// The polyline of a sparkline: `values` (oldest first) spread evenly across
// `box`, the lowest at the bottom and the highest at the top; a flat trend
// runs through the middle. Empty for fewer than two values.
QPolygonF sparklinePoints(const QList<double> &values, const QRectF &box);

} // namespace waymark
