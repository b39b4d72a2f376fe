#pragma once

#include "layout/maplayout.h"
#include "layout/mapstyle.h"
#include "layout/spatialgrid.h"
#include "render/labelplacer.h"

#include <QHash>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

class QFont;
class QPaintDevice;
class QPainterPath;
class QPainter;

namespace waymark {

struct Journey;
struct Step;
struct Workspace;

// What to draw besides the map itself.
struct RenderOptions
{
    MapStyle style;
    QString overlayMetric; // metric id whose value each card shows; empty for none
    // Metric id the emotion curve follows (cards without a value keep their
    // own emotion); empty: the curve follows the cards.
    QString emotionMetric;
    bool showVotes = true;
    // How much larger vote dots are drawn than at 100 %: the window draws
    // them larger when zoomed out, so that a room can still count them.
    qreal voteDotScale = 1;
    bool showComments = true;
    QSet<QString> focusSteps; // when not empty, other cards and links are dimmed
    QSet<QString> focusLinks;
    QHash<QString, double> dropOff; // step id -> share of customers lost there (0..1)
    // A picture too small to read (the minimap of a big map): cards as
    // coloured boxes, links as plain lines, no text and no link labels. A
    // 50,000-step map draws so in a tenth of the time.
    bool sketch = false;
};

// The one renderer of a journey map (DESIGN.md §3): draws a MapLayout onto
// any QPainter in map units. The window paints its tiles with it, and the
// PDF, SVG and PNG exporters their pages, so all of them agree.
class MapPainter
{
public:
    MapPainter(const Workspace &workspace, const Journey &journey, const MapLayout &layout,
               RenderOptions options = {});
    // The same, with the window's kept label placement: `placer` placed the
    // labels of the layout `layout` was updated from (MapLayout::update),
    // or of `layout` itself; only what the edit reaches is placed again.
    // The painter that used it before must not be used any more.
    MapPainter(const Workspace &workspace, const Journey &journey, const MapLayout &layout,
               RenderOptions options, std::shared_ptr<LinkLabelPlacer> placer);
    // The same with the labels as they were placed for `layout` (a painter
    // of the same layout in another style).
    MapPainter(const Workspace &workspace, const Journey &journey, const MapLayout &layout,
               RenderOptions options, const QHash<QString, PlacedLabel> &labels);
    // The picture of a provisional layout (MapLayout::provisional() of
    // `base`'s layout) in a few milliseconds, where a painter of a
    // 50,000-step map takes a tenth of a second: `base`'s map, with the
    // cards and routes that moved, came or went, and the cards and links
    // named (their text, colour or kind changed), drawn from `provisional`
    // and `journey`; the labels of those links are left out until the
    // exact layout places them. `base` and what it draws must outlive it.
    MapPainter(const MapPainter &base, const Workspace &workspace, const Journey &journey,
               const MapLayout &provisional, const QSet<QString> &changedSteps,
               const QSet<QString> &changedLinks);

    // Everything that intersects `clip` (map units).
    void paint(QPainter *painter, const QRectF &clip) const;
    // The parts separately, for exporters that repeat headers on every page.
    // `viewport` (map units) is the part the reader sees, e.g. one printed
    // page: names of blueprint lines, stages and lanes, and the emotion scale
    // are kept inside it, so a page cut from the middle of the map still
    // says what it shows. Without it the whole map is the viewport.
    void paintBody(QPainter *painter, const QRectF &clip) const;
    void paintBody(QPainter *painter, const QRectF &clip, const QRectF &viewport) const;
    void paintStageHeaders(QPainter *painter, const QRectF &clip) const;
    void paintStageHeaders(QPainter *painter, const QRectF &clip, const QRectF &viewport) const;
    void paintLaneHeaders(QPainter *painter, const QRectF &clip) const;
    void paintLaneHeaders(QPainter *painter, const QRectF &clip, const QRectF &viewport) const;
    void paintCorner(QPainter *painter) const;
    void paintCard(QPainter *painter, const Step &step, const QRectF &rect) const;

    const MapLayout &layout() const { return m_layout; }
    const RenderOptions &options() const { return m_options; }

    // The overlay text of a step ("NPS 23 · n 412") and its colour; empty
    // when the step has no value for the overlay metric.
    struct Badge
    {
        QString text;
        QColor color;
        bool smallSample = false;
        QList<double> trend; // the value per period, oldest first, for the sparkline
    };
    Badge badge(const QString &stepId) const;
    // The link labels as placed; a hidden one is not drawn (a tooltip shows it).
    const QHash<QString, PlacedLabel> &labels() const;
    // The label placement, for the painter of the next layout.
    std::shared_ptr<LinkLabelPlacer> placer() const { return m_placer; }
    // How many cards and routes a provisional painter draws over its base's.
    qsizetype patchedCards() const { return m_patch ? m_patch->cards.size() : 0; }
    qsizetype patchedRoutes() const { return m_patch ? m_patch->routes.size() : 0; }

private:
    // What a provisional painter draws differently from its base.
    struct Patch
    {
        std::vector<char> skipCard, skipRoute; // by the base layout's index
        QList<std::pair<QRectF, const Step *>> cards;
        QList<MapLayout::Route> routes;
        QList<QRectF> routeBounds;
    };
    void init(const QHash<QString, PlacedLabel> *labels);
    void paintRoute(QPainter *p, const MapLayout::Route &r, const QRectF &clip,
                    bool focusing) const;
    void paintSketch(QPainter *p, const QRectF &clip) const;
    void paintLanes(QPainter *p, const QRectF &clip) const;
    void paintLines(QPainter *p, const QRectF &clip, const QRectF &viewport) const;
    void paintEmotionCurve(QPainter *p, const QRectF &clip, const QRectF &viewport) const;
    void paintRoutes(QPainter *p, const QRectF &clip) const;
    void paintLabels(QPainter *p, const QRectF &clip) const;
    void paintCards(QPainter *p, const QRectF &clip) const;

    const Workspace &m_workspace;
    const Journey &m_journey;
    const MapLayout &m_layout;
    RenderOptions m_options;

    void traceMetricCurve();

    QHash<QString, Badge> m_badges;
    QList<MapLayout::EmotionPoint> m_curve;
    // Each route's bounds, widened by its arrow head and pen: pages and
    // tiles skip the routes they do not cross without walking their points.
    QList<QRectF> m_routeBounds;
    QSet<QString> m_metricPoints; // steps whose curve point comes from the metric
    QHash<QString, int> m_votes;
    QHash<QString, int> m_comments;
    QHash<QString, const Step *> m_steps;
    // Link labels, placed once (labelplacer.h) so that every tile and page
    // draws them alike; the window's placer keeps them from edit to edit.
    QHash<QString, PlacedLabel> m_labels;
    std::shared_ptr<LinkLabelPlacer> m_placer;
    // The shown ones in the routes' order, with their route's index: a page
    // walks these boxes, not a hash look-up per link of the whole map.
    QList<std::pair<qsizetype, PlacedLabel>> m_shownLabels;
    // Where the cards, the routes and the shown labels lie (indices into
    // the layout's cards and routes and into m_shownLabels).
    SpatialGrid m_cardGrid, m_routeGrid, m_labelGrid;
    std::shared_ptr<const Patch> m_patch; // a provisional painter's
};

// `text` broken into lines between words (never inside one) to fit `width`
// and `height`, at most `maxLines`: the last line elided when text is left
// over, a word longer than a line elided; `cut` when anything was elided.
struct WrappedText
{
    QStringList lines;
    double lineHeight = 0;
    bool cut = false;
};
WrappedText wrapText(const QString &text, const QFont &font, double width, double height,
                     int maxLines, QPaintDevice *device = nullptr);

// Draws `text` wrapped into `rect` (wrapText); returns the height used.
double drawWrappedText(QPainter *painter, const QRectF &rect, const QString &text,
                       const QFont &font, int maxLines, Qt::Alignment align = Qt::AlignLeft);

// The speech bubble of a card's comment count around `body` (its tail
// below), on cards and in the legend.
QPainterPath commentBubble(const QRectF &body);

// The five-pointed star of a moment of truth, on cards and in the legend.
void paintStar(QPainter *painter, const QPointF &center, double radius, const QColor &color);

// Where MapPainter::paintCard draws the title of `step` on a card of
// `cardRect`: across the top, above the picture when it has one. Nothing
// else of the card (vote dots, comment count) is drawn over it.
QRectF cardTitleBox(const Step &step, const QRectF &cardRect);
// True when the card drawn in `cardRect` cannot show the whole title of
// `step` (MapPainter::paintCard elides it): the window then offers a tooltip.
bool cardTitleIsCut(const Step &step, const QRectF &cardRect);
// The lines of the title as paintCard draws them.
QStringList cardTitleLines(const Step &step, const QRectF &cardRect);

} // namespace waymark
