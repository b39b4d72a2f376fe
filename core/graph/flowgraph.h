#pragma once

#include "model/workspace.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <unordered_map>
#include <vector>

namespace waymark {

struct WhatIf;

// One hop between two steps of the flow graph; parallel links between the
// same two steps are merged into one edge so that a path is a list of steps.
struct FlowEdge
{
    int from = 0;
    int to = 0;
    QStringList links;                       // ids of the merged links, in journey order
    QList<std::optional<double>> linkShares; // their own shares
    std::optional<double> share;             // sum of the links' shares; unknown when one has none
    bool handoffLink = false;                // one of the links is of kind handoff
    bool seam = false;          // a handoff link, or the two steps have different owners
    bool channelSwitch = false; // both steps have a channel and the channels differ
};

// The part of a journey customers move through, as a compact directed graph.
//
// Which steps and links are in it (the decision, also in the README):
// - links of kind flow, alternative and handoff carry customers; dependency
//   links only show what a step relies on (a system, a policy) and are left out;
// - a step is in the graph when a customer-carrying link touches it, when it is
//   flagged as an entry or a goal, or when no link touches it at all and it is
//   not an annotation card. Annotation cards are steps of kind evidence,
//   painpoint, opportunity or note, and steps in the evidence, emotions,
//   thoughts, painpoints, opportunities, metrics and support lanes (support
//   processes are the systems that dependency links point at). A pain point
//   that customers walk through ("Abandons the checkout") is linked, so it is
//   in the graph;
// - entries and goals: the explicit flags when any step of the journey has
//   one (entries and goals are decided separately), otherwise inferred: a step
//   with a link out but none in is an entry, a step with a link in but none
//   out is a goal (links to itself do not count).
//
// Vertices are numbered in journey order, so every list built from them
// reads in the order of the map.
struct FlowGraph
{
    QString journeyId;
    QStringList ids;            // vertex -> step id
    std::vector<int> stepIndex; // vertex -> index in Journey::steps
    QStringList owners;         // vertex -> owner ("" for none)
    QStringList channels;       // vertex -> channel id ("" for none)
    // Step id -> index in Journey::steps. Not a QHash<QString>: Qt 6.4's
    // hash of short strings with QHash's random seed is ~15x slower than
    // unseeded, and building the graph of a 10,000-step map is mostly hashing.
    struct IdHash
    {
        size_t operator()(const QString &id) const noexcept { return qHash(id, 0); }
    };
    std::unordered_map<QString, int, IdHash> stepIndexOf;
    std::vector<int> vertexOfStep; // index in Journey::steps -> vertex, -1 when outside
    std::vector<FlowEdge> edges;   // sorted by (from, to)
    std::vector<int> outBegin;     // edges of v are [outBegin[v], outBegin[v + 1])
    std::vector<char> entry;       // vertex -> is an entry
    std::vector<char> goal;        // vertex -> is a goal
    std::vector<int> entries;      // in journey order
    std::vector<int> goals;
    bool entriesExplicit = false;
    bool goalsExplicit = false;
    std::vector<char> selfLink; // vertex -> has a link to itself
    // Vertex -> share of its customers who go on, from a conversion metric of
    // the step; negative when there is none (see resolveTransitions).
    std::vector<double> conversion;
    QStringList outside; // steps not in the flow graph, journey order

    int vertex(const QString &stepId) const; // -1 when not in the graph
    int vertexCount() const { return int(ids.size()); }
    int edgeCount() const { return int(edges.size()); }
};

// Builds the flow graph of a journey; the metric definitions say which
// metric values are conversion rates (values above 1 are read as percent).
FlowGraph buildFlowGraph(const Journey &journey, const QList<MetricDef> &metricDefs = {});

// Where the customers at each step go: a probability per edge, and per
// vertex the probability of leaving the journey there (the drop-off).
struct Transitions
{
    std::vector<double> p;     // edge -> probability
    std::vector<double> leave; // vertex -> 1 - sum of its edges' p (0 for goals)
};

// Turns link shares into transition probabilities. Missing shares: the share
// a step's known links leave unclaimed (1 - their sum, or its conversion
// rate - their sum when the step has a conversion metric) is split evenly
// over its links without a share, so a step whose links have no shares at
// all loses no one (or exactly 1 - conversion). Known shares that add up to
// more than 1 are scaled down to 1. A what-if can replace link shares and
// step drop-offs first (see analysis.h).
Transitions resolveTransitions(const FlowGraph &graph, const WhatIf *whatIf = nullptr);

} // namespace waymark
