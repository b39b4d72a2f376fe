#pragma once

#include <QString>

namespace waymark {

struct Journey;
struct Step;
struct Link;
struct Workspace;

// Checks that a journey is whole: unique ids, every reference resolves
// (stages, lanes, steps, persona, channels, metrics), values in range. Returns
// the first problem as a sentence naming the item, or an empty string.
QString validateJourney(const Workspace &workspace, const Journey &journey);
QString validateStep(const Workspace &workspace, const Journey &journey, const Step &step);
QString validateLink(const Journey &journey, const Link &link);

} // namespace waymark
