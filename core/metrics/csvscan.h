#pragma once

// The RFC 4180 scanner every CSV path in Waymark runs through: the preview,
// the header detection, the parallel aggregation and the fuzz target. It
// works on a byte range of UTF-8 text and never copies it; the handler gets
// each field as a pointer range and decides what to keep.

#include <QString>
#include <QtGlobal>

#include <array>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace waymark::csv {

// Why a scan stopped early.
enum class ScanError {
    None,
    UnclosedQuote,    // a quoted field runs to the end of the data
    QuoteInField,     // a quote inside an unquoted field (strict RFC 4180)
    TextAfterQuote,   // "abc"def
    BinaryData,       // a NUL byte
    StoppedByHandler, // the handler said stop (its own error, or enough rows)
};

struct ScanResult
{
    ScanError error = ScanError::None;
    qint64 errorLine = 0;      // physical line (1-based) of the error
    const char *end = nullptr; // where the scan stopped: a record start, or the data end
    qint64 line = 0;           // physical line at `end`
};

// Byte classes for the unquoted and quoted inner loops.
struct ScanTables
{
    std::array<uint8_t, 256> plain{};  // delimiter, CR, LF, quote, NUL
    std::array<uint8_t, 256> quoted{}; // quote, LF, NUL
    char delimiter = ',';
    explicit ScanTables(char delim)
        : delimiter(delim)
    {
        for (unsigned char c : {uchar(delim), uchar('\r'), uchar('\n'), uchar('"'), uchar(0)})
            plain[c] = 1;
        for (unsigned char c : {uchar('"'), uchar('\n'), uchar(0)})
            quoted[c] = 1;
    }

    // The first byte in [p, end) that ends an unquoted field.
    const char *findPlain(const char *p, const char *end) const
    {
#if defined(__SSE2__)
        // Sixteen bytes at a time: most of the time goes into skipping fields.
        const __m128i d = _mm_set1_epi8(delimiter), cr = _mm_set1_epi8('\r'),
                      lf = _mm_set1_epi8('\n'), q = _mm_set1_epi8('"'), z = _mm_setzero_si128();
        while (end - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i hit = _mm_or_si128(
                    _mm_or_si128(_mm_cmpeq_epi8(v, d), _mm_cmpeq_epi8(v, q)),
                    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)),
                                 _mm_cmpeq_epi8(v, z)));
            if (const int mask = _mm_movemask_epi8(hit))
                return p + __builtin_ctz(unsigned(mask));
            p += 16;
        }
#endif
        while (p < end && !plain[uchar(*p)])
            ++p;
        return p;
    }

    // Which of the 64 bytes at `p` end an unquoted field, one bit each.
    uint64_t plainMask64(const char *p) const
    {
#if defined(__SSE2__)
        const __m128i d = _mm_set1_epi8(delimiter), cr = _mm_set1_epi8('\r'),
                      lf = _mm_set1_epi8('\n'), q = _mm_set1_epi8('"'), z = _mm_setzero_si128();
        uint64_t mask = 0;
        for (int i = 0; i < 4; ++i) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * i));
            const __m128i hit = _mm_or_si128(
                    _mm_or_si128(_mm_cmpeq_epi8(v, d), _mm_cmpeq_epi8(v, q)),
                    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)),
                                 _mm_cmpeq_epi8(v, z)));
            mask |= uint64_t(uint16_t(_mm_movemask_epi8(hit))) << (16 * i);
        }
        return mask;
#else
        uint64_t mask = 0;
        for (int i = 0; i < 64; ++i)
            mask |= uint64_t(plain[uchar(p[i])]) << i;
        return mask;
#endif
    }

    // The first quote, line feed or NUL in [p, end): inside a quoted field.
    const char *findQuoted(const char *p, const char *end) const
    {
#if defined(__SSE2__)
        const __m128i lf = _mm_set1_epi8('\n'), q = _mm_set1_epi8('"'), z = _mm_setzero_si128();
        while (end - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i hit
                    = _mm_or_si128(_mm_cmpeq_epi8(v, q),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, z)));
            if (const int mask = _mm_movemask_epi8(hit))
                return p + __builtin_ctz(unsigned(mask));
            p += 16;
        }
#endif
        while (p < end && !quoted[uchar(*p)])
            ++p;
        return p;
    }
};

// The bytes that end unquoted fields, found 64 at a time and remembered:
// short fields then cost a bit scan each instead of a pass of their own.
class PlainFinder
{
public:
    explicit PlainFinder(const ScanTables &tables)
        : m_tables(tables)
    {}

    const char *next(const char *p, const char *end)
    {
        for (;;) {
            const size_t offset = size_t(p - m_base);
            if (m_base && offset < 64) {
                if (const uint64_t rest = m_mask >> offset)
                    return p + __builtin_ctzll(rest);
                p = m_base + 64;
            }
            if (end - p < 64)
                return m_tables.findPlain(p, end);
            m_base = p;
            m_mask = m_tables.plainMask64(p);
        }
    }

private:
    const ScanTables &m_tables;
    const char *m_base = nullptr;
    uint64_t m_mask = 0;
};

// Scans records from `begin` until `end`, or until a record would start at or
// after `stop` (the next chunk's share in a parallel scan). `line` is the
// physical line number at `begin`.
//
// Handler:
//   void field(int column, const char *begin, const char *end, bool doubledQuotes);
//   bool record(int fieldCount, const char *recordStart, qint64 recordLine);
// `doubledQuotes` says the range still holds "" pairs to be unescaped.
template<typename Handler>
ScanResult scan(const char *begin, const char *end, const char *stop, const ScanTables &t,
                qint64 line, Handler &handler)
{
    const char *p = begin;
    const char delim = t.delimiter;
    PlainFinder plain(t);
    auto fail = [&](ScanError e, qint64 at) {
        ScanResult r;
        r.error = e;
        r.errorLine = at;
        r.end = p;
        r.line = line;
        return r;
    };
    while (p < end && p < stop) {
        const char *recordStart = p;
        const qint64 recordLine = line;
        int column = 0;
        for (;;) {
            const char *fieldBegin;
            const char *fieldEnd;
            bool doubled = false;
            if (p < end && *p == '"') {
                const qint64 openLine = line;
                fieldBegin = ++p;
                for (;;) {
                    p = t.findQuoted(p, end);
                    if (p == end)
                        return fail(ScanError::UnclosedQuote, openLine);
                    if (*p == '"') {
                        if (p + 1 < end && p[1] == '"') {
                            doubled = true;
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    if (*p == '\n') {
                        ++line;
                        ++p;
                        continue;
                    }
                    return fail(ScanError::BinaryData, line);
                }
                fieldEnd = p++;
                if (p < end && *p != delim && *p != '\n' && *p != '\r')
                    return fail(*p == 0 ? ScanError::BinaryData : ScanError::TextAfterQuote, line);
            } else {
                fieldBegin = p;
                p = plain.next(p, end);
                fieldEnd = p;
                if (p < end && *p == '"')
                    return fail(ScanError::QuoteInField, line);
                if (p < end && *p == 0)
                    return fail(ScanError::BinaryData, line);
            }
            handler.field(column, fieldBegin, fieldEnd, doubled);
            if (p < end && *p == delim) {
                ++p;
                ++column;
                continue;
            }
            if (p < end) { // CR, LF or CRLF ends the record
                if (*p == '\r' && p + 1 < end && p[1] == '\n')
                    ++p;
                ++p;
                ++line;
            }
            break;
        }
        if (!handler.record(column + 1, recordStart, recordLine))
            return fail(ScanError::StoppedByHandler, recordLine);
    }
    ScanResult r;
    r.end = p;
    r.line = line;
    return r;
}

// Quotes in [begin, end): with strict RFC 4180 their parity says whether a
// position is inside a quoted field, which lets a second thread find where
// its share of the records starts.
qint64 countQuotes(const char *begin, const char *end);

// The first record start at or after `at`, given whether `at` is inside quotes.
const char *recordStartFrom(const char *begin, const char *at, const char *end, bool inQuotes);

// The first line start at or after `at`, quotes ignored: where a record
// starts unless `at` is inside a quoted field with a line break.
const char *lineStartFrom(const char *begin, const char *at, const char *end);

// The reason for an error, ready to show.
QString errorText(ScanError error);

// "a""b" -> a"b, appended to `out`.
template<typename String>
void unescapeInto(const char *begin, const char *end, String &out)
{
    for (const char *p = begin; p < end; ++p) {
        out.push_back(*p);
        if (*p == '"' && p + 1 < end && p[1] == '"')
            ++p;
    }
}

} // namespace waymark::csv
