#pragma once

#include "documentcommand.h"
#include "events/observed.h"

#include <optional>

namespace waymark {

// Stores what an event log says about a journey, replacing its earlier
// event data, as one undo step (all or nothing).
class ImportEventsCommand : public DocumentCommand
{
public:
    ImportEventsCommand(Document *doc, ObservedJourney observed, QUndoCommand *parent = nullptr);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    ObservedJourney m_observed;
    std::optional<ObservedJourney> m_previous;
};

} // namespace waymark
