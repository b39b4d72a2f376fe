#pragma once

#include "model/enums.h"

#include <QColor>
#include <QFont>
#include <QPen>

namespace waymark {

// Colours and type of the map, shared by the window and every exporter so
// the screen and the paper agree. Light is the paper theme.
struct MapStyle
{
    bool dark = false;

    static MapStyle light() { return {}; }
    static MapStyle darkTheme() { return {true}; }

    QColor canvas() const;
    QColor gridLine() const;
    QColor text() const;
    QColor mutedText() const;
    QColor stageHeader(int index) const; // alternating shades of one colour
    QColor stageHeaderText() const;
    QColor laneHeader(LaneKind kind) const;
    QColor laneBody(LaneKind kind, bool alternate) const;
    QColor cardFill(StepKind kind) const;
    QColor cardAccent(StepKind kind) const;
    QColor cardBorder() const;
    QColor momentOfTruth() const;
    QPen linkPen(LinkKind kind) const;
    QColor linkColor(LinkKind kind) const;
    QColor blueprintLine() const;
    QColor emotionColor(double emotion) const; // red (-2) .. grey (0) .. green (+2)
    QColor selection() const;
    QColor voteDot() const;

    // Metric scale: good, watch, bad, and "no threshold".
    QColor metricGood() const;
    QColor metricWatch() const;
    QColor metricBad() const;
    QColor metricNeutral() const;

    // Fonts in map units (pixel sizes), scaled by the painter's transform.
    static QFont font(double pixelSize, bool bold = false);
};

} // namespace waymark
