#include "summary.h"

namespace waymark {

QList<StepMetric> stepMetrics(const Workspace &workspace, const Journey &journey,
                              const QString &stepId)
{
    QList<StepMetric> out;
    for (const MetricDef &def : workspace.metricDefs) {
        // The all-periods, all-segments row is the one the map shows.
        for (const MetricValue &v : journey.metricValues) {
            if (v.step == stepId && v.metric == def.id && v.period.isEmpty()
                && v.segment.isEmpty()) {
                out.append({def.id, v.value, v.n, def.formula});
                break;
            }
        }
    }
    return out;
}

} // namespace waymark
