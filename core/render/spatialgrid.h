#pragma once

#include <QHash>
#include <QList>
#include <QRectF>

namespace waymark {

// Items' boxes bucketed on a uniform grid, so that a page of a tiled PDF or
// a tile of the canvas finds the cards, routes and labels that may touch it
// without walking every one of the map's: with a 50,000-step map cut into
// 2,500 pages, walking all 150,000 routes per page made the export grow with
// the square of the map. Items come back in the order they were added (the
// order they are painted in), each once.
class SpatialGrid
{
public:
    explicit SpatialGrid(double cell = 512)
        : m_cell(cell)
    {}

    // `index` grows from one call to the next (an item's place in its list).
    void insert(qsizetype index, const QRectF &box);
    // The items whose box may intersect `area`, in increasing order.
    QList<qsizetype> query(const QRectF &area) const;

private:
    // A box over more cells than this is kept apart and returned for every
    // query: a link across the whole map is not copied into thousands of
    // cells.
    static constexpr qint64 kMaxCells = 256;

    qint64 cellOf(double v) const;

    double m_cell;
    QHash<qint64, QList<qsizetype>> m_cells;
    QList<qsizetype> m_big;
};

} // namespace waymark
