#pragma once

#include "csv.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace waymark {

// How a survey or analytics export arranges its header rows.
enum class DataLayout {
    Plain,        // one header row
    Qualtrics,    // field names, question texts, {"ImportId":...} (or {'ImportId':...});
                  // data from row 4; the legacy layout has no ImportId row: row 3
    SurveyMonkey, // question texts, then sub-labels ("Response"); data from row 3
};

QString layoutName(DataLayout layout); // "plain", "qualtrics", "surveymonkey"
std::optional<DataLayout> layoutFromName(QStringView name);

// One column of a data file.
struct DataColumn
{
    QString name;     // the field name (first header row; SurveyMonkey: question - sub-label)
    QString question; // the question text, when the layout has one
    bool operator==(const DataColumn &) const = default;
};

// What the top of a data file says: layout, delimiter, columns, and where
// the data records start.
struct DataHeader
{
    DataLayout layout = DataLayout::Plain;
    char delimiter = ',';
    int commentLines = 0; // '#' lines (and blank lines) above the header, skipped
    QList<DataColumn> columns;
    qint64 dataOffset = 0; // byte offset of the first data record in the text
    qint64 dataLine = 1;   // its physical line

    // The column whose name (or else question text) is `reference`, compared
    // without case and surrounding space; -1 with a reason when none or
    // several fit.
    int columnIndex(const QString &reference, QString *error = nullptr) const;
};

// Reads the header of `text` (UTF-8). `layout` forces a layout instead of
// detecting it.
bool readHeader(QByteArrayView text, std::optional<DataLayout> layout, DataHeader *header,
                CsvError *error);

} // namespace waymark
