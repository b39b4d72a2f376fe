#include "enums.h"

#include <QCoreApplication>

namespace waymark {

namespace {

template<typename E, size_t N>
QString pick(E value, const char *const (&texts)[N])
{
    static_assert(N == EnumTable<E>::names.size(), "one display name per enum value");
    const auto i = size_t(value);
    return i < N ? QCoreApplication::translate("Enums", texts[i]) : QString();
}

} // namespace

QString displayName(LaneKind kind)
{
    static constexpr const char *texts[] = {QT_TRANSLATE_NOOP("Enums", "Physical evidence"),
                                            QT_TRANSLATE_NOOP("Enums", "Customer actions"),
                                            QT_TRANSLATE_NOOP("Enums", "Frontstage"),
                                            QT_TRANSLATE_NOOP("Enums", "Backstage"),
                                            QT_TRANSLATE_NOOP("Enums", "Support processes"),
                                            QT_TRANSLATE_NOOP("Enums", "Touchpoints"),
                                            QT_TRANSLATE_NOOP("Enums", "Emotions"),
                                            QT_TRANSLATE_NOOP("Enums", "Thoughts"),
                                            QT_TRANSLATE_NOOP("Enums", "Pain points"),
                                            QT_TRANSLATE_NOOP("Enums", "Opportunities"),
                                            QT_TRANSLATE_NOOP("Enums", "Metrics"),
                                            QT_TRANSLATE_NOOP("Enums", "Custom")};
    return pick(kind, texts);
}

QString displayName(StepKind kind)
{
    static constexpr const char *texts[]
            = {QT_TRANSLATE_NOOP("Enums", "Touchpoint"), QT_TRANSLATE_NOOP("Enums", "Action"),
               QT_TRANSLATE_NOOP("Enums", "Pain point"), QT_TRANSLATE_NOOP("Enums", "Opportunity"),
               QT_TRANSLATE_NOOP("Enums", "Process"),    QT_TRANSLATE_NOOP("Enums", "Evidence"),
               QT_TRANSLATE_NOOP("Enums", "Note")};
    return pick(kind, texts);
}

QString displayName(LinkKind kind)
{
    static constexpr const char *texts[]
            = {QT_TRANSLATE_NOOP("Enums", "Flow"), QT_TRANSLATE_NOOP("Enums", "Alternative"),
               QT_TRANSLATE_NOOP("Enums", "Handoff"), QT_TRANSLATE_NOOP("Enums", "Dependency")};
    return pick(kind, texts);
}

QString displayName(JourneyState state)
{
    static constexpr const char *texts[] = {QT_TRANSLATE_NOOP("Enums", "Current state"),
                                            QT_TRANSLATE_NOOP("Enums", "Future state")};
    return pick(state, texts);
}

QString displayName(JourneyKind kind)
{
    static constexpr const char *texts[] = {QT_TRANSLATE_NOOP("Enums", "Journey map"),
                                            QT_TRANSLATE_NOOP("Enums", "Service blueprint")};
    return pick(kind, texts);
}

QString displayName(Priority priority)
{
    static constexpr const char *texts[]
            = {QT_TRANSLATE_NOOP("Enums", "None"), QT_TRANSLATE_NOOP("Enums", "Low"),
               QT_TRANSLATE_NOOP("Enums", "Medium"), QT_TRANSLATE_NOOP("Enums", "High")};
    return pick(priority, texts);
}

QString displayName(ChannelKind kind)
{
    static constexpr const char *texts[]
            = {QT_TRANSLATE_NOOP("Enums", "Digital"), QT_TRANSLATE_NOOP("Enums", "Physical"),
               QT_TRANSLATE_NOOP("Enums", "Human"), QT_TRANSLATE_NOOP("Enums", "Partner"),
               QT_TRANSLATE_NOOP("Enums", "Print")};
    return pick(kind, texts);
}

QString displayName(MetricKind kind)
{
    static constexpr const char *texts[]
            = {QT_TRANSLATE_NOOP("Enums", "NPS"),          QT_TRANSLATE_NOOP("Enums", "CSAT"),
               QT_TRANSLATE_NOOP("Enums", "CES"),          QT_TRANSLATE_NOOP("Enums", "Conversion"),
               QT_TRANSLATE_NOOP("Enums", "Volume"),       QT_TRANSLATE_NOOP("Enums", "Duration"),
               QT_TRANSLATE_NOOP("Enums", "Custom metric")};
    return pick(kind, texts);
}

QString displayName(Formula formula)
{
    static constexpr const char *texts[]
            = {QT_TRANSLATE_NOOP("Enums", "NPS (% promoters − % detractors)"),
               QT_TRANSLATE_NOOP("Enums", "Top-2 box (%)"),
               QT_TRANSLATE_NOOP("Enums", "Mean"),
               QT_TRANSLATE_NOOP("Enums", "% agreeing"),
               QT_TRANSLATE_NOOP("Enums", "Sum"),
               QT_TRANSLATE_NOOP("Enums", "Count"),
               QT_TRANSLATE_NOOP("Enums", "Rate (%)")};
    return pick(formula, texts);
}

int blueprintRank(LaneKind kind)
{
    switch (kind) {
    case LaneKind::Evidence:
        return 1;
    case LaneKind::Customer:
        return 2;
    case LaneKind::Frontstage:
        return 3;
    case LaneKind::Backstage:
        return 4;
    case LaneKind::Support:
        return 5;
    default:
        return 0;
    }
}

} // namespace waymark
