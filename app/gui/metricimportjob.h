#pragma once

#include "metricimportcontroller.h"

#include "metrics/metricimport.h"
#include "model/workspace.h"

#include <atomic>

namespace waymark {

// What the worker thread reads and writes; the GUI thread looks only at the
// atomics until the thread has finished.
struct MetricImportController::Job
{
    Workspace workspace;
    QString journeyId;
    QString path;
    DataPreview preview;
    Mapping mapping;
    QList<MetricDef> changedDefs;
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
    // Results, read after the thread finished.
    bool ok = false;
    bool cancelled = false;
    QString error;
    ImportPlan plan;
};

} // namespace waymark
