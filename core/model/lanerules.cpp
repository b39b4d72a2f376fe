#include "lanerules.h"

namespace waymark {

bool laneTakesCards(LaneKind lane)
{
    return lane != LaneKind::Emotions;
}

std::optional<StepKind> defaultStepKind(LaneKind lane)
{
    switch (lane) {
    case LaneKind::PainPoints:
        return StepKind::PainPoint;
    case LaneKind::Opportunities:
        return StepKind::Opportunity;
    case LaneKind::Evidence:
        return StepKind::Evidence;
    case LaneKind::Frontstage: // what the staff does in front of the customer
    case LaneKind::Customer:
    case LaneKind::Custom:
        return StepKind::Action;
    case LaneKind::Backstage:
    case LaneKind::Support:
        return StepKind::Process;
    case LaneKind::Touchpoints:
        return StepKind::Touchpoint;
    case LaneKind::Thoughts:
        return StepKind::Note;
    case LaneKind::Metrics:
        return StepKind::Action;
    case LaneKind::Emotions:
        return std::nullopt;
    }
    return StepKind::Action;
}

} // namespace waymark
