#include "render/mapsheet.h"

#include "render/observedpainter.h"
#include "render/picturepainter.h"

#include "layout/channelicons.h"
#include "metrics/summary.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MapSheet", text);
}

// Type of the sheet, in points (the PDF writer runs at 72 dpi and the image
// exporters scale points to pixels).
constexpr double kNameSize = 16;
constexpr double kMetaSize = 9;
constexpr double kLegendSize = 8;
constexpr double kLegendLine = 14;
constexpr double kGlyphGap = 4;
constexpr double kItemGap = 10;
constexpr double kGroupGap = 18;

QString formatThreshold(double value)
{
    return std::abs(value - std::round(value)) < 1e-9 ? QString::number(qint64(std::round(value)))
                                                      : QString::number(value, 'g', 4);
}

} // namespace

struct MapSheet::LegendItem
{
    enum class Kind {
        Heading,
        StepKind,
        MomentOfTruth,
        Channel,
        Link,
        Emotion,
        Metric,
        SmallSample,
        Vote,
        Comment
    };
    Kind kind;
    QString text;
    int value = 0; // the step or link kind
    QString icon;  // channel icon
    QColor color;  // metric colour

    double glyphWidth() const
    {
        switch (kind) {
        case Kind::Heading:
            return 0;
        case Kind::StepKind:
            return 16;
        case Kind::MomentOfTruth:
        case Kind::Channel:
        case Kind::Vote:
            return 10;
        case Kind::Link:
            return 24;
        case Kind::Emotion:
            return 44;
        case Kind::Metric:
        case Kind::SmallSample:
        case Kind::Comment:
            return 14;
        }
        return 0;
    }
};

MapSheet::MapSheet(const Workspace &workspace, const Journey &journey,
                   const MapExportOptions &options)
    : m_workspace(workspace)
    , m_journey(journey)
    , m_options(options)
    , m_layout(MapLayout::compute(journey))
{
    RenderOptions render;
    render.style = options.style;
    render.overlayMetric = options.overlayMetric;
    render.showVotes = options.workshop;
    render.showComments = options.workshop;
    m_painter = std::make_unique<MapPainter>(workspace, journey, m_layout, render);
    m_legend = std::make_shared<const QList<LegendItem>>(legendItems());
    if (!m_options.date.isValid())
        m_options.date = QDate::currentDate();
}

MapSheet::~MapSheet() = default;

double MapSheet::titleHeight() const
{
    const QFontMetricsF name(MapStyle::font(kNameSize, true));
    const QFontMetricsF meta(MapStyle::font(kMetaSize));
    return name.height() + 2 + 2 * meta.height() + 8;
}

QList<MapSheet::LegendItem> MapSheet::legendItems() const
{
    if (m_legend)
        return *m_legend;
    using Kind = LegendItem::Kind;
    QList<LegendItem> items;
    const auto heading = [&](const QString &text) {
        items.append({Kind::Heading, text});
    };

    // Only what this map uses, in the order of the vocabulary.
    QList<bool> stepKinds(enumCount<StepKind>(), false);
    QStringList channels;
    bool momentOfTruth = false;
    for (const Step &s : m_journey.steps) {
        stepKinds[int(s.kind)] = true;
        momentOfTruth = momentOfTruth || s.momentOfTruth;
        if (!s.channel.isEmpty() && !channels.contains(s.channel))
            channels.append(s.channel);
    }
    if (!m_journey.steps.isEmpty()) {
        heading(tr("Steps"));
        for (int k = 0; k < stepKinds.size(); ++k) {
            if (stepKinds[k])
                items.append({Kind::StepKind, displayName(StepKind(k)), k});
        }
        if (momentOfTruth)
            items.append({Kind::MomentOfTruth, tr("Moment of truth")});
    }
    bool anyChannel = false;
    for (const Channel &c : m_workspace.channels) {
        if (!channels.contains(c.id))
            continue;
        if (!anyChannel)
            heading(tr("Channels"));
        anyChannel = true;
        items.append({Kind::Channel, c.name, 0, channelIconName(c)});
    }
    QList<bool> linkKinds(enumCount<LinkKind>(), false);
    for (const Link &l : m_journey.links)
        linkKinds[int(l.kind)] = true;
    if (!m_journey.links.isEmpty()) {
        heading(tr("Links"));
        for (int k = 0; k < linkKinds.size(); ++k) {
            if (linkKinds[k])
                items.append({Kind::Link, displayName(LinkKind(k)), k});
        }
    }
    if (!m_layout.emotionCurve().isEmpty()) {
        heading(tr("Emotion"));
        items.append({Kind::Emotion, tr("−2 … +2")});
    }
    if (const MetricDef *def = m_workspace.metricDef(m_options.overlayMetric)) {
        //: legend heading: the metric shown on the cards
        heading(tr("Overlay: %1").arg(def->name));
        const MapStyle &st = m_options.style;
        if (def->green && def->amber) {
            const bool up = def->higherIsBetter;
            const QString better = up ? QStringLiteral("≥ %1") : QStringLiteral("≤ %1");
            const QString worse = up ? QStringLiteral("< %1") : QStringLiteral("> %1");
            items.append({Kind::Metric,
                          tr("good %1").arg(better.arg(formatThreshold(*def->green))),
                          0,
                          {},
                          st.metricGood()});
            items.append({Kind::Metric,
                          tr("watch %1").arg(better.arg(formatThreshold(*def->amber))),
                          0,
                          {},
                          st.metricWatch()});
            items.append({Kind::Metric,
                          tr("bad %1").arg(worse.arg(formatThreshold(*def->amber))),
                          0,
                          {},
                          st.metricBad()});
        } else {
            items.append({Kind::Metric, tr("no thresholds set"), 0, {}, st.metricNeutral()});
        }
        items.append({Kind::SmallSample,
                      tr("fewer than %1 answers").arg(kSmallSample),
                      0,
                      {},
                      st.metricNeutral()});
    }
    if (m_options.workshop && (!m_journey.votes.isEmpty() || !m_journey.comments.isEmpty())) {
        heading(tr("Workshop"));
        items.append({Kind::Vote, tr("dot votes")});
        items.append({Kind::Comment, tr("comments")});
    }
    return items;
}

QList<QRectF> MapSheet::flowLegend(const QList<LegendItem> &items, double width,
                                   double *height) const
{
    const QFontMetricsF plain(MapStyle::font(kLegendSize));
    const QFontMetricsF bold(MapStyle::font(kLegendSize, true));
    QList<QRectF> boxes;
    double x = 0, y = 0;
    for (int i = 0; i < items.size(); ++i) {
        const LegendItem &item = items[i];
        const bool isHeading = item.kind == LegendItem::Kind::Heading;
        const QFontMetricsF &fm = isHeading ? bold : plain;
        const double glyph = item.glyphWidth();
        double w = (glyph > 0 ? glyph + kGlyphGap : 0) + fm.horizontalAdvance(item.text);
        w = std::min(w, width);
        // A heading stays on the line of its first item.
        double need = w;
        if (isHeading && i + 1 < items.size())
            need += kGlyphGap + items[i + 1].glyphWidth() + kGlyphGap
                    + plain.horizontalAdvance(items[i + 1].text);
        const double gap = x <= 0 ? 0 : (isHeading ? kGroupGap : kItemGap);
        if (x > 0 && x + gap + std::min(need, width) > width) {
            x = 0;
            y += kLegendLine;
        } else {
            x += gap;
        }
        boxes.append(QRectF(x, y, w, kLegendLine));
        x += w + (isHeading ? kGlyphGap - kItemGap : 0);
    }
    if (height)
        *height = items.isEmpty() ? 0 : y + kLegendLine;
    return boxes;
}

double MapSheet::legendHeight(double width) const
{
    double height = 0;
    flowLegend(legendItems(), width, &height);
    return height;
}

QSizeF MapSheet::mapArea(const QSizeF &page) const
{
    const double width = page.width() - 2 * kMargin;
    const double legend = legendHeight(width);
    return QSizeF(width, page.height() - 2 * kMargin - titleHeight() - kGap
                                 - (legend > 0 ? legend + kGap : 0));
}

void MapSheet::paintLegendItem(QPainter *p, const LegendItem &item, const QRectF &box) const
{
    using Kind = LegendItem::Kind;
    const MapStyle &st = m_options.style;
    const double cy = box.center().y();
    const QRectF glyph(box.left(), cy - 5, item.glyphWidth(), 10);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    switch (item.kind) {
    case Kind::Heading:
        break;
    case Kind::StepKind: {
        const QRectF card(glyph.left(), cy - 4.5, glyph.width(), 9);
        p->setPen(QPen(st.cardBorder(), 0.6));
        p->setBrush(st.cardFill(StepKind(item.value)));
        p->drawRoundedRect(card, 1.5, 1.5);
        p->setPen(Qt::NoPen);
        p->setBrush(st.cardAccent(StepKind(item.value)));
        p->drawRect(QRectF(card.left(), card.top(), 3, card.height()));
        break;
    }
    case Kind::MomentOfTruth:
        p->setPen(Qt::NoPen);
        p->setBrush(st.momentOfTruth());
        p->drawEllipse(QPointF(glyph.center().x(), cy), 5, 5);
        paintStar(p, QPointF(glyph.center().x(), cy), 3.4, Qt::white);
        break;
    case Kind::Channel:
        paintChannelIcon(p, item.icon, QRectF(glyph.left(), cy - 5, 10, 10), st.mutedText());
        break;
    case Kind::Link: {
        QPen pen = st.linkPen(LinkKind(item.value));
        pen.setWidthF(pen.widthF() * 0.7);
        p->setPen(pen);
        p->drawLine(QPointF(glyph.left(), cy), QPointF(glyph.right() - 4, cy));
        p->setPen(Qt::NoPen);
        p->setBrush(pen.color());
        p->drawPolygon(QPolygonF{QPointF(glyph.right(), cy), QPointF(glyph.right() - 5, cy - 2.5),
                                 QPointF(glyph.right() - 5, cy + 2.5)});
        break;
    }
    case Kind::Emotion:
        for (int e = -2; e <= 2; ++e) {
            p->setPen(Qt::NoPen);
            p->setBrush(st.emotionColor(e));
            p->drawEllipse(QPointF(glyph.left() + 4 + (e + 2) * 9, cy), 3.5, 3.5);
        }
        break;
    case Kind::Metric:
        p->setPen(Qt::NoPen);
        p->setBrush(item.color);
        p->drawRoundedRect(QRectF(glyph.left(), cy - 4, glyph.width(), 8), 4, 4);
        break;
    case Kind::SmallSample: {
        QPen pen(item.color, 0.9, Qt::DashLine);
        p->setPen(pen);
        p->setBrush(st.canvas());
        p->drawRoundedRect(QRectF(glyph.left(), cy - 4, glyph.width(), 8), 4, 4);
        break;
    }
    case Kind::Vote:
        p->setPen(Qt::NoPen);
        p->setBrush(st.voteDot());
        p->drawEllipse(QPointF(glyph.center().x(), cy), 3.5, 3.5);
        break;
    case Kind::Comment:
        p->setPen(QPen(st.mutedText(), 0.7));
        p->setBrush(st.canvas());
        p->drawPath(commentBubble(QRectF(glyph.left(), cy - 5, glyph.width(), 8)));
        break;
    }
    p->restore();
    const bool isHeading = item.kind == Kind::Heading;
    const QFont font = MapStyle::font(kLegendSize, isHeading);
    const QFontMetricsF fm(font);
    const double textLeft = box.left() + (isHeading ? 0 : item.glyphWidth() + kGlyphGap);
    p->setFont(font);
    p->setPen(isHeading ? st.text() : st.mutedText());
    // The flow measured the text; elide only what it had to cut, with some
    // slack for the rasteriser's rounding at other scales.
    const double room = box.right() - textLeft;
    const QString text = fm.horizontalAdvance(item.text) <= room + 0.5
                                 ? item.text
                                 : fm.elidedText(item.text, Qt::ElideRight, room);
    p->drawText(QRectF(textLeft, box.top(), room + 40, box.height()),
                Qt::AlignLeft | Qt::AlignVCenter, text);
}

void MapSheet::paintLegend(QPainter *p, const QRectF &rect) const
{
    const QList<LegendItem> items = legendItems();
    const QList<QRectF> boxes = flowLegend(items, rect.width(), nullptr);
    p->save();
    p->setRenderHint(QPainter::TextAntialiasing);
    for (int i = 0; i < items.size(); ++i)
        paintLegendItem(p, items[i], boxes[i].translated(rect.topLeft()));
    p->restore();
}

void MapSheet::paintTitle(QPainter *p, const QRectF &rect, const SheetNumber &number) const
{
    const MapStyle &st = m_options.style;
    const QFont nameFont = MapStyle::font(kNameSize, true);
    const QFont metaFont = MapStyle::font(kMetaSize);
    const QFont pageFont = MapStyle::font(12, true);
    const QFontMetricsF nameFm(nameFont), metaFm(metaFont), pageFm(pageFont);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);

    // Right: the page number, and where the tile sits in its journey's grid.
    //: page number on a printed sheet: "2 / 6"
    const QString page
            = number.pages > 1 ? tr("%1 / %2").arg(number.page).arg(number.pages) : QString();
    const double pageWidth = pageFm.horizontalAdvance(page);
    p->setFont(pageFont);
    p->setPen(st.text());
    p->drawText(QRectF(rect.right() - pageWidth, rect.top(), pageWidth, nameFm.height()),
                Qt::AlignRight | Qt::AlignVCenter, page);
    double right = rect.right() - pageWidth - 12;
    if (number.columns * number.rows > 1) {
        //: where a printed tile sits: row and column in the grid of pages
        const QString where = tr("row %1 of %2 · column %3 of %4")
                                      .arg(number.row + 1)
                                      .arg(number.rows)
                                      .arg(number.column + 1)
                                      .arg(number.columns);
        const double whereWidth = metaFm.horizontalAdvance(where);
        p->setFont(metaFont);
        p->setPen(st.mutedText());
        p->drawText(QRectF(rect.right() - whereWidth, rect.top() + nameFm.height() + 2, whereWidth,
                           metaFm.height()),
                    Qt::AlignRight | Qt::AlignVCenter, where);
        // A small map of the grid with this page filled: where it goes on the wall.
        const double cell = std::min(7.0, (nameFm.height() - 2) / number.rows);
        const double gridW = cell * 1.4 * number.columns;
        const QRectF grid(right - gridW, rect.top() + (nameFm.height() - cell * number.rows) / 2,
                          gridW, cell * number.rows);
        // One frame, its inner lines and this page's cell, not a box per
        // page: each of a 250-page PDF's pages would carry 250 boxes.
        const double cellW = cell * 1.4;
        p->setPen(Qt::NoPen);
        p->setBrush(st.canvas());
        p->drawRect(grid);
        p->setBrush(st.stageHeader(0));
        p->drawRect(QRectF(grid.left() + number.column * cellW, grid.top() + number.row * cell,
                           cellW, cell));
        QPainterPath lines;
        for (int c = 1; c < number.columns; ++c) {
            lines.moveTo(grid.left() + c * cellW, grid.top());
            lines.lineTo(grid.left() + c * cellW, grid.bottom());
        }
        for (int r = 1; r < number.rows; ++r) {
            lines.moveTo(grid.left(), grid.top() + r * cell);
            lines.lineTo(grid.right(), grid.top() + r * cell);
        }
        p->setPen(QPen(st.mutedText(), 0.5));
        p->setBrush(Qt::NoBrush);
        p->drawPath(lines);
        p->drawRect(grid);
        right = grid.left() - 10;
    }

    // Left: the persona's photo, or its initials; the name and facts beside it.
    const Persona *persona = m_workspace.persona(m_journey.persona);
    double left = rect.left();
    if (persona) {
        const double side = std::min(rect.height() - 6, nameFm.height() + 2 * metaFm.height());
        paintAvatar(p, m_workspace.picture(persona->photo), persona->name,
                    QRectF(left, rect.top(), side, side), st.stageHeader(0), st.text());
        left += side + 10;
    }
    p->setFont(nameFont);
    p->setPen(st.text());
    p->drawText(QRectF(left, rect.top(), right - left, nameFm.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                nameFm.elidedText(m_journey.name, Qt::ElideRight, right - left));

    QStringList facts;
    if (persona)
        facts.append(tr("Persona: %1").arg(persona->name));
    facts.append(displayName(m_journey.kind));
    facts.append(displayName(m_journey.state));
    facts.append(printedDate(m_options.date));
    if (const MetricDef *def = m_workspace.metricDef(m_options.overlayMetric))
        facts.append(tr("Overlay: %1").arg(def->name));
    const double metaRight = rect.right() - 12 - (number.columns * number.rows > 1 ? 150 : 0);
    const double metaWidth = std::max(10.0, metaRight - left);
    p->setFont(metaFont);
    p->setPen(st.mutedText());
    double y = rect.top() + nameFm.height() + 2;
    p->drawText(QRectF(left, y, metaWidth, metaFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                metaFm.elidedText(facts.join(QStringLiteral(" · ")), Qt::ElideRight, metaWidth));
    y += metaFm.height();
    if (!m_journey.scenario.isEmpty()) {
        const QString scenario = tr("Scenario: %1").arg(m_journey.scenario.simplified());
        p->drawText(QRectF(left, y, metaWidth, metaFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    metaFm.elidedText(scenario, Qt::ElideRight, metaWidth));
    }
    p->setPen(QPen(st.gridLine(), 0.8));
    p->drawLine(QPointF(rect.left(), rect.bottom() - 2), QPointF(rect.right(), rect.bottom() - 2));
    p->restore();
}

MapTile MapSheet::wholeMap() const
{
    MapTile t;
    t.body = m_layout.body();
    return t;
}

QSizeF MapSheet::tileSize(const MapTile &tile, double scale) const
{
    const LayoutMetrics &m = m_layout.metrics();
    return QSizeF((m.laneHeaderWidth + tile.body.width()) * scale,
                  (m.stageHeaderHeight + tile.body.height()) * scale);
}

void MapSheet::paintTile(QPainter *p, const QPointF &origin, const MapTile &tile,
                         double scale) const
{
    const LayoutMetrics &m = m_layout.metrics();
    const double lw = m.laneHeaderWidth, sh = m.stageHeaderHeight;
    const QRectF b = tile.body;
    const MapStyle &st = m_options.style;

    // The body: the tile's part of the lanes, cards and links.
    p->save();
    p->translate(origin.x() + (lw - b.left()) * scale, origin.y() + (sh - b.top()) * scale);
    p->scale(scale, scale);
    p->setClipRect(b);
    // Names pinned to the viewport go right of (below) the part repeated
    // from the neighbouring page, where this page's own content starts.
    const QRectF own = b.adjusted(tile.overlapLeft, tile.overlapTop, 0, 0);
    m_painter->paintBody(p, b, own);
    if (m_options.observed && m_options.observed->contains(m_journey.id)) // issue 13
        ObservedPainter(m_journey, m_layout, m_options.observed->value(m_journey.id)).paint(p, b);
    // The edges shared with the previous pages: a dashed line where they end.
    QPen cut(st.mutedText(), 1.2, Qt::DashLine);
    p->setPen(cut);
    if (tile.overlapLeft > 0)
        p->drawLine(QPointF(b.left() + tile.overlapLeft, b.top()),
                    QPointF(b.left() + tile.overlapLeft, b.bottom()));
    if (tile.overlapTop > 0)
        p->drawLine(QPointF(b.left(), b.top() + tile.overlapTop),
                    QPointF(b.right(), b.top() + tile.overlapTop));
    p->restore();

    // Stage headers above it, lane headers left of it, and the corner.
    p->save();
    p->translate(origin.x() + (lw - b.left()) * scale, origin.y());
    p->scale(scale, scale);
    const QRectF stageClip(b.left(), 0, b.width(), sh);
    p->setClipRect(stageClip);
    m_painter->paintStageHeaders(p, stageClip, own);
    p->restore();

    p->save();
    p->translate(origin.x(), origin.y() + (sh - b.top()) * scale);
    p->scale(scale, scale);
    const QRectF laneClip(0, b.top(), lw, b.height());
    p->setClipRect(laneClip);
    m_painter->paintLaneHeaders(p, laneClip, own);
    p->restore();

    p->save();
    p->translate(origin);
    p->scale(scale, scale);
    p->setClipRect(QRectF(0, 0, lw, sh));
    m_painter->paintCorner(p);
    p->restore();

    p->save();
    p->setPen(QPen(st.gridLine(), 0.8));
    p->setBrush(Qt::NoBrush);
    p->drawRect(QRectF(origin, tileSize(tile, scale)));
    p->restore();
}

void MapSheet::paintSheet(QPainter *p, const QSizeF &page, const MapTile &tile, double scale,
                          const SheetNumber &number) const
{
    const double width = page.width() - 2 * kMargin;
    p->fillRect(QRectF(QPointF(0, 0), page), m_options.style.canvas());
    const double title = titleHeight();
    paintTitle(p, QRectF(kMargin, kMargin, width, title), number);
    paintTile(p, QPointF(kMargin, kMargin + title + kGap), tile, scale);
    const double legend = legendHeight(width);
    if (legend > 0)
        paintLegend(p, QRectF(kMargin, page.height() - kMargin - legend, width, legend));
}

QSizeF MapSheet::fitPageSize(double scale) const
{
    const QSizeF map = tileSize(wholeMap(), scale);
    // Narrow maps still get room for a readable title block and legend.
    const double width = std::max(map.width(), 420.0);
    const double legend = legendHeight(width);
    return QSizeF(width + 2 * kMargin, 2 * kMargin + titleHeight() + kGap + map.height()
                                               + (legend > 0 ? legend + kGap : 0));
}

} // namespace waymark
