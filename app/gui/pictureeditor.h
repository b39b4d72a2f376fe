#pragma once

#include "editorpart.h"

#include <QHash>
#include <QImage>
#include <QUrl>

#include <functional>

namespace waymark {

struct Picture;

// Whether the clipboard holds an image (or an image file copied in a file
// manager): what a paste of a picture takes.
bool clipboardHoldsPicture();

// Pictures on cards and persona photos (editor.pictures): added from a file
// (the file dialog, a drop) or the clipboard (a paste), removed; each change
// one undo step. Bad input (not an image, too big, cut short) is refused
// with a one-line message and the document stays as it was.
class PictureEditor : public EditorPart
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of MapEditor")

public:
    using EditorPart::EditorPart;

    Q_INVOKABLE bool setStepPictureFile(const QString &stepId, const QUrl &file);
    // The image on the clipboard (or an image file copied in a file manager).
    Q_INVOKABLE bool pasteStepPicture(const QString &stepId);
    Q_INVOKABLE bool removeStepPicture(const QString &stepId);
    // A new card showing the image, in a cell (a drop on an empty spot).
    Q_INVOKABLE QString addCardWithPicture(const QString &stage, const QString &lane,
                                           const QUrl &file);

    Q_INVOKABLE bool setPersonaPhotoFile(const QString &personaId, const QUrl &file);
    Q_INVOKABLE bool pastePersonaPhoto(const QString &personaId);
    Q_INVOKABLE bool removePersonaPhoto(const QString &personaId);

    // Whether a paste would give a picture.
    Q_INVOKABLE bool clipboardHasImage() const;
    // Whether a dropped file looks like an image (by its name).
    Q_INVOKABLE bool isImageFile(const QUrl &file) const;
    // A picture of the document, scaled to fit `size` pixels, as a data: URL
    // for an Image; "" when there is none.
    Q_INVOKABLE QString thumbnail(const QString &pictureId, int size) const;
    // A persona's avatar: its photo in a circle, or its initials when it
    // has none; a data: URL of `size` pixels.
    Q_INVOKABLE QString avatar(const QString &personaId, int size) const;
    // Pixel size and type of a picture ("1280 × 720 · PNG"), for the inspector.
    Q_INVOKABLE QString describe(const QString &pictureId) const;

private:
    // Data URLs made, by picture (or persona name and photo) and size: the
    // inspector asks again after every edit.
    QString cached(const QString &key, const std::function<QImage()> &make) const;
    mutable QHash<QString, QString> m_urls;

    bool load(const QUrl &file, Picture *out) const; // says why in the window
    bool clipboardPicture(Picture *out) const;       // the same
    bool setStepPicture(const QString &stepId, const Picture *picture);
    bool setPersonaPhoto(const QString &personaId, const Picture *picture);
};

} // namespace waymark
