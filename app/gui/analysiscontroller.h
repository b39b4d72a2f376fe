#pragma once

#include "documentcontroller.h"
#include "documentfollower.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QThreadPool>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

#include <atomic>
#include <memory>

namespace waymark {

// Runs the journey analysis (core/graph) on a worker thread for the window:
// on a copy of the journey, again a moment after each edit, with progress and
// cancel. Results come back as plain lists and maps for QML: findings that
// name their cards, the likely paths, drop-off per card, the what-if goal
// share, and the current/future comparison.
class AnalysisController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(waymark::DocumentController *document READ document WRITE setDocument NOTIFY
                       documentChanged)
    Q_PROPERTY(QString journeyId READ journeyId WRITE setJourneyId NOTIFY journeyIdChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(int progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QVariantList findings READ findings NOTIFY resultChanged)
    Q_PROPERTY(QVariantList paths READ paths NOTIFY resultChanged)
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY resultChanged)
    Q_PROPERTY(QVariantMap dropOff READ dropOff NOTIFY resultChanged)
    Q_PROPERTY(QVariantList importance READ importance NOTIFY resultChanged)

public:
    explicit AnalysisController(QObject *parent = nullptr);
    ~AnalysisController() override;

    DocumentController *document() const { return m_follow.controller(); }
    void setDocument(DocumentController *document);
    QString journeyId() const { return m_journeyId; }
    void setJourneyId(const QString &id);
    // Only an active controller (the panel is open) analyses after edits.
    bool active() const { return m_active; }
    void setActive(bool active);

    bool running() const { return m_running; }
    int progress() const { return m_progress; }
    QVariantList findings() const { return m_findings; }
    QVariantList paths() const { return m_paths; }
    QVariantMap summary() const { return m_summary; }
    QVariantMap dropOff() const { return m_dropOff; }
    QVariantList importance() const { return m_importance; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void cancel();
    // Goal share with other link shares / step drop-offs, without editing:
    // {before, after} in 0..1 (undefined when the journey has no entry).
    Q_INVOKABLE QVariantMap whatIf(const QVariantMap &linkShares,
                                   const QVariantMap &dropOffs) const;
    // Current against future state: figures side by side and the step changes.
    Q_INVOKABLE QVariantMap compare(const QString &currentId, const QString &futureId) const;

Q_SIGNALS:
    void documentChanged();
    void journeyIdChanged();
    void activeChanged();
    void runningChanged();
    void progressChanged();
    void resultChanged();

private:
    void schedule();
    void onChange(const ChangeSet &change);
    void start();

    DocumentFollower m_follow;
    QString m_journeyId;
    bool m_active = false;
    bool m_running = false;
    int m_progress = 0;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThreadPool m_pool;
    QTimer m_debounce; // edits come in bursts while typing: analyse when they pause

    QVariantList m_findings;
    QVariantList m_paths;
    QVariantMap m_summary;
    QVariantMap m_dropOff;
    QVariantList m_importance;
};

} // namespace waymark
