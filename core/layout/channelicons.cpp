#include "channelicons.h"

#include "model/workspace.h"

#include <QPainter>
#include <QPainterPath>

namespace waymark {

QStringList channelIconNames()
{
    return {QStringLiteral("web"),    QStringLiteral("app"),   QStringLiteral("store"),
            QStringLiteral("phone"),  QStringLiteral("chat"),  QStringLiteral("email"),
            QStringLiteral("social"), QStringLiteral("truck"), QStringLiteral("letter"),
            QStringLiteral("kiosk"),  QStringLiteral("person")};
}

QString channelIconName(const Channel &channel)
{
    if (channelIconNames().contains(channel.icon))
        return channel.icon;
    switch (channel.kind) {
    case ChannelKind::Digital:
        return QStringLiteral("web");
    case ChannelKind::Physical:
        return QStringLiteral("store");
    case ChannelKind::Human:
        return QStringLiteral("person");
    case ChannelKind::Partner:
        return QStringLiteral("truck");
    case ChannelKind::Print:
        return QStringLiteral("letter");
    }
    return QStringLiteral("web");
}

void paintChannelIcon(QPainter *p, const QString &icon, const QRectF &box, const QColor &color)
{
    p->save();
    // Draw in a 16 x 16 grid scaled into the box.
    p->translate(box.topLeft());
    p->scale(box.width() / 16.0, box.height() / 16.0);
    QPen pen(color, 1.4);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);

    if (icon == u"web") {
        p->drawEllipse(QRectF(2, 2, 12, 12));
        p->drawEllipse(QRectF(5.5, 2, 5, 12));
        p->drawLine(QPointF(2, 8), QPointF(14, 8));
    } else if (icon == u"app") {
        p->drawRoundedRect(QRectF(4.5, 1.5, 7, 13), 1.5, 1.5);
        p->drawLine(QPointF(7, 12.5), QPointF(9, 12.5));
    } else if (icon == u"store") {
        p->drawLine(QPointF(2, 6), QPointF(14, 6));
        p->drawLine(QPointF(3, 2.5), QPointF(13, 2.5));
        p->drawLine(QPointF(3, 2.5), QPointF(2, 6));
        p->drawLine(QPointF(13, 2.5), QPointF(14, 6));
        p->drawRect(QRectF(3, 6, 10, 8));
        p->drawRect(QRectF(6.5, 9, 3, 5));
    } else if (icon == u"phone") {
        QPainterPath path;
        path.moveTo(4, 2);
        path.lineTo(6.5, 2);
        path.lineTo(7.5, 5.5);
        path.lineTo(6, 7);
        path.cubicTo(7, 9, 8, 10, 9.5, 10.5);
        path.lineTo(11, 9);
        path.lineTo(14, 10);
        path.lineTo(14, 12.5);
        path.cubicTo(14, 13.5, 13, 14, 12, 14);
        path.cubicTo(6, 13, 3, 9, 2.5, 4);
        path.cubicTo(2.5, 3, 3, 2, 4, 2);
        p->drawPath(path);
    } else if (icon == u"chat") {
        QPainterPath path;
        path.addRoundedRect(QRectF(1.5, 2, 13, 9), 2.5, 2.5);
        p->drawPath(path);
        p->drawLine(QPointF(5, 11), QPointF(4, 14.5));
        p->drawLine(QPointF(4, 14.5), QPointF(8, 11));
    } else if (icon == u"email" || icon == u"letter") {
        p->drawRect(QRectF(1.5, 3.5, 13, 9));
        if (icon == u"email") {
            p->drawLine(QPointF(1.5, 3.5), QPointF(8, 9));
            p->drawLine(QPointF(8, 9), QPointF(14.5, 3.5));
        } else {
            p->drawLine(QPointF(4, 7), QPointF(12, 7));
            p->drawLine(QPointF(4, 9.5), QPointF(10, 9.5));
        }
    } else if (icon == u"social") {
        p->setBrush(color);
        p->drawEllipse(QPointF(4, 8), 1.8, 1.8);
        p->drawEllipse(QPointF(12, 3.5), 1.8, 1.8);
        p->drawEllipse(QPointF(12, 12.5), 1.8, 1.8);
        p->drawLine(QPointF(4, 8), QPointF(12, 3.5));
        p->drawLine(QPointF(4, 8), QPointF(12, 12.5));
    } else if (icon == u"truck") {
        p->drawRect(QRectF(1.5, 4, 8.5, 7));
        p->drawLine(QPointF(10, 6.5), QPointF(12.5, 6.5));
        p->drawLine(QPointF(12.5, 6.5), QPointF(14.5, 9));
        p->drawLine(QPointF(14.5, 9), QPointF(14.5, 11));
        p->drawLine(QPointF(10, 11), QPointF(14.5, 11));
        p->drawEllipse(QPointF(4.5, 12), 1.5, 1.5);
        p->drawEllipse(QPointF(12, 12), 1.5, 1.5);
    } else if (icon == u"kiosk") {
        p->drawRect(QRectF(4, 1.5, 8, 8));
        p->drawLine(QPointF(8, 9.5), QPointF(8, 14.5));
        p->drawLine(QPointF(5, 14.5), QPointF(11, 14.5));
    } else { // person
        p->drawEllipse(QPointF(8, 5), 2.8, 2.8);
        QPainterPath body;
        body.moveTo(2.5, 14.5);
        body.cubicTo(2.5, 10, 13.5, 10, 13.5, 14.5);
        p->drawPath(body);
    }
    p->restore();
}

} // namespace waymark
