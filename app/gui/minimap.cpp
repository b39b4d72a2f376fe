#include "minimap.h"

#include "mapcanvas.h"

#include <QPainter>
#include <QThread>

#include <memory>

namespace waymark {

Minimap::Minimap(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(300);
    connect(&m_refresh, &QTimer::timeout, this, &Minimap::refresh);
}

Minimap::~Minimap()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void Minimap::refresh()
{
    if (!m_canvas)
        return;
    // The first picture at once (a screenshot may follow the first frame),
    // unless the map is so big that it would hold the first frame back.
    if (m_image.isNull() && m_canvas->cardCount() <= MapCanvas::kSketchAbove) {
        m_image = m_canvas->overview((size() * 2).toSize());
        update();
        return;
    }
    if (m_worker) {
        m_again = true;
        return;
    }
    auto result = std::make_shared<QImage>();
    m_worker = QThread::create(
            [job = m_canvas->overviewJob((size() * 2).toSize()), result] { *result = job(); });
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_image = *result;
        update();
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
    m_worker->start(QThread::LowPriority);
}

void Minimap::setCanvas(MapCanvas *canvas)
{
    if (m_canvas == canvas)
        return;
    if (m_canvas)
        disconnect(m_canvas, nullptr, this, nullptr);
    m_canvas = canvas;
    if (m_canvas) {
        connect(m_canvas, &MapCanvas::contentChanged, this, [this] {
            // The first picture at once; later ones once edits pause.
            m_refresh.setInterval(m_image.isNull() ? 0 : 300);
            m_refresh.start();
        });
        connect(m_canvas, &MapCanvas::viewChanged, this, [this] { update(); });
    }
    m_refresh.start();
    Q_EMIT canvasChanged();
}

QRectF Minimap::imageRect() const
{
    if (m_image.isNull())
        return {};
    const QSizeF s = QSizeF(m_image.size()).scaled(size(), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - s.width()) / 2, (height() - s.height()) / 2), s);
}

void Minimap::paint(QPainter *painter)
{
    if (!m_canvas || m_image.isNull())
        return;
    const QRectF target = imageRect();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(target, m_image);
    const QRectF bounds = m_canvas->mapBounds();
    if (bounds.isEmpty())
        return;
    const qreal scale = target.width() / bounds.width();
    const QPointF topLeft = m_canvas->viewToMap(0, 0);
    const QPointF bottomRight = m_canvas->viewToMap(m_canvas->width(), m_canvas->height());
    QRectF view(target.topLeft() + topLeft * scale, target.topLeft() + bottomRight * scale);
    view = view.intersected(target.adjusted(-1, -1, 1, 1));
    painter->setPen(QPen(QColor(0x0e, 0x7a, 0xfe), 2));
    painter->setBrush(QColor(0x0e, 0x7a, 0xfe, 40));
    painter->drawRect(view);
}

QPointF Minimap::toMap(qreal x, qreal y) const
{
    const QRectF target = imageRect();
    if (!m_canvas || target.isEmpty())
        return {};
    const qreal scale = m_canvas->mapBounds().width() / target.width();
    return (QPointF(x, y) - target.topLeft()) * scale;
}

} // namespace waymark
