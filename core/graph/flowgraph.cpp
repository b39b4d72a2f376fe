#include "flowgraph.h"

#include "analysis.h"
#include "model/workspace.h"

#include <algorithm>

namespace waymark {

namespace {

// Cards that comment on the journey rather than being a step of it.
bool isAnnotation(const Step &step, const Journey &journey)
{
    switch (step.kind) {
    case StepKind::Evidence:
    case StepKind::PainPoint:
    case StepKind::Opportunity:
    case StepKind::Note:
        return true;
    default:
        break;
    }
    const Lane *lane = journey.lane(step.lane);
    if (!lane)
        return false;
    switch (lane->kind) {
    case LaneKind::Evidence:
    case LaneKind::Emotions:
    case LaneKind::Thoughts:
    case LaneKind::PainPoints:
    case LaneKind::Opportunities:
    case LaneKind::Metrics:
    case LaneKind::Support:
        return true;
    default:
        return false;
    }
}

// Conversion metrics (kind conversion) give the share of a step's customers
// who go on; a value above 1 is a percentage.
std::vector<double> conversionRates(const Journey &journey, const QList<MetricDef> &defs,
                                    const FlowGraph &g, int vertexCount)
{
    std::vector<double> rates(size_t(vertexCount), -1.0);
    QStringList conversionIds;
    for (const MetricDef &d : defs) {
        if (d.kind == MetricKind::Conversion)
            conversionIds.append(d.id);
    }
    if (conversionIds.isEmpty())
        return rates;
    for (const MetricValue &v : journey.metricValues) {
        if (!v.period.isEmpty() || !v.segment.isEmpty() || !conversionIds.contains(v.metric))
            continue;
        const int vertex = g.vertex(v.step);
        if (vertex < 0)
            continue;
        const double rate = v.value > 1.0 ? v.value / 100.0 : v.value;
        rates[size_t(vertex)] = std::clamp(rate, 0.0, 1.0);
    }
    return rates;
}

} // namespace

int FlowGraph::vertex(const QString &stepId) const
{
    const auto it = stepIndexOf.find(stepId);
    return it == stepIndexOf.end() ? -1 : vertexOfStep[size_t(it->second)];
}

FlowGraph buildFlowGraph(const Journey &journey, const QList<MetricDef> &metricDefs)
{
    FlowGraph g;
    g.journeyId = journey.id;

    // Every id is hashed once: the steps here, each link's two ends below.
    auto &stepIndex = g.stepIndexOf;
    stepIndex.reserve(size_t(journey.steps.size()));
    for (int i = 0; i < journey.steps.size(); ++i)
        stepIndex.emplace(journey.steps[i].id, i);
    auto indexOf = [&stepIndex](const QString &id) {
        const auto it = stepIndex.find(id);
        return it == stepIndex.end() ? -1 : it->second;
    };
    std::vector<std::pair<int, int>> ends(size_t(journey.links.size()));

    const qsizetype stepCount = journey.steps.size();
    std::vector<char> carried(size_t(stepCount), 0), linked(size_t(stepCount), 0);
    bool anyEntry = false, anyGoal = false;
    for (const Step &s : journey.steps) {
        anyEntry = anyEntry || s.entry;
        anyGoal = anyGoal || s.goal;
    }
    for (int i = 0; i < journey.links.size(); ++i) {
        const Link &l = journey.links[i];
        const int from = indexOf(l.from), to = indexOf(l.to);
        ends[size_t(i)] = {from, to};
        if (from < 0 || to < 0)
            continue;
        linked[size_t(from)] = linked[size_t(to)] = 1;
        if (carriesCustomers(l.kind))
            carried[size_t(from)] = carried[size_t(to)] = 1;
    }

    g.vertexOfStep.assign(size_t(stepCount), -1);
    for (int i = 0; i < stepCount; ++i) {
        const Step &s = journey.steps[i];
        const bool in = carried[size_t(i)] || s.entry || s.goal
                        || (!linked[size_t(i)] && !isAnnotation(s, journey));
        if (!in) {
            g.outside.append(s.id);
            continue;
        }
        g.vertexOfStep[size_t(i)] = int(g.ids.size());
        g.ids.append(s.id);
        g.stepIndex.push_back(i);
        g.owners.append(s.owner.trimmed());
        g.channels.append(s.channel);
    }
    const int n = g.vertexCount();
    g.selfLink.assign(size_t(n), 0);

    // Merge parallel links: one edge per (from, to), in journey order.
    struct Raw
    {
        int from, to, link;
    };
    std::vector<Raw> raw;
    raw.reserve(size_t(journey.links.size()));
    g.edges.reserve(size_t(journey.links.size()));
    for (int i = 0; i < journey.links.size(); ++i) {
        const Link &l = journey.links[i];
        if (!carriesCustomers(l.kind))
            continue;
        const auto [fromStep, toStep] = ends[size_t(i)];
        if (fromStep < 0 || toStep < 0)
            continue;
        const int from = g.vertexOfStep[size_t(fromStep)], to = g.vertexOfStep[size_t(toStep)];
        if (from < 0 || to < 0)
            continue;
        if (from == to)
            g.selfLink[size_t(from)] = 1;
        raw.push_back({from, to, i});
    }
    std::stable_sort(raw.begin(), raw.end(), [](const Raw &a, const Raw &b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    for (const Raw &r : raw) {
        const Link &l = journey.links[r.link];
        if (g.edges.empty() || g.edges.back().from != r.from || g.edges.back().to != r.to) {
            FlowEdge e;
            e.from = r.from;
            e.to = r.to;
            e.share = l.share;
            const QString &a = g.owners[r.from], &b = g.owners[r.to];
            e.seam = !a.isEmpty() && !b.isEmpty() && a.compare(b, Qt::CaseInsensitive) != 0;
            const QString &ca = g.channels[r.from], &cb = g.channels[r.to];
            e.channelSwitch = !ca.isEmpty() && !cb.isEmpty() && ca != cb;
            g.edges.push_back(e);
        } else if (g.edges.back().share && l.share) {
            g.edges.back().share = *g.edges.back().share + *l.share;
        } else {
            g.edges.back().share.reset();
        }
        FlowEdge &e = g.edges.back();
        e.links.append(l.id);
        e.linkShares.append(l.share);
        if (l.kind == LinkKind::Handoff)
            e.handoffLink = e.seam = true;
    }
    g.outBegin.assign(size_t(n) + 1, 0);
    for (const FlowEdge &e : g.edges)
        ++g.outBegin[size_t(e.from) + 1];
    for (int v = 0; v < n; ++v)
        g.outBegin[size_t(v) + 1] += g.outBegin[size_t(v)];

    // Entries and goals: flags when the journey has any, else from the links.
    std::vector<int> inOthers(size_t(n), 0), outOthers(size_t(n), 0);
    for (const FlowEdge &e : g.edges) {
        if (e.from != e.to) {
            ++outOthers[size_t(e.from)];
            ++inOthers[size_t(e.to)];
        }
    }
    g.entriesExplicit = anyEntry;
    g.goalsExplicit = anyGoal;
    g.entry.assign(size_t(n), 0);
    g.goal.assign(size_t(n), 0);
    for (int v = 0; v < n; ++v) {
        const Step &s = journey.steps[g.stepIndex[size_t(v)]];
        g.entry[size_t(v)] = anyEntry ? s.entry : (outOthers[size_t(v)] && !inOthers[size_t(v)]);
        g.goal[size_t(v)] = anyGoal ? s.goal : (inOthers[size_t(v)] && !outOthers[size_t(v)]);
        if (g.entry[size_t(v)])
            g.entries.push_back(v);
        if (g.goal[size_t(v)])
            g.goals.push_back(v);
    }
    g.conversion = conversionRates(journey, metricDefs, g, n);
    return g;
}

Transitions resolveTransitions(const FlowGraph &graph, const WhatIf *whatIf)
{
    const int n = graph.vertexCount();
    Transitions t;
    t.p.assign(graph.edges.size(), 0.0);
    t.leave.assign(size_t(n), 0.0);
    const bool overrides = whatIf && !whatIf->linkShares.isEmpty();
    for (int v = 0; v < n; ++v) {
        const int first = graph.outBegin[size_t(v)], last = graph.outBegin[size_t(v) + 1];
        double known = 0;
        int unknown = 0;
        for (int e = first; e < last; ++e) {
            const FlowEdge &edge = graph.edges[size_t(e)];
            std::optional<double> share = edge.share;
            if (overrides) {
                // Recompute the edge's share from its links, with the what-if's.
                bool allKnown = true;
                double sum = 0;
                bool touched = false;
                for (int i = 0; i < edge.links.size(); ++i) {
                    const auto it = whatIf->linkShares.constFind(edge.links[i]);
                    touched = touched || it != whatIf->linkShares.cend();
                    if (it != whatIf->linkShares.cend())
                        sum += std::clamp(*it, 0.0, 1.0);
                    else if (edge.linkShares[i])
                        sum += *edge.linkShares[i];
                    else
                        allKnown = false;
                }
                if (touched)
                    share = allKnown ? std::optional<double>(sum) : std::nullopt;
            }
            if (share) {
                t.p[size_t(e)] = std::max(0.0, *share);
                known += t.p[size_t(e)];
            } else {
                t.p[size_t(e)] = -1; // filled below
                ++unknown;
            }
        }
        const double conversion = graph.conversion[size_t(v)];
        const double target = conversion >= 0 ? conversion : 1.0;
        const double scale = known > 1.0 ? 1.0 / known : 1.0;
        const double each = unknown ? std::max(0.0, target - known) / unknown : 0.0;
        double sum = 0;
        for (int e = first; e < last; ++e) {
            double &p = t.p[size_t(e)];
            p = p < 0 ? each : p * scale;
            sum += p;
        }
        if (whatIf && last > first) {
            const auto it = whatIf->dropOffs.constFind(graph.ids[v]);
            if (it != whatIf->dropOffs.cend()) {
                const double go = 1.0 - std::clamp(*it, 0.0, 1.0);
                for (int e = first; e < last; ++e) {
                    double &p = t.p[size_t(e)];
                    p = sum > 0 ? p * go / sum : go / (last - first);
                }
                sum = go;
            }
        }
        t.leave[size_t(v)] = graph.goal[size_t(v)] ? 0.0 : std::max(0.0, 1.0 - sum);
    }
    return t;
}

} // namespace waymark
