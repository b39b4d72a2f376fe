#pragma once

#include "aggregate.h"
#include "importreport.h"
#include "mapping.h"

#include "model/workspace.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace waymark {

class DataFile;
struct DataPreview;

// What importing one data file changes, worked out before anything is
// written: ImportMetricsCommand applies it as one undo step.
struct ImportPlan
{
    ImportSource source;            // report, mapping, signature and row counts filled in
    QList<MetricValue> values;      // all with source.id
    QList<MetricDef> newMetricDefs; // definitions the data needs and the workspace lacks
    QStringList replaces;           // earlier imports of the same survey, replaced
    ImportReport report;
};

// Resolves a mapping against the data's columns and the workspace: the
// journey's steps, the metric definitions (standard ones from the
// templates, custom ones made up), the date order. Fails naming the column
// or key at fault.
bool makeAggregationSpec(const Workspace &workspace, const QString &journeyId,
                         const DataPreview &preview, const Mapping &mapping, AggregationSpec *spec,
                         QList<MetricDef> *newDefs, QString *error);

// Reads the whole file and plans the import. It reads nothing but its
// arguments, so it can run on a worker thread given a copy of the workspace
// (the window: copy Document::workspace(), plan on a thread, then push an
// ImportMetricsCommand on the GUI thread; should the document have changed
// meanwhile so the plan no longer fits, the command fails and changes
// nothing). `progress` reports and can cancel; `cancelled` says a failure
// was the user's cancel.
bool planImport(const Workspace &workspace, const QString &journeyId, const DataFile &file,
                const DataPreview &preview, const Mapping &mapping, const ImportProgress &progress,
                ImportPlan *plan, QString *error, bool *cancelled = nullptr);

} // namespace waymark
