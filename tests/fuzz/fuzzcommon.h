#pragma once

// Shared by the libFuzzer targets: a way to fail that libFuzzer reports as a
// crash with the input saved, for properties the code promises (not only
// "does not crash").

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace waymark::fuzz {

[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz property broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace waymark::fuzz
