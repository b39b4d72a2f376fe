#pragma once

#include "documentcontroller.h"
#include "documentfollower.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QThreadPool>
#include <QUrl>
#include <QVariantMap>

namespace waymark {

// Exports from the window (File ▸ Export…, the workshop panel's results) with
// core/export's writers, the same as `waymark export`. The document is copied
// on the GUI thread and written to the file on a worker thread, so a big PDF
// does not freeze the window and the worker never touches the document.
class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(waymark::DocumentController *document READ document WRITE setDocument NOTIFY
                       documentChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    // The ids of the journeys with event data (issue 13), which an export
    // can draw the observed overlay for.
    Q_PROPERTY(QStringList observedJourneys READ observedJourneys NOTIFY observedJourneysChanged)

public:
    explicit ExportController(QObject *parent = nullptr);
    ~ExportController() override;

    DocumentController *document() const { return m_follow.controller(); }
    void setDocument(DocumentController *document);
    bool running() const { return m_running; }
    QStringList observedJourneys() const { return m_observedJourneys; }

    // Format names in menu order ("pdf", "png", ..., "votes-csv"), and the
    // file extension each one is written with.
    Q_INVOKABLE QStringList formats() const;
    Q_INVOKABLE QString suffix(const QString &format) const;
    Q_INVOKABLE QStringList pageSizes() const;
    // Whether a format is drawn (page, overlay, DPI and workshop results
    // apply) and whether it holds all journeys or one.
    Q_INVOKABLE bool isPainted(const QString &format) const;
    Q_INVOKABLE bool holdsSeveralJourneys(const QString &format) const;
    // A file name for the export beside the document: "sofa.pdf".
    Q_INVOKABLE QString suggestedPath(const QString &format, const QString &journeyId) const;
    // The same as a file URL for the file dialog ('#' and '%' in a name stay).
    Q_INVOKABLE QUrl suggestedUrl(const QString &format, const QString &journeyId) const
    {
        return QUrl::fromLocalFile(suggestedPath(format, journeyId));
    }

    // Starts writing `pathOrUrl`. Options: format (from the extension when
    // empty), journey (id; all journeys when empty and the format holds
    // several), page, portrait, overlay (metric id), workshop, dpi, observed
    // (draw the event data's overlay on the journeys that have some). Returns
    // false, with failed(), when the export cannot start.
    Q_INVOKABLE bool start(const QString &pathOrUrl, const QVariantMap &options);

Q_SIGNALS:
    void documentChanged();
    void runningChanged();
    void observedJourneysChanged();
    void finished(const QString &path, const QString &message);
    void failed(const QString &message);

private:
    void updateObservedJourneys();

    DocumentFollower m_follow;
    QStringList m_observedJourneys;
    QThreadPool m_pool;
    bool m_running = false;
};

} // namespace waymark
