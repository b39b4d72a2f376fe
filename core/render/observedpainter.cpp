#include "observedpainter.h"

#include "layout/linkrouter.h"
#include "model/journey.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSet>

#include <cmath>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Observed", text);
}

QString minutesText(double minutes)
{
    if (minutes < 1)
        return tr("%1 s").arg(std::round(minutes * 60));
    if (minutes < 120)
        return tr("%1 min").arg(std::round(minutes));
    if (minutes < 48 * 60)
        return tr("%1 h").arg(QString::number(minutes / 60, 'f', 1));
    return tr("%1 d").arg(QString::number(minutes / 1440, 'f', 1));
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0;
    const QPointF d = p - (a + ab * t);
    return std::hypot(d.x(), d.y());
}

// The size of the badges' text; the routes' badge places are worked out with it.
QFont badgeFont()
{
    QFont font;
    font.setPointSizeF(7.5);
    return font;
}

} // namespace

ObservedPainter::ObservedPainter(const Journey &journey, const MapLayout &layout,
                                 ObservedJourney observed, Options options)
    : m_journey(journey)
    , m_layout(layout)
    , m_observed(std::move(observed))
    , m_options(options)
{
    refreshPlanned(&m_observed, journey);
    for (const ObservedTransition &t : m_observed.transitions)
        m_maxCount = std::max(m_maxCount, t.count);
    routeGhosts();
}

void ObservedPainter::routeGhosts()
{
    // Routed like real links, with the planned routes, so that a ghost keeps
    // off the cards (a straight line ran through the cards between its ends
    // and took the clicks meant for them) and runs beside the planned links
    // and the other ghosts in a shared corridor instead of on top of them.
    const LinkRouter router(m_layout);
    QList<QPolygonF> lines;
    for (const MapLayout::Route &r : m_layout.routes())
        lines.append(r.points);
    const qsizetype planned = lines.size();
    QList<int> ghosts;
    for (qsizetype i = 0; i < m_observed.transitions.size(); ++i) {
        const ObservedTransition &t = m_observed.transitions[i];
        const MapLayout::Card *a = m_layout.card(t.from);
        const MapLayout::Card *b = m_layout.card(t.to);
        if (t.planned || !a || !b)
            continue;
        if (a == b) {
            // A loop on the left edge, inside the corridor: a planned
            // self-link loops on the right edge, and above or below the
            // card are the badges and the next card of the column.
            const QRectF r = a->rect;
            const double x = r.left() - m_layout.metrics().cellPadding * 0.9;
            m_ghosts.insert(int(i), QPolygonF({QPointF(r.left(), r.center().y() + 12),
                                               QPointF(x, r.center().y() + 12),
                                               QPointF(x, r.center().y() - 12),
                                               QPointF(r.left(), r.center().y() - 12)}));
            continue;
        }
        ghosts.append(int(i));
        lines.append(router.route(a->rect, b->rect));
    }
    if (!ghosts.isEmpty()) {
        router.separate(&lines);
        for (qsizetype k = 0; k < ghosts.size(); ++k)
            m_ghosts.insert(ghosts[k], lines[planned + k]);
    }
    const QFontMetricsF fm(badgeFont());
    for (auto it = m_ghosts.constBegin(); it != m_ghosts.constEnd(); ++it) {
        const QString label = QString::number(m_observed.transitions[it.key()].count);
        m_badges.insert(it.key(), placeBadge(it.value(),
                                             QSizeF(fm.horizontalAdvance(label) + 6, fm.height())));
    }
}

QPointF ObservedPainter::ghostBadgeAt(int index) const
{
    return m_badges.value(index);
}

bool ObservedPainter::badgeFree(const QRectF &box) const
{
    // A visited step's badge sits above its card, its drop-off mark below.
    const double strip = badgeFont().pointSizeF() * 2;
    for (const QString &id : m_layout.cardsIn(box.adjusted(0, -strip, 0, strip))) {
        const QRectF card = m_layout.card(id)->rect;
        if (card.intersects(box))
            return false;
        const ObservedStep *step = m_observed.step(id);
        if (step && QRectF(card.left(), card.top() - strip, card.width(), strip).intersects(box))
            return false;
        if (step && step->dropOff > 0
            && QRectF(card.left(), card.bottom(), card.width() / 2, strip).intersects(box))
            return false;
    }
    return true;
}

QPointF ObservedPainter::placeBadge(const QPolygonF &line, const QSizeF &size) const
{
    // Along the longest segments first (the ends touch the cards, the
    // segments between run in the gaps), nearer their middles first; where
    // the count hides no card, step badge or drop-off mark.
    QList<qsizetype> segments;
    for (qsizetype k = 0; k + 1 < line.size(); ++k)
        segments.append(k);
    const auto length = [&line](qsizetype k) {
        return QLineF(line[k], line[k + 1]).length();
    };
    std::stable_sort(segments.begin(), segments.end(),
                     [&](qsizetype a, qsizetype b) { return length(a) > length(b); });
    for (const qsizetype k : segments) {
        for (const double f : {0.5, 0.35, 0.65, 0.2, 0.8}) {
            const QPointF at = line[k] + (line[k + 1] - line[k]) * f;
            if (badgeFree(QRectF(at - QPointF(size.width(), size.height()) / 2, size)))
                return at;
        }
    }
    return segments.isEmpty() ? line.value(0) : (line[segments[0]] + line[segments[0] + 1]) / 2;
}

void ObservedPainter::paint(QPainter *p, const QRectF &clip) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor traffic = m_options.dark ? QColor(0x5a, 0xb0, 0xff) : QColor(0x1f, 0x6f, 0xd1);
    const QColor ghost = m_options.dark ? QColor(0xff, 0xa8, 0x40) : QColor(0xd9, 0x6a, 0x00);
    const QColor highlight(0xc0, 0x2b, 0xd8);
    const QColor text = m_options.dark ? QColor(0xee, 0xee, 0xee) : QColor(0x20, 0x20, 0x20);
    const QColor badgeFill = m_options.dark ? QColor(0x30, 0x34, 0x3c) : QColor(0xff, 0xff, 0xff);
    QFont font = p->font(); // the exporter's family, for the scripts it chose it for
    font.setPointSizeF(badgeFont().pointSizeF());
    p->setFont(font);
    const QFontMetricsF fm(font);

    // Pairs on the highlighted variant's path.
    QSet<QString> onPath;
    if (m_options.variant >= 0 && m_options.variant < m_observed.variants.size()) {
        const QStringList &steps = m_observed.variants[m_options.variant].steps;
        for (qsizetype i = 0; i + 1 < steps.size(); ++i)
            onPath.insert(steps[i] + u'\n' + steps[i + 1]);
    }

    // Planned links: their routes, as wide as their traffic.
    QHash<QString, const MapLayout::Route *> routes;
    for (const MapLayout::Route &r : m_layout.routes())
        routes.insert(r.linkId, &r);
    for (qsizetype i = 0; i < m_observed.transitions.size(); ++i) {
        const ObservedTransition &t = m_observed.transitions[i];
        const bool highlighted = onPath.contains(t.from + u'\n' + t.to);
        const double width = 1.5 + 10.0 * double(t.count) / double(m_maxCount);
        QColor c = highlighted ? highlight : (t.planned ? traffic : ghost);
        if (t.planned) {
            const MapLayout::Route *r = routes.value(t.link);
            if (!r || !r->points.boundingRect().adjusted(-20, -20, 20, 20).intersects(clip))
                continue;
            c.setAlpha(highlighted ? 220 : 110);
            p->setPen(QPen(c, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p->setBrush(Qt::NoBrush);
            p->drawPolyline(r->points);
            continue;
        }
        const QPolygonF line = m_ghosts.value(int(i));
        if (line.size() < 2 || !line.boundingRect().adjusted(-40, -40, 40, 40).intersects(clip))
            continue;
        c.setAlpha(200);
        p->setPen(QPen(c, std::min(width, 6.0), Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(Qt::NoBrush);
        p->drawPolyline(line);
        // Arrow head and the count at the middle.
        const QPointF end = line.last(), before = line.at(line.size() - 2);
        const double angle = std::atan2(end.y() - before.y(), end.x() - before.x());
        QPolygonF head;
        head << end << end - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * 8
             << end - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * 8;
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawPolygon(head);
        const QString label = QString::number(t.count);
        const QPointF at = ghostBadgeAt(int(i));
        const QRectF box(at.x() - fm.horizontalAdvance(label) / 2 - 3, at.y() - fm.height() / 2,
                         fm.horizontalAdvance(label) + 6, fm.height());
        p->setBrush(badgeFill);
        p->setPen(QPen(c, 1));
        p->drawRoundedRect(box, 3, 3);
        p->setPen(c.darker(120));
        p->drawText(box, Qt::AlignCenter, label);
    }

    // Step badges and drop-off marks.
    for (const ObservedStep &s : m_observed.steps) {
        const MapLayout::Card *card = m_layout.card(s.id);
        if (!card || !card->rect.adjusted(-10, -30, 10, 30).intersects(clip))
            continue;
        const QString label = badgeText(s.id);
        const QRectF box = badgeBox(card->rect, fm.horizontalAdvance(label), fm.height());
        p->setPen(QPen(traffic, 1));
        p->setBrush(badgeFill);
        p->drawRoundedRect(box, 4, 4);
        p->setPen(text);
        p->drawText(box, Qt::AlignCenter, label);
        if (s.dropOff > 0) {
            const QColor red(0xd0, 0x30, 0x30);
            const QPointF base(card->rect.left() + 10, card->rect.bottom());
            QPolygonF arrow;
            arrow << base << base + QPointF(6, 0) << base + QPointF(3, 9);
            p->setPen(Qt::NoPen);
            p->setBrush(red);
            p->drawPolygon(arrow);
            p->setPen(red);
            p->drawText(QPointF(base.x() + 9, base.y() + fm.ascent() + 1),
                        tr("%1 left").arg(s.dropOff));
        }
    }
    p->restore();
}

int ObservedPainter::ghostAt(const QPointF &pos, double tolerance) const
{
    int best = -1;
    double bestDistance = tolerance;
    for (qsizetype i = 0; i < m_observed.transitions.size(); ++i) {
        const ObservedTransition &t = m_observed.transitions[i];
        if (t.planned)
            continue;
        const QPolygonF line = m_ghosts.value(int(i));
        for (qsizetype k = 0; k + 1 < line.size(); ++k) {
            const double d = distanceToSegment(pos, line[k], line[k + 1]);
            if (d <= bestDistance) {
                bestDistance = d;
                best = int(i);
            }
        }
    }
    return best;
}

QString ObservedPainter::badgeText(const QString &stepId) const
{
    const ObservedStep *s = m_observed.step(stepId);
    if (!s)
        return {};
    QString text = countedText("Observed", QT_TRANSLATE_N_NOOP("Observed", "%n case(s)"), s->cases);
    if (s->medianMinutes)
        text += QStringLiteral(" \u00b7 ") + minutesText(*s->medianMinutes);
    return text;
}

QRectF ObservedPainter::badgeBox(const QRectF &card, double textWidth, double textHeight)
{
    const double w = textWidth + 8;
    return {card.right() - w, card.top() - textHeight - 2, w, textHeight + 2};
}

QRectF ObservedPainter::stepBadgeRect(const QString &stepId) const
{
    const MapLayout::Card *card = m_layout.card(stepId);
    if (!card || !m_observed.step(stepId))
        return {};
    const QFontMetricsF fm(badgeFont());
    return badgeBox(card->rect, fm.horizontalAdvance(badgeText(stepId)), fm.height());
}

QString ObservedPainter::stepBadgeAt(const QPointF &pos) const
{
    for (const ObservedStep &s : m_observed.steps) {
        if (stepBadgeRect(s.id).contains(pos))
            return s.id;
    }
    return {};
}

} // namespace waymark
