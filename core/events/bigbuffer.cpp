#include "bigbuffer.h"

#include <cstdint>

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace waymark::events::bigbuffer {

namespace {

constexpr size_t kHugePage = size_t(2) << 20;

size_t hugeRoundUp(size_t bytes)
{
    return (bytes + kHugePage - 1) & ~(kHugePage - 1);
}

} // namespace

void *allocate(size_t bytes)
{
#ifdef __linux__
    if (bytes >= kMinBytes) {
        // Aligned on a huge page: map one more and trim both ends.
        const size_t length = hugeRoundUp(bytes);
        void *raw = mmap(nullptr, length + kHugePage, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (raw == MAP_FAILED)
            throw std::bad_alloc();
        const uintptr_t start = uintptr_t(raw);
        const uintptr_t aligned = (start + kHugePage - 1) & ~uintptr_t(kHugePage - 1);
        if (aligned > start)
            munmap(raw, aligned - start);
        const uintptr_t tail = aligned + length;
        const uintptr_t mappedEnd = start + length + kHugePage;
        if (mappedEnd > tail)
            munmap(reinterpret_cast<void *>(tail), mappedEnd - tail);
        madvise(reinterpret_cast<void *>(aligned), length, MADV_HUGEPAGE);
        return reinterpret_cast<void *>(aligned);
    }
#endif
    return ::operator new(bytes);
}

void release(void *p, size_t bytes) noexcept
{
    if (!p)
        return;
#ifdef __linux__
    if (bytes >= kMinBytes) {
        munmap(p, hugeRoundUp(bytes));
        return;
    }
#endif
    ::operator delete(p);
}

} // namespace waymark::events::bigbuffer

namespace waymark::events {

void prefault(const char *begin, const char *end) noexcept
{
#if defined(__linux__)
#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22 // Linux 5.14
#endif
    static const uintptr_t page = uintptr_t(sysconf(_SC_PAGESIZE));
    const uintptr_t from = uintptr_t(begin) & ~(page - 1);
    if (end <= begin)
        return;
    // Older kernels say EINVAL: the pages then come in as they are read.
    madvise(reinterpret_cast<void *>(from), size_t(uintptr_t(end) - from), MADV_POPULATE_READ);
#else
    (void)begin;
    (void)end;
#endif
}

} // namespace waymark::events
