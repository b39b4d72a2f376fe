// MapPainter's provisional picture: the painter of the layout before an
// edit, with what the edit moved or changed drawn over it (mappainter.h).

#include "render/mappainter.h"

#include "model/workspace.h"

namespace waymark {

MapPainter::MapPainter(const MapPainter &base, const Workspace &workspace, const Journey &journey,
                       const MapLayout &provisional, const QSet<QString> &changedSteps,
                       const QSet<QString> &changedLinks)
    : m_workspace(workspace)
    , m_journey(journey)
    , m_layout(base.m_layout) // the base's grids index its cards and routes
    , m_options(base.m_options)
    , m_badges(base.m_badges)
    , m_curve(base.m_curve)
    , m_routeBounds(base.m_routeBounds)
    , m_metricPoints(base.m_metricPoints)
    , m_steps(base.m_steps) // the base's journey: the steps drawn from it did not change
    , m_labels(base.m_labels)
    , m_shownLabels(base.m_shownLabels)
    , m_cardGrid(base.m_cardGrid)
    , m_routeGrid(base.m_routeGrid)
    , m_labelGrid(base.m_labelGrid)
{
    for (const Vote &v : journey.votes)
        m_votes[v.step] += v.count;
    for (const Comment &c : journey.comments)
        ++m_comments[c.step];
    if (m_options.emotionMetric.isEmpty())
        m_curve = provisional.emotionCurve();

    auto patch = std::make_shared<Patch>();
    const QList<MapLayout::Card> &cards = m_layout.cards();
    const QList<MapLayout::Route> &routes = m_layout.routes();
    patch->skipCard.assign(size_t(cards.size()), 0);
    patch->skipRoute.assign(size_t(routes.size()), 0);

    QSet<QString> steps = changedSteps;
    for (const QString &id : provisional.movedSteps())
        steps.insert(id);
    for (const QString &id : std::as_const(steps)) {
        if (const MapLayout::Card *was = m_layout.card(id))
            patch->skipCard[size_t(was - cards.constData())] = 1;
        const MapLayout::Card *now = provisional.card(id);
        const Step *step = now ? journey.step(id) : nullptr;
        if (step)
            patch->cards.append({now->rect, step});
    }

    if (changedLinks.isEmpty() && !provisional.reroutedAt().isEmpty()) {
        // Route i is of the same link in both: no walk over all of them.
        for (qsizetype k = 0; k < provisional.reroutedAt().size(); ++k) {
            const MapLayout::Route &r = provisional.rerouted()[k];
            patch->skipRoute[size_t(provisional.reroutedAt()[k])] = 1;
            patch->routes.append(r);
            patch->routeBounds.append(r.points.boundingRect().adjusted(-30, -30, 30, 30));
        }
        m_patch = std::move(patch);
        return;
    }
    QSet<QString> links = changedLinks;
    for (const QString &id : provisional.changedRoutes())
        links.insert(id);
    if (!links.isEmpty()) {
        for (qsizetype i = 0; i < routes.size(); ++i) {
            if (links.contains(routes[i].linkId))
                patch->skipRoute[size_t(i)] = 1;
        }
        for (const MapLayout::Route &r : provisional.routes()) {
            if (!links.contains(r.linkId))
                continue;
            patch->routes.append(r);
            patch->routeBounds.append(r.points.boundingRect().adjusted(-30, -30, 30, 30));
        }
    }
    m_patch = std::move(patch);
}

} // namespace waymark
