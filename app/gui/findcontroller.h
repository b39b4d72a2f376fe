#pragma once

#include "documentcontroller.h"
#include "documentfollower.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace waymark {

// Find (Ctrl+F): the cards of the open file matching a query (core's
// searchCards), the current journey's first, and which one is current.
// Results: [{journeyId, journeyName, stepId, title, field, excerpt}].
class FindController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(waymark::DocumentController *document READ document WRITE setDocument NOTIFY
                       documentChanged)
    Q_PROPERTY(QString journeyId READ journeyId WRITE setJourneyId NOTIFY journeyIdChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QVariantList results READ results NOTIFY resultsChanged)
    Q_PROPERTY(int count READ count NOTIFY resultsChanged)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentChanged)

public:
    explicit FindController(QObject *parent = nullptr);

    DocumentController *document() const { return m_follow.controller(); }
    void setDocument(DocumentController *document);
    QString journeyId() const { return m_journeyId; }
    void setJourneyId(const QString &id);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QVariantList results() const { return m_results; }
    int count() const { return int(m_results.size()); }
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    // Step through the results, wrapping around; the new current result or {}.
    Q_INVOKABLE QVariantMap next();
    Q_INVOKABLE QVariantMap previous();
    Q_INVOKABLE QVariantMap result(int index) const;

Q_SIGNALS:
    void documentChanged();
    void journeyIdChanged();
    void queryChanged();
    void resultsChanged();
    void currentChanged();

private:
    void refresh();

    DocumentFollower m_follow;
    QString m_journeyId;
    QString m_query;
    QVariantList m_results;
    int m_current = -1;
};

} // namespace waymark
