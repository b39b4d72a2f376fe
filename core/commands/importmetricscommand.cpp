#include "importmetricscommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace waymark {

ImportMetricsCommand::ImportMetricsCommand(Document *doc, ImportPlan plan, QUndoCommand *parent)
    : DocumentCommand(doc,
                      QCoreApplication::translate("Commands", "Import metrics from %1")
                              .arg(plan.source.fileName),
                      parent)
    , m_plan(std::move(plan))
{}

bool ImportMetricsCommand::apply(QString *error)
{
    Document *doc = document();
    // Everything below runs in the command's one transaction: a failure at
    // any point rolls all of it back (DocumentCommand::redo()).
    m_addedDefs.clear();
    for (const MetricDef &def : std::as_const(m_plan.newMetricDefs)) {
        if (doc->workspace().metricDef(def.id))
            continue;
        if (!doc->insertMetricDef(def, int(doc->workspace().metricDefs.size()), error))
            return false;
        m_addedDefs.append(def);
    }
    m_replaced.clear();
    for (const QString &id : std::as_const(m_plan.replaces)) {
        const ImportSource *old = doc->workspace().source(id);
        if (!old)
            continue;
        const ImportSource copy = *old;
        QList<MetricValue> values;
        if (!doc->removeSource(id, &values, error))
            return false;
        m_replaced.append({copy, values});
    }
    return doc->insertSource(m_plan.source, m_plan.values, error);
}

bool ImportMetricsCommand::revert(QString *error)
{
    Document *doc = document();
    if (!doc->removeSource(m_plan.source.id, nullptr, error))
        return false;
    for (const auto &[source, values] : std::as_const(m_replaced)) {
        if (!doc->insertSource(source, values, error))
            return false;
    }
    for (qsizetype i = m_addedDefs.size() - 1; i >= 0; --i) {
        if (!doc->removeMetricDef(m_addedDefs[i].id, error))
            return false;
    }
    return true;
}

} // namespace waymark
