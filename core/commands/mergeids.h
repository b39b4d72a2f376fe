#pragma once

namespace waymark {

// QUndoCommand::id() values: consecutive edits with the same id (and the same
// target) merge into one undo step, so typing a title is one step, not one per
// key. -1 (the default) never merges.
enum MergeId {
    MergeStepTitle = 1,
    MergeStepDescription,
    MergeStepOwner,
    MergeStepKey,
    MergeStepColor,
    MergeLinkLabel,
    MergeLinkShare,
    MergeStageName,
    MergeStageDescription,
    MergeLaneName,
    MergeJourneyName,
    MergeJourneyScenario,
    MergeJourneyDescription,
    MergePersonaText,
    MergeChannelName,
    MergeMetricText,
    MergeCommentText,
};

} // namespace waymark
