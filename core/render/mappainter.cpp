#include "render/mappainter.h"

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

namespace waymark {

namespace {

// Boxes bucketed on a uniform grid: "does this box touch any of them" looks
// at the few boxes in its cells, not at all of them (label placement asks it
// tens of thousands of times on a big map).
class BoxGrid
{
public:
    explicit BoxGrid(double cell)
        : m_cell(cell)
    {}

    void insert(const QRectF &box)
    {
        const qsizetype index = m_boxes.size();
        m_boxes.append(box);
        forCells(box, [&](qint64 key) { m_cells[key].append(index); });
    }

    bool intersectsAny(const QRectF &box) const
    {
        bool hit = false;
        forCells(box, [&](qint64 key) {
            if (hit)
                return;
            const auto it = m_cells.constFind(key);
            if (it == m_cells.cend())
                return;
            for (qsizetype i : *it) {
                if (m_boxes[i].intersects(box)) {
                    hit = true;
                    return;
                }
            }
        });
        return hit;
    }

private:
    template<typename Visit>
    void forCells(const QRectF &box, Visit visit) const
    {
        const qint64 x0 = qint64(std::floor(box.left() / m_cell));
        const qint64 x1 = qint64(std::floor(box.right() / m_cell));
        const qint64 y0 = qint64(std::floor(box.top() / m_cell));
        const qint64 y1 = qint64(std::floor(box.bottom() / m_cell));
        for (qint64 x = x0; x <= x1; ++x) {
            for (qint64 y = y0; y <= y1; ++y)
                visit((x << 32) ^ (y & 0xffffffff));
        }
    }

    double m_cell;
    QList<QRectF> m_boxes;
    QHash<qint64, QList<qsizetype>> m_cells;
};

QPainterPath roundedPolyline(const QPolygonF &points, double radius)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    for (int i = 1; i < points.size(); ++i) {
        if (i + 1 < points.size()) {
            const QPointF a = points[i - 1], b = points[i], c = points[i + 1];
            const double la = QLineF(a, b).length(), lc = QLineF(b, c).length();
            const double r = std::min({radius, la / 2, lc / 2});
            if (r > 0.5) {
                const QPointF in = b + (a - b) * (r / la);
                const QPointF out = b + (c - b) * (r / lc);
                path.lineTo(in);
                path.quadTo(b, out);
                continue;
            }
        }
        path.lineTo(points[i]);
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

void paintStar(QPainter *p, const QPointF &center, double radius, const QColor &color)
{
    QPolygonF star;
    for (int i = 0; i < 10; ++i) {
        const double r = i % 2 ? radius * 0.45 : radius;
        const double a = -M_PI / 2 + i * M_PI / 5;
        star.append(center + QPointF(std::cos(a) * r, std::sin(a) * r));
    }
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawPolygon(star);
}

QString formatValue(double value, Formula formula)
{
    if (formula == Formula::Mean)
        return QString::number(value, 'f', 2);
    return QString::number(std::round(value));
}

} // namespace

double drawWrappedText(QPainter *painter, const QRectF &rect, const QString &text,
                       const QFont &font, int maxLines, Qt::Alignment align)
{
    if (text.isEmpty() || maxLines <= 0)
        return 0;
    const QFontMetricsF fm(font, painter->device());
    QTextLayout layout(text, font, painter->device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<std::pair<int, int>> lines;
    double height = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        if (height + line.height() > rect.height() + 0.5 && !lines.isEmpty())
            break;
        lines.append({line.textStart(), line.textLength()});
        height += line.height();
        if (lines.size() == maxLines)
            break;
    }
    layout.endLayout();
    painter->setFont(font);
    double y = rect.top();
    if (align & Qt::AlignVCenter)
        y += std::max(0.0, (rect.height() - fm.height() * lines.size()) / 2);
    align &= ~Qt::AlignVertical_Mask;
    for (int i = 0; i < lines.size(); ++i) {
        QString piece = text.mid(lines[i].first, lines[i].second).trimmed();
        const bool last = i + 1 == lines.size();
        if (last && lines[i].first + lines[i].second < text.size())
            piece = fm.elidedText(text.mid(lines[i].first).simplified(), Qt::ElideRight,
                                  rect.width());
        painter->drawText(QRectF(rect.left(), y, rect.width(), fm.height()),
                          int(align | Qt::AlignVCenter) | Qt::TextSingleLine, piece);
        y += fm.height();
    }
    return y - rect.top();
}

MapPainter::MapPainter(const Workspace &workspace, const Journey &journey, const MapLayout &layout,
                       RenderOptions options)
    : m_workspace(workspace)
    , m_journey(journey)
    , m_layout(layout)
    , m_options(std::move(options))
{
    for (const Vote &v : journey.votes)
        m_votes[v.step] += v.count;
    for (const Comment &c : journey.comments)
        ++m_comments[c.step];
    for (const Step &s : journey.steps)
        m_steps.insert(s.id, &s);
    m_routeBounds.reserve(layout.routes().size());
    for (const MapLayout::Route &r : layout.routes())
        m_routeBounds.append(r.points.boundingRect().adjusted(-30, -30, 30, 30));
    placeLabels();
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

void MapPainter::placeLabels()
{
    const QFontMetricsF fm(MapStyle::font(10, true));
    BoxGrid placed(64);
    BoxGrid cards(128);
    for (const MapLayout::Card &c : m_layout.cards())
        cards.insert(c.rect);
    QHash<QString, const Link *> links;
    links.reserve(m_journey.links.size());
    for (const Link &l : m_journey.links)
        links.insert(l.id, &l);
    const auto free = [&](const QRectF &box) {
        return !placed.intersectsAny(box) && !cards.intersectsAny(box);
    };
    for (const MapLayout::Route &r : m_layout.routes()) {
        const Link *link = links.value(r.linkId);
        if (!link)
            continue;
        QString text = link->label;
        if (link->share) {
            const QString share = QStringLiteral("%1 %").arg(std::round(*link->share * 100));
            text = text.isEmpty() ? share : QStringLiteral("%1 · %2").arg(text, share);
        }
        if (text.isEmpty())
            continue;
        text = fm.elidedText(text, Qt::ElideRight, 120);
        const QSizeF size(fm.horizontalAdvance(text) + 10, fm.height() + 2);
        const auto boxAt = [&](const QPointF &c) {
            return QRectF(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(),
                          size.height());
        };
        // Slide along the segment that holds the label until the box is free
        // of other labels and of cards; else keep the middle.
        QRectF box = boxAt(r.labelAt);
        QLineF segment;
        for (int i = 1; i < r.points.size(); ++i) {
            const QLineF s(r.points[i - 1], r.points[i]);
            const QPointF d = r.labelAt - s.p1();
            if (std::abs(d.x() * s.dy() - d.y() * s.dx()) < 0.5 * s.length() + 1e-9
                && QRectF(s.p1(), s.p2()).normalized().adjusted(-1, -1, 1, 1).contains(r.labelAt))
                segment = s;
        }
        if (!free(box) && segment.length() > 0) {
            const double step = 6;
            for (int k = 1; k <= 20 && k * step < segment.length() / 2; ++k) {
                bool found = false;
                for (int sign : {1, -1}) {
                    const double t = 0.5 + sign * k * step / segment.length();
                    const QRectF candidate = boxAt(segment.pointAt(t));
                    if (free(candidate)) {
                        box = candidate;
                        found = true;
                        break;
                    }
                }
                if (found)
                    break;
            }
        }
        placed.insert(box);
        m_labels.insert(r.linkId, {text, box});
    }
}

MapPainter::Badge MapPainter::badge(const QString &stepId) const
{
    return m_badges.value(stepId);
}

void MapPainter::paint(QPainter *p, const QRectF &clip) const
{
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

void MapPainter::paintLanes(QPainter *p, const QRectF &clip) const
{
    const MapStyle &style = m_options.style;
    const QRectF body = m_layout.body();
    p->fillRect(body.intersected(clip), style.canvas());
    const auto &rows = m_layout.rows();
    for (int i = 0; i < rows.size(); ++i) {
        const QRectF r = rows[i].body.intersected(clip);
        if (!r.isEmpty())
            p->fillRect(r, style.laneBody(rows[i].kind, i % 2));
    }
    QPen grid(style.gridLine(), 1);
    grid.setCosmetic(false);
    p->setPen(grid);
    for (const MapLayout::Column &c : m_layout.columns()) {
        if (c.header.right() >= clip.left() && c.header.right() <= clip.right())
            p->drawLine(QPointF(c.header.right(), body.top()),
                        QPointF(c.header.right(), body.bottom()));
    }
    for (const MapLayout::Row &r : rows) {
        if (r.body.bottom() >= clip.top() && r.body.bottom() <= clip.bottom())
            p->drawLine(QPointF(body.left(), r.body.bottom()),
                        QPointF(body.right(), r.body.bottom()));
    }
}

void MapPainter::paintLines(QPainter *p, const QRectF &clip, const QRectF &viewport) const
{
    const MapStyle &style = m_options.style;
    const QRectF bounds = m_layout.bounds();
    for (const MapLayout::Line &line : m_layout.lines()) {
        if (line.y < clip.top() - 20 || line.y > clip.bottom() + 20)
            continue;
        QPen pen(style.blueprintLine(), 1.6, Qt::DashLine);
        p->setPen(pen);
        p->drawLine(QPointF(std::max(bounds.left(), clip.left()), line.y),
                    QPointF(std::min(bounds.right(), clip.right()), line.y));
        // The name sits on the line at the left of the body, readable on any lane.
        const QFont font = MapStyle::font(10.5, true);
        const QFontMetricsF fm(font, p->device());
        const QString name = MapLayout::lineName(line.kind);
        const QRectF box(std::max(m_layout.body().left(), viewport.left()) + 8,
                         line.y - fm.height() / 2 - 1, fm.horizontalAdvance(name) + 12,
                         fm.height() + 2);
        if (!box.intersects(clip))
            continue;
        p->setPen(Qt::NoPen);
        p->setBrush(style.canvas());
        p->drawRoundedRect(box, 3, 3);
        p->setPen(style.blueprintLine());
        p->setFont(font);
        p->drawText(box, Qt::AlignCenter, name);
    }
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

void MapPainter::paintRoutes(QPainter *p, const QRectF &clip) const
{
    const MapStyle &style = m_options.style;
    const bool focusing = !m_options.focusSteps.isEmpty() || !m_options.focusLinks.isEmpty();
    const QList<MapLayout::Route> &routes = m_layout.routes();
    for (qsizetype i = 0; i < routes.size(); ++i) {
        const MapLayout::Route &r = routes[i];
        if (!m_routeBounds[i].intersects(clip))
            continue;
        const bool dim = focusing && !m_options.focusLinks.contains(r.linkId);
        p->setOpacity(dim ? 0.18 : 1.0);
        QPen pen = style.linkPen(r.kind);
        if (focusing && !dim)
            pen.setWidthF(pen.widthF() + 1.6);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawPath(roundedPolyline(r.points, 7));
        if (r.points.size() >= 2)
            paintArrowHead(p, r.points[r.points.size() - 2], r.points.last(), pen.color(), 9);
    }
    p->setOpacity(1.0);
}

void MapPainter::paintLabels(QPainter *p, const QRectF &clip) const
{
    // Over the lines and the cards: placeLabels() keeps them off the cards
    // where it can, and a share that is hidden says nothing.
    const MapStyle &style = m_options.style;
    const bool focusing = !m_options.focusSteps.isEmpty() || !m_options.focusLinks.isEmpty();
    p->setFont(MapStyle::font(10, true));
    for (const MapLayout::Route &r : m_layout.routes()) {
        const auto label = m_labels.constFind(r.linkId);
        if (label == m_labels.cend() || !label->box.intersects(clip))
            continue;
        const bool dim = focusing && !m_options.focusLinks.contains(r.linkId);
        p->setOpacity(dim ? 0.18 : 1.0);
        p->setPen(QPen(style.linkColor(r.kind), 1));
        p->setBrush(style.canvas());
        p->drawRoundedRect(label->box, 4, 4);
        p->drawText(label->box, Qt::AlignCenter, label->text);
    }
    p->setOpacity(1.0);
}

void MapPainter::paintCards(QPainter *p, const QRectF &clip) const
{
    const bool focusing = !m_options.focusSteps.isEmpty() || !m_options.focusLinks.isEmpty();
    for (const MapLayout::Card &c : m_layout.cards()) {
        if (!c.rect.adjusted(-12, -12, 12, 12).intersects(clip))
            continue;
        const Step *s = m_steps.value(c.stepId);
        if (!s)
            continue;
        p->setOpacity(focusing && !m_options.focusSteps.contains(c.stepId) ? 0.3 : 1.0);
        paintCard(p, *s, c.rect);
    }
    p->setOpacity(1.0);
}

void MapPainter::paintCard(QPainter *p, const Step &s, const QRectF &rect) const
{
    const MapStyle &style = m_options.style;
    const QColor accent = s.color.isEmpty() ? style.cardAccent(s.kind) : QColor(s.color);
    QColor fill = style.cardFill(s.kind);
    if (!s.color.isEmpty())
        fill = QColor::fromRgbF(float(accent.redF() * 0.15 + fill.redF() * 0.85),
                                float(accent.greenF() * 0.15 + fill.greenF() * 0.85),
                                float(accent.blueF() * 0.15 + fill.blueF() * 0.85));

    // Body, kind stripe, and a loud frame for moments of truth.
    p->setPen(s.momentOfTruth ? QPen(style.momentOfTruth(), 2.4) : QPen(style.cardBorder(), 1));
    p->setBrush(fill);
    p->drawRoundedRect(rect, 6, 6);
    QPainterPath stripe;
    stripe.addRoundedRect(QRectF(rect.left(), rect.top(), 10, rect.height()), 5, 5);
    QPainterPath clipRight;
    clipRight.addRect(QRectF(rect.left(), rect.top(), 5, rect.height()));
    p->setPen(Qt::NoPen);
    p->setBrush(accent);
    p->drawPath(stripe.intersected(clipRight));

    const double left = rect.left() + 12;
    const double width = rect.width() - 22;
    p->setPen(style.text());
    drawWrappedText(p, QRectF(left, rect.top() + 7, width - (s.momentOfTruth ? 10 : 0), 48),
                    s.title.isEmpty() ? QCoreApplication::translate("MapPainter", "(untitled)")
                                      : s.title,
                    MapStyle::font(12.5, true), 3);

    // Footer: channel, then the overlay value or the owner.
    const QFont small = MapStyle::font(10);
    const QFontMetricsF fm(small, p->device());
    const double footerY = rect.bottom() - 20;
    double x = left;
    const double right = rect.right() - 8;
    const auto badgeIt = m_badges.constFind(s.id);
    const bool hasBadge = badgeIt != m_badges.cend();
    if (const Channel *channel = m_workspace.channel(s.channel)) {
        paintChannelIcon(p, channelIconName(*channel), QRectF(x, footerY + 1, 13, 13),
                         style.mutedText());
        x += 17;
        // With a metric on the card the icon alone names the channel.
        if (!hasBadge) {
            const QString name = fm.elidedText(channel->name, Qt::ElideRight, 70);
            p->setFont(small);
            p->setPen(style.mutedText());
            p->drawText(QRectF(x, footerY, 72, 15), Qt::AlignLeft | Qt::AlignVCenter, name);
            x += fm.horizontalAdvance(name) + 8;
        }
    }
    if (hasBadge) {
        const Badge &b = *badgeIt;
        const QFont bold = MapStyle::font(10, true);
        const QFontMetricsF bfm(bold, p->device());
        const double sparkWidth = b.trend.size() >= 2 ? 38 : 0;
        const QString text
                = bfm.elidedText(b.text, Qt::ElideRight, right - x - 10 - sparkWidth - 4);
        const double w = bfm.horizontalAdvance(text) + 10;
        const QRectF pill(right - w, footerY - 1, w, 17);
        QPen pen(b.color, 1.2);
        if (b.smallSample)
            pen.setStyle(Qt::DashLine); // a small sample shows, but does not shout
        p->setPen(pen);
        p->setBrush(b.smallSample ? style.canvas() : b.color);
        p->drawRoundedRect(pill, 8, 8);
        p->setPen(b.smallSample ? b.color : QColor(Qt::white));
        p->setFont(bold);
        p->drawText(pill, Qt::AlignCenter, text);
        if (sparkWidth > 0) {
            // The trend per period, left of the value, its last point marked.
            const QRectF box(pill.left() - 4 - sparkWidth, footerY + 1, sparkWidth, 13);
            const QPolygonF line = sparklinePoints(b.trend, box);
            QPen spark(style.mutedText(), 1.4);
            spark.setJoinStyle(Qt::RoundJoin);
            spark.setCapStyle(Qt::RoundCap);
            p->setPen(spark);
            p->setBrush(Qt::NoBrush);
            p->drawPolyline(line);
            p->setPen(Qt::NoPen);
            p->setBrush(b.color);
            p->drawEllipse(line.last(), 2.2, 2.2);
        }
    } else if (!s.owner.isEmpty()) {
        p->setFont(small);
        p->setPen(style.mutedText());
        p->drawText(QRectF(x, footerY, right - x, 15), Qt::AlignRight | Qt::AlignVCenter,
                    fm.elidedText(s.owner, Qt::ElideRight, std::max(0.0, right - x)));
    }

    if (s.momentOfTruth) {
        const QPointF c(rect.right() - 4, rect.top() + 4);
        p->setPen(QPen(style.canvas(), 2));
        p->setBrush(style.momentOfTruth());
        p->drawEllipse(c, 11, 11);
        paintStar(p, c, 7, Qt::white);
    }

    // Workshop marks: dot votes on the top edge, the comment count below them.
    if (m_options.showVotes) {
        const int votes = m_votes.value(s.id);
        for (int i = 0; i < std::min(votes, 6); ++i) {
            p->setPen(QPen(style.canvas(), 1.5));
            p->setBrush(style.voteDot());
            p->drawEllipse(QPointF(rect.left() + 18 + i * 11, rect.top()), 5, 5);
        }
        if (votes > 6) {
            p->setFont(MapStyle::font(10, true));
            p->setPen(style.voteDot());
            p->drawText(QRectF(rect.left() + 18 + 6 * 11 - 4, rect.top() - 8, 40, 16),
                        Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("+%1").arg(votes - 6));
        }
    }
    if (m_options.showComments) {
        if (const int n = m_comments.value(s.id)) {
            const QRectF bubble(rect.right() - 30, rect.bottom() - 40, 22, 15);
            p->setPen(QPen(style.mutedText(), 1));
            p->setBrush(style.canvas());
            p->drawRoundedRect(bubble, 4, 4);
            p->setFont(MapStyle::font(9.5, true));
            p->drawText(bubble, Qt::AlignCenter, QString::number(n));
        }
    }
    if (const double lost = m_options.dropOff.value(s.id); lost > 0.005) {
        // Drop-off: a red bar under the card, as long as the share lost.
        const QRectF bar(rect.left() + 6, rect.bottom() + 2,
                         (rect.width() - 12) * std::min(1.0, lost), 3);
        p->setPen(Qt::NoPen);
        p->setBrush(style.metricBad());
        p->drawRect(bar);
    }
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
    p->setPen(style.stageHeaderText());
    drawWrappedText(p, corner.adjusted(12, 4, -8, -4), m_journey.name, MapStyle::font(11, true), 2,
                    Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace waymark
