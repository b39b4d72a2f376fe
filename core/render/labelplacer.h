#pragma once

// Where the texts on the links and lines of a map go, so that none covers a
// card, a line's name or another label: one placer for the window and the
// exports (MapPainter uses it; the canvas asks it for hidden labels).

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>

namespace waymark {

struct Journey;
class MapLayout;

struct PlacedLabel
{
    QString text;        // what is drawn: the whole label, or a shortened one
    QString fullText;    // the whole label, for a tooltip
    QRectF box;          // where it is drawn (map units); where it would be when hidden
    bool hidden = false; // no free place even shortened: not drawn, shown on hover
    bool operator==(const PlacedLabel &) const = default;
};

// The names of the blueprint lines as MapPainter draws them at the left of
// `viewport` (the whole map, or one printed page).
QList<QRectF> lineNameBoxes(const MapLayout &layout, const QRectF &viewport);

// Labels of the links ("Online · 80 %"): each tried along its route, nearest
// the route's label point first; then shortened (the share alone, or the
// text elided); then hidden. `obstacles` are kept free too (line names).
QHash<QString, PlacedLabel> placeLinkLabels(const Journey &journey, const MapLayout &layout,
                                            const QList<QRectF> &obstacles);

// The same placement, kept for the next one: the window places the labels
// again after each edit, and a greedy placement over 75,000 links took a
// second. place() places all; update() after an edit gives the same labels
// to the bit, redoing only those the edit can reach: in the routes' order,
// the ones whose route or text changed and those whose tried spots a moved
// card or an earlier label that changed touches. It needs the layout to
// come from MapLayout::update() of the one placed last; else it places all.
class LinkLabelPlacer
{
public:
    LinkLabelPlacer();
    ~LinkLabelPlacer();
    LinkLabelPlacer(const LinkLabelPlacer &) = delete;
    LinkLabelPlacer &operator=(const LinkLabelPlacer &) = delete;

    void place(const Journey &journey, const MapLayout &layout, const QList<QRectF> &obstacles);
    void update(const Journey &journey, const MapLayout &layout, const QList<QRectF> &obstacles);
    const QHash<QString, PlacedLabel> &labels() const { return m_labels; }
    // How many labels the last place() or update() placed.
    qsizetype lastPlaced() const { return m_lastPlaced; }
    // The boxes of the labels the last place() or update() changed, where
    // they were and where they are (a view repaints those).
    const QList<QRectF> &changedBoxes() const { return m_changedBoxes; }

private:
    struct State;
    std::unique_ptr<State> m_state;
    QHash<QString, PlacedLabel> m_labels;
    qsizetype m_lastPlaced = 0;
    QList<QRectF> m_changedBoxes;
};

// The box of a label of `size` wanted at `wanted` (its left edge on a line),
// slid right along the line until it touches none of `taken`, at most to
// `maxRight`; `wanted` when there is no free place.
QRectF slideAlongLine(const QRectF &wanted, const QList<QRectF> &taken, double maxRight);

} // namespace waymark
