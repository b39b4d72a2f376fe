#include "codepage.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>

namespace waymark::codepage {

namespace {

// Bytes 0x80..0xFF as Unicode (Windows' tables; the few unassigned bytes map
// to the control character of the same number, as Windows does).
constexpr char16_t kWindows1251[128] = {
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409,
        0x2039, 0x040A, 0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x0098, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0,
        0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB,
        0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6,
        0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, 0x0410, 0x0411,
        0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C,
        0x041D, 0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
        0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F, 0x0430, 0x0431, 0x0432,
        0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D,
        0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447, 0x0448,
        0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
};

constexpr char16_t kWindows1252[128] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, 0x00A0,
        0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB,
        0x00AC, 0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6,
        0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0, 0x00C1,
        0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC,
        0x00CD, 0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7,
        0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF, 0x00E0, 0x00E1, 0x00E2,
        0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED,
        0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7, 0x00F8,
        0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};

} // namespace

bool isValidUtf8(QByteArrayView bytes, qsizetype *firstBad, bool cut)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    auto bad = [&](qsizetype at) {
        if (firstBad)
            *firstBad = at;
        return false;
    };
    while (i < n) {
#if defined(__SSE2__)
        // ASCII sixteen bytes at a time: most of a survey export.
        while (n - i >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(b + i));
            if (_mm_movemask_epi8(v))
                break;
            i += 16;
        }
        if (i >= n)
            break;
#endif
        const unsigned char c = b[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        unsigned char lo = 0x80, hi = 0xBF; // the second byte's range
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            else if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return bad(i);
        }
        if (n - i <= more) {
            if (cut)
                break; // the rest of the character is past the prefix
            return bad(i);
        }
        if (b[i + 1] < lo || b[i + 1] > hi)
            return bad(i);
        for (int k = 2; k <= more; ++k) {
            if ((b[i + k] & 0xC0) != 0x80)
                return bad(i);
        }
        i += 1 + more;
    }
    if (firstBad)
        *firstBad = -1;
    return true;
}

bool mostlyUtf8(QByteArrayView bytes)
{
    qint64 good = 0, bad = 0;
    qsizetype at = 0;
    while (at < bytes.size()) {
        qsizetype badAt = -1;
        const QByteArrayView rest = bytes.sliced(at);
        const bool ok = isValidUtf8(rest, &badAt, true);
        const qsizetype end = ok ? rest.size() : badAt;
        for (qsizetype i = 0; i < end; ++i)
            good += (uchar(rest[i]) & 0xC0) == 0xC0; // lead bytes of valid characters
        if (ok)
            break;
        ++bad;
        at += badAt + 1;
    }
    return good > 4 * bad;
}

CodePage guess(QByteArrayView bytes)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4 * 1024 * 1024);
    qint64 letters = 0, inRuns = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (b[i] < 0xC0)
            continue;
        ++letters;
        const bool before = i > 0 && b[i - 1] >= 0xC0;
        const bool after = i + 1 < n && b[i + 1] >= 0xC0;
        inRuns += before || after;
    }
    return letters > 0 && inRuns * 2 > letters ? CodePage::Windows1251 : CodePage::Windows1252;
}

QByteArray toUtf8(QByteArrayView bytes, CodePage page)
{
    const char16_t *table = page == CodePage::Windows1251 ? kWindows1251 : kWindows1252;
    QByteArray out;
    out.resize(bytes.size() * 3);
    char *o = out.data();
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            *o++ = char(c);
            continue;
        }
        const char16_t u = table[c - 0x80];
        if (u < 0x800) {
            *o++ = char(0xC0 | (u >> 6));
            *o++ = char(0x80 | (u & 0x3F));
        } else {
            *o++ = char(0xE0 | (u >> 12));
            *o++ = char(0x80 | ((u >> 6) & 0x3F));
            *o++ = char(0x80 | (u & 0x3F));
        }
    }
    out.truncate(o - out.data());
    return out;
}

} // namespace waymark::codepage
