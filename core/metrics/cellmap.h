#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

// A small open-addressing map from 64-bit cell keys to dense indexes: the
// aggregation looks one up per data row, so it must be cheap.
class CellMap
{
public:
    CellMap() { rehash(256); }

    // The index of `key`; a new key gets `next` and `*added` is set.
    int findOrAdd(uint64_t key, int next, bool *added)
    {
        size_t i = slot(key);
        for (;;) {
            if (m_keys[i] == kEmpty) {
                m_keys[i] = key;
                m_values[i] = next;
                *added = true;
                if (++m_size * 2 > m_keys.size())
                    rehash(m_keys.size() * 2);
                return next;
            }
            if (m_keys[i] == key) {
                *added = false;
                return m_values[i];
            }
            i = (i + 1) & m_mask;
        }
    }

private:
    static constexpr uint64_t kEmpty = ~uint64_t(0);

    size_t slot(uint64_t key) const
    {
        return size_t((key * 0x9E3779B97F4A7C15ull) >> m_shift) & m_mask;
    }

    void rehash(size_t capacity)
    {
        std::vector<uint64_t> keys(capacity, kEmpty);
        std::vector<int> values(capacity, 0);
        m_mask = capacity - 1;
        m_shift = 64;
        for (size_t c = capacity; c > 1; c >>= 1)
            --m_shift;
        for (size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i] == kEmpty)
                continue;
            size_t j = slot(m_keys[i]);
            while (keys[j] != kEmpty)
                j = (j + 1) & m_mask;
            keys[j] = m_keys[i];
            values[j] = m_values[i];
        }
        m_keys.swap(keys);
        m_values.swap(values);
    }

    std::vector<uint64_t> m_keys;
    std::vector<int> m_values;
    size_t m_size = 0;
    size_t m_mask = 0;
    int m_shift = 64;
};

// Whether n bytes at a and b are the same. Most keys are a few bytes:
// compared in place rather than by a call to memcmp (a tenth of an event
// log's reading went there).
[[gnu::always_inline]] inline bool sameShortBytes(const char *a, const char *b, size_t n)
{
    if (n >= 8 && n <= 16) {
        uint64_t x0, y0, x1, y1;
        std::memcpy(&x0, a, 8);
        std::memcpy(&y0, b, 8);
        std::memcpy(&x1, a + n - 8, 8);
        std::memcpy(&y1, b + n - 8, 8);
        return x0 == y0 && x1 == y1;
    }
    if (n < 8) {
        for (size_t i = 0; i < n; ++i) {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }
    return std::memcmp(a, b, n) == 0;
}

// Raw field bytes to a value, for the few distinct values a column repeats
// (step names, segments, answer labels): one cheap hash per row, keys kept
// in one buffer. Grows without limit: callers cap what they insert.
template<typename T>
class ValueCache
{
public:
    ValueCache() { m_slots.resize(256); }

    // Inlined: it runs once per row and column (GCC stops inlining it as it grows).
    [[gnu::always_inline]] const T *find(std::string_view key) const
    {
        const uint64_t h = hash(key);
        for (size_t i = h & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            const Slot &s = m_slots[i];
            if (!s.used)
                return nullptr;
            // An empty key may have a null data(): memcmp/memcpy with null is
            // undefined even for zero bytes (UBSan, found by fuzz_csv).
            if (s.hash == h && s.length == key.size()
                && sameShortBytes(m_keys.data() + s.offset, key.data(), key.size()))
                return &s.value;
        }
    }

    void insert(std::string_view key, const T &value)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        place({hash(key), uint32_t(m_keys.size()), uint32_t(key.size()), value, true});
        m_keys.append(key);
        ++m_size;
    }

    size_t size() const { return m_size; }

    static uint64_t hash(std::string_view s)
    {
        uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
        size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
            h ^= h >> 31;
        }
        uint64_t w = 0;
        if (i < s.size())
            std::memcpy(&w, s.data() + i, s.size() - i);
        h = (h ^ w) * 0x94D049BB133111EBull;
        return h ^ (h >> 29);
    }

private:
    struct Slot
    {
        uint64_t hash = 0;
        uint32_t offset = 0;
        uint32_t length = 0;
        T value{};
        bool used = false;
    };

    void place(const Slot &slot)
    {
        size_t i = slot.hash & (m_slots.size() - 1);
        while (m_slots[i].used)
            i = (i + 1) & (m_slots.size() - 1);
        m_slots[i] = slot;
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot &s : old) {
            if (s.used)
                place(s);
        }
    }

    std::vector<Slot> m_slots;
    std::string m_keys;
    size_t m_size = 0;
};

} // namespace waymark
