#pragma once

// The edits of the crash test (tst_crash.cpp), shared by the child that is
// killed (crashchild.cpp) and the test that replays them on a mirror file.
// Edit number i is a function of the document's state and i only, so both
// sides make exactly the same edit: what the child reported as done can be
// compared with what the mirror holds after the same edits.

#include "commands/documentcommand.h"
#include "commands/fieldcommands.h"
#include "commands/stepcommands.h"
#include "commands/undostack.h"
#include "document/document.h"

#include <QRandomGenerator>
#include <QString>

namespace waymark::crashtest {

// One user action on the first journey; false with a reason when a write
// failed (which never happens in this test: the disk is fine).
inline bool applyEdit(Document *doc, UndoStack *stack, quint64 seed, int i, QString *error)
{
    const Workspace &ws = doc->workspace();
    if (ws.journeys.isEmpty()) {
        *error = QStringLiteral("the document has no journey");
        return false;
    }
    const Journey &j = ws.journeys.first();
    QRandomGenerator rng(seed * 1000003u + quint64(i));
    auto randomStep = [&]() -> QString {
        return j.steps.isEmpty() ? QString() : j.steps.at(rng.bounded(int(j.steps.size()))).id;
    };
    const int kind = int(rng.bounded(10));
    DocumentCommand *command = nullptr;
    if (kind == 9 || (kind == 8 && stack->canRedo())) {
        // Undo and redo write to the file too.
        if (kind == 9 ? stack->canUndo() : stack->canRedo()) {
            const bool ok = kind == 9 ? stack->tryUndo(error) : stack->tryRedo(error);
            return ok;
        }
    }
    const QString step = randomStep();
    if (kind <= 2 || step.isEmpty()) {
        const Stage &stage = j.stages.at(rng.bounded(int(j.stages.size())));
        const Lane &lane = j.lanes.at(rng.bounded(int(j.lanes.size())));
        command = makeAddStepCommand(doc, j.id, stage.id, lane.id, QStringLiteral("Edit %1").arg(i),
                                     StepKind::Action);
    } else if (kind <= 4) {
        command = makeStepFieldCommand(doc, j.id, {step}, QStringLiteral("title"),
                                       QStringLiteral("Title of edit %1").arg(i), error);
    } else if (kind == 5) {
        command = makeStepFieldCommand(doc, j.id, {step}, QStringLiteral("description"),
                                       QStringLiteral("Described in edit %1").arg(i), error);
    } else if (kind == 6) {
        const Stage &stage = j.stages.at(rng.bounded(int(j.stages.size())));
        const Lane &lane = j.lanes.at(rng.bounded(int(j.lanes.size())));
        command = new MoveStepsCommand(doc, j.id, {step}, stage.id, lane.id, 0);
    } else if (kind == 7) {
        const QString to = randomStep();
        if (to != step)
            command = makeConnectCommand(doc, j.id, step, to, LinkKind::Flow);
    } else {
        command = new RemoveItemsCommand(doc, j.id, {step}, {});
    }
    if (!command)
        return true; // nothing to do for this pick: still edit number i
    return stack->tryPush(command, error);
}

} // namespace waymark::crashtest
