// The size of a card and what follows from it: a card with a picture is
// taller (LayoutMetrics::cardHeightFor, the one rule), stacked cards never
// overlap, the link router's corridors and the page tiler's cuts fall
// between them; titles break between words; persona initials.

#include "testutil.h"

#include "layout/linkrouter.h"
#include "layout/maplayout.h"
#include "layout/mapstyle.h"
#include "render/mappainter.h"
#include "render/pagetiler.h"
#include "render/picturepainter.h"

#include <QTest>

using namespace waymark;
using namespace waymark::test;

namespace {

// Two stages, three lanes; the first cell holds `perCell` cards, every
// `pictureEvery`-th with a picture; the second stage one plain card per
// lane; a link from every card to the next.
Journey stacked(int perCell, int pictureEvery)
{
    Journey j;
    j.id = QStringLiteral("stacked");
    for (int s = 0; s < 2; ++s)
        j.stages.append({QStringLiteral("s%1").arg(s), QStringLiteral("Stage %1").arg(s), {}});
    for (int l = 0; l < 3; ++l)
        j.lanes.append({QStringLiteral("l%1").arg(l), QStringLiteral("Lane %1").arg(l),
                        l == 2 ? LaneKind::Evidence : LaneKind::Customer});
    int n = 0;
    for (int l = 0; l < 3; ++l) {
        for (int k = 0; k < perCell; ++k, ++n) {
            Step step;
            step.id = QStringLiteral("a%1-%2").arg(l).arg(k);
            step.stage = QStringLiteral("s0");
            step.lane = j.lanes[l].id;
            step.order = k;
            step.title = step.id;
            if (pictureEvery > 0 && n % pictureEvery == 0)
                step.picture = QStringLiteral("pic-%1").arg(n);
            j.steps.append(step);
        }
        Step plain;
        plain.id = QStringLiteral("b%1").arg(l);
        plain.stage = QStringLiteral("s1");
        plain.lane = j.lanes[l].id;
        plain.title = plain.id;
        j.steps.append(plain);
    }
    for (int i = 1; i < j.steps.size(); ++i)
        j.links.append({QStringLiteral("k%1").arg(i),
                        j.steps[i - 1].id,
                        j.steps[i].id,
                        LinkKind::Flow,
                        {},
                        std::nullopt,
                        true});
    return j;
}

QString where(const MapLayout::Card &c)
{
    return QStringLiteral("%1 at %2,%3 %4x%5")
            .arg(c.stepId)
            .arg(c.rect.x())
            .arg(c.rect.y())
            .arg(c.rect.width())
            .arg(c.rect.height());
}

} // namespace

class TestCardSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pictureMakesACardTaller();
    void stackedCardsDoNotOverlap_data();
    void stackedCardsDoNotOverlap();
    void pageCutsFallBetweenCards();
    void dropSlotFollowsTallRows();
    void titlesBreakBetweenWords_data();
    void titlesBreakBetweenWords();
    void pictureBoxIsReadable();
    void initials_data();
    void initials();
};

void TestCardSize::pictureMakesACardTaller()
{
    const LayoutMetrics m;
    QVERIFY(m.cardHeightFor(true) > m.cardHeightFor(false));
    QCOMPARE(m.cardHeightFor(false), m.cardHeight);
    const Journey j = stacked(3, 2); // a0-0 and a0-2 have pictures, a0-1 not
    const MapLayout layout = MapLayout::compute(j);
    QCOMPARE(layout.card(QStringLiteral("a0-0"))->rect.height(), m.cardHeightFor(true));
    QCOMPARE(layout.card(QStringLiteral("a0-1"))->rect.height(), m.cardHeightFor(false));
    QCOMPARE(layout.card(QStringLiteral("b0"))->rect.height(), m.cardHeightFor(false));
    // The lane grows by what the pictures add, no more.
    const MapLayout plain = MapLayout::compute(stacked(3, 0));
    QCOMPARE(layout.rows()[0].body.height() - plain.rows()[0].body.height(), 2 * m.pictureHeight);
    // Sub-rows are shared by the lane: b0 sits on the first sub-row, top-aligned.
    QCOMPARE(layout.card(QStringLiteral("b0"))->rect.top(),
             layout.card(QStringLiteral("a0-0"))->rect.top());
}

void TestCardSize::stackedCardsDoNotOverlap_data()
{
    QTest::addColumn<int>("perCell");
    QTest::addColumn<int>("pictureEvery");
    QTest::addRow("3, all pictured") << 3 << 1;
    QTest::addRow("4, every second") << 4 << 2;
    QTest::addRow("9 (three columns), every third") << 9 << 3;
    QTest::addRow("7, every fifth") << 7 << 5;
}

void TestCardSize::stackedCardsDoNotOverlap()
{
    QFETCH(int, perCell);
    QFETCH(int, pictureEvery);
    const MapLayout layout = MapLayout::compute(stacked(perCell, pictureEvery));
    const LayoutMetrics &m = layout.metrics();
    const auto &cards = layout.cards();
    for (int a = 0; a < cards.size(); ++a) {
        const MapLayout::Card &c = cards[a];
        // Inside its cell, with the cell's padding.
        const QRectF cell = layout.cellRect(c.stage, c.lane);
        QVERIFY2(cell.adjusted(m.cellPadding - 0.01, m.cellPadding - 0.01, 0.01 - m.cellPadding,
                               0.01 - m.cellPadding)
                         .contains(c.rect),
                 qPrintable(where(c)));
        for (int b = a + 1; b < cards.size(); ++b) {
            // At least a gap apart.
            const QRectF grown = cards[b].rect.adjusted(-m.cardGap + 0.01, -m.cardGap + 0.01,
                                                        m.cardGap - 0.01, m.cardGap - 0.01);
            QVERIFY2(!grown.intersects(c.rect),
                     qPrintable(where(c) + QStringLiteral(" / ") + where(cards[b])));
        }
    }
    // The router's corridors between sub-rows cross no card: every route
    // keeps off the cards it does not join.
    for (const MapLayout::Route &r : layout.routes()) {
        for (int i = 1; i < r.points.size(); ++i) {
            const QRectF segment = QRectF(r.points[i - 1], r.points[i]).normalized();
            for (const MapLayout::Card &c : cards) {
                if (c.stepId == r.from || c.stepId == r.to)
                    continue;
                QVERIFY2(!c.rect.adjusted(1, 1, -1, -1)
                                  .intersects(segment.adjusted(-0.01, -0.01, 0.01, 0.01)),
                         qPrintable(r.linkId + QStringLiteral(" crosses ") + where(c)));
            }
        }
    }
    // cardAt finds each card over all of it, its picture part too.
    for (const MapLayout::Card &c : cards)
        QCOMPARE(layout.cardAt(QPointF(c.rect.center().x(), c.rect.bottom() - 2)), c.stepId);
}

void TestCardSize::pageCutsFallBetweenCards()
{
    // One tall cell of pictured cards, pages lower than it: the tiler cuts
    // between sub-rows, through no card.
    const MapLayout layout = MapLayout::compute(stacked(4, 1));
    const LayoutMetrics &m = layout.metrics();
    const double tall = m.cardHeightFor(true);
    const QSizeF area(2000 * 0.6, (m.stageHeaderHeight + 2.5 * tall) * 0.6);
    const TilePlan plan = planTiles(layout, area);
    QVERIFY2(plan.rows > 1, "the map needs several pages down");
    for (const MapTile &t : plan.tiles) {
        for (const MapLayout::Card &c : layout.cards()) {
            const QRectF inner = c.rect.adjusted(0.5, 0.5, -0.5, -0.5);
            const bool cut = inner.top() < t.body.bottom() && inner.bottom() > t.body.bottom();
            QVERIFY2(!cut, qPrintable(QStringLiteral("page %1,%2 ends at %3 through %4")
                                              .arg(t.column)
                                              .arg(t.row)
                                              .arg(t.body.bottom())
                                              .arg(where(c))));
        }
    }
    for (const MapLayout::Card &c : layout.cards()) {
        bool whole = false;
        for (const MapTile &t : plan.tiles)
            whole = whole || t.body.adjusted(-0.01, -0.01, 0.01, 0.01).contains(c.rect);
        QVERIFY2(whole, qPrintable(where(c)));
    }
}

void TestCardSize::dropSlotFollowsTallRows()
{
    const MapLayout layout = MapLayout::compute(stacked(3, 1));
    const MapLayout::Card *first = layout.card(QStringLiteral("a0-0"));
    const MapLayout::Card *second = layout.card(QStringLiteral("a0-1"));
    // The upper half of a tall card inserts before it, the lower half after.
    const double x = first->rect.center().x();
    QCOMPARE(layout.cellAt(QPointF(x, first->rect.top() + 20)).index, 0);
    QCOMPARE(layout.cellAt(QPointF(x, first->rect.bottom() - 20)).index, 1);
    QCOMPARE(layout.cellAt(QPointF(x, second->rect.top() + 20)).index, 1);
    QCOMPARE(layout.cellAt(QPointF(x, second->rect.bottom() - 5)).index, 2);
}

void TestCardSize::titlesBreakBetweenWords_data()
{
    QTest::addColumn<QString>("title");
    QTest::addRow("english") << QStringLiteral("Confirmation email arrives with the invoice");
    QTest::addRow("long words") << QStringLiteral("Zahlungsbestätigung Versandbenachrichtigung");
    QTest::addRow("cyrillic") << QStringLiteral("Получает подтверждение заказа по почте");
    QTest::addRow("three short") << QStringLiteral("Checks delivery status online");
}

void TestCardSize::titlesBreakBetweenWords()
{
    QFETCH(QString, title);
    const QStringList words = title.split(u' ');
    for (bool picture : {false, true}) {
        Step s;
        s.title = title;
        if (picture)
            s.picture = QStringLiteral("pic-1");
        const LayoutMetrics m;
        const QRectF card(0, 0, m.cardWidth, m.cardHeightFor(picture));
        const QStringList lines = cardTitleLines(s, card);
        QVERIFY(lines.size() > 1);
        // Each line is whole words, or a word that alone is too long, elided.
        QStringList rest = words;
        for (const QString &line : lines) {
            QString text = line;
            const bool elided = text.endsWith(QChar(0x2026));
            if (elided)
                text.chop(1);
            const QStringList got = text.split(u' ', Qt::SkipEmptyParts);
            for (int i = 0; i < got.size(); ++i) {
                QVERIFY2(!rest.isEmpty(), qPrintable(line));
                const bool last = i + 1 == got.size();
                if (last && elided)
                    QVERIFY2(rest.first().startsWith(got[i]), qPrintable(line));
                else
                    QVERIFY2(got[i] == rest.first(),
                             qPrintable(QStringLiteral("\"%1\" breaks inside \"%2\"")
                                                .arg(line, rest.first())));
                rest.removeFirst();
            }
        }
        QCOMPARE(cardTitleIsCut(s, card), !rest.isEmpty() || lines.last().endsWith(QChar(0x2026)));
    }
}

void TestCardSize::pictureBoxIsReadable()
{
    const LayoutMetrics m;
    const QRectF card(100, 50, m.cardWidth, m.cardHeightFor(true));
    const QRectF box = cardPictureBox(card);
    // Across the card under the title, about 164 x 96 at 100 %.
    QVERIFY2(box.width() >= 160 && box.height() >= 90,
             qPrintable(QStringLiteral("%1 x %2").arg(box.width()).arg(box.height())));
    QVERIFY(card.contains(box));
    QVERIFY(box.top() >= card.top() + 55);       // three title lines above it
    QVERIFY(box.bottom() <= card.bottom() - 22); // the footer below it
}

void TestCardSize::initials_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("initials");
    QTest::addRow("two words") << QStringLiteral("Maria Lopez") << QStringLiteral("ML");
    QTest::addRow("one word") << QStringLiteral("maria") << QStringLiteral("M");
    QTest::addRow("four words") << QStringLiteral("Maria de la Cruz") << QStringLiteral("MC");
    QTest::addRow("spaces") << QStringLiteral("  Ana   Silva  ") << QStringLiteral("AS");
    QTest::addRow("cyrillic") << QStringLiteral("Мария Иванова") << QStringLiteral("МИ");
    QTest::addRow("chinese") << QStringLiteral("王小明") << QStringLiteral("王");
    QTest::addRow("chinese two") << QStringLiteral("王 小明") << QStringLiteral("王小");
    QTest::addRow("quoted") << QStringLiteral("\"Busy\" Parent") << QStringLiteral("BP");
    QTest::addRow("beyond the BMP") << QStringLiteral("𠀋子 Li") << QStringLiteral("𠀋L");
    QTest::addRow("role after a comma")
            << QStringLiteral("Anna, first-time buyer") << QStringLiteral("A");
    QTest::addRow("role in brackets") << QStringLiteral("Ana Silva (CFO)") << QStringLiteral("AS");
    QTest::addRow("role after a dash")
            << QStringLiteral("Marek Nowak – showroom browser") << QStringLiteral("MN");
    QTest::addRow("chinese comma") << QStringLiteral("王小明，首次购买者") << QStringLiteral("王");
    QTest::addRow("hyphenated word") << QStringLiteral("Jean-Luc Picard") << QStringLiteral("JP");
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("only a role") << QStringLiteral(", buyer") << QStringLiteral("B");
}

void TestCardSize::initials()
{
    QFETCH(QString, name);
    QFETCH(QString, initials);
    QCOMPARE(personaInitials(name), initials);
}

QTEST_MAIN(TestCardSize)
#include "tst_cardsize.moc"
