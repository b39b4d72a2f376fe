#include "metricimporttext.h"

#include "metrics/metricimport.h"
#include "metrics/preview.h"
#include "model/enums.h"

#include <QCoreApplication>
#include <QSet>

namespace waymark {

namespace {

// The dialog's context, so its texts translate as one.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("MetricImportController", text, disambiguation, n);
}

constexpr int kListedValues = 8; // unmatched values in the summary

QString encodingText(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8:
        return tr("UTF-8");
    case TextEncoding::Utf8Bom:
        return tr("UTF-8 with BOM");
    case TextEncoding::Utf16LE:
        return tr("UTF-16 LE");
    case TextEncoding::Utf16BE:
        return tr("UTF-16 BE");
    case TextEncoding::Windows1251:
        return tr("Windows-1251 (not UTF-8)");
    case TextEncoding::Windows1252:
        return tr("Windows-1252 (not UTF-8)");
    }
    return {};
}

QString layoutTitle(DataLayout layout)
{
    switch (layout) {
    case DataLayout::Plain:
        return tr("Plain CSV");
    case DataLayout::Qualtrics:
        return tr("Qualtrics export");
    case DataLayout::SurveyMonkey:
        return tr("SurveyMonkey export");
    }
    return {};
}

} // namespace

QString describeData(const DataPreview &preview)
{
    if (preview.header.columns.isEmpty())
        return {};
    const DataHeader &h = preview.header;
    const QString delimiter = h.delimiter == ';'    ? tr("semicolons")
                              : h.delimiter == '\t' ? tr("tabs")
                                                    : tr("commas");
    QString text
            = tr("%1 · fields separated by %2 · %3 · %n column(s)", nullptr, int(h.columns.size()))
                      .arg(layoutTitle(h.layout), delimiter, encodingText(preview.encoding));
    if (h.commentLines > 0)
        text = tr("%1 · %2").arg(text, tr("%n comment line(s) skipped", nullptr, h.commentLines));
    return text;
}

QVariantMap importSummary(const ImportPlan &plan, const Mapping &mapping,
                          QStringList *importedMetrics)
{
    const ImportReport &r = plan.report;
    QSet<QString> steps;
    QSet<QString> metrics;
    for (const MetricValue &v : plan.values) {
        steps.insert(v.step);
        metrics.insert(v.metric);
    }
    // In the mapping's order, so "Show on map" shows the first metric column.
    importedMetrics->clear();
    for (const MetricColumn &m : mapping.metrics) {
        if (metrics.contains(m.metric))
            importedMetrics->append(m.metric);
    }
    QVariantList unmatched;
    qint64 other = r.unmatchedOther;
    for (qsizetype i = 0; i < r.unmatched.size(); ++i) {
        if (i < kListedValues) {
            unmatched.append(QVariantMap{{QStringLiteral("value"), r.unmatched[i].value.isEmpty()
                                                                           ? tr("(empty)")
                                                                           : r.unmatched[i].value},
                                         {QStringLiteral("rows"), r.unmatched[i].rows}});
        } else {
            other += r.unmatched[i].rows;
        }
    }
    QStringList blank;
    for (const BlankAnswers &b : r.blank) {
        if (b.rows > 0)
            blank.append(
                    tr("“%1”: %n row(s) without an answer", nullptr, int(b.rows)).arg(b.column));
    }
    QVariantList rejected;
    for (const RejectedAnswers &a : r.rejected) {
        QStringList examples;
        for (const RejectedAnswers::Example &e : a.examples)
            examples.append(tr("line %1: “%2”").arg(e.line).arg(e.value));
        rejected.append(QVariantMap{{QStringLiteral("column"), a.column},
                                    {QStringLiteral("metric"), a.metric},
                                    {QStringLiteral("answers"), a.answers},
                                    {QStringLiteral("examples"), examples.join(u", ")}});
    }
    return {
            {QStringLiteral("rowsRead"), r.rowsRead},
            {QStringLiteral("rowsMatched"), r.rowsMatched},
            {QStringLiteral("rowsUnmatched"), r.rowsUnmatched},
            {QStringLiteral("rowsRejected"), r.rowsRejected},
            {QStringLiteral("values"), plan.values.size()},
            {QStringLiteral("steps"), steps.size()},
            {QStringLiteral("unmatched"), unmatched},
            {QStringLiteral("unmatchedOther"), other},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("badDates"), r.badDates},
            {QStringLiteral("replaced"), plan.replaces.size()},
            {QStringLiteral("blank"), blank},
            {QStringLiteral("text"),
             tr("%1 rows read, %2 matched, %3 unmatched, %4 rejected; values on %n step(s).",
                nullptr, int(steps.size()))
                             .arg(r.rowsRead)
                             .arg(r.rowsMatched)
                             .arg(r.rowsUnmatched)
                             .arg(r.rowsRejected)
                     + (blank.isEmpty() ? QString()
                                        : u' ' + blank.join(QStringLiteral("; ")) + u'.')},
    };
}

QVariantList formulaChoices()
{
    QVariantList out;
    for (int i = 0; i < enumCount<Formula>(); ++i) {
        const auto f = Formula(i);
        out.append(QVariantMap{{QStringLiteral("value"), enumName(f)},
                               {QStringLiteral("text"), displayName(f)}});
    }
    return out;
}

} // namespace waymark
