#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringView>

namespace waymark {

// An id → position map of one list of a workspace (personas, channels,
// metric definitions, journeys, sources), rebuilt when the list has changed
// under it (its size or address; a hit is checked against the list). Not
// part of the value: copies start empty and compare equal.
class IdIndex
{
public:
    IdIndex() = default;
    IdIndex(const IdIndex &) {}
    IdIndex &operator=(const IdIndex &)
    {
        QMutexLocker lock(&m_mutex);
        m_size = -1;
        return *this;
    }
    bool operator==(const IdIndex &) const { return true; }

    template<typename List>
    int find(const List &list, QStringView id) const
    {
        QMutexLocker lock(&m_mutex);
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (attempt == 1 || m_data != list.constData() || m_size != list.size()) {
                m_map.clear();
                m_map.reserve(list.size());
                for (int i = int(list.size()) - 1; i >= 0; --i)
                    m_map[list[i].id] = i; // a duplicate finds its first row
                m_data = list.constData();
                m_size = list.size();
            }
            const int i = m_map.value(id.toString(), -1);
            if (i < 0 || (i < list.size() && list[i].id == id))
                return i;
        }
        return -1;
    }

private:
    mutable QMutex m_mutex;
    mutable QHash<QString, int> m_map;
    mutable const void *m_data = nullptr;
    mutable qsizetype m_size = -1;
};

} // namespace waymark
