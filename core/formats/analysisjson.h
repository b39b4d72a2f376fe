#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace waymark {

class JsonText;
struct JourneyAnalysis;
struct JourneyComparison;
struct ObservedJourney;

// The analysis JSON of DESIGN.md §7, keys in the documented order; numbers
// are rounded to six decimals.
JsonText analysisJson(const JourneyAnalysis &analysis);
QByteArray analysisDocumentJson(const QList<JourneyAnalysis> &analyses); // {"journeys": [...]}
// The same with an `observed` object for each journey with event data (by journey id).
QByteArray analysisDocumentJson(const QList<JourneyAnalysis> &analyses,
                                const QHash<QString, ObservedJourney> &observed);

// `waymark analyze --compare --json` (README, "Journey analysis").
JsonText comparisonJson(const JourneyComparison &comparison);

} // namespace waymark
