#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>

namespace waymark {

class MapLayout;

// One printed piece of a map: a part of the body (map units, headers
// excluded), drawn with the stage and lane headers that belong to it.
struct MapTile
{
    QRectF body;
    int column = 0; // position in the grid of pages, reading order
    int row = 0;
    double overlapLeft = 0; // map units repeated from the page to the left
    double overlapTop = 0;  // ... and from the page above
};

// How a map is cut into pages: one scale (points per map unit) for all.
struct TilePlan
{
    double scale = 0.75;
    int columns = 1;
    int rows = 1;
    QList<MapTile> tiles; // rows top to bottom, each left to right
};

// Bounds of the scale and the overlap between neighbouring pages.
struct TileLimits
{
    double minScale = 0.6; // card titles ~7.5 pt, footers 6 pt: still readable on paper
    double maxScale = 1.0; // small maps grow to fill the page, up to this
    double overlap = 14;   // points (5 mm) repeated from the neighbouring page
};

// Cuts the body of `layout` into pages whose map area is `area` points,
// repeating the headers on each. Picks the scale that needs the fewest
// pages (the largest such scale), and cuts between stage columns and lane
// rows, else between cards, and through a card only when one alone is
// larger than a page.
TilePlan planTiles(const MapLayout &layout, const QSizeF &area, const TileLimits &limits = {});

// Where to cut one axis: pieces [visible start, cut] covering [start, end],
// each at most `piece` long, the next starting `overlap` before the last cut.
// Cuts fall on `preferred` positions when one fits, else on `fallback`
// ones, else anywhere. Exposed for tests.
QList<std::pair<double, double>> cutAxis(double start, double end, double piece, double overlap,
                                         const QList<double> &preferred,
                                         const QList<double> &fallback);

} // namespace waymark
