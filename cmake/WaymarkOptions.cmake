# Build options shared by every target: warnings, sanitizers, ccache.

option(WAYMARK_WERROR "Treat compiler warnings as errors (CI turns this on)" OFF)
option(WAYMARK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(WAYMARK_BUILD_BENCH "Build the benchmarks in tests/bench (never run by ctest)" ON)
option(WAYMARK_BUILD_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

find_program(WAYMARK_CCACHE ccache)
if(WAYMARK_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${WAYMARK_CCACHE}")
endif()

# lld links each of the build's eighty programs (Qt, a static core, debug
# line tables) several times faster than GNU ld: 37 s -> 5 s for bin/waymark.
find_program(WAYMARK_LLD ld.lld)
if(WAYMARK_LLD)
    add_link_options(-fuse-ld=lld)
endif()

add_library(waymark_options INTERFACE)
target_compile_definitions(waymark_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(waymark_options INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
if(WAYMARK_WERROR)
    target_compile_options(waymark_options INTERFACE -Werror)
endif()

if(WAYMARK_BUILD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "WAYMARK_BUILD_FUZZ needs clang (libFuzzer): configure with "
                            "-DCMAKE_CXX_COMPILER=clang++ (scripts/dev fuzz does)")
    endif()
    # Fuzzing without sanitizers finds only crashes; with them, every overflow.
    set(WAYMARK_SANITIZE ON)
    # Coverage feedback from every object (core above all). libFuzzer's own
    # main() is linked into the fuzz targets only (tests/fuzz); the other
    # programs of this build get the sanitizer runtime's no-op callbacks, so
    # the same build also runs the test suite under the sanitizers.
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(WAYMARK_SANITIZE)
    # Applied globally so that every object, test and helper shares one runtime.
    # -fno-sanitize-recover: undefined behaviour stops the program, so a test
    # cannot pass over it.
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
