#pragma once

#include <QImage>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QTimer>

class QThread;

namespace waymark {

class MapCanvas;

// A small picture of the whole map with the visible part framed; QML turns
// clicks on it into canvas.centerOn().
class Minimap : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(waymark::MapCanvas *canvas READ canvas WRITE setCanvas NOTIFY canvasChanged)

public:
    explicit Minimap(QQuickItem *parent = nullptr);
    ~Minimap() override;

    MapCanvas *canvas() const { return m_canvas; }
    void setCanvas(MapCanvas *canvas);
    void paint(QPainter *painter) override;

    // The map point under a point of this item.
    Q_INVOKABLE QPointF toMap(qreal x, qreal y) const;

Q_SIGNALS:
    void canvasChanged();

private:
    QRectF imageRect() const;
    void refresh();

    QPointer<MapCanvas> m_canvas;
    QImage m_image;
    QTimer m_refresh; // the overview is redrawn at most a few times a second
    // Later pictures are drawn on a worker: a big map takes 0.1 s or more.
    QThread *m_worker = nullptr;
    bool m_again = false; // the map changed while the worker drew
};

} // namespace waymark
