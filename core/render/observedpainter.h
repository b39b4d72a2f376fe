#pragma once

#include "events/observed.h"
#include "layout/maplayout.h"

#include <QColor>
#include <QHash>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace waymark {

struct Journey;

// The observed overlay (issue 13), drawn over the map by the window and the
// PDF/PNG/SVG exporters alike: link width by observed traffic, dashed ghost
// links for unplanned transitions with their counts, a badge per visited step
// (cases, median time to the next event) and drop-off marks.
class ObservedPainter
{
public:
    struct Options
    {
        int variant = -1; // index into observed.variants to highlight; -1 none
        bool dark = false;
    };

    ObservedPainter(const Journey &journey, const MapLayout &layout, ObservedJourney observed,
                    Options options);
    ObservedPainter(const Journey &journey, const MapLayout &layout, ObservedJourney observed)
        : ObservedPainter(journey, layout, std::move(observed), Options())
    {}

    void setOptions(Options options) { m_options = options; }

    void paint(QPainter *painter, const QRectF &clip) const;

    // The unplanned transition whose ghost link passes within `tolerance` of
    // `pos` (map units): its index in observed().transitions, or -1.
    int ghostAt(const QPointF &pos, double tolerance) const;
    const ObservedJourney &observed() const { return m_observed; }
    // The route of an unplanned transition's ghost link (map units), empty
    // for a planned one: orthogonal around the cards like a real link's.
    QPolygonF ghostRoute(int index) const { return m_ghosts.value(index); }
    // Where a ghost's count badge sits: on its route, off the cards.
    QPointF ghostBadgeAt(int index) const;

    // The text of a step's badge ("42 cases · 10 min"), empty when not visited.
    QString badgeText(const QString &stepId) const;
    // The step whose badge is at `pos` (map units), empty when none.
    QString stepBadgeAt(const QPointF &pos) const;
    // Where a step's badge is (map units), empty when it has none.
    QRectF stepBadgeRect(const QString &stepId) const;
    // Where a step's badge goes: over the right of its card.
    static QRectF badgeBox(const QRectF &card, double textWidth, double textHeight);

private:
    void routeGhosts();
    QPointF placeBadge(const QPolygonF &line, const QSizeF &size) const;
    bool badgeFree(const QRectF &box) const;

    const Journey &m_journey;
    const MapLayout &m_layout;
    ObservedJourney m_observed;
    Options m_options;
    qint64 m_maxCount = 1;
    QHash<int, QPolygonF> m_ghosts; // by index into m_observed.transitions
    QHash<int, QPointF> m_badges;   // where each ghost shows its count
};

} // namespace waymark
