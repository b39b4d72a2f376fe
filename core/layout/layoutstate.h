#pragma once

// What MapLayout keeps between compute() and update() (maplayout.cpp and
// layoutupdate.cpp share it; nothing else includes it).

#include "linkrouter.h"
#include "maplayout.h"
#include "routeseparation.h"

#include <memory>

namespace waymark {

struct Link;

struct MapLayout::RoutingState
{
    QList<QRectF> reach; // per route: the area whose cards decided it (LinkRouter::route)
    RouteSeparation separation;
    // The router of this layout's cards: provisional() routes the moved
    // cards' links with it (around the cards as they were) instead of
    // bucketing every card again.
    std::shared_ptr<const LinkRouter> router;
};

quint64 nextLayoutSerial();

// A link's polyline before the routes are spread: a loop on the right edge
// of a card linked to itself, else what the router finds.
QPolygonF routeOne(const LinkRouter &router, const QRectF &s, const QRectF &t, bool self,
                   double pad, QRectF *reach);
// A route's fields but its points and label spot.
MapLayout::Route routeFor(const Link &link, const QRectF &s, const QRectF &t, bool self);

} // namespace waymark
