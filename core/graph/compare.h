#pragma once

#include "analysis.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace waymark {

// A step that is in both states but not the same in both.
struct StepChange
{
    QString current;    // step id in the current state
    QString future;     // step id in the future state
    QStringList fields; // JSON names: title, description, kind, stage, lane, channel,
                        // owner, emotion, momentOfTruth, entry, goal, links
};

// The figures of one state that the comparison puts side by side.
struct StateFigures
{
    QString id;
    QString name;
    int steps = 0;
    int handoffs = 0;        // seams of the map (JourneyAnalysis::handoffs)
    int channelSwitches = 0; // JourneyAnalysis::channelSwitches
    std::optional<double> goalShare;
    std::optional<JourneyPath> typicalPath; // the most likely entry-to-goal path
};

// Current state against future state (or any two journeys).
struct JourneyComparison
{
    StateFigures current;
    StateFigures future;
    QStringList added;   // future step ids with no match in the current state
    QStringList removed; // current step ids with no match in the future state
    QList<StepChange> changed;
    int unchanged = 0;
    bool cancelled = false;
};

// Steps are matched by their external key when both have the same one (and
// it is unique in each journey), otherwise by title (ignoring case and
// extra spaces). A matched step has changed when one of the fields above
// differs; stages and lanes are compared by name, links by where they lead
// (through the matching), their kind and share.
JourneyComparison compareJourneys(const Journey &current, const Journey &future,
                                  const QList<MetricDef> &metricDefs,
                                  const AnalysisOptions &options = {});

} // namespace waymark
