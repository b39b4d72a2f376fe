// Which steps matter most. The score is the mean of up to three parts, each
// scaled so that the top step has 1:
// - lost: the share of all customers who leave the journey at the step;
// - centrality: betweenness (how many shortest routes run through the step);
// - bad scores: the step's traffic times how bad its metric values are, only
//   when the journey has metric values (period "" and segment "").
// Traffic is the expected visits of the Markov chain, or the step's volume
// metric where it has one (relative to the busiest step either way).

#include "algorithms.h"
#include "model/workspace.h"

#include <algorithm>

namespace waymark {

std::optional<double> badness(const MetricDef &def, double value)
{
    std::optional<double> lo, hi;
    switch (def.formula) {
    case Formula::Nps:
        lo = -100.0, hi = 100.0;
        break;
    case Formula::Top2:
    case Formula::Agree:
    case Formula::Rate:
        lo = 0.0, hi = 100.0;
        break;
    case Formula::Mean:
        lo = def.scaleMin, hi = def.scaleMax;
        break;
    case Formula::Sum:
    case Formula::Count:
        break;
    }
    if (lo && hi && *hi > *lo) {
        const double t = std::clamp((value - *lo) / (*hi - *lo), 0.0, 1.0);
        return def.higherIsBetter ? 1.0 - t : t;
    }
    // No range: the red / amber / green thresholds, when the metric has them.
    if (def.green && def.amber) {
        const bool good = def.higherIsBetter ? value >= *def.green : value <= *def.green;
        const bool watch = def.higherIsBetter ? value >= *def.amber : value <= *def.amber;
        return good ? 0.0 : watch ? 0.5 : 1.0;
    }
    return std::nullopt;
}

QList<StepImportance> rankImportance(const Journey &journey, const QList<MetricDef> &metricDefs,
                                     const FlowGraph &graph, const Absorption &absorption,
                                     const std::vector<double> &centrality)
{
    const int n = graph.vertexCount();
    std::vector<double> badSum(size_t(n), 0.0), volume(size_t(n), -1.0);
    std::vector<int> badCount(size_t(n), 0);
    QHash<QString, const MetricDef *> defs;
    for (const MetricDef &d : metricDefs)
        defs.insert(d.id, &d);
    for (const MetricValue &mv : journey.metricValues) {
        if (!mv.period.isEmpty() || !mv.segment.isEmpty())
            continue;
        const int v = graph.vertex(mv.step);
        const MetricDef *def = defs.value(mv.metric);
        if (v < 0 || !def)
            continue;
        if (def->kind == MetricKind::Volume) {
            volume[size_t(v)] = mv.value;
        } else if (def->kind != MetricKind::Conversion) { // conversion feeds the shares
            if (const auto bad = badness(*def, mv.value)) {
                badSum[size_t(v)] += *bad;
                ++badCount[size_t(v)];
            }
        }
    }

    auto maxOf = [](const std::vector<double> &values) {
        double m = 0;
        for (double x : values)
            m = std::max(m, x);
        return m;
    };
    const double maxVisits = maxOf(absorption.visits), maxVolume = maxOf(volume);
    const double maxLost = maxOf(absorption.lost), maxCentrality = maxOf(centrality);
    std::vector<double> traffic(static_cast<size_t>(n)), weighted(size_t(n), 0.0);
    bool anyMetrics = false;
    for (int v = 0; v < n; ++v) {
        traffic[size_t(v)]
                = volume[size_t(v)] >= 0 && maxVolume > 0
                          ? volume[size_t(v)] / maxVolume
                          : (maxVisits > 0 ? absorption.visits[size_t(v)] / maxVisits : 0.0);
        if (badCount[size_t(v)]) {
            anyMetrics = true;
            weighted[size_t(v)] = traffic[size_t(v)] * badSum[size_t(v)] / badCount[size_t(v)];
        }
    }
    const double maxWeighted = maxOf(weighted);
    const bool withCentrality = !centrality.empty();
    const int parts = 1 + (withCentrality ? 1 : 0) + (anyMetrics ? 1 : 0);

    QList<StepImportance> out;
    out.reserve(n);
    for (int v = 0; v < n; ++v) {
        StepImportance s;
        s.step = graph.ids[v];
        s.lost = maxLost > 0 ? absorption.lost[size_t(v)] / maxLost : 0.0;
        s.centrality
                = withCentrality && maxCentrality > 0 ? centrality[size_t(v)] / maxCentrality : 0.0;
        s.traffic = traffic[size_t(v)];
        s.hasMetrics = badCount[size_t(v)] > 0;
        s.badness = s.hasMetrics ? badSum[size_t(v)] / badCount[size_t(v)] : 0.0;
        const double bad = maxWeighted > 0 ? weighted[size_t(v)] / maxWeighted : 0.0;
        s.score = (s.lost + s.centrality + bad) / parts;
        out.append(s);
    }
    std::stable_sort(out.begin(), out.end(), [](const StepImportance &a, const StepImportance &b) {
        return a.score > b.score;
    });
    return out;
}

} // namespace waymark
