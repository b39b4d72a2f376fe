#include "eventlog.h"

#include "graph/flowgraph.h"
#include "metrics/cellmap.h"
#include "model/journey.h"

#include <algorithm>
#include <thread>

namespace waymark::events {

namespace {

// What the plan says about pairs of steps (indexes in Journey::steps).
class Plan
{
public:
    explicit Plan(const Journey &journey)
        : m_graph(buildFlowGraph(journey))
        , m_reach(size_t(m_graph.vertexCount()))
    {}

    int vertex(int step) const
    {
        return step >= 0 && size_t(step) < m_graph.vertexOfStep.size()
                       ? m_graph.vertexOfStep[size_t(step)]
                       : -1;
    }
    bool entry(int step) const
    {
        const int v = vertex(step);
        return v >= 0 && m_graph.entry[size_t(v)];
    }
    bool goal(int step) const
    {
        const int v = vertex(step);
        return v >= 0 && m_graph.goal[size_t(v)];
    }
    // The edge from -> to, or null.
    const FlowEdge *edge(int from, int to) const
    {
        const int a = vertex(from), b = vertex(to);
        if (a < 0 || b < 0)
            return nullptr;
        for (int e = m_graph.outBegin[size_t(a)]; e < m_graph.outBegin[size_t(a) + 1]; ++e) {
            if (m_graph.edges[size_t(e)].to == b)
                return &m_graph.edges[size_t(e)];
        }
        return nullptr;
    }
    // Whether the plan leads from `from` to `to` in one or more links.
    bool reaches(int from, int to)
    {
        const int a = vertex(from), b = vertex(to);
        if (a < 0 || b < 0)
            return false;
        std::vector<char> &r = m_reach[size_t(a)];
        if (r.empty()) {
            r.assign(size_t(m_graph.vertexCount()), 0);
            std::vector<int> stack{a};
            while (!stack.empty()) {
                const int v = stack.back();
                stack.pop_back();
                for (int e = m_graph.outBegin[size_t(v)]; e < m_graph.outBegin[size_t(v) + 1];
                     ++e) {
                    const int w = m_graph.edges[size_t(e)].to;
                    if (!r[size_t(w)]) {
                        r[size_t(w)] = 1;
                        stack.push_back(w);
                    }
                }
            }
        }
        return r[size_t(b)];
    }

private:
    FlowGraph m_graph;
    std::vector<std::vector<char>> m_reach;
};

} // namespace

ObservedJourney observe(const Journey &journey, const PathSummary &paths)
{
    ObservedJourney out;
    out.journey = journey.id;
    Plan plan(journey);
    const size_t stepCount = size_t(paths.stepCount);
    const size_t variants = paths.variantCount();
    std::vector<qint64> visits(stepCount, 0), stepCases(stepCount, 0), dropOff(stepCount, 0);
    std::vector<size_t> stepStamp(stepCount, ~size_t(0));

    // Transitions: derived from the variants unless the server counted them.
    CellMap transitionIndex;
    std::vector<PathSummary::Transition> transitions;
    std::vector<size_t> transitionStamp;
    const bool derive = paths.transitions.empty();
    if (!derive)
        transitions = paths.transitions;
    // Per variant: whether its cases reached a goal, and conformed (for the segments).
    std::vector<char> variantReached(variants, 0), variantConformant(variants, 0);

    // The variants' listing order is sorted on the other core meanwhile
    // (a million variants take as long to sort as to walk below).
    std::vector<uint32_t> order;
    std::thread sorter;
    if (variants > 20000)
        sorter = std::thread([&] { order = paths.listingOrder(); });
    else
        order = paths.listingOrder();

    for (size_t v = 0; v < variants; ++v) {
        const int32_t *p = paths.arena.data() + paths.begin[v];
        const size_t n = paths.begin[v + 1] - paths.begin[v];
        const qint64 cases = paths.variantCases[v];
        if (n == 0)
            continue;
        out.cases += cases;
        bool reachedGoal = false;
        for (size_t i = 0; i < n; ++i) {
            const size_t s = size_t(p[i]);
            visits[s] += cases;
            if (stepStamp[s] != v) {
                stepStamp[s] = v;
                stepCases[s] += cases;
            }
            reachedGoal = reachedGoal || plan.goal(p[i]);
        }
        bool planned = true, skipped = false, backtrack = false, adHoc = false, repeated = false;
        for (size_t i = 0; i + 1 < n; ++i) {
            const int a = p[i], b = p[i + 1];
            if (derive) {
                bool added = false;
                const uint64_t key = (uint64_t(uint32_t(a)) << 32) | uint32_t(b);
                const int t = transitionIndex.findOrAdd(key, int(transitions.size()), &added);
                if (added) {
                    transitions.push_back({a, b, 0, 0});
                    transitionStamp.push_back(~size_t(0));
                }
                transitions[size_t(t)].count += cases;
                if (transitionStamp[size_t(t)] != v) {
                    transitionStamp[size_t(t)] = v;
                    transitions[size_t(t)].cases += cases;
                }
            }
            if (plan.edge(a, b))
                continue;
            planned = false;
            if (a == b)
                repeated = true;
            else if (plan.reaches(a, b))
                skipped = true;
            else if (plan.reaches(b, a))
                backtrack = true;
            else
                adHoc = true;
        }
        const bool endsAtGoal = plan.goal(p[n - 1]);
        const bool conformant = planned && plan.entry(p[0]) && endsAtGoal;
        variantReached[v] = reachedGoal;
        variantConformant[v] = conformant;
        out.reachedGoal += reachedGoal ? cases : 0;
        out.conformant += conformant ? cases : 0;
        out.deviations.skipped += skipped ? cases : 0;
        out.deviations.backtrack += backtrack ? cases : 0;
        out.deviations.adHoc += adHoc ? cases : 0;
        out.deviations.repeated += repeated ? cases : 0;
        out.deviations.incomplete += endsAtGoal ? 0 : cases;
        if (!reachedGoal)
            dropOff[size_t(p[n - 1])] += cases;
    }
    out.events = paths.events;
    out.variantCount = qint64(variants);

    // The cases by segment value.
    {
        std::vector<ObservedSegment> segments(size_t(paths.segmentNames.size()));
        for (const PathSummary::SegmentCases &x : paths.segmentCases) {
            if (x.variant >= variants || x.segment < 0 || size_t(x.segment) >= segments.size()
                || paths.begin[x.variant + 1] == paths.begin[x.variant])
                continue;
            ObservedSegment &g = segments[size_t(x.segment)];
            g.cases += x.cases;
            g.reachedGoal += variantReached[x.variant] ? x.cases : 0;
            g.conformant += variantConformant[x.variant] ? x.cases : 0;
        }
        for (size_t i = 0; i < segments.size(); ++i) {
            segments[i].value = paths.segmentNames[qsizetype(i)];
            if (segments[i].cases > 0)
                out.segments.append(segments[i]);
        }
        std::sort(out.segments.begin(), out.segments.end(),
                  [](const ObservedSegment &a, const ObservedSegment &b) {
                      return a.cases != b.cases ? a.cases > b.cases : a.value < b.value;
                  });
    }
    // The channel mix per step.
    std::vector<QList<ObservedChannel>> channels(stepCount);
    for (const ChannelVisits &c : paths.channelVisits) {
        if (c.step >= 0 && size_t(c.step) < stepCount && c.channel >= 0
            && c.channel < paths.channelNames.size() && c.visits > 0)
            channels[size_t(c.step)].append({paths.channelNames[c.channel], c.visits});
    }

    // Steps that were visited, in journey order.
    for (size_t s = 0; s < stepCount && s < size_t(journey.steps.size()); ++s) {
        if (visits[s] == 0)
            continue;
        ObservedStep o;
        o.id = journey.steps[qsizetype(s)].id;
        o.visits = visits[s];
        o.cases = stepCases[s];
        o.dropOff = dropOff[s];
        o.channels = std::move(channels[s]);
        std::sort(o.channels.begin(), o.channels.end(),
                  [](const ObservedChannel &a, const ObservedChannel &b) {
                      return a.visits != b.visits ? a.visits > b.visits : a.value < b.value;
                  });
        if (s < paths.medianMinutes.size()) {
            o.medianMinutes = paths.medianMinutes[s];
            o.p90Minutes = paths.p90Minutes[s];
        }
        out.steps.append(o);
    }

    // Transitions, most frequent first, then in map order.
    std::sort(transitions.begin(), transitions.end(),
              [](const PathSummary::Transition &x, const PathSummary::Transition &y) {
                  if (x.count != y.count)
                      return x.count > y.count;
                  return x.from != y.from ? x.from < y.from : x.to < y.to;
              });
    for (const PathSummary::Transition &t : transitions) {
        ObservedTransition o;
        o.from = journey.steps.value(t.from).id;
        o.to = journey.steps.value(t.to).id;
        o.count = t.count;
        o.cases = t.cases;
        o.share = visits[size_t(t.from)] > 0 ? double(t.count) / double(visits[size_t(t.from)]) : 0;
        if (const FlowEdge *e = plan.edge(t.from, t.to)) {
            o.planned = true;
            o.link = e->links.value(0);
        }
        out.transitions.append(o);
    }

    // The most frequent variants; ties in map order of their steps.
    if (sorter.joinable())
        sorter.join();
    const size_t keep = std::min(order.size(), size_t(kMaxStoredVariants));
    for (size_t k = 0; k < keep; ++k) {
        const uint32_t v = order[k];
        const int32_t *p = paths.arena.data() + paths.begin[v];
        const size_t n = paths.begin[v + 1] - paths.begin[v];
        if (n == 0)
            continue;
        ObservedVariant o;
        o.cases = paths.variantCases[v];
        bool planned = true;
        for (size_t i = 0; i < n; ++i) {
            o.steps.append(journey.steps.value(p[i]).id);
            if (i + 1 < n && !plan.edge(p[i], p[i + 1]))
                planned = false;
        }
        o.conformant = planned && plan.entry(p[0]) && plan.goal(p[n - 1]);
        out.variants.append(o);
    }
    out.paths = storePaths(journey, paths, order);
    return out;
}

} // namespace waymark::events
