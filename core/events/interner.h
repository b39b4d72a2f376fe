#pragma once

// Strings to dense ids (0, 1, 2...), in the order first seen: case ids of an
// event log become integers as they are read, so that sorting and counting
// never touch a string again.
//
// A log in time order interleaves the events of the thousands of cases under
// way at the time, so the slots a reader looks up are scattered over tens of
// megabytes: a cache miss each. A reader therefore hashes a batch of keys,
// prefetches their slots, and looks them up once they are on their way
// (prefetch(), then intern() with the same hash). A key of up to 16 bytes
// (most case ids) is kept in its slot, so that finding it costs one line.

#include "bigbuffer.h"

#include "metrics/cellmap.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace waymark::events {

class Interner
{
public:
    Interner() { m_slots.assign(1024, Slot{}); }

    static uint64_t hash(std::string_view s) { return ValueCache<int>::hash(s); }

    // Starts loading the slot where a key of hash `h` is looked up first.
    void prefetch(uint64_t h) const { __builtin_prefetch(&m_slots[h & (m_slots.size() - 1)]); }

    // The id of `s` (whose hash is `h`), added when new.
    uint32_t intern(std::string_view s, uint64_t h)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.id == kEmpty)
                return add(slot, h, s);
            if (slot.hash == h && slot.length == s.size() && same(slot, s))
                return slot.id;
        }
    }
    uint32_t intern(std::string_view s) { return intern(s, hash(s)); }

    // The id of `s`, or none() when it has none.
    uint32_t find(std::string_view s, uint64_t h) const
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.id == kEmpty)
                return kEmpty;
            if (slot.hash == h && slot.length == s.size() && same(slot, s))
                return slot.id;
        }
    }
    static constexpr uint32_t none() { return kEmpty; }

    size_t size() const { return m_begin.size(); }

    std::string_view view(uint32_t id) const
    {
        const uint64_t b = m_begin[id];
        const uint64_t e = id + 1 < m_begin.size() ? m_begin[id + 1] : m_arena.size();
        return std::string_view(m_arena.data() + b, size_t(e - b));
    }

    // Room for about `n` keys.
    void reserve(size_t n)
    {
        m_begin.reserve(n);
        m_arena.reserve(n * 12);
        size_t slots = m_slots.size();
        while (slots * 3 < n * 4)
            slots *= 2;
        if (slots != m_slots.size())
            rehash(slots);
    }

private:
    static constexpr uint32_t kEmpty = ~uint32_t(0);
    static constexpr size_t kInline = 16;
    struct Slot
    {
        uint64_t hash = 0;
        uint32_t id = kEmpty;
        uint32_t length = 0;
        char bytes[kInline] = {};
    };
    static_assert(sizeof(Slot) == 32);

    bool same(const Slot &slot, std::string_view s) const
    {
        if (s.size() <= kInline)
            return sameShortBytes(slot.bytes, s.data(), s.size());
        return view(slot.id) == s;
    }

    uint32_t add(Slot &slot, uint64_t h, std::string_view s)
    {
        const uint32_t id = uint32_t(m_begin.size());
        slot.hash = h;
        slot.id = id;
        slot.length = uint32_t(s.size());
        if (s.size() <= kInline && !s.empty())
            std::memcpy(slot.bytes, s.data(), s.size());
        m_begin.push_back(uint64_t(m_arena.size()));
        m_arena.append(s);
        // Up to three quarters full: two slots share a cache line, so a
        // longer probe costs little, and the table stays smaller.
        if ((m_begin.size() + 1) * 4 > m_slots.size() * 3)
            rehash(m_slots.size() * 2);
        return id;
    }

    void rehash(size_t slots)
    {
        BigVector<Slot> fresh(slots, Slot{});
        const size_t mask = slots - 1;
        for (const Slot &s : m_slots) {
            if (s.id == kEmpty)
                continue;
            size_t i = s.hash & mask;
            while (fresh[i].id != kEmpty)
                i = (i + 1) & mask;
            fresh[i] = s;
        }
        m_slots.swap(fresh);
    }

    BigVector<Slot> m_slots;
    BigVector<uint64_t> m_begin;
    std::string m_arena;
};

} // namespace waymark::events
