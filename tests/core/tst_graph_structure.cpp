// The structural analyses on hand-built journeys with known answers: which
// steps form the flow graph, entries and goals, unreachable steps, dead ends,
// loops and must-pass steps.

#include "graph/analysis.h"
#include "graph/flowgraph.h"
#include "model/workspace.h"
#include "tst_graph_builder.h"

#include <QTest>

#include <random>

using namespace waymark;
using namespace waymark::test;

class TestGraphStructure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entriesAndGoals_data();
    void entriesAndGoals();
    void unreachableAndDeadEnds_data();
    void unreachableAndDeadEnds();
    void cycles_data();
    void cycles();
    void mustPass_data();
    void mustPass();
    void mustPassMatchesRemoval();
    void flowGraphMembers();
    void parallelLinksMerge();
    void emptyJourney();
};

void TestGraphStructure::entriesAndGoals_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("entries");
    QTest::addColumn<QString>("goals");
    QTest::addColumn<bool>("inferred");
    QTest::addRow("chain, inferred") << "a>b b>c"
                                     << "a"
                                     << "c" << true;
    QTest::addRow("several, inferred") << "a>c b>c c>d c>e"
                                       << "a,b"
                                       << "d,e" << true;
    QTest::addRow("self-links do not count") << "a>a a>b b>b"
                                             << "a"
                                             << "b" << true;
    QTest::addRow("flags win") << "a>b b>c c>d +b *c"
                               << "b"
                               << "c" << false;
    QTest::addRow("loop back to the start") << "+a a>b b>a b>c *c"
                                            << "a"
                                            << "c" << false;
    QTest::addRow("isolated step is neither") << "a>b !x"
                                              << "a"
                                              << "b" << true;
    QTest::addRow("dependency is not a flow") << "a>b b-x"
                                              << "a"
                                              << "b" << true;
    QTest::addRow("pure loop has none") << "a>b b>a"
                                        << ""
                                        << "" << true;
}

void TestGraphStructure::entriesAndGoals()
{
    QFETCH(QString, spec);
    QFETCH(QString, entries);
    QFETCH(QString, goals);
    QFETCH(bool, inferred);
    const JourneyAnalysis a = analyzeJourney(graphJourney(spec), {});
    QCOMPARE(a.entries, ids(entries));
    QCOMPARE(a.goals, ids(goals));
    QCOMPARE(a.entriesInferred, inferred);
    QCOMPARE(a.goalsInferred, inferred);
}

void TestGraphStructure::unreachableAndDeadEnds_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("unreachable");
    QTest::addColumn<QString>("deadEnds");
    QTest::addRow("all fine") << "+a a>b b>c *c"
                              << ""
                              << "";
    QTest::addRow("disconnected part") << "+a a>b *b x>y y>x"
                                       << "x,y"
                                       << "";
    QTest::addRow("dead end") << "+a a>b a>c *c"
                              << ""
                              << "b";
    QTest::addRow("only a link to itself") << "+a a>b a>c c>c *b"
                                           << ""
                                           << "c";
    QTest::addRow("after a goal is reached") << "+a a>b b>c *b"
                                             << ""
                                             << "c";
    QTest::addRow("goal after goal") << "+a a>b b>c *b *c"
                                     << ""
                                     << "";
    QTest::addRow("unlinked step in a customer lane") << "+a a>b *b !x"
                                                      << "x"
                                                      << "";
    QTest::addRow("second entry reaches its part") << "+a +x a>b *b x>y"
                                                   << ""
                                                   << "y";
    QTest::addRow("link into the entry only") << "+a a>b *b z>a"
                                              << "z"
                                              << "";
    QTest::addRow("dependency leads nowhere") << "+a a>b a>c *c b-x"
                                              << ""
                                              << "b";
    QTest::addRow("no entry at all") << "a>b b>a *b"
                                     << "a,b"
                                     << "";
}

void TestGraphStructure::unreachableAndDeadEnds()
{
    QFETCH(QString, spec);
    QFETCH(QString, unreachable);
    QFETCH(QString, deadEnds);
    const JourneyAnalysis a = analyzeJourney(graphJourney(spec), {});
    QCOMPARE(a.unreachable, ids(unreachable));
    QCOMPARE(a.deadEnds, ids(deadEnds));
}

void TestGraphStructure::cycles_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("cycles");
    QTest::addRow("none") << "a>b a>c b>d c>d"
                          << "";
    QTest::addRow("simple loop, in running order") << "a>b b>d d>c c>b c>e"
                                                   << "b,d,c";
    QTest::addRow("two loops") << "a>b b>a b>c c>d d>e e>d e>f"
                               << "a,b|d,e";
    QTest::addRow("self-link") << "a>b b>b b>c"
                               << "b";
    QTest::addRow("big group") << "a>b b>c c>d d>b c>e e>c d>f"
                               << "b,c,d,e";
    QTest::addRow("unreachable loop counts") << "+a a>b *b x>y y>x"
                                             << "x,y";
    QTest::addRow("through a goal") << "+a a>b b>a *b b>c"
                                    << "a,b";
    QTest::addRow("dependency is no loop") << "a>b b-c c-a"
                                           << "";
}

void TestGraphStructure::cycles()
{
    QFETCH(QString, spec);
    QFETCH(QString, cycles);
    const JourneyAnalysis a = analyzeJourney(graphJourney(spec), {});
    QCOMPARE(a.cycles, groups(cycles));
}

void TestGraphStructure::mustPass_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("mustPass");
    QTest::addRow("chain, entry side first") << "a>b b>c c>d"
                                             << "b,c";
    QTest::addRow("diamond has none") << "a>b a>c b>d c>d"
                                      << "";
    QTest::addRow("bottleneck after a diamond") << "a>b a>c b>m c>m m>d"
                                                << "m";
    QTest::addRow("two entries meet") << "+a +b a>m b>m m>x m>y x>g y>g *g"
                                      << "m";
    QTest::addRow("two entries, two routes") << "+a +b a>m b>n m>g n>g *g"
                                             << "";
    QTest::addRow("several goals") << "a>m m>g1 m>x x>g2"
                                   << "m";
    QTest::addRow("loop does not hide it") << "a>m m>b b>m b>g"
                                           << "m,b";
    QTest::addRow("skipping link") << "a>b b>c a>c c>d"
                                   << "c";
    QTest::addRow("paths end at the first goal") << "+a a>g1 g1>m m>g2 *g1 *g2"
                                                 << "";
    QTest::addRow("dead branch does not matter") << "a>m m>x m>g *g"
                                                 << "m";
    QTest::addRow("goal only after a goal") << "+a a>m m>g1 g1>g2 *g1 *g2"
                                            << "m";
    QTest::addRow("sample-like support detour") << "+a a>m m>x x>g1 m>s s>t t>s t>g1 g1>g2 *g1 *g2"
                                                << "m";
    QTest::addRow("no goal reachable") << "+a a>b *c"
                                       << "";
}

void TestGraphStructure::mustPass()
{
    QFETCH(QString, spec);
    QFETCH(QString, mustPass);
    const JourneyAnalysis a = analyzeJourney(graphJourney(spec), {});
    QCOMPARE(a.mustPass, ids(mustPass));
}

// A step is a must-pass step exactly when taking it out cuts every entry
// from every goal (paths stop at the first goal).
void TestGraphStructure::mustPassMatchesRemoval()
{
    std::mt19937 rng(9);
    for (int round = 0; round < 200; ++round) {
        const int n = 6 + round % 10;
        QString spec = QStringLiteral("+v0 *v%1").arg(n - 1);
        if (round % 3 == 0)
            spec += QStringLiteral(" +v1 *v%1").arg(n - 2);
        for (int i = 0; i < n + round % 12; ++i)
            spec += QStringLiteral(" v%1>v%2").arg(rng() % n).arg(rng() % n);
        const Journey j = graphJourney(spec);
        const FlowGraph g = buildFlowGraph(j);
        auto goalReached = [&](int removed) {
            std::vector<char> seen(size_t(g.vertexCount()), 0);
            std::vector<int> stack;
            for (int e : g.entries) {
                if (e != removed)
                    stack.push_back(e);
            }
            while (!stack.empty()) {
                const int v = stack.back();
                stack.pop_back();
                if (seen[size_t(v)])
                    continue;
                seen[size_t(v)] = 1;
                if (g.goal[size_t(v)])
                    return true;
                for (int e = g.outBegin[size_t(v)]; e < g.outBegin[size_t(v) + 1]; ++e) {
                    if (g.edges[size_t(e)].to != removed)
                        stack.push_back(g.edges[size_t(e)].to);
                }
            }
            return false;
        };
        QStringList expected;
        if (goalReached(-1)) {
            for (int v = 0; v < g.vertexCount(); ++v) {
                if (!g.entry[size_t(v)] && !g.goal[size_t(v)] && !goalReached(v))
                    expected.append(g.ids[v]);
            }
        }
        QStringList got = analyzeJourney(j, {}).mustPass;
        got.sort();
        expected.sort();
        QVERIFY2(got == expected, qPrintable(spec));
    }
}

// Annotations and dependency targets stay out of the flow graph; a linked
// pain point (customers walk through it) is in.
void TestGraphStructure::flowGraphMembers()
{
    Journey j = graphJourney(QStringLiteral("+a a>p p>b a>b *b b-sys !note !idle"));
    j.step(u"p")->kind = StepKind::PainPoint;
    j.step(u"note")->lane = QStringLiteral("notes"); // a pain-point lane
    j.step(u"sys")->lane = QStringLiteral("systems");
    j.step(u"sys")->kind = StepKind::Process;
    Step evidence;
    evidence.id = QStringLiteral("ev");
    evidence.stage = QStringLiteral("s1");
    evidence.lane = QStringLiteral("customer");
    evidence.kind = StepKind::Evidence;
    j.steps.append(evidence);

    const FlowGraph g = buildFlowGraph(j);
    QCOMPARE(g.ids, ids(QStringLiteral("a,p,b,idle")));
    QCOMPARE(g.outside, ids(QStringLiteral("sys,note,ev")));
    const JourneyAnalysis a = analyzeJourney(j, {});
    QCOMPARE(a.unreachable, ids(QStringLiteral("idle")));
    QCOMPARE(a.outside, g.outside);
    QCOMPARE(a.flow.size(), 4);
    QCOMPARE(a.centrality.size(), 4);

    // An unlinked step flagged as a goal is part of the graph (and unreachable).
    j.step(u"note")->goal = true;
    QVERIFY(buildFlowGraph(j).vertex(QStringLiteral("note")) >= 0);
}

void TestGraphStructure::parallelLinksMerge()
{
    const Journey j = graphJourney(QStringLiteral("a>b:0.25 a~b:0.5 a>c:0.25 b>c"));
    const FlowGraph g = buildFlowGraph(j);
    QCOMPARE(g.edgeCount(), 3);
    QCOMPARE(g.edges[0].links, ids(QStringLiteral("l1,l2")));
    QCOMPARE(g.edges[0].share.value_or(-1), 0.75);
    const JourneyAnalysis a = analyzeJourney(j, {});
    QCOMPARE(a.pathCount, 2);
    QCOMPARE(a.paths.first().steps, ids(QStringLiteral("a,b,c")));
    QCOMPARE(a.paths.first().links.first(), ids(QStringLiteral("l1,l2")));
    QCOMPARE(a.paths.first().share, 0.75);
}

void TestGraphStructure::emptyJourney()
{
    const JourneyAnalysis a = analyzeJourney(graphJourney(QString()), {});
    QVERIFY(!a.cancelled);
    QVERIFY(a.entries.isEmpty());
    QVERIFY(!a.goalShare);
    QCOMPARE(a.pathCount, 0);
    QVERIFY(!a.pathsTruncated);
}

QTEST_GUILESS_MAIN(TestGraphStructure)
#include "tst_graph_structure.moc"
