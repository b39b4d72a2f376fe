#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace waymark {

// How the bytes of a data file are encoded: from its byte order mark; text
// without one that is not valid UTF-8 is read in a Windows code page.
enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1251, Windows1252 };

// "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1251", "windows-1252".
QString encodingName(TextEncoding encoding);
// Also "utf8", "utf-16" (little endian), "cp1251", "cp1252"; none when unknown.
std::optional<TextEncoding> encodingFromName(QStringView name);

// A failure while reading CSV: what and where (physical line, 1-based; 0
// when it is about the file as a whole).
struct CsvError
{
    qint64 line = 0;
    QString message;
    // "line 12: a quoted field is not closed", ready to show.
    QString toString() const;
};

// Reading CSV text (RFC 4180): quoted fields, doubled quotes, line breaks
// inside quotes, CR/LF/CRLF. Strict about quotes: a quote inside an unquoted
// field is an error naming the line, because guessing there would let two
// readers of one file disagree on where rows start.
namespace csv {

// The encoding from the byte order mark, and how many bytes it takes.
TextEncoding detectEncoding(QByteArrayView bytes, int *bomLength);

// UTF-16 text (without its BOM) as UTF-8.
QByteArray utf16ToUtf8(QByteArrayView bytes, TextEncoding encoding);

// True when the text holds a NUL byte in its first `probe` bytes: not text.
bool looksBinary(QByteArrayView text, qsizetype probe = 64 * 1024);

// The delimiter (',', ';' or '\t') that splits the first records of `text`
// into the same number of fields most often; ',' when nothing fits better.
char detectDelimiter(QByteArrayView text);

// Calls `row` for each record (fields unescaped, UTF-8 decoded) until it
// returns false or the text ends. Blank lines are passed as one empty field.
// This is the entry point the fuzz target drives.
bool forEachRecord(QByteArrayView text, char delimiter,
                   const std::function<bool(const QStringList &fields, qint64 line)> &row,
                   CsvError *error);

// The first `maxRecords` records (all when negative).
bool readRecords(QByteArrayView text, char delimiter, qsizetype maxRecords,
                 QList<QStringList> *records, CsvError *error);

} // namespace csv
} // namespace waymark
