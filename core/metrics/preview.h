#pragma once

#include "csv.h"
#include "datalayout.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace waymark {

class DataFile;

// The top of a data file: what the import dialog shows and what the mapping
// is proposed from. Plain values, safe to hand between threads.
struct DataPreview
{
    QString path;
    TextEncoding encoding = TextEncoding::Utf8;
    DataHeader header;
    QList<QStringList> rows; // the first data rows, blank lines left out
    qint64 bytes = 0;        // size of the text to read
    bool complete = false;   // the rows are all the data there is

    // The sample values of one column (empty strings for short rows).
    QStringList column(int index) const;
};

// Reads the header and up to `maxRows` data rows. `layout` forces a layout.
bool readPreview(const DataFile &file, std::optional<DataLayout> layout, int maxRows,
                 DataPreview *preview, CsvError *error);

// How many rows the proposal looks at.
constexpr int kProposalRows = 1000;

} // namespace waymark
