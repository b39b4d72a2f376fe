// Must-pass steps with Boost.Graph (Lengauer-Tarjan dominator tree). Kept
// apart from the other analyses: Boost.Graph headers are slow to compile.

#include "algorithms.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/dominator_tree.hpp>

#include <algorithm>
#include <limits>

namespace waymark {

// A step is on every entry-to-goal path exactly when it dominates a virtual
// sink that every goal leads to, in the graph where a virtual source leads to
// every entry. Paths end at the first goal they reach (goals absorb, as in the
// goal share), so the hops out of goals are left out. Walks and simple paths
// give the same dominators: every walk contains a simple path.
std::vector<int> mustPassVertices(const FlowGraph &graph)
{
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
    using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

    const int n = graph.vertexCount();
    if (graph.entries.empty() || graph.goals.empty())
        return {};
    const int source = n, sink = n + 1;
    Graph g(size_t(n) + 2);
    for (int e : graph.entries)
        boost::add_edge(Vertex(source), Vertex(e), g);
    for (const FlowEdge &e : graph.edges) {
        if (e.from != e.to && !graph.goal[size_t(e.from)])
            boost::add_edge(Vertex(e.from), Vertex(e.to), g);
    }
    for (int goal : graph.goals)
        boost::add_edge(Vertex(goal), Vertex(sink), g);

    // Boost 1.74's short overload numbers unvisited vertices 0, like the
    // entry, so a goal that cannot be reached (one only reached through
    // another goal) would spoil the result. Unvisited vertices get the
    // largest number instead, which the algorithm skips.
    const size_t count = size_t(n) + 2;
    const auto index = boost::get(boost::vertex_index, g);
    const Vertex none = boost::graph_traits<Graph>::null_vertex();
    std::vector<size_t> dfnum(count, std::numeric_limits<size_t>::max());
    std::vector<Vertex> parent(count, none), byDfnum(count, none), idom(count, none);
    boost::lengauer_tarjan_dominator_tree(g, boost::vertex(Vertex(source), g), index,
                                          boost::make_iterator_property_map(dfnum.begin(), index),
                                          boost::make_iterator_property_map(parent.begin(), index),
                                          byDfnum,
                                          boost::make_iterator_property_map(idom.begin(), index));

    std::vector<int> chain;
    Vertex d = idom[size_t(sink)];
    if (d == none)
        return chain; // no goal can be reached
    while (d != Vertex(source)) {
        const int v = int(d);
        if (!graph.entry[size_t(v)] && !graph.goal[size_t(v)])
            chain.push_back(v);
        d = idom[d];
    }
    std::reverse(chain.begin(), chain.end());
    return chain;
}

} // namespace waymark
