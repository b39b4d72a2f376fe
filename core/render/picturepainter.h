#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace waymark {

struct Picture;

// Pictures on the map, the same on the canvas and in every export: a card's
// picture fitted into `box` with its aspect kept and a thin frame; a persona's
// photo filling a circle (an avatar). The image is decoded once and cached
// (model/picture.h), at a size that stays sharp in print.
void paintCardPicture(QPainter *painter, const Picture &picture, const QRectF &box,
                      const QColor &frame);
void paintAvatar(QPainter *painter, const Picture *photo, const QString &name, const QRectF &box,
                 const QColor &fill, const QColor &text);

// The initials shown instead of a photo: "Maria Lopez" -> "ML".
QString personaInitials(const QString &name);

// Where a card of `cardRect` shows its picture.
QRectF cardPictureBox(const QRectF &cardRect);

} // namespace waymark
