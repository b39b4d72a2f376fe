#include "undostack.h"

#include "documentcommand.h"

#include <QCoreApplication>

namespace waymark {

QString UndoStack::failure(const DocumentCommand *command)
{
    const QString message = QCoreApplication::translate("UndoStack", "Could not %1: %2")
                                    .arg(command->text().toLower(), command->error());
    Q_EMIT failed(message);
    return message;
}

bool UndoStack::tryPush(DocumentCommand *command, QString *error)
{
    // Pushing runs redo(); a command that could not apply is dropped unapplied.
    command->redo();
    if (!command->isApplied()) {
        const QString message = failure(command);
        if (error)
            *error = message;
        delete command;
        return false;
    }
    // An edit that changed nothing (a vote set to what it was, a card dropped
    // where it lay) is not worth an undo step.
    if (command->isObsolete()) {
        delete command;
        return true;
    }
    // Already applied: QUndoStack's own redo() call inside push() is a no-op.
    push(command);
    return true;
}

bool UndoStack::tryUndo(QString *error)
{
    if (!canUndo())
        return false;
    auto *command = static_cast<const DocumentCommand *>(this->command(index() - 1));
    undo();
    if (command->isApplied()) { // it failed: step the index back without writing
        const QString message = failure(command);
        redo();
        if (error)
            *error = message;
        return false;
    }
    return true;
}

bool UndoStack::tryRedo(QString *error)
{
    if (!canRedo())
        return false;
    auto *command = static_cast<const DocumentCommand *>(this->command(index()));
    redo();
    if (!command->isApplied()) {
        const QString message = failure(command);
        undo();
        if (error)
            *error = message;
        return false;
    }
    return true;
}

} // namespace waymark
