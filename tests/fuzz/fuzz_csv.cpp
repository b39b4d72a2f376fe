// libFuzzer target: a survey export from its bytes to an import plan.
//
// The bytes go through what `waymark import-metrics` does before writing:
// encoding (BOM, UTF-16), the raw RFC 4180 reader with the detected
// delimiter, layout and header detection, the preview, the proposed
// mapping against the sample map, and the whole aggregation.

#include "fuzzcommon.h"

#include "metrics/csv.h"
#include "metrics/datafile.h"
#include "metrics/metricimport.h"
#include "metrics/preview.h"
#include "metrics/proposal.h"
#include "templates/templates.h"

#include <optional>

using namespace waymark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Workspace sample = makeTemplate(Template::Sample);

    DataFile file;
    QString error;
    if (!file.setBytes(fuzz::bytes(data, size), &error)) {
        if (error.isEmpty())
            fuzz::fail("DataFile::setBytes failed without a reason");
        return 0;
    }
    const QByteArrayView text = file.text();

    // The reader on its own: lines only go forward, errors name a line.
    const char delimiter = csv::detectDelimiter(text);
    if (delimiter != ',' && delimiter != ';' && delimiter != '\t')
        fuzz::fail("detectDelimiter", QString(QLatin1Char(delimiter)));
    qint64 lastLine = 0;
    CsvError csvError;
    const bool read = csv::forEachRecord(
            text, delimiter,
            [&](const QStringList &fields, qint64 line) {
                if (line < lastLine || line < 1 || fields.isEmpty())
                    fuzz::fail("forEachRecord: line numbers or fields", QString::number(line));
                lastLine = line;
                return true;
            },
            &csvError);
    if (!read && csvError.message.isEmpty())
        fuzz::fail("forEachRecord failed without a reason");

    // Every layout forced, then detected.
    for (std::optional<DataLayout> layout :
         {std::optional<DataLayout>(DataLayout::Qualtrics),
          std::optional<DataLayout>(DataLayout::SurveyMonkey), std::optional<DataLayout>()}) {
        DataPreview preview;
        if (!readPreview(file, layout, 20, &preview, &csvError)) {
            if (csvError.message.isEmpty())
                fuzz::fail("readPreview failed without a reason");
            continue;
        }
        if (layout)
            continue;
        const MappingProposal proposal = proposeMapping(preview, sample);
        if (!proposal.isUsable())
            return 0;
        ImportPlan plan;
        if (!planImport(sample, proposal.journey, file, preview, proposal.mapping, {}, &plan,
                        &error)
            && error.isEmpty())
            fuzz::fail("planImport failed without a reason");
    }
    return 0;
}
