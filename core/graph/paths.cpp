// Entry-to-goal paths, most likely first, and how many there are.
//
// A path is simple (no step twice) and ends at the first goal it reaches, as
// in the goal share: a customer who reaches a goal has arrived. Its share is
// the product of its hops' probabilities (resolveTransitions), so in a map
// without loops and with one entry the shares of all paths add up to the goal
// share.
//
// Listing every simple path is exponential, so the search is best-first (A*):
// partial paths are expanded in the order of their share times the best share
// any continuation could still reach (the widest path to a goal, an upper
// bound). The first complete paths popped are then exactly the most likely
// ones, and the search stops after `pathLimit` of them or after
// `pathSearchBudget` expansions.

#include "algorithms.h"

#include <algorithm>
#include <queue>

namespace waymark {

namespace {

constexpr int kCancelCheck = 4096;

bool cancelled(const AnalysisOptions &o)
{
    return o.cancel && o.cancel->load(std::memory_order_relaxed);
}

// Vertices from which some hop path (ignoring shares, not passing through a
// goal) reaches a goal.
std::vector<char> leadsToGoal(const FlowGraph &g)
{
    const int n = g.vertexCount();
    std::vector<std::vector<int>> into(static_cast<size_t>(n));
    for (const FlowEdge &e : g.edges) {
        if (e.from != e.to && !g.goal[size_t(e.from)])
            into[size_t(e.to)].push_back(e.from);
    }
    std::vector<char> ok = g.goal;
    std::vector<int> stack(g.goals.begin(), g.goals.end());
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        for (int u : into[size_t(v)]) {
            if (!ok[size_t(u)]) {
                ok[size_t(u)] = 1;
                stack.push_back(u);
            }
        }
    }
    return ok;
}

// The best share a customer at v can still reach a goal with (walks allowed:
// an upper bound for simple paths). Dijkstra on products, from the goals back.
std::vector<double> bestToGoal(const FlowGraph &g, const Transitions &t)
{
    const int n = g.vertexCount();
    std::vector<std::vector<std::pair<int, double>>> into(static_cast<size_t>(n));
    for (int e = 0; e < g.edgeCount(); ++e) {
        const FlowEdge &edge = g.edges[size_t(e)];
        if (edge.from != edge.to && !g.goal[size_t(edge.from)] && t.p[size_t(e)] > 0)
            into[size_t(edge.to)].emplace_back(edge.from, t.p[size_t(e)]);
    }
    std::vector<double> best(size_t(n), 0.0);
    std::vector<char> done(size_t(n), 0);
    std::priority_queue<std::pair<double, int>> queue;
    for (int goal : g.goals) {
        best[size_t(goal)] = 1.0;
        queue.emplace(1.0, goal);
    }
    while (!queue.empty()) {
        const auto [h, v] = queue.top();
        queue.pop();
        if (done[size_t(v)])
            continue;
        done[size_t(v)] = 1;
        for (const auto &[u, p] : into[size_t(v)]) {
            if (!done[size_t(u)] && h * p > best[size_t(u)]) {
                best[size_t(u)] = h * p;
                queue.emplace(best[size_t(u)], u);
            }
        }
    }
    return best;
}

struct Partial
{
    int vertex;
    int parent; // index in the node list, -1 at an entry
    int edge;   // edge from the parent, -1 at an entry
    int depth;
    double share;
};

struct Queued
{
    double priority;
    int depth;
    qint64 seq;
    int node;
    bool operator<(const Queued &o) const
    {
        // Highest bound first; among equals the deeper one (it completes
        // sooner), then the older one, so the order is deterministic.
        if (priority != o.priority)
            return priority < o.priority;
        if (depth != o.depth)
            return depth < o.depth;
        return seq > o.seq;
    }
};

void listPaths(const FlowGraph &g, const Transitions &t, const AnalysisOptions &o,
               const std::vector<char> &useful, PathSearch *out)
{
    const std::vector<double> bound = bestToGoal(g, t);
    std::vector<Partial> nodes;
    std::priority_queue<Queued> queue;
    qint64 seq = 0;
    for (int e : g.entries) {
        if (!useful[size_t(e)])
            continue;
        nodes.push_back({e, -1, -1, 0, 1.0});
        queue.push({bound[size_t(e)], 0, seq++, int(nodes.size()) - 1});
    }
    auto onPath = [&](int node, int vertex) {
        for (; node >= 0; node = nodes[size_t(node)].parent) {
            if (nodes[size_t(node)].vertex == vertex)
                return true;
        }
        return false;
    };
    qint64 expanded = 0;
    const int limit = std::max(0, o.pathLimit);
    while (!queue.empty()) {
        if (int(out->paths.size()) >= limit || expanded >= o.pathSearchBudget) {
            out->searchComplete = false;
            return;
        }
        if (++expanded % kCancelCheck == 0 && cancelled(o)) {
            out->cancelled = true;
            return;
        }
        const int index = queue.top().node;
        queue.pop();
        const Partial node = nodes[size_t(index)];
        if (g.goal[size_t(node.vertex)]) {
            std::vector<int> vertices(size_t(node.depth) + 1), hops(size_t(node.depth));
            for (int i = index; i >= 0; i = nodes[size_t(i)].parent) {
                const Partial &p = nodes[size_t(i)];
                vertices[size_t(p.depth)] = p.vertex;
                if (p.edge >= 0)
                    hops[size_t(p.depth) - 1] = p.edge;
            }
            out->paths.push_back(std::move(vertices));
            out->hops.push_back(std::move(hops));
            out->shares.push_back(node.share);
            continue;
        }
        for (int e = g.outBegin[size_t(node.vertex)]; e < g.outBegin[size_t(node.vertex) + 1];
             ++e) {
            const int w = g.edges[size_t(e)].to;
            if (w == node.vertex || !useful[size_t(w)] || onPath(index, w))
                continue;
            const double share = node.share * t.p[size_t(e)];
            nodes.push_back({w, index, e, node.depth + 1, share});
            queue.push({share * bound[size_t(w)], node.depth + 1, seq++, int(nodes.size()) - 1});
        }
    }
}

// Counts the simple entry-to-goal paths: exactly by dynamic programming when
// the part of the graph between entries and goals has no loop, else by a
// depth-first walk that stops after `pathCountBudget` hops.
void countPaths(const FlowGraph &g, const AnalysisOptions &o, const std::vector<char> &useful,
                PathSearch *out)
{
    const int n = g.vertexCount();
    const Digraph d = flowDigraph(g, true);
    std::vector<int> starts;
    for (int e : g.entries) {
        if (useful[size_t(e)])
            starts.push_back(e);
    }
    const std::vector<char> reached = reachableFrom(d, starts);
    auto relevant = [&](int v) {
        return reached[size_t(v)] && useful[size_t(v)];
    };

    // Topological order of the relevant part (Kahn), if it has one.
    std::vector<int> indegree(size_t(n), 0), order;
    for (int v = 0; v < n; ++v) {
        if (!relevant(v))
            continue;
        for (int i = d.begin[size_t(v)]; i < d.begin[size_t(v) + 1]; ++i) {
            if (relevant(d.target[size_t(i)]))
                ++indegree[size_t(d.target[size_t(i)])];
        }
    }
    int relevantCount = 0;
    for (int v = 0; v < n; ++v) {
        if (relevant(v)) {
            ++relevantCount;
            if (indegree[size_t(v)] == 0)
                order.push_back(v);
        }
    }
    for (size_t k = 0; k < order.size(); ++k) {
        const int v = order[k];
        for (int i = d.begin[size_t(v)]; i < d.begin[size_t(v) + 1]; ++i) {
            const int w = d.target[size_t(i)];
            if (relevant(w) && --indegree[size_t(w)] == 0)
                order.push_back(w);
        }
    }
    constexpr double kExactLimit = 9.0e15; // doubles count exactly below 2^53
    if (int(order.size()) == relevantCount) {
        std::vector<double> count(size_t(n), 0.0);
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const int v = *it;
            if (g.goal[size_t(v)]) {
                count[size_t(v)] = 1;
                continue;
            }
            for (int i = d.begin[size_t(v)]; i < d.begin[size_t(v) + 1]; ++i)
                count[size_t(v)] += count[size_t(d.target[size_t(i)])];
        }
        double total = 0;
        for (int e : starts)
            total += count[size_t(e)];
        out->countExact = total < kExactLimit;
        out->count = qint64(std::min(total, kExactLimit));
        return;
    }

    // With loops: walk every simple path, within the budget.
    std::vector<char> onPath(size_t(n), 0);
    std::vector<std::pair<int, int>> stack; // vertex, next target position
    qint64 hops = 0, total = 0;
    for (int start : starts) {
        stack.assign(1, {start, d.begin[size_t(start)]});
        onPath[size_t(start)] = 1;
        if (g.goal[size_t(start)]) {
            ++total;
            stack.clear();
            onPath[size_t(start)] = 0;
        }
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            if (next == d.begin[size_t(v) + 1]) {
                onPath[size_t(v)] = 0;
                stack.pop_back();
                continue;
            }
            const int w = d.target[size_t(next++)];
            if (++hops > o.pathCountBudget) {
                out->count = total;
                out->countExact = false;
                std::fill(onPath.begin(), onPath.end(), 0);
                return;
            }
            if (hops % kCancelCheck == 0 && cancelled(o)) {
                out->cancelled = true;
                return;
            }
            if (!relevant(w) || onPath[size_t(w)])
                continue;
            if (g.goal[size_t(w)]) {
                ++total;
                continue;
            }
            onPath[size_t(w)] = 1;
            stack.emplace_back(w, d.begin[size_t(w)]);
        }
    }
    out->count = total;
    out->countExact = true;
}

} // namespace

PathSearch searchPaths(const FlowGraph &graph, const Transitions &transitions,
                       const AnalysisOptions &options)
{
    PathSearch out;
    const std::vector<char> useful = leadsToGoal(graph);
    listPaths(graph, transitions, options, useful, &out);
    if (out.cancelled)
        return out;
    // Ties aside, A* already yields this order; sorting makes it exact.
    std::vector<int> order(out.paths.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return out.shares[size_t(a)] > out.shares[size_t(b)]; });
    PathSearch sorted;
    for (int i : order) {
        sorted.paths.push_back(std::move(out.paths[size_t(i)]));
        sorted.hops.push_back(std::move(out.hops[size_t(i)]));
        sorted.shares.push_back(out.shares[size_t(i)]);
    }
    sorted.searchComplete = out.searchComplete;
    if (sorted.searchComplete) {
        sorted.count = qint64(sorted.paths.size());
        sorted.countExact = true;
    } else {
        countPaths(graph, options, useful, &sorted);
    }
    return sorted;
}

} // namespace waymark
