#pragma once

#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>

namespace waymark {

class MapLayout;

// Orthogonal link routes that keep off the cards. Cards sit on a regular
// grid (every cell of a lane uses the same rows, every cell of a stage the
// same columns), so the gaps between stage columns, sub-columns, lanes and
// sub-rows are corridors that cross the whole map. A route leaves its card,
// turns into the nearest corridor and runs along corridors to its target:
// a straight line or one jog when nothing is in the way, else at most five
// segments.
class LinkRouter
{
public:
    explicit LinkRouter(const MapLayout &layout);

    QPolygonF route(const QRectF &from, const QRectF &to) const;
    // The same, and in `reach` the area whose cards decided it (the boxes
    // it asked to be clear): a route whose reach no card entered or left
    // stays the same.
    QPolygonF route(const QRectF &from, const QRectF &to, QRectF *reach) const;
    // Routes that run along the same line are spread side by side inside
    // their corridor, so each stays visible (routeseparation.h).
    void separate(QList<QPolygonF> *routes) const;
    // The room across the corridor at a line (a vertical one at x, or a
    // horizontal one at y).
    double corridorRoom(bool vertical, double coordinate) const;

private:
    struct Corridor
    {
        double pos = 0;   // centre line
        double width = 0; // free space across it
    };
    const Corridor *after(const QList<Corridor> &list, double edge) const;
    const Corridor *before(const QList<Corridor> &list, double edge) const;
    double widthAt(const QList<Corridor> &list, double pos) const;
    // True when no card other than `a` and `b` touches the segment.
    bool clear(const QPointF &p, const QPointF &q, const QRectF &a, const QRectF &b) const;
    QPolygonF across(const QRectF &s, const QRectF &t, bool forward) const;
    QPolygonF upDown(const QRectF &s, const QRectF &t, bool down) const;

    QList<Corridor> m_vertical;   // sorted by x
    QList<Corridor> m_horizontal; // sorted by y
    QList<QRectF> m_cards;
    double m_bucket = 256;
    QHash<quint64, QList<int>> m_buckets;
    mutable QRectF *m_reach = nullptr; // while route() records its reach
};

// The polyline without repeated points and straight-through vertices.
QPolygonF simplifyPolyline(const QPolygonF &points);

} // namespace waymark
