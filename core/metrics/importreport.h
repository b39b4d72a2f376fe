#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace waymark {

// Rows whose step value names no step of the journey.
struct UnmatchedValue
{
    QString value; // as in the file; "" for rows with no step value
    qint64 rows = 0;
    bool operator==(const UnmatchedValue &) const = default;
};

// Answers of one metric column that were not counted (not a number, or off
// the metric's scale), with the first few of them.
struct RejectedAnswers
{
    struct Example
    {
        qint64 line = 0;
        QString value;
        bool operator==(const Example &) const = default;
    };
    QString metric;
    QString column;
    qint64 answers = 0;
    QList<Example> examples;
    bool operator==(const RejectedAnswers &) const = default;
};

// Matched rows without an answer in one metric column.
struct BlankAnswers
{
    QString metric;
    QString column;
    qint64 rows = 0;
    bool operator==(const BlankAnswers &) const = default;
};

// What an import could not use, kept with its source (ImportSource::report).
struct ImportReport
{
    qint64 rowsRead = 0;
    qint64 rowsMatched = 0;
    qint64 rowsUnmatched = 0;        // rows read - rows matched
    qint64 rowsRejected = 0;         // matched rows with at least one rejected answer
    QList<UnmatchedValue> unmatched; // most rows first
    qint64 unmatchedOther = 0;       // rows of values past the tracked limit
    QList<RejectedAnswers> rejected;
    QList<BlankAnswers> blank; // every metric column, in mapping order
    qint64 badDates = 0;       // dates that could not be read: those rows count in no period

    QByteArray toJson() const;
    static ImportReport fromJson(const QByteArray &json);
    bool operator==(const ImportReport &) const = default;
};

} // namespace waymark
