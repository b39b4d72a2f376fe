#include "preview.h"

#include "datafile.h"

namespace waymark {

QStringList DataPreview::column(int index) const
{
    QStringList out;
    out.reserve(rows.size());
    for (const QStringList &row : rows)
        out.append(row.value(index));
    return out;
}

bool readPreview(const DataFile &file, std::optional<DataLayout> layout, int maxRows,
                 DataPreview *preview, CsvError *error)
{
    *preview = DataPreview();
    preview->path = file.path();
    preview->encoding = file.encoding();
    const QByteArrayView text = file.text();
    if (!readHeader(text, layout, &preview->header, error))
        return false;
    const DataHeader &h = preview->header;
    preview->bytes = text.size() - h.dataOffset;
    bool more = false;
    CsvError csvError;
    const bool ok = csv::forEachRecord(
            text.sliced(h.dataOffset), h.delimiter,
            [&](const QStringList &fields, qint64) {
                if (fields.size() == 1 && fields.first().isEmpty())
                    return true;
                if (preview->rows.size() >= maxRows) {
                    more = true;
                    return false;
                }
                preview->rows.append(fields);
                return true;
            },
            &csvError);
    if (!ok) {
        *error = {csvError.line + h.dataLine - 1, csvError.message};
        return false;
    }
    preview->complete = !more;
    return true;
}

} // namespace waymark
