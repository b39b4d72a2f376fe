#include "algorithms.h"

#include <algorithm>

namespace waymark {

Digraph Digraph::fromEdges(int n, std::vector<std::pair<int, int>> edges)
{
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    Digraph g;
    g.n = n;
    g.begin.assign(size_t(n) + 1, 0);
    g.target.reserve(edges.size());
    for (const auto &[from, to] : edges) {
        ++g.begin[size_t(from) + 1];
        g.target.push_back(to);
    }
    for (int v = 0; v < n; ++v)
        g.begin[size_t(v) + 1] += g.begin[size_t(v)];
    return g;
}

Digraph flowDigraph(const FlowGraph &graph, bool stopAtGoals, bool withSelfLinks)
{
    std::vector<std::pair<int, int>> edges;
    edges.reserve(graph.edges.size());
    for (const FlowEdge &e : graph.edges) {
        if ((e.from == e.to && !withSelfLinks) || (stopAtGoals && graph.goal[size_t(e.from)]))
            continue;
        edges.emplace_back(e.from, e.to);
    }
    return Digraph::fromEdges(graph.vertexCount(), std::move(edges));
}

} // namespace waymark
