#include "workshopcommands.h"

#include <QCoreApplication>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

} // namespace

AddCommentCommand::AddCommentCommand(Document *doc, const QString &journey, const Comment &comment)
    : DocumentCommand(doc, tr("Add comment"))
    , m_journey(journey)
    , m_comment(comment)
{}

bool AddCommentCommand::apply(QString *error)
{
    const Journey *j = document()->journey(m_journey);
    return document()->insertComment(m_journey, m_comment, j ? int(j->comments.size()) : 0, error);
}

bool AddCommentCommand::revert(QString *error)
{
    return document()->removeComment(m_journey, m_comment.id, error);
}

RemoveCommentCommand::RemoveCommentCommand(Document *doc, const QString &journey,
                                           const QString &commentId)
    : DocumentCommand(doc, tr("Delete comment"))
    , m_journey(journey)
    , m_id(commentId)
{}

bool RemoveCommentCommand::apply(QString *error)
{
    const Journey *j = document()->journey(m_journey);
    m_index = -1;
    for (int i = 0; j && i < j->comments.size(); ++i) {
        if (j->comments[i].id == m_id)
            m_index = i;
    }
    if (m_index < 0) {
        if (error)
            *error = tr("the comment no longer exists");
        return false;
    }
    m_comment = j->comments[m_index];
    return document()->removeComment(m_journey, m_id, error);
}

bool RemoveCommentCommand::revert(QString *error)
{
    return document()->insertComment(m_journey, m_comment, m_index, error);
}

SetVoteCommand::SetVoteCommand(Document *doc, const QString &journey, const Vote &vote)
    : DocumentCommand(doc, tr("Vote"))
    , m_journey(journey)
    , m_vote(vote)
{}

bool SetVoteCommand::apply(QString *error)
{
    const Journey *j = document()->journey(m_journey);
    m_old = {m_vote.step, m_vote.participant, 0};
    m_oldIndex = -1;
    for (int i = 0; j && i < j->votes.size(); ++i) {
        const Vote &v = j->votes[i];
        if (v.step == m_vote.step && v.participant == m_vote.participant) {
            m_old = v;
            m_oldIndex = i;
        }
    }
    return document()->setVote(m_journey, m_vote, error);
}

bool SetVoteCommand::revert(QString *error)
{
    return document()->setVote(m_journey, m_old, error, m_oldIndex);
}

} // namespace waymark
