#pragma once

#include <QColor>
#include <QImage>
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

// The initials shown instead of a photo: "Maria Lopez" -> "ML", "Maria" ->
// "M" (the first letters of the first and the last word of the name, a role
// after a comma left out: "Anna, first-time buyer" -> "A").
QString personaInitials(const QString &name);

// A persona's photo as an avatar: its middle square, transparent outside
// the circle (so that every output, SVG too, shows it round).
QImage roundPhoto(const Picture &photo);

// Where a card of `cardRect` shows its picture: across the card under the
// title (LayoutMetrics::cardHeightFor makes a pictured card taller).
QRectF cardPictureBox(const QRectF &cardRect);

} // namespace waymark
