#pragma once

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QString>

class QPainter;

namespace waymark {

// Qt 6.4's PDF writer maps glyphs back to text (each font's ToUnicode map)
// only for characters of the Basic Multilingual Plane: emoji are drawn but a
// search or a copy of the PDF does not find them. This fills the gap:
// - prime() draws each such character of the document once, first thing on
//   the first page and outside it, so that its glyph takes a known number in
//   its font's subset (the writer numbers glyphs in the order they are
//   first drawn);
// - patch() adds those numbers to the fonts' ToUnicode maps of the written
//   PDF and moves the cross-reference offsets after them.
// Text outside the page is not part of it for readers (poppler drops it), so
// nothing is added to the page's text but the emoji that are on it.
class PdfTextLayer
{
public:
    // `text`: everything the pages may draw; `fonts`: the fonts they draw it
    // with (one per face: regular, bold).
    PdfTextLayer(const QString &text, const QList<QFont> &fonts);

    bool isNeeded() const { return !m_subsets.isEmpty(); }
    void prime(QPainter *painter) const;
    // False when the PDF is not as expected: it is then left as it was.
    bool patch(QByteArray *pdf) const;

private:
    struct Subset
    {
        QByteArray postscriptName;
        QList<uint> glyphs;         // in first-drawn order: glyph number n + 1
        QList<char32_t> characters; // the character of each glyph
    };
    QList<QFont> m_fonts;
    QList<char32_t> m_characters;
    QList<Subset> m_subsets;
};

} // namespace waymark
