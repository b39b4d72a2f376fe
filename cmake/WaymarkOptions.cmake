# Build options shared by every target: warnings, sanitizers, ccache.

option(WAYMARK_WERROR "Treat compiler warnings as errors (CI turns this on)" OFF)
option(WAYMARK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(WAYMARK_BUILD_BENCH "Build the benchmarks in tests/bench (never run by ctest)" ON)
option(WAYMARK_BUILD_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

find_program(WAYMARK_CCACHE ccache)
if(WAYMARK_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${WAYMARK_CCACHE}")
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

if(WAYMARK_SANITIZE)
    # Applied globally so that every object, test and helper shares one runtime.
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
