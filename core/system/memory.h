#pragma once

// How the process asks the system for memory. Called once, first thing in
// main(), before other threads start.

namespace waymark::sys {

// Backs the main heap with transparent huge pages where the system allows
// it (Linux's THP in "madvise" mode, Debian's default), the same as glibc's
// glibc.malloc.hugetlb=1 tunable but without the environment variable.
// Building a document's model touches megabytes of fresh heap at once (an
// import of a million survey rows allocates 31,200 metric values and their
// histograms in a few milliseconds), and under a hypervisor every 4 KiB page
// fault costs several microseconds: on the test machine they were a fifth
// of the import's time. Blocks of up to 32 MiB come from the heap (not a
// fresh mapping each), and freed memory is kept for reuse. Does nothing
// where glibc or madvise are missing, or under a sanitizer (its own heap).
void preferHugePages();

} // namespace waymark::sys
