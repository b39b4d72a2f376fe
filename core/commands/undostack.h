#pragma once

#include <QString>
#include <QUndoStack>

namespace waymark {

class DocumentCommand;

// The undo stack of one document. Its try* calls report a failed write and
// keep the history consistent: a failed push is dropped, a failed undo or
// redo leaves the stack where it was.
class UndoStack : public QUndoStack
{
    Q_OBJECT

public:
    using QUndoStack::QUndoStack;

    bool tryPush(DocumentCommand *command, QString *error = nullptr);
    bool tryUndo(QString *error = nullptr);
    bool tryRedo(QString *error = nullptr);

Q_SIGNALS:
    // "Could not <action>: <reason>", ready to show.
    void failed(const QString &message);

private:
    QString failure(const DocumentCommand *command);
};

} // namespace waymark
