#include "pictureeditor.h"

#include "commands/picturecommands.h"
#include "document/document.h"
#include "mapeditor.h"
#include "model/lanerules.h"
#include "render/picturepainter.h"

#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QPainter>

namespace waymark {

namespace {

QString dataUrl(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString localPath(const QUrl &file)
{
    return file.isLocalFile() ? file.toLocalFile() : file.toString();
}

bool looksLikeImage(const QUrl &file)
{
    static const QStringList suffixes{QStringLiteral("png"),  QStringLiteral("jpg"),
                                      QStringLiteral("jpeg"), QStringLiteral("gif"),
                                      QStringLiteral("bmp"),  QStringLiteral("webp")};
    return suffixes.contains(QFileInfo(localPath(file)).suffix().toLower());
}

} // namespace

bool PictureEditor::load(const QUrl &file, Picture *out) const
{
    QString error;
    if (pictureFromFile(localPath(file), out, &error))
        return true;
    return fail(tr("The picture was not added: %1").arg(error));
}

bool PictureEditor::setStepPicture(const QString &stepId, const Picture *picture)
{
    Document *d = doc();
    if (!d || !current())
        return false;
    QString error;
    DocumentCommand *command = makeStepPictureCommand(d, journeyId(), stepId, picture, &error);
    return command ? run(command) : fail(error);
}

bool PictureEditor::setStepPictureFile(const QString &stepId, const QUrl &file)
{
    Picture picture;
    return load(file, &picture) && setStepPicture(stepId, &picture);
}

bool PictureEditor::clipboardPicture(Picture *out) const
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (mime && mime->hasImage()) {
        QString error;
        if (!pictureFromImage(qvariant_cast<QImage>(mime->imageData()), out, &error))
            return fail(tr("The picture was not added: %1").arg(error));
        return true;
    }
    if (mime && mime->hasUrls() && !mime->urls().isEmpty() && isImageFile(mime->urls().first()))
        return load(mime->urls().first(), out);
    return fail(tr("There is no picture on the clipboard."));
}

bool PictureEditor::pasteStepPicture(const QString &stepId)
{
    Picture picture;
    return clipboardPicture(&picture) && setStepPicture(stepId, &picture);
}

bool PictureEditor::removeStepPicture(const QString &stepId)
{
    return setStepPicture(stepId, nullptr);
}

QString PictureEditor::addCardWithPicture(const QString &stage, const QString &lane,
                                          const QUrl &file)
{
    Document *d = doc();
    const Journey *j = current();
    const Lane *l = j ? j->lane(lane) : nullptr;
    if (!d || !l || !j->stage(stage))
        return {};
    const auto kind = defaultStepKind(l->kind);
    if (!kind) {
        fail(QCoreApplication::translate("waymark::MapEditor",
                                         "The Emotions lane shows the curve of the cards' "
                                         "emotions; cards go in the other lanes."));
        return {};
    }
    Picture picture;
    if (!load(file, &picture))
        return {};
    QString id;
    const QString title = QFileInfo(localPath(file)).completeBaseName();
    return run(makeAddPictureCardCommand(d, journeyId(), stage, lane, title, *kind, picture, &id))
                   ? id
                   : QString();
}

bool PictureEditor::setPersonaPhoto(const QString &personaId, const Picture *picture)
{
    Document *d = doc();
    if (!d)
        return false;
    QString error;
    DocumentCommand *command = makePersonaPhotoCommand(d, personaId, picture, &error);
    return command ? run(command) : fail(error);
}

bool PictureEditor::setPersonaPhotoFile(const QString &personaId, const QUrl &file)
{
    Picture picture;
    return doc() && load(file, &picture) && setPersonaPhoto(personaId, &picture);
}

bool PictureEditor::pastePersonaPhoto(const QString &personaId)
{
    Picture picture;
    return doc() && clipboardPicture(&picture) && setPersonaPhoto(personaId, &picture);
}

bool PictureEditor::removePersonaPhoto(const QString &personaId)
{
    return setPersonaPhoto(personaId, nullptr);
}

bool clipboardHoldsPicture()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    return mime
           && (mime->hasImage()
               || (mime->hasUrls() && !mime->urls().isEmpty()
                   && looksLikeImage(mime->urls().first())));
}

bool PictureEditor::clipboardHasImage() const
{
    return clipboardHoldsPicture();
}

bool PictureEditor::isImageFile(const QUrl &file) const
{
    return looksLikeImage(file);
}

QString PictureEditor::thumbnail(const QString &pictureId, int size) const
{
    Document *d = doc();
    const Picture *picture = d ? d->workspace().picture(pictureId) : nullptr;
    if (!picture)
        return {};
    size = std::clamp(size, 16, 1024);
    return cached(pictureId + u'@' + QString::number(size),
                  [&] { return pictureImage(*picture, size); });
}

QString PictureEditor::cached(const QString &key, const std::function<QImage()> &make) const
{
    if (const auto it = m_urls.constFind(key); it != m_urls.cend())
        return *it;
    if (m_urls.size() > 64)
        m_urls.clear();
    return m_urls.insert(key, dataUrl(make())).value();
}

QString PictureEditor::avatar(const QString &personaId, int size) const
{
    Document *d = doc();
    const Persona *persona = d ? d->workspace().persona(personaId) : nullptr;
    if (!persona)
        return {};
    size = std::clamp(size, 16, 512);
    const Picture *photo = d->workspace().picture(persona->photo);
    return cached(persona->name + u'\n' + persona->photo + u'@' + QString::number(size), [&] {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        paintAvatar(&painter, photo, persona->name, QRectF(0, 0, size, size),
                    QColor(0x25, 0x63, 0xeb), Qt::white);
        painter.end();
        return image;
    });
}

QString PictureEditor::describe(const QString &pictureId) const
{
    Document *d = doc();
    const Picture *picture = d ? d->workspace().picture(pictureId) : nullptr;
    if (!picture)
        return {};
    //: size and type of a picture: "1280 × 720 · PNG"
    return tr("%1 × %2 · %3")
            .arg(picture->width)
            .arg(picture->height)
            .arg(picture->mime.section(u'/', 1).toUpper());
}

} // namespace waymark
