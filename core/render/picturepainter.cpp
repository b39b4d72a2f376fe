#include "render/picturepainter.h"

#include "layout/mapstyle.h"
#include "model/picture.h"

#include <QPainter>
#include <QPainterPath>

namespace waymark {

namespace {

// Pixels on the longer side of the image drawn: sharp at 300 dpi on paper
// for a card's box, small enough to keep a PDF of a big map light.
constexpr int kDrawnSide = 320;

} // namespace

QRectF cardPictureBox(const QRectF &cardRect)
{
    return QRectF(cardRect.right() - 8 - 66, cardRect.top() + 8, 66, cardRect.height() - 34);
}

void paintCardPicture(QPainter *p, const Picture &picture, const QRectF &box, const QColor &frame)
{
    const QImage image = pictureImage(picture, kDrawnSide);
    if (image.isNull() || box.isEmpty())
        return;
    QSizeF size = QSizeF(image.size()).scaled(box.size(), Qt::KeepAspectRatio);
    const QRectF target(box.center().x() - size.width() / 2, box.center().y() - size.height() / 2,
                        size.width(), size.height());
    p->save();
    p->setRenderHint(QPainter::SmoothPixmapTransform);
    p->drawImage(target, image);
    p->setPen(QPen(frame, 0.8));
    p->setBrush(Qt::NoBrush);
    p->drawRect(target);
    p->restore();
}

QString personaInitials(const QString &name)
{
    QString out;
    for (const QString &word : name.simplified().split(u' ', Qt::SkipEmptyParts)) {
        if (out.size() == 2)
            break;
        out += word.at(0).toUpper();
    }
    return out;
}

void paintAvatar(QPainter *p, const Picture *photo, const QString &name, const QRectF &box,
                 const QColor &fill, const QColor &text)
{
    const double side = std::min(box.width(), box.height());
    const QRectF circle(box.left(), box.top() + (box.height() - side) / 2, side, side);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::SmoothPixmapTransform);
    const QImage image = photo ? pictureImage(*photo, kDrawnSide) : QImage();
    if (!image.isNull()) {
        // The middle of the photo fills the circle.
        QPainterPath clip;
        clip.addEllipse(circle);
        p->setClipPath(clip, Qt::IntersectClip);
        const QSizeF size
                = QSizeF(image.size()).scaled(circle.size(), Qt::KeepAspectRatioByExpanding);
        p->drawImage(QRectF(circle.center().x() - size.width() / 2,
                            circle.center().y() - size.height() / 2, size.width(), size.height()),
                     image);
    } else {
        p->setPen(Qt::NoPen);
        p->setBrush(fill);
        p->drawEllipse(circle);
        p->setPen(text);
        p->setFont(MapStyle::font(side * 0.36, true));
        p->drawText(circle, Qt::AlignCenter, personaInitials(name));
    }
    p->restore();
}

} // namespace waymark
