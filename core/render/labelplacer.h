#pragma once

// Where the texts on the links and lines of a map go, so that none covers a
// card, a line's name or another label: one placer for the window and the
// exports (MapPainter uses it; the canvas asks it for hidden labels).

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

namespace waymark {

struct Journey;
class MapLayout;

struct PlacedLabel
{
    QString text;        // what is drawn: the whole label, or a shortened one
    QString fullText;    // the whole label, for a tooltip
    QRectF box;          // where it is drawn (map units); where it would be when hidden
    bool hidden = false; // no free place even shortened: not drawn, shown on hover
};

// The names of the blueprint lines as MapPainter draws them at the left of
// `viewport` (the whole map, or one printed page).
QList<QRectF> lineNameBoxes(const MapLayout &layout, const QRectF &viewport);

// Labels of the links ("Online · 80 %"): each tried along its route, nearest
// the route's label point first; then shortened (the share alone, or the
// text elided); then hidden. `obstacles` are kept free too (line names).
QHash<QString, PlacedLabel> placeLinkLabels(const Journey &journey, const MapLayout &layout,
                                            const QList<QRectF> &obstacles);

// The box of a label of `size` wanted at `wanted` (its left edge on a line),
// slid right along the line until it touches none of `taken`, at most to
// `maxRight`; `wanted` when there is no free place.
QRectF slideAlongLine(const QRectF &wanted, const QList<QRectF> &taken, double maxRight);

} // namespace waymark
