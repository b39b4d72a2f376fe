#include "documentcommand.h"

#include "document/document.h"

namespace waymark {

DocumentCommand::DocumentCommand(Document *doc, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_doc(doc)
{}

void DocumentCommand::redo()
{
    if (m_applied)
        return;
    m_error.clear();
    Document::Batch batch(m_doc);
    QString error;
    if (apply(&error) && batch.commit(&error)) {
        m_applied = true;
    } else {
        m_error = error.isEmpty() ? QStringLiteral("?") : error;
    }
}

void DocumentCommand::undo()
{
    if (!m_applied)
        return;
    m_error.clear();
    Document::Batch batch(m_doc, Document::Batch::Undo);
    QString error;
    if (revert(&error) && batch.commit(&error)) {
        m_applied = false;
    } else {
        m_error = error.isEmpty() ? QStringLiteral("?") : error;
    }
}

bool DocumentCommand::apply(QString *error)
{
    for (int i = 0; i < childCount(); ++i) {
        auto *child = static_cast<DocumentCommand *>(const_cast<QUndoCommand *>(this->child(i)));
        if (!child->apply(error))
            return false;
    }
    for (int i = 0; i < childCount(); ++i)
        static_cast<DocumentCommand *>(const_cast<QUndoCommand *>(this->child(i)))->m_applied
                = true;
    return true;
}

bool DocumentCommand::revert(QString *error)
{
    for (int i = childCount() - 1; i >= 0; --i) {
        auto *child = static_cast<DocumentCommand *>(const_cast<QUndoCommand *>(this->child(i)));
        if (!child->revert(error))
            return false;
    }
    for (int i = 0; i < childCount(); ++i)
        static_cast<DocumentCommand *>(const_cast<QUndoCommand *>(this->child(i)))->m_applied
                = false;
    return true;
}

} // namespace waymark
