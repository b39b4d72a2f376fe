#include "mapcanvas.h"

#include "document/document.h"
#include "documentcontroller.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <QSGImageNode>
#include <QSGTransformNode>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {

constexpr int kTilePixels = 512;
constexpr qreal kMargin = 240; // map units the view may scroll past the map's edges
constexpr qint64 kFrameBudgetMs = 14;

// The scene graph the canvas owns: one transform per layer, tile nodes under them.
struct CanvasNode : QSGNode
{
    QSGTransformNode *retired
            = nullptr; // body tiles of the previous zoom, until the new ones are drawn
    QSGTransformNode *body = nullptr;
    QSGGeometryNode *selection = nullptr;
    QSGTransformNode *lanes = nullptr;
    QSGTransformNode *stages = nullptr;
    QSGTransformNode *corner = nullptr;
    QHash<size_t, QSGImageNode *> nodes; // by tile hash
    qreal retiredScale = 1;
};

bool sameGeometry(const MapLayout &a, const MapLayout &b)
{
    if (a.bounds() != b.bounds() || a.columns().size() != b.columns().size()
        || a.rows().size() != b.rows().size())
        return false;
    for (int i = 0; i < a.columns().size(); ++i) {
        if (a.columns()[i].header != b.columns()[i].header
            || a.columns()[i].stageId != b.columns()[i].stageId)
            return false;
    }
    for (int i = 0; i < a.rows().size(); ++i) {
        if (a.rows()[i].body != b.rows()[i].body || a.rows()[i].laneId != b.rows()[i].laneId
            || a.rows()[i].kind != b.rows()[i].kind)
            return false;
    }
    return true;
}

void addQuad(QSGGeometry::Point2D *&v, const QPointF &a, const QPointF &b, qreal width)
{
    QPointF d = b - a;
    const qreal len = std::hypot(d.x(), d.y());
    if (len < 0.01)
        return;
    const QPointF n(-d.y() / len * width / 2, d.x() / len * width / 2);
    const QPointF p[6] = {a + n, a - n, b + n, b + n, a - n, b - n};
    for (const QPointF &q : p)
        (v++)->set(float(q.x()), float(q.y()));
}

} // namespace

MapCanvas::MapCanvas(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    setClip(true);
    m_settle.setSingleShot(true);
    m_settle.setInterval(160);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        if (qFuzzyCompare(m_renderZoom, m_zoom)) {
            polish(); // tiles held back while zooming
            update();
            return;
        }
        m_renderZoom = m_zoom;
        m_clearAll = true; // the scene graph retires the old tiles once new ones are up
        m_tiles.clear();
        m_dirty.clear();
        polish();
        update();
    });
}

MapCanvas::~MapCanvas() = default;

qreal MapCanvas::dpr() const
{
    return window() ? window()->effectiveDevicePixelRatio() : 1.0;
}

qreal MapCanvas::tileMapSize() const
{
    return kTilePixels / (m_renderZoom * dpr());
}

// ---- document

void MapCanvas::setDocument(DocumentController *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &DocumentController::documentChanged, this, [this] {
            if (Document *doc = m_document->document()) {
                const auto refresh = [this] {
                    reload();
                };
                connect(doc, &Document::reset, this, refresh);
                connect(doc, &Document::journeysChanged, this, refresh);
                connect(doc, &Document::journeyChanged, this, [this](const QString &id) {
                    if (id == m_journeyId)
                        reload();
                });
                connect(doc, &Document::channelsChanged, this, refresh);
                connect(doc, &Document::metricDefsChanged, this, refresh);
            }
            m_viewInitialised = false;
            reload();
        });
    }
    Q_EMIT documentChanged();
    reload();
}

void MapCanvas::setJourneyId(const QString &id)
{
    if (m_journeyId == id)
        return;
    m_journeyId = id;
    m_viewInitialised = false;
    m_selectedSteps.clear();
    m_selectedLinks.clear();
    m_currentStep.clear();
    Q_EMIT journeyIdChanged();
    Q_EMIT selectionChanged();
    reload();
}

void MapCanvas::reload()
{
    Document *doc = m_document ? m_document->document() : nullptr;
    const MapLayout oldLayout = m_layout;
    const Workspace oldWorkspace = m_workspace;
    const Journey *oldJourney = m_journey ? oldWorkspace.journey(m_journey->id) : nullptr;

    m_workspace = doc ? doc->workspace() : Workspace();
    m_journey = m_workspace.journey(m_journeyId);
    if (m_journey && m_journey->id != m_journeyId)
        m_journey = nullptr; // journey() also matches names; the canvas wants ids only
    m_layout = m_journey ? MapLayout::compute(*m_journey) : MapLayout();
    const auto oldPainter = std::move(m_painter);
    rebuildPainter();

    // New metric values or targets can change every badge, sparkline and the
    // curve that follows a metric: rare enough to redraw everything.
    const bool metricsChanged = oldJourney && m_journey
                                && (oldJourney->metricValues != m_journey->metricValues
                                    || oldWorkspace.metricDefs != m_workspace.metricDefs);
    if (!oldJourney || !m_journey || oldJourney->id != m_journey->id
        || !sameGeometry(oldLayout, m_layout) || metricsChanged) {
        invalidateAll();
    } else {
        // Repaint only what changed: cards, routes, the curve, the headers.
        QList<QRectF> dirty;
        const auto inflate = [](const QRectF &r) {
            return r.adjusted(-16, -16, 16, 16);
        };
        // By id, once: Journey::step() and link() search the lists, and a
        // 2,000-card map asked them for every card and route (~30 ms an edit).
        QHash<QString, const Step *> steps, oldSteps;
        QHash<QString, const Link *> links, oldLinks;
        steps.reserve(m_journey->steps.size());
        oldSteps.reserve(oldJourney->steps.size());
        for (const Step &s : m_journey->steps)
            steps.insert(s.id, &s);
        for (const Step &s : oldJourney->steps)
            oldSteps.insert(s.id, &s);
        for (const Link &l : m_journey->links)
            links.insert(l.id, &l);
        for (const Link &l : oldJourney->links)
            oldLinks.insert(l.id, &l);
        QHash<QString, int> votes, oldVotes, comments, oldComments;
        for (const Vote &v : m_journey->votes)
            votes[v.step] += v.count;
        for (const Vote &v : oldJourney->votes)
            oldVotes[v.step] += v.count;
        for (const Comment &c : m_journey->comments)
            ++comments[c.step];
        for (const Comment &c : oldJourney->comments)
            ++oldComments[c.step];
        for (const MapLayout::Card &card : m_layout.cards()) {
            const MapLayout::Card *before = oldLayout.card(card.stepId);
            const Step *now = steps.value(card.stepId);
            const Step *was = oldSteps.value(card.stepId);
            const bool changed
                    = !before || before->rect != card.rect || !was || !now || !(*was == *now)
                      || votes.value(card.stepId) != oldVotes.value(card.stepId)
                      || comments.value(card.stepId) != oldComments.value(card.stepId)
                      || (oldPainter
                          && (oldPainter->badge(card.stepId).text
                                      != m_painter->badge(card.stepId).text
                              || oldPainter->badge(card.stepId).color
                                         != m_painter->badge(card.stepId).color))
                      || (was && now && was->channel == now->channel && !now->channel.isEmpty()
                          && !(*oldWorkspace.channel(now->channel)
                               == *m_workspace.channel(now->channel)));
            if (changed) {
                dirty.append(inflate(card.rect));
                if (before && before->rect != card.rect)
                    dirty.append(inflate(before->rect));
            }
        }
        for (const MapLayout::Card &card : oldLayout.cards()) {
            if (!m_layout.card(card.stepId))
                dirty.append(inflate(card.rect));
        }
        QHash<QString, const MapLayout::Route *> oldRoutes;
        for (const MapLayout::Route &r : oldLayout.routes())
            oldRoutes.insert(r.linkId, &r);
        for (const MapLayout::Route &r : m_layout.routes()) {
            const MapLayout::Route *before = oldRoutes.take(r.linkId);
            const Link *now = links.value(r.linkId);
            const Link *was = oldLinks.value(r.linkId);
            if (!before || before->points != r.points || !was || !now || !(*was == *now)) {
                dirty.append(r.points.boundingRect().adjusted(-70, -24, 70, 24));
                if (before)
                    dirty.append(before->points.boundingRect().adjusted(-70, -24, 70, 24));
            }
        }
        for (const MapLayout::Route *r : std::as_const(oldRoutes))
            dirty.append(r->points.boundingRect().adjusted(-70, -24, 70, 24));
        bool curveChanged = oldLayout.emotionCurve().size() != m_layout.emotionCurve().size();
        for (int i = 0; !curveChanged && i < m_layout.emotionCurve().size(); ++i) {
            curveChanged = oldLayout.emotionCurve()[i].pos != m_layout.emotionCurve()[i].pos;
        }
        if (curveChanged)
            dirty.append(m_layout.emotionBand());
        const bool headers = oldJourney->stages != m_journey->stages
                             || oldJourney->lanes != m_journey->lanes
                             || oldJourney->name != m_journey->name;
        invalidate(dirty, headers);
    }
    if (m_journey && !m_viewInitialised && width() > 0) {
        m_viewInitialised = true;
        m_offset = QPointF(0, 0);
        Q_EMIT viewChanged();
    }
    clampOffset();
    // Drop selected items that no longer exist.
    const qsizetype before = m_selectedSteps.size() + m_selectedLinks.size();
    m_selectedSteps.removeIf([this](const QString &id) { return !m_layout.card(id); });
    m_selectedLinks.removeIf(
            [this](const QString &id) { return !m_journey || !m_journey->link(id); });
    if (before != m_selectedSteps.size() + m_selectedLinks.size())
        Q_EMIT selectionChanged();
    Q_EMIT layoutChanged();
    Q_EMIT contentChanged();
}

void MapCanvas::rebuildPainter()
{
    m_painter = m_journey
                        ? std::make_unique<MapPainter>(m_workspace, *m_journey, m_layout, m_options)
                        : nullptr;
}

void MapCanvas::invalidateAll()
{
    m_clearAll = true;
    m_tiles.clear();
    m_dirty.clear();
    m_ready = false;
    polish();
    update();
}

void MapCanvas::invalidate(const QList<QRectF> &mapRects, bool headers)
{
    for (auto it = m_tiles.begin(); it != m_tiles.end(); ++it) {
        const TileKey &key = it.key();
        if (key.layer != Body) {
            if (headers)
                m_dirty.insert(key);
            continue;
        }
        const QRectF area = tileMapRect(key);
        for (const QRectF &r : mapRects) {
            if (r.intersects(area)) {
                m_dirty.insert(key);
                break;
            }
        }
    }
    Q_EMIT pendingTilesChanged();
    polish();
    update();
}

// ---- view

void MapCanvas::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    clampOffset();
    scheduleSettle();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::setOffsetX(qreal x)
{
    if (qFuzzyCompare(x + 1, m_offset.x() + 1))
        return;
    m_offset.setX(x);
    clampOffset();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::setOffsetY(qreal y)
{
    if (qFuzzyCompare(y + 1, m_offset.y() + 1))
        return;
    m_offset.setY(y);
    clampOffset();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::clampOffset()
{
    const QRectF b = m_layout.bounds();
    const qreal viewW = width() / m_zoom, viewH = height() / m_zoom;
    const qreal maxX = std::max(0.0, b.right() + kMargin - viewW);
    const qreal maxY = std::max(0.0, b.bottom() + kMargin - viewH);
    m_offset.setX(std::clamp(m_offset.x(), 0.0, maxX));
    m_offset.setY(std::clamp(m_offset.y(), 0.0, maxY));
}

void MapCanvas::scheduleSettle()
{
    m_settle.start();
}

void MapCanvas::zoomAt(qreal factor, qreal x, qreal y)
{
    const QPointF anchor = viewToMap(x, y);
    const qreal zoom = std::clamp(m_zoom * factor, kMinZoom, kMaxZoom);
    m_offset = anchor - QPointF(x, y) / zoom;
    m_zoom = zoom;
    clampOffset();
    scheduleSettle();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::zoomTo(qreal zoom)
{
    zoomAt(zoom / m_zoom, width() / 2, height() / 2);
}

void MapCanvas::fitToView()
{
    const QRectF b = m_layout.bounds();
    if (b.isEmpty() || width() <= 0 || height() <= 0)
        return;
    m_zoom = std::clamp(std::min(width() / b.width(), height() / b.height()) * 0.98, kMinZoom,
                        kMaxZoom);
    m_offset = QPointF(0, 0);
    clampOffset();
    scheduleSettle();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::panBy(qreal dx, qreal dy)
{
    m_offset -= QPointF(dx, dy) / m_zoom;
    clampOffset();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::centerOn(qreal mapX, qreal mapY)
{
    m_offset = QPointF(mapX, mapY) - QPointF(width(), height()) / (2 * m_zoom);
    clampOffset();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::ensureVisible(const QString &stepId)
{
    const MapLayout::Card *c = m_layout.card(stepId);
    if (!c)
        return;
    const QRectF view = visibleMapRect();
    const LayoutMetrics &m = m_layout.metrics();
    // The part of the view not covered by the pinned headers.
    const QRectF open = view.adjusted(m.laneHeaderWidth, m.stageHeaderHeight, 0, 0);
    QPointF shift;
    const QRectF r = c->rect.adjusted(-20, -20, 20, 20);
    if (r.left() < open.left())
        shift.setX(r.left() - open.left());
    else if (r.right() > open.right())
        shift.setX(r.right() - open.right());
    if (r.top() < open.top())
        shift.setY(r.top() - open.top());
    else if (r.bottom() > open.bottom())
        shift.setY(r.bottom() - open.bottom());
    if (shift.isNull())
        return;
    m_offset += shift;
    clampOffset();
    Q_EMIT viewChanged();
    polish();
    update();
}

void MapCanvas::focusStage(int index)
{
    if (index < 0 || index >= m_layout.columns().size() || width() <= 0)
        return;
    const QRectF column = m_layout.columns()[index].header;
    const LayoutMetrics &m = m_layout.metrics();
    const qreal margin = 24;
    const qreal needW = m.laneHeaderWidth + column.width() + 2 * margin;
    // The whole height when the lanes fit at a size a room can read from the
    // wall; a tall blueprint stays at 100 % and scrolls instead of shrinking
    // its cards to fit.
    constexpr qreal kReadable = 1.0;
    const qreal fitHeight = height() / m_layout.bounds().height();
    m_zoom = std::clamp(std::min(width() / needW, std::max(fitHeight, kReadable)), kMinZoom,
                        kMaxZoom);
    // Centre the column in the part of the view right of the pinned lane headers.
    const qreal open = width() / m_zoom - m.laneHeaderWidth;
    m_offset = QPointF(column.left() - m.laneHeaderWidth - (open - column.width()) / 2, 0);
    m_offset.setX(std::max(0.0, m_offset.x()));
    scheduleSettle();
    Q_EMIT viewChanged();
    polish();
    update();
}

QString MapCanvas::stageId(int index) const
{
    return index >= 0 && index < m_layout.columns().size() ? m_layout.columns()[index].stageId
                                                           : QString();
}

QStringList MapCanvas::stepsInStage(int index) const
{
    QStringList out;
    for (const MapLayout::Card &c : m_layout.cards()) {
        if (c.stage == index)
            out.append(c.stepId);
    }
    return out;
}

QRectF MapCanvas::visibleMapRect() const
{
    return QRectF(m_offset, QSizeF(width(), height()) / m_zoom);
}

QPointF MapCanvas::mapToView(qreal mapX, qreal mapY) const
{
    return (QPointF(mapX, mapY) - m_offset) * m_zoom;
}

QPointF MapCanvas::viewToMap(qreal x, qreal y) const
{
    return QPointF(x, y) / m_zoom + m_offset;
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

void MapCanvas::itemChange(ItemChange change, const ItemChangeData &value)
{
    QQuickItem::itemChange(change, value);
    if (change == ItemSceneChange || change == ItemDevicePixelRatioHasChanged) {
        m_renderZoom = m_zoom;
        invalidateAll();
    }
}

// ---- selection and style

void MapCanvas::setSelectedSteps(const QStringList &ids)
{
    if (ids == m_selectedSteps)
        return;
    m_selectedSteps = ids;
    Q_EMIT selectionChanged();
    update();
}

void MapCanvas::setSelectedLinks(const QStringList &ids)
{
    if (ids == m_selectedLinks)
        return;
    m_selectedLinks = ids;
    Q_EMIT selectionChanged();
    update();
}

void MapCanvas::setCurrentStep(const QString &id)
{
    if (id == m_currentStep)
        return;
    m_currentStep = id;
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

// ---- hit tests

QString MapCanvas::cardAt(qreal x, qreal y) const
{
    if (x < headerWidth() || y < headerHeight())
        return {};
    return m_layout.cardAt(viewToMap(x, y));
}

QString MapCanvas::linkAt(qreal x, qreal y) const
{
    if (x < headerWidth() || y < headerHeight())
        return {};
    return m_layout.routeAt(viewToMap(x, y), 6 / m_zoom);
}

QVariantMap MapCanvas::cellAt(qreal x, qreal y) const
{
    if (x < headerWidth() || y < headerHeight())
        return {};
    const MapLayout::CellHit hit = m_layout.cellAt(viewToMap(x, y));
    if (!hit.valid())
        return {};
    return {{QStringLiteral("stage"), hit.stageId},
            {QStringLiteral("lane"), hit.laneId},
            {QStringLiteral("index"), hit.index}};
}

QVariantMap MapCanvas::headerAt(qreal x, qreal y) const
{
    const QPointF map = viewToMap(x, y);
    if (y < headerHeight() && x >= headerWidth()) {
        for (int i = 0; i < m_layout.columns().size(); ++i) {
            const QRectF h = m_layout.columns()[i].header;
            if (map.x() >= h.left() && map.x() < h.right())
                return {{QStringLiteral("kind"), QStringLiteral("stage")},
                        {QStringLiteral("id"), m_layout.columns()[i].stageId},
                        {QStringLiteral("index"), i}};
        }
    }
    if (x < headerWidth() && y >= headerHeight()) {
        for (int i = 0; i < m_layout.rows().size(); ++i) {
            const QRectF r = m_layout.rows()[i].body;
            if (map.y() >= r.top() && map.y() < r.bottom())
                return {{QStringLiteral("kind"), QStringLiteral("lane")},
                        {QStringLiteral("id"), m_layout.rows()[i].laneId},
                        {QStringLiteral("index"), i}};
        }
    }
    return {};
}

QRectF MapCanvas::cardRect(const QString &stepId) const
{
    const MapLayout::Card *c = m_layout.card(stepId);
    if (!c)
        return {};
    return QRectF(mapToView(c->rect.left(), c->rect.top()), c->rect.size() * m_zoom);
}

QRectF MapCanvas::cellRectAt(qreal x, qreal y) const
{
    const MapLayout::CellHit hit = m_layout.cellAt(viewToMap(x, y));
    if (!hit.valid())
        return {};
    int column = -1, row = -1;
    for (int i = 0; i < m_layout.columns().size(); ++i)
        column = m_layout.columns()[i].stageId == hit.stageId ? i : column;
    for (int i = 0; i < m_layout.rows().size(); ++i)
        row = m_layout.rows()[i].laneId == hit.laneId ? i : row;
    const QRectF r = m_layout.cellRect(column, row);
    return QRectF(mapToView(r.left(), r.top()), r.size() * m_zoom);
}

QRectF MapCanvas::titleRect(const QString &stepId) const
{
    const QRectF r = cardRect(stepId);
    if (r.isNull())
        return r;
    return QRectF(r.left() + 10 * m_zoom, r.top() + 5 * m_zoom, r.width() - 18 * m_zoom,
                  r.height() - 28 * m_zoom);
}

QStringList MapCanvas::cardsIn(const QRectF &viewRect) const
{
    const QPointF a = viewToMap(viewRect.left(), viewRect.top());
    const QPointF b = viewToMap(viewRect.right(), viewRect.bottom());
    return m_layout.cardsIn(QRectF(a, b));
}

QStringList MapCanvas::allSteps() const
{
    QStringList out;
    for (const MapLayout::Card &c : m_layout.cards())
        out.append(c.stepId);
    return out;
}

QString MapCanvas::neighbour(const QString &stepId, const QString &direction) const
{
    const MapLayout::Card *from = m_layout.card(stepId);
    if (!from)
        return m_layout.cards().isEmpty() ? QString() : m_layout.cards().first().stepId;
    const QPointF c = from->rect.center();
    QString best;
    qreal bestScore = 1e18;
    for (const MapLayout::Card &card : m_layout.cards()) {
        if (card.stepId == stepId)
            continue;
        const QPointF d = card.rect.center() - c;
        qreal along = 0, across = 0;
        if (direction == u"right") {
            along = d.x(), across = d.y();
        } else if (direction == u"left") {
            along = -d.x(), across = d.y();
        } else if (direction == u"down") {
            along = d.y(), across = d.x();
        } else {
            along = -d.y(), across = d.x();
        }
        if (along < 1)
            continue;
        const qreal score = along + 2.5 * std::abs(across);
        if (score < bestScore) {
            bestScore = score;
            best = card.stepId;
        }
    }
    return best;
}

// ---- tiles

QRectF MapCanvas::tileMapRect(const TileKey &key) const
{
    const qreal t = tileMapSize();
    const LayoutMetrics &m = m_layout.metrics();
    switch (key.layer) {
    case Body:
        return QRectF(key.x * t, key.y * t, t, t);
    case Stages:
        return QRectF(key.x * t, 0, t, m.stageHeaderHeight);
    case Lanes:
        return QRectF(0, key.y * t, m.laneHeaderWidth, t);
    case Corner:
        return QRectF(0, 0, m.laneHeaderWidth, m.stageHeaderHeight);
    }
    return {};
}

QList<MapCanvas::TileKey> MapCanvas::visibleTiles() const
{
    QList<TileKey> out;
    if (!m_journey || width() <= 0 || height() <= 0)
        return out;
    const qreal t = tileMapSize();
    const QRectF view = visibleMapRect();
    const QRectF area = view.intersected(m_layout.bounds());
    if (area.isEmpty())
        return out;
    const int x0 = int(std::floor(area.left() / t)), x1 = int(std::floor(area.right() / t));
    const int y0 = int(std::floor(area.top() / t)), y1 = int(std::floor(area.bottom() / t));
    // Nearest the middle first, so the centre of the view sharpens first.
    const QPointF middle = view.center() / t;
    QList<std::pair<qreal, TileKey>> body;
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

void MapCanvas::renderTile(const TileKey &key)
{
    const QRectF area = tileMapRect(key);
    const qreal scale = m_renderZoom * dpr();
    const QSize size(int(std::ceil(area.width() * scale)), int(std::ceil(area.height() * scale)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(m_options.style.canvas());
    if (m_painter) {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.scale(scale, scale);
        p.translate(-area.topLeft());
        switch (key.layer) {
        case Body:
            m_painter->paintBody(&p, area);
            break;
        case Stages:
            m_painter->paintStageHeaders(&p, area);
            break;
        case Lanes:
            m_painter->paintLaneHeaders(&p, area);
            break;
        case Corner:
            m_painter->paintCorner(&p);
            break;
        }
    }
    image.setDevicePixelRatio(1);
    Tile &tile = m_tiles[key];
    tile.image = std::move(image);
    tile.uploaded = false;
}

void MapCanvas::updatePolish()
{
    QElapsedTimer clock;
    clock.start();
    const QList<TileKey> visible = visibleTiles();
    bool missing = false;
    for (const TileKey &key : visible) {
        const bool have = m_tiles.contains(key);
        if (have && !m_dirty.contains(key))
            continue;
        // While the wheel still turns, parts of the map that come into view
        // wait for the zoom to settle: drawn at the old scale, a tile far
        // zoomed out holds hundreds of cards (tens of ms each), and it is
        // drawn again at the new scale anyway. The old tiles stay, scaled.
        if (!have && key.layer == Body && m_ready && m_settle.isActive())
            continue;
        // Keep each frame short: the rest of the tiles follow in the next frames.
        if (clock.elapsed() > kFrameBudgetMs && m_ready) {
            missing = true;
            continue;
        }
        renderTile(key);
        m_dirty.remove(key);
    }
    // Forget tiles far from the view; their textures go in updatePaintNode.
    const QRectF keep = visibleMapRect().adjusted(-2 * tileMapSize(), -2 * tileMapSize(),
                                                  2 * tileMapSize(), 2 * tileMapSize());
    for (auto it = m_tiles.begin(); it != m_tiles.end();) {
        if (it.key().layer == Body && !tileMapRect(it.key()).intersects(keep)) {
            m_dropped.insert(it.key());
            m_dirty.remove(it.key());
            it = m_tiles.erase(it);
        } else {
            ++it;
        }
    }
    Q_EMIT pendingTilesChanged();
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
    auto *root = static_cast<CanvasNode *>(old);
    if (!root) {
        root = new CanvasNode;
        root->body = new QSGTransformNode;
        root->selection = new QSGGeometryNode;
        auto *geometry = new QSGGeometry(QSGGeometry::defaultAttributes_Point2D(), 0);
        geometry->setDrawingMode(QSGGeometry::DrawTriangles);
        root->selection->setGeometry(geometry);
        root->selection->setFlag(QSGNode::OwnsGeometry);
        auto *material = new QSGFlatColorMaterial;
        material->setColor(m_options.style.selection());
        root->selection->setMaterial(material);
        root->selection->setFlag(QSGNode::OwnsMaterial);
        root->lanes = new QSGTransformNode;
        root->stages = new QSGTransformNode;
        root->corner = new QSGTransformNode;
        root->appendChildNode(root->body);
        root->appendChildNode(root->selection);
        root->appendChildNode(root->lanes);
        root->appendChildNode(root->stages);
        root->appendChildNode(root->corner);
    }
    QQuickWindow *win = window();
    const qreal scale = m_renderZoom * dpr();

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
            if (it.value()->parent() != root->retired) {
                delete it.value();
            }
            it = root->nodes.erase(it);
        }
        m_clearAll = false;
    }
    for (const TileKey &key : std::as_const(m_dropped)) {
        if (QSGImageNode *node = root->nodes.take(qHash(key, 0)))
            delete node;
    }
    m_dropped.clear();

    QSGTransformNode *parents[] = {root->body, root->stages, root->lanes, root->corner};
    for (auto it = m_tiles.begin(); it != m_tiles.end(); ++it) {
        Tile &tile = it.value();
        if (tile.uploaded)
            continue;
        const TileKey &key = it.key();
        const size_t id = qHash(key, 0);
        QSGImageNode *node = root->nodes.value(id);
        const bool added = !node;
        if (added) {
            node = win->createImageNode();
            node->setOwnsTexture(true);
            node->setFiltering(QSGTexture::Linear);
        }
        node->setTexture(win->createTextureFromImage(tile.image));
        const QRectF area = tileMapRect(key);
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
    if (root->retired && m_ready && m_dirty.isEmpty()) {
        bool covered = true;
        for (const TileKey &key : visibleTiles())
            covered = covered && m_tiles.contains(key) && m_tiles[key].uploaded;
        if (covered) {
            delete root->retired;
            root->retired = nullptr;
        }
    }
    root->retiredScale = root->retired ? root->retiredScale : scale;

    // Transforms: map units -> view, with the headers pinned to their edges.
    const auto matrix = [&](QPointF offset, qreal tileScale) {
        QMatrix4x4 m;
        m.scale(float(m_zoom), float(m_zoom));
        m.translate(float(-offset.x()), float(-offset.y()));
        m.scale(float(1 / tileScale), float(1 / tileScale));
        return m;
    };
    root->body->setMatrix(matrix(m_offset, scale));
    if (root->retired)
        root->retired->setMatrix(matrix(m_offset, root->retiredScale));
    root->stages->setMatrix(matrix(QPointF(m_offset.x(), 0), scale));
    root->lanes->setMatrix(matrix(QPointF(0, m_offset.y()), scale));
    root->corner->setMatrix(matrix(QPointF(0, 0), scale));

    // Selection outlines and selected links, in view coordinates.
    QList<std::pair<QPointF, QPointF>> segments;
    QList<qreal> widths;
    const auto outline = [&](const QRectF &r, qreal w) {
        segments.append({r.topLeft(), r.topRight()});
        segments.append({r.topRight(), r.bottomRight()});
        segments.append({r.bottomRight(), r.bottomLeft()});
        segments.append({r.bottomLeft(), r.topLeft()});
        for (int i = 0; i < 4; ++i)
            widths.append(w);
    };
    for (const QString &id : std::as_const(m_selectedSteps)) {
        const QRectF r = cardRect(id);
        if (!r.isNull())
            outline(r.adjusted(-3, -3, 3, 3), 3);
    }
    if (!m_currentStep.isEmpty() && !m_selectedSteps.contains(m_currentStep)) {
        const QRectF r = cardRect(m_currentStep);
        if (!r.isNull())
            outline(r.adjusted(-3, -3, 3, 3), 1.5);
    }
    for (const MapLayout::Route &route : m_layout.routes()) {
        if (!m_selectedLinks.contains(route.linkId))
            continue;
        for (int i = 1; i < route.points.size(); ++i) {
            segments.append({mapToView(route.points[i - 1].x(), route.points[i - 1].y()),
                             mapToView(route.points[i].x(), route.points[i].y())});
            widths.append(5);
        }
    }
    QSGGeometry *geometry = root->selection->geometry();
    geometry->allocate(int(segments.size()) * 6);
    QSGGeometry::Point2D *v = geometry->vertexDataAsPoint2D();
    QSGGeometry::Point2D *start = v;
    for (int i = 0; i < segments.size(); ++i)
        addQuad(v, segments[i].first, segments[i].second, widths[i]);
    const int used = int(v - start);
    for (int i = used; i < geometry->vertexCount(); ++i)
        start[i].set(0, 0);
    root->selection->markDirty(QSGNode::DirtyGeometry);
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
    return [workspace = m_workspace, journeyId = m_journey->id, layout = m_layout,
            options = m_options, maxSize] {
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
