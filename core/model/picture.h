#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace waymark {

// An image kept in the file: a persona's photo or a card's picture (a
// screenshot of the checkout, a photo of the shop). Its bytes are kept once,
// as given (PNG or JPEG), whatever uses it; its id is made from its content,
// so the same image added twice is one row.
struct Picture
{
    QString id;   // "pic-" and the SHA-1 of the bytes
    QString mime; // "image/png" or "image/jpeg"
    int width = 0;
    int height = 0;
    QByteArray data;
    bool operator==(const Picture &) const = default;
};

// Limits on what may be added: bigger files are refused, bigger images are
// scaled down to kMaxPictureSide pixels on their longer side when added.
constexpr qint64 kMaxPictureBytes = 20 * 1024 * 1024;
constexpr int kMaxPictureSide = 2048;

// The id of a picture with these bytes.
QString pictureId(const QByteArray &data);

// Checks `bytes` (a PNG, JPEG, GIF, BMP or WebP file) and makes a picture of
// them: PNG and JPEG are kept as given, other formats and images over
// kMaxPictureSide are stored as PNG (JPEG for photos without transparency).
// Refuses, with a one-line reason, what is not an image, is cut short or is
// too big.
bool pictureFromBytes(const QByteArray &bytes, Picture *out, QString *error);
bool pictureFromFile(const QString &path, Picture *out, QString *error);
// A picture of an image in memory (a paste from the clipboard).
bool pictureFromImage(const QImage &image, Picture *out, QString *error);

// Checks a picture read from somewhere else (a JSON file): its bytes decode
// to an image of the size and type it says.
bool checkPicture(const Picture &picture, QString *error);

// The picture decoded, scaled down to fit `maxSide` pixels (aspect kept);
// cached, since pictures never change under their id. Null when it does not
// decode.
QImage pictureImage(const Picture &picture, int maxSide);

} // namespace waymark
