#pragma once

// The scenario templates (B2B onboarding, a support incident, ...): each a
// service blueprint with its lanes, typical steps, pain points and ideas,
// described as rows (scenariodata.cpp) and built into a journey here.

#include "model/enums.h"

#include <QList>
#include <QString>

#include <span>

namespace waymark {

struct Workspace;
struct Channel;

namespace scenario {

// The lanes every scenario has, by their ids in the rows below.
inline constexpr const char *kEvidence = "evidence";
inline constexpr const char *kCustomer = "customer";
inline constexpr const char *kEmotions = "emotions";
inline constexpr const char *kPain = "pain";
inline constexpr const char *kIdeas = "ideas";
inline constexpr const char *kFront = "front";
inline constexpr const char *kBack = "back";
inline constexpr const char *kSystems = "systems";

struct StageRow
{
    const char *id;
    const char *name; // QT_TRANSLATE_NOOP("Templates", ...)
};

struct StepRow
{
    const char *stage;
    const char *lane;
    const char *channel; // a standard channel id or ""
    const char *owner;   // translatable or ""
    int emotion;         // -2..2, or kNone
    const char *title;   // translatable
    const char *description;
};

inline constexpr int kNone = 99;

struct Scenario
{
    const char *journeyId;
    const char *name;
    const char *personaName;
    const char *personaGoals;
    const char *personaQuote;
    const char *scenarioText;
    std::span<const StageRow> stages;
    std::span<const StepRow> steps;
};

// The channels of the empty templates and the scenarios, names translated.
QList<Channel> standardChannels();

// The rows of each scenario template (scenariodata.cpp); nullptr for the
// templates that are not scenarios.
const Scenario *scenarioOf(int templateValue);

// A workspace with the standard channels and metrics and the scenario's
// journey: customer steps linked in order, each stage's customer step handing
// off to the front stage, front to back, back depending on the systems.
Workspace buildScenario(const Scenario &s);

} // namespace scenario
} // namespace waymark
