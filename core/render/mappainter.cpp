#include "render/mappainter.h"

#include "render/labelplacer.h"
#include "render/picturepainter.h"

#include "layout/channelicons.h"
#include "layout/metricvisuals.h"
#include "metrics/summary.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QMap>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>
#include <thread>

namespace waymark {

namespace {

// Whether the segment a-b comes within `near` (a segment along an axis has
// an empty bounding box, which QRectF::intersects never counts).
bool segmentNear(const QPointF &a, const QPointF &b, const QRectF &near)
{
    return std::max(a.x(), b.x()) >= near.left() && std::min(a.x(), b.x()) <= near.right()
           && std::max(a.y(), b.y()) >= near.top() && std::min(a.y(), b.y()) <= near.bottom();
}

// A polyline with rounded corners, only its stretches that come within
// `margin` of `clip`. A long link is painted on every tile or PDF page it
// crosses, and each gets only its own part: a page of a tiled 5,000-step
// map held 1,600 line segments, most of them of other pages' stretches,
// and writing them (and compressing them) was half the export's time. The
// margin is larger than the corner radius and the pen, so what is left out
// is a corner or a straight end that could not show.
QPainterPath roundedPolyline(const QPolygonF &points, double radius, const QRectF &clip,
                             double margin)
{
    QPainterPath path;
    if (points.size() < 2)
        return path;
    const QRectF near = clip.adjusted(-margin, -margin, margin, margin);
    bool open = false;
    for (int i = 1; i < points.size(); ++i) {
        const QPointF a = points[i - 1], b = points[i];
        if (!segmentNear(a, b, near)) {
            open = false;
            continue;
        }
        if (!open) {
            path.moveTo(a);
            open = true;
        }
        if (i + 1 < points.size() && segmentNear(b, points[i + 1], near)) {
            const QPointF c = points[i + 1];
            const double la = QLineF(a, b).length(), lc = QLineF(b, c).length();
            const double r = std::min({radius, la / 2, lc / 2});
            if (r > 0.5) {
                path.lineTo(b + (a - b) * (r / la));
                path.quadTo(b, b + (c - b) * (r / lc));
                continue;
            }
        }
        path.lineTo(b);
    }
    return path;
}

void paintArrowHead(QPainter *p, const QPointF &from, const QPointF &tip, const QColor &color,
                    double size)
{
    QLineF line(tip, from);
    if (line.length() < 0.01)
        return;
    line.setLength(size);
    const QPointF back = line.p2();
    const QPointF normal(-(back.y() - tip.y()) * 0.5, (back.x() - tip.x()) * 0.5);
    QPolygonF head{tip, back + normal, back - normal};
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawPolygon(head);
}

QPainterPath smoothCurve(const QList<QPointF> &pts)
{
    // Catmull-Rom through the points, as cubic Béziers.
    QPainterPath path;
    if (pts.isEmpty())
        return path;
    path.moveTo(pts.first());
    for (int i = 0; i + 1 < pts.size(); ++i) {
        const QPointF p0 = pts[std::max(0, i - 1)];
        const QPointF p1 = pts[i];
        const QPointF p2 = pts[i + 1];
        const QPointF p3 = pts[std::min(int(pts.size()) - 1, i + 2)];
        path.cubicTo(p1 + (p2 - p0) / 6.0, p2 - (p3 - p1) / 6.0, p2);
    }
    return path;
}

QString formatValue(double value, Formula formula)
{
    if (formula == Formula::Mean)
        return QString::number(value, 'f', 2);
    return QString::number(std::round(value));
}

// Links past which a painter places the labels on a thread of their own
// while it builds its grids.
constexpr qsizetype kLabelsBesideAbove = 5000;

} // namespace

MapPainter::MapPainter(const Workspace &workspace, const Journey &journey, const MapLayout &layout,
                       RenderOptions options)
    : MapPainter(workspace, journey, layout, std::move(options), nullptr)
{}

const QHash<QString, PlacedLabel> &MapPainter::labels() const
{
    return m_labels;
}

MapPainter::MapPainter(const Workspace &workspace, const Journey &journey, const MapLayout &layout,
                       RenderOptions options, std::shared_ptr<LinkLabelPlacer> placer)
    : m_workspace(workspace)
    , m_journey(journey)
    , m_layout(layout)
    , m_options(std::move(options))
    , m_placer(std::move(placer))
{
    init(nullptr);
}

MapPainter::MapPainter(const Workspace &workspace, const Journey &journey, const MapLayout &layout,
                       RenderOptions options, const QHash<QString, PlacedLabel> &labels)
    : m_workspace(workspace)
    , m_journey(journey)
    , m_layout(layout)
    , m_options(std::move(options))
{
    init(&labels);
}

void MapPainter::init(const QHash<QString, PlacedLabel> *given)
{
    const Workspace &workspace = m_workspace;
    const Journey &journey = m_journey;
    const MapLayout &layout = m_layout;
    for (const Vote &v : journey.votes)
        m_votes[v.step] += v.count;
    for (const Comment &c : journey.comments)
        ++m_comments[c.step];
    // The labels, and beside them (on another core, for a big map: the
    // first picture of a 50,000-step map waits for both) the grids.
    const auto placeLabels = [this, given] {
        if (m_options.sketch) {
            // A sketch has no labels to place.
        } else if (given) {
            m_labels = *given;
        } else if (m_placer) {
            // A copy (shared until the placer changes them): the placer may
            // go on to the next layout, on another thread, while this draws.
            m_placer->update(m_journey, m_layout, lineNameBoxes(m_layout, m_layout.bounds()));
            m_labels = m_placer->labels();
        } else {
            m_labels = placeLinkLabels(m_journey, m_layout,
                                       lineNameBoxes(m_layout, m_layout.bounds()));
        }
    };
    std::thread beside;
    if (!m_options.sketch && !given && layout.routes().size() >= kLabelsBesideAbove)
        beside = std::thread(placeLabels);
    for (const Step &s : journey.steps)
        m_steps.insert(s.id, &s);
    m_routeBounds.reserve(layout.routes().size());
    for (const MapLayout::Route &r : layout.routes()) {
        const QRectF bounds = r.points.boundingRect().adjusted(-30, -30, 30, 30);
        m_routeGrid.insert(m_routeBounds.size(), bounds);
        m_routeBounds.append(bounds);
    }
    for (qsizetype i = 0; i < layout.cards().size(); ++i)
        m_cardGrid.insert(i, layout.cards()[i].rect);
    if (beside.joinable())
        beside.join();
    else
        placeLabels();
    const QHash<QString, PlacedLabel> &labels = m_labels;
    for (qsizetype i = 0; i < layout.routes().size(); ++i) {
        const auto label = labels.constFind(layout.routes()[i].linkId);
        if (label != labels.cend() && !label->hidden) {
            m_labelGrid.insert(m_shownLabels.size(), label->box);
            m_shownLabels.append({i, *label});
        }
    }
    traceMetricCurve();
    if (m_options.overlayMetric.isEmpty())
        return;
    const MetricDef *def = workspace.metricDef(m_options.overlayMetric);
    if (!def)
        return;
    const MapStyle &style = m_options.style;
    const QHash<QString, QList<StepMetric>> metrics = journeyMetrics(workspace, journey);
    // The trend per step in one pass over the values (as metricTrend() for
    // all customers), so a big map with many imports stays quick to redraw.
    QHash<QString, QMap<QString, QList<const MetricValue *>>> periods;
    for (const MetricValue &v : journey.metricValues) {
        if (v.metric == def->id && !v.period.isEmpty() && v.segment.isEmpty())
            periods[v.step][v.period].append(&v);
    }
    for (const Step &s : journey.steps) {
        for (const StepMetric &m : metrics.value(s.id)) {
            if (m.metric != def->id)
                continue;
            Badge b;
            //: metric badge on a card: metric name, value, number of answers
            b.text = QCoreApplication::translate("MapPainter", "%1 %2 · n %3")
                             .arg(def->name, formatValue(m.value, m.formula))
                             .arg(m.n);
            b.smallSample = m.smallSample();
            switch (metricBand(*def, m.value)) {
            case MetricBand::Good:
                b.color = style.metricGood();
                break;
            case MetricBand::Watch:
                b.color = style.metricWatch();
                break;
            case MetricBand::Bad:
                b.color = style.metricBad();
                break;
            case MetricBand::None:
                b.color = style.metricNeutral();
                break;
            }
            const QMap<QString, QList<const MetricValue *>> byPeriod = periods.value(s.id);
            for (auto it = byPeriod.cbegin(); it != byPeriod.cend(); ++it)
                b.trend.append(summarize(*def, *it).value);
            m_badges.insert(s.id, b);
        }
    }
}

void MapPainter::traceMetricCurve()
{
    m_curve = m_layout.emotionCurve();
    if (m_options.emotionMetric.isEmpty())
        return;
    const MetricDef *def = m_workspace.metricDef(m_options.emotionMetric);
    if (!def)
        return;
    QHash<QString, double> emotions;
    const QHash<QString, QList<StepMetric>> metrics = journeyMetrics(m_workspace, m_journey);
    for (const Step &s : m_journey.steps) {
        for (const StepMetric &m : metrics.value(s.id)) {
            if (m.metric != def->id || m.n <= 0)
                continue;
            if (const auto e = metricEmotion(*def, m.value)) {
                emotions.insert(s.id, *e);
                m_metricPoints.insert(s.id);
            }
        }
    }
    m_curve = m_layout.emotionCurveWith(m_journey, emotions);
}

MapPainter::Badge MapPainter::badge(const QString &stepId) const
{
    return m_badges.value(stepId);
}

void MapPainter::paint(QPainter *p, const QRectF &clip) const
{
    if (m_options.sketch) {
        paintSketch(p, clip);
        return;
    }
    paintBody(p, clip);
    paintStageHeaders(p, clip);
    paintLaneHeaders(p, clip);
    paintCorner(p);
}

void MapPainter::paintBody(QPainter *p, const QRectF &clip) const
{
    paintBody(p, clip, m_layout.bounds());
}

void MapPainter::paintBody(QPainter *p, const QRectF &clip, const QRectF &viewport) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    paintLanes(p, clip);
    paintLines(p, clip, viewport);
    paintEmotionCurve(p, clip, viewport);
    paintRoutes(p, clip);
    paintCards(p, clip);
    paintLabels(p, clip);
    p->restore();
}

void MapPainter::paintEmotionCurve(QPainter *p, const QRectF &clip, const QRectF &viewport) const
{
    const QRectF band = m_layout.emotionBand();
    if (band.isNull() || !band.intersects(clip))
        return;
    const MapStyle &style = m_options.style;
    const QList<MapLayout::EmotionPoint> &points = m_curve;
    // Neutral baseline and the scale.
    p->setPen(QPen(style.gridLine(), 1.2, Qt::DashLine));
    p->drawLine(QPointF(band.left(), m_layout.emotionY(0)),
                QPointF(band.right(), m_layout.emotionY(0)));
    const QFont small = MapStyle::font(10);
    p->setFont(small);
    p->setPen(style.mutedText());
    for (int e : {2, 0, -2}) {
        const QString label = e > 0   ? QStringLiteral("+%1").arg(e)
                              : e < 0 ? QStringLiteral("−%1").arg(-e)
                                      : QStringLiteral("0");
        p->drawText(QRectF(std::max(band.left(), viewport.left()) + 4, m_layout.emotionY(e) - 8, 22,
                           16),
                    Qt::AlignCenter, label);
    }
    if (!m_options.emotionMetric.isEmpty()) {
        // Say what the curve shows, so a printed page does too.
        if (const MetricDef *def = m_workspace.metricDef(m_options.emotionMetric)) {
            p->setFont(MapStyle::font(10, true));
            p->drawText(
                    QRectF(std::max(band.left(), viewport.left()) + 30, band.top() + 2, 260, 16),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    //: the emotion curve follows a metric's values
                    QCoreApplication::translate("MapPainter", "Curve: %1").arg(def->name));
        }
    }
    if (points.isEmpty())
        return;
    // Only the stretch over the clip, with two points either side so that the
    // smoothed curve enters and leaves it as it would on the whole map: a
    // page of a tiled PDF then holds its own part, not the whole curve.
    qsizetype first = 0, last = points.size();
    while (first < points.size() && points[first].pos.x() < clip.left() - 20)
        ++first;
    while (last > first && points[last - 1].pos.x() > clip.right() + 20)
        --last;
    first = std::max<qsizetype>(0, first - 2);
    last = std::min<qsizetype>(points.size(), last + 2);
    QList<QPointF> pts;
    for (qsizetype i = first; i < last; ++i)
        pts.append(points[i].pos);
    QPen curve(style.text(), 2.6);
    curve.setCapStyle(Qt::RoundCap);
    p->setPen(curve);
    p->setBrush(Qt::NoBrush);
    p->drawPath(smoothCurve(pts));
    for (qsizetype i = first; i < last; ++i) {
        const auto &pt = points[i];
        p->setPen(QPen(style.canvas(), 2));
        p->setBrush(style.emotionColor(pt.emotion));
        // Points taken from the metric are squares, the cards' own are dots.
        if (!pt.stepIds.isEmpty() && m_metricPoints.contains(pt.stepIds.first()))
            p->drawRoundedRect(QRectF(pt.pos.x() - 6, pt.pos.y() - 6, 12, 12), 2, 2);
        else
            p->drawEllipse(pt.pos, 6.5, 6.5);
    }
}

// Past the clip by more than a corner and a pen: nothing of a route shows.
constexpr double kRouteMargin = 16;

void MapPainter::paintRoutes(QPainter *p, const QRectF &clip) const
{
    const bool focusing = !m_options.focusSteps.isEmpty() || !m_options.focusLinks.isEmpty();
    const QList<MapLayout::Route> &routes = m_layout.routes();
    for (qsizetype i : m_routeGrid.query(clip)) {
        if (!m_routeBounds[i].intersects(clip) || (m_patch && m_patch->skipRoute[size_t(i)]))
            continue;
        paintRoute(p, routes[i], clip, focusing);
    }
    if (m_patch) {
        for (qsizetype i = 0; i < m_patch->routes.size(); ++i) {
            if (m_patch->routeBounds[i].intersects(clip))
                paintRoute(p, m_patch->routes[i], clip, focusing);
        }
    }
    p->setOpacity(1.0);
}

void MapPainter::paintRoute(QPainter *p, const MapLayout::Route &r, const QRectF &clip,
                            bool focusing) const
{
    const MapStyle &style = m_options.style;
    const QRectF nearClip = clip.adjusted(-kRouteMargin, -kRouteMargin, kRouteMargin, kRouteMargin);
    const bool dim = focusing && !m_options.focusLinks.contains(r.linkId);
    p->setOpacity(dim ? 0.18 : 1.0);
    QPen pen = style.linkPen(r.kind);
    if (focusing && !dim)
        pen.setWidthF(pen.widthF() + 1.6);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPath(roundedPolyline(r.points, 7, clip, kRouteMargin));
    if (r.points.size() >= 2
        && segmentNear(r.points[r.points.size() - 2], r.points.last(), nearClip))
        paintArrowHead(p, r.points[r.points.size() - 2], r.points.last(), pen.color(), 9);
}

void MapPainter::paintLabels(QPainter *p, const QRectF &clip) const
{
    // Over the lines and the cards: the placer keeps them off the cards, the
    // line names and each other, shortened or hidden where there is no room.
    const MapStyle &style = m_options.style;
    const bool focusing = !m_options.focusSteps.isEmpty() || !m_options.focusLinks.isEmpty();
    p->setFont(MapStyle::font(10, true));
    for (qsizetype i : m_labelGrid.query(clip)) {
        const auto &[route, label] = m_shownLabels[i];
        if (!label.box.intersects(clip) || (m_patch && m_patch->skipRoute[size_t(route)]))
            continue;
        const MapLayout::Route &r = m_layout.routes()[route];
        const bool dim = focusing && !m_options.focusLinks.contains(r.linkId);
        p->setOpacity(dim ? 0.18 : 1.0);
        p->setPen(QPen(style.linkColor(r.kind), 1));
        p->setBrush(style.canvas());
        p->drawRoundedRect(label.box, 4, 4);
        p->drawText(label.box, Qt::AlignCenter, label.text);
    }
    p->setOpacity(1.0);
}

void MapPainter::paintStageHeaders(QPainter *p, const QRectF &clip) const
{
    paintStageHeaders(p, clip, m_layout.bounds());
}

void MapPainter::paintStageHeaders(QPainter *p, const QRectF &clip, const QRectF &viewport) const
{
    const MapStyle &style = m_options.style;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const auto &columns = m_layout.columns();
    const QFont font = MapStyle::font(14, true);
    for (int i = 0; i < columns.size(); ++i) {
        const QRectF h = columns[i].header;
        if (h.right() < clip.left() || h.left() > clip.right())
            continue;
        // Chevrons: each stage points to the next.
        const double tip = 12;
        QPolygonF shape{h.topLeft(), QPointF(h.right(), h.top()),
                        QPointF(h.right() + (i + 1 < columns.size() ? tip : 0), h.center().y()),
                        h.bottomRight(), h.bottomLeft()};
        if (i > 0)
            shape.append(QPointF(h.left() + tip, h.center().y()));
        p->setPen(Qt::NoPen);
        p->setBrush(style.stageHeader(i));
        p->drawPolygon(shape);
        const Stage *stage = m_journey.stage(columns[i].stageId);
        // The name goes where the reader sees it; a sliver of a column (the
        // overlap of a printed page) gets none.
        QRectF text = h.adjusted(i > 0 ? tip + 8 : 12, 4, -tip - 4, -4);
        text.setLeft(std::max(text.left(), viewport.left() + 8));
        text.setRight(std::min(text.right(), viewport.right() - 8));
        if (text.width() < 48)
            continue;
        p->setPen(style.stageHeaderText());
        drawWrappedText(p, text, stage ? stage->name : QString(), font, 2,
                        Qt::AlignLeft | Qt::AlignVCenter);
    }
    p->restore();
}

void MapPainter::paintLaneHeaders(QPainter *p, const QRectF &clip) const
{
    paintLaneHeaders(p, clip, m_layout.bounds());
}

void MapPainter::paintLaneHeaders(QPainter *p, const QRectF &clip, const QRectF &viewport) const
{
    const MapStyle &style = m_options.style;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    const QFont name = MapStyle::font(12.5, true);
    const QFont kind = MapStyle::font(10);
    for (const MapLayout::Row &r : m_layout.rows()) {
        if (r.header.bottom() < clip.top() || r.header.top() > clip.bottom())
            continue;
        p->fillRect(r.header, style.laneHeader(r.kind));
        p->setPen(QPen(style.gridLine(), 1));
        p->drawLine(r.header.bottomLeft(), r.header.bottomRight());
        p->drawLine(r.header.topRight(), r.header.bottomRight());
        // The name goes where the reader sees it (a lane cut by a page break
        // is named on both pages); a sliver gets none.
        QRectF visible = r.header;
        visible.setTop(std::max(visible.top(), viewport.top()));
        visible.setBottom(std::min(visible.bottom(), viewport.bottom()));
        if (visible.height() < 40)
            continue;
        const Lane *lane = m_journey.lane(r.laneId);
        const QString laneName = lane ? lane->name : QString();
        p->setPen(style.text());
        const double used
                = drawWrappedText(p, visible.adjusted(12, 10, -10, -24), laneName, name, 3);
        // The kind is shown only when the name does not already say it.
        const QString kindName = displayName(r.kind);
        if (!laneName.contains(kindName, Qt::CaseInsensitive)
            && !kindName.contains(laneName, Qt::CaseInsensitive)) {
            p->setPen(style.mutedText());
            drawWrappedText(p,
                            QRectF(visible.left() + 12, visible.top() + 12 + used,
                                   visible.width() - 22, 16),
                            kindName, kind, 1);
        }
    }
    p->restore();
}

void MapPainter::paintCorner(QPainter *p) const
{
    const MapStyle &style = m_options.style;
    const LayoutMetrics &m = m_layout.metrics();
    const QRectF corner(0, 0, m.laneHeaderWidth, m.stageHeaderHeight);
    p->fillRect(corner, style.stageHeader(1));
    // Whom the journey is about: the persona's photo, or its initials.
    // The journey's name beside it, on three smaller lines to keep its room.
    double left = 12;
    double size = 11;
    int lines = 2;
    if (const Persona *persona = m_workspace.persona(m_journey.persona)) {
        const double side = m.stageHeaderHeight - 16;
        paintAvatar(p, m_workspace.picture(persona->photo), persona->name,
                    QRectF(8, (m.stageHeaderHeight - side) / 2, side, side), style.stageHeader(0),
                    style.stageHeaderText());
        left = 8 + side + 6;
        size = 9.5;
        lines = 3;
    }
    p->setPen(style.stageHeaderText());
    drawWrappedText(p, corner.adjusted(left, 3, -6, -3), m_journey.name, MapStyle::font(size, true),
                    lines, Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace waymark
