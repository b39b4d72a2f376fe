#include "observedcommands.h"

#include "document/document.h"

#include <QCoreApplication>

#include <cmath>

namespace waymark {

UseObservedSharesCommand::UseObservedSharesCommand(Document *doc, const QString &journey,
                                                   QUndoCommand *parent)
    : DocumentCommand(doc, QCoreApplication::translate("Commands", "Use observed shares"), parent)
    , m_journey(journey)
{
    const Journey *j = doc->journey(journey);
    std::optional<ObservedJourney> observed = doc->observed(journey);
    if (!j || !observed)
        return;
    refreshPlanned(&*observed, *j);
    for (const ObservedTransition &t : std::as_const(observed->transitions)) {
        const Link *link = t.planned ? j->link(t.link) : nullptr;
        if (!link)
            continue;
        Link changed = *link;
        changed.share = std::round(std::clamp(t.share, 0.0, 1.0) * 1000.0) / 1000.0;
        if (changed == *link)
            continue;
        m_before.append(*link);
        m_after.append(changed);
    }
}

bool UseObservedSharesCommand::apply(QString *error)
{
    for (const Link &l : std::as_const(m_after)) {
        if (!document()->updateLink(m_journey, l, error))
            return false;
    }
    return true;
}

bool UseObservedSharesCommand::revert(QString *error)
{
    for (const Link &l : std::as_const(m_before)) {
        if (!document()->updateLink(m_journey, l, error))
            return false;
    }
    return true;
}

} // namespace waymark
