#pragma once

class QFont;

namespace waymark {

// The text settings every map font gets, on screen and in PNG, SVG and PDF:
// - fallback families after the main one: Symbola (emoji and symbols, an
//   outline font that QPdfWriter embeds; colour bitmap emoji fonts are not
//   drawn into PDF), then WenQuanYi Micro Hei (Chinese), all Debian
//   dependencies of the package;
// - no shaping where a script does not need it (QFont::PreferNoShaping):
//   Latin text keeps its plain letters instead of ligatures such as "ﬁ",
//   so that searching or copying a PDF finds "confirmation". Scripts that
//   need shaping are still shaped.
void applyTextFallback(QFont *font);

} // namespace waymark
