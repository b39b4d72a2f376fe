#include "journey.h"

#include <algorithm>

namespace waymark {

namespace {

template<typename List>
int indexById(const List &list, QStringView id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].id == id)
            return i;
    }
    return -1;
}

} // namespace

const Step *Journey::step(QStringView stepId) const
{
    const int i = stepIndex(stepId);
    return i < 0 ? nullptr : &steps[i];
}

Step *Journey::step(QStringView stepId)
{
    const int i = stepIndex(stepId);
    return i < 0 ? nullptr : &steps[i];
}

const Link *Journey::link(QStringView linkId) const
{
    const int i = linkIndex(linkId);
    return i < 0 ? nullptr : &links[i];
}

const Stage *Journey::stage(QStringView stageId) const
{
    const int i = stageIndex(stageId);
    return i < 0 ? nullptr : &stages[i];
}

const Lane *Journey::lane(QStringView laneId) const
{
    const int i = laneIndex(laneId);
    return i < 0 ? nullptr : &lanes[i];
}

int Journey::stageIndex(QStringView stageId) const
{
    return indexById(stages, stageId);
}

int Journey::laneIndex(QStringView laneId) const
{
    return indexById(lanes, laneId);
}

int Journey::stepIndex(QStringView stepId) const
{
    return indexById(steps, stepId);
}

int Journey::linkIndex(QStringView linkId) const
{
    return indexById(links, linkId);
}

QList<const Step *> Journey::cell(QStringView stageId, QStringView laneId) const
{
    QList<const Step *> out;
    for (const Step &s : steps) {
        if (s.stage == stageId && s.lane == laneId)
            out.append(&s);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Step *a, const Step *b) { return a->order < b->order; });
    return out;
}

} // namespace waymark
