#include "structureeditor.h"

#include "commands/fieldcommands.h"
#include "commands/structurecommands.h"
#include "document/document.h"

namespace waymark {

QString StructureEditor::addStage(const QString &name, int index)
{
    Document *d = doc();
    if (!d || !current())
        return {};
    DocumentCommand *command = makeAddStageCommand(d, journeyId(), name, index);
    const int before = int(current()->stages.size());
    if (!run(command))
        return {};
    const Journey *j = current();
    return j && j->stages.size() > before
                   ? j->stages[std::clamp(index, 0, int(j->stages.size()) - 1)].id
                   : QString();
}

bool StructureEditor::setStageField(const QString &id, const QString &field, const QVariant &value)
{
    return setStageFieldIn(journeyId(), id, field, value);
}

bool StructureEditor::setStageFieldIn(const QString &journey, const QString &id,
                                      const QString &field, const QVariant &value)
{
    Document *d = doc();
    if (!d)
        return false;
    QString error;
    DocumentCommand *command = makeStageFieldCommand(d, journey, id, field, value, &error);
    return command ? run(command) : fail(error);
}

bool StructureEditor::moveStage(int from, int to)
{
    const Journey *j = current();
    if (!j || from < 0 || to < 0 || from >= j->stages.size() || to >= j->stages.size()
        || from == to)
        return false;
    return run(new MoveStageCommand(doc(), journeyId(), from, to));
}

bool StructureEditor::deleteStage(const QString &id)
{
    Document *d = doc();
    return d && run(new RemoveStageCommand(d, journeyId(), id));
}

QString StructureEditor::addLane(const QString &name, const QString &kind, int index)
{
    Document *d = doc();
    if (!d || !current())
        return {};
    const LaneKind k = enumFromName<LaneKind>(kind).value_or(LaneKind::Custom);
    const int before = int(current()->lanes.size());
    if (!run(makeAddLaneCommand(d, journeyId(), name, k, index)))
        return {};
    const Journey *j = current();
    return j && j->lanes.size() > before
                   ? j->lanes[std::clamp(index, 0, int(j->lanes.size()) - 1)].id
                   : QString();
}

bool StructureEditor::setLaneField(const QString &id, const QString &field, const QVariant &value)
{
    return setLaneFieldIn(journeyId(), id, field, value);
}

bool StructureEditor::setLaneFieldIn(const QString &journey, const QString &id,
                                     const QString &field, const QVariant &value)
{
    Document *d = doc();
    if (!d)
        return false;
    QString error;
    DocumentCommand *command = makeLaneFieldCommand(d, journey, id, field, value, &error);
    return command ? run(command) : fail(error);
}

bool StructureEditor::moveLane(int from, int to)
{
    const Journey *j = current();
    if (!j || from < 0 || to < 0 || from >= j->lanes.size() || to >= j->lanes.size() || from == to)
        return false;
    return run(new MoveLaneCommand(doc(), journeyId(), from, to));
}

bool StructureEditor::deleteLane(const QString &id)
{
    Document *d = doc();
    return d && run(new RemoveLaneCommand(d, journeyId(), id));
}

} // namespace waymark
