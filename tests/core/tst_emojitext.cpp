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
