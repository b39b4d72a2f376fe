#include "tilecache.h"

#include "render/mappainter.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGTransformNode>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {

constexpr qint64 kFrameBudgetMs = 14;

} // namespace

TileCache::Node::Node() = default;

QRectF TileCache::Grid::rect(const Key &key) const
{
    const qreal t = tileSize;
    switch (key.layer) {
    case Body:
        return QRectF(key.x * t, key.y * t, t, t);
    case Stages:
        return QRectF(key.x * t, 0, t, stageHeaderHeight);
    case Lanes:
        return QRectF(0, key.y * t, laneHeaderWidth, t);
    case Corner:
        return QRectF(0, 0, laneHeaderWidth, stageHeaderHeight);
    }
    return {};
}

QList<TileCache::Key> TileCache::Grid::visible(const QRectF &view) const
{
    QList<Key> out;
    const qreal t = tileSize;
    const QRectF area = view.intersected(bounds);
    if (area.isEmpty())
        return out;
    const int x0 = int(std::floor(area.left() / t)), x1 = int(std::floor(area.right() / t));
    const int y0 = int(std::floor(area.top() / t)), y1 = int(std::floor(area.bottom() / t));
    // Nearest the middle first, so the centre of the view sharpens first.
    const QPointF middle = view.center() / t;
    QList<std::pair<qreal, Key>> body;
    for (int x = x0; x <= x1; ++x) {
        for (int y = y0; y <= y1; ++y)
            body.append({std::hypot(x + 0.5 - middle.x(), y + 0.5 - middle.y()), {Body, x, y}});
    }
    std::sort(body.begin(), body.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    out.append({Corner, 0, 0});
    for (int x = x0; x <= x1; ++x)
        out.append({Stages, x, 0});
    for (int y = y0; y <= y1; ++y)
        out.append({Lanes, 0, y});
    for (const auto &b : body)
        out.append(b.second);
    return out;
}

void TileCache::clear()
{
    m_clearAll = true;
    m_tiles.clear();
    m_dirty.clear();
}

void TileCache::invalidate(const QList<QRectF> &areas, bool headers, const Grid &grid)
{
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it) {
        const Key &key = it.key();
        if (key.layer != Body) {
            if (headers)
                m_dirty.insert(key);
            continue;
        }
        const QRectF area = grid.rect(key);
        for (const QRectF &r : areas) {
            if (r.intersects(area)) {
                m_dirty.insert(key);
                break;
            }
        }
    }
}

void TileCache::render(const Key &key, const Grid &grid, const Paint &paint)
{
    const QRectF area = grid.rect(key);
    const qreal scale = paint.scale;
    const QSize size(int(std::ceil(area.width() * scale)), int(std::ceil(area.height() * scale)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(paint.background);
    if (paint.painter) {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.scale(scale, scale);
        p.translate(-area.topLeft());
        switch (key.layer) {
        case Body:
            paint.painter->paintBody(&p, area);
            break;
        case Stages:
            paint.painter->paintStageHeaders(&p, area);
            break;
        case Lanes:
            paint.painter->paintLaneHeaders(&p, area);
            break;
        case Corner:
            paint.painter->paintCorner(&p);
            break;
        }
    }
    image.setDevicePixelRatio(1);
    Tile &tile = m_tiles[key];
    tile.image = std::move(image);
    tile.uploaded = false;
}

bool TileCache::draw(const QRectF &view, const Grid &grid, const Paint &paint, bool ready,
                     bool zooming)
{
    QElapsedTimer clock;
    clock.start();
    bool missing = false;
    for (const Key &key : grid.visible(view)) {
        const bool have = m_tiles.contains(key);
        if (have && !m_dirty.contains(key))
            continue;
        // While the wheel still turns, parts of the map that come into view
        // wait for the zoom to settle: drawn at the old scale, a tile far
        // zoomed out holds hundreds of cards (tens of ms each), and it is
        // drawn again at the new scale anyway. The old tiles stay, scaled.
        if (!have && key.layer == Body && ready && zooming)
            continue;
        // Keep each frame short: the rest of the tiles follow in the next frames.
        if (clock.elapsed() > kFrameBudgetMs && ready) {
            missing = true;
            continue;
        }
        render(key, grid, paint);
        m_dirty.remove(key);
    }
    // Forget tiles far from the view; their textures go in sync().
    const qreal t = grid.tileSize;
    const QRectF keep = view.adjusted(-2 * t, -2 * t, 2 * t, 2 * t);
    for (auto it = m_tiles.begin(); it != m_tiles.end();) {
        if (it.key().layer == Body && !grid.rect(it.key()).intersects(keep)) {
            m_dropped.insert(it.key());
            m_dirty.remove(it.key());
            it = m_tiles.erase(it);
        } else {
            ++it;
        }
    }
    return missing;
}

void TileCache::sync(Node *root, QQuickWindow *window, const Grid &grid, qreal scale, qreal zoom,
                     const QPointF &offset, const QRectF &view, bool ready)
{
    if (m_clearAll) {
        // Keep the old body tiles on screen, scaled, until the new ones cover the view.
        if (root->retired)
            delete root->retired;
        root->retired = root->body;
        root->retiredScale = root->nodes.isEmpty() ? scale : root->retiredScale;
        root->body = new QSGTransformNode;
        root->insertChildNodeAfter(root->body, root->retired);
        for (auto it = root->nodes.begin(); it != root->nodes.end();) {
            // Header tiles are cheap: drop them at once.
            if (it.value()->parent() != root->retired)
                delete it.value();
            it = root->nodes.erase(it);
        }
        m_clearAll = false;
    }
    for (const Key &key : std::as_const(m_dropped)) {
        if (QSGImageNode *node = root->nodes.take(qHash(key, 0)))
            delete node;
    }
    m_dropped.clear();

    QSGTransformNode *parents[] = {root->body, root->stages, root->lanes, root->corner};
    for (auto it = m_tiles.begin(); it != m_tiles.end(); ++it) {
        Tile &tile = it.value();
        if (tile.uploaded)
            continue;
        const Key &key = it.key();
        const size_t id = qHash(key, 0);
        QSGImageNode *node = root->nodes.value(id);
        const bool added = !node;
        if (added) {
            node = window->createImageNode();
            node->setOwnsTexture(true);
            node->setFiltering(QSGTexture::Linear);
        }
        node->setTexture(window->createTextureFromImage(tile.image));
        const QRectF area = grid.rect(key);
        node->setRect(QRectF(area.topLeft() * scale, QSizeF(tile.image.size())));
        if (added) {
            // Only with its texture: the software renderer reads it as the node goes in.
            parents[key.layer]->appendChildNode(node);
            root->nodes.insert(id, node);
        }
        tile.image = QImage();
        tile.uploaded = true;
    }
    // Old tiles go once every visible tile of the new zoom is up.
    if (root->retired && ready && m_dirty.isEmpty()) {
        bool covered = true;
        for (const Key &key : grid.visible(view)) {
            const auto it = m_tiles.constFind(key);
            covered = covered && it != m_tiles.cend() && it->uploaded;
        }
        if (covered) {
            delete root->retired;
            root->retired = nullptr;
        }
    }
    root->retiredScale = root->retired ? root->retiredScale : scale;

    // Transforms: map units -> view, with the headers pinned to their edges.
    const auto matrix = [&](QPointF at, qreal tileScale) {
        QMatrix4x4 m;
        m.scale(float(zoom), float(zoom));
        m.translate(float(-at.x()), float(-at.y()));
        m.scale(float(1 / tileScale), float(1 / tileScale));
        return m;
    };
    root->body->setMatrix(matrix(offset, scale));
    if (root->retired)
        root->retired->setMatrix(matrix(offset, root->retiredScale));
    // A view scrolled past the map's left end (a presented first stage, in
    // the middle of the wall) takes the lane headers along, beside the map.
    const qreal pinX = std::min(offset.x(), 0.0);
    root->stages->setMatrix(matrix(QPointF(offset.x(), 0), scale));
    root->lanes->setMatrix(matrix(QPointF(pinX, offset.y()), scale));
    root->corner->setMatrix(matrix(QPointF(pinX, 0), scale));
}

} // namespace waymark
