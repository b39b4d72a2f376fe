#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QMatrix4x4>
#include <QRectF>
#include <QSGNode>
#include <QSet>

class QQuickWindow;
class QSGImageNode;
class QSGTransformNode;

namespace waymark {

class MapPainter;

// The map drawn into square images (tiles) of 512 pixels, one set per layer:
// the body, and the stage and lane headers pinned to the view's top and left
// edges. Tiles are drawn on the GUI thread (draw) and handed to the scene
// graph (sync); an edit marks only the tiles under what changed.
class TileCache
{
public:
    enum Layer : quint8 { Body, Stages, Lanes, Corner };
    struct Key
    {
        Layer layer;
        int x;
        int y;
        bool operator==(const Key &) const = default;
    };
    // Where tiles lie on the map.
    struct Grid
    {
        qreal tileSize = 512; // map units one tile covers
        qreal laneHeaderWidth = 0;
        qreal stageHeaderHeight = 0;
        QRectF bounds; // the map
        QRectF rect(const Key &key) const;
        // The tiles that cover `view`, nearest its middle first, headers first.
        QList<Key> visible(const QRectF &view) const;
    };
    // How tiles are drawn now.
    struct Paint
    {
        const MapPainter *painter = nullptr;
        QColor background;
        qreal scale = 1; // pixels per map unit
    };
    // The scene graph of the canvas: one transform per layer, tile nodes under
    // them, and the selection outlines between the body and the headers.
    // Transform nodes, the root and the selection's too, though they do not
    // move anything: the software renderer places a node added later from
    // the state it recorded for its parent, and it records none for a plain
    // QSGNode, so a layer added under one was drawn at the window's origin,
    // unclipped.
    struct Node : QSGTransformNode
    {
        Node();
        QSGTransformNode *retired = nullptr; // body tiles of the previous zoom, until covered
        QSGTransformNode *body = nullptr;
        QSGTransformNode *selection = nullptr;
        QSGTransformNode *lanes = nullptr;
        QSGTransformNode *stages = nullptr;
        QSGTransformNode *corner = nullptr;
        QHash<size_t, QSGImageNode *> nodes; // by tile hash
        qreal retiredScale = 1;
    };

    static constexpr int kTilePixels = 512;

    // Every tile goes; the scene graph shows the old body, scaled, until the
    // new tiles cover the view.
    void clear();
    // Marks the tiles under `areas` (and every header tile) to be drawn again.
    void invalidate(const QList<QRectF> &areas, bool headers, const Grid &grid);
    int pending() const { return int(m_dirty.size()); }
    bool hasPending() const { return !m_dirty.isEmpty(); }

    // Draws missing and marked tiles of `view` in a frame's budget (unless
    // `ready` is false: the first frame draws them all); tiles far from the
    // view are forgotten. Skips new body tiles while `zooming`. True when
    // tiles are left for the next frame.
    bool draw(const QRectF &view, const Grid &grid, const Paint &paint, bool ready, bool zooming);

    // Render thread: uploads new tiles into `root`'s layers and places the
    // layers; `offset` is the map point at the view's top-left.
    void sync(Node *root, QQuickWindow *window, const Grid &grid, qreal scale, qreal zoom,
              const QPointF &offset, const QRectF &view, bool ready);

private:
    struct Tile
    {
        QImage image; // waiting for upload; null once uploaded
        bool uploaded = false;
    };
    void render(const Key &key, const Grid &grid, const Paint &paint);

    QHash<Key, Tile> m_tiles;
    QSet<Key> m_dirty;   // visible tiles still to (re)draw
    QSet<Key> m_dropped; // tiles whose textures the render thread must free
    bool m_clearAll = false;
};

inline size_t qHash(const TileCache::Key &k, size_t seed)
{
    return qHashMulti(seed, int(k.layer), k.x, k.y);
}

} // namespace waymark
