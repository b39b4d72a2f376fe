#include "workshopeditor.h"

#include "commands/workshopcommands.h"
#include "document/document.h"
#include "render/workshopresults.h"

namespace waymark {

QVariantList WorkshopEditor::comments(const QString &stepId) const
{
    QVariantList out;
    if (const Journey *j = current()) {
        for (const Comment &c : j->comments) {
            if (c.step == stepId) {
                out.append(QVariantMap{{QStringLiteral("id"), c.id},
                                       {QStringLiteral("author"), c.author},
                                       {QStringLiteral("text"), c.text},
                                       {QStringLiteral("created"), c.created.toLocalTime()}});
            }
        }
    }
    return out;
}

int WorkshopEditor::votes(const QString &stepId) const
{
    int n = 0;
    if (const Journey *j = current()) {
        for (const Vote &v : j->votes)
            n += v.step == stepId ? v.count : 0;
    }
    return n;
}

bool WorkshopEditor::addComment(const QString &stepId, const QString &author, const QString &text)
{
    Document *d = doc();
    if (!d)
        return false;
    QString error;
    DocumentCommand *command = makeCommentCommand(d, journeyId(), stepId, author, text, &error);
    return command ? run(command) : fail(error);
}

bool WorkshopEditor::deleteComment(const QString &commentId)
{
    Document *d = doc();
    return d && run(new RemoveCommentCommand(d, journeyId(), commentId));
}

QStringList WorkshopEditor::participants() const
{
    const Journey *j = current();
    return j ? waymark::participants(*j) : QStringList();
}

int WorkshopEditor::votesOf(const QString &stepId, const QString &participant) const
{
    int n = 0;
    if (const Journey *j = current()) {
        for (const Vote &v : j->votes)
            n += v.step == stepId && v.participant == participant ? v.count : 0;
    }
    return n;
}

int WorkshopEditor::votesLeft(const QString &participant) const
{
    const Journey *j = current();
    return j ? j->votesPerParticipant - votesUsed(*j, participant.trimmed()) : 0;
}

bool WorkshopEditor::vote(const QString &stepId, const QString &participant, int delta)
{
    Document *d = doc();
    if (!d)
        return false;
    const int count = votesOf(stepId, participant.trimmed()) + delta;
    if (count < 0)
        return false;
    QString error;
    DocumentCommand *command = makeVoteCommand(d, journeyId(), stepId, participant, count, &error);
    return command ? run(command) : fail(error);
}

QVariantList WorkshopEditor::voteRanking() const
{
    QVariantList out;
    const Journey *j = current();
    if (!j)
        return out;
    for (const VoteRank &r : rankVotes(*j)) {
        const Step *s = j->step(r.stepId);
        out.append(QVariantMap{{QStringLiteral("rank"), r.rank},
                               {QStringLiteral("step"), r.stepId},
                               {QStringLiteral("title"), s ? s->title : r.stepId},
                               {QStringLiteral("kind"), s ? enumName(s->kind) : QString()},
                               {QStringLiteral("votes"), r.votes},
                               {QStringLiteral("participants"), r.participants}});
    }
    return out;
}

} // namespace waymark
