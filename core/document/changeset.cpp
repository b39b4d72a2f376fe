#include "changeset.h"

namespace waymark {

namespace {

bool anyOf(const QList<ChangeSet::Item> &list, ItemKind kind, const QString &journey)
{
    for (const ChangeSet::Item &item : list) {
        if (item.kind == kind && (journey.isEmpty() || item.journey == journey))
            return true;
    }
    return false;
}

} // namespace

bool ChangeSet::touches(ItemKind kind, const QString &journey) const
{
    return reset || anyOf(added, kind, journey) || anyOf(changed, kind, journey)
           || anyOf(removed, kind, journey) || anyOf(reordered, kind, journey);
}

QList<QString> ChangeSet::ids(const QList<Item> &list, ItemKind kind, const QString &journey) const
{
    QList<QString> out;
    for (const Item &item : list) {
        if (item.kind == kind && item.journey == journey)
            out.append(item.id);
    }
    return out;
}

void ChangeSet::merge(const ChangeSet &other)
{
    added += other.added;
    changed += other.changed;
    removed += other.removed;
    reordered += other.reordered;
    reset = reset || other.reset;
    remote = remote || other.remote;
}

} // namespace waymark
