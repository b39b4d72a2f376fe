#include "document/document.h"
#include "events/observedjson.h"
#include "storage/observedstore.h"

#include "model/validate.h"
#include "storage/sqlite.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QLockFile>
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

Document::Document(std::unique_ptr<Database> db, QString filePath, std::unique_ptr<QLockFile> lock,
                   QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_store(std::make_unique<Store>(*m_db))
    , m_lock(std::move(lock))
    , m_filePath(std::move(filePath))
{
    QString error;
    if (!m_store->load(&m_ws, &error))
        m_readOnlyReason = tr("The file could not be read completely: %1").arg(error);
}

Document::~Document()
{
    // At rest a .cjm is one self-contained file (no -wal beside it), readable
    // from a read-only folder or after being mailed; it fails harmlessly while
    // another process still reads the file.
    if (!isReadOnly() && m_db && !m_filePath.isEmpty()) {
        m_db->exec("PRAGMA busy_timeout = 0");
        m_db->exec("PRAGMA journal_mode = DELETE");
    }
    m_store.reset();
    m_db.reset(); // close (and checkpoint) before the lock goes
    m_lock.reset();
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
    Q_EMIT reset();
    return true;
}

bool Document::integrityCheck(QString *error)
{
    const QString result = m_db->queryText("PRAGMA integrity_check", error);
    if (result != QLatin1String("ok")) {
        if (error && !result.isEmpty())
            *error = result;
        return false;
    }
    const auto fkProblems = m_db->queryInt("SELECT count(*) FROM pragma_foreign_key_check", error);
    if (!fkProblems || *fkProblems != 0) {
        if (fkProblems)
            setError(error, tr("%n broken reference(s) between rows", nullptr, int(*fkProblems)));
        return false;
    }
    return true;
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
    const auto t = Store::Table(table);
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
    if (!m_db->begin(&reason)) {
        setError(error, reason);
        return false;
    }
    if (!write(&reason)) {
        m_db->rollback();
        if (m_batchDepth > 0)
            m_batchFailed = true;
        setError(error, reason);
        return false;
    }
    if (!m_db->commit(&reason)) {
        setError(error, reason);
        return false;
    }
    apply();
    Q_EMIT edited();
    return true;
}

// ---- batches

Document::Batch::Batch(Document *doc)
    : m_doc(doc)
{
    if (!doc->isReadOnly() && doc->m_db->begin()) {
        m_open = true;
        ++doc->m_batchDepth;
    }
}

Document::Batch::~Batch()
{
    if (!m_open || m_done)
        return;
    --m_doc->m_batchDepth;
    m_doc->m_db->rollback();
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
    if (!m_doc->m_db->commit(&reason)) {
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
                return m_store->makeRoom(Store::Table::Persona, {}, index, e)
                       && m_store->insertPersona(p, index, e);
            },
            [&] {
                m_ws.personas.insert(index, p);
                Q_EMIT personasChanged();
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
            error, [&](QString *e) { return m_store->updatePersona(p, e); },
            [&] {
                m_ws.personas[i] = p;
                Q_EMIT personasChanged();
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
                return m_store->deletePersona(id, e)
                       && m_store->closeGap(Store::Table::Persona, {}, i, e);
            },
            [&] {
                m_ws.personas.removeAt(i);
                Q_EMIT personasChanged();
            });
}

bool Document::movePersona(int from, int to, QString *error)
{
    if (!validMove(from, to, m_ws.personas.size())) {
        setError(error, tr("no persona at that position"));
        return false;
    }
    return edit(
            error,
            [&](QString *e) { return m_store->moveRow(Store::Table::Persona, {}, from, to, e); },
            [&] {
                m_ws.personas.move(from, to);
                Q_EMIT personasChanged();
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
                return m_store->makeRoom(Store::Table::Channel, {}, index, e)
                       && m_store->insertChannel(c, index, e);
            },
            [&] {
                m_ws.channels.insert(index, c);
                Q_EMIT channelsChanged();
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
            error, [&](QString *e) { return m_store->updateChannel(c, e); },
            [&] {
                m_ws.channels[i] = c;
                Q_EMIT channelsChanged();
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
                return m_store->deleteChannel(id, e)
                       && m_store->closeGap(Store::Table::Channel, {}, i, e);
            },
            [&] {
                m_ws.channels.removeAt(i);
                Q_EMIT channelsChanged();
            });
}

bool Document::moveChannel(int from, int to, QString *error)
{
    if (!validMove(from, to, m_ws.channels.size())) {
        setError(error, tr("no channel at that position"));
        return false;
    }
    return edit(
            error,
            [&](QString *e) { return m_store->moveRow(Store::Table::Channel, {}, from, to, e); },
            [&] {
                m_ws.channels.move(from, to);
                Q_EMIT channelsChanged();
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
                return m_store->makeRoom(Store::Table::MetricDef, {}, index, e)
                       && m_store->insertMetricDef(m, index, e);
            },
            [&] {
                m_ws.metricDefs.insert(index, m);
                Q_EMIT metricDefsChanged();
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
            error, [&](QString *e) { return m_store->updateMetricDef(m, e); },
            [&] {
                m_ws.metricDefs[i] = m;
                Q_EMIT metricDefsChanged();
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
                return m_store->deleteMetricDef(id, e)
                       && m_store->closeGap(Store::Table::MetricDef, {}, i, e);
            },
            [&] {
                m_ws.metricDefs.removeAt(i);
                Q_EMIT metricDefsChanged();
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
                if (!m_store->makeRoom(Store::Table::Journey, {}, index, e)
                    || !m_store->insertJourney(j, index, e))
                    return false;
                for (int i = 0; i < j.stages.size(); ++i) {
                    if (!m_store->insertStage(j.id, j.stages[i], i, e))
                        return false;
                }
                for (int i = 0; i < j.lanes.size(); ++i) {
                    if (!m_store->insertLane(j.id, j.lanes[i], i, e))
                        return false;
                }
                for (int i = 0; i < j.steps.size(); ++i) {
                    if (!m_store->insertStep(j.id, j.steps[i], i, e))
                        return false;
                }
                for (int i = 0; i < j.links.size(); ++i) {
                    if (!m_store->insertLink(j.id, j.links[i], i, e))
                        return false;
                }
                for (int i = 0; i < j.comments.size(); ++i) {
                    if (!m_store->insertComment(j.id, j.comments[i], i, e))
                        return false;
                }
                for (int i = 0; i < j.votes.size(); ++i) {
                    if (!m_store->insertVote(j.id, j.votes[i], i, e))
                        return false;
                }
                for (const MetricValue &v : j.metricValues) {
                    if (!m_store->insertMetricValue(j.id, v, e))
                        return false;
                }
                return true;
            },
            [&] {
                m_ws.journeys.insert(index, j);
                Q_EMIT journeysChanged();
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
                return m_store->deleteJourneyContent(id, e) && m_store->deleteJourney(id, e)
                       && m_store->closeGap(Store::Table::Journey, {}, i, e);
            },
            [&] {
                m_ws.journeys.removeAt(i);
                Q_EMIT journeysChanged();
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
            error, [&](QString *e) { return m_store->updateJourney(props, e); },
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
            });
}

bool Document::moveJourney(int from, int to, QString *error)
{
    if (!validMove(from, to, m_ws.journeys.size())) {
        setError(error, tr("no journey at that position"));
        return false;
    }
    return edit(
            error,
            [&](QString *e) { return m_store->moveRow(Store::Table::Journey, {}, from, to, e); },
            [&] {
                m_ws.journeys.move(from, to);
                Q_EMIT journeysChanged();
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
                return m_store->makeRoom(Store::Table::Stage, journey, index, e)
                       && m_store->insertStage(journey, s, index, e);
            },
            [&] {
                j->stages.insert(index, s);
                Q_EMIT journeyChanged(journey);
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
            error, [&](QString *e) { return m_store->updateStage(journey, s, e); },
            [&] {
                j->stages[i] = s;
                Q_EMIT journeyChanged(journey);
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
                return m_store->deleteStage(journey, id, e)
                       && m_store->closeGap(Store::Table::Stage, journey, i, e);
            },
            [&] {
                j->stages.removeAt(i);
                Q_EMIT journeyChanged(journey);
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
            error,
            [&](QString *e) { return m_store->moveRow(Store::Table::Stage, journey, from, to, e); },
            [&] {
                j->stages.move(from, to);
                Q_EMIT journeyChanged(journey);
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
                return m_store->makeRoom(Store::Table::Lane, journey, index, e)
                       && m_store->insertLane(journey, l, index, e);
            },
            [&] {
                j->lanes.insert(index, l);
                Q_EMIT journeyChanged(journey);
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
            error, [&](QString *e) { return m_store->updateLane(journey, l, e); },
            [&] {
                j->lanes[i] = l;
                Q_EMIT journeyChanged(journey);
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
                return m_store->deleteLane(journey, id, e)
                       && m_store->closeGap(Store::Table::Lane, journey, i, e);
            },
            [&] {
                j->lanes.removeAt(i);
                Q_EMIT journeyChanged(journey);
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
            error,
            [&](QString *e) { return m_store->moveRow(Store::Table::Lane, journey, from, to, e); },
            [&] {
                j->lanes.move(from, to);
                Q_EMIT journeyChanged(journey);
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
                return m_store->makeRoom(Store::Table::Step, journey, index, e)
                       && m_store->insertStep(journey, st, index, e);
            },
            [&] {
                j->steps.insert(index, st);
                Q_EMIT journeyChanged(journey);
                Q_EMIT stepsChanged(journey, {st.id});
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
                    if (!m_store->updateStep(journey, st, e))
                        return false;
                }
                return true;
            },
            [&] {
                for (int k = 0; k < steps.size(); ++k)
                    j->steps[indexes[k]] = steps[k];
                Q_EMIT journeyChanged(journey);
                Q_EMIT stepsChanged(journey, ids);
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
                return m_store->makeRoom(Store::Table::Link, journey, index, e)
                       && m_store->insertLink(journey, l, index, e);
            },
            [&] {
                j->links.insert(index, l);
                Q_EMIT journeyChanged(journey);
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
            error, [&](QString *e) { return m_store->updateLink(journey, l, e); },
            [&] {
                j->links[i] = l;
                Q_EMIT journeyChanged(journey);
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
                    if (!m_store->deleteMetricValuesOfStep(journey, id, e))
                        return false;
                }
                // Highest positions first, so each gap closes below the next delete.
                for (auto it = out.votes.crbegin(); it != out.votes.crend(); ++it) {
                    if (!m_store->deleteVote(journey, it->second.step, it->second.participant, e)
                        || !m_store->closeGap(Store::Table::Vote, journey, it->first, e))
                        return false;
                }
                // Remember where each row stood: undo puts it back in its gap.
                const auto take = [&](Store::Table table, const QString &id, QList<qint64> *rows) {
                    const auto at = m_store->positionOf(table, journey, id, e);
                    if (!at)
                        return false;
                    rows->append(*at);
                    return true;
                };
                for (const auto &[i, c] : out.comments) {
                    if (!take(Store::Table::Comment, c.id, &out.commentRows)
                        || !m_store->deleteComment(journey, c.id, e))
                        return false;
                }
                for (const auto &[i, l] : out.links) {
                    if (!take(Store::Table::Link, l.id, &out.linkRows)
                        || !m_store->deleteLink(journey, l.id, e))
                        return false;
                }
                for (const auto &[i, st] : out.steps) {
                    if (!take(Store::Table::Step, st.id, &out.stepRows)
                        || !m_store->deleteStep(journey, st.id, e))
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
                const auto row = [&](Store::Table table, const QList<qint64> &rows, int k,
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
                    if (!row(Store::Table::Step, r.stepRows, k, &stepIds, i, st.id, &position)
                        || !m_store->insertStep(journey, st, int(position), e))
                        return false;
                }
                for (int k = 0; k < r.links.size(); ++k) {
                    const auto &[i, l] = r.links[k];
                    qint64 position = 0;
                    if (!row(Store::Table::Link, r.linkRows, k, &linkIds, i, l.id, &position)
                        || !m_store->insertLink(journey, l, int(position), e))
                        return false;
                }
                for (int k = 0; k < r.comments.size(); ++k) {
                    const auto &[i, c] = r.comments[k];
                    qint64 position = 0;
                    if (!row(Store::Table::Comment, r.commentRows, k, &commentIds, i, c.id,
                             &position)
                        || !m_store->insertComment(journey, c, int(position), e))
                        return false;
                }
                for (const auto &[i, v] : r.votes) {
                    if (!m_store->makeRoom(Store::Table::Vote, journey, i, e)
                        || !m_store->insertVote(journey, v, i, e))
                        return false;
                }
                for (const MetricValue &v : r.values) {
                    if (!m_store->insertMetricValue(journey, v, e))
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
                return m_store->makeRoom(Store::Table::Comment, journey, index, e)
                       && m_store->insertComment(journey, c, index, e);
            },
            [&] {
                j->comments.insert(index, c);
                Q_EMIT journeyChanged(journey);
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
            error, [&](QString *e) { return m_store->updateComment(journey, c, e); },
            [&] {
                j->comments[i] = c;
                Q_EMIT journeyChanged(journey);
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
            error, [&](QString *e) { return m_store->deleteComment(journey, id, e); },
            [&] {
                j->comments.removeAt(i);
                Q_EMIT journeyChanged(journey);
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
                    return m_store->makeRoom(Store::Table::Vote, journey, at, e)
                           && m_store->insertVote(journey, v, at, e);
                }
                if (v.count == 0) {
                    return m_store->deleteVote(journey, v.step, v.participant, e)
                           && m_store->closeGap(Store::Table::Vote, journey, i, e);
                }
                return m_store->updateVote(journey, v, e);
            },
            [&] {
                if (i < 0)
                    j->votes.insert(at, v);
                else if (v.count == 0)
                    j->votes.removeAt(i);
                else
                    j->votes[i] = v;
                Q_EMIT journeyChanged(journey);
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
                if (!m_store->insertSource(src, e))
                    return false;
                for (const MetricValue &v : values) {
                    if (!m_store->insertMetricValue(src.journey, v, e))
                        return false;
                }
                return true;
            },
            [&] {
                m_ws.sources.append(src);
                j->metricValues.append(values);
                Q_EMIT metricValuesChanged(src.journey);
                Q_EMIT journeyChanged(src.journey);
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
                return m_store->deleteMetricValuesOfSource(id, e) && m_store->deleteSource(id, e);
            },
            [&] {
                j->metricValues.removeIf([&](const MetricValue &v) { return v.source == id; });
                m_ws.sources.removeAt(i);
                Q_EMIT metricValuesChanged(journey);
                Q_EMIT journeyChanged(journey);
            });
    if (ok && removedValues)
        *removedValues = std::move(values);
    return ok;
}

// ==== Observed behaviour from event logs (issue 13)

std::optional<ObservedJourney> Document::observed(const QString &journeyId) const
{
    std::optional<QByteArray> data;
    // A file too old to have the table (opened read-only) has no event data.
    if (!m_ws.journey(journeyId) || !observedstore::load(*m_db, journeyId, &data, nullptr) || !data)
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
                return observedstore::save(
                        *m_db, journeyId, observed ? observed->source : QString(),
                        observed ? observed->importedAt.toUTC().toString(Qt::ISODate) : QString(),
                        observed ? &data : nullptr, e);
            },
            [&] { Q_EMIT observedChanged(journeyId); });
}

// ==== end of observed behaviour

} // namespace waymark
