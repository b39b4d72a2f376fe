#pragma once

#include <QColor>
#include <QQuickPaintedItem>
#include <QString>

namespace waymark {

// One channel glyph (core's paintChannelIcon) in QML: the icon picker of the
// channels dialog shows the icons, not their ids.
class ChannelIconItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(ChannelIcon)
    Q_PROPERTY(QString icon READ icon WRITE setIcon NOTIFY iconChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(QString title READ title NOTIFY iconChanged)

public:
    explicit ChannelIconItem(QQuickItem *parent = nullptr);

    QString icon() const { return m_icon; }
    void setIcon(const QString &icon);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    void paint(QPainter *painter) override;

    // The icon's name for people ("web" -> "Website"), translated.
    QString title() const { return iconTitle(m_icon); }
    static QString iconTitle(const QString &icon);

Q_SIGNALS:
    void iconChanged();
    void colorChanged();

private:
    QString m_icon;
    QColor m_color = Qt::black;
};

} // namespace waymark
