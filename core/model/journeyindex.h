#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringView>

#include <utility>

namespace waymark {

struct Journey;

// Hash look-ups into one journey's lists: ids to positions, the steps of each
// cell in their order, and the links out of and into each step. Built on the
// first look-up and again when a list has changed: the document invalidates
// it after each edit that moves rows, and a list that was appended to,
// shrunk or reallocated is noticed by its size and address. Not part of the
// journey's value: copies compare equal.
class JourneyIndex
{
public:
    JourneyIndex() = default;
    // A copy keeps what was built (implicitly shared, so copying is cheap):
    // the copy's lists share the original's memory, so it is as current
    // as the original was. Starting empty cost the document a rebuild of
    // every part after each edit while a view held the journey before it
    // (0.1 s at 50,000 steps).
    JourneyIndex(const JourneyIndex &other);
    JourneyIndex &operator=(const JourneyIndex &other);
    bool operator==(const JourneyIndex &) const { return true; }

    void invalidate() const;
    // The steps kept their ids and places in the list, but some may have
    // moved to another cell or place in it: only the cells are built again.
    void invalidateCells() const;
    // The same for the given (stage, lane) cells only: a card moved from one
    // to another, or to another place in one. They are filled again from a
    // pass over the steps, the others stay.
    void invalidateCells(const QList<std::pair<QString, QString>> &cells) const;
    // A link now joins other steps: only the links' part is built again.
    void invalidateLinks() const;
    // Brings the steps' and links' parts up to date with `j` now. The
    // document calls it before it inserts or removes rows, so that the
    // index sees each change alone: a row put in the middle and another
    // taken out before the next question would leave a list of the same
    // length, whose changed rows the index could not tell.
    void sync(const Journey &j) const;

    int step(const Journey &j, QStringView id) const;
    int link(const Journey &j, QStringView id) const;
    int stage(const Journey &j, QStringView id) const;
    int lane(const Journey &j, QStringView id) const;
    // Positions in j.steps of one cell's steps, by their order.
    QList<int> cell(const Journey &j, QStringView stage, QStringView lane) const;
    // Positions in j.links of the links from / to a step, in list order.
    QList<int> outgoing(const Journey &j, QStringView stepId) const;
    QList<int> incoming(const Journey &j, QStringView stepId) const;

private:
    // One list's part of the index, with what it was built from.
    struct Part
    {
        const void *data = nullptr;
        qsizetype size = -1;
        QHash<QString, int> ids;
        QHash<QString, QList<int>> out, in; // links only
        // What each row was, by position, to take rows off the end again
        // (a card added and deleted, an undone insert) without a rebuild.
        QList<QString> order;
        QList<std::pair<QString, QString>> ends; // links only: from, to
    };
    template<typename List>
    void refresh(Part &part, const List &list, bool adjacency) const;
    template<typename List>
    int find(Part &part, const List &list, QStringView id, bool adjacency) const;

    mutable QMutex m_mutex;
    mutable Part m_steps, m_links, m_stages, m_lanes;
    // The cells, rebuilt when the steps change.
    mutable const void *m_cellsData = nullptr;
    mutable qsizetype m_cellsSize = -1;
    mutable QList<QString> m_cellsOrder; // the steps' ids when the cells were built
    mutable QList<QString> m_cellsKeyOf; // and the cell of each
    mutable QList<std::pair<QString, QString>> m_dirtyCells;
    mutable QHash<QString, QList<int>> m_cells; // key: stage + '\n' + lane
};

} // namespace waymark
