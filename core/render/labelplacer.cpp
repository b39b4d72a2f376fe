#include "render/labelplacer.h"

#include "layout/maplayout.h"
#include "layout/mapstyle.h"
#include "layout/spatialgrid.h"
#include "model/journey.h"

#include <QFontMetricsF>
#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace waymark {

namespace {

// Placed boxes: "does this box touch any of them" looks at the few boxes
// near it, not at all of them (label placement asks it millions of times on
// a big map).
class BoxGrid
{
public:
    explicit BoxGrid(double cell)
        : m_grid(cell)
    {}
    void insert(const QRectF &box)
    {
        m_grid.insert(m_boxes.size(), box);
        m_boxes.append(box);
    }
    bool intersectsAny(const QRectF &box) const
    {
        return m_grid.anyNear(box, [&](qsizetype i) { return m_boxes[i].intersects(box); });
    }

private:
    SpatialGrid m_grid;
    QList<QRectF> m_boxes;
};

QString labelText(const Link &link)
{
    QString text = link.label;
    if (link.share) {
        const QString share = QStringLiteral("%1 %").arg(std::round(*link.share * 100));
        text = text.isEmpty() ? share : QStringLiteral("%1 · %2").arg(text, share);
    }
    return text;
}

// Shorter versions of a label, best first: elided to 120, the share alone
// (or the text elided to 60), then to 36 units.
QStringList shorterTexts(const Link &link, const QString &full, const QFontMetricsF &fm)
{
    QStringList out{fm.elidedText(full, Qt::ElideRight, 120)};
    if (link.share && !link.label.isEmpty())
        out.append(QStringLiteral("%1 %").arg(std::round(*link.share * 100)));
    else
        out.append(fm.elidedText(full, Qt::ElideRight, 60));
    out.append(fm.elidedText(out.last(), Qt::ElideRight, 36));
    out.removeDuplicates();
    return out;
}

// A label further than this from its link's own spot reads as another
// link's; it is hidden instead (and shown on hover). It also keeps a long
// link of a big map from trying thousands of spots along its whole route.
constexpr double kFarthestSpot = 480;
// Spots along a route are this far apart: finer than a label's height, and
// coarse enough that a crowded map's hidden labels do not test thousands.
constexpr double kSpotStep = 9;

// Points along a route, nearest to `from` first (in steps of `step` units),
// at most kFarthestSpot away, into `out` (reused: a big map asks for
// 150,000 routes' spots, and allocating two lists for each was a fifth of
// the placement, measuring them with std::hypot another).
void candidatesAlong(const QPolygonF &route, const QPointF &from, double step,
                     std::vector<std::pair<double, QPointF>> *scratch, QList<QPointF> *out)
{
    std::vector<std::pair<double, QPointF>> &points = *scratch;
    points.clear();
    points.push_back({0.0, from});
    const QRectF reach(from.x() - kFarthestSpot, from.y() - kFarthestSpot, 2 * kFarthestSpot,
                       2 * kFarthestSpot);
    for (int i = 1; i < route.size(); ++i) {
        const QLineF segment(route[i - 1], route[i]);
        if (!QRectF(segment.p1(), segment.p2())
                     .normalized()
                     .adjusted(-1, -1, 1, 1)
                     .intersects(reach))
            continue;
        const int n = int(segment.length() / step);
        for (int k = 1; k < n; ++k) {
            const QPointF p = segment.pointAt(double(k) / n);
            const double dx = p.x() - from.x(), dy = p.y() - from.y();
            const double distance = std::sqrt(dx * dx + dy * dy);
            if (distance <= kFarthestSpot)
                points.push_back({distance, p});
        }
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    out->clear();
    for (const auto &p : points)
        out->append(p.second);
}

} // namespace

QList<QRectF> lineNameBoxes(const MapLayout &layout, const QRectF &viewport)
{
    const QFontMetricsF fm(MapStyle::font(10.5, true));
    QList<QRectF> boxes;
    for (const MapLayout::Line &line : layout.lines()) {
        const QString name = MapLayout::lineName(line.kind);
        boxes.append(QRectF(std::max(layout.body().left(), viewport.left()) + 8,
                            line.y - fm.height() / 2 - 1, fm.horizontalAdvance(name) + 12,
                            fm.height() + 2));
    }
    return boxes;
}

QHash<QString, PlacedLabel> placeLinkLabels(const Journey &journey, const MapLayout &layout,
                                            const QList<QRectF> &obstacles)
{
    QHash<QString, PlacedLabel> labels;
    labels.reserve(layout.routes().size());
    const QFontMetricsF fm(MapStyle::font(10, true));
    BoxGrid placed(64);
    BoxGrid taken(128);
    for (const MapLayout::Card &c : layout.cards())
        taken.insert(c.rect.adjusted(-2, -2, 2, 2));
    for (const QRectF &r : obstacles)
        taken.insert(r);
    QHash<QString, const Link *> links;
    links.reserve(journey.links.size());
    for (const Link &l : journey.links)
        links.insert(l.id, &l);
    const double height = fm.height() + 2;
    // The cards first: on a crowded map most spots fail against them, and
    // they are fewer per cell than the labels.
    const auto free = [&](const QRectF &box) {
        return !taken.intersectsAny(box) && !placed.intersectsAny(box);
    };
    std::vector<std::pair<double, QPointF>> scratch; // reused route after route
    QList<QPointF> spots;
    for (const MapLayout::Route &r : layout.routes()) {
        const Link *link = links.value(r.linkId);
        if (!link)
            continue;
        const QString full = labelText(*link);
        if (full.isEmpty())
            continue;
        PlacedLabel label;
        label.fullText = full;
        candidatesAlong(r.points, r.labelAt, kSpotStep, &scratch, &spots);
        bool found = false;
        const QStringList texts = shorterTexts(*link, full, fm);
        // Every text's box is centred on the spot, so where the narrowest
        // one does not fit none does: a spot is tested with it once, and
        // skipped for every text when it fails (most spots, on a crowded map).
        double narrowest = std::numeric_limits<double>::max();
        for (const QString &text : texts)
            narrowest = std::min(narrowest, fm.horizontalAdvance(text) + 10);
        std::vector<signed char> fits(size_t(spots.size()), -1); // -1: not tested yet
        const auto mayFit = [&](qsizetype i) {
            signed char &known = fits[size_t(i)];
            if (known < 0) {
                const QPointF &c = spots[i];
                known = free(QRectF(c.x() - narrowest / 2, c.y() - height / 2, narrowest, height));
            }
            return known > 0;
        };
        for (const QString &text : texts) {
            const QSizeF size(fm.horizontalAdvance(text) + 10, height);
            for (qsizetype i = 0; i < spots.size(); ++i) {
                if (!mayFit(i))
                    continue;
                const QPointF &c = spots[i];
                const QRectF box(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(),
                                 size.height());
                if (size.width() <= narrowest || free(box)) {
                    label.text = text;
                    label.box = box;
                    found = true;
                    break;
                }
            }
            if (found)
                break;
        }
        if (!found) {
            const QSizeF size(fm.horizontalAdvance(full) + 10, fm.height() + 2);
            label.text = full;
            label.box = QRectF(r.labelAt.x() - size.width() / 2, r.labelAt.y() - size.height() / 2,
                               size.width(), size.height());
            label.hidden = true;
        } else {
            placed.insert(label.box);
        }
        labels.insert(r.linkId, label);
    }
    return labels;
}

QRectF slideAlongLine(const QRectF &wanted, const QList<QRectF> &taken, double maxRight)
{
    QRectF box = wanted;
    while (box.right() <= maxRight) {
        bool hit = false;
        for (const QRectF &t : taken) {
            if (t.intersects(box)) {
                box.moveLeft(t.right() + 6);
                hit = true;
                break;
            }
        }
        if (!hit)
            return box;
    }
    return wanted;
}

} // namespace waymark
