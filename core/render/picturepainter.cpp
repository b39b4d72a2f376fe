#include "render/picturepainter.h"

#include "layout/mapstyle.h"
#include "model/picture.h"

#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

#include <algorithm>

namespace waymark {

namespace {

// Pixels on the longer side of the image drawn: sharp at about 280 dpi on
// paper for a card's picture, small enough to keep a PDF of a big map light.
constexpr int kCardPictureSide = 480;
constexpr int kAvatarSide = 320;

} // namespace

QRectF cardPictureBox(const QRectF &cardRect)
{
    // Across the card under the title (three lines), above the footer: the
    // height a picture adds to a card (LayoutMetrics::pictureHeight) less
    // the margins, 164 x 96 on a standard card.
    return QRectF(cardRect.left() + 12, cardRect.top() + 60, cardRect.width() - 20,
                  std::max(0.0, cardRect.height() - 88));
}

void paintCardPicture(QPainter *p, const Picture &picture, const QRectF &box, const QColor &frame)
{
    const QImage image = pictureImage(picture, kCardPictureSide);
    if (image.isNull() || box.isEmpty())
        return;
    // Letterboxed: the whole image, centred, its aspect kept, on a faint
    // ground that shows the box.
    QSizeF size = QSizeF(image.size()).scaled(box.size(), Qt::KeepAspectRatio);
    const QRectF target(box.center().x() - size.width() / 2, box.center().y() - size.height() / 2,
                        size.width(), size.height());
    QColor ground = frame;
    ground.setAlphaF(0.12f);
    p->save();
    p->setRenderHint(QPainter::SmoothPixmapTransform);
    p->fillRect(box, ground);
    p->drawImage(target, image);
    p->setPen(QPen(frame, 0.8));
    p->setBrush(Qt::NoBrush);
    p->drawRect(box);
    p->restore();
}

QString personaInitials(const QString &name)
{
    // The first letter (or digit) of the first word and of the last: "Maria
    // Lopez" -> "ML", "Maria de la Cruz" -> "MC", "Мария" -> "М", "王小明" ->
    // "王". Quotes and brackets around a word are skipped. A role after the
    // name is not part of it: "Anna, first-time buyer" -> "A".
    QString person = name.simplified();
    static const QRegularExpression role(QStringLiteral("[,，、(（]| [-–—] "));
    if (const qsizetype cut = person.indexOf(role); cut > 0)
        person.truncate(cut);
    QList<char32_t> initials;
    for (const QString &word : person.split(u' ', Qt::SkipEmptyParts)) {
        for (char32_t c : word.toUcs4()) {
            if (QChar::isLetterOrNumber(c)) {
                if (initials.size() == 2)
                    initials.removeLast();
                initials.append(c);
                break;
            }
        }
    }
    QString out;
    for (char32_t c : initials)
        out += QString::fromUcs4(&c, 1);
    return out.toUpper();
}

QImage roundPhoto(const Picture &photo)
{
    // The middle square of the photo, cut round in its pixels: a clip path
    // would do on the canvas and in the PDF, but the SVG export drops clip
    // paths and showed the whole rectangle.
    const QImage image = pictureImage(photo, kAvatarSide);
    if (image.isNull())
        return {};
    const int side = std::min(image.width(), image.height());
    QImage round(side, side, QImage::Format_ARGB32_Premultiplied);
    round.fill(Qt::transparent);
    QPainter q(&round);
    q.setRenderHint(QPainter::Antialiasing); // a smooth edge, which a clip would not give
    QBrush brush(image);
    brush.setTransform(
            QTransform::fromTranslate((side - image.width()) / 2.0, (side - image.height()) / 2.0));
    q.setPen(Qt::NoPen);
    q.setBrush(brush);
    q.drawEllipse(QRectF(0, 0, side, side));
    q.end();
    return round;
}

void paintAvatar(QPainter *p, const Picture *photo, const QString &name, const QRectF &box,
                 const QColor &fill, const QColor &text)
{
    const double side = std::min(box.width(), box.height());
    const QRectF circle(box.left(), box.top() + (box.height() - side) / 2, side, side);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::SmoothPixmapTransform);
    const QImage image = photo ? roundPhoto(*photo) : QImage();
    if (!image.isNull()) {
        p->drawImage(circle, image);
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
