#include "structurecommands.h"

#include "stepcommands.h"

#include <QCoreApplication>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

QStringList stepsWhere(const Journey *j, bool (*match)(const Step &, const QString &),
                       const QString &id)
{
    QStringList ids;
    if (!j)
        return ids;
    for (const Step &s : j->steps) {
        if (match(s, id))
            ids.append(s.id);
    }
    return ids;
}

} // namespace

AddStageCommand::AddStageCommand(Document *doc, const QString &journey, const Stage &stage,
                                 int index)
    : DocumentCommand(doc, tr("Add stage"))
    , m_journey(journey)
    , m_stage(stage)
    , m_index(index)
{}

bool AddStageCommand::apply(QString *error)
{
    return document()->insertStage(m_journey, m_stage, m_index, error);
}

bool AddStageCommand::revert(QString *error)
{
    return document()->removeStage(m_journey, m_stage.id, error);
}

RemoveStageCommand::RemoveStageCommand(Document *doc, const QString &journey,
                                       const QString &stageId)
    : DocumentCommand(doc, tr("Delete stage"))
    , m_journey(journey)
    , m_stageId(stageId)
{}

bool RemoveStageCommand::apply(QString *error)
{
    const Journey *j = document()->journey(m_journey);
    const int index = j ? j->stageIndex(m_stageId) : -1;
    if (index < 0) {
        if (error)
            *error = tr("the stage no longer exists");
        return false;
    }
    m_stage = j->stages[index];
    m_index = index;
    const QStringList steps = stepsWhere(
            j, [](const Step &s, const QString &id) { return s.stage == id; }, m_stageId);
    return document()->removeItems(m_journey, steps, {}, &m_removed, error)
           && document()->removeStage(m_journey, m_stageId, error);
}

bool RemoveStageCommand::revert(QString *error)
{
    return document()->insertStage(m_journey, m_stage, m_index, error)
           && document()->restoreItems(m_journey, m_removed, error);
}

MoveStageCommand::MoveStageCommand(Document *doc, const QString &journey, int from, int to)
    : DocumentCommand(doc, tr("Move stage"))
    , m_journey(journey)
    , m_from(from)
    , m_to(to)
{}

bool MoveStageCommand::apply(QString *error)
{
    return document()->moveStage(m_journey, m_from, m_to, error);
}

bool MoveStageCommand::revert(QString *error)
{
    return document()->moveStage(m_journey, m_to, m_from, error);
}

AddLaneCommand::AddLaneCommand(Document *doc, const QString &journey, const Lane &lane, int index)
    : DocumentCommand(doc, tr("Add lane"))
    , m_journey(journey)
    , m_lane(lane)
    , m_index(index)
{}

bool AddLaneCommand::apply(QString *error)
{
    return document()->insertLane(m_journey, m_lane, m_index, error);
}

bool AddLaneCommand::revert(QString *error)
{
    return document()->removeLane(m_journey, m_lane.id, error);
}

RemoveLaneCommand::RemoveLaneCommand(Document *doc, const QString &journey, const QString &laneId)
    : DocumentCommand(doc, tr("Delete lane"))
    , m_journey(journey)
    , m_laneId(laneId)
{}

bool RemoveLaneCommand::apply(QString *error)
{
    const Journey *j = document()->journey(m_journey);
    const int index = j ? j->laneIndex(m_laneId) : -1;
    if (index < 0) {
        if (error)
            *error = tr("the lane no longer exists");
        return false;
    }
    m_lane = j->lanes[index];
    m_index = index;
    const QStringList steps = stepsWhere(
            j, [](const Step &s, const QString &id) { return s.lane == id; }, m_laneId);
    return document()->removeItems(m_journey, steps, {}, &m_removed, error)
           && document()->removeLane(m_journey, m_laneId, error);
}

bool RemoveLaneCommand::revert(QString *error)
{
    return document()->insertLane(m_journey, m_lane, m_index, error)
           && document()->restoreItems(m_journey, m_removed, error);
}

MoveLaneCommand::MoveLaneCommand(Document *doc, const QString &journey, int from, int to)
    : DocumentCommand(doc, tr("Move lane"))
    , m_journey(journey)
    , m_from(from)
    , m_to(to)
{}

bool MoveLaneCommand::apply(QString *error)
{
    return document()->moveLane(m_journey, m_from, m_to, error);
}

bool MoveLaneCommand::revert(QString *error)
{
    return document()->moveLane(m_journey, m_to, m_from, error);
}

DocumentCommand *makeAddStageCommand(Document *doc, const QString &journey, const QString &name,
                                     int index)
{
    const Journey *j = doc->journey(journey);
    if (!j)
        return nullptr;
    QStringList taken;
    for (const Stage &s : j->stages)
        taken.append(s.id);
    const Stage stage{nextId(QStringLiteral("stage-"), taken), name, {}};
    return new AddStageCommand(doc, journey, stage, index);
}

DocumentCommand *makeAddLaneCommand(Document *doc, const QString &journey, const QString &name,
                                    LaneKind kind, int index)
{
    const Journey *j = doc->journey(journey);
    if (!j)
        return nullptr;
    QStringList taken;
    for (const Lane &l : j->lanes)
        taken.append(l.id);
    const Lane lane{nextId(QStringLiteral("lane-"), taken), name, kind};
    return new AddLaneCommand(doc, journey, lane, index);
}

} // namespace waymark
