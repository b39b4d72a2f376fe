#include "picturecommands.h"

#include "changefield.h"
#include "stepcommands.h"

#include "document/document.h"

#include <QCoreApplication>

namespace waymark {

AddPictureCommand::AddPictureCommand(Document *doc, const Picture &picture, QUndoCommand *parent)
    : DocumentCommand(doc, QCoreApplication::translate("Commands", "Add picture"), parent)
    , m_picture(picture)
{}

bool AddPictureCommand::apply(QString *error)
{
    return document()->insertPicture(m_picture, error);
}

bool AddPictureCommand::revert(QString *error)
{
    return document()->removePicture(m_picture.id, error);
}

RemovePictureCommand::RemovePictureCommand(Document *doc, const Picture &picture,
                                           QUndoCommand *parent)
    : DocumentCommand(doc, QCoreApplication::translate("Commands", "Remove picture"), parent)
    , m_picture(picture)
{}

bool RemovePictureCommand::apply(QString *error)
{
    return document()->removePicture(m_picture.id, error);
}

bool RemovePictureCommand::revert(QString *error)
{
    return document()->insertPicture(m_picture, error);
}

namespace {

// The gesture around one field change: add the new picture first, drop the
// old one after, when nothing else shows it.
template<typename Entity>
DocumentCommand *pictureGesture(Document *doc, const QString &journey, const QString &id,
                                QString Entity::*field, const QString &oldId,
                                const Picture *picture, const QString &text)
{
    const Workspace &ws = doc->workspace();
    auto *command = new DocumentCommand(doc, text);
    if (picture && !ws.picture(picture->id))
        new AddPictureCommand(doc, *picture, command);
    new ChangeFieldCommand<Entity, QString>(doc, journey, {id}, field,
                                            picture ? picture->id : QString(), text, -1, command);
    if (!oldId.isEmpty() && (!picture || picture->id != oldId)) {
        // Still shown elsewhere once this one lets go? Count the other users.
        int users = 0;
        for (const Persona &p : ws.personas)
            users += p.photo == oldId;
        for (const Journey &j : ws.journeys) {
            for (const Step &s : j.steps)
                users += s.picture == oldId;
        }
        if (users <= 1) {
            if (const Picture *old = ws.picture(oldId))
                new RemovePictureCommand(doc, *old, command);
        }
    }
    return command;
}

} // namespace

DocumentCommand *makeStepPictureCommand(Document *doc, const QString &journey,
                                        const QString &stepId, const Picture *picture,
                                        QString *error)
{
    const Journey *j = doc->journey(journey);
    const Step *s = j ? j->step(stepId) : nullptr;
    if (!s) {
        if (error)
            *error = QCoreApplication::translate("Commands", "there is no card \"%1\"").arg(stepId);
        return nullptr;
    }
    if ((picture ? picture->id : QString()) == s->picture) {
        if (error)
            *error = picture ? QCoreApplication::translate("Commands",
                                                           "the card already shows this picture")
                             : QCoreApplication::translate("Commands", "the card has no picture");
        return nullptr;
    }
    return pictureGesture(doc, j->id, stepId, &Step::picture, s->picture, picture,
                          picture ? QCoreApplication::translate("Commands", "Set card picture")
                                  : QCoreApplication::translate("Commands", "Remove card picture"));
}

DocumentCommand *makePersonaPhotoCommand(Document *doc, const QString &personaId,
                                         const Picture *picture, QString *error)
{
    const Persona *p = doc->workspace().persona(personaId);
    if (!p) {
        if (error)
            *error = QCoreApplication::translate("Commands", "there is no persona \"%1\"")
                             .arg(personaId);
        return nullptr;
    }
    if ((picture ? picture->id : QString()) == p->photo) {
        if (error)
            *error = picture ? QCoreApplication::translate("Commands",
                                                           "the persona already has this photo")
                             : QCoreApplication::translate("Commands", "the persona has no photo");
        return nullptr;
    }
    return pictureGesture(
            doc, QString(), personaId, &Persona::photo, p->photo, picture,
            picture ? QCoreApplication::translate("Commands", "Set persona photo")
                    : QCoreApplication::translate("Commands", "Remove persona photo"));
}

DocumentCommand *makeAddPictureCardCommand(Document *doc, const QString &journey,
                                           const QString &stage, const QString &lane,
                                           const QString &title, StepKind kind,
                                           const Picture &picture, QString *newId)
{
    const Journey *j = doc->journey(journey);
    if (!j)
        return nullptr;
    Step step = newCardInCell(*j, stage, lane, title, kind);
    step.picture = picture.id;
    if (newId)
        *newId = step.id;
    const QString text = QCoreApplication::translate("Commands", "Add card");
    auto *command = new DocumentCommand(doc, text);
    if (!doc->workspace().picture(picture.id))
        new AddPictureCommand(doc, picture, command);
    new AddItemsCommand(doc, journey, {step}, {}, text, command);
    return command;
}

} // namespace waymark
