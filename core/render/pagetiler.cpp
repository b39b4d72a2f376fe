#include "render/pagetiler.h"

#include "layout/maplayout.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace waymark {

namespace {

constexpr double kEpsilon = 0.01;

// The largest position in `cuts` (sorted) within (after, limit].
std::optional<double> lastWithin(const QList<double> &cuts, double after, double limit)
{
    auto it = std::upper_bound(cuts.begin(), cuts.end(), limit + kEpsilon);
    if (it == cuts.begin())
        return std::nullopt;
    --it;
    if (*it > after + kEpsilon)
        return *it;
    return std::nullopt;
}

struct AxisCuts
{
    QList<double> preferred; // between stage columns / lane rows
    QList<double> fallback;  // between cards inside a column / row
};

AxisCuts columnCuts(const MapLayout &layout)
{
    const LayoutMetrics &m = layout.metrics();
    AxisCuts cuts;
    for (const MapLayout::Column &c : layout.columns()) {
        cuts.preferred.append(c.header.right());
        for (int k = 1; k < c.subColumns; ++k)
            cuts.fallback.append(c.header.left() + m.cellPadding + k * (m.cardWidth + m.cardGap)
                                 - m.cardGap / 2);
    }
    std::sort(cuts.fallback.begin(), cuts.fallback.end());
    return cuts;
}

AxisCuts rowCuts(const MapLayout &layout)
{
    const LayoutMetrics &m = layout.metrics();
    AxisCuts cuts;
    for (const MapLayout::Row &r : layout.rows()) {
        cuts.preferred.append(r.body.bottom());
        for (int k = 1; k < r.subRowTops.size(); ++k)
            cuts.fallback.append(r.subRowTops[k] - m.cardGap / 2);
    }
    std::sort(cuts.fallback.begin(), cuts.fallback.end());
    return cuts;
}

} // namespace

QList<std::pair<double, double>> cutAxis(double start, double end, double piece, double overlap,
                                         const QList<double> &preferred,
                                         const QList<double> &fallback)
{
    QList<std::pair<double, double>> out;
    if (end <= start + kEpsilon) {
        out.append({start, std::max(start, end)});
        return out;
    }
    // A piece must make progress past the overlap it repeats.
    overlap = std::clamp(overlap, 0.0, piece / 2);
    double visible = start;
    double last = start;
    while (true) {
        const double limit = visible + piece;
        if (limit >= end - kEpsilon) {
            out.append({visible, end});
            break;
        }
        double cut = limit;
        if (const auto p = lastWithin(preferred, last, limit))
            cut = *p;
        else if (const auto f = lastWithin(fallback, last, limit))
            cut = *f;
        out.append({visible, cut});
        last = cut;
        visible = std::max(start, cut - overlap);
    }
    return out;
}

TilePlan planTiles(const MapLayout &layout, const QSizeF &area, const TileLimits &limits)
{
    const LayoutMetrics &m = layout.metrics();
    const QRectF body = layout.body();
    const QRectF bounds = layout.bounds();
    const AxisCuts xs = columnCuts(layout);
    const AxisCuts ys = rowCuts(layout);

    // Candidate scales: the exact fits (whole map, its width, its height)
    // and a ladder between the limits; the fewest pages win, then the
    // largest scale.
    QList<double> candidates;
    for (double s : {area.width() / bounds.width(), area.height() / bounds.height(),
                     std::min(area.width() / bounds.width(), area.height() / bounds.height())}) {
        if (std::isfinite(s))
            candidates.append(s);
    }
    for (double s = limits.maxScale; s >= limits.minScale - 1e-9; s -= 0.025)
        candidates.append(s);

    TilePlan best;
    qsizetype bestPages = -1;
    for (double s : candidates) {
        s = std::clamp(s, limits.minScale, limits.maxScale);
        const double pieceW = area.width() / s - m.laneHeaderWidth;
        const double pieceH = area.height() / s - m.stageHeaderHeight;
        if (pieceW < 1 || pieceH < 1)
            continue;
        const double overlap = limits.overlap / s;
        const auto cols
                = cutAxis(body.left(), body.right(), pieceW, overlap, xs.preferred, xs.fallback);
        const auto rows
                = cutAxis(body.top(), body.bottom(), pieceH, overlap, ys.preferred, ys.fallback);
        const qsizetype pages = cols.size() * rows.size();
        if (bestPages >= 0 && (pages > bestPages || (pages == bestPages && s <= best.scale)))
            continue;
        bestPages = pages;
        best = TilePlan();
        best.scale = s;
        best.columns = int(cols.size());
        best.rows = int(rows.size());
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < cols.size(); ++c) {
                MapTile t;
                t.body = QRectF(QPointF(cols[c].first, rows[r].first),
                                QPointF(cols[c].second, rows[r].second));
                t.column = c;
                t.row = r;
                t.overlapLeft = c > 0 ? cols[c - 1].second - cols[c].first : 0;
                t.overlapTop = r > 0 ? rows[r - 1].second - rows[r].first : 0;
                best.tiles.append(t);
            }
        }
    }
    return best;
}

} // namespace waymark
