#pragma once

#include "model/enums.h"

#include "spatialgrid.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace waymark {

struct Journey;

// Sizes of the map, in map units (one unit is one pixel at 100 % zoom and
// 1/96 inch on paper at scale 1).
struct LayoutMetrics
{
    double cardWidth = 184;
    double cardHeight = 84;     // a card without a picture
    double pictureHeight = 100; // what a picture adds: drawn across the card, under the title
    double cardGap = 14;        // also the corridor links take between stacked cards
    double cellPadding = 16;    // twice this is the corridor between stages and lanes
    double stageHeaderHeight = 44;
    double laneHeaderWidth = 156;
    double emotionLaneHeight = 150;
    double emptyLaneHeight = 72;
    int maxStack = 4; // cards stacked in one cell before another column starts

    // The one rule for a card's height: the layout, the link router, the
    // page tiler and the card tooltips all follow it.
    double cardHeightFor(bool hasPicture) const
    {
        return cardHeight + (hasPicture ? pictureHeight : 0);
    }
};

// The geometry of one journey map, computed once from the model and drawn
// alike by the window and every exporter (DESIGN.md §3).
class MapLayout
{
public:
    struct Column
    {
        QString stageId;
        QRectF header; // stage name box above the lanes
        QRectF body;   // the whole column under the header
        int subColumns = 1;
    };
    struct Row
    {
        QString laneId;
        LaneKind kind = LaneKind::Custom;
        QRectF header; // lane name box left of the stages
        QRectF body;   // the whole row right of the header
        int subRows = 1;
        // Top of each sub-row (slot in a stack): a sub-row is as tall as its
        // tallest card across the lane, so the cards of every cell of the
        // lane keep one grid and the gaps between them cross the lane.
        QList<double> subRowTops;
        QList<double> subRowHeights;
    };
    struct Card
    {
        QString stepId;
        int stage = 0; // column index
        int lane = 0;  // row index
        int slot = 0;  // position in its cell
        QRectF rect;
    };
    struct Route
    {
        QString linkId;
        QString from;
        QString to;
        LinkKind kind = LinkKind::Flow;
        QPolygonF points; // polyline from the source card to the target card
        QPointF labelAt;
        bool backward = false; // goes left or loops back
    };
    // The three lines of a service blueprint, between lanes.
    enum class LineKind { Interaction, Visibility, InternalInteraction };
    struct Line
    {
        LineKind kind;
        double y = 0;
    };
    struct EmotionPoint
    {
        QPointF pos;
        double emotion = 0;
        QStringList stepIds;
    };
    // Where a drop or a double-click lands.
    struct CellHit
    {
        QString stageId;
        QString laneId;
        int index = 0; // insertion index in the cell
        bool valid() const { return !stageId.isEmpty() && !laneId.isEmpty(); }
    };

    MapLayout() = default;
    // `Keep`: remember how the routes were spread, so that update() can
    // redo only what an edit reaches (the window does; an export does not).
    enum class Routing { Forget, Keep };
    static MapLayout compute(const Journey &journey, const LayoutMetrics &metrics = {},
                             Routing routing = Routing::Forget);
    // The layout of `journey` after an edit, from `previous`, the layout of
    // the same journey before it: the same as compute() to the bit. When
    // the stages keep their widths and the lanes their heights, only the
    // routes whose cards moved or whose way a moved card may cross are
    // routed again, and only the corridor lines their runs left or joined
    // are spread again (layoutupdate.cpp); otherwise everything is.
    static MapLayout update(const MapLayout &previous, const Journey &journey);
    // A quick stand-in for update() while the window works it out on
    // another thread: the cards placed as update() places them, the routes
    // of links whose cards moved (or that came or changed ends) routed
    // again but not spread in their corridors, every other route as in
    // `previous`. It names `previous` as its basis, with what moved
    // (movedSteps(), changedRoutes()...). Null (no cards, no bounds) when
    // a stage got wider or a lane taller: then everything moves. With
    // `before`, the journey `previous` was laid out from, a move that left
    // the links as they were walks only the moved cards' routes.
    static MapLayout provisional(const MapLayout &previous, const Journey &journey,
                                 const Journey *before = nullptr);
    bool isProvisional() const { return m_provisional; }
    // After provisional() of a move that kept the links: route i is of the
    // same link as route i of the basis, and these are the ones it routed
    // again, at those indices (else empty). Until routes() is first asked
    // for, the routes are the basis's list, shared: copying 75,000 routes
    // took 30 ms of a drop that draws only these.
    const QList<qsizetype> &reroutedAt() const { return m_reroutedAt; }
    const QList<Route> &rerouted() const { return m_rerouted; }
    // Each computed or updated layout has its own serial; an updated one
    // names the layout it came from (0: computed from scratch) and the
    // rects of the cards that moved, came or went: where they were
    // (movedFrom) and where they are (movedTo), so that a label placement
    // can follow it (render/labelplacer.h).
    quint64 serial() const { return m_serial; }
    quint64 basis() const { return m_basis; }
    const QList<QRectF> &movedFrom() const { return m_movedFrom; }
    const QList<QRectF> &movedTo() const { return m_movedTo; }
    // After update(): the steps whose cards moved, came or went, and the
    // links whose routes changed, came or went, with those polylines as
    // they were and as they are (layoutdiff.h repaints only those).
    const QStringList &movedSteps() const { return m_movedSteps; }
    const QStringList &changedRoutes() const { return m_changedRoutes; }
    const QList<QPolygonF> &changedPolylines() const { return m_changedPolylines; }

    const LayoutMetrics &metrics() const { return m_metrics; }
    QRectF bounds() const { return m_bounds; }
    // The area right of the lane headers and below the stage headers.
    QRectF body() const;
    const QList<Column> &columns() const { return m_columns; }
    const QList<Row> &rows() const { return m_rows; }
    const QList<Card> &cards() const { return m_cards; }
    const QList<Route> &routes() const
    {
        if (m_reroutedPending)
            applyRerouted();
        return m_routes;
    }
    const QList<Line> &lines() const { return m_lines; }
    const QList<EmotionPoint> &emotionCurve() const { return m_emotion; }
    // The body of the first emotions lane; empty when there is none.
    QRectF emotionBand() const { return m_emotionBand; }
    // The curve with some steps' emotions replaced (step id -> -2..+2), e.g.
    // by a metric's values; the other steps keep their own emotion.
    QList<EmotionPoint> emotionCurveWith(const Journey &journey,
                                         const QHash<QString, double> &emotions) const;

    const Card *card(const QString &stepId) const;
    QString cardAt(const QPointF &pos) const;
    QStringList cardsIn(const QRectF &area) const;
    QString routeAt(const QPointF &pos, double tolerance) const;
    CellHit cellAt(const QPointF &pos) const;
    QRectF cellRect(int column, int row) const;

    // The y of an emotion (-2..+2) inside the emotion band.
    double emotionY(double emotion) const;
    // Name of a blueprint line, translated.
    static QString lineName(LineKind kind);

private:
    struct RoutingState;
    void placeCards(const Journey &journey);
    void routeLinks(const Journey &journey, bool keep);
    // Turns the spread polylines into m_routes' points and label spots;
    // a route whose points are those of route `oldIndex[i]` of `previous`
    // takes its label spot.
    void finishRoutes(QList<QPolygonF> *lines, const MapLayout *previous = nullptr,
                      const std::vector<int> *oldIndex = nullptr);
    bool sameGrid(const MapLayout &other) const;
    void placeLines();
    void traceEmotions(const Journey &journey);
    void buildIndex();
    void buildBuckets() const;

    LayoutMetrics m_metrics;
    QRectF m_bounds;
    QList<Column> m_columns;
    QList<Row> m_rows;
    QList<Card> m_cards;
    mutable QList<Route> m_routes; // see reroutedAt()
    QList<Line> m_lines;
    QList<EmotionPoint> m_emotion;
    QRectF m_emotionBand;
    QHash<QString, int> m_cardIndex;
    // Cards by grid bucket, for hit tests on big maps (built at the first).
    double m_bucketSize = 256;
    mutable QHash<quint64, QList<int>> m_buckets;
    mutable bool m_bucketsBuilt = false;
    // Routes by the cells their segments cross, built at the first hit
    // test (a hover over a 75,000-link map walked every segment).
    mutable SpatialGrid m_routeGrid{256};
    mutable bool m_routeGridBuilt = false;
    std::shared_ptr<const RoutingState> m_routing; // kept for update()
    quint64 m_serial = 0;
    quint64 m_basis = 0;
    bool m_provisional = false;
    QList<qsizetype> m_reroutedAt;
    QList<Route> m_rerouted;
    mutable bool m_reroutedPending = false; // m_rerouted not yet in m_routes
    void applyRerouted() const;
    QList<QRectF> m_movedFrom, m_movedTo;
    QStringList m_movedSteps, m_changedRoutes;
    QList<QPolygonF> m_changedPolylines;
};

} // namespace waymark
