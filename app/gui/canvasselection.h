#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <functional>
#include <utility>

namespace waymark {

class MapLayout;
struct Journey;

// What is selected on the map: cards, links, and the current card (the
// keyboard's and the inspector's), with the outlines the canvas draws.
class CanvasSelection
{
public:
    const QStringList &steps() const { return m_steps; }
    const QStringList &links() const { return m_links; }
    const QString &current() const { return m_current; }
    // Each false when nothing changed.
    bool setSteps(const QStringList &ids);
    bool setLinks(const QStringList &ids);
    bool setCurrent(const QString &id);
    void clear();
    // Drops cards and links that are gone; true when any was.
    bool prune(const MapLayout &layout, const Journey *journey);

    struct Segment
    {
        QPointF from;
        QPointF to;
        qreal width;
    };
    // The outlines in view coordinates: a thick frame round selected cards, a
    // thin one round the current card, selected links' routes drawn over.
    QList<Segment> outlines(const MapLayout &layout,
                            const std::function<QRectF(const QString &)> &cardRect,
                            const std::function<QPointF(QPointF)> &toView) const;

private:
    QStringList m_steps;
    QStringList m_links;
    QString m_current;
};

} // namespace waymark
