#include "mapcanvas.h"

#include "document/document.h"
#include "documentcontroller.h"
#include "layout/layoutdiff.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGRectangleNode>
#include <QSGTransformNode>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {

// One stroke of the selection: a rectangle turned along the segment, its ends
// carried half a width on so that frames close at the corners. Rectangles,
// not a geometry node with a flat-colour material: the software renderer
// draws rectangle and image nodes only and skips custom geometry.
void placeSegment(QSGTransformNode *node, const QPointF &a, const QPointF &b, qreal width,
                  const QColor &colour)
{
    const QPointF d = b - a;
    const qreal length = std::hypot(d.x(), d.y());
    QMatrix4x4 m;
    m.translate(float(a.x()), float(a.y()));
    m.rotate(float(qRadiansToDegrees(std::atan2(d.y(), d.x()))), 0, 0, 1);
    node->setMatrix(m);
    auto *rect = static_cast<QSGRectangleNode *>(node->firstChild());
    rect->setRect(QRectF(-width / 2, -width / 2, length + width, width));
    rect->setColor(colour);
}

} // namespace

MapCanvas::MapCanvas(QQuickItem *parent)
    : QQuickItem(parent)
    , m_follow(this, [this](const ChangeSet &change) { onChange(change); })
{
    setFlag(ItemHasContents);
    setClip(true);
    m_workerFallback.setSingleShot(true);
    m_workerFallback.setInterval(100); // when nothing is drawn (no window)
    connect(&m_workerFallback, &QTimer::timeout, this, [this] {
        if (std::exchange(m_startWorker, false))
            startExactUpdate();
    });
    m_settle.setSingleShot(true);
    m_settle.setInterval(160);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        if (qFuzzyCompare(m_renderZoom, m_zoom)) {
            polish(); // tiles held back while zooming
            update();
            return;
        }
        m_renderZoom = m_zoom;
        rebuildPainter(); // vote dots are sized for the zoom
        m_tiles.clear();  // the scene graph retires the old tiles once new ones are up
        polish();
        update();
    });
}

MapCanvas::~MapCanvas()
{
    abandonExactUpdate();
}

qreal MapCanvas::dpr() const
{
    return window() ? window()->effectiveDevicePixelRatio() : 1.0;
}

qreal MapCanvas::tileMapSize() const
{
    return TileCache::kTilePixels / (m_renderZoom * dpr());
}

// ---- document

void MapCanvas::setDocument(DocumentController *document)
{
    if (m_follow.follow(document))
        Q_EMIT documentChanged();
}

void MapCanvas::onChange(const ChangeSet &change)
{
    if (change.reset) {
        m_viewInitialised = false;
        reload(nullptr);
        return;
    }
    // Edits of other journeys, comments' authors elsewhere... do not show
    // here. Channels and metric definitions are drawn on cards, personas
    // (their initials or photo) in the corner.
    const bool concerns
            = change.touches(ItemKind::Channel) || change.touches(ItemKind::MetricDef)
              || change.touches(ItemKind::Persona) || change.touches(ItemKind::Journey) || [&] {
                     for (const auto *list :
                          {&change.added, &change.changed, &change.removed, &change.reordered}) {
                         for (const ChangeSet::Item &item : *list) {
                             if (item.journey == m_journeyId)
                                 return true;
                         }
                     }
                     return false;
                 }();
    if (concerns)
        reload(&change);
}

void MapCanvas::setJourneyId(const QString &id)
{
    if (m_journeyId == id)
        return;
    m_journeyId = id;
    m_viewInitialised = false;
    m_slackX = 0;
    m_selection.clear();
    Q_EMIT journeyIdChanged();
    Q_EMIT selectionChanged();
    reload(nullptr);
}

void MapCanvas::reload(const ChangeSet *change)
{
    Document *doc = m_follow.document();
    const MapLayout oldLayout = m_layout;
    const Workspace oldWorkspace = m_workspace;
    const Journey *oldJourney = m_journey ? oldWorkspace.journey(m_journey->id) : nullptr;
    const std::shared_ptr<const CanvasScene> oldScene = m_scene;

    m_workspace = doc ? doc->workspace() : Workspace();
    m_journey = m_workspace.journey(m_journeyId);
    if (m_journey && m_journey->id != m_journeyId)
        m_journey = nullptr; // journey() also matches names; the canvas wants ids only
    // An edit of the journey shown: the layout and the labels after it are
    // worked out from the exact ones before (the same result as from
    // scratch). On a big map that takes longer than a frame (0.3-0.6 s at
    // 50,000 steps): a provisional layout is shown at once, and the exact
    // one when a worker thread has it (mapcanvasupdate.cpp).
    const bool follows = change && oldJourney && m_journey && oldJourney->id == m_journey->id
                         && m_exact && m_exact->painter;
    // Areas where the old and new pictures may differ besides the layouts'.
    QList<QRectF> extra;
    if (oldScene && oldScene->provisional())
        extra += oldScene->patchAreas;
    bool provisional = false;
    if (!follows) {
        ++m_generation; // what a running worker brings is of another map
        m_again = false;
        m_startWorker = false;
        m_patchSteps.clear();
        m_patchLinks.clear();
        m_sinceShown.clear();
        m_placer = std::make_shared<LinkLabelPlacer>();
        m_layout = m_journey ? MapLayout::compute(*m_journey, {}, MapLayout::Routing::Keep)
                             : MapLayout();
        m_exact = m_journey ? CanvasScene::exact(m_workspace, m_journeyId, m_layout, m_options,
                                                 m_placer)
                            : nullptr;
        m_scene = m_exact;
    } else {
        if (m_exact->layout.cards().size() > m_backgroundAbove) {
            noteChange(*change);
            MapLayout quick = MapLayout::provisional(m_exact->layout, *m_journey, m_exact->journey);
            if (quick.isProvisional()) {
                provisional = true;
                m_layout = std::move(quick);
                auto scene = CanvasScene::patched(m_exact, m_workspace, m_journeyId, m_layout,
                                                  m_patchSteps, m_patchLinks);
                extra += m_sinceShown;
                extra += scene->patchAreas;
                m_sinceShown.clear();
                m_scene = std::move(scene);
                // Once the provisional picture is drawn: the worker would
                // take the second core from the tiles.
                m_startWorker = true;
                m_workerFallback.start();
            }
        }
        if (!provisional) {
            waitForExactUpdate();  // the placement is the GUI thread's again
            m_startWorker = false; // this takes up the edits it was for
            m_layout = MapLayout::update(m_exact->layout, *m_journey);
            m_exact = CanvasScene::exact(m_workspace, m_journeyId, m_layout, m_options, m_placer);
            extra += m_sinceShown;
            extra += m_exact->changedLabels;
            m_sinceShown.clear();
            m_patchSteps.clear();
            m_patchLinks.clear();
            m_scene = m_exact;
        }
    }

    // New metric values or targets can change every badge, sparkline and the
    // curve that follows a metric: rare enough to redraw everything.
    const bool metricsChanged = change
                                && (change->touches(ItemKind::MetricDef)
                                    || change->touches(ItemKind::MetricValues, m_journeyId));
    // A provisional layout has the grid of the exact one before, and its
    // scene says where it differs from it.
    const LayoutDiff moved
            = provisional ? LayoutDiff{true, {}, {}, false, {}} : diffLayouts(oldLayout, m_layout);
    if (!change || !oldJourney || !m_journey || !moved.sameGeometry || metricsChanged) {
        invalidateAll();
    } else {
        // Repaint only what changed: what the layout moved, what the edit
        // changed in place, the labels the placement moved, the curve, the
        // headers.
        QList<QRectF> dirty = moved.areas;
        dirty += extra;
        dirty += changedAreas(*change, *oldJourney, oldLayout, oldWorkspace);
        const bool headers = change->touches(ItemKind::Stage, m_journeyId)
                             || change->touches(ItemKind::Lane, m_journeyId)
                             || change->touches(ItemKind::Journey)
                             || change->touches(ItemKind::Persona); // the corner's avatar
        invalidate(dirty, headers);
    }
    if (m_journey && !m_viewInitialised && width() > 0) {
        m_viewInitialised = true;
        m_offset = QPointF(0, 0);
        Q_EMIT viewChanged();
    }
    layoutReplaced();
}

void MapCanvas::layoutReplaced()
{
    clampOffset();
    if (m_selection.prune(m_layout, m_journey))
        Q_EMIT selectionChanged();
    Q_EMIT layoutChanged();
    Q_EMIT contentChanged();
    Q_EMIT settledChanged();
}

// The cards and routes an edit changed in place (their text, colour, votes,
// comments, channel), where they were and where they are.
QList<QRectF> MapCanvas::changedAreas(const ChangeSet &change, const Journey &before,
                                      const MapLayout &oldLayout,
                                      const Workspace &oldWorkspace) const
{
    QList<QRectF> out;
    const auto card = [&](const QString &stepId) {
        if (const MapLayout::Card *c = m_layout.card(stepId))
            out.append(cardArea(c->rect));
        if (const MapLayout::Card *c = oldLayout.card(stepId))
            out.append(cardArea(c->rect));
    };
    QHash<QString, const MapLayout::Route *> routes, oldRoutes;
    const auto route = [&](const QString &linkId) {
        if (routes.isEmpty()) {
            for (const MapLayout::Route &r : m_layout.routes())
                routes.insert(r.linkId, &r);
            for (const MapLayout::Route &r : oldLayout.routes())
                oldRoutes.insert(r.linkId, &r);
        }
        if (const MapLayout::Route *r = routes.value(linkId))
            appendRouteAreas(&out, r->points);
        if (const MapLayout::Route *r = oldRoutes.value(linkId))
            appendRouteAreas(&out, r->points);
    };
    forEachTouched(change, *m_journey, &before, card, route);
    Q_UNUSED(oldWorkspace);
    return out;
}

void MapCanvas::rebuildPainter()
{
    // Vote dots at least 10 px across on screen when zoomed out (15 map
    // units: 5 px at a fitted 35 %), up to twice their size: larger would
    // reach past the area an edit of the card repaints (cardArea).
    m_options.voteDotScale = std::clamp(10.0 / (15.0 * m_renderZoom), 1.0, 2.0);
    ++m_optionsSerial; // a worker's scene drawn in the old style is restyled when it comes
    // The same scenes in the new style, their labels kept.
    const bool drawnIsExact = m_scene == m_exact;
    if (m_exact)
        m_exact = m_exact->restyled(m_options);
    if (drawnIsExact)
        m_scene = m_exact;
    else if (m_scene)
        m_scene = m_scene->restyled(m_options);
}

void MapCanvas::invalidateAll()
{
    m_tiles.clear();
    m_ready = false;
    polish();
    update();
}

void MapCanvas::invalidate(const QList<QRectF> &mapRects, bool headers)
{
    m_tiles.invalidate(mapRects, headers, grid());
    Q_EMIT pendingTilesChanged();
    polish();
    update();
}

TileCache::Grid MapCanvas::grid() const
{
    TileCache::Grid g;
    g.tileSize = tileMapSize();
    g.laneHeaderWidth = m_layout.metrics().laneHeaderWidth;
    g.stageHeaderHeight = m_layout.metrics().stageHeaderHeight;
    g.bounds = m_layout.bounds();
    return g;
}

void MapCanvas::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (m_journey && !m_viewInitialised && newGeometry.width() > 0) {
        m_viewInitialised = true;
        m_offset = QPointF(0, 0);
    }
    clampOffset();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::retranslate()
{
    rebuildPainter();
    invalidateAll();
    Q_EMIT contentChanged();
}

void MapCanvas::itemChange(ItemChange change, const ItemChangeData &value)
{
    QQuickItem::itemChange(change, value);
    if (change == ItemSceneChange || change == ItemDevicePixelRatioHasChanged) {
        m_renderZoom = m_zoom;
        rebuildPainter();
        invalidateAll();
    }
}

// ---- selection and style

void MapCanvas::setSelectedSteps(const QStringList &ids)
{
    if (!m_selection.setSteps(ids))
        return;
    Q_EMIT selectionChanged();
    update();
}

void MapCanvas::setSelectedLinks(const QStringList &ids)
{
    if (!m_selection.setLinks(ids))
        return;
    Q_EMIT selectionChanged();
    update();
}

void MapCanvas::setCurrentStep(const QString &id)
{
    if (!m_selection.setCurrent(id))
        return;
    Q_EMIT selectionChanged();
    update();
}

void MapCanvas::setDark(bool dark)
{
    if (m_options.style.dark == dark)
        return;
    m_options.style.dark = dark;
    rebuildPainter();
    invalidateAll();
    Q_EMIT styleChanged();
    Q_EMIT contentChanged();
}

void MapCanvas::setOverlayMetric(const QString &metric)
{
    if (m_options.overlayMetric == metric)
        return;
    m_options.overlayMetric = metric;
    rebuildPainter();
    invalidate({m_layout.bounds()}, false);
    Q_EMIT styleChanged();
    Q_EMIT contentChanged();
}

void MapCanvas::setEmotionMetric(const QString &metric)
{
    if (m_options.emotionMetric == metric)
        return;
    m_options.emotionMetric = metric;
    rebuildPainter();
    invalidate({m_layout.emotionBand()}, false);
    Q_EMIT styleChanged();
    Q_EMIT contentChanged();
}

void MapCanvas::setFocusSteps(const QStringList &ids)
{
    const QSet<QString> set(ids.begin(), ids.end());
    if (set == m_options.focusSteps)
        return;
    m_options.focusSteps = set;
    rebuildPainter();
    invalidate({m_layout.bounds()}, false);
    Q_EMIT styleChanged();
}

void MapCanvas::setFocusLinks(const QStringList &ids)
{
    const QSet<QString> set(ids.begin(), ids.end());
    if (set == m_options.focusLinks)
        return;
    m_options.focusLinks = set;
    rebuildPainter();
    invalidate({m_layout.bounds()}, false);
    Q_EMIT styleChanged();
}

QVariantMap MapCanvas::dropOff() const
{
    QVariantMap out;
    for (auto it = m_options.dropOff.cbegin(); it != m_options.dropOff.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

void MapCanvas::setDropOff(const QVariantMap &values)
{
    QHash<QString, double> next;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        next.insert(it.key(), it.value().toDouble());
    if (next == m_options.dropOff)
        return;
    m_options.dropOff = next;
    rebuildPainter();
    invalidate({m_layout.bounds()}, false);
    Q_EMIT styleChanged();
}

// ---- tiles

void MapCanvas::updatePolish()
{
    TileCache::Paint paint;
    paint.painter = painter();
    paint.background = m_options.style.canvas();
    paint.scale = m_renderZoom * dpr();
    const bool showing = m_journey && width() > 0 && height() > 0;
    const bool missing
            = showing
              && m_tiles.draw(visibleMapRect(), grid(), paint, m_ready, m_settle.isActive());
    Q_EMIT pendingTilesChanged();
    if (m_startWorker && !missing) {
        m_startWorker = false;
        m_workerFallback.stop();
        startExactUpdate();
    }
    if (missing) {
        polish(); // continue next frame
    } else if (!m_ready && m_journey) {
        m_ready = true;
        Q_EMIT readyChanged();
    }
    update();
}

QSGNode *MapCanvas::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *root = static_cast<TileCache::Node *>(old);
    if (!root) {
        root = new TileCache::Node;
        root->body = new QSGTransformNode;
        root->selection = new QSGTransformNode;
        root->lanes = new QSGTransformNode;
        root->stages = new QSGTransformNode;
        root->corner = new QSGTransformNode;
        root->appendChildNode(root->body);
        root->appendChildNode(root->selection);
        root->appendChildNode(root->lanes);
        root->appendChildNode(root->stages);
        root->appendChildNode(root->corner);
    }
    const bool showing = m_journey && width() > 0 && height() > 0;
    m_tiles.sync(root, window(), grid(), m_renderZoom * dpr(), m_zoom, m_offset,
                 showing ? visibleMapRect() : QRectF(), m_ready);

    // Selection outlines and selected links, in view coordinates.
    const QList<CanvasSelection::Segment> segments = m_selection.outlines(
            m_layout, [this](const QString &id) { return cardRect(id); },
            [this](QPointF p) { return mapToView(p.x(), p.y()); });
    // One transform and one rectangle per segment, kept from frame to frame.
    QSGTransformNode *node = static_cast<QSGTransformNode *>(root->selection->firstChild());
    for (const CanvasSelection::Segment &segment : segments) {
        if (!node) {
            node = new QSGTransformNode;
            node->appendChildNode(window()->createRectangleNode());
            root->selection->appendChildNode(node);
        }
        placeSegment(node, segment.from, segment.to, segment.width, m_options.style.selection());
        node = static_cast<QSGTransformNode *>(node->nextSibling());
    }
    while (node) {
        QSGNode *next = node->nextSibling();
        delete node; // a node deletes its children and leaves its parent
        node = static_cast<QSGTransformNode *>(next);
    }
    return root;
}

QImage MapCanvas::overview(const QSize &maxSize) const
{
    return overviewJob(maxSize)();
}

std::function<QImage()> MapCanvas::overviewJob(const QSize &maxSize) const
{
    if (!m_journey || m_layout.bounds().isEmpty() || maxSize.isEmpty())
        return [] {
            return QImage();
        };
    // Copies: the workspace's lists are shared until the document changes them.
    RenderOptions options = m_options;
    // Past a few thousand cards nothing on the minimap can be read: a sketch
    // (coloured boxes, plain lines) draws in a tenth of the time.
    options.sketch = m_layout.cards().size() > kSketchAbove;
    return [workspace = m_workspace, journeyId = m_journey->id, layout = m_layout,
            options = std::move(options), maxSize] {
        const Journey *journey = nullptr;
        for (const Journey &j : workspace.journeys) {
            if (j.id == journeyId)
                journey = &j;
        }
        if (!journey)
            return QImage();
        const QRectF b = layout.bounds();
        const qreal scale = std::min(maxSize.width() / b.width(), maxSize.height() / b.height());
        QImage image((b.size() * scale).toSize().expandedTo(QSize(1, 1)),
                     QImage::Format_ARGB32_Premultiplied);
        image.fill(options.style.canvas());
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(scale, scale);
        MapPainter(workspace, *journey, layout, options).paint(&p, b);
        return image;
    };
}

} // namespace waymark
