// Pictures in the exports, end to end (issue 14): a card picture and a
// persona photo set through core in a real .cjm, then the real `waymark
// export` to PDF (pdfimages lists the embedded images), PNG (the picture's
// pixels are on the map), SVG (an <image>) and JSON (a round trip through
// `waymark import` loses nothing).

#include "e2eutil.h"

#include "commands/applytemplate.h"
#include "commands/picturecommands.h"
#include "commands/undostack.h"
#include "document/document.h"
#include "model/picture.h"
#include "storage/documentfile.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>

using namespace waymark;
using namespace waymark::e2e;

namespace {

// Magenta and green: colours no map draws by itself.
QByteArray testPng()
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(QColor(255, 0, 255));
    QPainter p(&image);
    p.fillRect(QRect(0, 200, 400, 100), QColor(0, 200, 0));
    p.end();
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return out;
}

int magentaPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.red() > 230 && c.green() < 40 && c.blue() > 230;
        }
    }
    return n;
}

} // namespace

#define VERIFY_RUN(condition, run) QVERIFY2(condition, qPrintable((run).describe()))

class TestPicturesCli : public QObject
{
    Q_OBJECT

private:
    Runner m_runner;
    QTemporaryDir m_dir;
    QString m_plain, m_pictured;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    Run tool(const char *name, const QStringList &args) const
    {
        return m_runner.run(QStandardPaths::findExecutable(QString::fromLatin1(name)), args);
    }
    int pdfImages(const QString &pdf) const;

private Q_SLOTS:
    void initTestCase();
    void pdfEmbedsThePicture();
    void pdfDrawsThePictureReadably();
    void pngShowsThePicture();
    void svgHasAnImage();
    void jsonRoundTripKeepsPictures();
};

void TestPicturesCli::initTestCase()
{
    QVERIFY(m_runner.isValid() && m_dir.isValid());
    m_plain = path("plain.cjm");
    m_pictured = path("pictured.cjm");
    for (const QString &file : {m_plain, m_pictured}) {
        OpenResult r = createDocument(file);
        QVERIFY2(r.document, qPrintable(r.error));
        QString error;
        QVERIFY2(applyTemplate(r.document.get(), Template::Sample, &error), qPrintable(error));
        if (file != m_pictured)
            continue;
        Picture picture;
        QVERIFY2(pictureFromBytes(testPng(), &picture, &error), qPrintable(error));
        const Workspace &ws = r.document->workspace();
        const Journey &j = ws.journeys.first();
        UndoStack stack;
        QVERIFY2(stack.tryPush(makeStepPictureCommand(r.document.get(), j.id, j.steps.first().id,
                                                      &picture, &error),
                               &error),
                 qPrintable(error));
        QVERIFY2(stack.tryPush(
                         makePersonaPhotoCommand(r.document.get(), j.persona, &picture, &error),
                         &error),
                 qPrintable(error));
    }
}

int TestPicturesCli::pdfImages(const QString &pdf) const
{
    const Run r = tool("pdfimages", {QStringLiteral("-list"), pdf});
    if (r.exitCode != 0)
        return -1;
    // Two header lines, then one line per image.
    return int(r.out.trimmed().split('\n').size()) - 2;
}

void TestPicturesCli::pdfEmbedsThePicture()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
        QSKIP("pdfimages (poppler-utils) is not installed");
    const QString plain = path("plain.pdf"), pictured = path("pictured.pdf");
    Run r = m_runner.waymark({QStringLiteral("export"), m_plain, QStringLiteral("-o"), plain});
    VERIFY_RUN(r.exitCode == 0, r);
    r = m_runner.waymark({QStringLiteral("export"), m_pictured, QStringLiteral("-o"), pictured});
    VERIFY_RUN(r.exitCode == 0, r);
    const int without = pdfImages(plain), with = pdfImages(pictured);
    QVERIFY(without >= 0);
    // The card's picture and the persona's photo in the title (per page).
    QVERIFY2(with >= without + 2, qPrintable(QStringLiteral("%1 vs %2").arg(with).arg(without)));
    const Run list = tool("pdfimages", {QStringLiteral("-list"), pictured});
    QVERIFY2(list.out.contains("image"), list.out.constData());
}

void TestPicturesCli::pdfDrawsThePictureReadably()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
        QSKIP("pdfimages (poppler-utils) is not installed");
    // One page at the natural scale (0.75 pt per map unit): the card's
    // 400 x 300 picture is drawn across the card, 128 x 96 map units in its
    // 164 x 96 box (it was a 66-unit thumbnail beside the title).
    const QString pdf = path("fit.pdf");
    const Run r = m_runner.waymark({QStringLiteral("export"), m_pictured, QStringLiteral("--page"),
                                    QStringLiteral("fit"), QStringLiteral("-o"), pdf});
    VERIFY_RUN(r.exitCode == 0, r);
    const Run list = tool("pdfimages", {QStringLiteral("-list"), pdf});
    QCOMPARE(list.exitCode, 0);
    bool found = false;
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    for (const QByteArray &line : list.out.split('\n').mid(2)) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 14 || f[2] != "image" || f[3] != "400" || f[4] != "300")
            continue;
        found = true;
        const double scale = 0.75;
        const double width = 400 / f[12].toDouble() * 72 / scale;
        const double height = 300 / f[13].toDouble() * 72 / scale;
        QVERIFY2(width > 120 && width < 170 && height > 90 && height < 100,
                 qPrintable(QStringLiteral("drawn %1 x %2 map units: %3")
                                    .arg(width)
                                    .arg(height)
                                    .arg(QString::fromUtf8(line))));
    }
    QVERIFY2(found, list.out.constData());
}

void TestPicturesCli::pngShowsThePicture()
{
    const QString plain = path("plain.png"), pictured = path("pictured.png");
    Run r = m_runner.waymark({QStringLiteral("export"), m_plain, QStringLiteral("-o"), plain});
    VERIFY_RUN(r.exitCode == 0, r);
    r = m_runner.waymark({QStringLiteral("export"), m_pictured, QStringLiteral("-o"), pictured});
    VERIFY_RUN(r.exitCode == 0, r);
    const QImage a(plain), b(pictured);
    QVERIFY(!a.isNull() && !b.isNull());
    QCOMPARE(magentaPixels(a), 0);
    // A 66-unit box on the card, and the avatar: well over a few hundred pixels.
    QVERIFY2(magentaPixels(b) > 800, qPrintable(QString::number(magentaPixels(b))));
}

void TestPicturesCli::svgHasAnImage()
{
    const QString svg = path("pictured.svg");
    const Run r
            = m_runner.waymark({QStringLiteral("export"), m_pictured, QStringLiteral("-o"), svg});
    VERIFY_RUN(r.exitCode == 0, r);
    const QByteArray text = readFile(svg);
    QVERIFY(text.contains("<image"));
    // The persona's photo is round, as on the map and in the PDF: SVG
    // viewers get no clip path from Qt's generator, so the image itself is
    // transparent outside the circle (a square, its corners clear, its
    // middle the photo's magenta).
    const QRegularExpression image(QStringLiteral("xlink:href=\"data:image/png;base64,([^\"]+)\""));
    int round = 0, images = 0;
    for (const QRegularExpressionMatch &m : image.globalMatch(QString::fromLatin1(text))) {
        ++images;
        const QImage decoded
                = QImage::fromData(QByteArray::fromBase64(m.captured(1).toLatin1()), "PNG");
        if (decoded.isNull() || decoded.width() != decoded.height())
            continue;
        const int last = decoded.width() - 1;
        const QColor middle = decoded.pixelColor(last / 2, last / 4);
        if (decoded.pixelColor(1, 1).alpha() == 0
            && decoded.pixelColor(last - 1, last - 1).alpha() == 0 && middle.alpha() == 255
            && middle.red() > 230 && middle.green() < 40)
            ++round;
    }
    QVERIFY2(images >= 2, qPrintable(QString::number(images)));
    // In the title and in the map's corner.
    QVERIFY2(round >= 1,
             qPrintable(QStringLiteral("%1 round of %2 images").arg(round).arg(images)));
}

void TestPicturesCli::jsonRoundTripKeepsPictures()
{
    const QString json = path("pictured.json"), again = path("again.json"), copy = path("copy.cjm");
    Run r = m_runner.waymark({QStringLiteral("export"), m_pictured, QStringLiteral("-o"), json});
    VERIFY_RUN(r.exitCode == 0, r);
    QVERIFY(readFile(json).contains("\"pictures\""));
    r = m_runner.waymark({QStringLiteral("new"), copy});
    VERIFY_RUN(r.exitCode == 0, r);
    r = m_runner.waymark({QStringLiteral("import"), copy, QStringLiteral("--json"), json});
    VERIFY_RUN(r.exitCode == 0, r);
    r = m_runner.waymark({QStringLiteral("export"), copy, QStringLiteral("-o"), again});
    VERIFY_RUN(r.exitCode == 0, r);
    QCOMPARE(readFile(again), readFile(json));
    QCOMPARE(m_runner.sqlite(copy, QStringLiteral("SELECT count(*) FROM picture")),
             QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestPicturesCli)
#include "tst_pictures_cli.moc"
