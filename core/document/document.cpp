#include "document/document.h"

#include "document/documentstore.h"
#include "model/validate.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace waymark {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

template<typename List>
int indexOfId(const List &list, QStringView id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].id == id)
            return i;
    }
    return -1;
}

bool validMove(int from, int to, qsizetype count)
{
    return from >= 0 && to >= 0 && from < count && to < count;
}

} // namespace

Document::Document(std::unique_ptr<DocumentStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    m_readOnlyReason = m_store->readOnlyReason();
    QString error;
    if (!m_store->load(&m_ws, &error))
        m_readOnlyReason = tr("The file could not be read completely: %1").arg(error);
}

Document::~Document() = default;

QString Document::filePath() const
{
    return m_store->location();
}

void Document::setReadOnly(const QString &reason)
{
    if (m_readOnlyReason == reason)
        return;
    m_readOnlyReason = reason;
    Q_EMIT readOnlyChanged();
}

bool Document::reload(QString *error)
{
    Workspace fresh;
    if (!m_store->load(&fresh, error))
        return false;
    m_ws = std::move(fresh);
    m_pending = ChangeSet();
    Q_EMIT reset();
    ChangeSet all;
    all.reset = true;
    Q_EMIT changed(all);
    return true;
}

bool Document::integrityCheck(QString *error)
{
    return m_store->integrityCheck(error);
}

bool Document::checkWritable(QString *error) const
{
    if (!m_readOnlyReason.isEmpty()) {
        setError(error, m_readOnlyReason);
        return false;
    }
    return true;
}

bool Document::placeRow(int table, const QString &journey, const QString &beforeId,
                        qint64 *position, QString *error)
{
    const auto t = Table(table);
    if (beforeId.isEmpty()) {
        const auto end = m_store->endPosition(t, journey, error);
        if (!end)
            return false;
        *position = *end;
        return true;
    }
    const auto at = m_store->positionOf(t, journey, beforeId, error);
    if (!at || !m_store->makeRoom(t, journey, int(*at), error))
        return false;
    *position = *at;
    return true;
}

Journey *Document::mutableJourney(const QString &id, QString *error)
{
    const int i = m_ws.journeyIndex(id);
    if (i < 0) {
        setError(error, tr("there is no journey \"%1\"").arg(id));
        return nullptr;
    }
    return &m_ws.journeys[i];
}

template<typename Write, typename Apply>
bool Document::edit(QString *error, Write &&write, Apply &&apply)
{
    if (!checkWritable(error))
        return false;
    QString reason;
    if (!m_store->begin(&reason)) {
        setError(error, reason);
        return false;
    }
    if (!write(&reason)) {
        m_store->rollback();
        if (m_batchDepth > 0)
            m_batchFailed = true;
        setError(error, reason);
        return false;
    }
    if (!m_store->commit(&reason)) {
        setError(error, reason);
        return false;
    }
    apply();
    Q_EMIT edited();
    if (m_batchDepth == 0)
        flushChanges();
    return true;
}

void Document::noteAdded(ItemKind kind, const QString &journey, const QString &id)
{
    m_pending.added.append({kind, journey, id});
}

void Document::noteChanged(ItemKind kind, const QString &journey, const QString &id)
{
    m_pending.changed.append({kind, journey, id});
}

void Document::noteRemoved(ItemKind kind, const QString &journey, const QString &id)
{
    m_pending.removed.append({kind, journey, id});
}

void Document::noteReordered(ItemKind kind, const QString &journey)
{
    m_pending.reordered.append({kind, journey, {}});
}

void Document::noteRemoval(const QString &journey, const Removal &removal,
                           QList<ChangeSet::Item> ChangeSet::*list)
{
    QList<ChangeSet::Item> &items = m_pending.*list;
    for (const auto &[i, st] : removal.steps)
        items.append({ItemKind::Step, journey, st.id});
    for (const auto &[i, l] : removal.links)
        items.append({ItemKind::Link, journey, l.id});
    for (const auto &[i, c] : removal.comments)
        items.append({ItemKind::Comment, journey, c.id});
    for (const auto &[i, v] : removal.votes)
        m_pending.changed.append({ItemKind::Vote, journey, v.step});
    noteMetricValues(journey, removal.values);
}

void Document::noteMetricValues(const QString &journey, const QList<MetricValue> &values)
{
    QSet<QString> steps;
    for (const MetricValue &v : values) {
        if (!steps.contains(v.step)) {
            steps.insert(v.step);
            m_pending.changed.append({ItemKind::MetricValues, journey, v.step});
        }
    }
}

void Document::flushChanges()
{
    if (m_pending.isEmpty())
        return;
    const ChangeSet change = std::exchange(m_pending, ChangeSet());
    Q_EMIT changed(change);
}

// ---- batches

Document::Batch::Batch(Document *doc)
    : m_doc(doc)
{
    if (!doc->isReadOnly() && doc->m_store->begin(nullptr)) {
        m_open = true;
        ++doc->m_batchDepth;
    }
}

Document::Batch::~Batch()
{
    if (!m_open || m_done)
        return;
    --m_doc->m_batchDepth;
    m_doc->m_store->rollback();
    // Primitives inside the batch already changed memory: read the truth back.
    if (m_doc->m_batchDepth == 0) {
        m_doc->m_batchFailed = false;
        m_doc->reload(nullptr);
    }
}

bool Document::Batch::commit(QString *error)
{
    if (!m_open) {
        setError(error, m_doc->isReadOnly() ? m_doc->readOnlyReason()
                                            : tr("could not start a transaction"));
        return false;
    }
    if (m_doc->m_batchFailed && m_doc->m_batchDepth == 1) {
        setError(error, tr("a part of the change failed"));
        return false; // the destructor rolls back
    }
    QString reason;
    if (!m_doc->m_store->commit(&reason)) {
        m_done = true;
        --m_doc->m_batchDepth;
        if (m_doc->m_batchDepth == 0) {
            m_doc->m_batchFailed = false;
            m_doc->reload(nullptr);
        }
        setError(error, reason);
        return false;
    }
    m_done = true;
    --m_doc->m_batchDepth;
    if (m_doc->m_batchDepth == 0)
        m_doc->flushChanges();
    return true;
}

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
                Q_EMIT personasChanged();
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
                Q_EMIT personasChanged();
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
                Q_EMIT personasChanged();
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
                Q_EMIT personasChanged();
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
                Q_EMIT channelsChanged();
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
                Q_EMIT channelsChanged();
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
                Q_EMIT channelsChanged();
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
                Q_EMIT channelsChanged();
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
                Q_EMIT metricDefsChanged();
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
                Q_EMIT metricDefsChanged();
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
                Q_EMIT metricDefsChanged();
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
                if (!m_store->makeRoom(Table::Journey, {}, index, e)
                    || !m_store->insert({}, &j, index, e))
                    return false;
                for (int i = 0; i < j.stages.size(); ++i) {
                    if (!m_store->insert(j.id, &j.stages[i], i, e))
                        return false;
                }
                for (int i = 0; i < j.lanes.size(); ++i) {
                    if (!m_store->insert(j.id, &j.lanes[i], i, e))
                        return false;
                }
                for (int i = 0; i < j.steps.size(); ++i) {
                    if (!m_store->insert(j.id, &j.steps[i], i, e))
                        return false;
                }
                for (int i = 0; i < j.links.size(); ++i) {
                    if (!m_store->insert(j.id, &j.links[i], i, e))
                        return false;
                }
                for (int i = 0; i < j.comments.size(); ++i) {
                    if (!m_store->insert(j.id, &j.comments[i], i, e))
                        return false;
                }
                for (int i = 0; i < j.votes.size(); ++i) {
                    if (!m_store->insert(j.id, &j.votes[i], i, e))
                        return false;
                }
                for (const MetricValue &v : j.metricValues) {
                    if (!m_store->insert(j.id, &v, -1, e))
                        return false;
                }
                return true;
            },
            [&] {
                m_ws.journeys.insert(index, j);
                Q_EMIT journeysChanged();
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
    return edit(
            error,
            [&](QString *e) {
                return m_store->removeJourneyContent(id, e)
                       && m_store->remove(Table::Journey, {}, {id}, e)
                       && m_store->closeGap(Table::Journey, {}, i, e);
            },
            [&] {
                m_ws.journeys.removeAt(i);
                Q_EMIT journeysChanged();
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
                Q_EMIT journeysChanged();
                Q_EMIT journeyChanged(props.id);
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
                Q_EMIT journeysChanged();
                noteReordered(ItemKind::Journey, {});
            });
}

// ---- stages and lanes

bool Document::insertStage(const QString &journey, const Stage &s, int index, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    if (s.id.isEmpty() || j->stage(s.id)) {
        setError(error, tr("stage id \"%1\" is empty or already used").arg(s.id));
        return false;
    }
    index = std::clamp(index, 0, int(j->stages.size()));
    return edit(
            error,
            [&](QString *e) {
                return m_store->makeRoom(Table::Stage, journey, index, e)
                       && m_store->insert(journey, &s, index, e);
            },
            [&] {
                j->stages.insert(index, s);
                Q_EMIT journeyChanged(journey);
                noteAdded(ItemKind::Stage, journey, s.id);
            });
}

bool Document::updateStage(const QString &journey, const Stage &s, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    const int i = j->stageIndex(s.id);
    if (i < 0) {
        setError(error, tr("there is no stage \"%1\"").arg(s.id));
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->update(journey, &s, e); },
            [&] {
                j->stages[i] = s;
                Q_EMIT journeyChanged(journey);
                noteChanged(ItemKind::Stage, journey, s.id);
            });
}

bool Document::removeStage(const QString &journey, const QString &id, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    const int i = j->stageIndex(id);
    if (i < 0) {
        setError(error, tr("there is no stage \"%1\"").arg(id));
        return false;
    }
    for (const Step &st : j->steps) {
        if (st.stage == id) {
            setError(error, tr("stage \"%1\" still holds steps").arg(j->stages[i].name));
            return false;
        }
    }
    return edit(
            error,
            [&](QString *e) {
                return m_store->remove(Table::Stage, journey, {id}, e)
                       && m_store->closeGap(Table::Stage, journey, i, e);
            },
            [&] {
                j->stages.removeAt(i);
                Q_EMIT journeyChanged(journey);
                noteRemoved(ItemKind::Stage, journey, id);
            });
}

bool Document::moveStage(const QString &journey, int from, int to, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    if (!validMove(from, to, j->stages.size())) {
        setError(error, tr("no stage at that position"));
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->moveRow(Table::Stage, journey, from, to, e); },
            [&] {
                j->stages.move(from, to);
                Q_EMIT journeyChanged(journey);
                noteReordered(ItemKind::Stage, journey);
            });
}

bool Document::insertLane(const QString &journey, const Lane &l, int index, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    if (l.id.isEmpty() || j->lane(l.id)) {
        setError(error, tr("lane id \"%1\" is empty or already used").arg(l.id));
        return false;
    }
    index = std::clamp(index, 0, int(j->lanes.size()));
    return edit(
            error,
            [&](QString *e) {
                return m_store->makeRoom(Table::Lane, journey, index, e)
                       && m_store->insert(journey, &l, index, e);
            },
            [&] {
                j->lanes.insert(index, l);
                Q_EMIT journeyChanged(journey);
                noteAdded(ItemKind::Lane, journey, l.id);
            });
}

bool Document::updateLane(const QString &journey, const Lane &l, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    const int i = j->laneIndex(l.id);
    if (i < 0) {
        setError(error, tr("there is no lane \"%1\"").arg(l.id));
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->update(journey, &l, e); },
            [&] {
                j->lanes[i] = l;
                Q_EMIT journeyChanged(journey);
                noteChanged(ItemKind::Lane, journey, l.id);
            });
}

bool Document::removeLane(const QString &journey, const QString &id, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    const int i = j->laneIndex(id);
    if (i < 0) {
        setError(error, tr("there is no lane \"%1\"").arg(id));
        return false;
    }
    for (const Step &st : j->steps) {
        if (st.lane == id) {
            setError(error, tr("lane \"%1\" still holds steps").arg(j->lanes[i].name));
            return false;
        }
    }
    return edit(
            error,
            [&](QString *e) {
                return m_store->remove(Table::Lane, journey, {id}, e)
                       && m_store->closeGap(Table::Lane, journey, i, e);
            },
            [&] {
                j->lanes.removeAt(i);
                Q_EMIT journeyChanged(journey);
                noteRemoved(ItemKind::Lane, journey, id);
            });
}

bool Document::moveLane(const QString &journey, int from, int to, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    if (!validMove(from, to, j->lanes.size())) {
        setError(error, tr("no lane at that position"));
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->moveRow(Table::Lane, journey, from, to, e); },
            [&] {
                j->lanes.move(from, to);
                Q_EMIT journeyChanged(journey);
                noteReordered(ItemKind::Lane, journey);
            });
}

// ---- steps and links

bool Document::insertStep(const QString &journey, const Step &st, int index, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    if (j->step(st.id)) {
        setError(error, tr("step id \"%1\" is already used").arg(st.id));
        return false;
    }
    if (const QString problem = validateStep(m_ws, *j, st); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    index = std::clamp(index, 0, int(j->steps.size()));
    return edit(
            error,
            [&](QString *e) {
                return m_store->makeRoom(Table::Step, journey, index, e)
                       && m_store->insert(journey, &st, index, e);
            },
            [&] {
                j->steps.insert(index, st);
                Q_EMIT journeyChanged(journey);
                Q_EMIT stepsChanged(journey, {st.id});
                noteAdded(ItemKind::Step, journey, st.id);
            });
}

bool Document::updateSteps(const QString &journey, const QList<Step> &steps, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    QList<int> indexes;
    QStringList ids;
    for (const Step &st : steps) {
        const int i = j->stepIndex(st.id);
        if (i < 0) {
            setError(error, tr("there is no step \"%1\"").arg(st.id));
            return false;
        }
        if (const QString problem = validateStep(m_ws, *j, st); !problem.isEmpty()) {
            setError(error, problem);
            return false;
        }
        indexes.append(i);
        ids.append(st.id);
    }
    return edit(
            error,
            [&](QString *e) {
                for (const Step &st : steps) {
                    if (!m_store->update(journey, &st, e))
                        return false;
                }
                return true;
            },
            [&] {
                for (int k = 0; k < steps.size(); ++k)
                    j->steps[indexes[k]] = steps[k];
                Q_EMIT journeyChanged(journey);
                Q_EMIT stepsChanged(journey, ids);
                for (const QString &id : ids)
                    noteChanged(ItemKind::Step, journey, id);
            });
}

bool Document::insertLink(const QString &journey, const Link &l, int index, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    if (j->link(l.id)) {
        setError(error, tr("link id \"%1\" is already used").arg(l.id));
        return false;
    }
    if (const QString problem = validateLink(*j, l); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    index = std::clamp(index, 0, int(j->links.size()));
    return edit(
            error,
            [&](QString *e) {
                return m_store->makeRoom(Table::Link, journey, index, e)
                       && m_store->insert(journey, &l, index, e);
            },
            [&] {
                j->links.insert(index, l);
                Q_EMIT journeyChanged(journey);
                noteAdded(ItemKind::Link, journey, l.id);
            });
}

bool Document::updateLink(const QString &journey, const Link &l, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    const int i = j->linkIndex(l.id);
    if (i < 0) {
        setError(error, tr("there is no link \"%1\"").arg(l.id));
        return false;
    }
    if (const QString problem = validateLink(*j, l); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->update(journey, &l, e); },
            [&] {
                j->links[i] = l;
                Q_EMIT journeyChanged(journey);
                noteChanged(ItemKind::Link, journey, l.id);
            });
}

bool Document::removeItems(const QString &journey, const QStringList &stepIds,
                           const QStringList &linkIds, Removal *removed, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    const QSet<QString> steps(stepIds.begin(), stepIds.end());
    const QSet<QString> explicitLinks(linkIds.begin(), linkIds.end());
    for (const QString &id : steps) {
        if (!j->step(id)) {
            setError(error, tr("there is no step \"%1\"").arg(id));
            return false;
        }
    }
    for (const QString &id : explicitLinks) {
        if (!j->link(id)) {
            setError(error, tr("there is no link \"%1\"").arg(id));
            return false;
        }
    }

    Removal out;
    for (int i = 0; i < j->steps.size(); ++i) {
        if (steps.contains(j->steps[i].id))
            out.steps.append({i, j->steps[i]});
    }
    for (int i = 0; i < j->links.size(); ++i) {
        const Link &l = j->links[i];
        if (explicitLinks.contains(l.id) || steps.contains(l.from) || steps.contains(l.to))
            out.links.append({i, l});
    }
    for (int i = 0; i < j->comments.size(); ++i) {
        if (steps.contains(j->comments[i].step))
            out.comments.append({i, j->comments[i]});
    }
    for (int i = 0; i < j->votes.size(); ++i) {
        if (steps.contains(j->votes[i].step))
            out.votes.append({i, j->votes[i]});
    }
    for (const MetricValue &v : j->metricValues) {
        if (steps.contains(v.step))
            out.values.append(v);
    }

    const bool ok = edit(
            error,
            [&](QString *e) {
                for (const QString &id : steps) {
                    if (!m_store->removeMetricValues(journey, id, {}, e))
                        return false;
                }
                // Highest positions first, so each gap closes below the next delete.
                for (auto it = out.votes.crbegin(); it != out.votes.crend(); ++it) {
                    if (!m_store->remove(Table::Vote, journey,
                                         {it->second.step, it->second.participant}, e)
                        || !m_store->closeGap(Table::Vote, journey, it->first, e))
                        return false;
                }
                // Remember where each row stood: undo puts it back in its gap.
                const auto take = [&](Table table, const QString &id, QList<qint64> *rows) {
                    const auto at = m_store->positionOf(table, journey, id, e);
                    if (!at)
                        return false;
                    rows->append(*at);
                    return true;
                };
                for (const auto &[i, c] : out.comments) {
                    if (!take(Table::Comment, c.id, &out.commentRows)
                        || !m_store->remove(Table::Comment, journey, {c.id}, e))
                        return false;
                }
                for (const auto &[i, l] : out.links) {
                    if (!take(Table::Link, l.id, &out.linkRows)
                        || !m_store->remove(Table::Link, journey, {l.id}, e))
                        return false;
                }
                for (const auto &[i, st] : out.steps) {
                    if (!take(Table::Step, st.id, &out.stepRows)
                        || !m_store->remove(Table::Step, journey, {st.id}, e))
                        return false;
                }
                return true;
            },
            [&] {
                j->metricValues.removeIf(
                        [&](const MetricValue &v) { return steps.contains(v.step); });
                for (auto it = out.votes.crbegin(); it != out.votes.crend(); ++it)
                    j->votes.removeAt(it->first);
                for (auto it = out.comments.crbegin(); it != out.comments.crend(); ++it)
                    j->comments.removeAt(it->first);
                for (auto it = out.links.crbegin(); it != out.links.crend(); ++it)
                    j->links.removeAt(it->first);
                for (auto it = out.steps.crbegin(); it != out.steps.crend(); ++it)
                    j->steps.removeAt(it->first);
                Q_EMIT journeyChanged(journey);
                if (!out.values.isEmpty())
                    Q_EMIT metricValuesChanged(journey);
                noteRemoval(journey, out, &ChangeSet::removed);
            });
    if (ok && removed)
        *removed = std::move(out);
    return ok;
}

bool Document::restoreItems(const QString &journey, const Removal &r, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    // Check against the journey as it will be once the steps are back,
    // without copying it: a big map would pay for the copy on every add.
    QSet<QString> returning;
    for (const auto &[i, st] : r.steps) {
        if (j->step(st.id) || returning.contains(st.id)) {
            setError(error, tr("step id \"%1\" is already used").arg(st.id));
            return false;
        }
        if (const QString problem = validateStep(m_ws, *j, st); !problem.isEmpty()) {
            setError(error, problem);
            return false;
        }
        returning.insert(st.id);
    }
    for (const auto &[i, l] : r.links) {
        if (j->link(l.id)) {
            setError(error, tr("link id \"%1\" is already used").arg(l.id));
            return false;
        }
        for (const QString &end : {l.from, l.to}) {
            if (!returning.contains(end) && !j->step(end)) {
                setError(error,
                         tr("link \"%1\" names a step that does not exist: \"%2\"").arg(l.id, end));
                return false;
            }
        }
        if (l.share && !(*l.share >= 0.0 && *l.share <= 1.0)) {
            setError(error, tr("link \"%1\" has a share outside 0..1").arg(l.id));
            return false;
        }
    }
    return edit(
            error,
            [&](QString *e) {
                // A recorded row goes back where it stood; a new one before the
                // item now at its index (tracked as the batch inserts), or last.
                const auto row = [&](Table table, const QList<qint64> &rows, int k,
                                     QStringList *ids, int index, const QString &id,
                                     qint64 *position) {
                    const int at = std::min(index, int(ids->size()));
                    const bool placed
                            = k < rows.size() ? (*position = rows[k], true)
                                              : placeRow(int(table), journey,
                                                         at < ids->size() ? (*ids)[at] : QString(),
                                                         position, e);
                    ids->insert(at, id);
                    return placed;
                };
                QStringList stepIds, linkIds, commentIds;
                for (const Step &s : j->steps)
                    stepIds.append(s.id);
                for (const Link &l : j->links)
                    linkIds.append(l.id);
                for (const Comment &c : j->comments)
                    commentIds.append(c.id);
                for (int k = 0; k < r.steps.size(); ++k) {
                    const auto &[i, st] = r.steps[k];
                    qint64 position = 0;
                    if (!row(Table::Step, r.stepRows, k, &stepIds, i, st.id, &position)
                        || !m_store->insert(journey, &st, int(position), e))
                        return false;
                }
                for (int k = 0; k < r.links.size(); ++k) {
                    const auto &[i, l] = r.links[k];
                    qint64 position = 0;
                    if (!row(Table::Link, r.linkRows, k, &linkIds, i, l.id, &position)
                        || !m_store->insert(journey, &l, int(position), e))
                        return false;
                }
                for (int k = 0; k < r.comments.size(); ++k) {
                    const auto &[i, c] = r.comments[k];
                    qint64 position = 0;
                    if (!row(Table::Comment, r.commentRows, k, &commentIds, i, c.id, &position)
                        || !m_store->insert(journey, &c, int(position), e))
                        return false;
                }
                for (const auto &[i, v] : r.votes) {
                    if (!m_store->makeRoom(Table::Vote, journey, i, e)
                        || !m_store->insert(journey, &v, i, e))
                        return false;
                }
                for (const MetricValue &v : r.values) {
                    if (!m_store->insert(journey, &v, -1, e))
                        return false;
                }
                return true;
            },
            [&] {
                for (const auto &[i, st] : r.steps)
                    j->steps.insert(std::min(i, int(j->steps.size())), st);
                for (const auto &[i, l] : r.links)
                    j->links.insert(std::min(i, int(j->links.size())), l);
                for (const auto &[i, c] : r.comments)
                    j->comments.insert(std::min(i, int(j->comments.size())), c);
                for (const auto &[i, v] : r.votes)
                    j->votes.insert(std::min(i, int(j->votes.size())), v);
                j->metricValues.append(r.values);
                Q_EMIT journeyChanged(journey);
                if (!r.values.isEmpty())
                    Q_EMIT metricValuesChanged(journey);
                noteRemoval(journey, r, &ChangeSet::added);
            });
}

// ---- workshop data

bool Document::insertComment(const QString &journey, const Comment &c, int index, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    if (c.id.isEmpty() || indexOfId(j->comments, c.id) >= 0) {
        setError(error, tr("comment id \"%1\" is empty or already used").arg(c.id));
        return false;
    }
    if (!j->step(c.step)) {
        setError(error, tr("there is no step \"%1\"").arg(c.step));
        return false;
    }
    index = std::clamp(index, 0, int(j->comments.size()));
    return edit(
            error,
            [&](QString *e) {
                return m_store->makeRoom(Table::Comment, journey, index, e)
                       && m_store->insert(journey, &c, index, e);
            },
            [&] {
                j->comments.insert(index, c);
                Q_EMIT journeyChanged(journey);
                noteAdded(ItemKind::Comment, journey, c.id);
            });
}

bool Document::updateComment(const QString &journey, const Comment &c, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    const int i = indexOfId(j->comments, c.id);
    if (i < 0 || !j->step(c.step)) {
        setError(error, tr("there is no comment \"%1\"").arg(c.id));
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->update(journey, &c, e); },
            [&] {
                j->comments[i] = c;
                Q_EMIT journeyChanged(journey);
                noteChanged(ItemKind::Comment, journey, c.id);
            });
}

bool Document::removeComment(const QString &journey, const QString &id, QString *error)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    const int i = indexOfId(j->comments, id);
    if (i < 0) {
        setError(error, tr("there is no comment \"%1\"").arg(id));
        return false;
    }
    return edit(
            error, [&](QString *e) { return m_store->remove(Table::Comment, journey, {id}, e); },
            [&] {
                j->comments.removeAt(i);
                Q_EMIT journeyChanged(journey);
                noteRemoved(ItemKind::Comment, journey, id);
            });
}

bool Document::setVote(const QString &journey, const Vote &v, QString *error, int insertIndex)
{
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    if (!j->step(v.step)) {
        setError(error, tr("there is no step \"%1\"").arg(v.step));
        return false;
    }
    if (v.count < 0) {
        setError(error, tr("a vote count cannot be negative"));
        return false;
    }
    int i = -1;
    for (int k = 0; k < j->votes.size(); ++k) {
        if (j->votes[k].step == v.step && j->votes[k].participant == v.participant)
            i = k;
    }
    if (i < 0 && v.count == 0)
        return true;
    const int at
            = insertIndex < 0 ? int(j->votes.size()) : std::min(insertIndex, int(j->votes.size()));
    return edit(
            error,
            [&](QString *e) {
                if (i < 0) {
                    return m_store->makeRoom(Table::Vote, journey, at, e)
                           && m_store->insert(journey, &v, at, e);
                }
                if (v.count == 0) {
                    return m_store->remove(Table::Vote, journey, {v.step, v.participant}, e)
                           && m_store->closeGap(Table::Vote, journey, i, e);
                }
                return m_store->update(journey, &v, e);
            },
            [&] {
                if (i < 0)
                    j->votes.insert(at, v);
                else if (v.count == 0)
                    j->votes.removeAt(i);
                else
                    j->votes[i] = v;
                Q_EMIT journeyChanged(journey);
                noteChanged(ItemKind::Vote, journey, v.step);
            });
}

// ---- imported metric data

bool Document::insertSource(const ImportSource &src, const QList<MetricValue> &values,
                            QString *error)
{
    Journey *j = mutableJourney(src.journey, error);
    if (!j)
        return false;
    if (src.id.isEmpty() || m_ws.source(src.id)) {
        setError(error, tr("import id \"%1\" is empty or already used").arg(src.id));
        return false;
    }
    for (const MetricValue &v : values) {
        if (!j->step(v.step) || !m_ws.metricDef(v.metric) || v.source != src.id) {
            setError(error,
                     tr("a metric value does not fit the journey: step \"%1\", metric \"%2\"")
                             .arg(v.step, v.metric));
            return false;
        }
    }
    return edit(
            error,
            [&](QString *e) {
                if (!m_store->insert({}, &src, -1, e))
                    return false;
                for (const MetricValue &v : values) {
                    if (!m_store->insert(src.journey, &v, -1, e))
                        return false;
                }
                return true;
            },
            [&] {
                m_ws.sources.append(src);
                j->metricValues.append(values);
                Q_EMIT metricValuesChanged(src.journey);
                Q_EMIT journeyChanged(src.journey);
                noteAdded(ItemKind::Source, {}, src.id);
                noteMetricValues(src.journey, values);
            });
}

bool Document::removeSource(const QString &id, QList<MetricValue> *removedValues, QString *error)
{
    const int i = indexOfId(m_ws.sources, id);
    if (i < 0) {
        setError(error, tr("there is no import \"%1\"").arg(id));
        return false;
    }
    const QString journey = m_ws.sources[i].journey;
    Journey *j = mutableJourney(journey, error);
    if (!j)
        return false;
    QList<MetricValue> values;
    for (const MetricValue &v : j->metricValues) {
        if (v.source == id)
            values.append(v);
    }
    const bool ok = edit(
            error,
            [&](QString *e) {
                return m_store->removeMetricValues({}, {}, id, e)
                       && m_store->remove(Table::Source, {}, {id}, e);
            },
            [&] {
                j->metricValues.removeIf([&](const MetricValue &v) { return v.source == id; });
                m_ws.sources.removeAt(i);
                Q_EMIT metricValuesChanged(journey);
                Q_EMIT journeyChanged(journey);
                noteRemoved(ItemKind::Source, {}, id);
                noteMetricValues(journey, values);
            });
    if (ok && removedValues)
        *removedValues = std::move(values);
    return ok;
}

} // namespace waymark
