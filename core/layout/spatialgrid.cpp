#include "spatialgrid.h"

#include <algorithm>
#include <cmath>

namespace waymark {

qint64 SpatialGrid::cellOf(double v) const
{
    // Clamped: an unbounded area (or a NaN) must not overflow the cell number.
    constexpr double kFar = 1e9;
    return qint64(std::floor(std::clamp(std::isnan(v) ? 0.0 : v, -kFar, kFar) / m_cell));
}

void SpatialGrid::insert(qsizetype index, const QRectF &box)
{
    const QRectF b = box.normalized();
    const qint64 x0 = cellOf(b.left()), x1 = cellOf(b.right());
    const qint64 y0 = cellOf(b.top()), y1 = cellOf(b.bottom());
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > kMaxCells) {
        m_big.append(index);
        return;
    }
    for (qint64 x = x0; x <= x1; ++x) {
        for (qint64 y = y0; y <= y1; ++y) {
            QList<qsizetype> &cell = m_cells[keyOf(x, y)];
            if (cell.isEmpty() || cell.last() != index)
                cell.append(index);
        }
    }
}

QList<qsizetype> SpatialGrid::query(const QRectF &area) const
{
    const QRectF a = area.normalized();
    const qint64 x0 = cellOf(a.left()), x1 = cellOf(a.right());
    const qint64 y0 = cellOf(a.top()), y1 = cellOf(a.bottom());
    QList<qsizetype> out = m_big;
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > qint64(m_cells.size())) {
        // An area wider than the grid holds (the whole map): every item.
        for (const QList<qsizetype> &cell : m_cells)
            out.append(cell);
    } else {
        for (qint64 x = x0; x <= x1; ++x) {
            for (qint64 y = y0; y <= y1; ++y) {
                const auto it = m_cells.constFind(keyOf(x, y));
                if (it != m_cells.cend())
                    out.append(*it);
            }
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace waymark
