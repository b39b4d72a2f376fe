#pragma once

#include "idindex.h"
#include "journey.h"
#include "picture.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace waymark {

// The kind of customer a journey is about.
struct Persona
{
    QString id;
    QString name;
    QString goals;
    QString quote;
    QString description;
    QString photo; // picture id (Workspace::pictures), empty for none
    bool operator==(const Persona &) const = default;
};

// Where the customer meets the company: website, store, call centre...
struct Channel
{
    QString id;
    QString name;
    ChannelKind kind = ChannelKind::Digital;
    QString icon; // icon name from resources/icons/channels, empty for the kind's icon
    bool operator==(const Channel &) const = default;
};

// What a metric measures and how its answers become one number.
struct MetricDef
{
    QString id; // "nps", "csat", "ces" or a custom id
    QString name;
    MetricKind kind = MetricKind::Custom;
    Formula formula = Formula::Mean;
    QString unit;
    std::optional<double> scaleMin; // answer scale, for validation and histograms
    std::optional<double> scaleMax;
    bool higherIsBetter = true;
    std::optional<double> green; // threshold for "good"
    std::optional<double> amber; // threshold for "watch"
    bool operator==(const MetricDef &) const = default;
};

// One imported data file: where the metric values of a journey came from.
struct ImportSource
{
    QString id;
    QString journey;
    QString fileName;
    QDateTime importedAt;
    QString layout;    // plain, qualtrics, surveymonkey
    QString mapping;   // the mapping JSON used (DESIGN.md §7)
    QString signature; // identifies "the same survey" for re-imports
    qint64 rowsRead = 0;
    qint64 rowsMatched = 0;
    qint64 rowsUnmatched = 0;
    qint64 rowsRejected = 0;
    QString report; // JSON: unmatched values and rejected answers
    bool operator==(const ImportSource &) const = default;
};

// Everything one .cjm file holds.
struct Workspace
{
    QList<Persona> personas;
    QList<Channel> channels;
    QList<MetricDef> metricDefs;
    QList<Journey> journeys;
    QList<ImportSource> sources;
    QList<Picture> pictures; // persona photos and card pictures, each kept once

    const Journey *journey(QStringView idOrName) const;
    int journeyIndex(QStringView id) const;
    const Persona *persona(QStringView id) const;
    const Channel *channel(QStringView id) const;
    const MetricDef *metricDef(QStringView id) const;
    const ImportSource *source(QStringView id) const;
    const Picture *picture(QStringView id) const;
    // True when a step or persona shows the picture.
    bool pictureUsed(QStringView id) const;

    bool operator==(const Workspace &) const = default;

    // Hash look-ups for the functions above (not part of the value).
    IdIndex personaIndex, channelIndex, metricDefIndex, journeyIndexById, sourceIndex, pictureIndex;
};

// A new id that is not in `taken`, built from `base` ("step" -> "step-7").
QString uniqueId(const QString &base, const QStringList &taken);

} // namespace waymark
