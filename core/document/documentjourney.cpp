// Document primitives: stages, lanes, steps and links.
#include "document/document.h"

#include "document/documentedit.h"
#include "model/validate.h"

#include <QSet>

#include <algorithm>

namespace waymark {

using namespace detail;

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
                j->index.invalidate();
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
                j->index.invalidate();
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
                j->index.sync(*j);
                // The cells hold positions in the list, and they are not
                // asked for as often as the ids: a card taken out and one put
                // in the middle before the next question would leave the
                // list looking as it was.
                if (index < j->steps.size())
                    j->index.invalidateCells();
                j->steps.insert(index, st);
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
                QList<std::pair<QString, QString>> cells; // left, entered or reordered
                for (int k = 0; k < steps.size(); ++k) {
                    Step &old = j->steps[indexes[k]];
                    if (old.stage != steps[k].stage || old.lane != steps[k].lane
                        || old.order != steps[k].order)
                        cells << std::pair(old.stage, old.lane)
                              << std::pair(steps[k].stage, steps[k].lane);
                    old = steps[k];
                }
                // Ids and places in the list stay; a step may have changed
                // its cell or its place in it. (Building the whole index
                // again made every edit of a 50,000-step map cost 20 ms, all
                // cells 1 ms at 5,000.)
                if (!cells.isEmpty())
                    j->index.invalidateCells(cells);
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
                j->index.sync(*j);
                j->links.insert(index, l);
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
                // A label, a share or a kind leaves the index as it is
                // (building it again made such an edit of a 5,000-step
                // map cost 3 ms); new ends rebuild the links' part.
                const bool relinked = j->links[i].from != l.from || j->links[i].to != l.to;
                j->links[i] = l;
                if (relinked)
                    j->index.invalidateLinks();
                noteChanged(ItemKind::Link, journey, l.id);
            });
}

} // namespace waymark
