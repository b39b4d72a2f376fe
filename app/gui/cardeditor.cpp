#include "cardeditor.h"

#include "commands/fieldcommands.h"
#include "commands/stepcommands.h"
#include "document/document.h"
#include "formats/jsonexport.h"
#include "formats/jsonimport.h"
#include "mapeditor.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>

namespace waymark {

namespace {

const QString kClipMime = QStringLiteral("application/x-waymark-cards+json");

} // namespace

bool CardEditor::takesCards(const QString &lane) const
{
    const auto *editor = static_cast<const MapEditor *>(parent());
    if (editor->laneTakesCards(lane))
        return true;
    return fail(QCoreApplication::translate(
            "waymark::MapEditor",
            "The Emotions lane shows the curve of the cards' emotions; cards go in "
            "the other lanes."));
}

QString CardEditor::addStep(const QString &stage, const QString &lane, const QString &title,
                            const QString &kind)
{
    Document *d = doc();
    if (!d || !current())
        return {};
    QString id;
    if (!takesCards(lane))
        return {};
    const StepKind k = enumFromName<StepKind>(kind).value_or(StepKind::Action);
    return run(makeAddStepCommand(d, journeyId(), stage, lane, title, k, &id)) ? id : QString();
}

bool CardEditor::setStepField(const QStringList &ids, const QString &field, const QVariant &value)
{
    return setStepFieldIn(journeyId(), ids, field, value);
}

bool CardEditor::setStepFieldIn(const QString &journey, const QStringList &ids,
                                const QString &field, const QVariant &value)
{
    Document *d = doc();
    if (!d)
        return false;
    QString error;
    DocumentCommand *command = makeStepFieldCommand(d, journey, ids, field, value, &error);
    return command ? run(command) : fail(error);
}

bool CardEditor::moveSteps(const QStringList &ids, const QString &stage, const QString &lane,
                           int index)
{
    Document *d = doc();
    if (!d || ids.isEmpty() || !takesCards(lane))
        return false;
    return run(new MoveStepsCommand(d, journeyId(), ids, stage, lane, index));
}

QString CardEditor::connectSteps(const QString &from, const QString &to, const QString &kind)
{
    Document *d = doc();
    if (!d || from.isEmpty() || to.isEmpty())
        return {};
    QString id;
    const LinkKind k = enumFromName<LinkKind>(kind).value_or(LinkKind::Flow);
    return run(makeConnectCommand(d, journeyId(), from, to, k, &id)) ? id : QString();
}

bool CardEditor::setLinkField(const QStringList &ids, const QString &field, const QVariant &value)
{
    Document *d = doc();
    if (!d)
        return false;
    QString error;
    DocumentCommand *command = makeLinkFieldCommand(d, journeyId(), ids, field, value, &error);
    return command ? run(command) : fail(error);
}

bool CardEditor::deleteItems(const QStringList &stepIds, const QStringList &linkIds)
{
    Document *d = doc();
    if (!d || (stepIds.isEmpty() && linkIds.isEmpty()))
        return false;
    return run(new RemoveItemsCommand(d, journeyId(), stepIds, linkIds));
}

bool CardEditor::copy(const QStringList &stepIds)
{
    const Journey *j = current();
    if (!j || stepIds.isEmpty())
        return false;
    Workspace clip;
    clip.journeys.append(extractSteps(*j, stepIds));
    // Channels travel with the cards so a paste into another file keeps them.
    for (const Step &s : clip.journeys.first().steps) {
        if (const Channel *c = doc()->workspace().channel(s.channel); c && !clip.channel(c->id))
            clip.channels.append(*c);
    }
    QStringList lines;
    for (const Step &s : clip.journeys.first().steps)
        lines.append(s.title);
    auto *mime = new QMimeData;
    mime->setData(kClipMime, exportJson(clip));
    mime->setText(lines.join(u'\n'));
    QGuiApplication::clipboard()->setMimeData(mime);
    return true;
}

bool CardEditor::cut(const QStringList &stepIds)
{
    return copy(stepIds) && deleteItems(stepIds, {});
}

bool CardEditor::canPaste() const
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    return mime && (mime->hasFormat(kClipMime) || !mime->text().trimmed().isEmpty());
}

QStringList CardEditor::paste(const QString &stage, const QString &lane)
{
    Document *d = doc();
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!d || !current() || !mime || (!lane.isEmpty() && !takesCards(lane)))
        return {};
    Journey clip;
    if (mime->hasFormat(kClipMime)) {
        Workspace ws;
        QString error;
        if (!readJson(mime->data(kClipMime), &ws, nullptr, &error) || ws.journeys.isEmpty()) {
            fail(QCoreApplication::translate(
                         "waymark::MapEditor",
                         "The clipboard does not hold cards Waymark can read: %1")
                         .arg(error));
            return {};
        }
        clip = ws.journeys.first();
        // A channel that is not in this file: add the cards without it.
        for (Step &s : clip.steps) {
            if (!d->workspace().channel(s.channel))
                s.channel.clear();
        }
    } else {
        clip = stepsFromText(mime->text());
    }
    QStringList ids;
    DocumentCommand *command = makePasteCommand(d, journeyId(), clip, stage, lane, &ids);
    if (!command)
        return {};
    return run(command) ? ids : QStringList();
}

} // namespace waymark
