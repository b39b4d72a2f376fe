// The cards of the map: MapPainter::paintCard and the text helpers it shares
// with the window (wrapped titles, whether a title is cut).

#include "render/mappainter.h"

#include "render/picturepainter.h"

#include "layout/channelicons.h"
#include "layout/metricvisuals.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace waymark {

QPainterPath commentBubble(const QRectF &body)
{
    // The count in a rounded box, its tail down-left.
    const double r = std::min(4.0, body.height() / 3);
    const double tail = std::min(6.0, body.width() / 3);
    QPainterPath shape;
    shape.addRoundedRect(body, r, r);
    QPolygonF t;
    t << QPointF(body.left() + r, body.bottom() - 1)
      << QPointF(body.left() + r, body.bottom() + tail * 2 / 3)
      << QPointF(body.left() + r + tail, body.bottom() - 1);
    shape.addPolygon(t);
    return shape.simplified();
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

WrappedText wrapText(const QString &text, const QFont &font, double width, double height,
                     int maxLines, QPaintDevice *device)
{
    WrappedText out;
    if (text.isEmpty() || maxLines <= 0)
        return out;
    const QFontMetricsF fm(font, device);
    QTextLayout layout(text, font, device);
    QTextOption option;
    // Between words only: a word longer than the line is elided, never split.
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<std::pair<int, int>> lines;
    double used = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (used + line.height() > height + 0.5 && !lines.isEmpty())
            break;
        lines.append({line.textStart(), line.textLength()});
        used += line.height();
        if (lines.size() == maxLines)
            break;
    }
    layout.endLayout();
    for (int i = 0; i < lines.size(); ++i) {
        QString piece = text.mid(lines[i].first, lines[i].second).trimmed();
        const bool last = i + 1 == lines.size();
        if (last && lines[i].first + lines[i].second < text.size()) {
            piece = text.mid(lines[i].first).simplified();
            out.cut = true;
        }
        if (fm.horizontalAdvance(piece) > width + 0.5) {
            piece = fm.elidedText(piece, Qt::ElideRight, width);
            out.cut = true;
        }
        out.lines.append(piece);
    }
    out.lineHeight = fm.height();
    return out;
}

double drawWrappedText(QPainter *painter, const QRectF &rect, const QString &text,
                       const QFont &font, int maxLines, Qt::Alignment align)
{
    const WrappedText wrapped
            = wrapText(text, font, rect.width(), rect.height(), maxLines, painter->device());
    if (wrapped.lines.isEmpty())
        return 0;
    const double lineHeight = wrapped.lineHeight;
    painter->setFont(font);
    double y = rect.top();
    if (align & Qt::AlignVCenter)
        y += std::max(0.0, (rect.height() - lineHeight * wrapped.lines.size()) / 2);
    align &= ~Qt::AlignVertical_Mask;
    for (const QString &piece : wrapped.lines) {
        painter->drawText(QRectF(rect.left(), y, rect.width(), lineHeight),
                          int(align | Qt::AlignVCenter) | Qt::TextSingleLine, piece);
        y += lineHeight;
    }
    return y - rect.top();
}

QRectF cardTitleBox(const Step &s, const QRectF &rect)
{
    return QRectF(rect.left() + 12, rect.top() + 7, rect.width() - 22 - (s.momentOfTruth ? 10 : 0),
                  48);
}

namespace {

constexpr int kTitleLines = 3;
constexpr double kTitleSize = 12.5;

} // namespace

bool cardTitleIsCut(const Step &step, const QRectF &cardRect)
{
    const QRectF box = cardTitleBox(step, cardRect);
    return wrapText(step.title, MapStyle::font(kTitleSize, true), box.width(), box.height(),
                    kTitleLines)
            .cut;
}

QStringList cardTitleLines(const Step &step, const QRectF &cardRect)
{
    const QRectF box = cardTitleBox(step, cardRect);
    return wrapText(step.title, MapStyle::font(kTitleSize, true), box.width(), box.height(),
                    kTitleLines)
            .lines;
}

void MapPainter::paintCards(QPainter *p, const QRectF &clip) const
{
    const bool focusing = !m_options.focusSteps.isEmpty() || !m_options.focusLinks.isEmpty();
    for (qsizetype i : m_cardGrid.query(clip.adjusted(-12, -12, 12, 12))) {
        const MapLayout::Card &c = m_layout.cards()[i];
        if (!c.rect.adjusted(-12, -12, 12, 12).intersects(clip)
            || (m_patch && m_patch->skipCard[size_t(i)]))
            continue;
        const Step *s = m_steps.value(c.stepId);
        if (!s)
            continue;
        p->setOpacity(focusing && !m_options.focusSteps.contains(c.stepId) ? 0.3 : 1.0);
        paintCard(p, *s, c.rect);
    }
    if (m_patch) {
        for (const auto &[rect, step] : m_patch->cards) {
            if (!rect.adjusted(-12, -12, 12, 12).intersects(clip))
                continue;
            p->setOpacity(focusing && !m_options.focusSteps.contains(step->id) ? 0.3 : 1.0);
            paintCard(p, *step, rect);
        }
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
    if (const Picture *picture = m_workspace.picture(s.picture))
        paintCardPicture(p, *picture, cardPictureBox(rect), style.cardBorder());
    p->setPen(style.text());
    drawWrappedText(p, cardTitleBox(s, rect),
                    s.title.isEmpty() ? QCoreApplication::translate("MapPainter", "(untitled)")
                                      : s.title,
                    MapStyle::font(kTitleSize, true), kTitleLines);

    // Footer: channel, then the overlay value or the owner; in a workshop
    // the comment count at its right end, clear of the title and the picture.
    const QFont small = MapStyle::font(10);
    const QFontMetricsF fm(small, p->device());
    const double footerY = rect.bottom() - 20;
    double x = left;
    double right = rect.right() - 8;
    if (const int n = m_options.showComments ? m_comments.value(s.id) : 0) {
        const QFont font = MapStyle::font(9.5, true);
        const QString count = QString::number(n);
        const double w
                = std::max(20.0, QFontMetricsF(font, p->device()).horizontalAdvance(count) + 8);
        const QRectF bubble(right - w, footerY, w, 13);
        p->setPen(QPen(style.mutedText(), 1));
        p->setBrush(style.canvas());
        p->drawPath(commentBubble(bubble));
        p->setFont(font);
        p->drawText(bubble, Qt::AlignCenter, count);
        right = bubble.left() - 6;
    }
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

    // Workshop marks: dot votes on the top edge (the comment count is in
    // the footer).
    if (m_options.showVotes) {
        // Big enough to count on a projector: 15 map units (px at 100 %) across,
        // more when the window is zoomed out; as many as fit on the card. They
        // stand on the edge and grow upwards, never down over the title.
        const double scale = m_options.voteDotScale;
        const double kDot = 7.5 * scale;
        const double kStep = 2 * kDot + 3 * scale;
        const double centerY = cardTitleBox(s, rect).top() - 1.5 - kDot;
        const int kShown = std::clamp(int((rect.width() - 20 - 3 * kDot) / kStep), 1, 6);
        const int votes = m_votes.value(s.id);
        for (int i = 0; i < std::min(votes, kShown); ++i) {
            p->setPen(QPen(style.canvas(), 1.5));
            p->setBrush(style.voteDot());
            p->drawEllipse(QPointF(rect.left() + 20 + i * kStep, centerY), kDot, kDot);
        }
        if (votes > kShown) {
            p->setFont(MapStyle::font(11 * scale, true));
            p->setPen(style.voteDot());
            p->drawText(QRectF(rect.left() + 20 + kShown * kStep - kDot, centerY - kDot, 40 * scale,
                               2 * kDot),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        QStringLiteral("+%1").arg(votes - kShown));
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

} // namespace waymark
