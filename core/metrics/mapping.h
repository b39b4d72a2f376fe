#pragma once

#include "model/enums.h"
#include "stepmatcher.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace waymark {

// The length of the periods that trends are bucketed in.
enum class PeriodUnit { Month, Week };

// One metric column: which metric its answers feed.
struct MetricColumn
{
    QString metric; // metric definition id: nps, csat, ces or a custom id
    QString column; // the column, as the header names it
    // Only used when the import has to create the metric definition.
    std::optional<Formula> formula;
    QString name;
    QString unit;
    bool operator==(const MetricColumn &) const = default;
};

// Which column is which (DESIGN.md §7): saved with the import source.
struct Mapping
{
    QString step;
    StepMatch match = StepMatch::Auto;
    QList<MetricColumn> metrics;
    QString date;    // optional: bucket answers by period
    QString segment; // optional: split answers by its values
    PeriodUnit period = PeriodUnit::Month;
    bool operator==(const Mapping &) const = default;
};

QString stepMatchName(StepMatch match);  // "auto", "key", "title"
QString periodUnitName(PeriodUnit unit); // "month", "week"

// Reads the --mapping JSON. Unknown keys are warnings; a missing "step" or
// "metrics", or a value of the wrong type, is an error naming the key.
bool mappingFromJson(QByteArrayView json, Mapping *mapping, QStringList *warnings, QString *error);
QByteArray mappingToJson(const Mapping &mapping, bool pretty = false);

// What makes two imports "the same survey": the journey and the columns
// used, compared without case. A newer export of it replaces the older.
QString mappingSignature(const QString &journeyId, const Mapping &mapping);

} // namespace waymark
