// Text in PNG and PDF exports (issue 15): emoji are drawn with Symbola (a
// Debian outline font QPdfWriter embeds) instead of empty boxes, and Latin
// text is written without ligatures, so that poppler's pdftotext finds
// "confirmation" and "office" as they were typed.

#include "testutil.h"

#include "formats/imageexport.h"
#include "formats/jsonimport.h"
#include "formats/pdfexport.h"
#include "layout/mapstyle.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace waymark;
using namespace waymark::test;

namespace {

QByteArray run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

// One character drawn alone, as the exports draw text.
QImage glyph(char32_t c)
{
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setFont(MapStyle::font(40));
    p.setPen(Qt::black);
    p.drawText(QRect(0, 0, 64, 64), Qt::AlignCenter, QString::fromUcs4(&c, 1));
    return image;
}

} // namespace

class TestEmojiText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fontFallsBackToSymbola();
    void pdfTextWithoutLigaturesAndEmojiDrawn();
    void pdfTextHasEmoji();
    void pngDrawsEmoji();

private:
    Workspace m_ws;
};

void TestEmojiText::initTestCase()
{
    QStringList warnings;
    QString error;
    QVERIFY2(readJson(readFile(dataPath(QStringLiteral("json/unicode.json"))), &m_ws, &warnings,
                      &error),
             qPrintable(error));
    Journey &j = m_ws.journeys.first();
    j.steps[1].title = QString::fromUtf8("Order confirmation office \xF0\x9F\x8D\x95");
}

void TestEmojiText::fontFallsBackToSymbola()
{
    const QFont font = MapStyle::font(12);
    QCOMPARE(font.families().value(0), QStringLiteral("DejaVu Sans"));
    QVERIFY(font.families().contains(QStringLiteral("Symbola")));
    QVERIFY(font.styleStrategy() & QFont::PreferNoShaping);
}

void TestEmojiText::pdfTextWithoutLigaturesAndEmojiDrawn()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    QVERIFY2(!pdftotext.isEmpty() && !pdffonts.isEmpty(), "poppler-utils is needed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("emoji.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    MapExportOptions options;
    options.date = QDate(2026, 12, 3);
    QString error;
    QVERIFY2(writePdf(m_ws, {}, options, &file, &error), qPrintable(error));
    file.close();

    const QString text = QString::fromUtf8(run(pdftotext, {path, QStringLiteral("-")}));
    // The card wraps the title after "confirmation".
    QVERIFY2(text.contains(QStringLiteral("Order confirmation\noffice")), qPrintable(text));
    for (char16_t ligature : {u'\xFB00', u'\xFB01', u'\xFB02', u'\xFB03', u'\xFB04'})
        QVERIFY2(!text.contains(QChar(ligature)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Fridge empty")));
    // The emoji are drawn with the embedded Symbola glyphs.
    const QByteArray fonts = run(pdffonts, {path});
    QVERIFY2(fonts.contains("Symbola"), fonts.constData());
    QVERIFY2(fonts.contains("DejaVuSans"), fonts.constData());
}

// Every cross-reference entry points at its object, as a reader needs.
static void checkCrossReferences(const QByteArray &pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    QVERIFY(startxref > 0);
    const qsizetype valueEnd = pdf.indexOf('\n', startxref + 10);
    const qsizetype xref
            = pdf.mid(startxref + 10, valueEnd - startxref - 10).trimmed().toLongLong();
    QCOMPARE(pdf.mid(xref, 7), QByteArray("xref\n0 "));
    const qsizetype lineEnd = pdf.indexOf('\n', xref + 5);
    const int count = pdf.mid(xref + 7, lineEnd - xref - 7).toInt();
    QVERIFY(count > 10);
    for (int i = 1; i < count; ++i) {
        const QByteArray entry = pdf.mid(lineEnd + 1 + qsizetype(i) * 20, 20);
        if (entry.at(17) != 'n')
            continue;
        const qsizetype offset = entry.left(10).toLongLong();
        const QByteArray object = QByteArray::number(i) + " 0 obj";
        QVERIFY2(pdf.mid(offset, object.size()) == object,
                 qPrintable(QStringLiteral("object %1 is not at %2").arg(i).arg(offset)));
    }
}

void TestEmojiText::pdfTextHasEmoji()
{
    // Emoji beyond the Basic Multilingual Plane, from both fonts that draw
    // them (DejaVu Sans: the emoticons; Symbola: the rest), in bold titles
    // and in plain text, are in the PDF's text: a search finds them.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    QVERIFY2(!pdftotext.isEmpty() && !pdfinfo.isEmpty(), "poppler-utils is needed");
    Workspace ws = m_ws;
    Journey &j = ws.journeys.first();
    j.steps[0].owner = QString::fromUtf8("Courier \xF0\x9F\x9A\x9A");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("emoji.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    MapExportOptions options;
    options.date = QDate(2026, 12, 3);
    QString error;
    QVERIFY2(writePdf(ws, {}, options, &file, &error), qPrintable(error));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    checkCrossReferences(file.readAll());
    if (QTest::currentTestFailed())
        return;

    QProcess info;
    info.start(pdfinfo, {path});
    QVERIFY(info.waitForFinished(60000));
    QCOMPARE(info.exitCode(), 0);
    QCOMPARE(info.readAllStandardError(), QByteArray()); // no syntax error

    const QString text = QString::fromUtf8(run(pdftotext, {path, QStringLiteral("-")}));
    QVERIFY2(text.contains(QString::fromUtf8("\xF0\x9F\x98\xAB Fridge empty")), qPrintable(text));
    QVERIFY2(text.contains(QString::fromUtf8("office \xF0\x9F\x8D\x95")), qPrintable(text));
    QVERIFY2(text.contains(QString::fromUtf8("Courier \xF0\x9F\x9A\x9A")), qPrintable(text));
    // Only what is on the page: the glyphs drawn outside it to number them
    // are not text.
    QCOMPARE(text.count(QString::fromUtf8("\xF0\x9F\x9A\x9A")), 1);
}

void TestEmojiText::pngDrawsEmoji()
{
    // Two different emoji draw two different pictures (empty boxes would
    // be the same), and neither is blank.
    const QImage weary = glyph(0x1F62B);
    const QImage pizza = glyph(0x1F355);
    const QImage blank = glyph(U' ');
    QVERIFY(weary != blank && pizza != blank);
    QVERIFY(weary != pizza);

    QBuffer png;
    png.open(QIODevice::WriteOnly);
    MapExportOptions options;
    options.date = QDate(2026, 12, 3);
    QString error;
    QVERIFY2(writePng(m_ws, m_ws.journeys.first(), options, &png, &error), qPrintable(error));
    QVERIFY(!QImage::fromData(png.data(), "PNG").isNull());
}

QTEST_MAIN(TestEmojiText)
#include "tst_emojitext.moc"
