#pragma once

#include "document/document.h"
#include "documentcommand.h"

namespace waymark {

// Adds a whole journey: a new one, an import, a duplicate.
class AddJourneyCommand : public DocumentCommand
{
public:
    AddJourneyCommand(Document *doc, const Journey &journey, int index, const QString &text,
                      QUndoCommand *parent = nullptr);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Journey m_journey;
    int m_index;
};

// Deletes a journey with everything in it, its imported data (metric
// sources and event data) included.
class RemoveJourneyCommand : public DocumentCommand
{
public:
    RemoveJourneyCommand(Document *doc, const QString &journeyId);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString m_id;
    Journey m_journey;
    int m_index = -1;
    QList<std::pair<ImportSource, QList<MetricValue>>> m_sources;
    std::optional<ObservedJourney> m_observed;
};

// Moves a journey in the list.
class MoveJourneyCommand : public DocumentCommand
{
public:
    MoveJourneyCommand(Document *doc, int from, int to);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    int m_from;
    int m_to;
};

// A copy of `journey` as its future state: a new id and name, state
// "future", the same steps and links; comments, votes and measured values
// stay with the current state.
Journey futureStateCopy(const Workspace &workspace, const Journey &journey);

// A fresh id for a new journey ("j3").
QString newJourneyId(const Workspace &workspace);

} // namespace waymark
