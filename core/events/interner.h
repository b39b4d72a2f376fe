#pragma once

// Strings to dense ids (0, 1, 2...), in the order first seen: case ids of an
// event log become integers as they are read, so that sorting and counting
// never touch a string again.

#include "metrics/cellmap.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace waymark::events {

class Interner
{
public:
    Interner() { m_slots.resize(1024); }

    // The id of `s`, added when new.
    uint32_t intern(std::string_view s)
    {
        const uint64_t h = ValueCache<int>::hash(s);
        size_t mask = m_slots.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.id == kEmpty) {
                const uint32_t id = uint32_t(m_begin.size());
                slot = {uint32_t(h), id};
                m_begin.push_back(uint64_t(m_arena.size()));
                m_arena.append(s);
                if ((m_begin.size() + 1) * 2 > m_slots.size())
                    grow();
                return id;
            }
            if (slot.hash == uint32_t(h) && view(slot.id) == s)
                return slot.id;
        }
    }

    size_t size() const { return m_begin.size(); }

    std::string_view view(uint32_t id) const
    {
        const uint64_t b = m_begin[id];
        const uint64_t e = id + 1 < m_begin.size() ? m_begin[id + 1] : m_arena.size();
        return std::string_view(m_arena.data() + b, size_t(e - b));
    }

    void reserve(size_t n)
    {
        m_begin.reserve(n);
        m_arena.reserve(n * 12);
        while (m_slots.size() < n * 2)
            grow();
    }

private:
    static constexpr uint32_t kEmpty = ~uint32_t(0);
    struct Slot
    {
        uint32_t hash = 0;
        uint32_t id = kEmpty;
    };

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const Slot &s : old) {
            if (s.id == kEmpty)
                continue;
            // The stored hash is the low half: enough to place and to filter.
            size_t i = s.hash & mask;
            while (m_slots[i].id != kEmpty)
                i = (i + 1) & mask;
            m_slots[i] = s;
        }
    }

    std::vector<Slot> m_slots;
    std::vector<uint64_t> m_begin;
    std::string m_arena;
};

} // namespace waymark::events
