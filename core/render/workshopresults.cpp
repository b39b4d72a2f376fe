#include "render/workshopresults.h"

#include "model/journey.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <tuple>
#include <vector>

namespace waymark {

namespace {

// Where a card comes when the map is read stage by stage, lane by lane:
// computed once per card, not twice per comparison of the sort.
using ReadingKey = std::tuple<int, int, int, int>;

class ReadingKeys
{
public:
    explicit ReadingKeys(const Journey &journey)
        : m_journey(journey)
    {
        for (int i = 0; i < journey.stages.size(); ++i)
            m_stage.insert(journey.stages[i].id, i);
        for (int i = 0; i < journey.lanes.size(); ++i)
            m_lane.insert(journey.lanes[i].id, i);
    }
    ReadingKey operator()(int i) const
    {
        const Step &s = m_journey.steps[i];
        return {m_stage.value(s.stage, INT_MAX), m_lane.value(s.lane, INT_MAX), s.order, i};
    }

private:
    const Journey &m_journey;
    QHash<QString, int> m_stage, m_lane;
};

} // namespace

QList<int> readingOrder(const Journey &journey)
{
    const ReadingKeys key(journey);
    std::vector<std::pair<ReadingKey, int>> keyed;
    keyed.reserve(size_t(journey.steps.size()));
    for (int i = 0; i < journey.steps.size(); ++i)
        keyed.push_back({key(i), i});
    std::sort(keyed.begin(), keyed.end());
    QList<int> order;
    order.reserve(journey.steps.size());
    for (const auto &k : keyed)
        order.append(k.second);
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
    if (byStep.isEmpty())
        return out;
    // Only the voted cards in reading order: the workshop panel asks after
    // every edit, and sorting all 50,000 cards of a big map took 0.15 s.
    const ReadingKeys key(journey);
    std::vector<std::pair<ReadingKey, const VoteRank *>> voted;
    for (int i = 0; i < journey.steps.size(); ++i) {
        const auto it = byStep.constFind(journey.steps[i].id);
        if (it != byStep.cend())
            voted.push_back({key(i), &*it});
    }
    std::sort(voted.begin(), voted.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &v : voted)
        out.append(*v.second);
    std::stable_sort(out.begin(), out.end(),
                     [](const VoteRank &a, const VoteRank &b) { return a.votes > b.votes; });
    for (int i = 0; i < out.size(); ++i)
        out[i].rank = i > 0 && out[i].votes == out[i - 1].votes ? out[i - 1].rank : i + 1;
    return out;
}

} // namespace waymark
