#include "mapstyle.h"

#include "layout/fontfallback.h"

#include <algorithm>

namespace waymark {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

QColor MapStyle::canvas() const
{
    return dark ? QColor(0x1e, 0x21, 0x26) : QColor(0xff, 0xff, 0xff);
}

QColor MapStyle::gridLine() const
{
    return dark ? QColor(0x3a, 0x3f, 0x47) : QColor(0xd9, 0xde, 0xe5);
}

QColor MapStyle::text() const
{
    return dark ? QColor(0xe8, 0xea, 0xed) : QColor(0x1f, 0x29, 0x37);
}

QColor MapStyle::mutedText() const
{
    // WCAG AA (4.5:1) on every lane header, card and the canvas (tst_contrast).
    return dark ? QColor(0xc3, 0xc9, 0xd1) : QColor(0x52, 0x5c, 0x69);
}

QColor MapStyle::stageHeader(int index) const
{
    const QColor base = dark ? QColor(0x2f, 0x4a, 0x73) : QColor(0x1e, 0x3a, 0x5f);
    return index % 2 ? mix(base, QColor(0xff, 0xff, 0xff), 0.12) : base;
}

QColor MapStyle::stageHeaderText() const
{
    return QColor(0xff, 0xff, 0xff);
}

QColor MapStyle::laneHeader(LaneKind kind) const
{
    QColor c;
    switch (kind) {
    case LaneKind::Evidence:
        c = QColor(0xf3, 0xe8, 0xd2);
        break;
    case LaneKind::Customer:
    case LaneKind::Touchpoints:
        c = QColor(0xdc, 0xe8, 0xf7);
        break;
    case LaneKind::Emotions:
    case LaneKind::Thoughts:
        c = QColor(0xf6, 0xe1, 0xec);
        break;
    case LaneKind::PainPoints:
        c = QColor(0xf9, 0xdc, 0xdc);
        break;
    case LaneKind::Opportunities:
        c = QColor(0xdc, 0xf2, 0xe2);
        break;
    case LaneKind::Frontstage:
        c = QColor(0xe1, 0xf0, 0xee);
        break;
    case LaneKind::Backstage:
        c = QColor(0xe6, 0xe8, 0xec);
        break;
    case LaneKind::Support:
        c = QColor(0xdb, 0xde, 0xe4);
        break;
    case LaneKind::Metrics:
    case LaneKind::Custom:
        c = QColor(0xee, 0xee, 0xee);
        break;
    }
    return dark ? mix(c, QColor(0x1e, 0x21, 0x26), 0.78) : c;
}

QColor MapStyle::laneBody(LaneKind kind, bool alternate) const
{
    const QColor header = laneHeader(kind);
    const double t = dark ? (alternate ? 0.55 : 0.65) : (alternate ? 0.62 : 0.72);
    return mix(header, canvas(), t);
}

QColor MapStyle::cardFill(StepKind kind) const
{
    QColor c;
    switch (kind) {
    case StepKind::Touchpoint:
        c = QColor(0xe8, 0xf1, 0xfd);
        break;
    case StepKind::Action:
        c = QColor(0xff, 0xff, 0xff);
        break;
    case StepKind::PainPoint:
        c = QColor(0xfd, 0xe8, 0xe8);
        break;
    case StepKind::Opportunity:
        c = QColor(0xe6, 0xf7, 0xeb);
        break;
    case StepKind::Process:
        c = QColor(0xf0, 0xec, 0xfb);
        break;
    case StepKind::Evidence:
        c = QColor(0xfd, 0xf4, 0xe1);
        break;
    case StepKind::Note:
        c = QColor(0xfe, 0xf9, 0xc3);
        break;
    }
    return dark ? mix(c, QColor(0x2a, 0x2e, 0x35), 0.82) : c;
}

QColor MapStyle::cardAccent(StepKind kind) const
{
    switch (kind) {
    case StepKind::Touchpoint:
        return QColor(0x25, 0x63, 0xeb);
    case StepKind::Action:
        return QColor(0x47, 0x55, 0x69);
    case StepKind::PainPoint:
        return QColor(0xdc, 0x26, 0x26);
    case StepKind::Opportunity:
        return QColor(0x16, 0xa3, 0x4a);
    case StepKind::Process:
        return QColor(0x7c, 0x3a, 0xed);
    case StepKind::Evidence:
        return QColor(0xd9, 0x77, 0x06);
    case StepKind::Note:
        return QColor(0xca, 0x8a, 0x04);
    }
    return QColor(0x47, 0x55, 0x69);
}

QColor MapStyle::cardBorder() const
{
    return dark ? QColor(0x4b, 0x52, 0x5c) : QColor(0xc3, 0xcb, 0xd6);
}

QColor MapStyle::momentOfTruth() const
{
    return QColor(0xea, 0x58, 0x0c);
}

QColor MapStyle::linkColor(LinkKind kind) const
{
    switch (kind) {
    case LinkKind::Flow:
        return dark ? QColor(0xc7, 0xcd, 0xd6) : QColor(0x37, 0x41, 0x51);
    case LinkKind::Alternative:
        return dark ? QColor(0x9a, 0xa3, 0xaf) : QColor(0x6b, 0x72, 0x80);
    case LinkKind::Handoff:
        return dark ? QColor(0xf9, 0x73, 0x16) : QColor(0xc2, 0x41, 0x0c);
    case LinkKind::Dependency:
        // Labels are written in the link's colour: readable on the canvas.
        return dark ? QColor(0x8b, 0x95, 0xa3) : QColor(0x6b, 0x72, 0x80);
    }
    return text();
}

QPen MapStyle::linkPen(LinkKind kind) const
{
    QPen pen(linkColor(kind), 1.6);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    switch (kind) {
    case LinkKind::Flow:
        break;
    case LinkKind::Alternative:
        pen.setStyle(Qt::DashLine);
        break;
    case LinkKind::Handoff:
        pen.setWidthF(2.4);
        break;
    case LinkKind::Dependency:
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(1.2);
        break;
    }
    return pen;
}

QColor MapStyle::blueprintLine() const
{
    return dark ? QColor(0x8b, 0x95, 0xa3) : QColor(0x4b, 0x55, 0x63);
}

QColor MapStyle::emotionColor(double emotion) const
{
    const QColor neutral(0x94, 0xa3, 0xb8);
    const double t = std::clamp(std::abs(emotion) / 2.0, 0.0, 1.0);
    return emotion >= 0 ? mix(neutral, QColor(0x16, 0xa3, 0x4a), t)
                        : mix(neutral, QColor(0xdc, 0x26, 0x26), t);
}

QColor MapStyle::selection() const
{
    return QColor(0x0e, 0x7a, 0xfe);
}

QColor MapStyle::voteDot() const
{
    return QColor(0x7c, 0x3a, 0xed);
}

QColor MapStyle::metricGood() const
{
    return QColor(0x16, 0xa3, 0x4a);
}

QColor MapStyle::metricWatch() const
{
    return QColor(0xd9, 0x77, 0x06);
}

QColor MapStyle::metricBad() const
{
    return QColor(0xdc, 0x26, 0x26);
}

QColor MapStyle::metricNeutral() const
{
    return QColor(0x64, 0x74, 0x8b);
}

QFont MapStyle::font(double pixelSize, bool bold)
{
    // DejaVu Sans covers Latin and Cyrillic; emoji fall back to Symbola and
    // Chinese to WenQuanYi (render/fontfallback.h). All are dependencies of
    // the package.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, int(pixelSize + 0.5)));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // same shapes on screen and paper
    applyTextFallback(&f); // emoji, and no ligatures: a PDF search finds "confirmation"
    return f;
}

} // namespace waymark
