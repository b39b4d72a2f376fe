#include "changefield.h"

namespace waymark {

namespace {

template<typename List>
std::optional<typename List::value_type> byId(const List &list, const QString &id)
{
    for (const auto &item : list) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

template<typename Entity, typename Put>
bool putEach(const QList<Entity> &items, Put &&put)
{
    for (const Entity &item : items) {
        if (!put(item))
            return false;
    }
    return true;
}

} // namespace

std::optional<Step> FieldAccess<Step>::get(const Document &doc, const QString &journey,
                                           const QString &id)
{
    const Journey *j = doc.journey(journey);
    return j ? byId(j->steps, id) : std::nullopt;
}

bool FieldAccess<Step>::put(Document &doc, const QString &journey, const QList<Step> &items,
                            QString *error)
{
    return doc.updateSteps(journey, items, error);
}

std::optional<Link> FieldAccess<Link>::get(const Document &doc, const QString &journey,
                                           const QString &id)
{
    const Journey *j = doc.journey(journey);
    return j ? byId(j->links, id) : std::nullopt;
}

bool FieldAccess<Link>::put(Document &doc, const QString &journey, const QList<Link> &items,
                            QString *error)
{
    return putEach(items, [&](const Link &l) { return doc.updateLink(journey, l, error); });
}

std::optional<Stage> FieldAccess<Stage>::get(const Document &doc, const QString &journey,
                                             const QString &id)
{
    const Journey *j = doc.journey(journey);
    return j ? byId(j->stages, id) : std::nullopt;
}

bool FieldAccess<Stage>::put(Document &doc, const QString &journey, const QList<Stage> &items,
                             QString *error)
{
    return putEach(items, [&](const Stage &s) { return doc.updateStage(journey, s, error); });
}

std::optional<Lane> FieldAccess<Lane>::get(const Document &doc, const QString &journey,
                                           const QString &id)
{
    const Journey *j = doc.journey(journey);
    return j ? byId(j->lanes, id) : std::nullopt;
}

bool FieldAccess<Lane>::put(Document &doc, const QString &journey, const QList<Lane> &items,
                            QString *error)
{
    return putEach(items, [&](const Lane &l) { return doc.updateLane(journey, l, error); });
}

std::optional<Journey> FieldAccess<Journey>::get(const Document &doc, const QString &,
                                                 const QString &id)
{
    const int i = doc.workspace().journeyIndex(id);
    if (i < 0)
        return std::nullopt;
    return doc.workspace().journeys[i]; // updateJourney() writes only its own fields
}

bool FieldAccess<Journey>::put(Document &doc, const QString &, const QList<Journey> &items,
                               QString *error)
{
    return putEach(items, [&](const Journey &j) { return doc.updateJourney(j, error); });
}

std::optional<Persona> FieldAccess<Persona>::get(const Document &doc, const QString &,
                                                 const QString &id)
{
    return byId(doc.workspace().personas, id);
}

bool FieldAccess<Persona>::put(Document &doc, const QString &, const QList<Persona> &items,
                               QString *error)
{
    return putEach(items, [&](const Persona &p) { return doc.updatePersona(p, error); });
}

std::optional<Channel> FieldAccess<Channel>::get(const Document &doc, const QString &,
                                                 const QString &id)
{
    return byId(doc.workspace().channels, id);
}

bool FieldAccess<Channel>::put(Document &doc, const QString &, const QList<Channel> &items,
                               QString *error)
{
    return putEach(items, [&](const Channel &c) { return doc.updateChannel(c, error); });
}

std::optional<MetricDef> FieldAccess<MetricDef>::get(const Document &doc, const QString &,
                                                     const QString &id)
{
    return byId(doc.workspace().metricDefs, id);
}

bool FieldAccess<MetricDef>::put(Document &doc, const QString &, const QList<MetricDef> &items,
                                 QString *error)
{
    return putEach(items, [&](const MetricDef &m) { return doc.updateMetricDef(m, error); });
}

std::optional<Comment> FieldAccess<Comment>::get(const Document &doc, const QString &journey,
                                                 const QString &id)
{
    const Journey *j = doc.journey(journey);
    return j ? byId(j->comments, id) : std::nullopt;
}

bool FieldAccess<Comment>::put(Document &doc, const QString &journey, const QList<Comment> &items,
                               QString *error)
{
    return putEach(items, [&](const Comment &c) { return doc.updateComment(journey, c, error); });
}

} // namespace waymark
