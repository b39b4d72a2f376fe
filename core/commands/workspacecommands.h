#pragma once

#include "document/document.h"
#include "documentcommand.h"

namespace waymark {

// Adds a persona.
class AddPersonaCommand : public DocumentCommand
{
public:
    AddPersonaCommand(Document *doc, const Persona &persona, int index,
                      QUndoCommand *parent = nullptr);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Persona m_persona;
    int m_index;
};

// Deletes a persona; journeys that used it are left without one (children).
class RemovePersonaCommand : public DocumentCommand
{
public:
    RemovePersonaCommand(Document *doc, const QString &personaId);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString m_id;
    Persona m_persona;
    int m_index = -1;
};

// Adds a channel.
class AddChannelCommand : public DocumentCommand
{
public:
    AddChannelCommand(Document *doc, const Channel &channel, int index,
                      QUndoCommand *parent = nullptr);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Channel m_channel;
    int m_index;
};

// Deletes a channel; steps on it are left without one (children).
class RemoveChannelCommand : public DocumentCommand
{
public:
    RemoveChannelCommand(Document *doc, const QString &channelId);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString m_id;
    Channel m_channel;
    int m_index = -1;
};

// Adds a metric definition.
class AddMetricDefCommand : public DocumentCommand
{
public:
    AddMetricDefCommand(Document *doc, const MetricDef &def, int index,
                        QUndoCommand *parent = nullptr);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    MetricDef m_def;
    int m_index;
};

// Replaces a metric definition as a whole: the targets dialog changes green,
// amber, direction and formula in one undo step.
class ChangeMetricDefCommand : public DocumentCommand
{
public:
    ChangeMetricDefCommand(Document *doc, const MetricDef &def, QUndoCommand *parent = nullptr);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    MetricDef m_after;
    MetricDef m_before;
};

// Fresh ids for the editors.
QString newPersonaId(const Workspace &workspace);
QString newChannelId(const Workspace &workspace);

} // namespace waymark
