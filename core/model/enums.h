#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace waymark {

// Every enum's wire name is its name in the JSON contract and in the .cjm file
// (DESIGN.md §7), so the table below is part of the file format: append only.

enum class LaneKind {
    Evidence,
    Customer,
    Frontstage,
    Backstage,
    Support,
    Touchpoints,
    Emotions,
    Thoughts,
    PainPoints,
    Opportunities,
    Metrics,
    Custom
};
enum class StepKind { Touchpoint, Action, PainPoint, Opportunity, Process, Evidence, Note };
enum class LinkKind { Flow, Alternative, Handoff, Dependency };
enum class JourneyState { Current, Future };
enum class JourneyKind { Journey, Blueprint };
enum class Priority { None, Low, Medium, High };
enum class ChannelKind { Digital, Physical, Human, Partner, Print };
enum class MetricKind { Nps, Csat, Ces, Conversion, Volume, Duration, Custom };
enum class Formula { Nps, Top2, Mean, Agree, Sum, Count, Rate };

template<typename E>
struct EnumTable;

#define WAYMARK_ENUM_TABLE(E, ...) \
    template<> \
    struct EnumTable<E> \
    { \
        static constexpr auto names = std::to_array<const char16_t *>({__VA_ARGS__}); \
    };

WAYMARK_ENUM_TABLE(LaneKind, u"evidence", u"customer", u"frontstage", u"backstage", u"support",
                   u"touchpoints", u"emotions", u"thoughts", u"painpoints", u"opportunities",
                   u"metrics", u"custom")
WAYMARK_ENUM_TABLE(StepKind, u"touchpoint", u"action", u"painpoint", u"opportunity", u"process",
                   u"evidence", u"note")
WAYMARK_ENUM_TABLE(LinkKind, u"flow", u"alternative", u"handoff", u"dependency")
WAYMARK_ENUM_TABLE(JourneyState, u"current", u"future")
WAYMARK_ENUM_TABLE(JourneyKind, u"journey", u"blueprint")
WAYMARK_ENUM_TABLE(Priority, u"none", u"low", u"medium", u"high")
WAYMARK_ENUM_TABLE(ChannelKind, u"digital", u"physical", u"human", u"partner", u"print")
WAYMARK_ENUM_TABLE(MetricKind, u"nps", u"csat", u"ces", u"conversion", u"volume", u"duration",
                   u"custom")
WAYMARK_ENUM_TABLE(Formula, u"nps", u"top2", u"mean", u"agree", u"sum", u"count", u"rate")

#undef WAYMARK_ENUM_TABLE

template<typename E>
constexpr int enumCount()
{
    return int(EnumTable<E>::names.size());
}

template<typename E>
QString enumName(E value)
{
    return QString::fromUtf16(EnumTable<E>::names[size_t(value)]);
}

template<typename E>
std::optional<E> enumFromName(QStringView name)
{
    const auto &names = EnumTable<E>::names;
    for (size_t i = 0; i < names.size(); ++i) {
        if (name == QStringView(names[i]))
            return E(i);
    }
    return std::nullopt;
}

// All wire names of an enum, comma separated: for error messages.
template<typename E>
QString enumNameList()
{
    QString out;
    for (const char16_t *n : EnumTable<E>::names) {
        if (!out.isEmpty())
            out += u", ";
        out += QString::fromUtf16(n);
    }
    return out;
}

// Translated names for the window and the exports.
QString displayName(LaneKind kind);
QString displayName(StepKind kind);
QString displayName(LinkKind kind);
QString displayName(JourneyState state);
QString displayName(JourneyKind kind);
QString displayName(Priority priority);
QString displayName(ChannelKind kind);
QString displayName(MetricKind kind);
QString displayName(Formula formula);

// Lanes of the service blueprint, top to bottom; 0 for every other kind.
int blueprintRank(LaneKind kind);

} // namespace waymark
