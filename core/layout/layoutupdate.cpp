// MapLayout::update(): the layout after an edit, redoing only what the edit
// reaches. A drop on a 50,000-step map computed everything again (0.4 s)
// for one card that moved.

#include "layoutstate.h"

#include "model/journey.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace waymark {

namespace {

// Where a link's route was in the previous layout: links mostly keep their
// order, so the place after the last one found is tried first, and a hash
// of all the old routes is built only when that fails.
class OldRoutes
{
public:
    explicit OldRoutes(const QList<MapLayout::Route> &routes)
        : m_routes(routes)
    {}
    // The old route's index, or -1 for a new link.
    int find(const QString &linkId)
    {
        int old = -1;
        if (m_guess < m_routes.size() && m_routes[m_guess].linkId == linkId) {
            old = m_guess;
        } else {
            if (m_byLink.isEmpty()) {
                for (int i = 0; i < m_routes.size(); ++i)
                    m_byLink.insert(m_routes[i].linkId, i);
            }
            old = m_byLink.value(linkId, -1);
        }
        m_guess = (old < 0 ? m_guess : old) + 1;
        return old;
    }
    // Whether the old route at `old` joins the cards `link` joins, neither of
    // which moved: its way may then be kept.
    bool sameEnds(int old, const Link &link, bool endsMoved) const
    {
        return old >= 0 && m_routes[old].from == link.from && m_routes[old].to == link.to
               && !endsMoved;
    }

private:
    const QList<MapLayout::Route> &m_routes;
    QHash<QString, int> m_byLink;
    int m_guess = 0;
};

// The rects of moved cards, by the cell they are in: a route's reach is
// tested against each cell's bounds first.
class MovedRects
{
public:
    void add(int stage, int lane, const QRectF &rect)
    {
        Cell &c = m_cells[(qint64(stage) << 32) | quint32(lane)];
        c.bounds = c.rects.isEmpty() ? rect : c.bounds.united(rect);
        c.rects.append(rect);
    }
    bool touch(const QRectF &reach) const
    {
        if (reach.isNull())
            return false;
        // clear() tests QRectF::intersects on its boxes: one unit more is
        // on the safe side of rounding.
        const QRectF r = reach.adjusted(-1, -1, 1, 1);
        for (const Cell &c : m_cells) {
            if (!c.bounds.intersects(r))
                continue;
            for (const QRectF &rect : c.rects) {
                if (rect.intersects(r))
                    return true;
            }
        }
        return false;
    }

private:
    struct Cell
    {
        QRectF bounds;
        QList<QRectF> rects;
    };
    QHash<qint64, Cell> m_cells;
};

} // namespace

bool MapLayout::sameGrid(const MapLayout &other) const
{
    if (m_bounds != other.m_bounds || m_emotionBand != other.m_emotionBand
        || m_columns.size() != other.m_columns.size() || m_rows.size() != other.m_rows.size())
        return false;
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column &a = m_columns[i], &b = other.m_columns[i];
        if (a.stageId != b.stageId || a.header != b.header || a.body != b.body
            || a.subColumns != b.subColumns)
            return false;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &a = m_rows[i], &b = other.m_rows[i];
        // Sub-rows are as tall as their tallest card (a picture makes it
        // taller): two swapping heights keep the lane's height but not the
        // corridors between them.
        if (a.laneId != b.laneId || a.kind != b.kind || a.header != b.header || a.body != b.body
            || a.subRows != b.subRows || a.subRowTops != b.subRowTops
            || a.subRowHeights != b.subRowHeights)
            return false;
    }
    return true;
}

MapLayout MapLayout::update(const MapLayout &previous, const Journey &journey)
{
    const LayoutMetrics &m = previous.m_metrics;
    if (!previous.m_routing)
        return compute(journey, m, Routing::Keep);
    MapLayout layout;
    layout.m_metrics = m;
    layout.placeCards(journey);
    // A stage wider or a lane taller moves everything beyond it, and the
    // corridors with it: then all of it again.
    if (!layout.sameGrid(previous))
        return compute(journey, m, Routing::Keep);
    layout.m_serial = nextLayoutSerial();
    layout.m_basis = previous.m_serial;

    // The cards that moved, came or went.
    MovedRects moved;
    std::vector<char> cardMoved(size_t(layout.m_cards.size()), 0);
    qsizetype kept = 0;
    for (qsizetype i = 0; i < layout.m_cards.size(); ++i) {
        const Card &c = layout.m_cards[i];
        const Card *was = previous.card(c.stepId);
        if (was)
            ++kept;
        if (was && was->rect == c.rect)
            continue;
        cardMoved[size_t(i)] = 1;
        layout.m_movedSteps.append(c.stepId);
        moved.add(c.stage, c.lane, c.rect);
        layout.m_movedTo.append(c.rect);
        if (was) {
            moved.add(was->stage, was->lane, was->rect);
            layout.m_movedFrom.append(was->rect);
        }
    }
    if (kept != previous.m_cards.size()) {
        for (const Card &c : previous.m_cards) {
            if (!layout.card(c.stepId)) {
                layout.m_movedSteps.append(c.stepId);
                moved.add(c.stage, c.lane, c.rect);
                layout.m_movedFrom.append(c.rect);
            }
        }
    }

    // Each link's route as it was, unless a card of its own moved or a
    // moved card may have changed the way it found.
    const RoutingState &before = *previous.m_routing;
    const QList<QPolygonF> &unspread = before.separation.unspread();
    auto state = std::make_shared<RoutingState>();
    state->router = std::make_shared<const LinkRouter>(layout);
    const LinkRouter &router = *state->router;
    QList<QPolygonF> lines;
    lines.reserve(journey.links.size());
    layout.m_routes.reserve(journey.links.size());
    state->reach.reserve(journey.links.size());
    std::vector<int> oldIndex;
    oldIndex.reserve(size_t(journey.links.size()));
    std::vector<char> changed;
    changed.reserve(size_t(journey.links.size()));
    OldRoutes oldRoutes(previous.m_routes);
    const Card *const cards = layout.m_cards.constData();
    for (const Link &link : journey.links) {
        const Card *from = layout.card(link.from);
        const Card *to = layout.card(link.to);
        if (!from || !to)
            continue;
        const int old = oldRoutes.find(link.id);
        const bool same = oldRoutes.sameEnds(old, link,
                                             cardMoved[size_t(from - cards)]
                                                     || cardMoved[size_t(to - cards)])
                          && !moved.touch(before.reach[old]);
        if (same) {
            lines.append(unspread[old]);
            state->reach.append(before.reach[old]);
        } else {
            QRectF reach;
            lines.append(routeOne(router, from->rect, to->rect, from == to, m.cellPadding, &reach));
            state->reach.append(reach);
        }
        oldIndex.push_back(old);
        changed.push_back(same ? 0 : 1);
        layout.m_routes.append(routeFor(link, from->rect, to->rect, from == to));
    }
    // Link ids are unique in a journey; should two routes claim one old
    // route, update() refuses and everything is spread again.
    if (!state->separation.update(before.separation, router, &lines, oldIndex, changed))
        state->separation.run(router, &lines, true);
    layout.m_routing = std::move(state);
    // The routes that changed, came or went (an unchanged one shares its
    // points with the one before: compared at once).
    std::vector<char> stays(size_t(previous.m_routes.size()), 0);
    for (qsizetype r = 0; r < lines.size(); ++r) {
        const int o = oldIndex[size_t(r)];
        if (o >= 0)
            stays[size_t(o)] = 1;
        if (o >= 0 && previous.m_routes[o].points == lines.at(r))
            continue;
        layout.m_changedRoutes.append(layout.m_routes[r].linkId);
        layout.m_changedPolylines.append(lines.at(r));
        if (o >= 0)
            layout.m_changedPolylines.append(previous.m_routes[o].points);
    }
    for (qsizetype o = 0; o < previous.m_routes.size(); ++o) {
        if (!stays[size_t(o)]) {
            layout.m_changedRoutes.append(previous.m_routes[o].linkId);
            layout.m_changedPolylines.append(previous.m_routes[o].points);
        }
    }
    layout.finishRoutes(&lines, &previous, &oldIndex);
    layout.placeLines();
    layout.traceEmotions(journey);
    layout.buildIndex();
    return layout;
}

void MapLayout::applyRerouted() const
{
    m_reroutedPending = false;
    for (qsizetype i = 0; i < m_reroutedAt.size(); ++i)
        m_routes[m_reroutedAt[i]] = m_rerouted[i];
}

MapLayout MapLayout::provisional(const MapLayout &previous, const Journey &journey,
                                 const Journey *before)
{
    MapLayout layout;
    layout.m_metrics = previous.m_metrics;
    layout.placeCards(journey);
    if (!layout.sameGrid(previous))
        return MapLayout();
    layout.m_serial = nextLayoutSerial();
    layout.m_basis = previous.m_serial;
    layout.m_provisional = true;
    std::vector<char> cardMoved(size_t(layout.m_cards.size()), 0);
    qsizetype kept = 0;
    // Both lists go cell by cell: a card is mostly at its index before,
    // give or take the cards that left or joined the cells before it.
    qsizetype shift = 0;
    const qsizetype oldCount = previous.m_cards.size();
    for (qsizetype i = 0; i < layout.m_cards.size(); ++i) {
        const Card &c = layout.m_cards[i];
        const Card *was = nullptr;
        if (const qsizetype at = i + shift;
            at >= 0 && at < oldCount && previous.m_cards[at].stepId == c.stepId) {
            was = &previous.m_cards[at];
        } else if ((was = previous.card(c.stepId))) {
            shift = (was - previous.m_cards.constData()) - i;
        }
        kept += was ? 1 : 0;
        if (was && was->rect == c.rect)
            continue;
        cardMoved[size_t(i)] = 1;
        layout.m_movedSteps.append(c.stepId);
        layout.m_movedTo.append(c.rect);
        if (was)
            layout.m_movedFrom.append(was->rect);
    }
    if (kept != previous.m_cards.size()) {
        for (const Card &c : previous.m_cards) {
            if (!layout.card(c.stepId)) {
                layout.m_movedSteps.append(c.stepId);
                layout.m_movedFrom.append(c.rect);
            }
        }
    }
    // The routes: as they were, unless an end moved or the link changed
    // ends; those routed alone (update() spreads them among the others),
    // around the cards as they were when `previous` kept its router.
    std::optional<LinkRouter> router;
    const double pad = layout.m_metrics.cellPadding;
    const LinkRouter *own = previous.m_routing ? previous.m_routing->router.get() : nullptr;
    const auto reroute = [&](const Link &link, const Card *from, const Card *to) {
        if (!own && !router)
            router.emplace(layout);
        QList<QPolygonF> line{
                routeOne(own ? *own : *router, from->rect, to->rect, from == to, pad, nullptr)};
        MapLayout single; // finishRoutes() finds the label spot
        single.m_routes = {routeFor(link, from->rect, to->rect, from == to)};
        single.finishRoutes(&line);
        return single.m_routes.first();
    };
    if (before && before->links.constData() == journey.links.constData()
        && before->links.size() == journey.links.size() && kept == oldCount
        && kept == layout.m_cards.size()) {
        // The same links between the same cards (a card moved): the routes
        // of the moved cards' links only, found without a look-up per link.
        QSet<QString> movedIds(layout.m_movedSteps.cbegin(), layout.m_movedSteps.cend());
        layout.m_routes = previous.m_routes; // shared until routes() is asked for
        qsizetype k = 0;                     // the link of route r is at or after k
        for (qsizetype r = 0; r < previous.m_routes.size(); ++r) {
            const Route &was = previous.m_routes.at(r);
            if (!movedIds.contains(was.from) && !movedIds.contains(was.to))
                continue;
            while (k < journey.links.size() && journey.links[k].id != was.linkId)
                ++k;
            const Card *from = layout.card(was.from);
            const Card *to = layout.card(was.to);
            if (k == journey.links.size() || !from || !to)
                return provisional(previous, journey, nullptr); // not as it looked
            layout.m_rerouted.append(reroute(journey.links[k], from, to));
            layout.m_reroutedAt.append(r);
            layout.m_changedRoutes.append(was.linkId);
            layout.m_changedPolylines.append(layout.m_rerouted.last().points);
            layout.m_changedPolylines.append(was.points);
        }
        layout.m_reroutedPending = !layout.m_rerouted.isEmpty();
        layout.placeLines();
        layout.traceEmotions(journey);
        layout.buildIndex();
        return layout;
    }
    layout.m_routes.reserve(journey.links.size());
    std::vector<char> stays(size_t(previous.m_routes.size()), 0);
    OldRoutes oldRoutes(previous.m_routes);
    const Card *const cards = layout.m_cards.constData();
    for (const Link &link : journey.links) {
        const Card *from = layout.card(link.from);
        const Card *to = layout.card(link.to);
        if (!from || !to)
            continue;
        const int old = oldRoutes.find(link.id);
        if (old >= 0)
            stays[size_t(old)] = 1;
        const bool same = oldRoutes.sameEnds(
                old, link, cardMoved[size_t(from - cards)] || cardMoved[size_t(to - cards)]);
        if (same) {
            Route r = previous.m_routes[old];
            r.kind = link.kind;
            layout.m_routes.append(std::move(r));
            if (previous.m_routes[old].kind != link.kind) {
                layout.m_changedRoutes.append(link.id);
                layout.m_changedPolylines.append(previous.m_routes[old].points);
            }
            continue;
        }
        layout.m_routes.append(reroute(link, from, to));
        layout.m_changedRoutes.append(link.id);
        layout.m_changedPolylines.append(layout.m_routes.last().points);
        if (old >= 0)
            layout.m_changedPolylines.append(previous.m_routes[old].points);
    }
    for (qsizetype o = 0; o < previous.m_routes.size(); ++o) {
        if (!stays[size_t(o)]) {
            layout.m_changedRoutes.append(previous.m_routes[o].linkId);
            layout.m_changedPolylines.append(previous.m_routes[o].points);
        }
    }
    layout.placeLines();
    layout.traceEmotions(journey);
    layout.buildIndex();
    return layout;
}

} // namespace waymark
