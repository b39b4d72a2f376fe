#include "journeyindex.h"

#include "journey.h"

#include <QSet>

#include <algorithm>

namespace waymark {

namespace {

QString cellKey(QStringView stage, QStringView lane)
{
    QString key;
    key.reserve(stage.size() + lane.size() + 1);
    key.append(stage).append(u'\n').append(lane);
    return key;
}

void addAdjacency(QHash<QString, QList<int>> &out, QHash<QString, QList<int>> &in,
                  QList<std::pair<QString, QString>> &ends, const Link &l, int i)
{
    out[l.from].append(i);
    in[l.to].append(i);
    ends.append({l.from, l.to});
}

template<typename T>
void addAdjacency(QHash<QString, QList<int>> &, QHash<QString, QList<int>> &,
                  QList<std::pair<QString, QString>> &, const T &, int)
{}

void removeAdjacency(QHash<QString, QList<int>> &lists, const QString &step, int i)
{
    const auto it = lists.find(step);
    if (it == lists.end())
        return;
    it->removeOne(i);
    if (it->isEmpty())
        lists.erase(it);
}

} // namespace

JourneyIndex::JourneyIndex(const JourneyIndex &other)
{
    *this = other;
}

JourneyIndex &JourneyIndex::operator=(const JourneyIndex &other)
{
    if (this == &other)
        return *this;
    // Taken under the other's lock (a worker may be asking it), kept under ours.
    QMutexLocker theirs(&other.m_mutex);
    Part steps = other.m_steps, links = other.m_links, stages = other.m_stages,
         lanes = other.m_lanes;
    const void *cellsData = other.m_cellsData;
    const qsizetype cellsSize = other.m_cellsSize;
    QList<QString> cellsOrder = other.m_cellsOrder, cellsKeyOf = other.m_cellsKeyOf;
    QList<std::pair<QString, QString>> dirtyCells = other.m_dirtyCells;
    QHash<QString, QList<int>> cells = other.m_cells;
    theirs.unlock();
    QMutexLocker ours(&m_mutex);
    m_steps = std::move(steps);
    m_links = std::move(links);
    m_stages = std::move(stages);
    m_lanes = std::move(lanes);
    m_cellsData = cellsData;
    m_cellsSize = cellsSize;
    m_cellsOrder = std::move(cellsOrder);
    m_cellsKeyOf = std::move(cellsKeyOf);
    m_dirtyCells = std::move(dirtyCells);
    m_cells = std::move(cells);
    return *this;
}

void JourneyIndex::invalidate() const
{
    QMutexLocker lock(&m_mutex);
    for (Part *p : {&m_steps, &m_links, &m_stages, &m_lanes})
        *p = Part();
    m_cellsSize = -1;
    m_cells.clear();
}

void JourneyIndex::invalidateCells() const
{
    QMutexLocker lock(&m_mutex);
    m_cellsSize = -1;
    m_cellsOrder.clear();
    m_cellsKeyOf.clear();
    m_dirtyCells.clear();
    m_cells.clear();
}

void JourneyIndex::invalidateCells(const QList<std::pair<QString, QString>> &cells) const
{
    QMutexLocker lock(&m_mutex);
    if (m_cellsSize < 0)
        return; // all of them are built at the next look-up anyway
    for (const auto &cell : cells) {
        if (!m_dirtyCells.contains(cell))
            m_dirtyCells.append(cell);
    }
}

void JourneyIndex::sync(const Journey &j) const
{
    QMutexLocker lock(&m_mutex);
    refresh(m_steps, j.steps, false);
    refresh(m_links, j.links, true);
}

void JourneyIndex::invalidateLinks() const
{
    QMutexLocker lock(&m_mutex);
    m_links = Part();
}

// Brings one part up to date. A list that only grew at its end (a reader
// appending rows) is extended, one that lost rows at its end is cut; any
// other change rebuilds the part, so that building a journey row by row
// stays linear.
template<typename List>
void JourneyIndex::refresh(Part &part, const List &list, bool adjacency) const
{
    // The same memory and length, and the same last row: rows taken off and
    // others appended before anyone asked would look the same otherwise.
    // (Rows inserted in the middle come after a sync: the document brings
    // the index up to date before every insert and removal.)
    if (part.data == list.constData() && part.size == list.size()
        && (part.size == 0
            || (part.order.size() == part.size && part.order.last() == list.last().id)))
        return;
    if (part.size == list.size() && part.size > 0) {
        // The same length in new memory: most often a copy-on-write copy
        // (another holder of the list), whose ids are where they were.
        // Checking that is a look-up per row, building the part again an
        // insert per row.
        bool same = true;
        for (int i = 0; same && i < list.size(); ++i)
            same = part.ids.value(list[i].id, -1) == i;
        if (same) {
            part.data = list.constData();
            return;
        }
    }
    if (list.size() < part.size && part.order.size() == part.size) {
        // Rows taken off the end: the rest must be the rows they were (a
        // comparison per row; building the part again is an insert per row).
        bool tail = true;
        for (qsizetype i = 0; tail && i < list.size(); ++i)
            tail = list[i].id == part.order[i];
        if (tail) {
            for (qsizetype i = part.size - 1; i >= list.size(); --i) {
                const auto it = part.ids.constFind(part.order[i]);
                if (it != part.ids.cend() && *it == i)
                    part.ids.erase(it);
                if (adjacency) {
                    removeAdjacency(part.out, part.ends[i].first, int(i));
                    removeAdjacency(part.in, part.ends[i].second, int(i));
                }
            }
            part.order.resize(list.size());
            if (adjacency)
                part.ends.resize(list.size());
            part.data = list.constData();
            part.size = list.size();
            return;
        }
    }
    const bool grew
            = part.size >= 0 && list.size() > part.size
              && (part.size == 0 || part.ids.value(list[part.size - 1].id, -1) == part.size - 1);
    if (!grew) {
        part = Part();
        part.size = 0;
        part.ids.reserve(list.size());
    }
    part.order.reserve(list.size());
    for (int i = int(part.size); i < list.size(); ++i) {
        // A duplicate id finds its first row, as a scan from the front would.
        if (!part.ids.contains(list[i].id))
            part.ids.insert(list[i].id, i);
        part.order.append(list[i].id);
        if (adjacency)
            addAdjacency(part.out, part.in, part.ends, list[i], i);
    }
    part.data = list.constData();
    part.size = list.size();
}

// A hit is checked against the list: an id whose row moved (a list changed
// in place, without an invalidate) is found again after a rebuild.
template<typename List>
int JourneyIndex::find(Part &part, const List &list, QStringView id, bool adjacency) const
{
    QMutexLocker lock(&m_mutex);
    refresh(part, list, adjacency);
    const QString key = id.toString();
    int i = part.ids.value(key, -1);
    if (i >= 0 && !(i < list.size() && list[i].id == id)) {
        part = Part();
        refresh(part, list, adjacency);
        i = part.ids.value(key, -1);
    }
    return i;
}

int JourneyIndex::step(const Journey &j, QStringView id) const
{
    return find(m_steps, j.steps, id, false);
}

int JourneyIndex::link(const Journey &j, QStringView id) const
{
    return find(m_links, j.links, id, true);
}

int JourneyIndex::stage(const Journey &j, QStringView id) const
{
    return find(m_stages, j.stages, id, false);
}

int JourneyIndex::lane(const Journey &j, QStringView id) const
{
    return find(m_lanes, j.lanes, id, false);
}

QList<int> JourneyIndex::cell(const Journey &j, QStringView stage, QStringView lane) const
{
    QMutexLocker lock(&m_mutex);
    bool current = m_cellsData == j.steps.constData() && m_cellsSize == j.steps.size()
                   && (j.steps.isEmpty()
                       || (m_cellsOrder.size() == m_cellsSize
                           && m_cellsOrder.last() == j.steps.last().id));
    if (!current && m_cellsSize >= 0 && m_cellsSize == j.steps.size()
        && m_cellsOrder.size() == m_cellsSize) {
        // The same rows in new memory (a copy-on-write copy): a comparison
        // per row instead of sorting every cell again.
        current = true;
        for (qsizetype i = 0; current && i < j.steps.size(); ++i)
            current = j.steps[i].id == m_cellsOrder[i];
        if (current)
            m_cellsData = j.steps.constData();
    }
    if (!current && m_cellsSize > j.steps.size() && m_cellsOrder.size() == m_cellsSize
        && m_cellsKeyOf.size() == m_cellsSize) {
        // Cards taken off the end (one added and deleted, an undone add):
        // the rest must be the cards they were.
        bool tail = true;
        for (qsizetype i = 0; tail && i < j.steps.size(); ++i)
            tail = j.steps[i].id == m_cellsOrder[i];
        if (tail) {
            for (qsizetype i = m_cellsSize - 1; i >= j.steps.size(); --i) {
                const auto it = m_cells.find(m_cellsKeyOf[i]);
                if (it == m_cells.end())
                    continue;
                it->removeOne(int(i));
                if (it->isEmpty())
                    m_cells.erase(it);
            }
            m_cellsOrder.resize(j.steps.size());
            m_cellsKeyOf.resize(j.steps.size());
            m_cellsData = j.steps.constData();
            m_cellsSize = j.steps.size();
            current = true;
        }
    }
    if (!current) {
        // A reader appending cards extends the cells it touches; any other
        // change sorts them all again.
        const bool grew = m_cellsSize >= 0 && j.steps.size() > m_cellsSize
                          && (m_cellsSize == 0
                              || (m_cellsOrder.size() == m_cellsSize
                                  && m_cellsOrder.last() == j.steps[m_cellsSize - 1].id));
        qsizetype from = m_cellsSize;
        if (!grew) {
            m_cells.clear();
            m_cellsOrder.clear();
            m_cellsKeyOf.clear();
            from = 0;
        }
        QSet<QString> touched;
        for (qsizetype i = from; i < j.steps.size(); ++i) {
            const QString key = cellKey(j.steps[i].stage, j.steps[i].lane);
            m_cells[key].append(int(i));
            m_cellsOrder.append(j.steps[i].id);
            m_cellsKeyOf.append(key);
            touched.insert(key);
        }
        for (const QString &key : std::as_const(touched)) {
            QList<int> &cell = m_cells[key];
            std::stable_sort(cell.begin(), cell.end(),
                             [&](int a, int b) { return j.steps[a].order < j.steps[b].order; });
        }
        m_cellsData = j.steps.constData();
        m_cellsSize = j.steps.size();
        if (!grew)
            m_dirtyCells.clear(); // all built again
    }
    if (!m_dirtyCells.isEmpty()) {
        // Only the cells a move touched (before cards were appended, or
        // not), filled in list order and sorted as a full build would.
        QList<QList<int>> filled(m_dirtyCells.size());
        for (qsizetype i = 0; i < j.steps.size(); ++i) {
            const Step &s = j.steps[i];
            for (qsizetype d = 0; d < m_dirtyCells.size(); ++d) {
                if (s.stage == m_dirtyCells[d].first && s.lane == m_dirtyCells[d].second)
                    filled[d].append(int(i));
            }
        }
        for (qsizetype d = 0; d < m_dirtyCells.size(); ++d) {
            QList<int> &cell = filled[d];
            std::stable_sort(cell.begin(), cell.end(),
                             [&](int a, int b) { return j.steps[a].order < j.steps[b].order; });
            const QString key = cellKey(m_dirtyCells[d].first, m_dirtyCells[d].second);
            for (int i : std::as_const(cell)) {
                if (i < m_cellsKeyOf.size())
                    m_cellsKeyOf[i] = key;
            }
            if (cell.isEmpty())
                m_cells.remove(key);
            else
                m_cells.insert(key, cell);
        }
        m_dirtyCells.clear();
    }
    return m_cells.value(cellKey(stage, lane));
}

QList<int> JourneyIndex::outgoing(const Journey &j, QStringView stepId) const
{
    QMutexLocker lock(&m_mutex);
    refresh(m_links, j.links, true);
    return m_links.out.value(stepId.toString());
}

QList<int> JourneyIndex::incoming(const Journey &j, QStringView stepId) const
{
    QMutexLocker lock(&m_mutex);
    refresh(m_links, j.links, true);
    return m_links.in.value(stepId.toString());
}

} // namespace waymark
