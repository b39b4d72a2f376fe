#pragma once

#include <QByteArray>
#include <QList>

namespace waymark {

class JsonText;
struct JourneyAnalysis;
struct JourneyComparison;

// The analysis JSON of DESIGN.md §7, keys in the documented order; numbers
// are rounded to six decimals.
JsonText analysisJson(const JourneyAnalysis &analysis);
QByteArray analysisDocumentJson(const QList<JourneyAnalysis> &analyses); // {"journeys": [...]}

// `waymark analyze --compare --json` (README, "Journey analysis").
JsonText comparisonJson(const JourneyComparison &comparison);

} // namespace waymark
