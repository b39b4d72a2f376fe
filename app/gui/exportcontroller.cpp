#include "exportcontroller.h"

#include "document/document.h"
#include "formats/exporter.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace waymark {

ExportController::ExportController(QObject *parent)
    : QObject(parent)
    , m_follow(this, [this](const ChangeSet &change) {
        if (change.reset || change.touches(ItemKind::Observed) || change.touches(ItemKind::Journey))
            updateObservedJourneys();
    })
{
    m_pool.setMaxThreadCount(1);
}

ExportController::~ExportController()
{
    // The worker reports to this object: let it finish first.
    m_pool.waitForDone();
}

void ExportController::setDocument(DocumentController *document)
{
    if (m_follow.follow(document))
        Q_EMIT documentChanged();
}

void ExportController::updateObservedJourneys()
{
    QStringList ids;
    if (const Document *doc = m_follow.document()) {
        for (const Journey &j : doc->workspace().journeys) {
            if (doc->hasObserved(j.id))
                ids.append(j.id);
        }
    }
    if (ids != m_observedJourneys) {
        m_observedJourneys = ids;
        Q_EMIT observedJourneysChanged();
    }
}

QStringList ExportController::formats() const
{
    return exportFormatNames();
}

QString ExportController::suffix(const QString &format) const
{
    const auto f = exportFormatFromName(format);
    return f ? exportFormatSuffix(*f) : QString();
}

QStringList ExportController::pageSizes() const
{
    QStringList names;
    for (PageFormat p :
         {PageFormat::A4, PageFormat::A3, PageFormat::A2, PageFormat::Letter, PageFormat::Fit})
        names.append(pageFormatName(p));
    return names;
}

bool ExportController::isPainted(const QString &format) const
{
    const auto f = exportFormatFromName(format);
    return f && isPaintedFormat(*f);
}

bool ExportController::holdsSeveralJourneys(const QString &format) const
{
    const auto f = exportFormatFromName(format);
    return f && waymark::holdsSeveralJourneys(*f);
}

QString ExportController::suggestedPath(const QString &format, const QString &journeyId) const
{
    const auto f = exportFormatFromName(format);
    if (!m_follow.document() || !f)
        return {};
    const QFileInfo file(document()->filePath());
    QString base = file.completeBaseName();
    if (*f == ExportFormat::VotesCsv)
        base += QStringLiteral("-votes");
    if (!waymark::holdsSeveralJourneys(*f) || *f == ExportFormat::VotesCsv) {
        if (const Journey *j = m_follow.document()->workspace().journey(journeyId)) {
            if (m_follow.document()->workspace().journeys.size() > 1)
                base += QLatin1Char('-') + j->id;
        }
    }
    return file.absoluteDir().filePath(base + QLatin1Char('.') + exportFormatSuffix(*f));
}

bool ExportController::start(const QString &pathOrUrl, const QVariantMap &options)
{
    const auto fail = [this](const QString &message) {
        Q_EMIT failed(message);
        return false;
    };
    if (m_running)
        return fail(tr("An export is still being written."));
    if (!m_follow.document())
        return fail(tr("Open a map to export it."));
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    if (path.isEmpty())
        return fail(tr("Choose a file to export to."));

    const QString formatName = options.value(QStringLiteral("format")).toString();
    const auto format = formatName.isEmpty() ? exportFormatFromSuffix(QFileInfo(path).suffix())
                                             : exportFormatFromName(formatName);
    if (!format)
        return fail(tr("Waymark cannot export to \"%1\": choose PDF, PNG, SVG, CSV, JSON or "
                       "Mermaid.")
                            .arg(QFileInfo(path).fileName()));

    MapExportOptions mapOptions;
    if (const QString page = options.value(QStringLiteral("page")).toString(); !page.isEmpty()) {
        const auto p = pageFormatFromName(page);
        if (!p)
            return fail(tr("Unknown page size \"%1\".").arg(page));
        mapOptions.page = *p;
    }
    mapOptions.portrait = options.value(QStringLiteral("portrait")).toBool();
    mapOptions.workshop = options.value(QStringLiteral("workshop")).toBool();
    mapOptions.overlayMetric = options.value(QStringLiteral("overlay")).toString();
    if (options.contains(QStringLiteral("dpi")))
        mapOptions.dpi = qBound(10.0, options.value(QStringLiteral("dpi")).toDouble(), 2400.0);

    // Copies: the worker never touches the document.
    const Workspace workspace = m_follow.document()->workspace();
    QStringList journeys;
    const QString journey = options.value(QStringLiteral("journey")).toString();
    if (!journey.isEmpty()) {
        const Journey *j = workspace.journey(journey);
        if (!j)
            return fail(tr("The journey to export is gone."));
        journeys.append(j->id);
    }

    // The observed overlay, for the exported journeys that have event data
    // (read here: the worker never touches the document).
    if (options.value(QStringLiteral("observed")).toBool() && isPaintedFormat(*format)) {
        auto observed = std::make_shared<QHash<QString, ObservedJourney>>();
        const QStringList ids = journeys.isEmpty() ? m_observedJourneys : journeys;
        for (const QString &id : ids) {
            if (std::optional<ObservedJourney> seen = m_follow.document()->observed(id))
                observed->insert(id, *seen);
        }
        mapOptions.observed = observed;
    }

    m_running = true;
    Q_EMIT runningChanged();
    const ExportFormat f = *format;
    m_pool.start([this, workspace, journeys, f, mapOptions, path] {
        QString error;
        ExportResult result;
        const bool ok = exportToFile(workspace, journeys, f, mapOptions, path, &error, &result);
        QMetaObject::invokeMethod(this, [this, ok, error, result, path, f] {
            m_running = false;
            Q_EMIT runningChanged();
            if (!ok) {
                Q_EMIT failed(error);
                return;
            }
            const QString name = QFileInfo(path).fileName();
            QString message
                    = f == ExportFormat::Pdf
                              ? tr("Exported %1: %n page(s).", nullptr, result.pages).arg(name)
                              : tr("Exported %1.").arg(name);
            if (!result.warnings.isEmpty())
                message += QLatin1Char(' ') + result.warnings.join(QLatin1Char(' '));
            Q_EMIT finished(path, message);
        });
    });
    return true;
}

} // namespace waymark
