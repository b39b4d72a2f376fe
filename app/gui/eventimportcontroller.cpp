#include "eventimportcontroller.h"

#include "commands/importeventscommand.h"
#include "document/document.h"
#include "events/eventimport.h"
#include "metrics/datafile.h"
#include "metrics/preview.h"
#include "metrics/proposal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QThread>

namespace waymark {

EventImportController::EventImportController(QObject *parent)
    : QObject(parent)
{}

EventImportController::~EventImportController()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
}

void EventImportController::setDocument(DocumentController *document)
{
    if (m_document == document)
        return;
    m_document = document;
    Q_EMIT documentChanged();
}

void EventImportController::setJourneyId(const QString &id)
{
    if (m_journeyId == id)
        return;
    m_journeyId = id;
    Q_EMIT journeyIdChanged();
}

QString EventImportController::fileName() const
{
    return QFileInfo(m_path).fileName();
}

QString EventImportController::timeFormat() const
{
    if (m_mapping.timeFormat)
        return events::timeFormatName(*m_mapping.timeFormat);
    return m_proposal.mapping.time.isEmpty() ? QString()
                                             : events::timeFormatName(m_proposal.spec.timeFormat);
}

void EventImportController::setTimeFormat(const QString &name)
{
    const auto format = events::timeFormatFromName(name);
    if (!format || (m_mapping.timeFormat == format && m_state != QLatin1String("failed")))
        return;
    m_mapping.timeFormat = format;
    repropose();
}

int EventImportController::channelColumn() const
{
    return m_noChannel ? -1 : m_proposal.spec.columns.channel;
}

void EventImportController::setChannelColumn(int column)
{
    setOptionalColumn(column, channelColumn(), &m_noChannel, &m_mapping.channel);
}

int EventImportController::segmentColumn() const
{
    return m_noSegment ? -1 : m_proposal.spec.columns.segment;
}

void EventImportController::setSegmentColumn(int column)
{
    setOptionalColumn(column, segmentColumn(), &m_noSegment, &m_mapping.segment);
}

void EventImportController::setOptionalColumn(int column, int current, bool *none, QString *name)
{
    if (column >= m_columns.size() || column == current)
        return;
    *none = column < 0;
    *name = column < 0 ? QString() : m_columns[column];
    repropose();
}

void EventImportController::setState(const QString &state, const QString &error)
{
    m_state = state;
    m_error = error;
    Q_EMIT stateChanged();
}

bool EventImportController::repropose()
{
    const Document *doc = m_document ? m_document->document() : nullptr;
    const Journey *journey = doc ? doc->journey(m_journeyId) : nullptr;
    if (!journey) {
        setState(QStringLiteral("failed"), tr("Choose a journey first."));
        return false;
    }
    DataFile file;
    QString error;
    DataPreview preview;
    CsvError csvError;
    if (!file.open(m_path, &error)) {
        setState(QStringLiteral("failed"), error);
        return false;
    }
    if (!readPreview(file, DataLayout::Plain, 20, &preview, &csvError)) {
        setState(QStringLiteral("failed"), csvError.toString());
        return false;
    }
    m_columns.clear();
    for (const DataColumn &c : preview.header.columns)
        m_columns.append(c.name);
    m_rows.clear();
    for (const QStringList &row : preview.rows)
        m_rows.append(row);
    // "None" chosen in the dialog: not proposed by name, here or in the import.
    m_mapping.withoutChannel = m_noChannel;
    m_mapping.withoutSegment = m_noSegment;
    if (!events::proposeEventColumns(preview, *journey, m_mapping, &m_proposal, &error)) {
        m_proposal = {}; // not the columns of the file read before
        Q_EMIT proposalChanged();
        setState(QStringLiteral("failed"), error);
        return false;
    }
    // The proposal picks a channel or segment column by its name when none
    // is named; "none" is the user's to choose.
    if (m_noChannel) {
        m_proposal.spec.columns.channel = -1;
        m_proposal.mapping.channel.clear();
    }
    if (m_noSegment) {
        m_proposal.spec.columns.segment = -1;
        m_proposal.mapping.segment.clear();
    }
    Q_EMIT proposalChanged();
    setState(QStringLiteral("ready"));
    return true;
}

bool EventImportController::load(const QString &pathOrUrl)
{
    if (m_running)
        return false;
    m_path = DocumentController::toLocalPath(pathOrUrl);
    m_mapping = {};
    m_noChannel = m_noSegment = false;
    m_summary.clear();
    return repropose();
}

bool EventImportController::isEventLog(const QString &pathOrUrl) const
{
    const Document *doc = m_document ? m_document->document() : nullptr;
    const Journey *journey = doc ? doc->journey(m_journeyId) : nullptr;
    DataFile file;
    QString error;
    DataPreview preview;
    CsvError csvError;
    if (!journey || !file.open(DocumentController::toLocalPath(pathOrUrl), &error)
        || !readPreview(file, std::nullopt, 50, &preview, &csvError)
        || preview.header.layout != DataLayout::Plain)
        return false;
    events::EventProposal proposal;
    if (!events::proposeEventColumns(preview, *journey, {}, &proposal, &error))
        return false;
    const QStringList ids = preview.column(proposal.spec.columns.caseId);
    const bool repeats = QSet<QString>(ids.begin(), ids.end()).size() < ids.size();
    return repeats
           || proposeMapping(preview, doc->workspace(), m_journeyId).mapping.metrics.isEmpty();
}

void EventImportController::setCaseColumn(int column)
{
    if (column >= 0 && column < m_columns.size() && column != caseColumn()) {
        m_mapping.caseId = m_columns[column];
        repropose();
    }
}

void EventImportController::setActivityColumn(int column)
{
    if (column >= 0 && column < m_columns.size() && column != activityColumn()) {
        m_mapping.activity = m_columns[column];
        repropose();
    }
}

void EventImportController::setTimeColumn(int column)
{
    if (column >= 0 && column < m_columns.size() && column != timeColumn()) {
        m_mapping.time = m_columns[column];
        m_mapping.timeFormat.reset();
        repropose();
    }
}

void EventImportController::start()
{
    const Document *doc = m_document ? m_document->document() : nullptr;
    const Journey *journey = doc ? doc->journey(m_journeyId) : nullptr;
    if (m_running || m_state != QLatin1String("ready") || !journey)
        return;
    if (m_worker.joinable())
        m_worker.join();
    m_cancel = false;
    m_running = true;
    setState(QStringLiteral("running"));
    // The worker gets copies: the document may change while it reads.
    m_worker = std::thread([this, plan = *journey, path = m_path, mapping = m_proposal.mapping] {
        DataFile file;
        QString error;
        ObservedJourney observed;
        const bool ok = file.open(path, &error)
                        && events::importEventLog(file, plan, mapping, &observed, &error, nullptr,
                                                  &m_cancel);
        QMetaObject::invokeMethod(
                this, [this, ok, observed, error] { finish(ok, observed, error); },
                Qt::QueuedConnection);
    });
}

void EventImportController::finish(bool ok, const ObservedJourney &observed, const QString &error)
{
    m_running = false;
    if (ok && observed.cases == 0) {
        ok = false;
        setState(QStringLiteral("failed"), tr("No event matches a step of this journey."));
        Q_EMIT finished(false);
        return;
    }
    if (!ok) {
        setState(QStringLiteral("failed"), error);
        Q_EMIT finished(false);
        return;
    }
    if (!m_document || !m_document->document()
        || !m_document->run(new ImportEventsCommand(m_document->document(), observed))) {
        setState(QStringLiteral("failed"), tr("The event data could not be stored."));
        Q_EMIT finished(false);
        return;
    }
    m_summary = tr("%1, %2 matched, %3 unmatched; %4 conformant, %5 reached a goal.")
                        .arg(countedText("waymark::EventImportController",
                                         QT_TRANSLATE_N_NOOP("waymark::EventImportController",
                                                             "%n case(s)"),
                                         observed.cases),
                             countedText("waymark::EventImportController",
                                         QT_TRANSLATE_N_NOOP("waymark::EventImportController",
                                                             "%n event(s)"),
                                         observed.events),
                             QString::number(observed.unmatchedEvents),
                             QString::number(observed.conformant),
                             QString::number(observed.reachedGoal));
    setState(QStringLiteral("done"));
    Q_EMIT finished(true);
}

void EventImportController::cancel()
{
    m_cancel = true;
}

bool EventImportController::wait(int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    while (m_running && clock.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    QCoreApplication::processEvents();
    return !m_running;
}

} // namespace waymark
