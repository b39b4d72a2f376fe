#pragma once

#include "enums.h"
#include "journeyindex.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace waymark {

// A phase of the journey; one column of the map.
struct Stage
{
    QString id;
    QString name;
    QString description;
    bool operator==(const Stage &) const = default;
};

// One row of the map.
struct Lane
{
    QString id;
    QString name;
    LaneKind kind = LaneKind::Customer;
    bool operator==(const Lane &) const = default;
};

// A card on the map.
struct Step
{
    QString id;
    QString stage;
    QString lane;
    int order = 0; // position inside its stage/lane cell
    QString title;
    QString description;
    StepKind kind = StepKind::Action;
    QString channel; // channel id, empty for none
    QString owner;
    Priority priority = Priority::None;
    QDate due;
    std::optional<int> emotion; // -2 .. +2
    bool momentOfTruth = false;
    bool entry = false; // explicit flags; when no step of a journey has one, it is inferred
    bool goal = false;
    QString key; // external key used by survey data
    QStringList tags;
    QString color;   // "#rrggbb" or empty for the kind's colour
    QString picture; // picture id (Workspace::pictures), empty for none
    bool operator==(const Step &) const = default;
};

// An edge of the journey graph.
// Whether customers move along links of this kind (a dependency is not a path).
bool carriesCustomers(LinkKind kind);

struct Link
{
    QString id;
    QString from;
    QString to;
    LinkKind kind = LinkKind::Flow;
    QString label;
    std::optional<double> share; // 0..1, customers taking this link
    bool typical = true;
    bool operator==(const Link &) const = default;
};

// A sticky note left on a card in a workshop.
struct Comment
{
    QString id;
    QString step;
    QString author;
    QString text;
    QDateTime created;
    bool operator==(const Comment &) const = default;
};

// Dot votes of one participant on one card.
struct Vote
{
    QString step;
    QString participant;
    int count = 0;
    bool operator==(const Vote &) const = default;
};

// One aggregated metric value: a step, a metric, a period and a segment.
struct MetricValue
{
    QString step;
    QString metric;  // metric definition id
    QString period;  // "" for all time, "2026-03" for a month, "2026-W10" for a week
    QString segment; // "" for all customers
    QString source;  // import source id, empty when typed in
    qint64 n = 0;    // answers counted
    double value = 0;
    double sum = 0; // sum of the answers, for mean/sum formulas
    QList<qint64>
            histogram; // answers per scale point (scale min first), when the scale is discrete
    bool operator==(const MetricValue &) const = default;
};

// A journey map or service blueprint.
struct Journey
{
    QString id;
    QString name;
    QString persona; // persona id, empty for none
    QString scenario;
    QString description;
    JourneyState state = JourneyState::Current;
    JourneyKind kind = JourneyKind::Journey;
    int votesPerParticipant = 5;
    QList<Stage> stages;
    QList<Lane> lanes;
    QList<Step> steps;
    QList<Link> links;
    QList<Comment> comments;
    QList<Vote> votes;
    QList<MetricValue> metricValues;

    const Step *step(QStringView stepId) const;
    Step *step(QStringView stepId);
    const Link *link(QStringView linkId) const;
    const Stage *stage(QStringView stageId) const;
    const Lane *lane(QStringView laneId) const;
    int stageIndex(QStringView stageId) const;
    int laneIndex(QStringView laneId) const;
    int stepIndex(QStringView stepId) const;
    int linkIndex(QStringView linkId) const;

    // Steps of one cell, in their order.
    QList<const Step *> cell(QStringView stageId, QStringView laneId) const;
    // The links from and to a step, in list order.
    QList<const Link *> outgoing(QStringView stepId) const;
    QList<const Link *> incoming(QStringView stepId) const;

    // Hash look-ups for the functions above (not part of the value).
    JourneyIndex index;

    bool operator==(const Journey &) const = default;
};

} // namespace waymark
