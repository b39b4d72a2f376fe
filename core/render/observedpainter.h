#pragma once

#include "events/observed.h"
#include "layout/maplayout.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
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

    void paint(QPainter *painter, const QRectF &clip) const;

    // The unplanned transition whose ghost link passes within `tolerance` of
    // `pos` (map units): its index in observed().transitions, or -1.
    int ghostAt(const QPointF &pos, double tolerance) const;
    const ObservedJourney &observed() const { return m_observed; }

    // The text of a step's badge ("42 cases · 10 min"), empty when not visited.
    QString badgeText(const QString &stepId) const;

private:
    QPolygonF ghostLine(const ObservedTransition &t) const;

    const Journey &m_journey;
    const MapLayout &m_layout;
    ObservedJourney m_observed;
    Options m_options;
    qint64 m_maxCount = 1;
};

} // namespace waymark
