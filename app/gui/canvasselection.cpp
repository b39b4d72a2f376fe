#include "canvasselection.h"

#include "layout/maplayout.h"
#include "model/journey.h"

namespace waymark {

bool CanvasSelection::setSteps(const QStringList &ids)
{
    if (ids == m_steps)
        return false;
    m_steps = ids;
    return true;
}

bool CanvasSelection::setLinks(const QStringList &ids)
{
    if (ids == m_links)
        return false;
    m_links = ids;
    return true;
}

bool CanvasSelection::setCurrent(const QString &id)
{
    if (id == m_current)
        return false;
    m_current = id;
    return true;
}

void CanvasSelection::clear()
{
    m_steps.clear();
    m_links.clear();
    m_current.clear();
}

bool CanvasSelection::prune(const MapLayout &layout, const Journey *journey)
{
    const qsizetype before = m_steps.size() + m_links.size();
    m_steps.removeIf([&](const QString &id) { return !layout.card(id); });
    m_links.removeIf([&](const QString &id) { return !journey || !journey->link(id); });
    return before != m_steps.size() + m_links.size();
}

QList<CanvasSelection::Segment> CanvasSelection::outlines(
        const MapLayout &layout, const std::function<QRectF(const QString &)> &cardRect,
        const std::function<QPointF(QPointF)> &toView) const
{
    QList<Segment> out;
    const auto frame = [&](const QRectF &r, qreal w) {
        out.append({r.topLeft(), r.topRight(), w});
        out.append({r.topRight(), r.bottomRight(), w});
        out.append({r.bottomRight(), r.bottomLeft(), w});
        out.append({r.bottomLeft(), r.topLeft(), w});
    };
    for (const QString &id : m_steps) {
        const QRectF r = cardRect(id);
        if (!r.isNull())
            frame(r.adjusted(-3, -3, 3, 3), 3);
    }
    if (!m_current.isEmpty() && !m_steps.contains(m_current)) {
        const QRectF r = cardRect(m_current);
        if (!r.isNull())
            frame(r.adjusted(-3, -3, 3, 3), 1.5);
    }
    if (m_links.isEmpty())
        return out;
    for (const MapLayout::Route &route : layout.routes()) {
        if (!m_links.contains(route.linkId))
            continue;
        for (int i = 1; i < route.points.size(); ++i)
            out.append({toView(route.points[i - 1]), toView(route.points[i]), 5});
    }
    return out;
}

} // namespace waymark
