#pragma once

#include "model/workspace.h"

#include <QList>
#include <QString>

namespace waymark {

// Below this many answers a value is flagged as a small sample wherever it is shown.
constexpr qint64 kSmallSample = 30;

// One metric of one step, over all periods and segments.
struct StepMetric
{
    QString metric; // metric definition id
    double value = 0;
    qint64 n = 0;
    Formula formula = Formula::Mean;
    bool smallSample() const { return n < kSmallSample; }
};

// The metrics of one step, in the order of the workspace's metric definitions.
QList<StepMetric> stepMetrics(const Workspace &workspace, const Journey &journey,
                              const QString &stepId);

} // namespace waymark
