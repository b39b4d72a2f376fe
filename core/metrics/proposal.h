#pragma once

#include "mapping.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace waymark {

struct DataPreview;
struct Journey;
struct Workspace;

// How well a journey's steps fit the values of the data's step column.
struct JourneyFit
{
    QString journey;  // journey id
    int column = -1;  // the column that names the steps best
    double share = 0; // of the sample rows with a value there, those that name a step
    StepMatch match = StepMatch::Auto;
};

// A mapping guessed from the header, the question texts and the values of
// the first rows, for the import dialog to show and edit.
struct MappingProposal
{
    QString journey; // the journey the data fits; empty when none or several fit
    Mapping mapping;
    QList<JourneyFit> fits; // every journey, best first
    QStringList notes;      // why each column was chosen, one line each
    bool isUsable() const
    {
        return !journey.isEmpty() && !mapping.step.isEmpty() && !mapping.metrics.isEmpty();
    }
};

// Proposes a mapping. With `journeyId` empty, the journey is chosen too: the
// one whose step keys or titles the data names most, when it is clearly
// ahead (a fit of at least 30 % of the rows, and 10 points better than the
// next journey).
MappingProposal proposeMapping(const DataPreview &preview, const Workspace &workspace,
                               const QString &journeyId = {});

// How well `journey` fits column `column` of the preview.
JourneyFit stepColumnFit(const DataPreview &preview, int column, const Journey &journey);

// The journey to import into when none is named: the only one, or the best
// fit as above. Empty with a reason otherwise.
QString chooseJourney(const QList<JourneyFit> &fits, const Workspace &workspace, QString *why);

} // namespace waymark
