#include "cli.h"
#include "document/document.h"
#include "metrics/metricsjson.h"
#include "metrics/summary.h"
#include "options.h"

#include <QCoreApplication>

#include <cmath>

namespace waymark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// Terminal columns a text takes: East Asian wide characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
                          || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
                          || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
                          || (u >= 0xFFE0 && u <= 0xFFE6);
        width += c.isLowSurrogate() ? 0 : wide ? 2 : 1;
    }
    return width;
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), u' ');
}

QString formatValue(const StepMetric &m, const MetricDef &def)
{
    QString value;
    switch (m.formula) {
    case Formula::Nps:
        value = QString::number(m.value, 'f', 1);
        break;
    case Formula::Top2:
    case Formula::Agree:
    case Formula::Rate:
        value = tr("%1 %").arg(QString::number(m.value, 'f', 1));
        break;
    case Formula::Count:
        value = QString::number(qint64(m.value));
        break;
    case Formula::Sum:
        value = m.value == std::floor(m.value) ? QString::number(qint64(m.value))
                                               : QString::number(m.value, 'f', 2);
        if (!def.unit.isEmpty() && def.unit != u"%")
            value = tr("%1 %2").arg(value, def.unit);
        break;
    case Formula::Mean:
        value = QString::number(m.value, 'f', 2);
        if (!def.unit.isEmpty() && def.unit != u"%")
            value = tr("%1 %2").arg(value, def.unit);
        break;
    }
    // A small sample is flagged wherever a value is shown.
    return tr("%1 (n=%2)%3")
            .arg(value)
            .arg(m.n)
            .arg(m.smallSample() ? QStringLiteral("*") : QString());
}

QString journeyTable(const Workspace &ws, const Journey &j, bool *small)
{
    const QHash<QString, QList<StepMetric>> all = journeyMetrics(ws, j);
    QList<const MetricDef *> defs; // only the metrics this journey has values for
    for (const MetricDef &def : ws.metricDefs) {
        for (const QList<StepMetric> &list : all) {
            if (std::any_of(list.cbegin(), list.cend(),
                            [&](const StepMetric &m) { return m.metric == def.id; })) {
                defs.append(&def);
                break;
            }
        }
    }
    QString out = tr("%1 (%2)\n").arg(j.name, j.id);
    if (defs.isEmpty())
        return out + tr("  no metric values; import some with 'waymark import-metrics'\n");

    QList<QStringList> rows;
    QStringList header{tr("Step")};
    for (const MetricDef *def : defs)
        header.append(def->name);
    rows.append(header);
    for (const Step &s : j.steps) {
        QStringList row{s.key.isEmpty() ? s.title : tr("%1 [%2]").arg(s.title, s.key)};
        const QList<StepMetric> metrics = all.value(s.id);
        for (const MetricDef *def : defs) {
            QString cell = QStringLiteral("-");
            for (const StepMetric &m : metrics) {
                if (m.metric == def->id) {
                    cell = formatValue(m, *def);
                    *small = *small || m.smallSample();
                }
            }
            row.append(cell);
        }
        rows.append(row);
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
    for (const QStringList &row : rows) {
        QString line = QStringLiteral(" ");
        for (qsizetype c = 0; c < row.size(); ++c)
            line += u' ' + (c + 1 < row.size() ? padded(row[c], widths[c] + 1) : row[c]);
        out += line + u'\n';
    }
    return out;
}

} // namespace

int cmdMetrics(const QStringList &args)
{
    Options o(QStringLiteral("metrics"),
              tr("Shows each step's metrics (over all periods and segments) as a table, or as "
                 "the JSON documented in the README."));
    o.positional(QStringLiteral("FILE.cjm"), tr("the workspace"));
    o.value(QStringLiteral("journey"), QStringLiteral("NAME"),
            tr("one journey, by name or id (default: all)"));
    o.flag(QStringLiteral("json"), tr("write JSON to standard output"));
    int exit = Ok;
    if (!o.parse(args, 1, 1, &exit))
        return exit;
    auto doc = openForCommand(o.positionals().first(), false);
    if (!doc)
        return BadInput;
    QStringList ids;
    if (!pickJourneys(*doc, o.get(QStringLiteral("journey")), &ids))
        return BadInput;
    const Workspace &ws = doc->workspace();
    if (o.isSet(QStringLiteral("json"))) {
        printOutBytes(metricsJson(ws, ids));
        return Ok;
    }
    QString out;
    bool small = false;
    for (const QString &id : std::as_const(ids)) {
        if (!out.isEmpty())
            out += u'\n';
        out += journeyTable(ws, *ws.journey(id), &small);
    }
    if (small)
        out += tr("\n* small sample: fewer than %1 answers\n").arg(kSmallSample);
    const ImportIssues issues = importIssues(ws, ids);
    if (!issues.unmatched.isEmpty()) {
        QStringList values;
        for (qsizetype i = 0; i < issues.unmatched.size() && i < 10; ++i) {
            const UnmatchedValue &u = issues.unmatched[i];
            values.append(tr("\"%1\" (%2)")
                                  .arg(u.value.isEmpty() ? tr("(empty)") : u.value,
                                       QCoreApplication::translate("Cli", "%n row(s)", nullptr,
                                                                   int(u.rows))));
        }
        out += tr("\nUnmatched step values: %1\n").arg(values.join(QStringLiteral(", ")));
    }
    if (issues.rejected > 0)
        out += tr("Rows with rejected answers: %1\n").arg(issues.rejected);
    if (ids.isEmpty())
        out = tr("The file has no journeys.\n");
    printOut(out);
    return Ok;
}

} // namespace waymark::cli
