#include "workshopcommands.h"

#include "stepcommands.h"

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
    if (m_old.count == m_vote.count)
        setObsolete(true);
    return document()->setVote(m_journey, m_vote, error);
}

bool SetVoteCommand::revert(QString *error)
{
    return document()->setVote(m_journey, m_old, error, m_oldIndex);
}

int votesUsed(const Journey &journey, const QString &participant)
{
    int used = 0;
    for (const Vote &v : journey.votes)
        used += v.participant == participant ? v.count : 0;
    return used;
}

QStringList participants(const Journey &journey)
{
    QStringList out;
    for (const Vote &v : journey.votes) {
        if (!out.contains(v.participant))
            out.append(v.participant);
    }
    return out;
}

DocumentCommand *makeVoteCommand(Document *doc, const QString &journey, const QString &stepId,
                                 const QString &participant, int count, QString *error)
{
    const Journey *j = doc->journey(journey);
    const auto fail = [&](const QString &message) -> DocumentCommand * {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!j || !j->step(stepId))
        return fail(tr("the card no longer exists"));
    const QString who = participant.trimmed();
    if (who.isEmpty())
        return fail(tr("say who is voting"));
    if (count < 0)
        return fail(tr("a card cannot have fewer than no votes"));
    int onThisCard = 0;
    for (const Vote &v : j->votes)
        onThisCard += v.step == stepId && v.participant == who ? v.count : 0;
    const int total = votesUsed(*j, who) - onThisCard + count;
    if (total > j->votesPerParticipant) {
        return fail(QCoreApplication::translate("Commands", "%1 has used all %n vote(s)", nullptr,
                                                j->votesPerParticipant)
                            .arg(who));
    }
    return new SetVoteCommand(doc, journey, {stepId, who, count});
}

DocumentCommand *makeCommentCommand(Document *doc, const QString &journey, const QString &stepId,
                                    const QString &author, const QString &text, QString *error)
{
    const Journey *j = doc->journey(journey);
    if (!j || !j->step(stepId)) {
        if (error)
            *error = tr("the card no longer exists");
        return nullptr;
    }
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = tr("a comment needs some text");
        return nullptr;
    }
    QStringList taken;
    for (const Comment &c : j->comments)
        taken.append(c.id);
    Comment c;
    c.id = nextId(QStringLiteral("comment-"), taken);
    c.step = stepId;
    c.author = author.trimmed();
    c.text = text.trimmed();
    c.created = QDateTime::currentDateTimeUtc();
    return new AddCommentCommand(doc, journey, c);
}

} // namespace waymark
