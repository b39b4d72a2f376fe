#include "datalayout.h"

#include "csvscan.h"
#include "textmatch.h"

#include <QCoreApplication>

namespace waymark {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Metrics", text, nullptr, n);
}

// The first few records with where each starts.
struct HeadRecords
{
    QList<QStringList> records;
    QList<const char *> starts;
    QList<qint64> lines;
    QStringList fields;
    QByteArray scratch;
    qsizetype max = 4;

    void field(int, const char *b, const char *e, bool doubled)
    {
        if (!doubled) {
            fields.append(QString::fromUtf8(b, e - b).trimmed());
            return;
        }
        scratch.clear();
        csv::unescapeInto(b, e, scratch);
        fields.append(QString::fromUtf8(scratch).trimmed());
    }
    bool record(int, const char *start, qint64 line)
    {
        records.append(fields);
        starts.append(start);
        lines.append(line);
        fields.clear();
        return records.size() < max;
    }
};

bool isBlankLine(QByteArrayView line)
{
    return line.trimmed().isEmpty();
}

// '#' lines of analytics exports; "#,Name" is a header whose first column is "#".
bool isCommentLine(QByteArrayView line)
{
    if (!line.startsWith('#'))
        return false;
    return line.size() == 1 || (line[1] != ',' && line[1] != ';' && line[1] != '\t');
}

// {"ImportId":"QID2"}, or {'ImportId': 'QID2'} as older exporters write it.
bool isImportId(const QString &cell)
{
    if (!cell.startsWith(u'{'))
        return false;
    const QStringView rest = QStringView(cell).mid(1).trimmed();
    return rest.startsWith(u"\"ImportId\"") || rest.startsWith(u"'ImportId'");
}

bool hasImportIds(const QList<QStringList> &records)
{
    if (records.size() < 3)
        return false;
    int ids = 0, filled = 0;
    for (const QString &cell : records[2]) {
        if (cell.isEmpty())
            continue;
        ++filled;
        if (isImportId(cell))
            ++ids;
    }
    return filled > 0 && ids * 2 >= filled;
}

// The legacy Qualtrics layout: field names (V1, V2... or ResponseID...), then
// question texts, where the metadata columns repeat their field name
// ("ResponseID" over "ResponseID"); data from row 3.
bool isLegacyQualtrics(const QList<QStringList> &records)
{
    if (records.size() < 2)
        return false;
    const QStringList &names = records[0];
    const QStringList &texts = records[1];
    for (qsizetype i = 0; i < names.size(); ++i) {
        const bool idName = names[i].compare(u"ResponseID", Qt::CaseInsensitive) == 0
                            || names[i].compare(u"V1", Qt::CaseInsensitive) == 0;
        if (idName && texts.value(i).compare(u"ResponseID", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isQualtrics(const QList<QStringList> &records)
{
    return hasImportIds(records) || isLegacyQualtrics(records);
}

bool isSubLabel(const QString &cell)
{
    return cell.compare(u"Response", Qt::CaseInsensitive) == 0
           || cell.compare(u"Open-Ended Response", Qt::CaseInsensitive) == 0;
}

bool isSurveyMonkey(const QList<QStringList> &records)
{
    if (records.size() < 2)
        return false;
    const QStringList &first = records[0];
    const QStringList &second = records[1];
    const bool idColumn = std::any_of(first.cbegin(), first.cend(), [](const QString &c) {
        return c.compare(u"Respondent ID", Qt::CaseInsensitive) == 0
               || c.compare(u"Collector ID", Qt::CaseInsensitive) == 0;
    });
    const bool subLabels = std::any_of(second.cbegin(), second.cend(), isSubLabel);
    return subLabels && (idColumn || second.value(0).isEmpty());
}

QList<DataColumn> columnsOf(DataLayout layout, const QList<QStringList> &records)
{
    QList<DataColumn> columns;
    const QStringList first = records.value(0);
    if (layout == DataLayout::Qualtrics) {
        const QStringList questions = records.value(1);
        for (qsizetype i = 0; i < first.size(); ++i)
            columns.append({first[i], questions.value(i)});
    } else if (layout == DataLayout::SurveyMonkey) {
        // A question with several answers has its text over the first column
        // only; the sub-labels of the second row tell its columns apart.
        const QStringList labels = records.value(1);
        QString question;
        for (qsizetype i = 0; i < first.size(); ++i) {
            if (!first[i].isEmpty())
                question = first[i];
            const QString label = labels.value(i);
            const QString name = label.isEmpty() || isSubLabel(label)
                                         ? question
                                         : QStringLiteral("%1 - %2").arg(question, label);
            columns.append({name, question});
        }
    } else {
        for (const QString &name : first)
            columns.append({name, {}});
    }
    return columns;
}

int headerRows(DataLayout layout, const QList<QStringList> &records)
{
    switch (layout) {
    case DataLayout::Qualtrics:
        // Two rows in the legacy layout, which has no ImportId row.
        return hasImportIds(records) || !isLegacyQualtrics(records) ? 3 : 2;
    case DataLayout::SurveyMonkey:
        return 2;
    case DataLayout::Plain:
        break;
    }
    return 1;
}

} // namespace

QString layoutName(DataLayout layout)
{
    switch (layout) {
    case DataLayout::Qualtrics:
        return QStringLiteral("qualtrics");
    case DataLayout::SurveyMonkey:
        return QStringLiteral("surveymonkey");
    case DataLayout::Plain:
        break;
    }
    return QStringLiteral("plain");
}

std::optional<DataLayout> layoutFromName(QStringView name)
{
    for (DataLayout l : {DataLayout::Plain, DataLayout::Qualtrics, DataLayout::SurveyMonkey}) {
        if (name.compare(layoutName(l), Qt::CaseInsensitive) == 0)
            return l;
    }
    return std::nullopt;
}

int DataHeader::columnIndex(const QString &reference, QString *error) const
{
    const QString key = matchKey(reference);
    for (bool byQuestion : {false, true}) {
        int found = -1;
        int count = 0;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString &text = byQuestion ? columns[i].question : columns[i].name;
            if (!text.isEmpty() && matchKey(text) == key) {
                if (found < 0)
                    found = int(i);
                ++count;
            }
        }
        if (count == 1 || (count > 1 && !byQuestion))
            return found; // a field name is meant to be unique; the first one wins
        if (count > 1) {
            if (error)
                // translate() with the count in sight of lupdate (a plural message),
                // in the context of the tr() above.
                *error = QCoreApplication::translate(
                                 "Metrics",
                                 "%n columns have the question \"%1\"; name one by its field name",
                                 nullptr, count)
                                 .arg(reference);
            return -1;
        }
    }
    if (error) {
        QStringList names;
        for (const DataColumn &c : columns)
            names.append(QStringLiteral("\"%1\"").arg(c.name));
        if (names.size() > 12) {
            names = names.mid(0, 12);
            names.append(QStringLiteral("…"));
        }
        *error = tr("the data has no column \"%1\"; it has %2")
                         .arg(reference, names.join(QStringLiteral(", ")));
    }
    return -1;
}

bool readHeader(QByteArrayView text, std::optional<DataLayout> layout, DataHeader *header,
                CsvError *error)
{
    *header = DataHeader();
    qsizetype pos = 0;
    qint64 line = 1;
    std::optional<char> sep;
    // Comment lines, blank lines and Excel's "sep=;" above the header.
    while (pos < text.size()) {
        qsizetype eol = text.indexOf('\n', pos);
        const qsizetype next = eol < 0 ? text.size() : eol + 1;
        QByteArrayView row = text.sliced(pos, (eol < 0 ? text.size() : eol) - pos);
        if (row.endsWith('\r'))
            row.chop(1);
        if (isCommentLine(row) || isBlankLine(row)) {
            ++header->commentLines;
        } else if (!sep && row.size() == 5 && row.startsWith("sep=")) {
            sep = row[4];
            ++header->commentLines;
        } else {
            break;
        }
        pos = next;
        ++line;
    }
    const QByteArrayView rest = text.sliced(pos);
    header->delimiter = sep ? *sep : csv::detectDelimiter(rest);

    HeadRecords head;
    const csv::ScanTables tables(header->delimiter);
    const char *end = rest.data() + rest.size();
    const csv::ScanResult r = csv::scan(rest.data(), end, end, tables, line, head);
    if (r.error != csv::ScanError::None && r.error != csv::ScanError::StoppedByHandler) {
        *error = {r.errorLine, csv::errorText(r.error)};
        return false;
    }
    if (head.records.isEmpty()) {
        *error = {0, tr("the data is empty: there is no header row")};
        return false;
    }
    header->layout = layout                         ? *layout
                     : isQualtrics(head.records)    ? DataLayout::Qualtrics
                     : isSurveyMonkey(head.records) ? DataLayout::SurveyMonkey
                                                    : DataLayout::Plain;
    const int rows = headerRows(header->layout, head.records);
    if (head.records.size() < rows) {
        *error = {0, tr("the data ends inside its header: a %1 export has %2 header rows")
                             .arg(layoutName(header->layout))
                             .arg(rows)};
        return false;
    }
    header->columns = columnsOf(header->layout, head.records);
    if (head.records.size() > rows) {
        header->dataOffset = (head.starts[rows] - text.data());
        header->dataLine = head.lines[rows];
    } else {
        header->dataOffset = r.end - text.data();
        header->dataLine = r.line;
    }
    return true;
}

} // namespace waymark
