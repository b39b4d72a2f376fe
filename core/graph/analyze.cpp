#include "algorithms.h"
#include "model/workspace.h"

#include <algorithm>

namespace waymark {

namespace {

// Progress in whole percent, each value once; and the cancel flag.
class Control
{
public:
    explicit Control(const AnalysisOptions &options)
        : m_options(options)
    {}
    bool cancelled() const
    {
        return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed);
    }
    void progress(int percent)
    {
        if (m_options.progress && percent > m_last) {
            m_last = percent;
            m_options.progress(percent);
        }
    }

private:
    const AnalysisOptions &m_options;
    int m_last = -1;
};

QStringList idsOf(const FlowGraph &g, const std::vector<int> &vertices)
{
    QStringList out;
    out.reserve(qsizetype(vertices.size()));
    for (int v : vertices)
        out.append(g.ids[v]);
    return out;
}

// The loops: strongly connected groups of more than one step, and steps
// linked to themselves. Each is listed from its earliest step (journey order)
// in breadth-first order along its links, which for a simple loop is the
// order customers go round it.
QList<QStringList> findCycles(const FlowGraph &g, const Digraph &d)
{
    std::vector<int> component;
    const int count = strongComponents(d, &component);
    std::vector<std::vector<int>> members(static_cast<size_t>(count));
    for (int v = 0; v < g.vertexCount(); ++v)
        members[size_t(component[size_t(v)])].push_back(v);
    std::vector<std::vector<int>> loops;
    for (std::vector<int> &m : members) {
        if (m.size() > 1 || (m.size() == 1 && g.selfLink[size_t(m[0])]))
            loops.push_back(std::move(m));
    }
    std::sort(loops.begin(), loops.end(),
              [](const std::vector<int> &a, const std::vector<int> &b) { return a[0] < b[0]; });
    QList<QStringList> out;
    std::vector<char> seen(size_t(g.vertexCount()), 0);
    for (const std::vector<int> &loop : loops) {
        const int c = component[size_t(loop[0])];
        std::vector<int> order{loop[0]};
        seen[size_t(loop[0])] = 1;
        for (size_t k = 0; k < order.size(); ++k) {
            const int v = order[k];
            for (int i = d.begin[size_t(v)]; i < d.begin[size_t(v) + 1]; ++i) {
                const int w = d.target[size_t(i)];
                if (component[size_t(w)] == c && !seen[size_t(w)]) {
                    seen[size_t(w)] = 1;
                    order.push_back(w);
                }
            }
        }
        out.append(idsOf(g, order));
    }
    return out;
}

// Channel switches of the whole map, counted like those of a path: steps
// without a channel are looked through, so web -> (backstage) -> email is one
// switch. Each pair of steps with a channel that customers can go between
// directly or through steps without one counts once when the channels differ.
int channelSwitchesOnMap(const FlowGraph &g, const Digraph &d, const std::vector<char> &reached)
{
    const int n = g.vertexCount();
    int count = 0;
    std::vector<int> seenFrom(size_t(n), -1), stack;
    for (int u = 0; u < n; ++u) {
        if (!reached[size_t(u)] || g.channels[u].isEmpty())
            continue;
        stack.assign(d.target.begin() + d.begin[size_t(u)],
                     d.target.begin() + d.begin[size_t(u) + 1]);
        while (!stack.empty()) {
            const int w = stack.back();
            stack.pop_back();
            if (seenFrom[size_t(w)] == u)
                continue;
            seenFrom[size_t(w)] = u;
            if (!g.channels[w].isEmpty()) {
                count += g.channels[w] != g.channels[u] ? 1 : 0;
                continue;
            }
            for (int i = d.begin[size_t(w)]; i < d.begin[size_t(w) + 1]; ++i)
                stack.push_back(d.target[size_t(i)]);
        }
    }
    return count;
}

JourneyPath makePath(const FlowGraph &g, const std::vector<int> &vertices,
                     const std::vector<int> &hops, double share)
{
    JourneyPath p;
    p.steps = idsOf(g, vertices);
    p.share = share;
    for (int e : hops) {
        const FlowEdge &edge = g.edges[size_t(e)];
        p.links.append(edge.links);
        if (edge.seam)
            ++p.handoffs;
    }
    // Channel switches count only the steps that have a channel.
    QString last;
    for (int v : vertices) {
        const QString &channel = g.channels[v];
        if (channel.isEmpty())
            continue;
        if (!last.isEmpty() && channel != last)
            ++p.channelSwitches;
        last = channel;
    }
    return p;
}

QList<StepFlow> flowList(const FlowGraph &g, const Transitions &t, const Absorption &a)
{
    QList<StepFlow> out;
    out.reserve(g.vertexCount());
    for (int v = 0; v < g.vertexCount(); ++v) {
        StepFlow f;
        f.step = g.ids[v];
        f.visits = a.visits[size_t(v)];
        f.dropOff = t.leave[size_t(v)];
        f.lost = a.lost[size_t(v)];
        f.trapped = a.trapped[size_t(v)];
        out.append(f);
    }
    return out;
}

} // namespace

JourneyAnalysis analyzeJourney(const Journey &journey, const QList<MetricDef> &metricDefs,
                               const AnalysisOptions &options)
{
    Control control(options);
    JourneyAnalysis a;
    a.journeyId = journey.id;
    control.progress(0);

    const FlowGraph g = buildFlowGraph(journey, metricDefs);
    const int n = g.vertexCount();
    const Transitions t = resolveTransitions(g);
    a.outside = g.outside;
    a.entries = idsOf(g, g.entries);
    a.goals = idsOf(g, g.goals);
    a.entriesInferred = !g.entriesExplicit;
    a.goalsInferred = !g.goalsExplicit;

    // Reachability runs through goals: a step after a goal is still reached.
    const Digraph d = flowDigraph(g, false);
    const std::vector<char> reached = reachableFrom(d, g.entries);
    for (int v = 0; v < n; ++v) {
        if (!reached[size_t(v)])
            a.unreachable.append(g.ids[v]);
        // A link to itself leads nowhere: such a step is a dead end too.
        else if (!g.goal[size_t(v)] && d.begin[size_t(v)] == d.begin[size_t(v) + 1])
            a.deadEnds.append(g.ids[v]);
    }
    for (const FlowEdge &e : g.edges) {
        if (e.from != e.to && reached[size_t(e.from)] && e.seam)
            ++a.handoffs;
    }
    a.channelSwitches = channelSwitchesOnMap(g, d, reached);
    a.cycles = findCycles(g, d);
    control.progress(10);
    if (control.cancelled()) {
        a.cancelled = true;
        return a;
    }

    a.mustPass = idsOf(g, mustPassVertices(g));
    control.progress(15);

    const PathSearch paths = searchPaths(g, t, options);
    if (paths.cancelled || control.cancelled()) {
        a.cancelled = true;
        return a;
    }
    for (size_t i = 0; i < paths.paths.size(); ++i)
        a.paths.append(makePath(g, paths.paths[i], paths.hops[i], paths.shares[i]));
    a.pathCount = paths.count;
    a.pathCountExact = paths.countExact;
    a.pathsTruncated = !paths.countExact || paths.count > qint64(a.paths.size());
    control.progress(40);

    const Absorption absorption = absorb(g, t);
    a.goalShare = absorption.goalShare;
    a.flow = flowList(g, t, absorption);
    control.progress(45);
    if (control.cancelled()) {
        a.cancelled = true;
        return a;
    }

    std::vector<double> centrality;
    if (options.centrality) {
        const bool finished = betweenness(d, &centrality, [&](int done, int total) {
            control.progress(45 + 50 * done / std::max(1, total));
            return !control.cancelled();
        });
        if (!finished) {
            a.cancelled = true;
            return a;
        }
        for (int v = 0; v < n; ++v)
            a.centrality.append({g.ids[v], centrality[size_t(v)]});
    }
    a.importance = rankImportance(journey, metricDefs, g, absorption, centrality);
    control.progress(100);
    return a;
}

WhatIfResult whatIf(const FlowGraph &graph, const WhatIf &changes)
{
    WhatIfResult r;
    r.before = absorb(graph, resolveTransitions(graph)).goalShare;
    const Transitions t = resolveTransitions(graph, &changes);
    const Absorption a = absorb(graph, t);
    r.after = a.goalShare;
    r.flow = flowList(graph, t, a);
    return r;
}

WhatIfResult whatIf(const Journey &journey, const QList<MetricDef> &metricDefs,
                    const WhatIf &changes)
{
    return whatIf(buildFlowGraph(journey, metricDefs), changes);
}

} // namespace waymark
