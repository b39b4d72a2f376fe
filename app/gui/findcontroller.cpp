#include "findcontroller.h"

#include "document/document.h"
#include "model/search.h"
#include "model/workspace.h"

namespace waymark {

namespace {

QString fieldName(SearchField f)
{
    switch (f) {
    case SearchField::Title:
        return FindController::tr("title");
    case SearchField::Description:
        return FindController::tr("description");
    case SearchField::Owner:
        return FindController::tr("owner");
    case SearchField::Tag:
        return FindController::tr("tag");
    case SearchField::Key:
        return FindController::tr("external key");
    }
    return {};
}

} // namespace

FindController::FindController(QObject *parent)
    : QObject(parent)
    , m_follow(this, [this](const ChangeSet &) { refresh(); })
{}

void FindController::setDocument(DocumentController *document)
{
    if (m_follow.follow(document))
        Q_EMIT documentChanged();
}

void FindController::setJourneyId(const QString &id)
{
    if (m_journeyId == id)
        return;
    m_journeyId = id;
    Q_EMIT journeyIdChanged();
    // The order changes (this journey's cards first), the current card does not.
    const QVariantMap was = result(m_current);
    refresh();
    for (int i = 0; i < count(); ++i) {
        if (result(i).value(QStringLiteral("stepId")) == was.value(QStringLiteral("stepId"))
            && result(i).value(QStringLiteral("journeyId"))
                       == was.value(QStringLiteral("journeyId")))
            setCurrentIndex(i);
    }
}

void FindController::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    refresh();
}

void FindController::setCurrentIndex(int index)
{
    index = index >= 0 && index < count() ? index : -1;
    if (m_current == index)
        return;
    m_current = index;
    Q_EMIT currentChanged();
}

QVariantMap FindController::next()
{
    if (m_results.isEmpty())
        return {};
    setCurrentIndex((m_current + 1) % count());
    return result(m_current);
}

QVariantMap FindController::previous()
{
    if (m_results.isEmpty())
        return {};
    setCurrentIndex(m_current <= 0 ? count() - 1 : m_current - 1);
    return result(m_current);
}

QVariantMap FindController::result(int index) const
{
    return index >= 0 && index < count() ? m_results.at(index).toMap() : QVariantMap();
}

void FindController::refresh()
{
    const Document *doc = m_follow.document();
    QVariantList results;
    if (doc) {
        const Workspace &ws = doc->workspace();
        for (const SearchHit &hit : searchCards(ws, m_query, m_journeyId)) {
            const Journey *j = ws.journey(hit.journeyId);
            const Step *s = j ? j->step(hit.stepId) : nullptr;
            if (!s)
                continue;
            results.append(QVariantMap{{QStringLiteral("journeyId"), hit.journeyId},
                                       {QStringLiteral("journeyName"), j->name},
                                       {QStringLiteral("stepId"), hit.stepId},
                                       {QStringLiteral("title"), s->title},
                                       {QStringLiteral("field"), fieldName(hit.field)},
                                       {QStringLiteral("excerpt"), hit.excerpt}});
        }
    }
    if (results == m_results)
        return;
    m_results = results;
    Q_EMIT resultsChanged();
    if (m_current >= count()) {
        m_current = -1;
        Q_EMIT currentChanged();
    }
}

} // namespace waymark
