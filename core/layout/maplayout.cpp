#include "maplayout.h"

#include "layoutstate.h"
#include "linkrouter.h"

#include "model/journey.h"

#include <QCoreApplication>
#include <QLineF>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <optional>

namespace waymark {

namespace {

quint64 bucketKey(int bx, int by)
{
    return (quint64(quint32(bx)) << 32) | quint32(by);
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    if (len2 <= 0)
        return QLineF(p, a).length();
    const double t = std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0);
    return QLineF(p, a + t * ab).length();
}

} // namespace

quint64 nextLayoutSerial()
{
    static std::atomic<quint64> serial{0};
    return ++serial;
}

QPolygonF routeOne(const LinkRouter &router, const QRectF &s, const QRectF &t, bool self,
                   double pad, QRectF *reach)
{
    if (self) {
        // A step linked to itself: a small loop on its right edge.
        const double cx = s.right() + pad * 0.9;
        if (reach)
            *reach = QRectF();
        return {QPointF(s.right(), s.center().y() - 12), QPointF(cx, s.center().y() - 12),
                QPointF(cx, s.center().y() + 12), QPointF(s.right(), s.center().y() + 12)};
    }
    return reach ? router.route(s, t, reach) : router.route(s, t);
}

MapLayout::Route routeFor(const Link &link, const QRectF &s, const QRectF &t, bool self)
{
    MapLayout::Route r;
    r.linkId = link.id;
    r.from = link.from;
    r.to = link.to;
    r.kind = link.kind;
    r.backward = self || t.center().x() < s.center().x() - 0.5
                 || (t.center().y() < s.center().y() - 0.5
                     && std::abs(t.center().x() - s.center().x()) < 0.5);
    return r;
}

MapLayout MapLayout::compute(const Journey &journey, const LayoutMetrics &metrics, Routing routing)
{
    MapLayout layout;
    layout.m_serial = nextLayoutSerial();
    layout.m_metrics = metrics;
    layout.placeCards(journey);
    layout.routeLinks(journey, routing == Routing::Keep);
    layout.placeLines();
    layout.traceEmotions(journey);
    layout.buildIndex();
    return layout;
}

QRectF MapLayout::body() const
{
    return m_bounds.adjusted(m_metrics.laneHeaderWidth, m_metrics.stageHeaderHeight, 0, 0);
}

void MapLayout::placeCards(const Journey &journey)
{
    const LayoutMetrics &m = m_metrics;
    const int nStages = int(journey.stages.size());
    const int nLanes = int(journey.lanes.size());

    // Cards of each cell in their order.
    using Cell = std::vector<const Step *>;
    std::vector<std::vector<Cell>> cells(static_cast<size_t>(nStages),
                                         std::vector<Cell>(static_cast<size_t>(nLanes)));
    QHash<QString, int> stageIndex, laneIndex;
    for (int i = 0; i < nStages; ++i)
        stageIndex.insert(journey.stages[i].id, i);
    for (int i = 0; i < nLanes; ++i)
        laneIndex.insert(journey.lanes[i].id, i);
    for (const Step &s : journey.steps) {
        const auto si = stageIndex.constFind(s.stage);
        const auto li = laneIndex.constFind(s.lane);
        if (si != stageIndex.cend() && li != laneIndex.cend())
            cells[size_t(*si)][size_t(*li)].push_back(&s);
    }
    for (auto &column : cells) {
        for (auto &cell : column) {
            std::stable_sort(cell.begin(), cell.end(),
                             [](const Step *a, const Step *b) { return a->order < b->order; });
        }
    }

    const int stack = std::max(1, m.maxStack);
    std::vector<int> subColumns(size_t(nStages), 1);
    // The height of each sub-row of a lane: its tallest card in any cell.
    std::vector<std::vector<double>> subRowHeights(static_cast<size_t>(nLanes));
    for (int s = 0; s < nStages; ++s) {
        for (int l = 0; l < nLanes; ++l) {
            const Cell &cell = cells[size_t(s)][size_t(l)];
            const int n = int(cell.size());
            subColumns[size_t(s)] = std::max(subColumns[size_t(s)], (n + stack - 1) / stack);
            std::vector<double> &heights = subRowHeights[size_t(l)];
            if (int(heights.size()) < std::min(n, stack))
                heights.resize(size_t(std::min(n, stack)), m.cardHeight);
            for (int k = 0; k < n; ++k) {
                double &h = heights[size_t(k % stack)];
                h = std::max(h, m.cardHeightFor(!cell[size_t(k)]->picture.isEmpty()));
            }
        }
    }

    double x = m.laneHeaderWidth;
    for (int s = 0; s < nStages; ++s) {
        const int cols = subColumns[size_t(s)];
        const double width = 2 * m.cellPadding + cols * m.cardWidth + (cols - 1) * m.cardGap;
        Column c;
        c.stageId = journey.stages[s].id;
        c.subColumns = cols;
        c.header = QRectF(x, 0, width, m.stageHeaderHeight);
        m_columns.append(c);
        x += width;
    }
    const double right = std::max(x, m.laneHeaderWidth + 2 * m.cellPadding + m.cardWidth);

    double y = m.stageHeaderHeight;
    for (int l = 0; l < nLanes; ++l) {
        const std::vector<double> &heights = subRowHeights[size_t(l)];
        const int rows = int(heights.size());
        Row r;
        double stacked = m.cellPadding;
        for (double h : heights) {
            r.subRowTops.append(y + stacked);
            r.subRowHeights.append(h);
            stacked += h + m.cardGap;
        }
        double height = rows == 0 ? m.emptyLaneHeight : stacked - m.cardGap + m.cellPadding;
        const LaneKind kind = journey.lanes[l].kind;
        if (kind == LaneKind::Emotions)
            height = std::max(height, m.emotionLaneHeight);
        r.laneId = journey.lanes[l].id;
        r.kind = kind;
        r.subRows = std::max(rows, 1);
        r.header = QRectF(0, y, m.laneHeaderWidth, height);
        r.body = QRectF(m.laneHeaderWidth, y, right - m.laneHeaderWidth, height);
        m_rows.append(r);
        if (kind == LaneKind::Emotions && m_emotionBand.isNull())
            m_emotionBand = r.body;
        y += height;
    }
    m_bounds = QRectF(0, 0, right, std::max(y, m.stageHeaderHeight + m.emptyLaneHeight));
    for (Column &c : m_columns)
        c.body = QRectF(c.header.left(), m.stageHeaderHeight, c.header.width(),
                        m_bounds.height() - m.stageHeaderHeight);

    m_cards.reserve(journey.steps.size());
    m_cardIndex.reserve(journey.steps.size());
    for (int s = 0; s < nStages; ++s) {
        for (int l = 0; l < nLanes; ++l) {
            const auto &cell = cells[size_t(s)][size_t(l)];
            const QRectF area = cellRect(s, l);
            for (int k = 0; k < int(cell.size()); ++k) {
                Card card;
                card.stepId = cell[size_t(k)]->id;
                card.stage = s;
                card.lane = l;
                card.slot = k;
                const int col = k / stack, row = k % stack;
                card.rect = QRectF(area.left() + m.cellPadding + col * (m.cardWidth + m.cardGap),
                                   m_rows[l].subRowTops[row], m.cardWidth,
                                   m.cardHeightFor(!cell[size_t(k)]->picture.isEmpty()));
                m_cardIndex.insert(card.stepId, int(m_cards.size()));
                m_cards.append(card);
            }
        }
    }
}

void MapLayout::routeLinks(const Journey &journey, bool keep)
{
    const double pad = m_metrics.cellPadding;
    auto state = keep ? std::make_shared<RoutingState>() : nullptr;
    const auto kept = keep ? std::make_shared<const LinkRouter>(*this) : nullptr;
    std::optional<LinkRouter> own;
    if (!kept)
        own.emplace(*this);
    const LinkRouter &router = kept ? *kept : *own;
    // The polylines apart from the routes while they are separated: each
    // then has one owner and is nudged in place, not copied.
    QList<QPolygonF> lines;
    lines.reserve(journey.links.size());
    m_routes.reserve(journey.links.size());
    for (const Link &link : journey.links) {
        const Card *from = card(link.from);
        const Card *to = card(link.to);
        if (!from || !to)
            continue;
        QRectF reach;
        lines.append(
                routeOne(router, from->rect, to->rect, from == to, pad, keep ? &reach : nullptr));
        if (state)
            state->reach.append(reach);
        m_routes.append(routeFor(link, from->rect, to->rect, from == to));
    }
    if (state) {
        state->router = kept;
        state->separation.run(router, &lines, true);
        m_routing = std::move(state);
    } else {
        router.separate(&lines);
    }
    finishRoutes(&lines);
}

void MapLayout::finishRoutes(QList<QPolygonF> *lines, const MapLayout *previous,
                             const std::vector<int> *oldIndex)
{
    for (int i = 0; i < m_routes.size(); ++i) {
        Route &r = m_routes[i];
        r.points = std::move((*lines)[i]);
        const int o = oldIndex ? (*oldIndex)[size_t(i)] : -1;
        if (o >= 0 && previous->m_routes[o].points == r.points) {
            r.labelAt = previous->m_routes[o].labelAt; // the same points: the same spot
            continue;
        }
        // The label sits on the longest horizontal segment when it has room
        // for one, else on the longest segment.
        double longest = -1, longestFlat = -1;
        QPointF flatAt;
        const QPolygonF &points = r.points;
        for (int k = 1; k < points.size(); ++k) {
            const QLineF segment(points.at(k - 1), points.at(k));
            const double len = segment.length();
            if (len > longest) {
                longest = len;
                r.labelAt = segment.center();
            }
            if (std::abs(segment.dy()) < 0.5 && len > longestFlat) {
                longestFlat = len;
                flatAt = segment.center();
            }
        }
        if (longestFlat >= 48)
            r.labelAt = flatAt;
    }
}

void MapLayout::placeLines()
{
    // Each line sits on the top edge of the first lane of its kind, when a
    // lane lies above it: interaction above frontstage, visibility above
    // backstage, internal interaction above support.
    const std::pair<LaneKind, LineKind> rules[] = {
            {LaneKind::Frontstage, LineKind::Interaction},
            {LaneKind::Backstage, LineKind::Visibility},
            {LaneKind::Support, LineKind::InternalInteraction},
    };
    for (const auto &[lane, line] : rules) {
        for (int i = 1; i < m_rows.size(); ++i) {
            if (m_rows[i].kind == lane) {
                m_lines.append({line, m_rows[i].body.top()});
                break;
            }
        }
    }
}

void MapLayout::traceEmotions(const Journey &journey)
{
    m_emotion = emotionCurveWith(journey, {});
}

QList<MapLayout::EmotionPoint> MapLayout::emotionCurveWith(
        const Journey &journey, const QHash<QString, double> &emotions) const
{
    QList<EmotionPoint> curve;
    if (m_emotionBand.isNull())
        return curve;
    // One point per step with an emotion, in reading order: by card column,
    // then lane, then slot. Cards stacked in one column share the column's
    // width, so the curve visits each of them in turn.
    struct Entry
    {
        const Card *card;
        double emotion;
        QString stepId;
    };
    std::map<long long, std::vector<Entry>> byColumn;
    for (const Step &s : journey.steps) {
        const auto given = emotions.constFind(s.id);
        if (given == emotions.cend() && !s.emotion)
            continue;
        const double emotion = given != emotions.cend() ? *given : double(*s.emotion);
        if (const Card *c = card(s.id))
            byColumn[std::llround(c->rect.left())].push_back({c, emotion, s.id});
    }
    for (auto &[left, entries] : byColumn) {
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            return std::tie(a.card->lane, a.card->slot) < std::tie(b.card->lane, b.card->slot);
        });
        const double width = m_metrics.cardWidth;
        for (size_t k = 0; k < entries.size(); ++k) {
            EmotionPoint p;
            p.emotion = entries[k].emotion;
            const double x = double(left) + width * double(k + 1) / double(entries.size() + 1);
            p.pos = QPointF(x, emotionY(p.emotion));
            p.stepIds = {entries[k].stepId};
            curve.append(p);
        }
    }
    return curve;
}

void MapLayout::buildIndex()
{
    // At the first hit test (cardAt): a provisional layout after a drop is
    // drawn before anyone points at it.
    m_buckets.clear();
    m_bucketsBuilt = false;
}

void MapLayout::buildBuckets() const
{
    m_buckets.clear();
    for (int i = 0; i < m_cards.size(); ++i) {
        const QRectF r = m_cards[i].rect;
        const int x0 = int(std::floor(r.left() / m_bucketSize));
        const int x1 = int(std::floor(r.right() / m_bucketSize));
        const int y0 = int(std::floor(r.top() / m_bucketSize));
        const int y1 = int(std::floor(r.bottom() / m_bucketSize));
        for (int bx = x0; bx <= x1; ++bx) {
            for (int by = y0; by <= y1; ++by)
                m_buckets[bucketKey(bx, by)].append(i);
        }
    }
    m_bucketsBuilt = true;
}

const MapLayout::Card *MapLayout::card(const QString &stepId) const
{
    const auto it = m_cardIndex.constFind(stepId);
    return it == m_cardIndex.cend() ? nullptr : &m_cards[*it];
}

QString MapLayout::cardAt(const QPointF &pos) const
{
    if (!m_bucketsBuilt)
        buildBuckets();
    const auto it = m_buckets.constFind(bucketKey(int(std::floor(pos.x() / m_bucketSize)),
                                                  int(std::floor(pos.y() / m_bucketSize))));
    if (it == m_buckets.cend())
        return {};
    for (int i : *it) {
        if (m_cards[i].rect.contains(pos))
            return m_cards[i].stepId;
    }
    return {};
}

QStringList MapLayout::cardsIn(const QRectF &area) const
{
    QStringList out;
    const QRectF a = area.normalized();
    for (const Card &c : m_cards) {
        if (a.intersects(c.rect))
            out.append(c.stepId);
    }
    return out;
}

QString MapLayout::routeAt(const QPointF &pos, double tolerance) const
{
    routes(); // the rerouted routes of a provisional layout in place first
    if (!m_routeGridBuilt) {
        for (int r = 0; r < m_routes.size(); ++r) {
            const QPolygonF &pts = m_routes[r].points;
            for (int i = 1; i < pts.size(); ++i)
                m_routeGrid.insert(r, QRectF(pts[i - 1], pts[i]));
        }
        m_routeGridBuilt = true;
    }
    // In the routes' order, the last nearest wins, as a walk over all did.
    QString best;
    double bestDistance = tolerance;
    const QRectF near(pos.x() - tolerance, pos.y() - tolerance, 2 * tolerance, 2 * tolerance);
    for (qsizetype index : m_routeGrid.query(near)) {
        const Route &r = m_routes[index];
        for (int i = 1; i < r.points.size(); ++i) {
            const double d = distanceToSegment(pos, r.points[i - 1], r.points[i]);
            if (d <= bestDistance) {
                bestDistance = d;
                best = r.linkId;
            }
        }
    }
    return best;
}

QRectF MapLayout::cellRect(int column, int row) const
{
    if (column < 0 || row < 0 || column >= m_columns.size() || row >= m_rows.size())
        return {};
    const QRectF c = m_columns[column].header;
    const QRectF r = m_rows[row].body;
    return QRectF(c.left(), r.top(), c.width(), r.height());
}

MapLayout::CellHit MapLayout::cellAt(const QPointF &pos) const
{
    int column = -1, row = -1;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (pos.x() >= m_columns[i].header.left() && pos.x() < m_columns[i].header.right())
            column = i;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (pos.y() >= m_rows[i].body.top() && pos.y() < m_rows[i].body.bottom())
            row = i;
    }
    if (column < 0 || row < 0)
        return {};
    CellHit hit{m_columns[column].stageId, m_rows[row].laneId, 0};
    int count = 0;
    for (const Card &c : m_cards) {
        if (c.stage == column && c.lane == row)
            ++count;
    }
    const QRectF area = cellRect(column, row);
    const LayoutMetrics &m = m_metrics;
    const int stack = std::max(1, m.maxStack);
    const int sub
            = std::clamp(int((pos.x() - area.left() - m.cellPadding) / (m.cardWidth + m.cardGap)),
                         0, m_columns[column].subColumns - 1);
    // Before the first sub-row whose middle (and half a gap) is below the
    // pointer; past the lane's sub-rows, standard cards would follow.
    const Row &lane = m_rows[row];
    int slot = 0;
    double top = area.top() + m.cellPadding;
    for (; slot < stack; ++slot) {
        const double h = slot < lane.subRowHeights.size() ? lane.subRowHeights[slot] : m.cardHeight;
        if (pos.y() < top + (h + m.cardGap) / 2)
            break;
        top += h + m.cardGap;
    }
    hit.index = std::clamp(sub * stack + slot, 0, count);
    return hit;
}

double MapLayout::emotionY(double emotion) const
{
    const double pad = 18;
    const double top = m_emotionBand.top() + pad;
    const double height = std::max(1.0, m_emotionBand.height() - 2 * pad);
    return top + (2.0 - std::clamp(emotion, -2.0, 2.0)) / 4.0 * height;
}

QString MapLayout::lineName(LineKind kind)
{
    switch (kind) {
    case LineKind::Interaction:
        return QCoreApplication::translate("Layout", "Line of interaction");
    case LineKind::Visibility:
        return QCoreApplication::translate("Layout", "Line of visibility");
    case LineKind::InternalInteraction:
        return QCoreApplication::translate("Layout", "Line of internal interaction");
    }
    return {};
}

} // namespace waymark
