#include "render/workshopresults.h"

#include "model/journey.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <tuple>

namespace waymark {

QList<int> readingOrder(const Journey &journey)
{
    QHash<QString, int> stage, lane;
    for (int i = 0; i < journey.stages.size(); ++i)
        stage.insert(journey.stages[i].id, i);
    for (int i = 0; i < journey.lanes.size(); ++i)
        lane.insert(journey.lanes[i].id, i);
    QList<int> order(journey.steps.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto key = [&](int i) {
        const Step &s = journey.steps[i];
        return std::make_tuple(stage.value(s.stage, INT_MAX), lane.value(s.lane, INT_MAX), s.order,
                               i);
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
    return order;
}

QList<VoteRank> rankVotes(const Journey &journey)
{
    QHash<QString, VoteRank> byStep;
    for (const Vote &v : journey.votes) {
        if (v.count <= 0)
            continue;
        VoteRank &r = byStep[v.step];
        r.stepId = v.step;
        r.votes += v.count;
        ++r.participants;
    }
    QList<VoteRank> out;
    for (int i : readingOrder(journey)) {
        const auto it = byStep.constFind(journey.steps[i].id);
        if (it != byStep.cend())
            out.append(*it);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const VoteRank &a, const VoteRank &b) { return a.votes > b.votes; });
    for (int i = 0; i < out.size(); ++i)
        out[i].rank = i > 0 && out[i].votes == out[i - 1].votes ? out[i - 1].rank : i + 1;
    return out;
}

} // namespace waymark
