#include "editorpart.h"

#include "commands/documentcommand.h"
#include "documentcontroller.h"
#include "mapeditor.h"

namespace waymark {

EditorPart::EditorPart(MapEditor *editor)
    : QObject(editor)
    , m_editor(editor)
{}

Document *EditorPart::doc() const
{
    return m_editor->doc();
}

DocumentController *EditorPart::controller() const
{
    return m_editor->document();
}

QString EditorPart::journeyId() const
{
    return m_editor->journeyId();
}

const Journey *EditorPart::current() const
{
    return m_editor->current();
}

bool EditorPart::run(DocumentCommand *command) const
{
    DocumentController *c = controller();
    if (!c) {
        delete command;
        return false;
    }
    return c->run(command);
}

bool EditorPart::fail(const QString &message) const
{
    return m_editor->fail(message);
}

} // namespace waymark
