#include "journey.h"

namespace waymark {

bool carriesCustomers(LinkKind kind)
{
    return kind != LinkKind::Dependency;
}

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
    return index.stage(*this, stageId);
}

int Journey::laneIndex(QStringView laneId) const
{
    return index.lane(*this, laneId);
}

int Journey::stepIndex(QStringView stepId) const
{
    return index.step(*this, stepId);
}

int Journey::linkIndex(QStringView linkId) const
{
    return index.link(*this, linkId);
}

QList<const Step *> Journey::cell(QStringView stageId, QStringView laneId) const
{
    QList<const Step *> out;
    for (int i : index.cell(*this, stageId, laneId))
        out.append(&steps[i]);
    return out;
}

QList<const Link *> Journey::outgoing(QStringView stepId) const
{
    QList<const Link *> out;
    for (int i : index.outgoing(*this, stepId))
        out.append(&links[i]);
    return out;
}

QList<const Link *> Journey::incoming(QStringView stepId) const
{
    QList<const Link *> out;
    for (int i : index.incoming(*this, stepId))
        out.append(&links[i]);
    return out;
}

} // namespace waymark
