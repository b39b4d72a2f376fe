// Document: other people's edits arriving from a team workspace's store.
#include "document/document.h"

#include "document/documentstore.h"

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
    // One change set, flagged `remote` (and `reset` when the store reloaded
    // everything): the views consume it like this window's own edits.
    Q_EMIT changed(change);
    return true;
}

} // namespace waymark
