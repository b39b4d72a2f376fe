#pragma once

#include <QHash>
#include <QList>
#include <QRectF>

#include <utility>
#include <vector>

namespace waymark {

// Items' boxes bucketed on a uniform grid, so that a page of a tiled PDF, a
// tile of the canvas, a hover or the label placer finds the cards, routes
// and labels that may touch it without walking every one of the map's: with
// a 50,000-step map cut into 2,500 pages, walking all 150,000 routes per
// page made the export grow with the square of the map.
class SpatialGrid
{
public:
    explicit SpatialGrid(double cell = 512)
        : m_cell(cell)
    {}

    // `index` never decreases from one call to the next (an item's place in
    // its list; the segments of one route share their route's).
    void insert(qsizetype index, const QRectF &box);
    // The items whose box may intersect `area`, in increasing order, once.
    QList<qsizetype> query(const QRectF &area) const;
    // Calls `visit(index)` for the items whose box may intersect `area`
    // (an item may come more than once, in no order) until it returns
    // true; whether one did. Allocates nothing: for tests asked millions
    // of times, such as "is this label's place free".
    template<typename Visit>
    bool anyNear(const QRectF &area, Visit visit) const
    {
        for (qsizetype i : m_big) {
            if (visit(i))
                return true;
        }
        const QRectF a = area.normalized();
        const qint64 x0 = cellOf(a.left()), x1 = cellOf(a.right());
        const qint64 y0 = cellOf(a.top()), y1 = cellOf(a.bottom());
        for (qint64 x = x0; x <= x1; ++x) {
            for (qint64 y = y0; y <= y1; ++y) {
                const auto it = m_cells.constFind(keyOf(x, y));
                if (it == m_cells.cend())
                    continue;
                for (qsizetype i : *it) {
                    if (visit(i))
                        return true;
                }
            }
        }
        return false;
    }

private:
    // A box over more cells than this is kept apart and returned for every
    // query: a link across the whole map is not copied into thousands of
    // cells.
    static constexpr qint64 kMaxCells = 256;

    qint64 cellOf(double v) const;
    static qint64 keyOf(qint64 x, qint64 y) { return (x << 32) ^ (y & 0xffffffff); }

    double m_cell;
    QHash<qint64, QList<qsizetype>> m_cells;
    QList<qsizetype> m_big;
};

// Boxes that come and go, each with a number (a route's index): the label
// placement kept by the window holds its cards, labels and reaches so. A
// box that goes is only marked; the set is built again when the marked
// ones are more than the live ones.
class RectSet
{
public:
    explicit RectSet(double cell)
        : m_cell(cell)
        , m_grid(cell)
    {}
    void insert(const QRectF &box, qsizetype number)
    {
        m_grid.insert(m_entries.size(), box);
        m_entries.append({box, number, true});
        ++m_live;
    }
    void remove(const QRectF &box, qsizetype number)
    {
        m_grid.anyNear(box, [&](qsizetype i) {
            Entry &e = m_entries[i];
            if (!e.live || e.number != number || e.box != box)
                return false;
            e.live = false;
            --m_live;
            return true;
        });
        if (m_entries.size() > 1024 && m_entries.size() > 2 * m_live)
            compact();
    }
    // Whether a live box numbered below `below` intersects `box`.
    bool intersectsAny(const QRectF &box, qsizetype below) const
    {
        return m_grid.anyNear(box, [&](qsizetype i) {
            const Entry &e = m_entries[i];
            return e.live && e.number < below && e.box.intersects(box);
        });
    }
    // The numbers of the live boxes that intersect `box`.
    void collect(const QRectF &box, std::vector<qsizetype> *out) const
    {
        m_grid.anyNear(box, [&](qsizetype i) {
            const Entry &e = m_entries[i];
            if (e.live && e.box.intersects(box))
                out->push_back(e.number);
            return false;
        });
    }

private:
    struct Entry
    {
        QRectF box;
        qsizetype number;
        bool live;
    };
    void compact()
    {
        const QList<Entry> entries = std::exchange(m_entries, {});
        m_grid = SpatialGrid(m_cell);
        m_live = 0;
        for (const Entry &e : entries) {
            if (e.live)
                insert(e.box, e.number);
        }
    }
    double m_cell;
    SpatialGrid m_grid;
    QList<Entry> m_entries;
    qsizetype m_live = 0;
};

} // namespace waymark
