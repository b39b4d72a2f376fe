#pragma once

#include "documentcontroller.h"
#include "documentfollower.h"
#include "metrics/metricimport.h"
#include "metrics/preview.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

#include <memory>

class QThread;

namespace waymark {

// The import dialog's model: reads the top of a data file, proposes which
// column is which (core/metrics/proposal), lets the dialog change every
// choice, then plans the import on a worker thread with progress and cancel
// and pushes one ImportMetricsCommand on the GUI thread. The document is
// never touched off the GUI thread.
//
// A column's role is "" (not imported), "step", "date", "segment", a metric
// definition id ("nps", "csat"...) or "new" (a new custom metric named after
// the column).
class MetricImportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(waymark::DocumentController *document READ document WRITE setDocument NOTIFY
                       documentChanged)
    Q_PROPERTY(QString journeyId READ journeyId WRITE setJourneyId NOTIFY journeyIdChanged)
    Q_PROPERTY(QString journeyName READ journeyName NOTIFY journeyIdChanged)
    // "empty", "ready", "running", "done", "failed".
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY previewChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY previewChanged)
    // "auto" or a forced layout; setting it reads the file again.
    Q_PROPERTY(QString layout READ layout WRITE setLayout NOTIFY previewChanged)
    Q_PROPERTY(QString layoutText READ layoutText NOTIFY previewChanged)
    Q_PROPERTY(QStringList columns READ columns NOTIFY previewChanged)
    Q_PROPERTY(QStringList questions READ questions NOTIFY previewChanged)
    Q_PROPERTY(QVariantList rows READ rows NOTIFY previewChanged)
    Q_PROPERTY(QVariantList roleOptions READ roleOptions NOTIFY previewChanged)
    Q_PROPERTY(QVariantList formulaOptions READ formulaOptions CONSTANT)
    Q_PROPERTY(QStringList roles READ roles NOTIFY mappingChanged)
    Q_PROPERTY(QStringList formulas READ formulas NOTIFY mappingChanged)
    Q_PROPERTY(QString match READ match WRITE setMatch NOTIFY mappingChanged)
    Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY mappingChanged)
    Q_PROPERTY(QString matchText READ matchText NOTIFY mappingChanged)
    // The mapping in one line: "Step: Touchpoint · NPS: Q1 · ...".
    Q_PROPERTY(QString mappingText READ mappingText NOTIFY mappingChanged)
    Q_PROPERTY(int matchedRows READ matchedRows NOTIFY mappingChanged)
    Q_PROPERTY(int sampleRows READ sampleRows NOTIFY mappingChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY mappingChanged)
    Q_PROPERTY(QStringList notes READ notes NOTIFY previewChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY stateChanged)
    Q_PROPERTY(QStringList importedMetrics READ importedMetrics NOTIFY stateChanged)

public:
    explicit MetricImportController(QObject *parent = nullptr);
    ~MetricImportController() override;

    DocumentController *document() const { return m_follow.controller(); }
    void setDocument(DocumentController *document);
    QString journeyId() const { return m_journeyId; }
    void setJourneyId(const QString &id);
    QString journeyName() const;

    QString state() const { return m_state; }
    QString error() const { return m_error; }
    QString filePath() const { return m_preview.path; }
    QString fileName() const;
    QString layout() const { return m_layout; }
    void setLayout(const QString &layout);
    QString layoutText() const;
    QStringList columns() const;
    QStringList questions() const;
    QVariantList rows() const;
    QVariantList roleOptions() const { return m_roleOptions; }
    QVariantList formulaOptions() const;
    QStringList roles() const { return m_roles; }
    QStringList formulas() const { return m_formulas; }
    QString match() const { return m_match; }
    void setMatch(const QString &match);
    QString period() const { return m_period; }
    void setPeriod(const QString &period);
    QString matchText() const;
    QString mappingText() const;
    int matchedRows() const { return m_matchedRows; }
    int sampleRows() const { return m_sampleRows; }
    QString problem() const;
    QStringList notes() const { return m_notes; }
    double progress() const { return m_progress; }
    QVariantMap summary() const { return m_summary; }
    QStringList importedMetrics() const { return m_importedMetrics; }

    // Reads the top of a file (path or file:// URL) and proposes a mapping.
    Q_INVOKABLE bool open(const QString &pathOrUrl);
    Q_INVOKABLE void setRole(int column, const QString &role);
    Q_INVOKABLE void setFormula(int column, const QString &formula);
    // The column with a role, or -1.
    Q_INVOKABLE int columnOf(const QString &role) const;
    // The mapping as DESIGN.md §7 JSON, as it would be saved with the import.
    Q_INVOKABLE QString mappingJson() const;
    Q_INVOKABLE void start();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void documentChanged();
    void journeyIdChanged();
    void stateChanged();
    void previewChanged();
    void mappingChanged();
    void progressChanged();
    void imported(); // the command was pushed

private:
    struct Job;

    bool readFile(const QString &path);
    void propose();
    void updateMatch();
    void buildRoleOptions();
    Mapping currentMapping(QList<MetricDef> *changedDefs) const;
    void setState(const QString &state, const QString &error = {});
    void finishJob();

    DocumentFollower m_follow;
    QString m_journeyId;
    QString m_state = QStringLiteral("empty");
    QString m_error;
    QString m_layout = QStringLiteral("auto");
    DataPreview m_preview;
    QVariantList m_roleOptions;
    QStringList m_roles;
    QStringList m_formulas;
    QString m_match = QStringLiteral("auto");
    QString m_period = QStringLiteral("month");
    QStringList m_notes;
    int m_matchedRows = 0;
    int m_sampleRows = 0;
    QStringList m_unmatchedSample;
    double m_progress = 0;
    QVariantMap m_summary;
    QStringList m_importedMetrics;

    std::shared_ptr<Job> m_job;
    QThread *m_thread = nullptr;
    QTimer m_poll; // progress of the worker, read on the GUI thread
};

} // namespace waymark
