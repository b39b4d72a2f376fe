// Pictures (issue 14): card pictures and persona photos stored once in the
// .cjm, their undo, bad input, the JSON round trip and a paste between
// files (the exports: tests/e2e/tst_pictures_cli.cpp).

#include "testutil.h"

#include "commands/importcommand.h"
#include "commands/picturecommands.h"
#include "commands/stepcommands.h"
#include "commands/undostack.h"
#include "formats/jsonimport.h"
#include "model/picture.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>

using namespace waymark;
using namespace waymark::test;

namespace {

// A photo-like test image: a gradient with a red square, `w` x `h`.
QImage testImage(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, w, h);
    g.setColorAt(0, QColor(30, 90, 200));
    g.setColorAt(1, QColor(240, 220, 60));
    p.fillRect(image.rect(), g);
    p.fillRect(QRect(w / 4, h / 4, w / 2, h / 2), QColor(220, 20, 20));
    return image;
}

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return out;
}

qint64 rowCount(const QString &path, const char *table)
{
    // Through a second, read-only document: what the file holds.
    OpenResult r = openDocument(path, OpenMode::ReadOnly);
    if (!r.document)
        return -1;
    if (QByteArray(table) == "picture")
        return r.document->workspace().pictures.size();
    return -1;
}

} // namespace

class TestPictures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesAndRefuses();
    void scalesHugeImages();
    void cardPictureRoundTripUndoRedo();
    void samePictureKeptOnce();
    void personaPhoto();
    void badInputLeavesDocumentUnchanged();
    void jsonRoundTrip();
    void pasteBringsPictures();
};

void TestPictures::decodesAndRefuses()
{
    Picture png;
    QString error;
    const QByteArray pngBytes = encoded(testImage(320, 200), "PNG");
    QVERIFY2(pictureFromBytes(pngBytes, &png, &error), qPrintable(error));
    QCOMPARE(png.mime, QStringLiteral("image/png"));
    QCOMPARE(png.width, 320);
    QCOMPARE(png.height, 200);
    QCOMPARE(png.data, pngBytes); // kept as given
    QCOMPARE(png.id, pictureId(pngBytes));

    Picture jpeg;
    const QByteArray jpegBytes = encoded(testImage(300, 300), "JPEG");
    QVERIFY2(pictureFromBytes(jpegBytes, &jpeg, &error), qPrintable(error));
    QCOMPARE(jpeg.mime, QStringLiteral("image/jpeg"));
    QCOMPARE(jpeg.data, jpegBytes);

    // Not an image, cut short, too big: one line each.
    QVERIFY(!pictureFromBytes("name,score\nCheckout,3\n", &png, &error));
    QVERIFY(error.contains(QStringLiteral("not a picture")));
    QVERIFY(!error.contains(u'\n'));
    QVERIFY(!pictureFromBytes(pngBytes.left(pngBytes.size() / 2), &png, &error));
    QVERIFY2(error.contains(QStringLiteral("cut short")), qPrintable(error));
    QVERIFY(!pictureFromBytes(jpegBytes.left(jpegBytes.size() - 200), &png, &error));
    QVERIFY2(error.contains(QStringLiteral("cut short")), qPrintable(error));
    QVERIFY(!pictureFromBytes(QByteArray(kMaxPictureBytes + 1, 'x'), &png, &error));
    QVERIFY2(error.contains(QStringLiteral("20 MB")), qPrintable(error));
    QVERIFY(!pictureFromBytes({}, &png, &error));
}

void TestPictures::scalesHugeImages()
{
    Picture p;
    QString error;
    QVERIFY2(pictureFromBytes(encoded(testImage(4000, 1000), "PNG"), &p, &error),
             qPrintable(error));
    QCOMPARE(p.width, kMaxPictureSide);
    QCOMPARE(p.height, kMaxPictureSide / 4);
    QCOMPARE(QImage::fromData(p.data).size(), QSize(p.width, p.height));
    QVERIFY(checkPicture(p, &error));
}

void TestPictures::cardPictureRoundTripUndoRedo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.cjm"));
    auto doc = newDocument(dir, QStringLiteral("map.cjm"), Template::Sample);
    QVERIFY(doc);
    const QString journey = doc->workspace().journeys.first().id;
    const QString step = doc->workspace().journeys.first().steps.first().id;
    const QByteArray before = snapshot(*doc);

    const QString file = dir.filePath(QStringLiteral("shop.png"));
    QVERIFY(testImage(640, 480).save(file));
    Picture picture;
    QString error;
    QVERIFY2(pictureFromFile(file, &picture, &error), qPrintable(error));

    UndoStack stack;
    DocumentCommand *set = makeStepPictureCommand(doc.get(), journey, step, &picture, &error);
    QVERIFY2(set, qPrintable(error));
    QVERIFY(stack.tryPush(set, &error));
    QCOMPARE(doc->journey(journey)->step(step)->picture, picture.id);
    QCOMPARE(doc->workspace().pictures.size(), 1);
    const QByteArray with = snapshot(*doc);
    QVERIFY(with.contains("\"pictures\""));

    // In the file, byte for byte, after closing and opening again.
    doc.reset();
    {
        OpenResult r = openDocument(path);
        QVERIFY2(r.document, qPrintable(r.error));
        const Picture *stored = r.document->workspace().picture(picture.id);
        QVERIFY(stored);
        QCOMPARE(stored->data, picture.data);
        QCOMPARE(stored->mime, QStringLiteral("image/png"));
        QCOMPARE(QSize(stored->width, stored->height), QSize(640, 480));
        QCOMPARE(snapshot(*r.document), with);
        QVERIFY2(r.document->integrityCheck(&error), qPrintable(error));
        doc = std::move(r.document);
    }

    // Remove: the card loses it and the file the row; undo/redo exactly.
    UndoStack stack2;
    DocumentCommand *remove = makeStepPictureCommand(doc.get(), journey, step, nullptr, &error);
    QVERIFY2(remove, qPrintable(error));
    QCOMPARE(remove->text(), QStringLiteral("Remove card picture"));
    QVERIFY(stack2.tryPush(remove, &error));
    QCOMPARE(snapshot(*doc), before);
    QVERIFY(doc->workspace().pictures.isEmpty());
    QCOMPARE(rowCount(path, "picture"), 0);
    QVERIFY(stack2.tryUndo());
    QCOMPARE(snapshot(*doc), with);
    QCOMPARE(rowCount(path, "picture"), 1);
    QVERIFY(stack2.tryRedo());
    QCOMPARE(snapshot(*doc), before);
    QCOMPARE(rowCount(path, "picture"), 0);
    QVERIFY2(doc->integrityCheck(&error), qPrintable(error));
}

void TestPictures::samePictureKeptOnce()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("map.cjm"), Template::Sample);
    QVERIFY(doc);
    const Journey &j = doc->workspace().journeys.first();
    const QString journey = j.id, a = j.steps[0].id, b = j.steps[1].id;
    Picture picture;
    QString error;
    QVERIFY(pictureFromBytes(encoded(testImage(100, 80), "PNG"), &picture, &error));
    UndoStack stack;
    QVERIFY(stack.tryPush(makeStepPictureCommand(doc.get(), journey, a, &picture, &error), &error));
    QVERIFY(stack.tryPush(makeStepPictureCommand(doc.get(), journey, b, &picture, &error), &error));
    QCOMPARE(doc->workspace().pictures.size(), 1);
    // Removing it from one card keeps the row for the other.
    QVERIFY(stack.tryPush(makeStepPictureCommand(doc.get(), journey, a, nullptr, &error), &error));
    QCOMPARE(doc->workspace().pictures.size(), 1);
    QVERIFY(stack.tryPush(makeStepPictureCommand(doc.get(), journey, b, nullptr, &error), &error));
    QCOMPARE(doc->workspace().pictures.size(), 0);
    // Setting what is already there is refused in one line.
    QVERIFY(!makeStepPictureCommand(doc.get(), journey, a, nullptr, &error));
    QVERIFY(!error.isEmpty());
}

void TestPictures::personaPhoto()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.cjm"));
    auto doc = newDocument(dir, QStringLiteral("map.cjm"), Template::Sample);
    QVERIFY(doc);
    QVERIFY(!doc->workspace().personas.isEmpty());
    const QString persona = doc->workspace().personas.first().id;
    Picture photo;
    QString error;
    QVERIFY(pictureFromBytes(encoded(testImage(200, 200), "JPEG"), &photo, &error));
    const QByteArray before = snapshot(*doc);
    UndoStack stack;
    QVERIFY(stack.tryPush(makePersonaPhotoCommand(doc.get(), persona, &photo, &error), &error));
    QCOMPARE(doc->workspace().persona(persona)->photo, photo.id);
    const QByteArray with = snapshot(*doc);
    doc.reset();
    OpenResult r = openDocument(path);
    QVERIFY2(r.document, qPrintable(r.error));
    QCOMPARE(snapshot(*r.document), with);
    QCOMPARE(r.document->workspace().picture(photo.id)->data, photo.data);
    UndoStack stack2;
    QVERIFY(stack2.tryPush(makePersonaPhotoCommand(r.document.get(), persona, nullptr, &error),
                           &error));
    QCOMPARE(snapshot(*r.document), before);
    QVERIFY(stack2.tryUndo());
    QCOMPARE(snapshot(*r.document), with);
}

void TestPictures::badInputLeavesDocumentUnchanged()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("map.cjm"), Template::Sample);
    QVERIFY(doc);
    const QByteArray before = snapshot(*doc);
    const QString text = dir.filePath(QStringLiteral("notes.png")); // a lie in the name
    QVERIFY(writeFile(text, "these are not pixels\n"));
    const QString cut = dir.filePath(QStringLiteral("cut.jpg"));
    const QByteArray jpeg = encoded(testImage(400, 300), "JPEG");
    QVERIFY(writeFile(cut, jpeg.left(jpeg.size() * 2 / 3)));
    const QString big = dir.filePath(QStringLiteral("big.png"));
    QVERIFY(writeFile(big, QByteArray(kMaxPictureBytes + 10, '\0')));
    for (const QString &file : {text, cut, big, dir.filePath(QStringLiteral("missing.png"))}) {
        Picture p;
        QString error;
        QVERIFY2(!pictureFromFile(file, &p, &error), qPrintable(file));
        QVERIFY2(!error.isEmpty() && !error.contains(u'\n'), qPrintable(error));
    }
    QCOMPARE(snapshot(*doc), before);
    // A picture row nothing may be removed while a card shows it.
    Picture p;
    QString error;
    QVERIFY(pictureFromBytes(encoded(testImage(50, 50), "PNG"), &p, &error));
    const Journey &j = doc->workspace().journeys.first();
    UndoStack stack;
    QVERIFY(stack.tryPush(makeStepPictureCommand(doc.get(), j.id, j.steps[0].id, &p, &error),
                          &error));
    const QByteArray with = snapshot(*doc);
    QVERIFY(!doc->removePicture(p.id, &error));
    QVERIFY(error.contains(QStringLiteral("still shown")));
    QCOMPARE(snapshot(*doc), with);
}

void TestPictures::jsonRoundTrip()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("map.cjm"), Template::Sample);
    QVERIFY(doc);
    const Journey &j = doc->workspace().journeys.first();
    Picture card, photo;
    QString error;
    QVERIFY(pictureFromBytes(encoded(testImage(120, 90), "PNG"), &card, &error));
    QVERIFY(pictureFromBytes(encoded(testImage(64, 64), "JPEG"), &photo, &error));
    UndoStack stack;
    QVERIFY(stack.tryPush(makeStepPictureCommand(doc.get(), j.id, j.steps[2].id, &card, &error),
                          &error));
    QVERIFY(stack.tryPush(
            makePersonaPhotoCommand(doc.get(), doc->workspace().personas[0].id, &photo, &error),
            &error));
    const QByteArray json = exportJson(doc->workspace());
    QVERIFY(json.contains("\"mime\": \"image/png\"") || json.contains("\"mime\":\"image/png\""));

    Workspace read;
    QVERIFY2(readJson(json, &read, nullptr, &error), qPrintable(error));
    QCOMPARE(read.pictures.size(), 2);
    QCOMPARE(read.picture(card.id)->data, card.data);
    QCOMPARE(read.journeys.first().steps[2].picture, card.id);
    QCOMPARE(read.personas[0].photo, photo.id);
    QCOMPARE(exportJson(read), json);

    // Into a new file through the import command: nothing lost.
    auto other = newDocument(dir, QStringLiteral("other.cjm"));
    QVERIFY(other);
    UndoStack stack2;
    QVERIFY(stack2.tryPush(makeImportCommand(other.get(), read, nullptr), &error));
    QCOMPARE(exportJson(other->workspace()), json);
    QVERIFY2(other->integrityCheck(&error), qPrintable(error));

    // Bad pictures in JSON: named in one line, nothing read.
    QByteArray bad = json;
    bad.replace(card.data.toBase64().left(40), "!!!!");
    Workspace untouched;
    QVERIFY(!readJson(bad, &untouched, nullptr, &error));
    QVERIFY2(error.startsWith(QStringLiteral("pictures[")), qPrintable(error));
    QVERIFY(untouched.journeys.isEmpty());
    QByteArray dangling = json;
    dangling.replace(card.id.toUtf8() + "\",\n", "nope\",\n");
    QByteArray danglingStep = exportJson(read);
    danglingStep.replace("\"picture\": \"" + card.id.toUtf8(), "\"picture\": \"nope");
    QVERIFY(!readJson(danglingStep, &untouched, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("no picture \"nope\"")), qPrintable(error));
}

void TestPictures::pasteBringsPictures()
{
    QTemporaryDir dir;
    auto from = newDocument(dir, QStringLiteral("a.cjm"), Template::Sample);
    auto to = newDocument(dir, QStringLiteral("b.cjm"), Template::Sample);
    QVERIFY(from && to);
    const Journey &j = from->workspace().journeys.first();
    Picture p;
    QString error;
    QVERIFY(pictureFromBytes(encoded(testImage(90, 60), "PNG"), &p, &error));
    UndoStack stack;
    QVERIFY(stack.tryPush(makeStepPictureCommand(from.get(), j.id, j.steps[0].id, &p, &error),
                          &error));
    const Journey clip = extractSteps(from->workspace().journeys.first(), {j.steps[0].id});
    QVERIFY(to->workspace().pictures.isEmpty());
    const QByteArray before = snapshot(*to);
    QStringList ids;
    UndoStack stack2;
    QVERIFY(stack2.tryPush(makePasteCommand(to.get(), to->workspace().journeys.first().id, clip, {},
                                            {}, &ids, from->workspace().pictures),
                           &error));
    QCOMPARE(ids.size(), 1);
    QCOMPARE(to->workspace().journeys.first().step(ids[0])->picture, p.id);
    QCOMPARE(to->workspace().pictures.size(), 1);
    QVERIFY(stack2.tryUndo());
    QCOMPARE(snapshot(*to), before);
    QVERIFY(to->workspace().pictures.isEmpty());
}

QTEST_GUILESS_MAIN(TestPictures)
#include "tst_pictures.moc"
