#pragma once

// Memory for the event import's big arrays (tens to hundreds of megabytes
// at ten million events): on Linux from mmap with transparent huge pages
// asked for, so that filling 400 MB takes a few hundred page faults instead
// of a hundred thousand (each one dear in a virtual machine), and without
// zeroing what is about to be written (BigVector<T>(n) leaves trivial T
// uninitialised; give a value to have one).

#include <cstddef>
#include <new>
#include <type_traits>
#include <vector>

namespace waymark::events {

namespace bigbuffer {

// Below this an allocation comes from operator new.
constexpr size_t kMinBytes = size_t(4) << 20;

void *allocate(size_t bytes);
void release(void *p, size_t bytes) noexcept;

} // namespace bigbuffer

template<typename T>
struct BigAllocator
{
    using value_type = T;

    BigAllocator() = default;
    template<typename U>
    BigAllocator(const BigAllocator<U> &) noexcept
    {}

    T *allocate(size_t n) { return static_cast<T *>(bigbuffer::allocate(n * sizeof(T))); }
    void deallocate(T *p, size_t n) noexcept { bigbuffer::release(p, n * sizeof(T)); }

    // Default-initialise (no zeroing of trivial types); anything else as usual.
    template<typename U>
    void construct(U *p) noexcept(std::is_nothrow_default_constructible_v<U>)
    {
        ::new (static_cast<void *>(p)) U;
    }
    template<typename U, typename... Args>
    void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }

    template<typename U>
    bool operator==(const BigAllocator<U> &) const noexcept
    {
        return true;
    }
};

template<typename T>
using BigVector = std::vector<T, BigAllocator<T>>;

// Asks the kernel to read [begin, end) of a mapped file in now, in one go
// rather than a page fault at a time (a no-op where it cannot).
void prefault(const char *begin, const char *end) noexcept;

} // namespace waymark::events
