#include "formats/pdftextlayer.h"

#include <QGlyphRun>
#include <QPainter>
#include <QRawFont>
#include <QSet>
#include <QTextLayout>
#include <QtEndian>

#include <algorithm>
#include <cctype>

namespace waymark {
namespace {

// The PostScript name of a font (name record 6), as the PDF writer puts it
// after /BaseFont.
QByteArray postscriptName(const QRawFont &font)
{
    const QByteArray table = font.fontTable("name");
    const auto u16 = [&](qsizetype at) -> int {
        if (at < 0 || at + 2 > table.size())
            return -1;
        return qFromBigEndian<quint16>(table.constData() + at);
    };
    const int count = u16(2);
    const int strings = u16(4);
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 6 + qsizetype(i) * 12;
        const int platform = u16(record);
        const int nameId = u16(record + 6);
        const int length = u16(record + 8);
        const int offset = u16(record + 10);
        if (nameId != 6 || length < 0 || offset < 0 || strings < 0)
            continue;
        const qsizetype at = qsizetype(strings) + offset;
        if (at + length > table.size())
            continue;
        const QByteArray raw = table.mid(at, length);
        if (platform == 1)
            return raw;
        if (platform == 3 || platform == 0) {
            QByteArray ascii;
            for (qsizetype k = 1; k < raw.size(); k += 2)
                ascii.append(raw[k]);
            return ascii;
        }
    }
    return {};
}

// Names compared as the PDF writer may have changed them (spaces to '_').
QByteArray nameKey(QByteArray name)
{
    name.replace(' ', "");
    name.replace('_', "");
    return name;
}

// The glyph numbers an existing ToUnicode map covers, as [first, last] pairs.
QList<std::pair<int, int>> mappedRanges(const QByteArray &cmap)
{
    QList<std::pair<int, int>> ranges;
    bool inRange = false, inChar = false;
    for (QByteArray line : cmap.split('\n')) {
        line = line.trimmed();
        if (line.endsWith("beginbfrange")) {
            inRange = true;
        } else if (line.endsWith("beginbfchar")) {
            inChar = true;
        } else if (line == "endbfrange") {
            inRange = false;
        } else if (line == "endbfchar") {
            inChar = false;
        } else if ((inRange || inChar) && line.startsWith('<')) {
            const qsizetype close = line.indexOf('>');
            bool ok = false;
            const int first = line.mid(1, close - 1).toInt(&ok, 16);
            if (!ok)
                continue;
            int last = first;
            if (inRange) {
                const qsizetype open = line.indexOf('<', close);
                const qsizetype end = line.indexOf('>', open);
                last = line.mid(open + 1, end - open - 1).toInt(&ok, 16);
                if (!ok)
                    continue;
            }
            ranges.append({first, last});
        }
    }
    return ranges;
}

QByteArray hex(uint value, int digits)
{
    return QByteArray::number(value, 16).toUpper().rightJustified(digits, '0');
}

QByteArray utf16Hex(char32_t c)
{
    const char32_t v = c - 0x10000;
    return hex(0xD800 + (v >> 10), 4) + hex(0xDC00 + (v & 0x3FF), 4);
}

struct Edit
{
    qsizetype at = 0;
    qsizetype removed = 0;
    QByteArray inserted;
};

} // namespace

PdfTextLayer::PdfTextLayer(const QString &text, const QList<QFont> &fonts)
    : m_fonts(fonts)
{
    QSet<char32_t> seen;
    for (char32_t c : text.toUcs4()) {
        if (c > 0xFFFF && c <= 0x10FFFF && !seen.contains(c)) {
            seen.insert(c);
            m_characters.append(c);
        }
    }
    std::sort(m_characters.begin(), m_characters.end());
    // The same loops as prime(): each face's glyphs in the order drawn.
    for (const QFont &font : m_fonts) {
        for (char32_t c : std::as_const(m_characters)) {
            QTextLayout layout(QString::fromUcs4(&c, 1), font);
            layout.beginLayout();
            layout.createLine();
            layout.endLayout();
            for (const QGlyphRun &run : layout.glyphRuns()) {
                const QByteArray name = postscriptName(run.rawFont());
                if (name.isEmpty())
                    continue;
                auto subset
                        = std::find_if(m_subsets.begin(), m_subsets.end(),
                                       [&](const Subset &s) { return s.postscriptName == name; });
                if (subset == m_subsets.end()) {
                    m_subsets.append({name, {}, {}});
                    subset = m_subsets.end() - 1;
                }
                for (quint32 glyph : run.glyphIndexes()) {
                    if (glyph != 0 && !subset->glyphs.contains(glyph)) {
                        subset->glyphs.append(glyph);
                        subset->characters.append(c);
                    }
                }
            }
        }
    }
}

void PdfTextLayer::prime(QPainter *painter) const
{
    if (!isNeeded())
        return;
    painter->save();
    for (const QFont &font : m_fonts) {
        painter->setFont(font);
        for (char32_t c : m_characters)
            painter->drawText(QPointF(-10000, -10000), QString::fromUcs4(&c, 1));
    }
    painter->restore();
}

bool PdfTextLayer::patch(QByteArray *pdf) const
{
    if (!isNeeded())
        return true;
    QList<Edit> edits;
    // Qt writes each font as "/BaseFont /NAME ... /ToUnicode N 0 R".
    qsizetype from = 0;
    while (true) {
        const qsizetype tu = pdf->indexOf("/ToUnicode ", from);
        if (tu < 0)
            break;
        from = tu + 11;
        const qsizetype base = pdf->lastIndexOf("/BaseFont /", tu);
        if (base < 0 || tu - base > 400)
            continue;
        const qsizetype nameStart = base + 11;
        qsizetype nameEnd = nameStart;
        while (nameEnd < pdf->size() && !QChar::isSpace(uchar(pdf->at(nameEnd)))
               && pdf->at(nameEnd) != '/')
            ++nameEnd;
        const QByteArray name = nameKey(pdf->mid(nameStart, nameEnd - nameStart));
        const Subset *subset = nullptr;
        for (const Subset &s : m_subsets) {
            if (nameKey(s.postscriptName) == name)
                subset = &s;
        }
        if (!subset)
            continue;
        qsizetype numberEnd = from;
        while (numberEnd < pdf->size() && std::isdigit(uchar(pdf->at(numberEnd))))
            ++numberEnd;
        const QByteArray object = pdf->mid(from, numberEnd - from);
        const QByteArray header = "\n" + object + " 0 obj\n<< /Length ";
        const qsizetype start = pdf->indexOf(header);
        if (object.isEmpty() || start < 0)
            return false;
        const qsizetype lengthAt = start + header.size();
        const qsizetype lengthEnd = pdf->indexOf(' ', lengthAt);
        bool ok = false;
        const qsizetype length = pdf->mid(lengthAt, lengthEnd - lengthAt).toLongLong(&ok);
        const QByteArray open = " >>\nstream\n";
        if (!ok || pdf->mid(lengthEnd, open.size()) != open)
            return false;
        const qsizetype body = lengthEnd + open.size();
        QByteArray cmap = pdf->mid(body, length);
        const qsizetype endcmap = cmap.indexOf("endcmap");
        if (cmap.size() != length || endcmap < 0)
            return false;
        // Each primed glyph must be one the writer could not map: otherwise
        // the numbering is not the one assumed, and nothing is added.
        const auto ranges = mappedRanges(cmap);
        bool numberingHolds = true;
        for (int n = 1; n <= subset->glyphs.size(); ++n) {
            for (const auto &[first, last] : ranges)
                numberingHolds = numberingHolds && !(n >= first && n <= last);
        }
        if (!numberingHolds)
            continue;
        QByteArray entries;
        for (qsizetype i = 0; i < subset->characters.size(); i += 100) {
            const qsizetype n = std::min<qsizetype>(100, subset->characters.size() - i);
            entries += QByteArray::number(n) + " beginbfchar\n";
            for (qsizetype k = i; k < i + n; ++k)
                entries += '<' + hex(uint(k + 1), 4) + "> <" + utf16Hex(subset->characters[k])
                           + ">\n";
            entries += "endbfchar\n";
        }
        cmap.insert(endcmap, entries);
        edits.append({lengthAt, body + length - lengthAt,
                      QByteArray::number(cmap.size()) + open + cmap});
    }
    if (edits.isEmpty())
        return true;

    // The cross-reference table: every offset after an edit moves.
    const qsizetype startxref = pdf->lastIndexOf("startxref\n");
    if (startxref < 0)
        return false;
    bool ok = false;
    const qsizetype xrefAt
            = pdf->mid(startxref + 10, pdf->indexOf('\n', startxref + 10) - startxref - 10)
                      .trimmed()
                      .toLongLong(&ok);
    if (!ok || pdf->mid(xrefAt, 5) != "xref\n")
        return false;
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.at < b.at; });
    const auto moved = [&](qsizetype offset) {
        qsizetype delta = 0;
        for (const Edit &e : edits) {
            if (e.at < offset)
                delta += e.inserted.size() - e.removed;
        }
        return offset + delta;
    };
    QByteArray out = *pdf;
    const qsizetype sectionEnd = out.indexOf('\n', xrefAt + 5);
    const QList<QByteArray> section = out.mid(xrefAt + 5, sectionEnd - xrefAt - 5).split(' ');
    if (section.size() != 2)
        return false;
    const int count = section[1].toInt(&ok);
    if (!ok)
        return false;
    for (int i = 0; i < count; ++i) {
        const qsizetype entry = sectionEnd + 1 + qsizetype(i) * 20;
        if (entry + 20 > out.size() || out.at(entry + 17) != 'n')
            continue;
        const qsizetype offset = out.mid(entry, 10).toLongLong(&ok);
        if (!ok)
            return false;
        out.replace(entry, 10, QByteArray::number(moved(offset)).rightJustified(10, '0'));
    }
    const qsizetype valueAt = startxref + 10;
    const qsizetype valueEnd = out.indexOf('\n', valueAt);
    out.replace(valueAt, valueEnd - valueAt, QByteArray::number(moved(xrefAt)) + ' ');
    for (auto e = edits.crbegin(); e != edits.crend(); ++e)
        out.replace(e->at, e->removed, e->inserted);
    *pdf = out;
    return true;
}

} // namespace waymark
