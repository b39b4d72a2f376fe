#pragma once

#include <QStringList>
#include <QVariantMap>

namespace waymark {

struct DataPreview;
struct ImportPlan;
struct Mapping;

// The import dialog's texts built from core's results, kept apart from the
// controller's state machine.

// "Qualtrics export · fields separated by commas · UTF-8 · 17 column(s)".
QString describeData(const DataPreview &preview);

// What an import read, matched and could not use, as plain values for QML
// (rowsRead, rowsMatched, rowsUnmatched, rowsRejected, unmatched [{value,
// rows}], unmatchedOther, rejected [{column, metric, answers, examples}],
// badDates, replaced, text). `importedMetrics` gets the metrics that got
// values, in the mapping's order.
QVariantMap importSummary(const ImportPlan &plan, const Mapping &mapping,
                          QStringList *importedMetrics);

// The formulas a metric can use, for combo boxes: [{value, text}].
QVariantList formulaChoices();

} // namespace waymark
