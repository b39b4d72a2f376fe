#pragma once

#include "enums.h"

#include <optional>

namespace waymark {

// Whether cards may be put in a lane of this kind: the Emotions lane holds
// the curve drawn from the cards' emotions, never cards of its own.
bool laneTakesCards(LaneKind lane);

// The kind a new card gets in a lane of this kind: a pain point in the pain
// points lane, a frontstage action in the frontstage lane, a process behind
// the line of visibility... None when the lane takes no cards.
std::optional<StepKind> defaultStepKind(LaneKind lane);

} // namespace waymark
