#pragma once

#include "document/document.h"
#include "documentcommand.h"

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

// Dots one participant has put on the cards of a journey.
int votesUsed(const Journey &journey, const QString &participant);
// Everyone who voted, in the order they first voted.
QStringList participants(const Journey &journey);
// Sets a participant's dots on a card to `count`, within the journey's votes
// per participant; null with a reason when that would exceed them.
DocumentCommand *makeVoteCommand(Document *doc, const QString &journey, const QString &stepId,
                                 const QString &participant, int count, QString *error);
// A new sticky note on a card, written now by `author`.
DocumentCommand *makeCommentCommand(Document *doc, const QString &journey, const QString &stepId,
                                    const QString &author, const QString &text, QString *error);

} // namespace waymark
