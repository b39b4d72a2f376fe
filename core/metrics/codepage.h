#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace waymark {

// Text that is not UTF-8: the Windows code pages Excel writes CSV in.
namespace codepage {

// True when `bytes` is valid UTF-8 (no overlong forms, no surrogates);
// `firstBad` gets the offset of the first byte that is not. With `cut`, the
// bytes are a prefix and may end inside a character.
bool isValidUtf8(QByteArrayView bytes, qsizetype *firstBad = nullptr, bool cut = false);

// True when text that is not valid UTF-8 still is mostly: its valid
// multi-byte characters outnumber the bytes that are not UTF-8 four to one
// (a UTF-8 export with a stray byte, not a code page file).
bool mostlyUtf8(QByteArrayView bytes);

enum class CodePage { Windows1251, Windows1252 };

// The likelier of the two for text that is not UTF-8: Cyrillic words are runs
// of bytes from 0xC0 up (Windows-1251), Western text has accented letters
// one at a time between ASCII ones (Windows-1252).
CodePage guess(QByteArrayView bytes);

// The text as UTF-8.
QByteArray toUtf8(QByteArrayView bytes, CodePage page);

} // namespace codepage
} // namespace waymark
