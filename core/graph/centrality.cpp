// Betweenness centrality with Boost.Graph (Brandes' algorithm). Kept apart
// from the other analyses: Boost.Graph headers are slow to compile.

#include "algorithms.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <stack>

namespace waymark {

namespace {

using Csr = boost::compressed_sparse_row_graph<boost::directedS>;
using Vertex = boost::graph_traits<Csr>::vertex_descriptor;
using Edge = boost::graph_traits<Csr>::edge_descriptor;

// Boost's breadth-first step of Brandes' algorithm, run once per source,
// wrapped so that the caller sees progress and can stop the run: once
// stopped, the remaining sources are skipped (an O(n) loop is all that is
// left of each). The public brandes_betweenness_centrality() has no such
// hook, so this goes through the same detail::graph entry point it uses.
struct StoppableShortestPaths
{
    const std::function<bool(int, int)> *tick = nullptr;
    const std::vector<char> *pivot = nullptr; // sources to run; all when empty
    int total = 0;
    int *done = nullptr;
    bool *stopped = nullptr;

    template<typename Graph, typename IncomingMap, typename DistanceMap, typename PathCountMap,
             typename VertexIndexMap>
    void operator()(Graph &g, typename boost::graph_traits<Graph>::vertex_descriptor s,
                    std::stack<typename boost::graph_traits<Graph>::vertex_descriptor> &ordered,
                    IncomingMap incoming, DistanceMap distance, PathCountMap pathCount,
                    VertexIndexMap index)
    {
        // A source that is not run leaves `ordered` empty: it adds nothing.
        if (*stopped || (!pivot->empty() && !(*pivot)[size_t(index[s])]))
            return;
        boost::detail::graph::brandes_unweighted_shortest_paths()(g, s, ordered, incoming, distance,
                                                                  pathCount, index);
        ++*done;
        if (*tick && !(*tick)(*done, total))
            *stopped = true;
    }
};

} // namespace

bool betweenness(const Digraph &graph, std::vector<double> *centrality,
                 const std::function<bool(int done, int total)> &tick)
{
    const int n = graph.n;
    centrality->assign(size_t(n), 0.0);
    if (n < 3)
        return true;
    std::vector<std::pair<Vertex, Vertex>> edges;
    edges.reserve(size_t(graph.edgeCount()));
    for (int v = 0; v < n; ++v) {
        for (int i = graph.begin[size_t(v)]; i < graph.begin[size_t(v) + 1]; ++i)
            edges.emplace_back(Vertex(v), Vertex(graph.target[size_t(i)]));
    }
    const Csr csr(boost::edges_are_sorted, edges.begin(), edges.end(), Vertex(n));
    const auto index = boost::get(boost::vertex_index, csr);

    std::vector<std::vector<Edge>> incoming(static_cast<size_t>(n));
    std::vector<double> distance(static_cast<size_t>(n)), dependency(static_cast<size_t>(n));
    // Counts of shortest paths grow exponentially with the number of layers of
    // a journey; a double does not overflow where Boost's default size_t would.
    std::vector<double> pathCount(static_cast<size_t>(n));
    // Past kExactLimit steps the exact O(steps x links) run takes minutes:
    // Brandes and Pich's estimate runs from kPivots evenly spread sources and
    // scales up (a few per cent off on journey-shaped graphs; the ranking of
    // the important steps holds).
    std::vector<char> pivot;
    int sources = n;
    if (n > kExactBetweennessLimit) {
        pivot.assign(size_t(n), 0);
        for (int k = 0; k < kBetweennessPivots; ++k)
            pivot[size_t(qint64(k) * n / kBetweennessPivots)] = 1;
        sources = kBetweennessPivots;
    }
    int done = 0;
    bool stopped = false;
    StoppableShortestPaths shortestPaths{&tick, &pivot, sources, &done, &stopped};
    boost::detail::graph::brandes_betweenness_centrality_impl(
            csr, boost::make_iterator_property_map(centrality->begin(), index),
            boost::dummy_property_map(), boost::make_iterator_property_map(incoming.begin(), index),
            boost::make_iterator_property_map(distance.begin(), index),
            boost::make_iterator_property_map(dependency.begin(), index),
            boost::make_iterator_property_map(pathCount.begin(), index), index, shortestPaths);
    if (stopped)
        return false;
    const double scale = double(n) / double(sources) / (double(n - 1) * double(n - 2));
    for (double &c : *centrality)
        c *= scale;
    return true;
}

} // namespace waymark
