// MapPainter's sketch: the map at a size where no text can be read (the
// minimap of a big map). Lanes, plain links and coloured boxes for the cards
// and the headers; no text, no labels, no rounded corners.

#include "render/mappainter.h"

#include "model/journey.h"

#include <QPainter>
#include <QPainterPath>

namespace waymark {

void MapPainter::paintSketch(QPainter *p, const QRectF &clip) const
{
    const MapStyle &style = m_options.style;
    p->save();
    paintLanes(p, clip);
    const QList<MapLayout::Column> &columns = m_layout.columns();
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].header.intersects(clip))
            p->fillRect(columns[i].header, style.stageHeader(i));
    }
    for (const MapLayout::Row &r : m_layout.rows()) {
        if (r.header.intersects(clip))
            p->fillRect(r.header, style.laneHeader(r.kind));
    }
    // Links: one path per kind, drawn at once.
    QHash<int, QPainterPath> links;
    const QList<MapLayout::Route> &routes = m_layout.routes();
    for (qsizetype i : m_routeGrid.query(clip)) {
        const MapLayout::Route &r = routes[i];
        if (r.points.size() < 2)
            continue;
        QPainterPath &path = links[int(r.kind)];
        path.moveTo(r.points.first());
        for (qsizetype k = 1; k < r.points.size(); ++k)
            path.lineTo(r.points[k]);
    }
    p->setBrush(Qt::NoBrush);
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        p->setPen(QPen(style.linkColor(LinkKind(it.key())), 1.5));
        p->drawPath(it.value());
    }
    p->setPen(Qt::NoPen);
    for (qsizetype i : m_cardGrid.query(clip)) {
        const MapLayout::Card &c = m_layout.cards()[i];
        const Step *s = m_steps.value(c.stepId);
        if (!s || !c.rect.intersects(clip))
            continue;
        p->fillRect(c.rect, s->color.isEmpty() ? style.cardAccent(s->kind) : QColor(s->color));
    }
    p->restore();
}

} // namespace waymark
