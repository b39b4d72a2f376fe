#pragma once

#include "model/workspace.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace waymark {

struct FlowGraph;

// The journey graph analyses of DESIGN.md §7 (issue 5). Everything here works
// on a copy: take a Journey (a value type) and the workspace's metric
// definitions to a worker thread, run analyzeJourney() there and hand the
// result back; steps, links and paths are named by id, so the window can
// select and highlight them.

// How far to go, and how to report and stop. The callbacks are called on the
// thread that runs the analysis.
struct AnalysisOptions
{
    int pathLimit = 20;               // paths listed, most likely first
    qint64 pathSearchBudget = 200000; // partial paths the path search may expand
    qint64 pathCountBudget = 2000000; // hops the path count may walk in a graph with loops
    bool centrality = true;           // betweenness: the one slow part (O(steps x links))
    std::function<void(int percent)> progress;
    const std::atomic_bool *cancel = nullptr; // set it to stop soon; the result says cancelled
};

// An entry-to-goal path: the steps in order and, for each hop, the ids of its
// links (more than one when parallel links join the same two steps).
struct JourneyPath
{
    QStringList steps;
    QList<QStringList> links;
    double share = 0; // product of the hops' shares
    int handoffs = 0;
    int channelSwitches = 0;
};

// Customers at one step of the flow graph, per customer who starts at an entry.
struct StepFlow
{
    QString step;
    double visits = 0;    // expected visits (above 1 inside loops)
    double dropOff = 0;   // share of the customers at this step who leave here
    double lost = 0;      // share of all customers who leave the journey here
    bool trapped = false; // in a loop nobody leaves: they never reach a goal
};

// Why a step matters; every part is 0..1.
struct StepImportance
{
    QString step;
    double score = 0;
    double lost = 0;       // customers lost here, relative to the step losing most
    double centrality = 0; // betweenness, relative to the highest
    double traffic = 0;    // customers passing, relative to the busiest step
    double badness = 0;    // how bad its metric values are (0 best, 1 worst)
    bool hasMetrics = false;
};

// Everything the analysis finds in one journey.
struct JourneyAnalysis
{
    QString journeyId;
    bool cancelled = false;

    QStringList entries; // in journey order
    QStringList goals;
    bool entriesInferred = false;
    bool goalsInferred = false;
    QStringList unreachable;
    QStringList deadEnds;
    QList<QStringList> cycles; // each from its earliest step, in the order the loop runs
    QStringList mustPass;      // from the entry side to the goal side
    QStringList outside;       // steps that are not part of the flow graph

    QList<JourneyPath> paths;    // highest share first, at most pathLimit
    qint64 pathCount = 0;        // simple entry-to-goal paths
    bool pathCountExact = true;  // false: the count stopped at its budget (a lower bound)
    bool pathsTruncated = false; // `paths` does not hold every path

    std::optional<double> goalShare;              // none when the journey has no entry
    QList<StepFlow> flow;                         // every step of the flow graph, journey order
    QList<std::pair<QString, double>> centrality; // journey order; empty when not asked for
    QList<StepImportance> importance;             // most important first

    // Seams of the whole map that customers can meet (from steps an entry
    // reaches): hops that are handoffs (as on a path), and pairs of steps with
    // a channel that follow each other, directly or through steps without a
    // channel, with different channels.
    int handoffs = 0;
    int channelSwitches = 0;
};

// Runs every analysis on one journey. `metricDefs` are the workspace's metric
// definitions; the values are the journey's own (period "" and segment "").
JourneyAnalysis analyzeJourney(const Journey &journey, const QList<MetricDef> &metricDefs,
                               const AnalysisOptions &options = {});

// What-if: try other link shares or step drop-offs without editing the map.
// A link's share replaces the link's own; a step's drop-off (0..1) rescales the
// step's outgoing shares so that exactly that share of its customers leave.
struct WhatIf
{
    QHash<QString, double> linkShares; // link id -> share
    QHash<QString, double> dropOffs;   // step id -> drop-off
    bool isEmpty() const { return linkShares.isEmpty() && dropOffs.isEmpty(); }
};

struct WhatIfResult
{
    std::optional<double> before; // goal share of the map as it is
    std::optional<double> after;  // goal share with the changes
    QList<StepFlow> flow;         // the flow with the changes
};

// Cheap (no paths, no centrality): fit for a slider. Build the graph once with
// buildFlowGraph() and call whatIf() as the slider moves.
WhatIfResult whatIf(const FlowGraph &graph, const WhatIf &changes);
WhatIfResult whatIf(const Journey &journey, const QList<MetricDef> &metricDefs,
                    const WhatIf &changes);

} // namespace waymark
