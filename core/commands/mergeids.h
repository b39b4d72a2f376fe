#pragma once

namespace waymark {

// QUndoCommand::id() values: consecutive edits with the same id (and the same
// target) merge into one undo step, so typing a title is one step, not one per
// key. -1 (the default) never merges.
enum MergeId {
    MergeLinkLabel = 1,
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
    // A step field that merges typing (model/stepfields.h): this plus the
    // field's index in the table.
    MergeStepField = 1000,
};

} // namespace waymark
