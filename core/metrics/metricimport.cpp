#include "metricimport.h"

#include "datafile.h"
#include "preview.h"

#include "model/standardmetrics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Metrics", text);
}

// The definition for a metric id: the workspace's, a standard one, or a new
// custom one (mean of the answers unless the mapping says otherwise).
bool metricDefFor(const Workspace &ws, const MetricColumn &m, MetricDef *def, bool *isNew,
                  QString *error)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    *isNew = false;
    if (const MetricDef *existing = ws.metricDef(m.metric)) {
        *def = *existing;
        return true;
    }
    if (!idPattern.match(m.metric).hasMatch()) {
        *error = tr("metric id \"%1\" may only hold letters, digits, '_', '.' and '-'")
                         .arg(m.metric);
        return false;
    }
    *isNew = true;
    for (const MetricDef &standard : standardMetrics().metricDefs) {
        if (standard.id == m.metric) {
            *def = standard;
            if (m.formula)
                def->formula = *m.formula;
            return true;
        }
    }
    *def = MetricDef();
    def->id = m.metric;
    def->name = m.name.isEmpty() ? m.metric : m.name;
    def->kind = MetricKind::Custom;
    def->formula = m.formula.value_or(Formula::Mean);
    def->unit = m.unit;
    return true;
}

bool resolveColumn(const DataPreview &preview, const QString &reference, const QString &role,
                   QList<int> *used, int *column, QString *error)
{
    QString why;
    *column = preview.header.columnIndex(reference, &why);
    if (*column < 0) {
        *error = tr("%1: %2").arg(role, why);
        return false;
    }
    if (used->contains(*column)) {
        *error = tr("%1: column \"%2\" is already used for something else").arg(role, reference);
        return false;
    }
    used->append(*column);
    return true;
}

} // namespace

bool makeAggregationSpec(const Workspace &ws, const QString &journeyId, const DataPreview &preview,
                         const Mapping &mapping, AggregationSpec *spec, QList<MetricDef> *newDefs,
                         QString *error)
{
    *spec = AggregationSpec();
    newDefs->clear();
    const Journey *journey = ws.journey(journeyId);
    if (!journey) {
        *error = tr("there is no journey \"%1\"").arg(journeyId);
        return false;
    }
    if (mapping.metrics.isEmpty()) {
        *error = tr("the mapping names no metric column");
        return false;
    }
    spec->delimiter = preview.header.delimiter;
    spec->columnCount = int(preview.header.columns.size());
    spec->match = mapping.match;
    spec->period = mapping.period;
    for (const Step &s : journey->steps)
        spec->steps.append({s.id, s.key, s.title});

    QList<int> used;
    if (!resolveColumn(preview, mapping.step, tr("step"), &used, &spec->stepColumn, error))
        return false;
    for (const MetricColumn &m : mapping.metrics) {
        AggregationSpec::MetricTarget target;
        bool isNew = false;
        if (!metricDefFor(ws, m, &target.def, &isNew, error))
            return false;
        for (const AggregationSpec::MetricTarget &t : std::as_const(spec->metrics)) {
            if (t.def.id == m.metric) {
                *error = tr("metric \"%1\" is mapped twice").arg(m.metric);
                return false;
            }
        }
        if (!resolveColumn(preview, m.column, m.metric, &used, &target.column, error))
            return false;
        target.columnName = preview.header.columns[target.column].name;
        if (isNew)
            newDefs->append(target.def);
        spec->metrics.append(target);
    }
    if (!mapping.date.isEmpty()) {
        if (!resolveColumn(preview, mapping.date, tr("date"), &used, &spec->dateColumn, error))
            return false;
        const auto order = answers::guessDateOrder(preview.column(spec->dateColumn));
        if (!order) {
            *error = tr("date: column \"%1\" does not hold dates that Waymark can read "
                        "(2026-03-15, 20260315, 15.03.2026 or 03/15/2026)")
                             .arg(mapping.date);
            return false;
        }
        spec->dateOrder = *order;
    }
    if (!mapping.segment.isEmpty()
        && !resolveColumn(preview, mapping.segment, tr("segment"), &used, &spec->segmentColumn,
                          error))
        return false;
    return true;
}

bool planImport(const Workspace &ws, const QString &journeyId, const DataFile &file,
                const DataPreview &preview, const Mapping &mapping, const ImportProgress &progress,
                ImportPlan *plan, QString *error, bool *cancelled)
{
    *plan = ImportPlan();
    if (cancelled)
        *cancelled = false;
    AggregationSpec spec;
    if (!makeAggregationSpec(ws, journeyId, preview, mapping, &spec, &plan->newMetricDefs, error))
        return false;
    AggregationResult result;
    CsvError csvError;
    if (!aggregate(file.text(), preview.header.dataOffset, preview.header.dataLine, spec, progress,
                   &result, &csvError, &file)) {
        if (cancelled)
            *cancelled = result.cancelled;
        *error = csvError.toString();
        return false;
    }
    plan->report = result.report;
    if (result.report.rowsMatched == 0) {
        *error = result.report.rowsRead == 0
                         ? tr("the data has no rows")
                         : tr("none of the %1 rows names a step of the journey in column \"%2\"")
                                   .arg(result.report.rowsRead)
                                   .arg(mapping.step);
        return false;
    }
    if (result.values.isEmpty()) {
        // Every answer rejected or blank: an empty metric helps no one.
        QStringList why;
        for (qsizetype m = 0; m < spec.metrics.size(); ++m) {
            qint64 rejected = 0;
            for (const RejectedAnswers &r : std::as_const(result.report.rejected)) {
                if (r.metric == spec.metrics[m].def.id)
                    rejected = r.answers;
            }
            const qint64 blank = result.report.blank.value(m).rows;
            why.append(tr("\"%1\": %2 not counted, %3 blank")
                               .arg(spec.metrics[m].columnName)
                               .arg(rejected)
                               .arg(blank));
        }
        *error = tr("none of the %1 matched rows has an answer that can be counted (%2)")
                         .arg(result.report.rowsMatched)
                         .arg(why.join(QStringLiteral("; ")));
        return false;
    }

    ImportSource &src = plan->source;
    src.signature = mappingSignature(journeyId, mapping);
    QStringList taken;
    for (const ImportSource &s : ws.sources) {
        taken.append(s.id);
        if (s.journey == journeyId && s.signature == src.signature)
            plan->replaces.append(s.id);
    }
    // A newer export of the same survey takes the place of the older one.
    src.id = plan->replaces.size() == 1 ? plan->replaces.first()
                                        : uniqueId(QStringLiteral("import"), taken);
    src.journey = journeyId;
    src.fileName = file.path().isEmpty() ? preview.path : QFileInfo(file.path()).fileName();
    src.importedAt = QDateTime::currentDateTimeUtc();
    src.layout = layoutName(preview.header.layout);
    src.mapping = QString::fromUtf8(mappingToJson(mapping));
    src.rowsRead = result.report.rowsRead;
    src.rowsMatched = result.report.rowsMatched;
    src.rowsUnmatched = result.report.rowsUnmatched;
    src.rowsRejected = result.report.rowsRejected;
    src.report = QString::fromUtf8(result.report.toJson());
    plan->values = std::move(result.values);
    for (MetricValue &v : plan->values)
        v.source = src.id;
    return true;
}

} // namespace waymark
