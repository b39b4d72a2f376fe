#pragma once

// The building blocks behind analyzeJourney(); internal to core/graph. The
// Boost.Graph parts live in structure.cpp, dominators.cpp and centrality.cpp,
// one translation unit each, because every Boost.Graph include is expensive
// to compile.

#include "analysis.h"
#include "flowgraph.h"

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace waymark {

// A directed graph on 0..n-1 in compressed rows: the targets of v are
// target[begin[v]] .. target[begin[v + 1] - 1], ascending.
struct Digraph
{
    int n = 0;
    std::vector<int> begin{0};
    std::vector<int> target;

    static Digraph fromEdges(int n, std::vector<std::pair<int, int>> edges);
    int edgeCount() const { return int(target.size()); }
};

// The flow graph as a Digraph: without links to itself unless asked, and, when
// `stopAtGoals`, without the hops out of goals (a customer who reaches a goal
// has arrived).
Digraph flowDigraph(const FlowGraph &graph, bool stopAtGoals, bool withSelfLinks = false);

// structure.cpp (Boost.Graph breadth-first search and Tarjan's components).
std::vector<char> reachableFrom(const Digraph &graph, const std::vector<int> &sources);
int strongComponents(const Digraph &graph, std::vector<int> *component);

// dominators.cpp (Boost.Graph Lengauer-Tarjan): the steps other than entries
// and goals on every entry-to-goal path, entry side first.
std::vector<int> mustPassVertices(const FlowGraph &graph);

// Betweenness is exact up to this many steps and estimated from this many
// evenly spread sources above it (see centrality.cpp).
constexpr int kExactBetweennessLimit = 4000;
constexpr int kBetweennessPivots = 800;

// centrality.cpp (Boost.Graph Brandes): betweenness of every vertex,
// normalised like networkx for directed graphs (divided by (n-1)(n-2)).
// `tick(done, total)` is called after each source; returning false stops the
// run, and then the function returns false.
bool betweenness(const Digraph &graph, std::vector<double> *centrality,
                 const std::function<bool(int done, int total)> &tick);

// markov.cpp: the absorbing Markov chain (goals absorb; leaving is the other
// way out). reach[v] = probability of reaching a goal from v.
struct Absorption
{
    std::vector<double> reach;
    std::vector<double> visits; // per customer who starts at an entry
    std::vector<double> lost;   // share of all customers who leave at v
    std::vector<char> trapped;  // v is in a loop nobody leaves
    std::optional<double> goalShare;
};
Absorption absorb(const FlowGraph &graph, const Transitions &transitions);

// Solves x = A x + b for one strongly connected block (A substochastic, I - A
// invertible): dense elimination for small blocks, Gauss-Seidel for big ones.
// `rows[i]` lists (column, coefficient) pairs of row i, columns local.
void solveBlock(const std::vector<std::vector<std::pair<int, double>>> &rows,
                const std::vector<double> &b, std::vector<double> *x);

// paths.cpp: best-first (A*) search for the simple entry-to-goal paths with
// the highest shares, and a count of all of them.
struct PathSearch
{
    std::vector<std::vector<int>> paths; // vertices; highest share first
    std::vector<std::vector<int>> hops;  // edge indices of each path
    std::vector<double> shares;
    bool searchComplete = true; // every path was listed
    qint64 count = 0;
    bool countExact = true;
    bool cancelled = false;
};
PathSearch searchPaths(const FlowGraph &graph, const Transitions &transitions,
                       const AnalysisOptions &options);

// importance.cpp: the ranking of steps by lost customers, betweenness and
// (where the journey has metric data) traffic times bad scores.
QList<StepImportance> rankImportance(const Journey &journey, const QList<MetricDef> &metricDefs,
                                     const FlowGraph &graph, const Absorption &absorption,
                                     const std::vector<double> &centrality);

// How bad one metric value is, 0 (best) .. 1 (worst), or none when the metric
// has no known range or thresholds.
std::optional<double> badness(const MetricDef &def, double value);

} // namespace waymark
