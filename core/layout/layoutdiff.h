#pragma once

#include "maplayout.h"

#include <QList>
#include <QRectF>
#include <QStringList>

namespace waymark {

// What moved between two layouts of one journey: the cards and link routes
// that were added, removed or moved, and where they were and are, so that a
// view repaints only those areas. What is drawn inside a card (its title,
// badges...) is not the layout's business: the change set names those.
struct LayoutDiff
{
    // Same stage columns and lane rows: when false everything moved.
    bool sameGeometry = false;
    QStringList cards;  // step ids added, removed or moved
    QStringList routes; // link ids added, removed or re-routed
    bool curveChanged = false;
    QList<QRectF> areas; // map areas to repaint for all of the above
};

LayoutDiff diffLayouts(const MapLayout &before, const MapLayout &after);

// The map area a card or a route (with its label) is drawn in.
QRectF cardArea(const QRectF &cardRect);
QRectF routeArea(const QPolygonF &points);
// The same piece by piece (a segment's area each): a route that turns
// across the view touches fewer tiles than its bounding box does.
void appendRouteAreas(QList<QRectF> *areas, const QPolygonF &points);

} // namespace waymark
