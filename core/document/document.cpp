// The document: loading, batches, the change feed.
#include "document/document.h"

#include "document/documentedit.h"
#include "model/validate.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

namespace waymark {

using namespace detail;

Document::Document(std::unique_ptr<DocumentStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    m_readOnlyReason = m_store->readOnlyReason();
    QString error;
    if (!m_store->load(&m_ws, &error))
        m_readOnlyReason = tr("The file could not be read completely: %1").arg(error);
}

Document::~Document() = default;

QString Document::filePath() const
{
    return m_store->location();
}

void Document::setReadOnly(const QString &reason)
{
    if (m_readOnlyReason == reason)
        return;
    m_readOnlyReason = reason;
    Q_EMIT readOnlyChanged();
}

bool Document::reload(QString *error)
{
    Workspace fresh;
    if (!m_store->load(&fresh, error))
        return false;
    m_ws = std::move(fresh);
    m_pending = ChangeSet();
    ChangeSet all;
    all.reset = true;
    Q_EMIT changed(all);
    return true;
}

bool Document::integrityCheck(QString *error)
{
    return m_store->integrityCheck(error);
}

bool Document::checkWritable(QString *error) const
{
    if (!m_readOnlyReason.isEmpty()) {
        setError(error, m_readOnlyReason);
        return false;
    }
    return true;
}

bool Document::placeRow(int table, const QString &journey, const QString &beforeId,
                        qint64 *position, QString *error)
{
    const auto t = Table(table);
    if (beforeId.isEmpty()) {
        const auto end = m_store->endPosition(t, journey, error);
        if (!end)
            return false;
        *position = *end;
        return true;
    }
    const auto at = m_store->positionOf(t, journey, beforeId, error);
    if (!at || !m_store->makeRoom(t, journey, int(*at), error))
        return false;
    *position = *at;
    return true;
}

Journey *Document::mutableJourney(const QString &id, QString *error)
{
    const int i = m_ws.journeyIndex(id);
    if (i < 0) {
        setError(error, tr("there is no journey \"%1\"").arg(id));
        return nullptr;
    }
    return &m_ws.journeys[i];
}

void Document::noteAdded(ItemKind kind, const QString &journey, const QString &id)
{
    m_pending.added.append({kind, journey, id});
}

void Document::noteChanged(ItemKind kind, const QString &journey, const QString &id)
{
    m_pending.changed.append({kind, journey, id});
}

void Document::noteRemoved(ItemKind kind, const QString &journey, const QString &id)
{
    m_pending.removed.append({kind, journey, id});
}

void Document::noteReordered(ItemKind kind, const QString &journey)
{
    m_pending.reordered.append({kind, journey, {}});
}

void Document::noteRemoval(const QString &journey, const Removal &removal,
                           QList<ChangeSet::Item> ChangeSet::*list)
{
    QList<ChangeSet::Item> &items = m_pending.*list;
    for (const auto &[i, st] : removal.steps)
        items.append({ItemKind::Step, journey, st.id});
    for (const auto &[i, l] : removal.links)
        items.append({ItemKind::Link, journey, l.id});
    for (const auto &[i, c] : removal.comments)
        items.append({ItemKind::Comment, journey, c.id});
    for (const auto &[i, v] : removal.votes)
        m_pending.changed.append({ItemKind::Vote, journey, v.step});
    noteMetricValues(journey, removal.values);
}

void Document::noteMetricValues(const QString &journey, const QList<MetricValue> &values)
{
    QSet<QString> steps;
    for (const MetricValue &v : values) {
        if (!steps.contains(v.step)) {
            steps.insert(v.step);
            m_pending.changed.append({ItemKind::MetricValues, journey, v.step});
        }
    }
}

void Document::flushChanges()
{
    if (m_pending.isEmpty())
        return;
    const ChangeSet change = std::exchange(m_pending, ChangeSet());
    Q_EMIT changed(change);
}

// ---- batches

Document::Batch::Batch(Document *doc, Purpose purpose)
    : m_doc(doc)
{
    DocumentStore *store = doc->m_store.get();
    if (!doc->isReadOnly()
        && (purpose == Undo ? store->beginUndo(nullptr) : store->begin(nullptr))) {
        m_open = true;
        ++doc->m_batchDepth;
    }
}

Document::Batch::~Batch()
{
    if (!m_open || m_done)
        return;
    --m_doc->m_batchDepth;
    m_doc->m_store->rollback();
    // Primitives inside the batch already changed memory: read the truth back.
    if (m_doc->m_batchDepth == 0) {
        m_doc->m_batchFailed = false;
        m_doc->reload(nullptr);
    }
}

bool Document::Batch::commit(QString *error)
{
    if (!m_open) {
        setError(error, m_doc->isReadOnly() ? m_doc->readOnlyReason()
                                            : tr("could not start a transaction"));
        return false;
    }
    if (m_doc->m_batchFailed && m_doc->m_batchDepth == 1) {
        setError(error, tr("a part of the change failed"));
        return false; // the destructor rolls back
    }
    QString reason;
    if (!m_doc->m_store->commit(&reason)) {
        m_done = true;
        --m_doc->m_batchDepth;
        if (m_doc->m_batchDepth == 0) {
            m_doc->m_batchFailed = false;
            m_doc->reload(nullptr);
        }
        setError(error, reason);
        return false;
    }
    m_done = true;
    --m_doc->m_batchDepth;
    if (m_doc->m_batchDepth == 0)
        m_doc->flushChanges();
    return true;
}

} // namespace waymark
