#include "journeycommands.h"

#include "stepcommands.h"

#include <QCoreApplication>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

} // namespace

AddJourneyCommand::AddJourneyCommand(Document *doc, const Journey &journey, int index,
                                     const QString &text, QUndoCommand *parent)
    : DocumentCommand(doc, text, parent)
    , m_journey(journey)
    , m_index(index)
{}

bool AddJourneyCommand::apply(QString *error)
{
    return document()->insertJourney(m_journey, m_index, error);
}

bool AddJourneyCommand::revert(QString *error)
{
    return document()->removeJourney(m_journey.id, error);
}

RemoveJourneyCommand::RemoveJourneyCommand(Document *doc, const QString &journeyId)
    : DocumentCommand(doc, tr("Delete journey"))
    , m_id(journeyId)
{}

bool RemoveJourneyCommand::apply(QString *error)
{
    m_sources.clear();
    const QList<ImportSource> sources = document()->workspace().sources;
    for (const ImportSource &src : sources) {
        if (src.journey != m_id)
            continue;
        QList<MetricValue> values;
        if (!document()->removeSource(src.id, &values, error))
            return false;
        m_sources.append({src, values});
    }
    const int index = document()->workspace().journeyIndex(m_id);
    if (index < 0) {
        if (error)
            *error = tr("the journey no longer exists");
        return false;
    }
    m_journey = document()->workspace().journeys[index];
    m_index = index;
    m_observed = document()->observed(m_id);
    if (m_observed && !document()->setObserved(m_id, std::nullopt, error))
        return false;
    return document()->removeJourney(m_id, error);
}

bool RemoveJourneyCommand::revert(QString *error)
{
    if (!document()->insertJourney(m_journey, m_index, error))
        return false;
    if (m_observed && !document()->setObserved(m_id, m_observed, error))
        return false;
    for (const auto &[src, values] : m_sources) {
        if (!document()->insertSource(src, values, error))
            return false;
    }
    return true;
}

MoveJourneyCommand::MoveJourneyCommand(Document *doc, int from, int to)
    : DocumentCommand(doc, tr("Move journey"))
    , m_from(from)
    , m_to(to)
{}

bool MoveJourneyCommand::apply(QString *error)
{
    return document()->moveJourney(m_from, m_to, error);
}

bool MoveJourneyCommand::revert(QString *error)
{
    return document()->moveJourney(m_to, m_from, error);
}

QString newJourneyId(const Workspace &workspace)
{
    QStringList taken;
    for (const Journey &j : workspace.journeys)
        taken.append(j.id);
    return nextId(QStringLiteral("j"), taken);
}

Journey futureStateCopy(const Workspace &workspace, const Journey &journey)
{
    Journey copy = journey;
    copy.id = newJourneyId(workspace);
    copy.name = QCoreApplication::translate("Commands", "%1 (future state)").arg(journey.name);
    copy.state = JourneyState::Future;
    copy.comments.clear();
    copy.votes.clear();
    copy.metricValues.clear();
    return copy;
}

} // namespace waymark
