#include "metricimportjob.h"

#include "metricimporttext.h"

#include "commands/importmetricscommand.h"
#include "commands/undostack.h"
#include "commands/workspacecommands.h"
#include "document/document.h"
#include "metrics/datafile.h"

#include <QThread>

// The import itself: planned on a worker thread with progress and cancel,
// then committed as one undo step on the GUI thread.

namespace waymark {

MetricImportController::MetricImportController(QObject *parent)
    : QObject(parent)
    , m_follow(this, [this](const ChangeSet &change) { Q_UNUSED(change); })
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!m_job)
            return;
        const qint64 total = m_job->total.load();
        const double p = total > 0 ? double(m_job->done.load()) / double(total) : 0;
        if (p != m_progress) {
            m_progress = p;
            Q_EMIT progressChanged();
        }
    });
}

MetricImportController::~MetricImportController()
{
    if (m_job)
        m_job->cancel = true;
    if (m_thread)
        m_thread->wait();
}

void MetricImportController::start()
{
    if (m_state == u"running" || !problem().isEmpty())
        return;
    auto job = std::make_shared<Job>();
    job->workspace = m_follow.document()->workspace();
    job->journeyId = m_journeyId;
    job->path = m_preview.path;
    job->preview = m_preview;
    job->mapping = currentMapping(&job->changedDefs);
    // The plan is made with the formulas the import will set.
    for (const MetricDef &d : std::as_const(job->changedDefs)) {
        for (MetricDef &mine : job->workspace.metricDefs) {
            if (mine.id == d.id)
                mine = d;
        }
    }
    m_job = job;
    m_summary.clear();
    m_importedMetrics.clear();
    m_progress = 0;
    Q_EMIT progressChanged();
    setState(QStringLiteral("running"));

    m_thread = QThread::create([job] {
        DataFile file; // opened on the thread that reads it
        if (!file.open(job->path, &job->error))
            return;
        ImportProgress progress;
        progress.report = [job](qint64 done, qint64 total) {
            job->done = done;
            job->total = total;
        };
        progress.cancel = &job->cancel;
        job->ok = planImport(job->workspace, job->journeyId, file, job->preview, job->mapping,
                             progress, &job->plan, &job->error, &job->cancelled);
    });
    connect(m_thread, &QThread::finished, this, &MetricImportController::finishJob);
    m_poll.start();
    m_thread->start();
}

void MetricImportController::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

void MetricImportController::finishJob()
{
    m_poll.stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Job> job = std::move(m_job);
    if (job->cancelled) {
        setState(QStringLiteral("ready"), tr("Cancelled: nothing was imported."));
        return;
    }
    if (!job->ok) {
        setState(QStringLiteral("failed"), tr("Nothing was imported: %1").arg(job->error));
        return;
    }
    Document *doc = m_follow.document();
    if (!doc || !document()->undoStack()) {
        setState(QStringLiteral("failed"),
                 tr("Nothing was imported: the document was closed meanwhile."));
        return;
    }
    m_progress = 1;
    Q_EMIT progressChanged();
    m_summary = importSummary(job->plan, job->mapping, &m_importedMetrics);
    // One undo step: changed formulas (if any) and the import.
    DocumentCommand *command = nullptr;
    if (job->changedDefs.isEmpty()) {
        command = new ImportMetricsCommand(doc, std::move(job->plan));
    } else {
        command = new DocumentCommand(doc, tr("Import metrics from %1").arg(fileName()));
        for (const MetricDef &d : std::as_const(job->changedDefs))
            new ChangeMetricDefCommand(doc, d, command);
        new ImportMetricsCommand(doc, std::move(job->plan), command);
    }
    QString error;
    if (!document()->undoStack()->tryPush(command, &error)) {
        m_summary.clear();
        m_importedMetrics.clear();
        setState(QStringLiteral("failed"), tr("Nothing was imported: %1").arg(error));
        return;
    }
    setState(QStringLiteral("done"));
    Q_EMIT imported();
}

} // namespace waymark
