#include "mapcanvas.h"

#include "render/mappainter.h"

#include <algorithm>
#include <cmath>

// The view of MapCanvas: zoom, pan, fit, presentation framing, and what is
// where (hit tests and geometry for QML, in the item's coordinates).

namespace waymark {

namespace {

constexpr qreal kMargin = 240; // map units the view may scroll past the map's edges

} // namespace

// ---- view

void MapCanvas::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    clampOffset();
    scheduleSettle();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::setOffsetX(qreal x)
{
    if (qFuzzyCompare(x + 1, m_offset.x() + 1))
        return;
    m_offset.setX(x);
    clampOffset();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::setOffsetY(qreal y)
{
    if (qFuzzyCompare(y + 1, m_offset.y() + 1))
        return;
    m_offset.setY(y);
    clampOffset();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::clampOffset()
{
    const QRectF b = m_layout.bounds();
    const qreal viewW = width() / m_zoom, viewH = height() / m_zoom;
    const qreal maxX = std::max(0.0, b.right() + kMargin - viewW);
    const qreal maxY = std::max(0.0, b.bottom() + kMargin - viewH);
    m_offset.setX(std::clamp(m_offset.x(), -m_slackX, maxX + m_slackX));
    m_offset.setY(std::clamp(m_offset.y(), 0.0, maxY));
}

void MapCanvas::scheduleSettle()
{
    m_settle.start();
}

void MapCanvas::zoomAt(qreal factor, qreal x, qreal y)
{
    const QPointF anchor = viewToMap(x, y);
    const qreal zoom = std::clamp(m_zoom * factor, kMinZoom, kMaxZoom);
    m_offset = anchor - QPointF(x, y) / zoom;
    m_zoom = zoom;
    clampOffset();
    scheduleSettle();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::zoomTo(qreal zoom)
{
    zoomAt(zoom / m_zoom, width() / 2, height() / 2);
}

QVariantList MapCanvas::fitAvoid() const
{
    QVariantList out;
    for (const QRectF &r : m_fitAvoid)
        out.append(r);
    return out;
}

void MapCanvas::setFitAvoid(const QVariantList &rects)
{
    QList<QRectF> next;
    for (const QVariant &r : rects) {
        if (!r.toRectF().isEmpty())
            next.append(r.toRectF());
    }
    if (next == m_fitAvoid)
        return;
    m_fitAvoid = next;
    Q_EMIT viewChanged();
}

void MapCanvas::fitToView()
{
    const QRectF b = m_layout.bounds();
    if (b.isEmpty() || width() <= 0 || height() <= 0)
        return;
    // The map is drawn from the view's top-left corner: it keeps clear of an
    // overlay by ending above it or left of it, whichever leaves it larger.
    // No way round: a card under the minimap cannot be clicked.
    qreal zoom = std::min(width() / b.right(), height() / b.bottom());
    for (const QRectF &r : std::as_const(m_fitAvoid))
        zoom = std::min(zoom, std::max(r.top() / b.bottom(), r.left() / b.right()));
    m_zoom = std::clamp(zoom * 0.98, kMinZoom, kMaxZoom);
    m_slackX = 0;
    m_offset = QPointF(0, 0);
    clampOffset();
    scheduleSettle();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::panBy(qreal dx, qreal dy)
{
    m_offset -= QPointF(dx, dy) / m_zoom;
    clampOffset();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::centerOn(qreal mapX, qreal mapY)
{
    m_offset = QPointF(mapX, mapY) - QPointF(width(), height()) / (2 * m_zoom);
    clampOffset();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::ensureVisible(const QString &stepId)
{
    const MapLayout::Card *c = m_layout.card(stepId);
    if (!c)
        return;
    const QRectF view = visibleMapRect();
    const LayoutMetrics &m = m_layout.metrics();
    // The part of the view not covered by the pinned headers.
    const QRectF open = view.adjusted(m.laneHeaderWidth, m.stageHeaderHeight, 0, 0);
    QPointF shift;
    const QRectF r = c->rect.adjusted(-20, -20, 20, 20);
    if (r.left() < open.left())
        shift.setX(r.left() - open.left());
    else if (r.right() > open.right())
        shift.setX(r.right() - open.right());
    if (r.top() < open.top())
        shift.setY(r.top() - open.top());
    else if (r.bottom() > open.bottom())
        shift.setY(r.bottom() - open.bottom());
    if (shift.isNull())
        return;
    m_offset += shift;
    clampOffset();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::revealHeader(const QString &kind, const QString &id)
{
    const LayoutMetrics &m = m_layout.metrics();
    const QRectF open = visibleMapRect().adjusted(m.laneHeaderWidth, m.stageHeaderHeight, 0, 0);
    QPointF shift;
    if (kind == u"stage") {
        for (const MapLayout::Column &c : m_layout.columns()) {
            if (c.stageId != id)
                continue;
            if (c.header.right() > open.right())
                shift.setX(c.header.right() + 20 - open.right());
            if (c.header.left() - shift.x() < open.left())
                shift.setX(c.header.left() - open.left());
        }
    } else {
        for (const MapLayout::Row &r : m_layout.rows()) {
            if (r.laneId != id)
                continue;
            if (r.header.bottom() > open.bottom())
                shift.setY(r.header.bottom() + 20 - open.bottom());
            if (r.header.top() - shift.y() < open.top())
                shift.setY(r.header.top() - open.top());
        }
    }
    if (shift.isNull())
        return;
    m_offset += shift;
    clampOffset();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::focusStage(int index)
{
    if (index < 0 || index >= m_layout.columns().size() || width() <= 0 || height() <= 0)
        return;
    const QRectF column = m_layout.columns()[index].header;
    const LayoutMetrics &m = m_layout.metrics();
    const qreal margin = 24;
    const qreal needW = m.laneHeaderWidth + column.width() + 2 * margin;
    // The whole height of the stage on the wall: every lane, as large as the
    // screen's height allows, unless the column is wider than the screen.
    const qreal fitHeight = height() / m_layout.bounds().bottom();
    m_zoom = std::clamp(std::min(width() / needW, fitHeight), kMinZoom, kMaxZoom);
    // The column in the middle of the part of the view right of the pinned
    // lane headers, the first and last stages too: the view may go past the
    // map's ends (m_slackX) rather than leave the stage at one side.
    const qreal open = width() / m_zoom - m.laneHeaderWidth;
    m_slackX = open;
    m_offset = QPointF(column.left() - m.laneHeaderWidth - (open - column.width()) / 2, 0);
    clampOffset();
    scheduleSettle();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::restoreView(qreal zoom, qreal offsetX, qreal offsetY)
{
    m_slackX = 0;
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    m_offset = QPointF(offsetX, offsetY);
    clampOffset();
    scheduleSettle();
    Q_EMIT viewChanged();
    polish();
    update();
}

QString MapCanvas::stageId(int index) const
{
    return index >= 0 && index < m_layout.columns().size() ? m_layout.columns()[index].stageId
                                                           : QString();
}

QStringList MapCanvas::stepsInStage(int index) const
{
    QStringList out;
    for (const MapLayout::Card &c : m_layout.cards()) {
        if (c.stage == index)
            out.append(c.stepId);
    }
    return out;
}

QRectF MapCanvas::visibleMapRect() const
{
    return QRectF(m_offset, QSizeF(width(), height()) / m_zoom);
}

QPointF MapCanvas::mapToView(qreal mapX, qreal mapY) const
{
    return (QPointF(mapX, mapY) - m_offset) * m_zoom;
}

QPointF MapCanvas::viewToMap(qreal x, qreal y) const
{
    return QPointF(x, y) / m_zoom + m_offset;
}

// ---- hit tests

QString MapCanvas::cardAt(qreal x, qreal y) const
{
    if (x < headerWidth() || y < headerHeight())
        return {};
    return m_layout.cardAt(viewToMap(x, y));
}

QString MapCanvas::linkAt(qreal x, qreal y) const
{
    if (x < headerWidth() || y < headerHeight())
        return {};
    return m_layout.routeAt(viewToMap(x, y), 6 / m_zoom);
}

QVariantMap MapCanvas::labelTipAt(qreal x, qreal y) const
{
    if (!painter() || x < headerWidth() || y < headerHeight())
        return {};
    const QPointF at = viewToMap(x, y);
    const QHash<QString, PlacedLabel> &labels = painter()->labels();
    QString link = m_layout.routeAt(at, 6 / m_zoom);
    if (link.isEmpty()) {
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            if (it->hidden && it->box.contains(at)) {
                link = it.key();
                break;
            }
        }
    }
    const auto it = labels.constFind(link);
    if (link.isEmpty() || it == labels.cend() || it->fullText.isEmpty()
        || (!it->hidden && it->text == it->fullText))
        return {};
    return {{QStringLiteral("link"), link},
            {QStringLiteral("text"), it->fullText},
            {QStringLiteral("x"), x},
            {QStringLiteral("y"), y}};
}

QVariantMap MapCanvas::cellAt(qreal x, qreal y) const
{
    if (x < headerWidth() || y < headerHeight())
        return {};
    const MapLayout::CellHit hit = m_layout.cellAt(viewToMap(x, y));
    if (!hit.valid())
        return {};
    return {{QStringLiteral("stage"), hit.stageId},
            {QStringLiteral("lane"), hit.laneId},
            {QStringLiteral("index"), hit.index}};
}

QVariantMap MapCanvas::headerAt(qreal x, qreal y) const
{
    const QPointF map = viewToMap(x, y);
    // The lane headers go along when the view is scrolled past the map's left end.
    const qreal left = std::max(0.0, -m_offset.x() * m_zoom);
    if (y < headerHeight() && x >= left + headerWidth()) {
        for (int i = 0; i < m_layout.columns().size(); ++i) {
            const QRectF h = m_layout.columns()[i].header;
            if (map.x() >= h.left() && map.x() < h.right())
                return {{QStringLiteral("kind"), QStringLiteral("stage")},
                        {QStringLiteral("id"), m_layout.columns()[i].stageId},
                        {QStringLiteral("index"), i}};
        }
    }
    if (x >= left && x < left + headerWidth() && y >= headerHeight()) {
        for (int i = 0; i < m_layout.rows().size(); ++i) {
            const QRectF r = m_layout.rows()[i].body;
            if (map.y() >= r.top() && map.y() < r.bottom())
                return {{QStringLiteral("kind"), QStringLiteral("lane")},
                        {QStringLiteral("id"), m_layout.rows()[i].laneId},
                        {QStringLiteral("index"), i}};
        }
    }
    return {};
}

QRectF MapCanvas::cardRect(const QString &stepId) const
{
    const MapLayout::Card *c = m_layout.card(stepId);
    if (!c)
        return {};
    return QRectF(mapToView(c->rect.left(), c->rect.top()), c->rect.size() * m_zoom);
}

QRectF MapCanvas::cellRectAt(qreal x, qreal y) const
{
    const MapLayout::CellHit hit = m_layout.cellAt(viewToMap(x, y));
    if (!hit.valid())
        return {};
    int column = -1, row = -1;
    for (int i = 0; i < m_layout.columns().size(); ++i)
        column = m_layout.columns()[i].stageId == hit.stageId ? i : column;
    for (int i = 0; i < m_layout.rows().size(); ++i)
        row = m_layout.rows()[i].laneId == hit.laneId ? i : row;
    const QRectF r = m_layout.cellRect(column, row);
    return QRectF(mapToView(r.left(), r.top()), r.size() * m_zoom);
}

QRectF MapCanvas::titleRect(const QString &stepId) const
{
    const QRectF r = cardRect(stepId);
    if (r.isNull())
        return r;
    return QRectF(r.left() + 10 * m_zoom, r.top() + 5 * m_zoom, r.width() - 18 * m_zoom,
                  r.height() - 28 * m_zoom);
}

QStringList MapCanvas::cardsIn(const QRectF &viewRect) const
{
    const QPointF a = viewToMap(viewRect.left(), viewRect.top());
    const QPointF b = viewToMap(viewRect.right(), viewRect.bottom());
    return m_layout.cardsIn(QRectF(a, b));
}

QStringList MapCanvas::allSteps() const
{
    QStringList out;
    for (const MapLayout::Card &c : m_layout.cards())
        out.append(c.stepId);
    return out;
}

QString MapCanvas::neighbour(const QString &stepId, const QString &direction) const
{
    const MapLayout::Card *from = m_layout.card(stepId);
    if (!from)
        return m_layout.cards().isEmpty() ? QString() : m_layout.cards().first().stepId;
    const QPointF c = from->rect.center();
    QString best;
    qreal bestScore = 1e18;
    for (const MapLayout::Card &card : m_layout.cards()) {
        if (card.stepId == stepId)
            continue;
        const QPointF d = card.rect.center() - c;
        qreal along = 0, across = 0;
        if (direction == u"right") {
            along = d.x(), across = d.y();
        } else if (direction == u"left") {
            along = -d.x(), across = d.y();
        } else if (direction == u"down") {
            along = d.y(), across = d.x();
        } else {
            along = -d.y(), across = d.x();
        }
        if (along < 1)
            continue;
        const qreal score = along + 2.5 * std::abs(across);
        if (score < bestScore) {
            bestScore = score;
            best = card.stepId;
        }
    }
    return best;
}

} // namespace waymark
