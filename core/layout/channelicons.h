#pragma once

#include <QString>
#include <QStringList>

class QPainter;
class QRectF;
class QColor;

namespace waymark {

struct Channel;

// Small vector glyphs for channels (web, app, store, phone, chat, email,
// social, truck, letter, kiosk, person), drawn with QPainter so they stay
// sharp on screen, in PDF and in SVG.
void paintChannelIcon(QPainter *painter, const QString &icon, const QRectF &box,
                      const QColor &color);
// The icon a channel shows: its own, else one for its kind.
QString channelIconName(const Channel &channel);
QStringList channelIconNames();

} // namespace waymark
