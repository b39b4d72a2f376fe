// Shares, the goal share (absorbing Markov chain), drop-off, paths and their
// seams, betweenness, importance, what-if, progress and cancel; on hand-built
// journeys with known answers and on random graphs checked against brute
// force done differently (value iteration, full path enumeration, all-pairs
// shortest path counting).

#include "graph/analysis.h"
#include "graph/flowgraph.h"
#include "model/workspace.h"
#include "tst_graph_builder.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace waymark;
using namespace waymark::test;

class TestGraphFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goalShare_data();
    void goalShare();
    void dropOff();
    void flowAddsUp_data();
    void flowAddsUp();
    void goalShareMatchesIteration();
    void bigLoopSolvedIteratively();
    void pathsRankedByShare();
    void pathLimit();
    void pathsEndAtFirstGoal();
    void pathSharesAddUpWithoutLoops();
    void topPathsMatchBruteForce();
    void seams_data();
    void seams();
    void mapSeams();
    void centralityKnown();
    void centralityMatchesBruteForce();
    void importance();
    void conversionFeedsShares();
    void whatIfLinkShare();
    void whatIfDropOff();
    void progressAndCancel();
};

namespace {

double goalShareOf(const QString &spec)
{
    return analyzeJourney(graphJourney(spec), {}).goalShare.value_or(-1);
}

const StepFlow &flowOf(const JourneyAnalysis &a, const QString &step)
{
    for (const StepFlow &f : a.flow) {
        if (f.step == step)
            return f;
    }
    qFatal("no flow for %s", qPrintable(step));
}

// A random journey: n steps "v0".."vn-1", about `links` links with random
// shares (some missing), v0 and v1 entries, the last two steps goals.
Journey randomJourney(std::mt19937 &rng, int n, int links, bool loops)
{
    QString spec = QStringLiteral("+v0 +v1 *v%1 *v%2").arg(n - 1).arg(n - 2);
    std::uniform_int_distribution<int> pick(0, n - 1);
    std::uniform_real_distribution<double> share(0.05, 0.6);
    for (int i = 0; i < links; ++i) {
        int a = pick(rng), b = pick(rng);
        if (!loops && a >= b)
            std::swap(a, b);
        if (!loops && a == b)
            continue;
        spec += QStringLiteral(" v%1>v%2").arg(a).arg(b);
        if (rng() % 4)
            spec += QStringLiteral(":%1").arg(share(rng), 0, 'f', 3);
    }
    return graphJourney(spec);
}

// Every simple entry-to-goal path (ending at the first goal) by plain DFS.
void allPaths(const FlowGraph &g, const Transitions &t, int v, std::vector<int> &path, double share,
              std::vector<char> &on, std::vector<std::pair<double, QStringList>> *out)
{
    if (g.goal[size_t(v)]) {
        QStringList ids;
        for (int x : path)
            ids.append(g.ids[x]);
        out->emplace_back(share, ids);
        return;
    }
    for (int e = g.outBegin[size_t(v)]; e < g.outBegin[size_t(v) + 1]; ++e) {
        const int w = g.edges[size_t(e)].to;
        if (on[size_t(w)])
            continue;
        on[size_t(w)] = 1;
        path.push_back(w);
        allPaths(g, t, w, path, share * t.p[size_t(e)], on, out);
        path.pop_back();
        on[size_t(w)] = 0;
    }
}

} // namespace

void TestGraphFlow::goalShare_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<double>("expected");
    QTest::addRow("chain") << "a>b:0.5 b>c:0.8" << 0.4;
    QTest::addRow("no shares: nobody leaves") << "a>b b>c b>d" << 1.0;
    // a keeps 0.4 to b; the unknown 0.6 is split over c and x: 0.3 each; x is a dead end.
    QTest::addRow("missing shares split evenly") << "+a *b *c a>b:0.4 a>c a>x" << 0.7;
    QTest::addRow("known shares leave nothing") << "+a *b *c a>b:0.6 a>c:0.4 a>x" << 1.0;
    QTest::addRow("shares over 1 are scaled") << "+a *b a>b:0.9 a>x:0.9" << 0.5;
    // b = 0.5 + 0.25 a and a = b: 2/3.
    QTest::addRow("loop") << "+a *c a>b b>c:0.5 b>a:0.25" << 2.0 / 3.0;
    // a stays with 0.5, goes on with 0.25, leaves with 0.25: 0.25 / 0.5.
    QTest::addRow("self-link") << "+a *b a>a:0.5 a>b:0.25" << 0.5;
    QTest::addRow("several entries average") << "+a +b *g a>g:0.2 b>g:0.6" << 0.4;
    QTest::addRow("entry that is a goal") << "+a +b *a *g b>g:0.5" << 0.75;
    QTest::addRow("disconnected goal") << "+a *g a>b:1 x>g" << 0.0;
    QTest::addRow("loop nobody leaves") << "+a *g a>b:0.5 a>g:0.5 b>c c>b" << 0.5;
    QTest::addRow("zero share") << "+a *g a>g:0 a>b" << 0.0;
    QTest::addRow("goal absorbs") << "+a *g a>g:0.5 g>a:1" << 0.5;
}

void TestGraphFlow::goalShare()
{
    QFETCH(QString, spec);
    QFETCH(double, expected);
    QVERIFY2(std::fabs(goalShareOf(spec) - expected) < 1e-12,
             qPrintable(QString::number(goalShareOf(spec), 'g', 17)));
}

void TestGraphFlow::dropOff()
{
    // a: 0.1 leave; b: 0.5 of 0.9 go on to c; c is a dead end.
    const JourneyAnalysis a = analyzeJourney(
            graphJourney(QStringLiteral("+a *g a>b:0.9 b>c:0.5 b>g:0.5 c>c:0.5")), {});
    QCOMPARE(a.goalShare.value_or(-1), 0.45);
    QVERIFY(qFuzzyCompare(flowOf(a, QStringLiteral("a")).dropOff, 0.1));
    QVERIFY(qFuzzyCompare(flowOf(a, QStringLiteral("a")).lost, 0.1));
    QVERIFY(qFuzzyCompare(flowOf(a, QStringLiteral("b")).visits, 0.9));
    QCOMPARE(flowOf(a, QStringLiteral("b")).lost, 0.0);
    // c keeps half its customers once more (visits 0.45 * 2) and loses them all.
    QVERIFY(qFuzzyCompare(flowOf(a, QStringLiteral("c")).visits, 0.9));
    QVERIFY(qFuzzyCompare(flowOf(a, QStringLiteral("c")).lost, 0.45));
    QCOMPARE(flowOf(a, QStringLiteral("g")).dropOff, 0.0);
    QVERIFY(qFuzzyCompare(flowOf(a, QStringLiteral("g")).visits, 0.45));
    QCOMPARE(a.deadEnds, ids(QStringLiteral("c")));

    // A loop nobody leaves: customers entering it are lost at its first step.
    const JourneyAnalysis trap
            = analyzeJourney(graphJourney(QStringLiteral("+a *g a>b:0.5 a>g:0.5 b>c c>b")), {});
    QVERIFY(flowOf(trap, QStringLiteral("b")).trapped);
    QVERIFY(flowOf(trap, QStringLiteral("c")).trapped);
    QVERIFY(qFuzzyCompare(flowOf(trap, QStringLiteral("b")).lost, 0.5));
    QCOMPARE(flowOf(trap, QStringLiteral("c")).lost, 0.0);
}

// Everyone who starts either arrives at a goal or is lost somewhere.
void TestGraphFlow::flowAddsUp_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addRow("branches") << "+a *g a>b:0.3 a>c:0.6 b>g:0.5 c>g:0.9";
    QTest::addRow("loops") << "+a *g a>b b>c:0.5 c>b:0.4 c>g:0.5 b>a:0.3";
    QTest::addRow("trap") << "+a *g a>b:0.5 a>g:0.2 b>c c>b";
    QTest::addRow("two entries") << "+a +b *g a>b:0.5 b>g:0.5 a>g:0.1";
    QTest::addRow("self-links") << "+a *g a>a:0.9 a>b:0.05 b>b b>g:0.5";
}

void TestGraphFlow::flowAddsUp()
{
    QFETCH(QString, spec);
    const JourneyAnalysis a = analyzeJourney(graphJourney(spec), {});
    double lost = 0, arrived = 0;
    for (const StepFlow &f : a.flow) {
        lost += f.lost;
        if (a.goals.contains(f.step))
            arrived += f.visits;
    }
    QVERIFY2(std::fabs(arrived - a.goalShare.value_or(-1)) < 1e-9, qPrintable(spec));
    QVERIFY2(std::fabs(lost + arrived - 1.0) < 1e-9, qPrintable(spec));
}

// The goal share by plain value iteration, for checking the exact solver.
static double iteratedGoalShare(const Journey &j, int sweeps)
{
    const FlowGraph g = buildFlowGraph(j);
    const Transitions t = resolveTransitions(g);
    std::vector<double> x(size_t(g.vertexCount()), 0.0);
    for (int sweep = 0; sweep < sweeps; ++sweep) {
        std::vector<double> next(x.size(), 0.0);
        for (int v = 0; v < g.vertexCount(); ++v) {
            if (g.goal[size_t(v)]) {
                next[size_t(v)] = 1;
                continue;
            }
            for (int e = g.outBegin[size_t(v)]; e < g.outBegin[size_t(v) + 1]; ++e)
                next[size_t(v)] += t.p[size_t(e)] * x[size_t(g.edges[size_t(e)].to)];
        }
        x.swap(next);
    }
    double share = 0;
    for (int e : g.entries)
        share += x[size_t(e)];
    return share / double(g.entries.size());
}

// The exact solution against plain value iteration on random graphs with loops.
void TestGraphFlow::goalShareMatchesIteration()
{
    std::mt19937 rng(7);
    for (int round = 0; round < 40; ++round) {
        const Journey j = randomJourney(rng, 5 + round % 20, 12 + 2 * round, true);
        const double expected = iteratedGoalShare(j, 20000);
        const double got = analyzeJourney(j, {}).goalShare.value_or(-1);
        QVERIFY2(
                std::fabs(got - expected) < 1e-6,
                qPrintable(QStringLiteral("round %1: %2 vs %3").arg(round).arg(got).arg(expected)));
    }
}

// A loop of 600 steps is too big for dense elimination: Gauss-Seidel solves it.
void TestGraphFlow::bigLoopSolvedIteratively()
{
    QString spec = QStringLiteral("+v0 *v600 v0>v1:0.9");
    for (int i = 1; i < 600; ++i)
        spec += QStringLiteral(" v%1>v%2:0.93 v%1>v%3:0.06").arg(i).arg(i + 1).arg(i - 1);
    const Journey j = graphJourney(spec);
    const JourneyAnalysis a = analyzeJourney(j, {});
    QCOMPARE(a.cycles.size(), 1);
    QCOMPARE(a.cycles.first().size(), 600);
    const double expected = iteratedGoalShare(j, 60000);
    QVERIFY2(std::fabs(*a.goalShare - expected) < 1e-9,
             qPrintable(QStringLiteral("%1 vs %2").arg(*a.goalShare).arg(expected)));
    double lost = 0;
    for (const StepFlow &f : a.flow)
        lost += f.lost;
    QVERIFY(std::fabs(lost + *a.goalShare - 1.0) < 1e-9);
}

void TestGraphFlow::pathsRankedByShare()
{
    const JourneyAnalysis a = analyzeJourney(
            graphJourney(QStringLiteral("a>b:0.3 a>c:0.7 b>d:0.5 b>e:0.5 c>d:0.2 c>e:0.4 d>e")),
            {});
    QCOMPARE(a.pathCount, 4);
    QVERIFY(!a.pathsTruncated);
    QCOMPARE(a.paths.size(), 4);
    const QList<QStringList> expected = groups(QStringLiteral("a,c,e|a,b,d,e|a,b,e|a,c,d,e"));
    const double shares[] = {0.28, 0.15, 0.15, 0.14};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(a.paths[i].steps, expected[i]);
        QVERIFY(qFuzzyCompare(a.paths[i].share, shares[i]));
    }
    QCOMPARE(a.paths[0].links, groups(QStringLiteral("l2|l6")));
}

void TestGraphFlow::pathLimit()
{
    // 2 x 2 x 2 = 8 paths through three diamonds.
    const Journey j = graphJourney(QStringLiteral(
            "a>b1:0.6 a>b2:0.4 b1>c b2>c c>d1:0.9 c>d2:0.1 d1>e d2>e e>f1:0.5 e>f2:0.5 f1>g f2>g"));
    AnalysisOptions options;
    options.pathLimit = 3;
    const JourneyAnalysis a = analyzeJourney(j, {}, options);
    QCOMPARE(a.paths.size(), 3);
    QCOMPARE(a.pathCount, 8);
    QVERIFY(a.pathCountExact);
    QVERIFY(a.pathsTruncated);
    QVERIFY(qFuzzyCompare(a.paths[0].share, 0.27));
    QVERIFY(qFuzzyCompare(a.paths[1].share, 0.27));
    QVERIFY(qFuzzyCompare(a.paths[2].share, 0.18));

    // A loop makes the count walk paths one by one, within its budget.
    const Journey looped = graphJourney(QStringLiteral("a>b b>c c>b c>d b>d"));
    options.pathLimit = 100;
    options.pathCountBudget = 1;
    options.pathSearchBudget = 1;
    const JourneyAnalysis b = analyzeJourney(looped, {}, options);
    QVERIFY(b.pathsTruncated);
    QVERIFY(!b.pathCountExact);
    QVERIFY(analyzeJourney(looped, {}).pathCountExact);
    QCOMPARE(analyzeJourney(looped, {}).pathCount, 2);
}

void TestGraphFlow::pathsEndAtFirstGoal()
{
    const JourneyAnalysis a
            = analyzeJourney(graphJourney(QStringLiteral("+a *g *h a>b b>a b>g g>h a>h")), {});
    QStringList found;
    for (const JourneyPath &p : a.paths)
        found.append(p.steps.join(u'>'));
    found.sort();
    QCOMPARE(found, ids(QStringLiteral("a>b>g,a>h")));
}

void TestGraphFlow::pathSharesAddUpWithoutLoops()
{
    std::mt19937 rng(11);
    for (int round = 0; round < 20; ++round) {
        Journey j = randomJourney(rng, 12, 30, false);
        j.step(u"v1")->entry = false; // one entry
        AnalysisOptions options;
        options.pathLimit = 1000000;
        const JourneyAnalysis a = analyzeJourney(j, {}, options);
        QVERIFY(!a.pathsTruncated);
        double sum = 0;
        for (const JourneyPath &p : a.paths)
            sum += p.share;
        QVERIFY2(std::fabs(sum - a.goalShare.value_or(-1)) < 1e-9,
                 qPrintable(QString::number(round)));
    }
}

// Best-first search against every path listed by plain recursion.
void TestGraphFlow::topPathsMatchBruteForce()
{
    std::mt19937 rng(3);
    for (int round = 0; round < 30; ++round) {
        const Journey j = randomJourney(rng, 8 + round % 6, 20 + round, true);
        const FlowGraph g = buildFlowGraph(j);
        const Transitions t = resolveTransitions(g);
        std::vector<std::pair<double, QStringList>> all;
        for (int e : g.entries) {
            std::vector<int> path{e};
            std::vector<char> on(size_t(g.vertexCount()), 0);
            on[size_t(e)] = 1;
            allPaths(g, t, e, path, 1.0, on, &all);
        }
        std::stable_sort(all.begin(), all.end(),
                         [](const auto &x, const auto &y) { return x.first > y.first; });
        AnalysisOptions options;
        options.pathLimit = 10;
        const JourneyAnalysis a = analyzeJourney(j, {}, options);
        QCOMPARE(a.pathCount, qint64(all.size()));
        QVERIFY(a.pathCountExact);
        QCOMPARE(a.paths.size(), std::min<qsizetype>(10, qsizetype(all.size())));
        QCOMPARE(a.pathsTruncated, all.size() > 10);
        for (int i = 0; i < a.paths.size(); ++i) {
            QVERIFY2(std::fabs(a.paths[i].share - all[size_t(i)].first) < 1e-12,
                     qPrintable(QStringLiteral("round %1 path %2").arg(round).arg(i)));
            QCOMPARE(a.paths[i].steps.size(), a.paths[i].links.size() + 1);
        }
    }
}

void TestGraphFlow::seams_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("handoffs");
    QTest::addColumn<int>("switches");
    QTest::addRow("plain") << "a>b b>c" << 0 << 0;
    QTest::addRow("handoff link") << "a=b b>c" << 1 << 0;
    QTest::addRow("owners differ") << "a>b b>c a#Sales b#Sales c#Support" << 1 << 0;
    QTest::addRow("owner missing is no seam") << "a>b b>c a#Sales c#Support" << 0 << 0;
    QTest::addRow("handoff and owners count once") << "a=b b>c a#X b#Y" << 1 << 0;
    QTest::addRow("channels") << "a>b b>c a@web b@app c@web" << 0 << 2;
    QTest::addRow("steps without channel are skipped") << "a>b b>c a@web c@app" << 0 << 1;
    QTest::addRow("same channel again") << "a>b b>c a@web c@web" << 0 << 0;
}

void TestGraphFlow::seams()
{
    QFETCH(QString, spec);
    QFETCH(int, handoffs);
    QFETCH(int, switches);
    const JourneyAnalysis a = analyzeJourney(graphJourney(spec), {});
    QCOMPARE(a.paths.size(), 1);
    QCOMPARE(a.paths[0].handoffs, handoffs);
    QCOMPARE(a.paths[0].channelSwitches, switches);
}

// Seams of the whole map: only hops customers can reach.
void TestGraphFlow::mapSeams()
{
    const JourneyAnalysis a = analyzeJourney(
            graphJourney(QStringLiteral("+a *d a=b b>c c>d a>d a@web c@app d@app x=y x@web y@app")),
            {});
    QCOMPARE(a.handoffs, 1);
    // a -> (b has no channel) -> c and a -> d: two switches; c -> d stays in the app.
    QCOMPARE(a.channelSwitches, 2);
}

void TestGraphFlow::centralityKnown()
{
    // a -> b -> c: only b is between (a, c): 1 / ((3 - 1)(3 - 2)).
    JourneyAnalysis a = analyzeJourney(graphJourney(QStringLiteral("a>b b>c")), {});
    QCOMPARE(a.centrality.size(), 3);
    QCOMPARE(a.centrality[0].first, QStringLiteral("a"));
    QCOMPARE(a.centrality[0].second, 0.0);
    QCOMPARE(a.centrality[1].second, 0.5);
    QCOMPARE(a.centrality[2].second, 0.0);
    // Diamond: b and c each carry half of the one (a, d) pair: 0.5 / 6.
    a = analyzeJourney(graphJourney(QStringLiteral("a>b a>c b>d c>d")), {});
    QVERIFY(qFuzzyCompare(a.centrality[1].second, 0.5 / 6));
    QVERIFY(qFuzzyCompare(a.centrality[2].second, 0.5 / 6));
    AnalysisOptions options;
    options.centrality = false;
    QVERIFY(analyzeJourney(graphJourney(QStringLiteral("a>b b>c")), {}, options)
                    .centrality.isEmpty());
}

// Betweenness by counting shortest paths between every pair (Floyd-Warshall).
void TestGraphFlow::centralityMatchesBruteForce()
{
    std::mt19937 rng(5);
    for (int round = 0; round < 10; ++round) {
        const Journey j = randomJourney(rng, 15, 40, true);
        const FlowGraph g = buildFlowGraph(j);
        const int n = g.vertexCount();
        const int inf = 1 << 20;
        std::vector<std::vector<int>> dist(size_t(n), std::vector<int>(size_t(n), inf));
        std::vector<std::vector<double>> count(size_t(n), std::vector<double>(size_t(n), 0));
        for (int v = 0; v < n; ++v) {
            dist[size_t(v)][size_t(v)] = 0;
            count[size_t(v)][size_t(v)] = 1;
        }
        for (const FlowEdge &e : g.edges) {
            if (e.from != e.to) {
                dist[size_t(e.from)][size_t(e.to)] = 1;
                count[size_t(e.from)][size_t(e.to)] = 1;
            }
        }
        // Shortest path counts by BFS layers: sigma(s,t) = sum over preds.
        for (int s = 0; s < n; ++s) {
            for (int k = 2; k < n; ++k) {
                for (int t = 0; t < n; ++t) {
                    if (dist[size_t(s)][size_t(t)] != inf)
                        continue;
                    double c = 0;
                    for (const FlowEdge &e : g.edges) {
                        if (e.to == t && e.from != e.to && dist[size_t(s)][size_t(e.from)] == k - 1)
                            c += count[size_t(s)][size_t(e.from)];
                    }
                    if (c > 0) {
                        dist[size_t(s)][size_t(t)] = k;
                        count[size_t(s)][size_t(t)] = c;
                    }
                }
            }
        }
        const JourneyAnalysis a = analyzeJourney(j, {});
        for (int v = 0; v < n; ++v) {
            double expected = 0;
            for (int s = 0; s < n; ++s) {
                for (int t = 0; t < n; ++t) {
                    if (s == v || t == v || s == t || dist[size_t(s)][size_t(t)] == inf)
                        continue;
                    if (dist[size_t(s)][size_t(v)] + dist[size_t(v)][size_t(t)]
                        == dist[size_t(s)][size_t(t)])
                        expected += count[size_t(s)][size_t(v)] * count[size_t(v)][size_t(t)]
                                    / count[size_t(s)][size_t(t)];
                }
            }
            expected /= double(n - 1) * double(n - 2);
            QVERIFY2(std::fabs(a.centrality[v].second - expected) < 1e-12,
                     qPrintable(QStringLiteral("round %1 vertex %2").arg(round).arg(v)));
        }
    }
}

void TestGraphFlow::importance()
{
    // Two branches that look alike; b has a bad NPS, c a good one.
    Journey j = graphJourney(QStringLiteral("+a *g a>b:0.5 a>c:0.5 b>g c>g"));
    const QList<MetricDef> defs{{QStringLiteral("nps"),
                                 QStringLiteral("NPS"),
                                 MetricKind::Nps,
                                 Formula::Nps,
                                 {},
                                 0.0,
                                 10.0,
                                 true,
                                 30.0,
                                 0.0}};
    JourneyAnalysis a = analyzeJourney(j, defs);
    QCOMPARE(a.importance.size(), 4);
    QCOMPARE(a.importance[0].score, a.importance[1].score); // b and c tie without data

    j.metricValues.append({QStringLiteral("b"), QStringLiteral("nps"), {}, {}, {}, 100, -60.0});
    j.metricValues.append({QStringLiteral("c"), QStringLiteral("nps"), {}, {}, {}, 100, 70.0});
    j.metricValues.append({QStringLiteral("c"),
                           QStringLiteral("nps"),
                           QStringLiteral("2026-01"),
                           {},
                           {},
                           9,
                           -100.0}); // a period: not the all-time value
    a = analyzeJourney(j, defs);
    auto rank = [&](const QString &step) {
        for (int i = 0; i < a.importance.size(); ++i) {
            if (a.importance[i].step == step)
                return i;
        }
        return -1;
    };
    QVERIFY(rank(QStringLiteral("b")) < rank(QStringLiteral("c")));
    const StepImportance &b = a.importance[rank(QStringLiteral("b"))];
    QVERIFY(b.hasMetrics);
    QVERIFY(qFuzzyCompare(b.badness, 0.8));

    // Lost customers weigh in: the dead end comes first.
    a = analyzeJourney(graphJourney(QStringLiteral("+a *g a>x:0.5 a>g:0.5")), {});
    QCOMPARE(a.importance.first().step, QStringLiteral("x"));
}

void TestGraphFlow::conversionFeedsShares()
{
    Journey j = graphJourney(QStringLiteral("+a *g *h a>b b>g b>h"));
    const QList<MetricDef> defs{{QStringLiteral("conv"), QStringLiteral("Conversion"),
                                 MetricKind::Conversion, Formula::Rate, QStringLiteral("%")}};
    QCOMPARE(analyzeJourney(j, defs).goalShare.value_or(-1), 1.0);
    // 60 % of b's customers go on, split over its two links.
    j.metricValues.append({QStringLiteral("b"), QStringLiteral("conv"), {}, {}, {}, 50, 60.0});
    QVERIFY(qFuzzyCompare(analyzeJourney(j, defs).goalShare.value_or(-1), 0.6));
    // Shares on the links win over the metric.
    j.links[1].share = 0.5;
    j.links[2].share = 0.2;
    QVERIFY(qFuzzyCompare(analyzeJourney(j, defs).goalShare.value_or(-1), 0.7));
}

void TestGraphFlow::whatIfLinkShare()
{
    const Journey j = graphJourney(QStringLiteral("+a *g a>b:0.5 b>g:0.5 b>c c>g:0.5"));
    // b: 0.5 to g, the unknown rest (0.5) to c; c: 0.5 to g.
    WhatIf w;
    w.linkShares.insert(QStringLiteral("l2"), 0.3); // b>g
    const WhatIfResult r = whatIf(j, {}, w);
    QVERIFY(qFuzzyCompare(r.before.value_or(-1), 0.5 * (0.5 + 0.5 * 0.5)));
    // b: 0.3 to g, 0.7 to c.
    QVERIFY(qFuzzyCompare(r.after.value_or(-1), 0.5 * (0.3 + 0.7 * 0.5)));
    QCOMPARE(r.flow.size(), 4);
    // Giving the unknown link a share: nothing is left to split.
    w.linkShares.insert(QStringLiteral("l3"), 0.1);
    QVERIFY(qFuzzyCompare(whatIf(j, {}, w).after.value_or(-1), 0.5 * (0.3 + 0.1 * 0.5)));
    // The map itself is untouched.
    QCOMPARE(analyzeJourney(j, {}).goalShare, r.before);
}

void TestGraphFlow::whatIfDropOff()
{
    const Journey j = graphJourney(QStringLiteral("+a *g *h a>b:0.8 b>g:0.6 b>h:0.2"));
    const FlowGraph g = buildFlowGraph(j);
    WhatIf w;
    w.dropOffs.insert(QStringLiteral("b"), 0.0); // keep everyone at b: 0.6 : 0.2 -> 0.75 : 0.25
    QVERIFY(qFuzzyCompare(whatIf(g, w).after.value_or(-1), 0.8));
    w.dropOffs.insert(QStringLiteral("b"), 0.5);
    QVERIFY(qFuzzyCompare(whatIf(g, w).after.value_or(-1), 0.4));
    w.dropOffs.insert(QStringLiteral("a"), 0.9);
    const WhatIfResult r = whatIf(g, w);
    QVERIFY(qFuzzyCompare(r.after.value_or(-1), 0.05));
    QVERIFY(qFuzzyCompare(r.before.value_or(-1), 0.64));
    QVERIFY(qFuzzyCompare(r.flow[0].lost, 0.9));
}

void TestGraphFlow::progressAndCancel()
{
    std::mt19937 rng(1);
    const Journey j = randomJourney(rng, 300, 900, true);
    QList<int> seen;
    AnalysisOptions options;
    options.progress = [&](int percent) {
        seen.append(percent);
    };
    const JourneyAnalysis done = analyzeJourney(j, {}, options);
    QVERIFY(!done.cancelled);
    QCOMPARE(seen.first(), 0);
    QCOMPARE(seen.last(), 100);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QVERIFY(seen.size() > 10); // betweenness reports as it goes

    // Cancel from the progress callback, as a window's cancel button would.
    std::atomic_bool cancel = false;
    options.cancel = &cancel;
    options.progress = [&](int percent) {
        if (percent >= 50)
            cancel = true;
    };
    const JourneyAnalysis stopped = analyzeJourney(j, {}, options);
    QVERIFY(stopped.cancelled);
    QVERIFY(stopped.centrality.isEmpty());
    cancel = true;
    options.progress = {};
    QVERIFY(analyzeJourney(j, {}, options).cancelled);
}

QTEST_GUILESS_MAIN(TestGraphFlow)
#include "tst_graph_flow.moc"
