#include "csv.h"

#include "csvscan.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Metrics", text);
}

QString scanErrorText(csv::ScanError e)
{
    switch (e) {
    case csv::ScanError::UnclosedQuote:
        return tr("a quoted field is not closed");
    case csv::ScanError::QuoteInField:
        return tr("a quote inside an unquoted field (quote the whole field and double the quote)");
    case csv::ScanError::TextAfterQuote:
        return tr("text after the closing quote of a field");
    case csv::ScanError::BinaryData:
        return tr("binary data (a NUL byte): this is not a text file");
    case csv::ScanError::None:
    case csv::ScanError::StoppedByHandler:
        break;
    }
    return {};
}

// Field counts of the first records, for delimiter detection.
struct CountFields
{
    QList<int> counts;
    qsizetype max = 30;
    void field(int, const char *, const char *, bool) {}
    bool record(int fields, const char *, qint64)
    {
        counts.append(fields);
        return counts.size() < max;
    }
};

// Unescaped, decoded fields of each record.
struct CollectFields
{
    const std::function<bool(const QStringList &, qint64)> *row;
    QStringList fields;
    QByteArray scratch;
    void field(int, const char *b, const char *e, bool doubled)
    {
        if (!doubled) {
            fields.append(QString::fromUtf8(b, e - b));
            return;
        }
        scratch.clear();
        csv::unescapeInto(b, e, scratch);
        fields.append(QString::fromUtf8(scratch));
    }
    bool record(int, const char *, qint64 line)
    {
        const bool more = (*row)(fields, line);
        fields.clear();
        return more;
    }
};

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case TextEncoding::Windows1251:
        return QStringLiteral("windows-1251");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    for (TextEncoding e :
         {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
          TextEncoding::Windows1251, TextEncoding::Windows1252}) {
        if (n == encodingName(e))
            return e;
    }
    if (n == u"utf8")
        return TextEncoding::Utf8;
    if (n == u"utf-16" || n == u"utf16")
        return TextEncoding::Utf16LE;
    if (n == u"cp1251" || n == u"windows1251")
        return TextEncoding::Windows1251;
    if (n == u"cp1252" || n == u"windows1252" || n == u"latin1" || n == u"iso-8859-1")
        return TextEncoding::Windows1252;
    return std::nullopt;
}

QString CsvError::toString() const
{
    if (line <= 0)
        return message;
    return QCoreApplication::translate("Metrics", "line %1: %2").arg(line).arg(message);
}

namespace csv {

qint64 countQuotes(const char *begin, const char *end)
{
    qint64 total = 0;
    const char *p = begin;
#if defined(__SSE2__)
    // Byte counters in a vector, emptied before they can overflow.
    const __m128i q = _mm_set1_epi8('"'), z = _mm_setzero_si128();
    while (end - p >= 16) {
        __m128i counts = z;
        for (int i = 0; i < 255 && end - p >= 16; ++i, p += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            counts = _mm_sub_epi8(counts, _mm_cmpeq_epi8(v, q));
        }
        const __m128i sums = _mm_sad_epu8(counts, z);
        total += _mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums));
    }
#endif
    return total + std::count(p, end, '"');
}

const char *recordStartFrom(const char *begin, const char *at, const char *end, bool inQuotes)
{
    if (at <= begin)
        return begin;
    if (at >= end)
        return end;
    if (!inQuotes && (at[-1] == '\n' || (at[-1] == '\r' && *at != '\n')))
        return at;
    for (const char *p = at; p < end; ++p) {
        const char c = *p;
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes) {
            if (c == '\n')
                return p + 1;
            if (c == '\r' && (p + 1 == end || p[1] != '\n'))
                return p + 1;
        }
    }
    return end;
}

const char *lineStartFrom(const char *begin, const char *at, const char *end)
{
    if (at <= begin)
        return begin;
    if (at >= end)
        return end;
    if (at[-1] == '\n' || (at[-1] == '\r' && *at != '\n'))
        return at;
    for (const char *p = at; p < end; ++p) {
        if (*p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n')))
            return p + 1;
    }
    return end;
}

TextEncoding detectEncoding(QByteArrayView bytes, int *bomLength)
{
    const auto *b = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
        *bomLength = 3;
        return TextEncoding::Utf8Bom;
    }
    if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE) {
        *bomLength = 2;
        return TextEncoding::Utf16LE;
    }
    if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF) {
        *bomLength = 2;
        return TextEncoding::Utf16BE;
    }
    *bomLength = 0;
    return TextEncoding::Utf8;
}

QByteArray utf16ToUtf8(QByteArrayView bytes, TextEncoding encoding)
{
    QStringDecoder decoder(encoding == TextEncoding::Utf16BE ? QStringConverter::Utf16BE
                                                             : QStringConverter::Utf16LE,
                           QStringConverter::Flag::Stateless);
    // In slices, so the UTF-16 text is never held twice as a QString.
    QByteArray out;
    out.reserve(bytes.size() / 2 + 16);
    constexpr qsizetype slice = 4 * 1024 * 1024;
    for (qsizetype at = 0; at < bytes.size(); at += slice) {
        const QString part = decoder.decode(bytes.sliced(at, std::min(slice, bytes.size() - at)));
        out += part.toUtf8();
    }
    return out;
}

bool looksBinary(QByteArrayView text, qsizetype probe)
{
    const qsizetype n = std::min(probe, text.size());
    // An empty file maps to a null pointer, and memchr(nullptr, 0, 0) is
    // undefined (UBSan, found by tst_badinput on an empty CSV).
    return n > 0 && std::memchr(text.data(), 0, size_t(n)) != nullptr;
}

char detectDelimiter(QByteArrayView text)
{
    const qsizetype probe = std::min<qsizetype>(text.size(), 64 * 1024);
    const char *begin = text.data();
    const char *end = begin + probe;
    char best = ',';
    int bestScore = -1;
    int bestFields = 1;
    for (char d : {',', ';', '\t'}) {
        ScanTables tables(d);
        CountFields counter;
        scan(begin, end, end, tables, 1, counter);
        // A record cut by the probe's end may be short: leave it out.
        if (probe < text.size() && counter.counts.size() > 1)
            counter.counts.removeLast();
        if (counter.counts.isEmpty() || counter.counts.first() < 2)
            continue;
        const int first = counter.counts.first();
        const int score = int(std::count(counter.counts.cbegin(), counter.counts.cend(), first));
        if (score > bestScore || (score == bestScore && first > bestFields)) {
            best = d;
            bestScore = score;
            bestFields = first;
        }
    }
    return best;
}

bool forEachRecord(QByteArrayView text, char delimiter,
                   const std::function<bool(const QStringList &fields, qint64 line)> &row,
                   CsvError *error)
{
    ScanTables tables(delimiter);
    CollectFields collect{&row, {}, {}};
    const char *begin = text.data();
    const char *end = begin + text.size();
    const ScanResult r = scan(begin, end, end, tables, 1, collect);
    if (r.error == ScanError::None || r.error == ScanError::StoppedByHandler)
        return true;
    if (error)
        *error = CsvError{r.errorLine, scanErrorText(r.error)};
    return false;
}

bool readRecords(QByteArrayView text, char delimiter, qsizetype maxRecords,
                 QList<QStringList> *records, CsvError *error)
{
    records->clear();
    if (maxRecords == 0)
        return true;
    return forEachRecord(
            text, delimiter,
            [&](const QStringList &fields, qint64) {
                records->append(fields);
                return maxRecords < 0 || records->size() < maxRecords;
            },
            error);
}

QString errorText(ScanError e)
{
    return scanErrorText(e);
}

} // namespace csv
} // namespace waymark
