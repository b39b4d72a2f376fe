#include "metricsjson.h"

#include "summary.h"

#include "model/workspace.h"
#include "json/jsontext.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {

bool wanted(const QStringList &ids, const QString &id)
{
    return ids.isEmpty() || ids.contains(id);
}

} // namespace

ImportIssues importIssues(const Workspace &ws, const QStringList &journeyIds)
{
    // Several imports of one file (say NPS first, then CSAT with another
    // mapping) report the same rows: per file, a value counts its rows once
    // (the most any of its imports saw), and so do rejected rows.
    struct FileIssues
    {
        QHash<QString, qint64> rows; // unmatched value -> rows
        QStringList order;
        qint64 rejected = 0;
    };
    QHash<QString, FileIssues> files;
    QStringList fileOrder;
    for (const ImportSource &src : ws.sources) {
        if (!wanted(journeyIds, src.journey))
            continue;
        const QString file = src.journey + u'/' + src.fileName;
        if (!files.contains(file))
            fileOrder.append(file);
        FileIssues &f = files[file];
        f.rejected = std::max(f.rejected, src.rowsRejected);
        const ImportReport report = ImportReport::fromJson(src.report.toUtf8());
        for (const UnmatchedValue &u : report.unmatched) {
            auto it = f.rows.find(u.value);
            if (it == f.rows.end()) {
                f.rows.insert(u.value, u.rows);
                f.order.append(u.value);
            } else {
                *it = std::max(*it, u.rows);
            }
        }
    }
    ImportIssues out;
    QHash<QString, qsizetype> index;
    for (const QString &file : std::as_const(fileOrder)) {
        const FileIssues &f = files[file];
        out.rejected += f.rejected;
        for (const QString &value : f.order) {
            const qint64 rows = f.rows.value(value);
            const auto it = index.constFind(value);
            if (it != index.cend()) {
                out.unmatched[*it].rows += rows;
            } else {
                index.insert(value, out.unmatched.size());
                out.unmatched.append({value, rows});
            }
        }
    }
    std::stable_sort(
            out.unmatched.begin(), out.unmatched.end(),
            [](const UnmatchedValue &a, const UnmatchedValue &b) { return a.rows > b.rows; });
    return out;
}

QByteArray metricsJson(const Workspace &ws, const QStringList &journeyIds)
{
    JsonText journeys = JsonText::array();
    for (const Journey &j : ws.journeys) {
        if (!wanted(journeyIds, j.id))
            continue;
        const QHash<QString, QList<StepMetric>> all = journeyMetrics(ws, j);
        JsonText steps = JsonText::array();
        for (const Step &s : j.steps) {
            JsonText metrics = JsonText::object();
            for (const StepMetric &m : all.value(s.id)) {
                metrics.set(m.metric, JsonText::object()
                                              .set(u"value", m.value)
                                              .set(u"n", m.n)
                                              .set(u"formula", enumName(m.formula)));
            }
            steps.append(JsonText::object()
                                 .set(u"id", s.id)
                                 .set(u"key", s.key)
                                 .set(u"title", s.title)
                                 .set(u"metrics", metrics));
        }
        journeys.append(
                JsonText::object().set(u"id", j.id).set(u"name", j.name).set(u"steps", steps));
    }
    const ImportIssues issues = importIssues(ws, journeyIds);
    JsonText unmatched = JsonText::array();
    for (const UnmatchedValue &u : issues.unmatched)
        unmatched.append(JsonText::object().set(u"value", u.value).set(u"rows", u.rows));
    JsonText root = JsonText::object();
    root.set(u"journeys", journeys).set(u"unmatched", unmatched).set(u"rejected", issues.rejected);
    return root.toJson();
}

} // namespace waymark
