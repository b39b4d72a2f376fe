#include "observed.h"

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

void refreshPlanned(ObservedJourney *observed, const Journey &journey)
{
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
