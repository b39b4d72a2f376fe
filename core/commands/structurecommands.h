#pragma once

#include "document/document.h"
#include "documentcommand.h"

namespace waymark {

// Adds a stage (a column) at an index.
class AddStageCommand : public DocumentCommand
{
public:
    AddStageCommand(Document *doc, const QString &journey, const Stage &stage, int index);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString m_journey;
    Stage m_stage;
    int m_index;
};

// Deletes a stage with the cards in it.
class RemoveStageCommand : public DocumentCommand
{
public:
    RemoveStageCommand(Document *doc, const QString &journey, const QString &stageId);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString m_journey;
    QString m_stageId;
    Stage m_stage;
    int m_index = -1;
    Removal m_removed;
};

// Moves a stage left or right.
class MoveStageCommand : public DocumentCommand
{
public:
    MoveStageCommand(Document *doc, const QString &journey, int from, int to);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString m_journey;
    int m_from;
    int m_to;
};

// Adds a lane (a row) at an index.
class AddLaneCommand : public DocumentCommand
{
public:
    AddLaneCommand(Document *doc, const QString &journey, const Lane &lane, int index);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString m_journey;
    Lane m_lane;
    int m_index;
};

// Deletes a lane with the cards in it.
class RemoveLaneCommand : public DocumentCommand
{
public:
    RemoveLaneCommand(Document *doc, const QString &journey, const QString &laneId);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString m_journey;
    QString m_laneId;
    Lane m_lane;
    int m_index = -1;
    Removal m_removed;
};

// Moves a lane up or down.
class MoveLaneCommand : public DocumentCommand
{
public:
    MoveLaneCommand(Document *doc, const QString &journey, int from, int to);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString m_journey;
    int m_from;
    int m_to;
};

// A new stage or lane with a fresh id, named for the window.
DocumentCommand *makeAddStageCommand(Document *doc, const QString &journey, const QString &name,
                                     int index);
DocumentCommand *makeAddLaneCommand(Document *doc, const QString &journey, const QString &name,
                                    LaneKind kind, int index);

} // namespace waymark
