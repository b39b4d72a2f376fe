#include "changefeedshim.h"

#include <QHash>

namespace waymark {

namespace {

template<typename T, typename Id>
void diffList(const QList<T> &before, const QList<T> &after, ItemKind kind, const QString &journey,
              Id id, ChangeSet *out)
{
    if (before.constData() == after.constData() && before.size() == after.size())
        return; // still shared: untouched
    QHash<QString, qsizetype> old;
    old.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        old.insert(id(before[i]), i);
    QList<QString> common;
    QHash<QString, bool> kept;
    for (const T &item : after) {
        const QString key = id(item);
        const auto it = old.constFind(key);
        if (it == old.cend()) {
            out->added.append({kind, journey, key});
            continue;
        }
        kept.insert(key, true);
        common.append(key);
        if (!(before[*it] == item))
            out->changed.append({kind, journey, key});
    }
    QList<QString> oldOrder;
    for (const T &item : before) {
        const QString key = id(item);
        if (kept.contains(key))
            oldOrder.append(key);
        else
            out->removed.append({kind, journey, key});
    }
    if (oldOrder != common)
        out->reordered.append({kind, journey, QString()});
}

// Summed per step: votes and metric values name their step.
template<typename T>
void diffPerStep(const QList<T> &before, const QList<T> &after, ItemKind kind,
                 const QString &journey, ChangeSet *out)
{
    if (before.constData() == after.constData() && before.size() == after.size())
        return;
    QHash<QString, QList<T>> a, b;
    for (const T &v : before)
        a[v.step].append(v);
    for (const T &v : after)
        b[v.step].append(v);
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (a.value(it.key()) != it.value())
            out->changed.append({kind, journey, it.key()});
    }
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!b.contains(it.key()))
            out->changed.append({kind, journey, it.key()});
    }
}

bool sameOwnFields(Journey a, Journey b)
{
    for (Journey *j : {&a, &b}) {
        j->stages.clear();
        j->lanes.clear();
        j->steps.clear();
        j->links.clear();
        j->comments.clear();
        j->votes.clear();
        j->metricValues.clear();
    }
    return a == b;
}

} // namespace

ChangeSet diffWorkspaces(const Workspace &before, const Workspace &after)
{
    ChangeSet out;
    const auto byId = [](const auto &item) {
        return item.id;
    };
    diffList(before.personas, after.personas, ItemKind::Persona, {}, byId, &out);
    diffList(before.channels, after.channels, ItemKind::Channel, {}, byId, &out);
    diffList(before.metricDefs, after.metricDefs, ItemKind::MetricDef, {}, byId, &out);
    diffList(before.sources, after.sources, ItemKind::Source, {}, byId, &out);

    QHash<QString, const Journey *> old;
    QList<QString> oldOrder, newOrder;
    for (const Journey &j : before.journeys)
        old.insert(j.id, &j);
    for (const Journey &j : after.journeys) {
        const Journey *was = old.take(j.id);
        if (!was) {
            out.added.append({ItemKind::Journey, {}, j.id});
            continue;
        }
        oldOrder.append(j.id);
        if (!sameOwnFields(*was, j))
            out.changed.append({ItemKind::Journey, {}, j.id});
        diffList(was->stages, j.stages, ItemKind::Stage, j.id, byId, &out);
        diffList(was->lanes, j.lanes, ItemKind::Lane, j.id, byId, &out);
        diffList(was->steps, j.steps, ItemKind::Step, j.id, byId, &out);
        diffList(was->links, j.links, ItemKind::Link, j.id, byId, &out);
        diffList(was->comments, j.comments, ItemKind::Comment, j.id, byId, &out);
        diffPerStep(was->votes, j.votes, ItemKind::Vote, j.id, &out);
        diffPerStep(was->metricValues, j.metricValues, ItemKind::MetricValues, j.id, &out);
    }
    for (const Journey &j : before.journeys) {
        if (old.contains(j.id))
            out.removed.append({ItemKind::Journey, {}, j.id});
        else
            newOrder.append(j.id);
    }
    if (oldOrder != newOrder)
        out.reordered.append({ItemKind::Journey, {}, {}});
    return out;
}

} // namespace waymark
