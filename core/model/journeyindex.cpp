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

void addAdjacency(QHash<QString, QList<int>> &out, QHash<QString, QList<int>> &in, const Link &l,
                  int i)
{
    out[l.from].append(i);
    in[l.to].append(i);
}

template<typename T>
void addAdjacency(QHash<QString, QList<int>> &, QHash<QString, QList<int>> &, const T &, int)
{}

} // namespace

void JourneyIndex::invalidate() const
{
    QMutexLocker lock(&m_mutex);
    for (Part *p : {&m_steps, &m_links, &m_stages, &m_lanes})
        *p = Part();
    m_cellsSize = -1;
    m_cellsLastId.clear();
    m_cells.clear();
}

void JourneyIndex::invalidateCells() const
{
    QMutexLocker lock(&m_mutex);
    m_cellsSize = -1;
    m_cellsLastId.clear();
    m_cells.clear();
}

// Brings one part up to date. A list that only grew at its end (a reader
// appending rows) is extended; any other change rebuilds the part, so that
// building a journey row by row stays linear.
template<typename List>
void JourneyIndex::refresh(Part &part, const List &list, bool adjacency) const
{
    if (part.data == list.constData() && part.size == list.size())
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
    const bool grew
            = part.size >= 0 && list.size() > part.size
              && (part.size == 0 || part.ids.value(list[part.size - 1].id, -1) == part.size - 1);
    if (!grew) {
        part = Part();
        part.size = 0;
        part.ids.reserve(list.size());
    }
    for (int i = int(part.size); i < list.size(); ++i) {
        // A duplicate id finds its first row, as a scan from the front would.
        if (!part.ids.contains(list[i].id))
            part.ids.insert(list[i].id, i);
        if (adjacency)
            addAdjacency(part.out, part.in, list[i], i);
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
    if (m_cellsData != j.steps.constData() || m_cellsSize != j.steps.size()) {
        // A reader appending cards extends the cells it touches; any other
        // change sorts them all again.
        const bool grew = m_cellsSize >= 0 && j.steps.size() > m_cellsSize
                          && (m_cellsSize == 0 || m_cellsLastId == j.steps[m_cellsSize - 1].id);
        qsizetype from = m_cellsSize;
        if (!grew) {
            m_cells.clear();
            from = 0;
        }
        QSet<QString> touched;
        for (qsizetype i = from; i < j.steps.size(); ++i) {
            const QString key = cellKey(j.steps[i].stage, j.steps[i].lane);
            m_cells[key].append(int(i));
            touched.insert(key);
        }
        for (const QString &key : std::as_const(touched)) {
            QList<int> &cell = m_cells[key];
            std::stable_sort(cell.begin(), cell.end(),
                             [&](int a, int b) { return j.steps[a].order < j.steps[b].order; });
        }
        m_cellsData = j.steps.constData();
        m_cellsSize = j.steps.size();
        m_cellsLastId = j.steps.isEmpty() ? QString() : j.steps.last().id;
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
