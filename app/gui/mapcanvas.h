#pragma once

#include "layout/maplayout.h"
#include "model/workspace.h"
#include "render/mappainter.h"

#include "canvasselection.h"
#include "documentcontroller.h"
#include "documentfollower.h"
#include "mapcanvasscene.h"
#include "tilecache.h"

#include <QImage>
#include <QQuickItem>
#include <QRectF>
#include <QTimer>

#include <functional>
#include <memory>

class QThread;

namespace waymark {

// The map view: draws the current journey with core's MapPainter into
// cached tiles, so panning and zooming only move images (the software
// renderer used headless redraws the whole window each frame; a few dozen
// textures stay cheap where thousands of items do not). Stage and lane
// headers are their own layers pinned to the top and left edges. Edits
// repaint only the tiles they touch. Interaction lives in QML; this item
// answers hit tests and draws the selection. It follows the document's
// change feed: an edit repaints the tiles of the cards and links it changed
// and of those the new layout moved (layout/layoutdiff.h).
class MapCanvas : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(waymark::DocumentController *document READ document WRITE setDocument NOTIFY
                       documentChanged)
    Q_PROPERTY(QString journeyId READ journeyId WRITE setJourneyId NOTIFY journeyIdChanged)
    Q_PROPERTY(qreal zoom READ zoom WRITE setZoom NOTIFY viewChanged)
    Q_PROPERTY(qreal offsetX READ offsetX WRITE setOffsetX NOTIFY viewChanged)
    Q_PROPERTY(qreal offsetY READ offsetY WRITE setOffsetY NOTIFY viewChanged)
    Q_PROPERTY(QRectF mapBounds READ mapBounds NOTIFY layoutChanged)
    Q_PROPERTY(QStringList selectedSteps READ selectedSteps WRITE setSelectedSteps NOTIFY
                       selectionChanged)
    Q_PROPERTY(QStringList selectedLinks READ selectedLinks WRITE setSelectedLinks NOTIFY
                       selectionChanged)
    Q_PROPERTY(QString currentStep READ currentStep WRITE setCurrentStep NOTIFY selectionChanged)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY styleChanged)
    Q_PROPERTY(QString overlayMetric READ overlayMetric WRITE setOverlayMetric NOTIFY styleChanged)
    Q_PROPERTY(QString emotionMetric READ emotionMetric WRITE setEmotionMetric NOTIFY styleChanged)
    Q_PROPERTY(QStringList focusSteps READ focusSteps WRITE setFocusSteps NOTIFY styleChanged)
    Q_PROPERTY(QStringList focusLinks READ focusLinks WRITE setFocusLinks NOTIFY styleChanged)
    Q_PROPERTY(QVariantMap dropOff READ dropOff WRITE setDropOff NOTIFY styleChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    Q_PROPERTY(int pendingTiles READ pendingTiles NOTIFY pendingTilesChanged)
    // False while the map shown after an edit of a big map is provisional
    // (the exact layout is worked out on another thread, see reload()).
    Q_PROPERTY(bool settled READ isSettled NOTIFY settledChanged)
    Q_PROPERTY(qreal headerWidth READ headerWidth NOTIFY viewChanged)
    Q_PROPERTY(qreal headerHeight READ headerHeight NOTIFY viewChanged)
    // Rectangles of the view that overlays cover (minimap, legend), wherever
    // they are placed: Fit keeps the map clear of them.
    Q_PROPERTY(QVariantList fitAvoid READ fitAvoid WRITE setFitAvoid NOTIFY viewChanged)

public:
    explicit MapCanvas(QQuickItem *parent = nullptr);
    ~MapCanvas() override;

    DocumentController *document() const { return m_follow.controller(); }
    void setDocument(DocumentController *document);
    QString journeyId() const { return m_journeyId; }
    void setJourneyId(const QString &id);

    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    qreal offsetX() const { return m_offset.x(); }
    void setOffsetX(qreal x);
    qreal offsetY() const { return m_offset.y(); }
    void setOffsetY(qreal y);
    QRectF mapBounds() const { return m_layout.bounds(); }
    qreal headerWidth() const { return m_layout.metrics().laneHeaderWidth * m_zoom; }
    qreal headerHeight() const { return m_layout.metrics().stageHeaderHeight * m_zoom; }
    QVariantList fitAvoid() const;
    void setFitAvoid(const QVariantList &rects);

    QStringList selectedSteps() const { return m_selection.steps(); }
    void setSelectedSteps(const QStringList &ids);
    QStringList selectedLinks() const { return m_selection.links(); }
    void setSelectedLinks(const QStringList &ids);
    QString currentStep() const { return m_selection.current(); }
    void setCurrentStep(const QString &id);

    bool dark() const { return m_options.style.dark; }
    void setDark(bool dark);
    QString overlayMetric() const { return m_options.overlayMetric; }
    void setOverlayMetric(const QString &metric);
    QString emotionMetric() const { return m_options.emotionMetric; }
    void setEmotionMetric(const QString &metric);
    QStringList focusSteps() const
    {
        return QStringList(m_options.focusSteps.begin(), m_options.focusSteps.end());
    }
    void setFocusSteps(const QStringList &ids);
    QStringList focusLinks() const
    {
        return QStringList(m_options.focusLinks.begin(), m_options.focusLinks.end());
    }
    void setFocusLinks(const QStringList &ids);
    QVariantMap dropOff() const;
    void setDropOff(const QVariantMap &values);

    bool isReady() const { return m_ready; }
    int pendingTiles() const { return m_tiles.pending(); }
    bool isSettled() const
    {
        return !m_job && !m_startWorker && !(m_scene && m_scene->provisional());
    }

    // Past this many cards an edit shows a provisional layout at once and
    // the exact one when a worker thread has it (tests set it lower).
    static constexpr qsizetype kBackgroundAbove = 3000;
    void setBackgroundAbove(qsizetype cards) { m_backgroundAbove = cards; }
    // What is drawn now (tests compare it with a layout from scratch).
    const MapLayout &layout() const { return m_layout; }
    const MapPainter *painter() const { return m_scene ? m_scene->painter.get() : nullptr; }

    // Hit tests and geometry, in this item's coordinates.
    Q_INVOKABLE QString cardAt(qreal x, qreal y) const;
    Q_INVOKABLE QString linkAt(qreal x, qreal y) const;
    // The tooltip of a link label the placer hid or shortened (no room on
    // the map), under a point on its route or its would-be box: {link, text,
    // x, y} with the point to show it at; empty elsewhere.
    Q_INVOKABLE QVariantMap labelTipAt(qreal x, qreal y) const;
    // {stage, lane, index} of the cell under a point; empty map outside cells.
    Q_INVOKABLE QVariantMap cellAt(qreal x, qreal y) const;
    // {kind: "stage"|"lane", id, index} of the header under a point.
    Q_INVOKABLE QVariantMap headerAt(qreal x, qreal y) const;
    Q_INVOKABLE QRectF cardRect(const QString &stepId) const;
    Q_INVOKABLE QRectF cellRectAt(qreal x, qreal y) const;
    Q_INVOKABLE QRectF titleRect(const QString &stepId) const;
    Q_INVOKABLE QStringList cardsIn(const QRectF &viewRect) const;
    Q_INVOKABLE QPointF mapToView(qreal mapX, qreal mapY) const;
    Q_INVOKABLE QPointF viewToMap(qreal x, qreal y) const;
    // The nearest card from `stepId` in a direction: "left", "right", "up", "down".
    Q_INVOKABLE QString neighbour(const QString &stepId, const QString &direction) const;
    Q_INVOKABLE QStringList allSteps() const;

    // View changes.
    Q_INVOKABLE void zoomAt(qreal factor, qreal x, qreal y);
    Q_INVOKABLE void zoomTo(qreal zoom);
    Q_INVOKABLE void fitToView();
    Q_INVOKABLE void panBy(qreal dx, qreal dy);
    Q_INVOKABLE void centerOn(qreal mapX, qreal mapY);
    Q_INVOKABLE void ensureVisible(const QString &stepId);
    // Scrolls a stage column or lane row into view: kind "stage" or "lane".
    Q_INVOKABLE void revealHeader(const QString &kind, const QString &id);
    // Presentation: one stage fills the view, the lane headers beside it.
    Q_INVOKABLE void focusStage(int index);
    // A view as it was (zoom and offset read before), within the editor's
    // limits again: after a presentation.
    Q_INVOKABLE void restoreView(qreal zoom, qreal offsetX, qreal offsetY);
    Q_INVOKABLE int stageCount() const { return int(m_layout.columns().size()); }
    Q_INVOKABLE QString stageId(int index) const;
    Q_INVOKABLE QStringList stepsInStage(int index) const;

    // After a language switch: line names, lane kinds and the curve's label
    // are painted, not bound, so the whole map is drawn anew.
    Q_INVOKABLE void retranslate();

    // Cards past which the overview is a sketch (RenderOptions::sketch),
    // and the minimap draws its first picture in the background too.
    static constexpr qsizetype kSketchAbove = 3000;
    qsizetype cardCount() const { return m_layout.cards().size(); }

    // The whole map at a small scale, for the minimap.
    QImage overview(const QSize &maxSize) const;
    // The same as a function that holds its own copy of the map, so a
    // worker thread can run it while the document moves on.
    std::function<QImage()> overviewJob(const QSize &maxSize) const;

    static constexpr qreal kMinZoom = 0.1;
    static constexpr qreal kMaxZoom = 4.0;

Q_SIGNALS:
    void documentChanged();
    void journeyIdChanged();
    void viewChanged();
    void layoutChanged();
    void selectionChanged();
    void styleChanged();
    void readyChanged();
    void pendingTilesChanged();
    void settledChanged();
    void contentChanged(); // the drawing changed (minimap refresh)

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *data) override;
    void updatePolish() override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;

private:
    void onChange(const ChangeSet &change);
    // A new snapshot of the document; `change` says what an edit changed
    // (null: anything may have).
    void reload(const ChangeSet *change);
    QList<QRectF> changedAreas(const ChangeSet &change, const Journey &before,
                               const MapLayout &oldLayout, const Workspace &oldWorkspace) const;
    void invalidate(const QList<QRectF> &mapRects, bool headers);
    void invalidateAll();
    void clampOffset();
    // After m_layout changed (a reload, or the exact layout swapped in): the
    // view kept in bounds, the selection pruned, the QML told.
    void layoutReplaced();
    QRectF visibleMapRect() const;
    TileCache::Grid grid() const;
    void scheduleSettle();
    void rebuildPainter();
    // mapcanvasupdate.cpp: the exact layout after an edit of a big map.
    struct Job;
    void noteChange(const ChangeSet &change);
    // Calls `step` for each card whose look `change` changed in place (its
    // text, colour, votes, comments in `now` or `before`, channel) and `link`
    // for each link, in this canvas's journey.
    void forEachTouched(const ChangeSet &change, const Journey &now, const Journey *before,
                        const std::function<void(const QString &)> &step,
                        const std::function<void(const QString &)> &link) const;
    void startExactUpdate();
    void finishExactUpdate(const std::shared_ptr<Job> &job, bool show);
    void waitForExactUpdate();
    void abandonExactUpdate(); // waits for the worker, drops what it brings
    void showScene(const std::shared_ptr<const CanvasScene> &scene, QList<QRectF> dirty,
                   bool geometryKept);
    qreal tileMapSize() const;
    qreal dpr() const;

    DocumentFollower m_follow;
    QString m_journeyId;
    Workspace m_workspace; // a snapshot: the painter reads it while the document moves on
    const Journey *m_journey = nullptr;
    MapLayout m_layout; // of m_scene
    RenderOptions m_options;
    quint64 m_optionsSerial = 0;
    std::shared_ptr<const CanvasScene> m_scene; // drawn
    // The last exact scene (m_scene once settled), and the placement of
    // its labels, which only the worker touches while it runs.
    std::shared_ptr<const CanvasScene> m_exact;
    std::shared_ptr<LinkLabelPlacer> m_placer;
    std::shared_ptr<Job> m_job;
    bool m_again = false;       // edits came while the worker ran
    bool m_startWorker = false; // when the provisional picture is drawn
    QTimer m_workerFallback;
    quint64 m_generation = 0;                 // a new map: what a worker brings is dropped
    QSet<QString> m_patchSteps, m_patchLinks; // named by edits since m_exact
    QList<QRectF> m_sinceShown;               // where m_exact differs from what is drawn
    qsizetype m_backgroundAbove = kBackgroundAbove;

    qreal m_zoom = 1.0;
    QPointF m_offset; // map point shown at the top-left of the body area
    // Map units the offset may go past the map's left and right ends: a
    // presented stage sits in the middle of the wall, even the first or last.
    qreal m_slackX = 0;
    qreal m_renderZoom = 1.0; // zoom the cached tiles were drawn at
    QTimer m_settle;          // re-renders tiles sharply once zooming stops

    TileCache m_tiles;
    CanvasSelection m_selection;
    bool m_ready = false;
    bool m_viewInitialised = false;
    QList<QRectF> m_fitAvoid;
};

} // namespace waymark
