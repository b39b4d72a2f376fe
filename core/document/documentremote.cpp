// Document: other people's edits arriving from a team workspace's store.
#include "document/document.h"

#include "document/documentstore.h"

#include <QHash>
#include <QSet>
#include <QTimer>

namespace waymark {

void Document::followRemoteChanges()
{
    m_store->setRemoteListener([this] {
        QString error;
        catchUpRemote(&error); // offline: the store calls again once back
    });
}

bool Document::catchUpRemote(QString *error)
{
    if (m_batchDepth > 0) { // never in the middle of this window's own edit
        QTimer::singleShot(20, this, [this] {
            QString ignored;
            catchUpRemote(&ignored);
        });
        return true;
    }
    ChangeSet change;
    if (!m_store->catchUp(&m_ws, &change, error))
        return false;
    if (change.isEmpty())
        return true;
    Q_EMIT changed(change);
    Q_EMIT edited(); // the window's revision: bindings read the model again
    if (change.reset) {
        Q_EMIT reset();
        return true;
    }
    QSet<QString> journeys;
    QHash<QString, QStringList> steps;
    bool journeyList = false;
    for (const auto *list : {&change.added, &change.changed, &change.removed, &change.reordered}) {
        for (const ChangeSet::Item &item : *list) {
            switch (item.kind) {
            case ItemKind::Persona:
                Q_EMIT personasChanged();
                break;
            case ItemKind::Channel:
                Q_EMIT channelsChanged();
                break;
            case ItemKind::MetricDef:
                Q_EMIT metricDefsChanged();
                break;
            case ItemKind::Journey:
                journeyList = true;
                break;
            case ItemKind::MetricValues:
                Q_EMIT metricValuesChanged(item.journey);
                break;
            case ItemKind::Step:
                steps[item.journey].append(item.id);
                break;
            default:
                break;
            }
            if (!item.journey.isEmpty())
                journeys.insert(item.journey);
            else if (item.kind == ItemKind::Journey && !item.id.isEmpty())
                journeys.insert(item.id);
        }
    }
    if (journeyList)
        Q_EMIT journeysChanged();
    for (auto it = steps.cbegin(); it != steps.cend(); ++it)
        Q_EMIT stepsChanged(it.key(), it.value());
    for (const QString &j : std::as_const(journeys))
        Q_EMIT journeyChanged(j);
    return true;
}

} // namespace waymark
