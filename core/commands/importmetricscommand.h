#pragma once

#include "documentcommand.h"
#include "metrics/metricimport.h"

#include <QList>
#include <utility>

namespace waymark {

// Imports metric data as one undo step, all or nothing: the metric
// definitions it needs, the new import source with its values, and the
// removal of earlier imports of the same survey it replaces.
class ImportMetricsCommand : public DocumentCommand
{
public:
    ImportMetricsCommand(Document *doc, ImportPlan plan, QUndoCommand *parent = nullptr);

    const ImportPlan &plan() const { return m_plan; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    ImportPlan m_plan;
    QList<MetricDef> m_addedDefs;
    // The replaced imports, as they were, to put back on undo.
    QList<std::pair<ImportSource, QList<MetricValue>>> m_replaced;
};

} // namespace waymark
