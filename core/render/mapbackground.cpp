// MapPainter's background: the lanes, the grid and the lines of a service
// blueprint with their names (mappainter.h).

#include "render/mappainter.h"

#include "render/labelplacer.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace waymark {

void MapPainter::paintLanes(QPainter *p, const QRectF &clip) const
{
    const MapStyle &style = m_options.style;
    const QRectF body = m_layout.body();
    p->fillRect(body.intersected(clip), style.canvas());
    const auto &rows = m_layout.rows();
    for (int i = 0; i < rows.size(); ++i) {
        const QRectF r = rows[i].body.intersected(clip);
        if (!r.isEmpty())
            p->fillRect(r, style.laneBody(rows[i].kind, i % 2));
    }
    QPen grid(style.gridLine(), 1);
    grid.setCosmetic(false);
    p->setPen(grid);
    for (const MapLayout::Column &c : m_layout.columns()) {
        if (c.header.right() >= clip.left() && c.header.right() <= clip.right())
            p->drawLine(QPointF(c.header.right(), body.top()),
                        QPointF(c.header.right(), body.bottom()));
    }
    for (const MapLayout::Row &r : rows) {
        if (r.body.bottom() >= clip.top() && r.body.bottom() <= clip.bottom())
            p->drawLine(QPointF(body.left(), r.body.bottom()),
                        QPointF(body.right(), r.body.bottom()));
    }
}

void MapPainter::paintLines(QPainter *p, const QRectF &clip, const QRectF &viewport) const
{
    const MapStyle &style = m_options.style;
    const QRectF bounds = m_layout.bounds();
    for (const MapLayout::Line &line : m_layout.lines()) {
        if (line.y < clip.top() - 20 || line.y > clip.bottom() + 20)
            continue;
        QPen pen(style.blueprintLine(), 1.6, Qt::DashLine);
        p->setPen(pen);
        p->drawLine(QPointF(std::max(bounds.left(), clip.left()), line.y),
                    QPointF(std::min(bounds.right(), clip.right()), line.y));
        // The name sits on the line at the left of the body, readable on any lane.
        const QFont font = MapStyle::font(10.5, true);
        const QFontMetricsF fm(font, p->device());
        const QString name = MapLayout::lineName(line.kind);
        // Clear of the link labels and the cards on the line (on a printed
        // page the name moves with the page's left edge).
        QRectF box(std::max(m_layout.body().left(), viewport.left()) + 8,
                   line.y - fm.height() / 2 - 1, fm.horizontalAdvance(name) + 12, fm.height() + 2);
        // Only what lies across this viewport can be in the name's way.
        const auto across = [&](const QRectF &r) {
            return r.right() >= viewport.left() && r.left() <= viewport.right();
        };
        const QRectF band(viewport.left(), line.y - 40, viewport.width(), 80);
        QList<QRectF> taken;
        for (qsizetype i : m_labelGrid.query(band)) {
            const QRectF &box = m_shownLabels[i].second.box;
            if (std::abs(box.center().y() - line.y) < 30 && across(box))
                taken.append(box);
        }
        for (qsizetype i : m_cardGrid.query(band)) {
            const MapLayout::Card &c = m_layout.cards()[i];
            if (c.rect.top() - 2 < line.y + 20 && c.rect.bottom() + 2 > line.y - 20
                && across(c.rect))
                taken.append(c.rect.adjusted(-2, -2, 2, 2));
        }
        box = slideAlongLine(box, taken, std::min(bounds.right(), viewport.right()));
        if (!box.intersects(clip))
            continue;
        p->setPen(Qt::NoPen);
        p->setBrush(style.canvas());
        p->drawRoundedRect(box, 3, 3);
        p->setPen(style.blueprintLine());
        p->setFont(font);
        p->drawText(box, Qt::AlignCenter, name);
    }
}

} // namespace waymark
