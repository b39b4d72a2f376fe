#include "observed.h"

#include "eventlog.h"

#include "graph/flowgraph.h"
#include "model/journey.h"

#include <QCoreApplication>

#include <cstdlib>
#include <limits>

namespace waymark {

QString countedText(const char *context, const char *text, qint64 n)
{
    if (n >= 0 && n <= std::numeric_limits<int>::max())
        return QCoreApplication::translate(context, text, nullptr, int(n));
    const int same = int(1000000 + std::abs(n % 1000000));
    return QCoreApplication::translate(context, text, nullptr, same)
            .replace(QString::number(same), QString::number(n));
}

const ObservedStep *ObservedJourney::step(QStringView id) const
{
    for (const ObservedStep &s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

namespace {

// Conformance, deviations, the segments' counts and the rest worked out
// again from the stored paths; what the map does not change (the times and
// channel mix per step, what was read) is kept.
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
    now.channelColumn = observed->channelColumn;
    now.segmentColumn = observed->segmentColumn;
    // The channel mix does not depend on the map: kept per step.
    for (ObservedStep &s : now.steps) {
        if (const ObservedStep *before = observed->step(s.id))
            s.channels = before->channels;
    }
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
