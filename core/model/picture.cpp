#include "picture.h"

#include <QBuffer>
#include <QCache>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QMutex>

namespace waymark {

namespace {

QString trPicture(const char *text)
{
    return QCoreApplication::translate("Picture", text);
}

QString tooBig()
{
    return trPicture("the picture is larger than %1 MB").arg(kMaxPictureBytes / (1024 * 1024));
}

// A file cut short decodes into a grey or half image without an error from
// every reader: PNG must reach its IEND chunk, JPEG its end-of-image marker.
bool looksComplete(const QByteArray &bytes, const QByteArray &format)
{
    if (format == "png")
        return bytes.lastIndexOf(QByteArrayLiteral("IEND")) >= bytes.size() - 64;
    if (format == "jpeg" || format == "jpg")
        return bytes.lastIndexOf(QByteArrayLiteral("\xFF\xD9")) >= bytes.size() - 64;
    return true;
}

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (qstrcmp(format, "jpeg") == 0)
        writer.setQuality(90);
    return writer.write(image) ? out : QByteArray();
}

bool store(const QImage &decoded, const QByteArray &original, const QByteArray &format,
           Picture *out, QString *error)
{
    QImage image = decoded;
    QByteArray data = original;
    QString mime = format == "png" ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    const bool keep = (format == "png" || format == "jpeg") && !original.isEmpty()
                      && std::max(image.width(), image.height()) <= kMaxPictureSide;
    if (!keep) {
        if (std::max(image.width(), image.height()) > kMaxPictureSide)
            image = image.scaled(kMaxPictureSide, kMaxPictureSide, Qt::KeepAspectRatio,
                                 Qt::SmoothTransformation);
        // Photos stay JPEG; drawings and anything transparent become PNG.
        const bool jpeg = format == "jpeg" && !image.hasAlphaChannel();
        data = encode(image, jpeg ? "jpeg" : "png");
        mime = jpeg ? QStringLiteral("image/jpeg") : QStringLiteral("image/png");
        if (data.isEmpty()) {
            if (error)
                *error = trPicture("the picture could not be encoded");
            return false;
        }
    }
    if (data.size() > kMaxPictureBytes) {
        if (error)
            *error = tooBig();
        return false;
    }
    out->id = pictureId(data);
    out->mime = mime;
    out->width = image.width();
    out->height = image.height();
    out->data = data;
    return true;
}

} // namespace

QString pictureId(const QByteArray &data)
{
    return QStringLiteral("pic-")
           + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
}

bool pictureFromBytes(const QByteArray &bytes, Picture *out, QString *error)
{
    if (bytes.size() > kMaxPictureBytes) {
        if (error)
            *error = tooBig();
        return false;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    QByteArray format = reader.format();
    static const QList<QByteArray> accepted{"png", "jpeg", "jpg", "gif", "bmp", "webp"};
    if (bytes.isEmpty() || !accepted.contains(format)) {
        if (error)
            *error = trPicture("not a picture (PNG, JPEG, GIF, BMP or WebP)");
        return false;
    }
    if (format == "jpg")
        format = "jpeg";
    const QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > kMaxPictureSide)
        reader.setScaledSize(size.scaled(kMaxPictureSide, kMaxPictureSide, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull() || !looksComplete(bytes, format)) {
        if (error)
            *error = trPicture("the picture is damaged or cut short");
        return false;
    }
    const bool scaled = reader.scaledSize().isValid();
    return store(image, scaled ? QByteArray() : bytes, format, out, error);
}

bool pictureFromFile(const QString &path, Picture *out, QString *error)
{
    QFile file(path);
    if (QFileInfo(path).size() > kMaxPictureBytes) {
        if (error)
            *error = tooBig();
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = trPicture("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return pictureFromBytes(file.readAll(), out, error);
}

bool pictureFromImage(const QImage &image, Picture *out, QString *error)
{
    if (image.isNull()) {
        if (error)
            *error = trPicture("there is no picture on the clipboard");
        return false;
    }
    return store(image, {}, "png", out, error);
}

bool checkPicture(const Picture &p, QString *error)
{
    Picture decoded;
    if (!pictureFromBytes(p.data, &decoded, error))
        return false;
    if (decoded.id != p.id || decoded.mime != p.mime || decoded.width != p.width
        || decoded.height != p.height) {
        if (error)
            *error = trPicture("picture \"%1\" does not match its data").arg(p.id);
        return false;
    }
    return true;
}

QImage pictureImage(const Picture &p, int maxSide)
{
    static QMutex mutex;
    static QCache<QString, QImage> cache(64 * 1024 * 1024); // cost: bytes of pixels
    const QString key = p.id + u'@' + QString::number(maxSide);
    {
        QMutexLocker lock(&mutex);
        if (const QImage *hit = cache.object(key))
            return *hit;
    }
    QImage image = QImage::fromData(p.data);
    if (image.isNull())
        return {};
    if (std::max(image.width(), image.height()) > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QMutexLocker lock(&mutex);
    cache.insert(key, new QImage(image), qsizetype(image.sizeInBytes()));
    return image;
}

} // namespace waymark
