#!/usr/bin/python3
"""The networkx peer of bench_graph: betweenness centrality, reachability from
the entries and strongly connected components on the same graph, timed in
the same run.

Usage: peer_networkx.py GRAPH.txt OUT.json [RUNS]
GRAPH.txt: first line "n", second line the entry vertices, then one
"from to" line per edge (vertices 0..n-1). Writes the seconds each part took,
the number of reached vertices and of components, and every vertex's
betweenness (normalised, as Waymark reports it) for bench_graph to compare.
Each part runs RUNS times (bench_graph passes its own count) and the best
time of each counts, as for Waymark.
"""
import json
import sys
import time

import networkx as nx


def main():
    path, out = sys.argv[1], sys.argv[2]
    with open(path, encoding="ascii") as f:
        n = int(f.readline())
        entries = [int(x) for x in f.readline().split()]
        edges = [tuple(int(x) for x in line.split()) for line in f if line.strip()]
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)

    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 1

    def best(part):
        times, result = [], None
        for _ in range(runs):
            start = time.perf_counter()
            result = part()
            times.append(time.perf_counter() - start)
        return min(times), result

    betweenness, centrality = best(lambda: nx.betweenness_centrality(g, normalized=True))
    scc, components = best(lambda: list(nx.strongly_connected_components(g)))

    # One traversal from a virtual source that leads to every entry.
    def reach_all():
        g.add_edges_from((-1, e) for e in entries)
        found = nx.descendants(g, -1)
        g.remove_node(-1)
        return found

    reach, reached = best(reach_all)

    with open(out, "w", encoding="ascii") as f:
        json.dump({"betweenness": betweenness, "reach": reach, "scc": scc,
                   "reached": len(reached), "components": len(components),
                   "centrality": [centrality[v] for v in range(n)]}, f)


if __name__ == "__main__":
    main()
