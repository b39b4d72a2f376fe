#include "formats/csvexport.h"

#include "metrics/summary.h"
#include "model/workspace.h"
#include "render/workshopresults.h"

#include <QHash>

namespace waymark {

namespace {

constexpr char kBom[] = "\xEF\xBB\xBF";

QString boolField(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString number(double value)
{
    QString text = QString::number(value, 'f', 4);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text == u"-0" ? QStringLiteral("0") : text;
}

void appendRow(QByteArray *out, const QStringList &fields)
{
    QString line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += csvField(fields[i]);
    }
    *out += line.toUtf8();
    *out += "\r\n";
}

QList<const Journey *> pick(const Workspace &workspace, const QStringList &journeyIds)
{
    QList<const Journey *> out;
    for (const Journey &j : workspace.journeys) {
        if (journeyIds.isEmpty() || journeyIds.contains(j.id))
            out.append(&j);
    }
    return out;
}

QString nameOf(const Stage *stage)
{
    return stage ? stage->name : QString();
}

QString nameOf(const Lane *lane)
{
    return lane ? lane->name : QString();
}

} // namespace

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
        && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray exportStepsCsv(const Workspace &workspace, const QStringList &journeyIds)
{
    const QList<const Journey *> journeys = pick(workspace, journeyIds);
    // Metric columns: the metrics that have a value on an exported step, in
    // the workspace's order.
    QList<const MetricDef *> metrics;
    for (const MetricDef &def : workspace.metricDefs) {
        bool used = false;
        for (const Journey *j : journeys) {
            for (const MetricValue &v : j->metricValues)
                used = used || v.metric == def.id;
        }
        if (used)
            metrics.append(&def);
    }

    QByteArray out(kBom);
    QStringList header{
            QStringLiteral("journey"), QStringLiteral("step"),    QStringLiteral("stage"),
            QStringLiteral("lane"),    QStringLiteral("title"),   QStringLiteral("kind"),
            QStringLiteral("channel"), QStringLiteral("owner"),   QStringLiteral("priority"),
            QStringLiteral("due"),     QStringLiteral("emotion"), QStringLiteral("momentOfTruth"),
            QStringLiteral("entry"),   QStringLiteral("goal"),    QStringLiteral("key")};
    for (const MetricDef *def : metrics)
        header << def->id << def->id + QStringLiteral("_n");
    appendRow(&out, header);

    for (const Journey *j : journeys) {
        for (int i : readingOrder(*j)) {
            const Step &s = j->steps[i];
            const Channel *channel = workspace.channel(s.channel);
            QStringList row{j->name,
                            s.id,
                            nameOf(j->stage(s.stage)),
                            nameOf(j->lane(s.lane)),
                            s.title,
                            enumName(s.kind),
                            channel ? channel->name : s.channel,
                            s.owner,
                            s.priority == Priority::None ? QString() : enumName(s.priority),
                            s.due.isValid() ? s.due.toString(Qt::ISODate) : QString(),
                            s.emotion ? QString::number(*s.emotion) : QString(),
                            boolField(s.momentOfTruth),
                            boolField(s.entry),
                            boolField(s.goal),
                            s.key};
            const QList<StepMetric> values = stepMetrics(workspace, *j, s.id);
            for (const MetricDef *def : metrics) {
                QString value, n;
                for (const StepMetric &m : values) {
                    if (m.metric == def->id) {
                        value = number(m.value);
                        n = QString::number(m.n);
                    }
                }
                row << value << n;
            }
            appendRow(&out, row);
        }
    }
    return out;
}

QByteArray exportVotesCsv(const Workspace &workspace, const QStringList &journeyIds)
{
    QByteArray out(kBom);
    appendRow(&out, {QStringLiteral("rank"), QStringLiteral("votes"),
                     QStringLiteral("participants"), QStringLiteral("journey"),
                     QStringLiteral("step"), QStringLiteral("stage"), QStringLiteral("lane"),
                     QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("comments")});
    for (const Journey *j : pick(workspace, journeyIds)) {
        QHash<QString, int> comments;
        for (const Comment &c : j->comments)
            ++comments[c.step];
        for (const VoteRank &r : rankVotes(*j)) {
            const Step *s = j->step(r.stepId);
            if (!s)
                continue;
            appendRow(&out, {QString::number(r.rank), QString::number(r.votes),
                             QString::number(r.participants), j->name, s->id,
                             nameOf(j->stage(s->stage)), nameOf(j->lane(s->lane)), s->title,
                             enumName(s->kind), QString::number(comments.value(s->id))});
        }
    }
    return out;
}

} // namespace waymark
