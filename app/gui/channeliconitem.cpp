#include "channeliconitem.h"

#include "layout/channelicons.h"

#include <QPainter>

namespace waymark {

ChannelIconItem::ChannelIconItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    setImplicitSize(20, 20);
}

void ChannelIconItem::setIcon(const QString &icon)
{
    if (m_icon == icon)
        return;
    m_icon = icon;
    Q_EMIT iconChanged();
    update();
}

void ChannelIconItem::setColor(const QColor &color)
{
    if (m_color == color)
        return;
    m_color = color;
    Q_EMIT colorChanged();
    update();
}

void ChannelIconItem::paint(QPainter *painter)
{
    painter->setRenderHint(QPainter::Antialiasing);
    paintChannelIcon(painter, m_icon, QRectF(0, 0, width(), height()), m_color);
}

QString ChannelIconItem::iconTitle(const QString &icon)
{
    static const QHash<QString, const char *> titles = {
            {QStringLiteral("web"), QT_TR_NOOP("Website")},
            {QStringLiteral("app"), QT_TR_NOOP("Mobile app")},
            {QStringLiteral("store"), QT_TR_NOOP("Store")},
            {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
            {QStringLiteral("chat"), QT_TR_NOOP("Chat")},
            {QStringLiteral("email"), QT_TR_NOOP("Email")},
            {QStringLiteral("social"), QT_TR_NOOP("Social media")},
            {QStringLiteral("truck"), QT_TR_NOOP("Delivery")},
            {QStringLiteral("letter"), QT_TR_NOOP("Letter")},
            {QStringLiteral("kiosk"), QT_TR_NOOP("Kiosk")},
            {QStringLiteral("person"), QT_TR_NOOP("Person")},
    };
    const char *title = titles.value(icon);
    return title ? tr(title) : icon;
}

} // namespace waymark
