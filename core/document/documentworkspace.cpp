// Document primitives: personas, channels, metric definitions, journeys.
#include "document/document.h"

#include "document/documentedit.h"
#include "model/validate.h"

#include <QSet>

#include <algorithm>

namespace waymark {

using namespace detail;

// ---- personas

bool Document::insertPersona(const Persona &p, int index, QString *error)
{
    if (p.id.isEmpty() || m_ws.persona(p.id)) {
        setError(error, tr("persona id \"%1\" is empty or already used").arg(p.id));
        return false;
    }
    index = std::clamp(index, 0, int(m_ws.personas.size()));
    return edit(
            error,
            [&](QString *e) {
                return m_store->makeRoom(Table::Persona, {}, index, e)
                       && m_store->insert({}, &p, index, e);
            },
            [&] {
                m_ws.personas.insert(index, p);
                noteAdded(ItemKind::Persona, {}, p.id);
            });
}

bool Document::updatePersona(const Persona &p, QString *error)
{
    const int i = indexOfId(m_ws.personas, p.id);
    if (i < 0) {
        setError(error, tr("there is no persona \"%1\"").arg(p.id));
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->update({}, &p, e); },
            [&] {
                m_ws.personas[i] = p;
                noteChanged(ItemKind::Persona, {}, p.id);
            });
}

bool Document::removePersona(const QString &id, QString *error)
{
    const int i = indexOfId(m_ws.personas, id);
    if (i < 0) {
        setError(error, tr("there is no persona \"%1\"").arg(id));
        return false;
    }
    for (const Journey &j : m_ws.journeys) {
        if (j.persona == id) {
            setError(error, tr("persona \"%1\" is used by journey \"%2\"").arg(id, j.name));
            return false;
        }
    }
    return edit(
            error,
            [&](QString *e) {
                return m_store->remove(Table::Persona, {}, {id}, e)
                       && m_store->closeGap(Table::Persona, {}, i, e);
            },
            [&] {
                m_ws.personas.removeAt(i);
                noteRemoved(ItemKind::Persona, {}, id);
            });
}

bool Document::movePersona(int from, int to, QString *error)
{
    if (!validMove(from, to, m_ws.personas.size())) {
        setError(error, tr("no persona at that position"));
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->moveRow(Table::Persona, {}, from, to, e); },
            [&] {
                m_ws.personas.move(from, to);
                noteReordered(ItemKind::Persona, {});
            });
}

// ---- channels

bool Document::insertChannel(const Channel &c, int index, QString *error)
{
    if (c.id.isEmpty() || m_ws.channel(c.id)) {
        setError(error, tr("channel id \"%1\" is empty or already used").arg(c.id));
        return false;
    }
    index = std::clamp(index, 0, int(m_ws.channels.size()));
    return edit(
            error,
            [&](QString *e) {
                return m_store->makeRoom(Table::Channel, {}, index, e)
                       && m_store->insert({}, &c, index, e);
            },
            [&] {
                m_ws.channels.insert(index, c);
                noteAdded(ItemKind::Channel, {}, c.id);
            });
}

bool Document::updateChannel(const Channel &c, QString *error)
{
    const int i = indexOfId(m_ws.channels, c.id);
    if (i < 0) {
        setError(error, tr("there is no channel \"%1\"").arg(c.id));
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->update({}, &c, e); },
            [&] {
                m_ws.channels[i] = c;
                noteChanged(ItemKind::Channel, {}, c.id);
            });
}

bool Document::removeChannel(const QString &id, QString *error)
{
    const int i = indexOfId(m_ws.channels, id);
    if (i < 0) {
        setError(error, tr("there is no channel \"%1\"").arg(id));
        return false;
    }
    for (const Journey &j : m_ws.journeys) {
        for (const Step &st : j.steps) {
            if (st.channel == id) {
                setError(error, tr("channel \"%1\" is used by step \"%2\"").arg(id, st.title));
                return false;
            }
        }
    }
    return edit(
            error,
            [&](QString *e) {
                return m_store->remove(Table::Channel, {}, {id}, e)
                       && m_store->closeGap(Table::Channel, {}, i, e);
            },
            [&] {
                m_ws.channels.removeAt(i);
                noteRemoved(ItemKind::Channel, {}, id);
            });
}

bool Document::moveChannel(int from, int to, QString *error)
{
    if (!validMove(from, to, m_ws.channels.size())) {
        setError(error, tr("no channel at that position"));
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->moveRow(Table::Channel, {}, from, to, e); },
            [&] {
                m_ws.channels.move(from, to);
                noteReordered(ItemKind::Channel, {});
            });
}

// ---- metric definitions

bool Document::insertMetricDef(const MetricDef &m, int index, QString *error)
{
    if (m.id.isEmpty() || m_ws.metricDef(m.id)) {
        setError(error, tr("metric id \"%1\" is empty or already used").arg(m.id));
        return false;
    }
    index = std::clamp(index, 0, int(m_ws.metricDefs.size()));
    return edit(
            error,
            [&](QString *e) {
                return m_store->makeRoom(Table::MetricDef, {}, index, e)
                       && m_store->insert({}, &m, index, e);
            },
            [&] {
                m_ws.metricDefs.insert(index, m);
                noteAdded(ItemKind::MetricDef, {}, m.id);
            });
}

bool Document::updateMetricDef(const MetricDef &m, QString *error)
{
    const int i = indexOfId(m_ws.metricDefs, m.id);
    if (i < 0) {
        setError(error, tr("there is no metric \"%1\"").arg(m.id));
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->update({}, &m, e); },
            [&] {
                m_ws.metricDefs[i] = m;
                noteChanged(ItemKind::MetricDef, {}, m.id);
            });
}

bool Document::removeMetricDef(const QString &id, QString *error)
{
    const int i = indexOfId(m_ws.metricDefs, id);
    if (i < 0) {
        setError(error, tr("there is no metric \"%1\"").arg(id));
        return false;
    }
    for (const Journey &j : m_ws.journeys) {
        for (const MetricValue &v : j.metricValues) {
            if (v.metric == id) {
                setError(error, tr("metric \"%1\" has values in journey \"%2\"").arg(id, j.name));
                return false;
            }
        }
    }
    return edit(
            error,
            [&](QString *e) {
                return m_store->remove(Table::MetricDef, {}, {id}, e)
                       && m_store->closeGap(Table::MetricDef, {}, i, e);
            },
            [&] {
                m_ws.metricDefs.removeAt(i);
                noteRemoved(ItemKind::MetricDef, {}, id);
            });
}

// ---- journeys

bool Document::insertJourney(const Journey &j, int index, QString *error)
{
    if (m_ws.journeyIndex(j.id) >= 0) {
        setError(error, tr("journey id \"%1\" is already used").arg(j.id));
        return false;
    }
    if (const QString problem = validateJourney(m_ws, j); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    index = std::clamp(index, 0, int(m_ws.journeys.size()));
    return edit(
            error,
            [&](QString *e) {
                // A new journey has no event data: a row a file written by an
                // older version kept for a deleted journey of this id goes.
                if (!m_store->makeRoom(Table::Journey, {}, index, e)
                    || !m_store->insert({}, &j, index, e)
                    || !m_store->saveObserved(j.id, {}, {}, nullptr, e))
                    return false;
                return m_store->insertAll(j.id, rowRefs(j.stages), 0, e)
                       && m_store->insertAll(j.id, rowRefs(j.lanes), 0, e)
                       && m_store->insertAll(j.id, rowRefs(j.steps), 0, e)
                       && m_store->insertAll(j.id, rowRefs(j.links), 0, e)
                       && m_store->insertAll(j.id, rowRefs(j.comments), 0, e)
                       && m_store->insertAll(j.id, rowRefs(j.votes), 0, e)
                       && m_store->insertAll(j.id, rowRefs(j.metricValues), -1, e);
            },
            [&] {
                m_ws.journeys.insert(index, j);
                noteAdded(ItemKind::Journey, j.id, j.id);
            });
}

bool Document::removeJourney(const QString &id, QString *error)
{
    const int i = m_ws.journeyIndex(id);
    if (i < 0) {
        setError(error, tr("there is no journey \"%1\"").arg(id));
        return false;
    }
    for (const ImportSource &src : m_ws.sources) {
        if (src.journey == id) {
            setError(error, tr("journey \"%1\" still has imported data").arg(id));
            return false;
        }
    }
    // Its event data goes first too (RemoveJourneyCommand keeps it for undo),
    // so that the file never keeps observed rows of a journey it no longer has.
    std::optional<QByteArray> observedData;
    if (!m_store->loadObserved(id, &observedData, error))
        return false;
    if (observedData) {
        setError(error, tr("journey \"%1\" still has event data").arg(id));
        return false;
    }
    return edit(
            error,
            [&](QString *e) {
                return m_store->removeJourneyContent(id, e)
                       && m_store->remove(Table::Journey, {}, {id}, e)
                       && m_store->closeGap(Table::Journey, {}, i, e);
            },
            [&] {
                m_ws.journeys.removeAt(i);
                noteRemoved(ItemKind::Journey, id, id);
            });
}

bool Document::updateJourney(const Journey &props, QString *error)
{
    Journey *j = mutableJourney(props.id, error);
    if (!j)
        return false;
    if (!props.persona.isEmpty() && !m_ws.persona(props.persona)) {
        setError(error, tr("there is no persona \"%1\"").arg(props.persona));
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->update({}, &props, e); },
            [&] {
                j->name = props.name;
                j->persona = props.persona;
                j->scenario = props.scenario;
                j->description = props.description;
                j->state = props.state;
                j->kind = props.kind;
                j->votesPerParticipant = props.votesPerParticipant;
                noteChanged(ItemKind::Journey, props.id, props.id);
            });
}

bool Document::moveJourney(int from, int to, QString *error)
{
    if (!validMove(from, to, m_ws.journeys.size())) {
        setError(error, tr("no journey at that position"));
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->moveRow(Table::Journey, {}, from, to, e); },
            [&] {
                m_ws.journeys.move(from, to);
                noteReordered(ItemKind::Journey, {});
            });
}

} // namespace waymark
