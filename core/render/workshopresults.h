#pragma once

#include <QList>
#include <QString>

namespace waymark {

struct Journey;

// One card's dot votes, summed over the participants.
struct VoteRank
{
    int rank = 0; // 1 = most votes; ties share a rank ("1, 1, 3")
    QString stepId;
    int votes = 0;
    int participants = 0; // people who put at least one dot on it
};

// The cards with votes, most first; ties in the order the map reads
// (stage, lane, place in the cell).
QList<VoteRank> rankVotes(const Journey &journey);

// Steps in the order the map reads: stage, lane, place in the cell. Steps
// whose stage or lane is unknown come last.
QList<int> readingOrder(const Journey &journey);

} // namespace waymark
