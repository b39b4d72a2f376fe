#include "workspacecommands.h"

#include "changefield.h"
#include "stepcommands.h"

#include <QCoreApplication>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

template<typename List>
int indexOf(const List &list, const QString &id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].id == id)
            return i;
    }
    return -1;
}

template<typename List>
QStringList idsOf(const List &list)
{
    QStringList ids;
    for (const auto &item : list)
        ids.append(item.id);
    return ids;
}

QString gone()
{
    return tr("it no longer exists");
}

} // namespace

QString newPersonaId(const Workspace &workspace)
{
    return nextId(QStringLiteral("p"), idsOf(workspace.personas));
}

QString newChannelId(const Workspace &workspace)
{
    return nextId(QStringLiteral("channel-"), idsOf(workspace.channels));
}

AddPersonaCommand::AddPersonaCommand(Document *doc, const Persona &persona, int index,
                                     QUndoCommand *parent)
    : DocumentCommand(doc, tr("Add persona"), parent)
    , m_persona(persona)
    , m_index(index)
{}

bool AddPersonaCommand::apply(QString *error)
{
    return document()->insertPersona(m_persona, m_index, error);
}

bool AddPersonaCommand::revert(QString *error)
{
    return document()->removePersona(m_persona.id, error);
}

RemovePersonaCommand::RemovePersonaCommand(Document *doc, const QString &personaId)
    : DocumentCommand(doc, tr("Delete persona"))
    , m_id(personaId)
{
    for (const Journey &j : doc->workspace().journeys) {
        if (j.persona == personaId) {
            new ChangeFieldCommand<Journey, QString>(doc, j.id, {j.id}, &Journey::persona, {},
                                                     text(), -1, this);
        }
    }
}

bool RemovePersonaCommand::apply(QString *error)
{
    m_index = indexOf(document()->workspace().personas, m_id);
    if (m_index < 0) {
        if (error)
            *error = gone();
        return false;
    }
    m_persona = document()->workspace().personas[m_index];
    return DocumentCommand::apply(error) && document()->removePersona(m_id, error);
}

bool RemovePersonaCommand::revert(QString *error)
{
    return document()->insertPersona(m_persona, m_index, error) && DocumentCommand::revert(error);
}

AddChannelCommand::AddChannelCommand(Document *doc, const Channel &channel, int index,
                                     QUndoCommand *parent)
    : DocumentCommand(doc, tr("Add channel"), parent)
    , m_channel(channel)
    , m_index(index)
{}

bool AddChannelCommand::apply(QString *error)
{
    return document()->insertChannel(m_channel, m_index, error);
}

bool AddChannelCommand::revert(QString *error)
{
    return document()->removeChannel(m_channel.id, error);
}

RemoveChannelCommand::RemoveChannelCommand(Document *doc, const QString &channelId)
    : DocumentCommand(doc, tr("Delete channel"))
    , m_id(channelId)
{
    for (const Journey &j : doc->workspace().journeys) {
        QStringList users;
        for (const Step &s : j.steps) {
            if (s.channel == channelId)
                users.append(s.id);
        }
        if (!users.isEmpty()) {
            new ChangeFieldCommand<Step, QString>(doc, j.id, users, &Step::channel, {}, text(), -1,
                                                  this);
        }
    }
}

bool RemoveChannelCommand::apply(QString *error)
{
    m_index = indexOf(document()->workspace().channels, m_id);
    if (m_index < 0) {
        if (error)
            *error = gone();
        return false;
    }
    m_channel = document()->workspace().channels[m_index];
    return DocumentCommand::apply(error) && document()->removeChannel(m_id, error);
}

bool RemoveChannelCommand::revert(QString *error)
{
    return document()->insertChannel(m_channel, m_index, error) && DocumentCommand::revert(error);
}

AddMetricDefCommand::AddMetricDefCommand(Document *doc, const MetricDef &def, int index,
                                         QUndoCommand *parent)
    : DocumentCommand(doc, tr("Add metric"), parent)
    , m_def(def)
    , m_index(index)
{}

bool AddMetricDefCommand::apply(QString *error)
{
    return document()->insertMetricDef(m_def, m_index, error);
}

bool AddMetricDefCommand::revert(QString *error)
{
    return document()->removeMetricDef(m_def.id, error);
}

ChangeMetricDefCommand::ChangeMetricDefCommand(Document *doc, const MetricDef &def,
                                               QUndoCommand *parent)
    : DocumentCommand(doc, tr("Change metric targets"), parent)
    , m_after(def)
{
    if (const MetricDef *before = doc->workspace().metricDef(def.id))
        m_before = *before;
}

bool ChangeMetricDefCommand::apply(QString *error)
{
    if (m_before.id.isEmpty()) {
        *error = tr("the metric \"%1\" no longer exists").arg(m_after.id);
        return false;
    }
    return document()->updateMetricDef(m_after, error);
}

bool ChangeMetricDefCommand::revert(QString *error)
{
    return document()->updateMetricDef(m_before, error);
}

} // namespace waymark
