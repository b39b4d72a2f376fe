#include "libraryeditor.h"

#include "commands/fieldcommands.h"
#include "commands/workspacecommands.h"
#include "document/document.h"

namespace waymark {

QString LibraryEditor::addPersona(const QString &name)
{
    Document *d = doc();
    if (!d)
        return {};
    Persona p;
    p.id = newPersonaId(d->workspace());
    p.name = name;
    return run(new AddPersonaCommand(d, p, int(d->workspace().personas.size()))) ? p.id : QString();
}

bool LibraryEditor::setPersonaField(const QString &id, const QString &field, const QVariant &value)
{
    Document *d = doc();
    if (!d)
        return false;
    QString error;
    DocumentCommand *command = makePersonaFieldCommand(d, id, field, value, &error);
    return command ? run(command) : fail(error);
}

bool LibraryEditor::deletePersona(const QString &id)
{
    Document *d = doc();
    return d && run(new RemovePersonaCommand(d, id));
}

QString LibraryEditor::addChannel(const QString &name, const QString &kind, const QString &icon)
{
    Document *d = doc();
    if (!d)
        return {};
    Channel c;
    c.id = newChannelId(d->workspace());
    c.name = name;
    c.kind = enumFromName<ChannelKind>(kind).value_or(ChannelKind::Digital);
    c.icon = icon;
    return run(new AddChannelCommand(d, c, int(d->workspace().channels.size()))) ? c.id : QString();
}

bool LibraryEditor::setChannelField(const QString &id, const QString &field, const QVariant &value)
{
    Document *d = doc();
    if (!d)
        return false;
    QString error;
    DocumentCommand *command = makeChannelFieldCommand(d, id, field, value, &error);
    return command ? run(command) : fail(error);
}

bool LibraryEditor::deleteChannel(const QString &id)
{
    Document *d = doc();
    return d && run(new RemoveChannelCommand(d, id));
}

} // namespace waymark
