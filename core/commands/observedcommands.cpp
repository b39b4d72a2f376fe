#include "observedcommands.h"

#include "document/document.h"

#include <QCoreApplication>
#include <QHash>

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
    QHash<QString, double> share; // by link
    for (const ObservedTransition &t : std::as_const(observed->transitions)) {
        if (t.planned)
            share.insert(t.link, t.share);
    }
    // A link out of an observed step that no case took gets 0: the shares
    // leaving a step then add up to what was measured.
    for (const Link &link : j->links) {
        if (!carriesCustomers(link.kind))
            continue;
        const ObservedStep *from = observed->step(link.from);
        const auto it = share.constFind(link.id);
        if (it == share.constEnd() && (!from || from->visits == 0))
            continue;
        Link changed = link;
        const double s = it == share.constEnd() ? 0.0 : *it;
        changed.share = std::round(std::clamp(s, 0.0, 1.0) * 1000.0) / 1000.0;
        if (changed == link)
            continue;
        m_before.append(link);
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
