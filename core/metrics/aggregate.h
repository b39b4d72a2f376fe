#pragma once

#include "answers.h"
#include "csv.h"
#include "importreport.h"
#include "mapping.h"
#include "model/workspace.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace waymark {

class DataFile;

// Progress and cancel for a long import. `report` is called on the thread
// that runs the import, about ten times a second, with bytes done and total.
// Setting `*cancel` makes the import stop and fail with cancelled = true.
struct ImportProgress
{
    std::function<void(qint64 done, qint64 total)> report;
    const std::atomic<bool> *cancel = nullptr;
};

// Everything the aggregation needs, resolved against the data's header and
// copied out of the workspace, so it can run on a worker thread.
struct AggregationSpec
{
    struct StepTarget
    {
        QString id;
        QString key;
        QString title;
    };
    struct MetricTarget
    {
        MetricDef def; // scale and formula; the definition may be new
        int column = -1;
        QString columnName; // for the report
    };

    char delimiter = ',';
    int columnCount = 0;
    int stepColumn = -1;
    StepMatch match = StepMatch::Auto;
    QList<StepTarget> steps;
    QList<MetricTarget> metrics;
    int dateColumn = -1;
    answers::DateOrder dateOrder = answers::DateOrder::Iso;
    PeriodUnit period = PeriodUnit::Month;
    int segmentColumn = -1;
    int threads = 0; // 0: as many as the machine has (at most 8) and the data is worth
};

// The values and what could not be used.
struct AggregationResult
{
    QList<MetricValue> values; // no source id yet; sorted by step, period, segment, metric
    ImportReport report;
    bool cancelled = false;
};

// Per step (and per period and segment where mapped) and metric: answer
// counts per scale point, sums, and the value under the definition's formula.
// Rows for "all periods" and "all segments" (period and segment "") are
// always there. `text` is the whole data (UTF-8), the records start at
// `dataOffset` / `dataLine`. Runs on the calling thread plus helpers.
bool aggregate(QByteArrayView text, qint64 dataOffset, qint64 dataLine, const AggregationSpec &spec,
               const ImportProgress &progress, AggregationResult *result, CsvError *error,
               const DataFile *file = nullptr);

// Limits that keep a wrong mapping from eating the memory.
constexpr int kMaxSegments = 1000;
constexpr int kMaxUnmatchedValues = 10000;
constexpr int kMaxRejectedExamples = 5;

} // namespace waymark
