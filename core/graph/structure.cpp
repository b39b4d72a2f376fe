// Reachability and strongly connected components with Boost.Graph. Kept
// apart from the other analyses: Boost.Graph headers are slow to compile.

#include "algorithms.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/pending/queue.hpp>

namespace waymark {

namespace {

using Csr = boost::compressed_sparse_row_graph<boost::directedS>;
using Vertex = boost::graph_traits<Csr>::vertex_descriptor;

Csr toCsr(const Digraph &g)
{
    std::vector<std::pair<Vertex, Vertex>> edges;
    edges.reserve(size_t(g.edgeCount()));
    for (int v = 0; v < g.n; ++v) {
        for (int i = g.begin[size_t(v)]; i < g.begin[size_t(v) + 1]; ++i)
            edges.emplace_back(Vertex(v), Vertex(g.target[size_t(i)]));
    }
    return Csr(boost::edges_are_sorted, edges.begin(), edges.end(), Vertex(g.n));
}

} // namespace

std::vector<char> reachableFrom(const Digraph &graph, const std::vector<int> &sources)
{
    std::vector<char> reached(size_t(graph.n), 0);
    if (sources.empty() || graph.n == 0)
        return reached;
    const Csr csr = toCsr(graph);
    std::vector<boost::default_color_type> color(size_t(graph.n));
    const auto colorMap = boost::make_iterator_property_map(color.begin(),
                                                            boost::get(boost::vertex_index, csr));
    const std::vector<Vertex> starts(sources.begin(), sources.end());
    boost::queue<Vertex> queue;
    boost::breadth_first_search(csr, starts.begin(), starts.end(), queue,
                                boost::default_bfs_visitor(), colorMap);
    for (int v = 0; v < graph.n; ++v)
        reached[size_t(v)] = color[size_t(v)] != boost::white_color;
    return reached;
}

int strongComponents(const Digraph &graph, std::vector<int> *component)
{
    component->assign(size_t(graph.n), 0);
    if (graph.n == 0)
        return 0;
    const Csr csr = toCsr(graph);
    return int(boost::strong_components(
            csr, boost::make_iterator_property_map(component->begin(),
                                                   boost::get(boost::vertex_index, csr))));
}

} // namespace waymark
