#pragma once

#include "documentcommand.h"
#include "events/observed.h"
#include "model/journey.h"

namespace waymark {

// *Use observed shares*: each link that plans an observed transition gets
// that transition's observed share (count / visits of its first step), so
// the goal share and the what-if analysis run on measured behaviour. One
// undo step. Links out of an observed step that no case took get 0; links
// out of steps nobody visited keep theirs.
class UseObservedSharesCommand : public DocumentCommand
{
public:
    UseObservedSharesCommand(Document *doc, const QString &journey, QUndoCommand *parent = nullptr);

    // How many links it changes (0: nothing to do).
    int linkCount() const { return int(m_after.size()); }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString m_journey;
    QList<Link> m_before;
    QList<Link> m_after;
};

} // namespace waymark
