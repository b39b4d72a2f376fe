// The goal share as an absorbing Markov chain. Each step passes its customers
// on along its links with the links' probabilities (resolveTransitions); the
// rest leave the journey there. Goals absorb: a customer who reaches one has
// arrived. Loops are handled exactly: the chain is split into strongly
// connected blocks, solved one block at a time in topological order.

#include "algorithms.h"

#include <algorithm>
#include <cmath>
#include <deque>

namespace waymark {

namespace {

// The strongly connected blocks of the positive hops between vertices of
// `mask`, in topological order (a block comes before the blocks it leads to).
std::vector<std::vector<int>> orderedBlocks(const FlowGraph &g, const Transitions &t,
                                            const std::vector<char> &mask)
{
    const int n = g.vertexCount();
    std::vector<std::pair<int, int>> hops;
    for (int e = 0; e < g.edgeCount(); ++e) {
        const FlowEdge &edge = g.edges[size_t(e)];
        if (edge.from != edge.to && t.p[size_t(e)] > 0 && mask[size_t(edge.from)]
            && mask[size_t(edge.to)])
            hops.emplace_back(edge.from, edge.to);
    }
    const Digraph d = Digraph::fromEdges(n, std::move(hops));
    std::vector<int> component;
    const int count = strongComponents(d, &component);

    // Kahn's algorithm on the condensation.
    std::vector<std::vector<int>> members(static_cast<size_t>(count));
    for (int v = 0; v < n; ++v) {
        if (mask[size_t(v)])
            members[size_t(component[size_t(v)])].push_back(v);
    }
    std::vector<int> indegree(size_t(count), 0);
    for (int v = 0; v < n; ++v) {
        for (int i = d.begin[size_t(v)]; i < d.begin[size_t(v) + 1]; ++i) {
            if (component[size_t(v)] != component[size_t(d.target[size_t(i)])])
                ++indegree[size_t(component[size_t(d.target[size_t(i)])])];
        }
    }
    std::deque<int> ready;
    for (int c = 0; c < count; ++c) {
        if (indegree[size_t(c)] == 0)
            ready.push_back(c);
    }
    std::vector<std::vector<int>> blocks;
    while (!ready.empty()) {
        const int c = ready.front();
        ready.pop_front();
        for (int v : members[size_t(c)]) {
            for (int i = d.begin[size_t(v)]; i < d.begin[size_t(v) + 1]; ++i) {
                const int other = component[size_t(d.target[size_t(i)])];
                if (other != c && --indegree[size_t(other)] == 0)
                    ready.push_back(other);
            }
        }
        if (!members[size_t(c)].empty())
            blocks.push_back(std::move(members[size_t(c)]));
    }
    return blocks;
}

// Vertices from which a positive hop path (not leaving through a goal) leads
// to a vertex of `targets`.
std::vector<char> canReach(const FlowGraph &g, const Transitions &t, std::vector<char> targets)
{
    const int n = g.vertexCount();
    std::vector<std::vector<int>> into(static_cast<size_t>(n));
    for (int e = 0; e < g.edgeCount(); ++e) {
        const FlowEdge &edge = g.edges[size_t(e)];
        if (t.p[size_t(e)] > 0 && !g.goal[size_t(edge.from)] && edge.from != edge.to)
            into[size_t(edge.to)].push_back(edge.from);
    }
    std::vector<int> queue;
    for (int v = 0; v < n; ++v) {
        if (targets[size_t(v)])
            queue.push_back(v);
    }
    while (!queue.empty()) {
        const int v = queue.back();
        queue.pop_back();
        for (int u : into[size_t(v)]) {
            if (!targets[size_t(u)]) {
                targets[size_t(u)] = 1;
                queue.push_back(u);
            }
        }
    }
    return targets;
}

} // namespace

void solveBlock(const std::vector<std::vector<std::pair<int, double>>> &rows,
                const std::vector<double> &b, std::vector<double> *x)
{
    const int m = int(rows.size());
    x->assign(size_t(m), 0.0);
    if (m == 1) {
        double self = 0;
        for (const auto &[j, a] : rows[0])
            self += a;
        (*x)[0] = self < 1.0 ? b[0] / (1.0 - self) : 0.0;
        return;
    }
    constexpr int kDenseLimit = 300;
    if (m <= kDenseLimit) {
        // (I - A) x = b by Gaussian elimination with partial pivoting.
        std::vector<double> a(size_t(m) * size_t(m), 0.0), rhs = b;
        auto at = [&](int i, int j) -> double & {
            return a[size_t(i) * size_t(m) + size_t(j)];
        };
        for (int i = 0; i < m; ++i) {
            at(i, i) = 1.0;
            for (const auto &[j, c] : rows[size_t(i)])
                at(i, j) -= c;
        }
        for (int col = 0; col < m; ++col) {
            int pivot = col;
            for (int i = col + 1; i < m; ++i) {
                if (std::fabs(at(i, col)) > std::fabs(at(pivot, col)))
                    pivot = i;
            }
            if (std::fabs(at(pivot, col)) < 1e-300)
                continue; // cannot happen for a block that reaches an exit
            if (pivot != col) {
                for (int j = 0; j < m; ++j)
                    std::swap(at(col, j), at(pivot, j));
                std::swap(rhs[size_t(col)], rhs[size_t(pivot)]);
            }
            for (int i = col + 1; i < m; ++i) {
                const double f = at(i, col) / at(col, col);
                if (f == 0)
                    continue;
                for (int j = col; j < m; ++j)
                    at(i, j) -= f * at(col, j);
                rhs[size_t(i)] -= f * rhs[size_t(col)];
            }
        }
        for (int i = m - 1; i >= 0; --i) {
            double s = rhs[size_t(i)];
            for (int j = i + 1; j < m; ++j)
                s -= at(i, j) * (*x)[size_t(j)];
            (*x)[size_t(i)] = at(i, i) != 0 ? s / at(i, i) : 0.0;
        }
        return;
    }
    // Big blocks: Gauss-Seidel from zero rises monotonically to the solution.
    constexpr int kMaxSweeps = 20000;
    for (int sweep = 0; sweep < kMaxSweeps; ++sweep) {
        double change = 0;
        for (int i = 0; i < m; ++i) {
            double s = b[size_t(i)], self = 0;
            for (const auto &[j, c] : rows[size_t(i)]) {
                if (j == i)
                    self += c;
                else
                    s += c * (*x)[size_t(j)];
            }
            const double next = self < 1.0 ? s / (1.0 - self) : 0.0;
            change = std::max(change, std::fabs(next - (*x)[size_t(i)]));
            (*x)[size_t(i)] = next;
        }
        if (change < 1e-14)
            break;
    }
}

Absorption absorb(const FlowGraph &g, const Transitions &t)
{
    const int n = g.vertexCount();
    Absorption a;
    a.reach.assign(size_t(n), 0.0);
    a.visits.assign(size_t(n), 0.0);
    a.lost.assign(size_t(n), 0.0);
    a.trapped.assign(size_t(n), 0);

    // Probability of reaching a goal: 1 at goals, 0 where no positive path
    // leads to one, and solved block by block (sinks first) in between.
    const std::vector<char> toGoal = canReach(g, t, g.goal);
    std::vector<char> live(size_t(n), 0);
    for (int v = 0; v < n; ++v) {
        live[size_t(v)] = toGoal[size_t(v)] && !g.goal[size_t(v)];
        if (g.goal[size_t(v)])
            a.reach[size_t(v)] = 1.0;
    }
    std::vector<std::vector<int>> blocks = orderedBlocks(g, t, live);
    std::vector<int> local(size_t(n), -1);
    std::vector<std::vector<std::pair<int, double>>> rows;
    std::vector<double> b, x;
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
        const std::vector<int> &block = *it;
        for (int i = 0; i < int(block.size()); ++i)
            local[size_t(block[size_t(i)])] = i;
        rows.assign(block.size(), {});
        b.assign(block.size(), 0.0);
        for (int i = 0; i < int(block.size()); ++i) {
            const int v = block[size_t(i)];
            for (int e = g.outBegin[size_t(v)]; e < g.outBegin[size_t(v) + 1]; ++e) {
                const int w = g.edges[size_t(e)].to;
                const double p = t.p[size_t(e)];
                if (p <= 0)
                    continue;
                if (local[size_t(w)] >= 0)
                    rows[size_t(i)].emplace_back(local[size_t(w)], p);
                else
                    b[size_t(i)] += p * a.reach[size_t(w)];
            }
        }
        solveBlock(rows, b, &x);
        for (int i = 0; i < int(block.size()); ++i) {
            a.reach[size_t(block[size_t(i)])] = std::clamp(x[size_t(i)], 0.0, 1.0);
            local[size_t(block[size_t(i)])] = -1;
        }
    }
    if (g.entries.empty())
        return a;
    double share = 0;
    for (int e : g.entries)
        share += a.reach[size_t(e)];
    a.goalShare = share / double(g.entries.size());

    // Expected visits, entries weighted equally. Customers in a loop that
    // nobody leaves and that leads to no goal would circle forever; they are
    // counted as lost at the first step of it they reach.
    std::vector<char> exits(size_t(n), 0);
    for (int v = 0; v < n; ++v)
        exits[size_t(v)] = g.goal[size_t(v)] || t.leave[size_t(v)] > 0;
    const std::vector<char> canExit = canReach(g, t, exits);
    std::vector<char> transient(size_t(n), 0);
    for (int v = 0; v < n; ++v) {
        a.trapped[size_t(v)] = !canExit[size_t(v)];
        transient[size_t(v)] = canExit[size_t(v)] && !g.goal[size_t(v)];
    }
    std::vector<double> inflow(size_t(n), 0.0);
    for (int e : g.entries)
        inflow[size_t(e)] += 1.0 / double(g.entries.size());
    blocks = orderedBlocks(g, t, transient);
    for (const std::vector<int> &block : blocks) {
        for (int i = 0; i < int(block.size()); ++i)
            local[size_t(block[size_t(i)])] = i;
        rows.assign(block.size(), {});
        b.assign(block.size(), 0.0);
        for (int i = 0; i < int(block.size()); ++i) {
            const int u = block[size_t(i)];
            b[size_t(i)] = inflow[size_t(u)];
            for (int e = g.outBegin[size_t(u)]; e < g.outBegin[size_t(u) + 1]; ++e) {
                const int w = g.edges[size_t(e)].to;
                if (local[size_t(w)] >= 0 && t.p[size_t(e)] > 0)
                    rows[size_t(local[size_t(w)])].emplace_back(i, t.p[size_t(e)]);
            }
        }
        solveBlock(rows, b, &x);
        for (int i = 0; i < int(block.size()); ++i) {
            const int u = block[size_t(i)];
            a.visits[size_t(u)] = x[size_t(i)];
            a.lost[size_t(u)] = x[size_t(i)] * t.leave[size_t(u)];
            for (int e = g.outBegin[size_t(u)]; e < g.outBegin[size_t(u) + 1]; ++e) {
                const int w = g.edges[size_t(e)].to;
                if (local[size_t(w)] < 0)
                    inflow[size_t(w)] += x[size_t(i)] * t.p[size_t(e)];
            }
        }
        for (int v : block)
            local[size_t(v)] = -1;
    }
    for (int v = 0; v < n; ++v) {
        if (g.goal[size_t(v)]) {
            a.visits[size_t(v)] = inflow[size_t(v)];
        } else if (a.trapped[size_t(v)]) {
            a.visits[size_t(v)] = inflow[size_t(v)];
            a.lost[size_t(v)] = inflow[size_t(v)];
        }
    }
    return a;
}

} // namespace waymark
