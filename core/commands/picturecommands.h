#pragma once

#include "documentcommand.h"

#include "model/enums.h"
#include "model/picture.h"

#include <QString>

namespace waymark {

class Document;

// Adds a picture row (a child of the commands below; a paste or an import
// brings the pictures its cards show).
class AddPictureCommand : public DocumentCommand
{
public:
    AddPictureCommand(Document *doc, const Picture &picture, QUndoCommand *parent = nullptr);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Picture m_picture;
};

// Removes a picture row that nothing shows any more; undo puts it back.
class RemovePictureCommand : public DocumentCommand
{
public:
    RemovePictureCommand(Document *doc, const Picture &picture, QUndoCommand *parent = nullptr);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Picture m_picture;
};

// One user action each: a card's picture set (or, with `picture` null,
// removed), a persona's photo set or removed. The picture row is added when
// the file does not have it yet and the old one goes when nothing else shows
// it; undo restores both exactly. Null with a one-line reason when the card
// or persona does not exist or nothing would change.
DocumentCommand *makeStepPictureCommand(Document *doc, const QString &journey,
                                        const QString &stepId, const Picture *picture,
                                        QString *error);
DocumentCommand *makePersonaPhotoCommand(Document *doc, const QString &personaId,
                                         const Picture *picture, QString *error);

// A new card showing `picture` in a cell (an image file dropped on an empty
// spot of a lane): the picture row and the card, one undo step.
DocumentCommand *makeAddPictureCardCommand(Document *doc, const QString &journey,
                                           const QString &stage, const QString &lane,
                                           const QString &title, StepKind kind,
                                           const Picture &picture, QString *newId);

} // namespace waymark
