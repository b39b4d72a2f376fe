#include "linkrouter.h"

#include "maplayout.h"
#include "routeseparation.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace waymark {

namespace {

constexpr double kEpsilon = 0.5;
constexpr double kPortSpread = 24; // how far ports may spread along a card edge
// Ports sit off the middle of a card's edge, one place per direction: a link
// leaving and one arriving on the same edge never share a line, whatever
// their neighbours are nudged to.
constexpr double kPortOut = 8;
constexpr double kPortIn = -8;
constexpr double kPortBackOut = 20;
constexpr double kPortBackIn = -20;

quint64 bucketKey(int bx, int by)
{
    return (quint64(quint32(bx)) << 32) | quint32(by);
}

bool same(double a, double b)
{
    return std::abs(a - b) < kEpsilon;
}

} // namespace

QPolygonF simplifyPolyline(const QPolygonF &points)
{
    QPolygonF out;
    for (const QPointF &p : points) {
        if (!out.isEmpty() && same(out.last().x(), p.x()) && same(out.last().y(), p.y()))
            continue;
        // Drop the middle of three points on one vertical or horizontal line.
        if (out.size() >= 2) {
            const QPointF a = out[out.size() - 2], b = out.last();
            if ((same(a.x(), b.x()) && same(b.x(), p.x()))
                || (same(a.y(), b.y()) && same(b.y(), p.y())))
                out.removeLast();
        }
        out.append(p);
    }
    return out;
}

LinkRouter::LinkRouter(const MapLayout &layout)
{
    const LayoutMetrics &m = layout.metrics();
    const double pad = m.cellPadding;
    const auto &columns = layout.columns();
    for (int i = 0; i < columns.size(); ++i) {
        const QRectF c = columns[i].header;
        m_vertical.append(i == 0 ? Corridor{c.left() + pad / 2, pad} : Corridor{c.left(), 2 * pad});
        for (int k = 1; k < columns[i].subColumns; ++k)
            m_vertical.append(
                    {c.left() + pad + k * (m.cardWidth + m.cardGap) - m.cardGap / 2, m.cardGap});
        if (i + 1 == columns.size())
            m_vertical.append({c.right() - pad / 2, pad});
    }
    const auto &rows = layout.rows();
    for (int i = 0; i < rows.size(); ++i) {
        const QRectF r = rows[i].body;
        m_horizontal.append(i == 0 ? Corridor{r.top() + pad / 2, pad} : Corridor{r.top(), 2 * pad});
        // Between sub-rows, which are as tall as the lane's tallest card in them.
        for (int k = 1; k < rows[i].subRowTops.size(); ++k)
            m_horizontal.append({rows[i].subRowTops[k] - m.cardGap / 2, m.cardGap});
        if (i + 1 == rows.size())
            m_horizontal.append({r.bottom() - pad / 2, pad});
    }
    for (const MapLayout::Card &card : layout.cards()) {
        const int index = int(m_cards.size());
        m_cards.append(card.rect);
        const QRectF r = card.rect;
        for (int bx = int(std::floor(r.left() / m_bucket));
             bx <= int(std::floor(r.right() / m_bucket)); ++bx) {
            for (int by = int(std::floor(r.top() / m_bucket));
                 by <= int(std::floor(r.bottom() / m_bucket)); ++by)
                m_buckets[bucketKey(bx, by)].append(index);
        }
    }
}

const LinkRouter::Corridor *LinkRouter::after(const QList<Corridor> &list, double edge) const
{
    const auto it = std::lower_bound(list.begin(), list.end(), edge,
                                     [](const Corridor &c, double e) { return c.pos < e; });
    return it == list.end() ? nullptr : &*it;
}

const LinkRouter::Corridor *LinkRouter::before(const QList<Corridor> &list, double edge) const
{
    auto it = std::lower_bound(list.begin(), list.end(), edge,
                               [](const Corridor &c, double e) { return c.pos < e; });
    if (it == list.begin())
        return nullptr;
    --it;
    return &*it;
}

double LinkRouter::widthAt(const QList<Corridor> &list, double pos) const
{
    // Inside a corridor: the room around `pos` that stays in it, both ways.
    const Corridor *next = after(list, pos);
    const Corridor *previous = before(list, pos);
    for (const Corridor *c : {next, previous}) {
        if (c && std::abs(c->pos - pos) <= c->width / 2)
            return 2 * (c->width / 2 - std::abs(c->pos - pos));
    }
    return kPortSpread; // a port's stub, along a card's edge
}

bool LinkRouter::clear(const QPointF &p, const QPointF &q, const QRectF &a, const QRectF &b) const
{
    const QRectF box = QRectF(p, q).normalized().adjusted(-1, -1, 1, 1);
    if (m_reach)
        *m_reach = m_reach->isNull() ? box : m_reach->united(box);
    for (int bx = int(std::floor(box.left() / m_bucket));
         bx <= int(std::floor(box.right() / m_bucket)); ++bx) {
        for (int by = int(std::floor(box.top() / m_bucket));
             by <= int(std::floor(box.bottom() / m_bucket)); ++by) {
            const auto it = m_buckets.constFind(bucketKey(bx, by));
            if (it == m_buckets.cend())
                continue;
            for (int i : *it) {
                const QRectF &card = m_cards[i];
                if (card != a && card != b && card.intersects(box))
                    return false;
            }
        }
    }
    return true;
}

// Left to right (forward) or right to left: out of the side of `s`, into
// the facing side of `t`.
QPolygonF LinkRouter::across(const QRectF &s, const QRectF &t, bool forward) const
{
    if (same(s.center().y(), t.center().y())
        && clear(QPointF(forward ? s.right() : s.left(), s.center().y()),
                 QPointF(forward ? t.left() : t.right(), t.center().y()), s, t))
        return {QPointF(forward ? s.right() : s.left(), s.center().y()),
                QPointF(forward ? t.left() : t.right(), t.center().y())};
    const QPointF p0(forward ? s.right() : s.left(),
                     s.center().y() + (forward ? kPortOut : kPortBackOut));
    const QPointF q0(forward ? t.left() : t.right(),
                     t.center().y() + (forward ? kPortIn : kPortBackIn));
    const Corridor *v1 = forward ? after(m_vertical, s.right()) : before(m_vertical, s.left());
    const Corridor *v2 = forward ? before(m_vertical, t.left()) : after(m_vertical, t.right());
    if (!v1 || !v2)
        return {p0, q0};
    // One jog, in the corridor next to the source or the one next to the target.
    if (clear(QPointF(v1->pos, q0.y()), q0, s, t))
        return {p0, QPointF(v1->pos, p0.y()), QPointF(v1->pos, q0.y()), q0};
    if (clear(p0, QPointF(v2->pos, p0.y()), s, t))
        return {p0, QPointF(v2->pos, p0.y()), QPointF(v2->pos, q0.y()), q0};
    // Else along the free corridor above or below either card.
    const Corridor *candidates[] = {before(m_horizontal, s.top()), after(m_horizontal, s.bottom()),
                                    before(m_horizontal, t.top()), after(m_horizontal, t.bottom())};
    const Corridor *h = nullptr;
    double best = 0;
    for (const Corridor *c : candidates) {
        if (!c)
            continue;
        const double cost = std::abs(p0.y() - c->pos) + std::abs(q0.y() - c->pos);
        if (!h || cost < best - kEpsilon) {
            h = c;
            best = cost;
        }
    }
    if (!h)
        return {p0, q0};
    return {p0,
            QPointF(v1->pos, p0.y()),
            QPointF(v1->pos, h->pos),
            QPointF(v2->pos, h->pos),
            QPointF(v2->pos, q0.y()),
            q0};
}

// Cards in one column: out of the bottom (or top) of `s` into the facing
// side of `t`.
QPolygonF LinkRouter::upDown(const QRectF &s, const QRectF &t, bool down) const
{
    if (same(s.center().x(), t.center().x())
        && clear(QPointF(s.center().x(), down ? s.bottom() : s.top()),
                 QPointF(t.center().x(), down ? t.top() : t.bottom()), s, t))
        return {QPointF(s.center().x(), down ? s.bottom() : s.top()),
                QPointF(t.center().x(), down ? t.top() : t.bottom())};
    const QPointF p0(s.center().x() + (down ? kPortOut : kPortBackOut),
                     down ? s.bottom() : s.top());
    const QPointF q0(t.center().x() + (down ? kPortIn : kPortBackIn), down ? t.top() : t.bottom());
    const Corridor *h1 = down ? after(m_horizontal, s.bottom()) : before(m_horizontal, s.top());
    const Corridor *h2 = down ? before(m_horizontal, t.top()) : after(m_horizontal, t.bottom());
    if (!h1 || !h2)
        return {p0, q0};
    if (clear(QPointF(q0.x(), h1->pos), q0, s, t))
        return {p0, QPointF(p0.x(), h1->pos), QPointF(q0.x(), h1->pos), q0};
    if (clear(p0, QPointF(p0.x(), h2->pos), s, t))
        return {p0, QPointF(p0.x(), h2->pos), QPointF(q0.x(), h2->pos), q0};
    // Around the cards in between, in the corridor beside either card; the
    // right side first, where the links of the flow already run.
    const Corridor *candidates[] = {after(m_vertical, s.right()), after(m_vertical, t.right()),
                                    before(m_vertical, s.left()), before(m_vertical, t.left())};
    const Corridor *v = nullptr;
    double best = 0;
    for (const Corridor *c : candidates) {
        if (!c)
            continue;
        const double cost = std::abs(p0.x() - c->pos) + std::abs(q0.x() - c->pos);
        if (!v || cost < best - kEpsilon) {
            v = c;
            best = cost;
        }
    }
    if (!v)
        return {p0, q0};
    return {p0,
            QPointF(p0.x(), h1->pos),
            QPointF(v->pos, h1->pos),
            QPointF(v->pos, h2->pos),
            QPointF(q0.x(), h2->pos),
            q0};
}

QPolygonF LinkRouter::route(const QRectF &s, const QRectF &t, QRectF *reach) const
{
    *reach = QRectF();
    m_reach = reach;
    QPolygonF points = route(s, t);
    m_reach = nullptr;
    return points;
}

QPolygonF LinkRouter::route(const QRectF &s, const QRectF &t) const
{
    QPolygonF points;
    if (t.left() >= s.right() - kEpsilon)
        points = across(s, t, true);
    else if (t.right() <= s.left() + kEpsilon)
        points = across(s, t, false);
    else if (t.top() >= s.bottom() - kEpsilon)
        points = upDown(s, t, true);
    else if (t.bottom() <= s.top() + kEpsilon)
        points = upDown(s, t, false);
    else
        points = {s.center(), t.center()};
    return simplifyPolyline(points);
}

void LinkRouter::separate(QList<QPolygonF> *routes) const
{
    RouteSeparation().run(*this, routes, false);
}

double LinkRouter::corridorRoom(bool vertical, double coordinate) const
{
    return widthAt(vertical ? m_vertical : m_horizontal, coordinate);
}

} // namespace waymark
