#include "observed.h"

#include "eventlog.h"

#include "graph/flowgraph.h"
#include "model/journey.h"

namespace waymark {

const ObservedStep *ObservedJourney::step(QStringView id) const
{
    for (const ObservedStep &s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

namespace {

// Conformance, deviations and the rest worked out again from the stored
// paths; what the map does not change (the times per step, what was read)
// is kept.
bool reobserve(ObservedJourney *observed, const Journey &journey)
{
    events::PathSummary paths;
    if (!events::loadPaths(observed->paths, journey, &paths))
        return false;
    paths.medianMinutes.assign(size_t(paths.stepCount), std::nullopt);
    paths.p90Minutes.assign(size_t(paths.stepCount), std::nullopt);
    for (const ObservedStep &s : std::as_const(observed->steps)) {
        const int i = journey.stepIndex(s.id);
        if (i < 0)
            continue;
        paths.medianMinutes[size_t(i)] = s.medianMinutes;
        paths.p90Minutes[size_t(i)] = s.p90Minutes;
    }
    ObservedJourney now = events::observe(journey, paths);
    now.source = observed->source;
    now.importedAt = observed->importedAt;
    now.rows = observed->rows;
    now.unmatchedEvents = observed->unmatchedEvents;
    now.unmatched = observed->unmatched;
    *observed = std::move(now);
    return true;
}

} // namespace

void refreshPlanned(ObservedJourney *observed, const Journey &journey)
{
    if (!observed->paths.isEmpty() && reobserve(observed, journey))
        return;
    const FlowGraph graph = buildFlowGraph(journey);
    for (ObservedTransition &t : observed->transitions) {
        t.planned = false;
        t.link.clear();
        const int a = graph.vertex(t.from), b = graph.vertex(t.to);
        if (a < 0 || b < 0)
            continue;
        for (int e = graph.outBegin[size_t(a)]; e < graph.outBegin[size_t(a) + 1]; ++e) {
            if (graph.edges[size_t(e)].to == b) {
                t.planned = true;
                t.link = graph.edges[size_t(e)].links.value(0);
                break;
            }
        }
    }
}

} // namespace waymark
