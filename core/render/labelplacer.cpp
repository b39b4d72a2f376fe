#include "render/labelplacer.h"

#include "layout/maplayout.h"
#include "layout/mapstyle.h"
#include "layout/spatialgrid.h"
#include "model/journey.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <queue>
#include <utility>
#include <vector>

namespace waymark {

namespace {

// Placed boxes: "does this box touch any of them" looks at the few boxes
// near it, not at all of them (label placement asks it millions of times on
// a big map).
class BoxGrid
{
public:
    explicit BoxGrid(double cell)
        : m_grid(cell)
    {}
    void insert(const QRectF &box)
    {
        m_grid.insert(m_boxes.size(), box);
        m_boxes.append(box);
    }
    bool intersectsAny(const QRectF &box) const
    {
        return m_grid.anyNear(box, [&](qsizetype i) { return m_boxes[i].intersects(box); });
    }

private:
    SpatialGrid m_grid;
    QList<QRectF> m_boxes;
};

QString labelText(const Link &link)
{
    QString text = link.label;
    if (link.share) {
        const QString share = QStringLiteral("%1 %").arg(std::round(*link.share * 100));
        text = text.isEmpty() ? share : QStringLiteral("%1 · %2").arg(text, share);
    }
    return text;
}

// Shorter versions of a label, best first: elided to 120, the share alone
// (or the text elided to 60), then to 36 units.
QStringList shorterTexts(const Link &link, const QString &full, const QFontMetricsF &fm)
{
    QStringList out{fm.elidedText(full, Qt::ElideRight, 120)};
    if (link.share && !link.label.isEmpty())
        out.append(QStringLiteral("%1 %").arg(std::round(*link.share * 100)));
    else
        out.append(fm.elidedText(full, Qt::ElideRight, 60));
    out.append(fm.elidedText(out.last(), Qt::ElideRight, 36));
    out.removeDuplicates();
    return out;
}

// A label further than this from its link's own spot reads as another
// link's; it is hidden instead (and shown on hover). It also keeps a long
// link of a big map from trying thousands of spots along its whole route.
constexpr double kFarthestSpot = 480;
// Spots along a route are this far apart: finer than a label's height, and
// coarse enough that a crowded map's hidden labels do not test thousands.
constexpr double kSpotStep = 9;

// Points along a route, nearest to `from` first (in steps of `step` units),
// at most kFarthestSpot away, into `out` (reused: a big map asks for
// 150,000 routes' spots, and allocating two lists for each was a fifth of
// the placement, measuring them with std::hypot another).
void candidatesAlong(const QPolygonF &route, const QPointF &from, double step,
                     std::vector<std::pair<double, QPointF>> *scratch, QList<QPointF> *out)
{
    std::vector<std::pair<double, QPointF>> &points = *scratch;
    points.clear();
    points.push_back({0.0, from});
    const QRectF reach(from.x() - kFarthestSpot, from.y() - kFarthestSpot, 2 * kFarthestSpot,
                       2 * kFarthestSpot);
    for (int i = 1; i < route.size(); ++i) {
        const QLineF segment(route[i - 1], route[i]);
        if (!QRectF(segment.p1(), segment.p2())
                     .normalized()
                     .adjusted(-1, -1, 1, 1)
                     .intersects(reach))
            continue;
        const int n = int(segment.length() / step);
        for (int k = 1; k < n; ++k) {
            const QPointF p = segment.pointAt(double(k) / n);
            const double dx = p.x() - from.x(), dy = p.y() - from.y();
            const double distance = std::sqrt(dx * dx + dy * dy);
            if (distance <= kFarthestSpot)
                points.push_back({distance, p});
        }
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    out->clear();
    for (const auto &p : points)
        out->append(p.second);
}

} // namespace

QList<QRectF> lineNameBoxes(const MapLayout &layout, const QRectF &viewport)
{
    const QFontMetricsF fm(MapStyle::font(10.5, true));
    QList<QRectF> boxes;
    for (const MapLayout::Line &line : layout.lines()) {
        const QString name = MapLayout::lineName(line.kind);
        boxes.append(QRectF(std::max(layout.body().left(), viewport.left()) + 8,
                            line.y - fm.height() / 2 - 1, fm.horizontalAdvance(name) + 12,
                            fm.height() + 2));
    }
    return boxes;
}

namespace {

// What every label of one placement shares: the font, reused buffers.
struct Placing
{
    QFontMetricsF fm{MapStyle::font(10, true)};
    double height = fm.height() + 2;
    std::vector<std::pair<double, QPointF>> scratch; // reused route after route
    QList<QPointF> spots;
    std::vector<signed char> fits;
};

// One link's label along its route; none when it has no text. `free` says
// whether a box is clear of the cards, the obstacles and the labels placed
// before; `reach` receives the area of every box it asked about.
template<typename Free>
std::optional<PlacedLabel> placeOne(const MapLayout::Route &r, const Link &link, Placing &ctx,
                                    const Free &free, QRectF *reach)
{
    const QFontMetricsF &fm = ctx.fm;
    const double height = ctx.height;
    const QString full = labelText(link);
    if (full.isEmpty()) {
        *reach = QRectF();
        return std::nullopt;
    }
    PlacedLabel label;
    label.fullText = full;
    QList<QPointF> &spots = ctx.spots;
    candidatesAlong(r.points, r.labelAt, kSpotStep, &ctx.scratch, &spots);
    bool found = false;
    const QStringList texts = shorterTexts(link, full, fm);
    // Every text's box is centred on the spot, so where the narrowest
    // one does not fit none does: a spot is tested with it once, and
    // skipped for every text when it fails (most spots, on a crowded map).
    double narrowest = std::numeric_limits<double>::max(), widest = 0;
    for (const QString &text : texts) {
        const double width = fm.horizontalAdvance(text) + 10;
        narrowest = std::min(narrowest, width);
        widest = std::max(widest, width);
    }
    {
        double left = spots.first().x(), right = left, top = spots.first().y(), bottom = top;
        for (const QPointF &c : std::as_const(spots)) {
            left = std::min(left, c.x());
            right = std::max(right, c.x());
            top = std::min(top, c.y());
            bottom = std::max(bottom, c.y());
        }
        const double dx = widest / 2 + 1, dy = height / 2 + 1;
        *reach = QRectF(QPointF(left - dx, top - dy), QPointF(right + dx, bottom + dy));
    }
    std::vector<signed char> &fits = ctx.fits;
    fits.assign(size_t(spots.size()), -1); // -1: not tested yet
    const auto mayFit = [&](qsizetype i) {
        signed char &known = fits[size_t(i)];
        if (known < 0) {
            const QPointF &c = spots[i];
            known = free(QRectF(c.x() - narrowest / 2, c.y() - height / 2, narrowest, height));
        }
        return known > 0;
    };
    for (const QString &text : texts) {
        const QSizeF size(fm.horizontalAdvance(text) + 10, height);
        for (qsizetype i = 0; i < spots.size(); ++i) {
            if (!mayFit(i))
                continue;
            const QPointF &c = spots[i];
            const QRectF box(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(),
                             size.height());
            if (size.width() <= narrowest || free(box)) {
                label.text = text;
                label.box = box;
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    if (!found) {
        const QSizeF size(fm.horizontalAdvance(full) + 10, fm.height() + 2);
        label.text = full;
        label.box = QRectF(r.labelAt.x() - size.width() / 2, r.labelAt.y() - size.height() / 2,
                           size.width(), size.height());
        label.hidden = true;
    }
    return label;
}

} // namespace

QHash<QString, PlacedLabel> placeLinkLabels(const Journey &journey, const MapLayout &layout,
                                            const QList<QRectF> &obstacles)
{
    QHash<QString, PlacedLabel> labels;
    labels.reserve(layout.routes().size());
    Placing ctx;
    BoxGrid placed(64);
    BoxGrid taken(128);
    for (const MapLayout::Card &c : layout.cards())
        taken.insert(c.rect.adjusted(-2, -2, 2, 2));
    for (const QRectF &r : obstacles)
        taken.insert(r);
    QHash<QString, const Link *> links;
    links.reserve(journey.links.size());
    for (const Link &l : journey.links)
        links.insert(l.id, &l);
    // The cards first: on a crowded map most spots fail against them, and
    // they are fewer per cell than the labels.
    const auto free = [&](const QRectF &box) {
        return !taken.intersectsAny(box) && !placed.intersectsAny(box);
    };
    QRectF reach;
    for (const MapLayout::Route &r : layout.routes()) {
        const Link *link = links.value(r.linkId);
        if (!link)
            continue;
        const std::optional<PlacedLabel> label = placeOne(r, *link, ctx, free, &reach);
        if (!label)
            continue;
        if (!label->hidden)
            placed.insert(label->box);
        labels.insert(r.linkId, *label);
    }
    return labels;
}

struct LinkLabelPlacer::State
{
    quint64 serial = 0;
    QList<QRectF> obstacles;
    // Per route, in the layout's order: what its label was placed from,
    // the label (none without text) and the area of every box it tried.
    struct Entry
    {
        QString linkId;
        QPolygonF points;
        QPointF labelAt;
        QString label;
        std::optional<double> share;
        bool linked = false;
        std::optional<PlacedLabel> result;
        QRectF reach;
    };
    std::vector<Entry> entries;
    RectSet taken{128};   // the cards and the obstacles (all numbered 0)
    RectSet placed{64};   // shown labels, numbered by route
    RectSet reaches{256}; // each label's reach, numbered by route
    // The sets are filled at the first update() (on the window's worker
    // thread), not while the first picture of a map waits: until then the
    // cards they are filled from.
    bool filled = false;
    QList<MapLayout::Card> cards;

    void fill()
    {
        if (filled)
            return;
        for (const MapLayout::Card &c : std::as_const(cards))
            taken.insert(c.rect.adjusted(-2, -2, 2, 2), 0);
        for (const QRectF &r : std::as_const(obstacles))
            taken.insert(r, 0);
        for (size_t i = 0; i < entries.size(); ++i) {
            const Entry &e = entries[i];
            if (!e.reach.isNull())
                reaches.insert(e.reach, qsizetype(i));
            if (e.result && !e.result->hidden)
                placed.insert(e.result->box, qsizetype(i));
        }
        cards.clear();
        filled = true;
    }
};

namespace {

// The link of each route: the routes follow the journey's links in order.
std::vector<const Link *> linksOfRoutes(const Journey &journey, const MapLayout &layout)
{
    std::vector<const Link *> out;
    out.reserve(size_t(layout.routes().size()));
    qsizetype k = 0;
    for (const MapLayout::Route &r : layout.routes()) {
        qsizetype at = k;
        while (at < journey.links.size() && journey.links[at].id != r.linkId)
            ++at;
        if (at < journey.links.size()) {
            out.push_back(&journey.links[at]);
            k = at + 1;
        } else {
            out.push_back(nullptr);
        }
    }
    return out;
}

constexpr qsizetype kAll = std::numeric_limits<qsizetype>::max();

} // namespace

LinkLabelPlacer::LinkLabelPlacer() = default;
LinkLabelPlacer::~LinkLabelPlacer() = default;

void LinkLabelPlacer::place(const Journey &journey, const MapLayout &layout,
                            const QList<QRectF> &obstacles)
{
    const QHash<QString, PlacedLabel> before = std::exchange(m_labels, {});
    m_state = std::make_unique<State>();
    State &st = *m_state;
    st.serial = layout.serial();
    st.obstacles = obstacles;
    // Placed as placeLinkLabels() does, with its grids: the kept sets,
    // which also tell the boxes numbered below a label, are a third slower
    // at it. They are filled at the first update().
    BoxGrid taken(128), placed(64);
    for (const MapLayout::Card &c : layout.cards())
        taken.insert(c.rect.adjusted(-2, -2, 2, 2));
    for (const QRectF &r : obstacles)
        taken.insert(r);
    st.cards = layout.cards();
    const std::vector<const Link *> links = linksOfRoutes(journey, layout);
    const auto &routes = layout.routes();
    st.entries.resize(size_t(routes.size()));
    m_labels.reserve(routes.size());
    Placing ctx;
    const auto free = [&](const QRectF &box) {
        return !taken.intersectsAny(box) && !placed.intersectsAny(box);
    };
    for (qsizetype i = 0; i < routes.size(); ++i) {
        const MapLayout::Route &r = routes[i];
        State::Entry &e = st.entries[size_t(i)];
        e.linkId = r.linkId;
        e.points = r.points;
        e.labelAt = r.labelAt;
        const Link *link = links[size_t(i)];
        if (!link)
            continue;
        e.linked = true;
        e.label = link->label;
        e.share = link->share;
        e.result = placeOne(r, *link, ctx, free, &e.reach);
        if (!e.result)
            continue;
        if (!e.result->hidden)
            placed.insert(e.result->box);
        m_labels.insert(r.linkId, *e.result);
    }
    m_lastPlaced = routes.size();
    m_changedBoxes.clear();
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const auto was = before.constFind(it.key());
        if (was != before.cend() && *was == *it)
            continue;
        m_changedBoxes.append(it->box);
        if (was != before.cend())
            m_changedBoxes.append(was->box);
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!m_labels.contains(it.key()))
            m_changedBoxes.append(it->box);
    }
}

void LinkLabelPlacer::update(const Journey &journey, const MapLayout &layout,
                             const QList<QRectF> &obstacles)
{
    if (m_state && layout.serial() == m_state->serial && obstacles == m_state->obstacles) {
        m_lastPlaced = 0; // the same layout (of the same journey): nothing to do
        m_changedBoxes.clear();
        return;
    }
    if (!m_state || layout.basis() == 0 || layout.basis() != m_state->serial) {
        place(journey, layout, obstacles);
        return;
    }
    State &st = *m_state;
    st.fill();
    const auto &routes = layout.routes();
    const qsizetype n = routes.size();
    const std::vector<const Link *> links = linksOfRoutes(journey, layout);
    m_changedBoxes.clear();
    std::vector<char> queued(size_t(n), 0);
    std::priority_queue<qsizetype, std::vector<qsizetype>, std::greater<>> queue;
    std::vector<qsizetype> hits;
    // Labels from `from` on whose reach `box` touches are placed again.
    const auto reached = [&](const QRectF &box, qsizetype from) {
        hits.clear();
        st.reaches.collect(box, &hits);
        for (qsizetype k : hits) {
            if (k >= from && !queued[size_t(k)]) {
                queued[size_t(k)] = 1;
                queue.push(k);
            }
        }
    };

    bool aligned = n == qsizetype(st.entries.size());
    for (qsizetype i = 0; aligned && i < n; ++i)
        aligned = st.entries[size_t(i)].linkId == routes[i].linkId;
    std::vector<QRectF> gone; // shown labels of links no longer routed
    if (!aligned) {
        // Links came or went: the kept entries move to their new places,
        // and the sets are numbered again.
        QHash<QString, qsizetype> was;
        for (qsizetype i = 0; i < qsizetype(st.entries.size()); ++i)
            was.insert(st.entries[size_t(i)].linkId, i);
        std::vector<State::Entry> entries(static_cast<size_t>(n));
        std::vector<char> taken(st.entries.size(), 0);
        for (qsizetype i = 0; i < n; ++i) {
            const qsizetype o = was.value(routes[i].linkId, -1);
            if (o >= 0 && !taken[size_t(o)]) {
                taken[size_t(o)] = 1;
                entries[size_t(i)] = std::move(st.entries[size_t(o)]);
            } else {
                entries[size_t(i)].linked = false; // placed again below
                entries[size_t(i)].linkId = routes[i].linkId;
            }
        }
        for (size_t o = 0; o < taken.size(); ++o) {
            if (taken[o])
                continue;
            const State::Entry &e = st.entries[o];
            if (e.result && !e.result->hidden)
                gone.push_back(e.result->box);
            if (e.result)
                m_changedBoxes.append(e.result->box);
            m_labels.remove(e.linkId);
        }
        st.entries = std::move(entries);
        st.taken = RectSet(128);
        for (const MapLayout::Card &c : layout.cards())
            st.taken.insert(c.rect.adjusted(-2, -2, 2, 2), 0);
        for (const QRectF &r : obstacles)
            st.taken.insert(r, 0);
        st.placed = RectSet(64);
        st.reaches = RectSet(256);
        for (qsizetype i = 0; i < n; ++i) {
            const State::Entry &e = st.entries[size_t(i)];
            if (e.result && !e.result->hidden)
                st.placed.insert(e.result->box, i);
            if (!e.reach.isNull())
                st.reaches.insert(e.reach, i);
        }
    } else {
        for (const QRectF &r : layout.movedFrom())
            st.taken.remove(r.adjusted(-2, -2, 2, 2), 0);
        for (const QRectF &r : layout.movedTo())
            st.taken.insert(r.adjusted(-2, -2, 2, 2), 0);
        if (obstacles != st.obstacles) {
            for (const QRectF &r : std::as_const(st.obstacles))
                st.taken.remove(r, 0);
            for (const QRectF &r : obstacles)
                st.taken.insert(r, 0);
        }
    }
    // What the edit changed for every label: the cards, the obstacles,
    // the labels of links that went.
    for (const QList<QRectF> *list : {&layout.movedFrom(), &layout.movedTo()}) {
        for (const QRectF &r : *list)
            reached(r.adjusted(-2, -2, 2, 2), 0);
    }
    if (obstacles != st.obstacles) {
        for (const QList<QRectF> *list : {&std::as_const(st.obstacles), &obstacles}) {
            for (const QRectF &r : *list)
                reached(r, 0);
        }
        st.obstacles = obstacles;
    }
    for (const QRectF &box : gone)
        reached(box, 0);
    // And the labels whose own route or text changed.
    for (qsizetype i = 0; i < n; ++i) {
        const State::Entry &e = st.entries[size_t(i)];
        const MapLayout::Route &r = routes[i];
        const Link *link = links[size_t(i)];
        const bool same = link ? e.linked && e.label == link->label && e.share == link->share
                                          && e.labelAt == r.labelAt && e.points == r.points
                               : !e.linked;
        if (!same && !queued[size_t(i)]) {
            queued[size_t(i)] = 1;
            queue.push(i);
        }
    }
    // In the routes' order, as place() went: a label placed again whose
    // box changed may change the later ones that tried spots there.
    Placing ctx;
    qsizetype count = 0;
    while (!queue.empty()) {
        const qsizetype i = queue.top();
        queue.pop();
        ++count;
        State::Entry &e = st.entries[size_t(i)];
        const MapLayout::Route &r = routes[i];
        const Link *link = links[size_t(i)];
        QRectF reach;
        std::optional<PlacedLabel> result;
        if (link) {
            const auto free = [&](const QRectF &box) {
                return !st.taken.intersectsAny(box, kAll) && !st.placed.intersectsAny(box, i);
            };
            result = placeOne(r, *link, ctx, free, &reach);
        }
        if (result != e.result) {
            if (e.result)
                m_changedBoxes.append(e.result->box);
            if (result)
                m_changedBoxes.append(result->box);
            if (e.result && !e.result->hidden) {
                st.placed.remove(e.result->box, i);
                reached(e.result->box, i + 1);
            }
            if (result && !result->hidden) {
                st.placed.insert(result->box, i);
                reached(result->box, i + 1);
            }
            if (result)
                m_labels.insert(r.linkId, *result);
            else
                m_labels.remove(r.linkId);
        }
        if (reach != e.reach) {
            if (!e.reach.isNull())
                st.reaches.remove(e.reach, i);
            if (!reach.isNull())
                st.reaches.insert(reach, i);
        }
        e.linkId = r.linkId;
        e.points = r.points;
        e.labelAt = r.labelAt;
        e.linked = link != nullptr;
        e.label = link ? link->label : QString();
        e.share = link ? link->share : std::nullopt;
        e.result = std::move(result);
        e.reach = reach;
    }
    st.serial = layout.serial();
    m_lastPlaced = count;
}

QRectF slideAlongLine(const QRectF &wanted, const QList<QRectF> &taken, double maxRight)
{
    QRectF box = wanted;
    while (box.right() <= maxRight) {
        bool hit = false;
        for (const QRectF &t : taken) {
            if (t.intersects(box)) {
                box.moveLeft(t.right() + 6);
                hit = true;
                break;
            }
        }
        if (!hit)
            return box;
    }
    return wanted;
}

} // namespace waymark
