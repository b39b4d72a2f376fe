#include "importeventscommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace waymark {

ImportEventsCommand::ImportEventsCommand(Document *doc, ObservedJourney observed,
                                         QUndoCommand *parent)
    : DocumentCommand(
            doc,
            QCoreApplication::translate("Commands", "Import events from %1").arg(observed.source),
            parent)
    , m_observed(std::move(observed))
{}

bool ImportEventsCommand::apply(QString *error)
{
    m_previous = document()->observed(m_observed.journey);
    return document()->setObserved(m_observed.journey, m_observed, error);
}

bool ImportEventsCommand::revert(QString *error)
{
    return document()->setObserved(m_observed.journey, m_previous, error);
}

} // namespace waymark
