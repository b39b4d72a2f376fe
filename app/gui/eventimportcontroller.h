#pragma once

#include "documentcontroller.h"

#include "events/observed.h"
#include "events/proposal.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

#include <atomic>
#include <memory>
#include <thread>

namespace waymark {

// File ▸ Import events…: the event log's columns as proposed (case,
// activity, time), editable, then the import on a worker thread and one
// ImportEventsCommand (one undo step) on the GUI thread.
class EventImportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(waymark::DocumentController *document READ document WRITE setDocument NOTIFY
                       documentChanged)
    Q_PROPERTY(QString journeyId READ journeyId WRITE setJourneyId NOTIFY journeyIdChanged)
    // idle, ready (columns proposed), running, done, failed
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY stateChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY proposalChanged)
    Q_PROPERTY(QStringList columns READ columns NOTIFY proposalChanged)
    Q_PROPERTY(QVariantList rows READ rows NOTIFY proposalChanged)
    Q_PROPERTY(int caseColumn READ caseColumn WRITE setCaseColumn NOTIFY proposalChanged)
    Q_PROPERTY(
            int activityColumn READ activityColumn WRITE setActivityColumn NOTIFY proposalChanged)
    Q_PROPERTY(int timeColumn READ timeColumn WRITE setTimeColumn NOTIFY proposalChanged)
    // "iso", "dmy", "mdy" or "unix": proposed from the first rows, or as chosen.
    Q_PROPERTY(QString timeFormat READ timeFormat WRITE setTimeFormat NOTIFY proposalChanged)
    // Optional columns: -1 for none.
    Q_PROPERTY(int channelColumn READ channelColumn WRITE setChannelColumn NOTIFY proposalChanged)
    Q_PROPERTY(int segmentColumn READ segmentColumn WRITE setSegmentColumn NOTIFY proposalChanged)
    Q_PROPERTY(double matchShare READ matchShare NOTIFY proposalChanged)

public:
    explicit EventImportController(QObject *parent = nullptr);
    ~EventImportController() override;

    DocumentController *document() const { return m_document; }
    void setDocument(DocumentController *document);
    QString journeyId() const { return m_journeyId; }
    void setJourneyId(const QString &id);
    QString state() const { return m_state; }
    QString error() const { return m_error; }
    QString summary() const { return m_summary; }
    QString fileName() const;
    QStringList columns() const { return m_columns; }
    QVariantList rows() const { return m_rows; }
    int caseColumn() const { return m_proposal.spec.columns.caseId; }
    void setCaseColumn(int column);
    int activityColumn() const { return m_proposal.spec.columns.activity; }
    void setActivityColumn(int column);
    int timeColumn() const { return m_proposal.spec.columns.time; }
    void setTimeColumn(int column);
    QString timeFormat() const;
    void setTimeFormat(const QString &name);
    int channelColumn() const;
    void setChannelColumn(int column);
    int segmentColumn() const;
    void setSegmentColumn(int column);
    double matchShare() const { return m_proposal.matchShare; }

    // Reads the top of the file and proposes the columns (state "ready" or "failed").
    Q_INVOKABLE bool load(const QString &pathOrUrl);
    // Whether a data file dropped on the window is an event log rather than
    // survey or analytics data: the event columns (case, activity, time) are
    // found and the metric proposal finds no metric column, or the case ids
    // repeat (a case has several events; a survey has one row per response).
    Q_INVOKABLE bool isEventLog(const QString &pathOrUrl) const;
    // Imports with the columns as they are now.
    Q_INVOKABLE void start();
    Q_INVOKABLE void cancel();
    // Waits for a running import (tests).
    Q_INVOKABLE bool wait(int milliseconds);

Q_SIGNALS:
    void documentChanged();
    void journeyIdChanged();
    void stateChanged();
    void proposalChanged();
    void finished(bool ok);

private:
    void setState(const QString &state, const QString &error = {});
    bool repropose();
    void setOptionalColumn(int column, int current, bool *none, QString *name);
    void finish(bool ok, const ObservedJourney &observed, const QString &error);

    QPointer<DocumentController> m_document;
    QString m_journeyId;
    QString m_path;
    QString m_state = QStringLiteral("idle");
    QString m_error;
    QString m_summary;
    QStringList m_columns;
    QVariantList m_rows;
    events::EventMapping m_mapping;
    // The user chose no channel / segment column: the proposal would pick one by name.
    bool m_noChannel = false;
    bool m_noSegment = false;
    events::EventProposal m_proposal;
    std::thread m_worker;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
};

} // namespace waymark
