// The journey graph analyses on generated layered journeys (issue 5):
// - 2,000 steps / 6,000 links: the full analysis against networkx doing
//   betweenness + reachability + strongly connected components on the same
//   graph in the same run (tests/bench/peer_networkx.py); target >= 20x;
// - 10,000 steps / 30,000 links: the full analysis <= 10 s, the cheap parts
//   (reachability, loops, dead ends, goal share) <= 100 ms.
// Both sides run the same number of times (kRuns) and the best run of each
// counts. The betweenness of both is compared vertex by vertex, and the
// reached steps: when they differ the benchmark prints no ratio and fails
// (exit status 1), as it does when the peer cannot run.
//
// Usage: bench_graph

#include "graph/algorithms.h"
#include "graph/analysis.h"
#include "graph/flowgraph.h"
#include "model/journey.h"
#include "system/memory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

using namespace waymark;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// A small deterministic generator (the same graph on every machine).
class Lcg
{
public:
    explicit Lcg(quint64 seed)
        : m_state(seed)
    {}
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
    double unit() { return next() / 2147483648.0; } // [0, 1)

private:
    quint64 m_state;
};

// A journey of `steps` steps in layers of `width` (stages, left to right) and
// `links` links: most go to the next layer, some skip one, about 2% loop back
// one layer (calling support again). The first layer are the entries, the last
// the goals; every 40th step is a dead end and every 97th has no way in.
Journey layeredJourney(int steps, int links, int width, quint64 seed)
{
    Lcg rng(seed);
    const QStringList teams{QStringLiteral("Marketing"), QStringLiteral("Sales"),
                            QStringLiteral("Logistics"), QStringLiteral("Support"),
                            QStringLiteral("Finance")};
    const QStringList channels{QStringLiteral("web"),   QStringLiteral("app"),
                               QStringLiteral("store"), QStringLiteral("phone"),
                               QStringLiteral("chat"),  QStringLiteral("email")};
    Journey j;
    j.id = QStringLiteral("layered");
    j.name = QStringLiteral("Layered journey");
    j.stages = {{QStringLiteral("s"), QStringLiteral("Stage"), {}}};
    j.lanes = {{QStringLiteral("customer"), QStringLiteral("Customer"), LaneKind::Customer}};
    const int layers = (steps + width - 1) / width;
    for (int i = 0; i < steps; ++i) {
        Step s;
        s.id = QStringLiteral("s%1").arg(i);
        s.stage = QStringLiteral("s");
        s.lane = QStringLiteral("customer");
        s.title = s.id;
        s.owner = teams[rng.below(int(teams.size()))];
        if (rng.below(100) >= 15)
            s.channel = channels[rng.below(int(channels.size()))];
        s.entry = i < width;
        s.goal = i / width == layers - 1;
        j.steps.append(s);
    }
    auto inLayer = [&](int layer) {
        const int first = layer * width;
        return first + rng.below(std::min(width, steps - first));
    };
    const int sources = (layers - 1) * width; // the last layer has no links out
    int made = 0;
    for (int k = 0; made < links; ++k) {
        const int from = k % sources;
        if (from % 40 == 39)
            continue; // a dead end
        const int layer = from / width;
        const int roll = rng.below(100);
        int to;
        if (roll < 2 && layer > 0)
            to = inLayer(layer - 1);
        else if (roll < 15 && layer + 2 < layers)
            to = inLayer(layer + 2);
        else
            to = inLayer(layer + 1);
        if (to % 97 == 50 && to >= width)
            continue; // keep a few steps unreachable
        Link l;
        l.id = QStringLiteral("l%1").arg(made++);
        l.from = j.steps[from].id;
        l.to = j.steps[to].id;
        l.kind = rng.below(10) == 0 ? LinkKind::Handoff : LinkKind::Flow;
        if (rng.below(5))
            l.share = 0.31 + 0.03 * rng.unit(); // a step keeps most of its customers
        j.links.append(l);
    }
    return j;
}

struct Cheap
{
    double ms = 0;
    std::optional<double> goalShare;
    qsizetype reached = 0, deadEnds = 0;
    int biggestLoop = 0, loops = 0;
};

// Reachability, loops, dead ends and the goal share, the way analyzeJourney
// does them, building the graph from the journey first.
Cheap cheapParts(const Journey &j)
{
    Cheap c;
    const auto start = Clock::now();
    const FlowGraph g = buildFlowGraph(j);
    const Digraph d = flowDigraph(g, false);
    const std::vector<char> reached = reachableFrom(d, g.entries);
    std::vector<int> component;
    const int components = strongComponents(d, &component);
    for (int v = 0; v < g.vertexCount(); ++v) {
        if (reached[size_t(v)] && !g.goal[size_t(v)]
            && d.begin[size_t(v)] == d.begin[size_t(v) + 1])
            ++c.deadEnds;
    }
    c.goalShare = absorb(g, resolveTransitions(g)).goalShare;
    c.ms = msSince(start);
    c.reached = std::count(reached.begin(), reached.end(), 1);
    std::vector<int> size(size_t(components), 0);
    for (int comp : component)
        ++size[size_t(comp)];
    for (int s : size) {
        c.biggestLoop = std::max(c.biggestLoop, s);
        c.loops += s > 1 ? 1 : 0;
    }
    return c;
}

template<typename F>
double bestOf(int runs, F &&f)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        f();
        best = std::min(best, msSince(start));
    }
    return best;
}

struct Peer
{
    bool ran = false;
    double ms = 0, betweennessMs = 0, reachMs = 0, sccMs = 0;
    qint64 reached = 0, components = 0;
    std::vector<double> centrality;
};

constexpr int kRuns = 3; // for Waymark's full analysis and for networkx alike

Peer runPeer(const FlowGraph &g, const QString &folder)
{
    Peer p;
    const QString graphFile = QDir(folder).filePath(QStringLiteral("graph.txt"));
    const QString outFile = QDir(folder).filePath(QStringLiteral("networkx.json"));
    QFile f(graphFile);
    if (!f.open(QIODevice::WriteOnly))
        return p;
    QByteArray text = QByteArray::number(g.vertexCount()) + '\n';
    for (int e : g.entries)
        text += QByteArray::number(e) + ' ';
    text += '\n';
    for (const FlowEdge &e : g.edges) {
        if (e.from != e.to)
            text += QByteArray::number(e.from) + ' ' + QByteArray::number(e.to) + '\n';
    }
    f.write(text);
    f.close();
    const QString script
            = QDir(QStringLiteral(WAYMARK_BENCH_DIR)).filePath(QStringLiteral("peer_networkx.py"));
    QProcess python;
    // Debian's interpreter: networkx is a Debian package (python3-networkx).
    python.start(QStringLiteral("/usr/bin/python3"),
                 {script, graphFile, outFile, QString::number(kRuns)});
    if (!python.waitForFinished(600000) || python.exitCode() != 0) {
        std::printf("networkx peer failed: %s\n", python.readAllStandardError().constData());
        return p;
    }
    QFile out(outFile);
    if (!out.open(QIODevice::ReadOnly))
        return p;
    const QJsonObject o = QJsonDocument::fromJson(out.readAll()).object();
    p.ran = true;
    p.betweennessMs = o[u"betweenness"].toDouble() * 1000;
    p.reachMs = o[u"reach"].toDouble() * 1000;
    p.sccMs = o[u"scc"].toDouble() * 1000;
    p.ms = p.betweennessMs + p.reachMs + p.sccMs;
    p.reached = o[u"reached"].toInteger();
    p.components = o[u"components"].toInteger();
    for (const QJsonValue &v : o[u"centrality"].toArray())
        p.centrality.push_back(v.toDouble());
    return p;
}

const char *verdict(bool ok)
{
    return ok ? "ok" : "MISSED";
}

} // namespace

int main(int argc, char **argv)
{
    // The heap as the app sets it up (app/main.cpp).
    waymark::sys::preferHugePages();
    QCoreApplication app(argc, argv);
#ifdef __OPTIMIZE__
    const bool optimised = true;
#else
    const bool optimised = false;
#endif
    std::printf("bench_graph: generated layered journeys (seeded); build %s\n",
                optimised ? "optimised" : "NOT optimised (expect ~30x slower)");
    QTemporaryDir dir;
    bool failed = false;

    struct Size
    {
        int steps, links, width;
        bool peer;
    };
    for (const Size size : {Size{2000, 6000, 20, true}, Size{10000, 30000, 50, false}}) {
        const Journey j = layeredJourney(size.steps, size.links, size.width, 20260301);
        const Cheap cheap = cheapParts(j);
        const double cheapMs = bestOf(5, [&] { cheapParts(j); });

        JourneyAnalysis a;
        const double fullMs = bestOf(kRuns, [&] { a = analyzeJourney(j, {}); });
        AnalysisOptions noCentrality;
        noCentrality.centrality = false;
        const double withoutCentralityMs = bestOf(3, [&] { analyzeJourney(j, {}, noCentrality); });
        const FlowGraph g = buildFlowGraph(j);
        const Transitions t = resolveTransitions(g);
        const double pathsMs = bestOf(3, [&] { searchPaths(g, t, AnalysisOptions()); });

        std::printf("\n%d steps / %d links (flow graph: %d steps, %d hops)\n", size.steps,
                    size.links, g.vertexCount(), g.edgeCount());
        std::printf("  found: %lld reached, %lld unreachable, %lld dead ends, %d loops (largest "
                    "%d steps), %lld must-pass, goal share %.4f, %lld paths listed of %s%lld\n",
                    qint64(cheap.reached), qint64(a.unreachable.size()), qint64(cheap.deadEnds),
                    cheap.loops, cheap.biggestLoop, qint64(a.mustPass.size()),
                    cheap.goalShare.value_or(-1), qint64(a.paths.size()),
                    a.pathCountExact ? "" : "at least ", a.pathCount);
        std::printf("  cheap parts (build + reachability + loops + dead ends + goal share): "
                    "%8.1f ms\n",
                    cheapMs);
        std::printf("  paths (best-first, top %d + count):                                 "
                    "%8.1f ms\n",
                    AnalysisOptions().pathLimit, pathsMs);
        std::printf("  full analysis without betweenness:                                  "
                    "%8.1f ms\n",
                    withoutCentralityMs);
        std::printf("  full analysis (everything, with betweenness):                       "
                    "%8.1f ms (best of %d)\n",
                    fullMs, kRuns);

        if (size.peer) {
            const Peer p = runPeer(g, dir.path());
            if (!p.ran) {
                std::printf("  networkx: not available (needs Debian's python3-networkx): FAIL, "
                            "no ratio\n");
                failed = true;
                continue;
            }
            double worst = 0;
            for (int v = 0; v < g.vertexCount() && size_t(v) < p.centrality.size(); ++v)
                worst = std::max(worst,
                                 std::fabs(p.centrality[size_t(v)] - a.centrality[v].second));
            const bool same = p.centrality.size() == size_t(g.vertexCount()) && worst < 1e-9
                              && p.reached == cheap.reached;
            std::printf("  networkx (best of %d each): betweenness %.1f ms + reachability %.1f ms "
                        "+ components %.1f ms = %.1f ms\n",
                        kRuns, p.betweennessMs, p.reachMs, p.sccMs, p.ms);
            std::printf("  same answers: %s (largest betweenness difference %.2g, reached %lld "
                        "vs %lld)\n",
                        same ? "yes" : "NO", worst, p.reached, qint64(cheap.reached));
            if (!same) {
                std::printf("  FAIL: Waymark and networkx disagree, so their times are not "
                            "compared\n");
                failed = true;
                continue;
            }
            const double ratio = p.ms / fullMs;
            std::printf("  ratio: networkx / Waymark full analysis, %d runs each = %.1fx (target "
                        ">= 20x: %s)\n",
                        kRuns, ratio, verdict(ratio >= 20));
        } else {
            std::printf("  targets: full <= 10 s: %s; cheap parts <= 100 ms: %s\n",
                        verdict(fullMs <= 10000), verdict(cheapMs <= 100));
        }
    }
    return failed ? 1 : 0;
}
