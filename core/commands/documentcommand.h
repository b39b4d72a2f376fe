#pragma once

#include <QString>
#include <QUndoCommand>

namespace waymark {

class Document;

// Base of every edit: one user action, applied to a Document.
//
// A command remembers whether it is applied, so that a write that fails (disk
// full, file gone) leaves both the document and the undo history as they
// were: UndoStack puts the stack index back, and the second call is a no-op.
// Children (QUndoCommand's parent argument) make a gesture of several edits;
// they run in one transaction, so the gesture is kept whole or not at all.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(Document *doc, const QString &text, QUndoCommand *parent = nullptr);

    void redo() final;
    void undo() final;

    bool isApplied() const { return m_applied; }
    bool hasFailed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

protected:
    // The edit itself; the default runs the children in order.
    virtual bool apply(QString *error);
    virtual bool revert(QString *error);

    Document *document() const { return m_doc; }

private:
    Document *m_doc;
    bool m_applied = false;
    QString m_error;
};

} // namespace waymark
