#include "validate.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Validate", text);
}

template<typename List>
QString firstDuplicate(const List &items)
{
    QSet<QString> seen;
    for (const auto &item : items) {
        if (item.id.isEmpty())
            return QStringLiteral("\"\"");
        if (seen.contains(item.id))
            return item.id;
        seen.insert(item.id);
    }
    return {};
}

} // namespace

QString validateStep(const Workspace &ws, const Journey &j, const Step &st)
{
    if (st.id.isEmpty())
        return tr("a step has no id");
    if (!j.stage(st.stage))
        return tr("step \"%1\" names a stage that does not exist: \"%2\"").arg(st.id, st.stage);
    if (!j.lane(st.lane))
        return tr("step \"%1\" names a lane that does not exist: \"%2\"").arg(st.id, st.lane);
    if (!st.channel.isEmpty() && !ws.channel(st.channel))
        return tr("step \"%1\" names a channel that does not exist: \"%2\"").arg(st.id, st.channel);
    if (st.emotion && (*st.emotion < -2 || *st.emotion > 2))
        return tr("step \"%1\" has emotion %2; it must be between -2 and 2")
                .arg(st.id)
                .arg(*st.emotion);
    return {};
}

QString validateLink(const Journey &j, const Link &l)
{
    if (l.id.isEmpty())
        return tr("a link has no id");
    if (!j.step(l.from))
        return tr("link \"%1\" starts at a step that does not exist: \"%2\"").arg(l.id, l.from);
    if (!j.step(l.to))
        return tr("link \"%1\" ends at a step that does not exist: \"%2\"").arg(l.id, l.to);
    if (l.share && !(*l.share >= 0.0 && *l.share <= 1.0))
        return tr("link \"%1\" has share %2; it must be between 0 and 1").arg(l.id).arg(*l.share);
    return {};
}

QString validateJourney(const Workspace &ws, const Journey &j)
{
    if (j.id.isEmpty())
        return tr("a journey has no id");
    if (!j.persona.isEmpty() && !ws.persona(j.persona))
        return tr("journey \"%1\" names a persona that does not exist: \"%2\"")
                .arg(j.id, j.persona);
    if (QString d = firstDuplicate(j.stages); !d.isEmpty())
        return tr("journey \"%1\": stage id %2 is used twice or is empty").arg(j.id, d);
    if (QString d = firstDuplicate(j.lanes); !d.isEmpty())
        return tr("journey \"%1\": lane id %2 is used twice or is empty").arg(j.id, d);
    if (QString d = firstDuplicate(j.steps); !d.isEmpty())
        return tr("journey \"%1\": step id %2 is used twice or is empty").arg(j.id, d);
    if (QString d = firstDuplicate(j.links); !d.isEmpty())
        return tr("journey \"%1\": link id %2 is used twice or is empty").arg(j.id, d);
    if (QString d = firstDuplicate(j.comments); !d.isEmpty())
        return tr("journey \"%1\": comment id %2 is used twice or is empty").arg(j.id, d);
    for (const Step &st : j.steps) {
        if (QString e = validateStep(ws, j, st); !e.isEmpty())
            return e;
    }
    for (const Link &l : j.links) {
        if (QString e = validateLink(j, l); !e.isEmpty())
            return e;
    }
    QSet<QString> voters;
    for (const Vote &v : j.votes) {
        if (!j.step(v.step))
            return tr("a vote names a step that does not exist: \"%1\"").arg(v.step);
        if (v.count < 0)
            return tr("a vote count on step \"%1\" is negative").arg(v.step);
        const QString key = v.step + QChar(0) + v.participant;
        if (voters.contains(key))
            return tr("participant \"%1\" has two vote rows on step \"%2\"")
                    .arg(v.participant, v.step);
        voters.insert(key);
    }
    for (const Comment &c : j.comments) {
        if (!j.step(c.step))
            return tr("comment \"%1\" names a step that does not exist: \"%2\"").arg(c.id, c.step);
    }
    for (const MetricValue &v : j.metricValues) {
        if (!j.step(v.step))
            return tr("a metric value names a step that does not exist: \"%1\"").arg(v.step);
        if (!ws.metricDef(v.metric))
            return tr("a metric value names a metric that does not exist: \"%1\"").arg(v.metric);
    }
    return {};
}

} // namespace waymark
