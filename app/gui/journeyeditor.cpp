#include "journeyeditor.h"

#include "commands/fieldcommands.h"
#include "commands/importcommand.h"
#include "commands/journeycommands.h"
#include "document/document.h"
#include "documentcontroller.h"
#include "formats/journeyfile.h"
#include "templates/templates.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QUrl>

namespace waymark {

bool JourneyEditor::setJourneyField(const QString &field, const QVariant &value)
{
    Document *d = doc();
    if (!d)
        return false;
    QString error;
    DocumentCommand *command = makeJourneyFieldCommand(d, journeyId(), field, value, &error);
    return command ? run(command) : fail(error);
}

QString JourneyEditor::newJourney(const QString &templateName)
{
    Document *d = doc();
    if (!d)
        return {};
    const Template which = templateFromName(templateName).value_or(Template::Journey);
    Workspace content = makeTemplate(which == Template::Sample ? Template::Journey : which);
    Journey j = content.journeys.first();
    j.id = newJourneyId(d->workspace());
    // Templates bring their channels: keep only those the file lacks.
    for (Step &s : j.steps)
        s.channel.clear();
    const int index = int(d->workspace().journeys.size());
    return run(new AddJourneyCommand(
                   d, j, index, QCoreApplication::translate("waymark::MapEditor", "New journey")))
                   ? j.id
                   : QString();
}

QString JourneyEditor::importJourneys(const QString &pathOrUrl)
{
    Document *d = doc();
    if (!d)
        return {};
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    const QFileInfo info(path);
    Workspace incoming;
    QStringList warnings;
    QString error;
    if (!readJourneyFile(path, info.fileName(), JourneyFileFormat::Auto, &incoming, &warnings,
                         &error)) {
        fail(error);
        return {};
    }
    if (incoming.journeys.isEmpty()) {
        fail(QCoreApplication::translate("waymark::MapEditor", "%1 holds no journeys.")
                     .arg(info.fileName()));
        return {};
    }
    QSet<QString> before;
    for (const Journey &j : d->workspace().journeys)
        before.insert(j.id);
    QStringList notes;
    if (!run(makeImportCommand(d, incoming, &notes)))
        return {};
    QString first;
    int added = 0;
    for (const Journey &j : d->workspace().journeys) {
        if (before.contains(j.id))
            continue;
        if (first.isEmpty())
            first = j.id;
        ++added;
    }
    QString message = QCoreApplication::translate("waymark::MapEditor",
                                                  "Imported %n journey(s) from %1.", nullptr, added)
                              .arg(info.fileName());
    for (const QString &line : std::as_const(warnings) + notes)
        message += QLatin1Char(' ') + line;
    Q_EMIT controller()->notice(message);
    return first;
}

QString JourneyEditor::duplicateAsFutureState(const QString &journeyId)
{
    Document *d = doc();
    const Journey *j = d ? d->workspace().journey(journeyId) : nullptr;
    if (!j)
        return {};
    const Journey copy = futureStateCopy(d->workspace(), *j);
    const int index = d->workspace().journeyIndex(j->id) + 1;
    return run(new AddJourneyCommand(
                   d, copy, index,
                   QCoreApplication::translate("waymark::MapEditor", "Duplicate as future state")))
                   ? copy.id
                   : QString();
}

bool JourneyEditor::deleteJourney(const QString &journeyId)
{
    Document *d = doc();
    return d && run(new RemoveJourneyCommand(d, journeyId));
}

bool JourneyEditor::moveJourney(int from, int to)
{
    Document *d = doc();
    const int n = d ? int(d->workspace().journeys.size()) : 0;
    if (from < 0 || to < 0 || from >= n || to >= n || from == to)
        return false;
    return run(new MoveJourneyCommand(d, from, to));
}

} // namespace waymark
