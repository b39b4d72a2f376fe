// Document: observed behaviour from event logs (issue 13), kept by the store
// as one record per journey and read when asked (it is not part of the
// model the views draw on every frame).
#include "document/document.h"

#include "document/documentedit.h"
#include "events/observedjson.h"

namespace waymark {

std::optional<ObservedJourney> Document::observed(const QString &journeyId) const
{
    std::optional<QByteArray> data;
    // A file too old to have the table (opened read-only) has no event data.
    if (!m_ws.journey(journeyId) || !m_store->loadObserved(journeyId, &data, nullptr) || !data)
        return std::nullopt;
    ObservedJourney o;
    if (!observedFromStorage(*data, &o, nullptr))
        return std::nullopt;
    o.journey = journeyId;
    return o;
}

bool Document::setObserved(const QString &journeyId, const std::optional<ObservedJourney> &observed,
                           QString *error)
{
    if (!mutableJourney(journeyId, error))
        return false;
    const QByteArray data = observed ? observedToStorage(*observed) : QByteArray();
    return edit(
            error,
            [&](QString *e) {
                return m_store->saveObserved(
                        journeyId, observed ? observed->source : QString(),
                        observed ? observed->importedAt.toUTC().toString(Qt::ISODate) : QString(),
                        observed ? &data : nullptr, e);
            },
            [&] { noteChanged(ItemKind::Observed, journeyId, journeyId); });
}

} // namespace waymark
