#include "layoutdiff.h"

#include <QHash>

namespace waymark {

namespace {

bool sameGeometry(const MapLayout &a, const MapLayout &b)
{
    if (a.bounds() != b.bounds() || a.columns().size() != b.columns().size()
        || a.rows().size() != b.rows().size())
        return false;
    for (int i = 0; i < a.columns().size(); ++i) {
        if (a.columns()[i].header != b.columns()[i].header
            || a.columns()[i].stageId != b.columns()[i].stageId)
            return false;
    }
    for (int i = 0; i < a.rows().size(); ++i) {
        if (a.rows()[i].body != b.rows()[i].body || a.rows()[i].laneId != b.rows()[i].laneId
            || a.rows()[i].kind != b.rows()[i].kind)
            return false;
    }
    return true;
}

} // namespace

QRectF cardArea(const QRectF &cardRect)
{
    return cardRect.adjusted(-16, -16, 16, 16);
}

QRectF routeArea(const QPolygonF &points)
{
    return points.boundingRect().adjusted(-70, -24, 70, 24);
}

void appendRouteAreas(QList<QRectF> *areas, const QPolygonF &points)
{
    if (points.size() < 2) {
        areas->append(routeArea(points));
        return;
    }
    for (qsizetype i = 1; i < points.size(); ++i)
        areas->append(QRectF(points[i - 1], points[i]).normalized().adjusted(-70, -24, 70, 24));
}

LayoutDiff diffLayouts(const MapLayout &before, const MapLayout &after)
{
    LayoutDiff diff;
    if (after.basis() != 0 && after.basis() == before.serial()) {
        // `after` was updated from `before` (same grid): it knows what moved.
        diff.sameGeometry = true;
        diff.cards = after.movedSteps();
        for (const QList<QRectF> *rects : {&after.movedFrom(), &after.movedTo()}) {
            for (const QRectF &r : *rects)
                diff.areas.append(cardArea(r));
        }
        diff.routes = after.changedRoutes();
        for (const QPolygonF &points : after.changedPolylines())
            appendRouteAreas(&diff.areas, points);
        diff.curveChanged = before.emotionCurve().size() != after.emotionCurve().size();
        for (qsizetype i = 0; !diff.curveChanged && i < after.emotionCurve().size(); ++i)
            diff.curveChanged = before.emotionCurve()[i].pos != after.emotionCurve()[i].pos;
        if (diff.curveChanged)
            diff.areas.append(after.emotionBand());
        return diff;
    }
    diff.sameGeometry = sameGeometry(before, after);
    if (!diff.sameGeometry) {
        diff.areas.append(after.bounds().united(before.bounds()));
        diff.curveChanged = true;
        return diff;
    }
    for (const MapLayout::Card &card : after.cards()) {
        const MapLayout::Card *was = before.card(card.stepId);
        if (was && was->rect == card.rect)
            continue;
        diff.cards.append(card.stepId);
        diff.areas.append(cardArea(card.rect));
        if (was)
            diff.areas.append(cardArea(was->rect));
    }
    for (const MapLayout::Card &card : before.cards()) {
        if (!after.card(card.stepId)) {
            diff.cards.append(card.stepId);
            diff.areas.append(cardArea(card.rect));
        }
    }
    QHash<QString, const MapLayout::Route *> old;
    old.reserve(before.routes().size());
    for (const MapLayout::Route &r : before.routes())
        old.insert(r.linkId, &r);
    for (const MapLayout::Route &r : after.routes()) {
        const MapLayout::Route *was = old.take(r.linkId);
        if (was && was->points == r.points)
            continue;
        diff.routes.append(r.linkId);
        appendRouteAreas(&diff.areas, r.points);
        if (was)
            appendRouteAreas(&diff.areas, was->points);
    }
    for (const MapLayout::Route *r : std::as_const(old)) {
        diff.routes.append(r->linkId);
        appendRouteAreas(&diff.areas, r->points);
    }
    const auto &a = before.emotionCurve(), &b = after.emotionCurve();
    diff.curveChanged = a.size() != b.size();
    for (int i = 0; !diff.curveChanged && i < b.size(); ++i)
        diff.curveChanged = a[i].pos != b[i].pos;
    if (diff.curveChanged)
        diff.areas.append(after.emotionBand());
    return diff;
}

} // namespace waymark
