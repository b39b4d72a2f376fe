#include "memory.h"

#include <cstdint>
#include <cstdlib>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#define WAYMARK_HUGE_HEAP 1
#endif

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#undef WAYMARK_HUGE_HEAP
#endif
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) \
        || __has_feature(thread_sanitizer)
#undef WAYMARK_HUGE_HEAP
#endif
#endif

namespace waymark::sys {

void preferHugePages()
{
#ifdef WAYMARK_HUGE_HEAP
    constexpr size_t kMiB = size_t(1) << 20;
    constexpr uintptr_t kHugePage = 2 * kMiB;
    // Address space, not memory: pages are only backed once touched.
    constexpr size_t kReserve = 128 * kMiB;
    mallopt(M_MMAP_THRESHOLD, int(32 * kMiB)); // glibc's largest
    mallopt(M_TRIM_THRESHOLD, int(2 * kReserve));
    mallopt(M_TOP_PAD, int(kReserve));
    // A block that does not fit the heap's free space grows the heap by the
    // pad: advise the whole grown range, then give the block back (the
    // range stays the heap's, for what comes next).
    void *block = std::malloc(8 * kMiB);
    if (!block)
        return;
    const uintptr_t from = (uintptr_t(block) + kHugePage - 1) & ~(kHugePage - 1);
    const uintptr_t to = uintptr_t(sbrk(0)) & ~(kHugePage - 1);
    if (to > from)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);
    std::free(block);
    // Later growth in smaller steps: most documents never get there.
    mallopt(M_TOP_PAD, int(16 * kMiB));
#endif
}

} // namespace waymark::sys
