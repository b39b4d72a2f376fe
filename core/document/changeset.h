#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace waymark {

// The kinds of item a change set names.
enum class ItemKind {
    Persona,
    Channel,
    MetricDef,
    Source,
    Journey, // the journey's own fields, or the journey added/removed/moved
    Stage,
    Lane,
    Step,
    Link,
    Comment,
    Vote,         // id = step id (one participant's votes on one step)
    MetricValues, // id = step id: the step's metric values changed
    Observed,     // id = journey id: the journey's observed behaviour (event logs)
    Picture,      // id = picture id: a picture added to or removed from the file
};

// What one committed edit (a primitive, or a batch of them: one user action)
// added, changed and removed, by kind and id. The document delivers one after
// each outermost commit; every view consumes it instead of reloading all.
struct ChangeSet
{
    struct Item
    {
        ItemKind kind;
        QString journey; // empty for workspace-level kinds
        QString id;
        bool operator==(const Item &) const = default;
    };

    QList<Item> added;
    QList<Item> changed;
    QList<Item> removed;
    // Lists whose order changed (kind, journey): stages, lanes, journeys...
    QList<Item> reordered;
    // Everything may have changed (a reload, a catch-up after a reconnect).
    bool reset = false;
    // Not made in this window: another client's edit on a team workspace.
    bool remote = false;

    bool isEmpty() const
    {
        return !reset && added.isEmpty() && changed.isEmpty() && removed.isEmpty()
               && reordered.isEmpty();
    }
    // True when anything of `kind` (in `journey`, when given) was touched.
    bool touches(ItemKind kind, const QString &journey = {}) const;
    // The ids of `kind` in `journey` in one of the lists.
    QList<QString> ids(const QList<Item> &list, ItemKind kind, const QString &journey) const;
    void merge(const ChangeSet &other);
};

} // namespace waymark

Q_DECLARE_METATYPE(waymark::ChangeSet)
