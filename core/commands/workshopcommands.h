#pragma once

#include "documentcommand.h"
#include "model/document.h"

namespace waymark {

// Adds a sticky note to a card.
class AddCommentCommand : public DocumentCommand
{
public:
    AddCommentCommand(Document *doc, const QString &journey, const Comment &comment);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString m_journey;
    Comment m_comment;
};

// Deletes a sticky note.
class RemoveCommentCommand : public DocumentCommand
{
public:
    RemoveCommentCommand(Document *doc, const QString &journey, const QString &commentId);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString m_journey;
    QString m_id;
    Comment m_comment;
    int m_index = -1;
};

// Sets how many dots one participant puts on one card.
class SetVoteCommand : public DocumentCommand
{
public:
    SetVoteCommand(Document *doc, const QString &journey, const Vote &vote);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString m_journey;
    Vote m_vote;
    Vote m_old;
    int m_oldIndex = -1;
};

} // namespace waymark
