#pragma once

#include <QString>

namespace waymark {

struct Journey;
struct JourneyAnalysis;
struct JourneyComparison;
struct ObservedJourney;

// The readable reports of `waymark analyze` (without --json), in the UI
// language: findings first, steps named by id and title.
QString analysisReport(const Journey &journey, const JourneyAnalysis &analysis);
// What the journey's event data says (`waymark analyze` appends it).
QString observedReport(const Journey &journey, const ObservedJourney &observed);
QString comparisonReport(const Journey &current, const Journey &future,
                         const JourneyComparison &comparison);

} // namespace waymark
