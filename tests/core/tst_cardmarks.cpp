// The workshop marks on a card (issue 14): the dot votes and the comment
// count are drawn where they cover neither the title nor the picture, on a
// card with a picture and on one without, at 100 % and zoomed out (larger
// dots), as the window and every export draw them (MapPainter::paintCard).

#include "testutil.h"

#include "layout/maplayout.h"
#include "model/picture.h"
#include "render/mappainter.h"
#include "render/picturepainter.h"
#include "templates/templates.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace waymark;

namespace {

// A photo-like picture: a gradient, so that anything over it shows.
Picture testPicture()
{
    QImage image(400, 240, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, 400, 240);
    g.setColorAt(0, QColor(30, 90, 200));
    g.setColorAt(1, QColor(240, 220, 60));
    p.fillRect(image.rect(), g);
    p.end();
    Picture picture;
    QString error;
    if (!pictureFromImage(image, &picture, &error))
        qWarning("pictureFromImage: %s", qPrintable(error));
    return picture;
}

constexpr int kMargin = 40;

// One card drawn alone, `kMargin` pixels of white around it.
QImage drawCard(const Workspace &ws, const Journey &j, const QString &stepId, bool marks,
                double dotScale)
{
    const MapLayout layout = MapLayout::compute(j);
    RenderOptions options;
    options.showVotes = marks;
    options.showComments = marks;
    options.voteDotScale = dotScale;
    const MapPainter painter(ws, j, layout, options);
    const QRectF card = layout.card(stepId)->rect;
    QImage image(QSize(int(card.width()) + 2 * kMargin, int(card.height()) + 2 * kMargin),
                 QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(kMargin - card.left(), kMargin - card.top());
    painter.paintCard(&p, *j.step(stepId), card);
    return image;
}

// Pixels of `box` (card coordinates, the card's top left at 0,0) that differ.
int changedIn(const QImage &a, const QImage &b, const QRectF &box)
{
    const QRect r = box.translated(kMargin, kMargin).toAlignedRect() & a.rect();
    int changed = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            changed += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    }
    return changed;
}

} // namespace

class TestCardMarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksCoverNeitherTitleNorPicture_data();
    void marksCoverNeitherTitleNorPicture();
};

void TestCardMarks::marksCoverNeitherTitleNorPicture_data()
{
    QTest::addColumn<bool>("withPicture");
    QTest::addColumn<double>("dotScale");
    QTest::newRow("picture, 100 %") << true << 1.0;
    QTest::newRow("picture, zoomed out") << true << 2.0;
    QTest::newRow("no picture, 100 %") << false << 1.0;
    QTest::newRow("no picture, zoomed out") << false << 2.0;
}

void TestCardMarks::marksCoverNeitherTitleNorPicture()
{
    QFETCH(bool, withPicture);
    QFETCH(double, dotScale);
    Workspace ws = makeTemplate(Template::Sample);
    Journey &j = ws.journeys.first();
    Step &step = j.steps.first();
    const QString id = step.id;
    // A title of three full lines, an owner in the footer, many votes
    // (more dots than fit: a "+n" too) and comments.
    step.title = QStringLiteral("Compares delivery options and the total price across three "
                                "different shops before deciding");
    step.owner = QStringLiteral("Customer care");
    step.momentOfTruth = false;
    if (withPicture) {
        const Picture picture = testPicture();
        QVERIFY(!picture.id.isEmpty());
        ws.pictures.append(picture);
        step.picture = picture.id;
    } else {
        step.picture.clear();
    }
    j.votes = {{id, QStringLiteral("Ann"), 5}, {id, QStringLiteral("Bob"), 4}};
    for (int i = 0; i < 12; ++i)
        j.comments.append({QStringLiteral("cm%1").arg(i),
                           id,
                           QStringLiteral("Ann"),
                           QStringLiteral("Note %1").arg(i),
                           {}});

    const QImage with = drawCard(ws, j, id, true, dotScale);
    const QImage without = drawCard(ws, j, id, false, dotScale);
    const QRectF card = MapLayout::compute(j).card(id)->rect;
    const QRectF local(0, 0, card.width(), card.height());
    QCOMPARE(card.height(), LayoutMetrics().cardHeightFor(withPicture));

    // Neither the dots nor the comment count over the title or the picture...
    QCOMPARE(changedIn(with, without, cardTitleBox(step, local)), 0);
    if (withPicture) {
        // Its frame too.
        QCOMPARE(changedIn(with, without, cardPictureBox(local).adjusted(-1, -1, 1, 1)), 0);
    }
    // ...but drawn:
    QVERIFY(changedIn(with, without, local.adjusted(-kMargin, -kMargin, kMargin, kMargin)) > 100);
    // the dots on the top edge, the count in the footer.
    QVERIFY(changedIn(with, without, QRectF(0, -kMargin, card.width(), kMargin)) > 50);
    QVERIFY(changedIn(with, without, QRectF(0, card.height() - 22, card.width(), 22)) > 20);
}

QTEST_MAIN(TestCardMarks)
#include "tst_cardmarks.moc"
