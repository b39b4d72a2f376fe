#pragma once

#include "metrics/csv.h"

#include <QString>

#include <optional>

namespace waymark::cli {

class Options;

// --encoding, as every CSV import takes it.
void addEncodingOption(Options &o);
// The encoding asked for (none: auto); false, with `exit` set, on an unknown name.
bool encodingOption(const Options &o, std::optional<TextEncoding> *encoding, int *exit);
// "Read as windows-1251 ..." for the summary; empty for UTF-8 and UTF-16.
QString encodingNote(TextEncoding encoding, bool forced);

} // namespace waymark::cli
