// Find: core's searchCards over a real file of two journeys.

#include "testutil.h"

#include "model/search.h"

#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using namespace waymark::test;

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsAndOrder();
    void wordsAndAccents();
    void nothing();
};

namespace {

QStringList ids(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits)
        out.append(h.journeyId + u'/' + h.stepId);
    return out;
}

} // namespace

void TestSearch::fieldsAndOrder()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("s.cjm"), Template::Sample);
    QVERIFY(doc);
    const Workspace &ws = doc->workspace();

    // Title: "Checks out online" in the current state; the future state renames it.
    QList<SearchHit> hits = searchCards(ws, u"checks out", u"sofa");
    QCOMPARE(ids(hits),
             (QStringList{QStringLiteral("sofa/c08"), QStringLiteral("sofa-future/c08")}));
    QCOMPARE(hits.first().field, SearchField::Title);
    // The journey asked for comes first.
    hits = searchCards(ws, u"checks out", u"sofa-future");
    QCOMPARE(ids(hits),
             (QStringList{QStringLiteral("sofa-future/c08"), QStringLiteral("sofa/c08")}));

    // Description, owner and external key.
    hits = searchCards(ws, u"surprise delivery fee", u"sofa");
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().stepId, QStringLiteral("c10"));
    QCOMPARE(hits.first().field, SearchField::Description);
    hits = searchCards(ws, u"TP-17", u"sofa");
    QCOMPARE(hits.first().stepId, QStringLiteral("c17"));
    QCOMPARE(hits.first().field, SearchField::Key);
    hits = searchCards(ws, u"quality", u"sofa");
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().stepId, QStringLiteral("b04"));

    // Tags, after an edit through the document.
    Journey j = *ws.journey(u"sofa");
    Step *s = j.step(u"c03");
    s->tags = {QStringLiteral("quick-win"), QStringLiteral("Q3")};
    QString error;
    QVERIFY2(doc->updateSteps(j.id, {*s}, &error), qPrintable(error));
    hits = searchCards(doc->workspace(), u"quick-win", u"sofa");
    QCOMPARE(ids(hits), QStringList{QStringLiteral("sofa/c03")});
    QCOMPARE(hits.first().field, SearchField::Tag);
    QCOMPARE(hits.first().excerpt, QStringLiteral("quick-win"));

    // In stage order: awareness cards before consideration ones.
    hits = searchCards(ws, u"e-commerce", u"sofa");
    QVERIFY(hits.size() >= 5);
    QCOMPARE(hits.first().stepId, QStringLiteral("c03"));
}

void TestSearch::wordsAndAccents()
{
    Workspace ws;
    Journey j;
    j.id = QStringLiteral("j");
    j.stages = {{QStringLiteral("a"), QStringLiteral("A"), {}}};
    j.lanes = {{QStringLiteral("l"), QStringLiteral("L"), LaneKind::Customer}};
    Step one;
    one.id = QStringLiteral("s1");
    one.stage = QStringLiteral("a");
    one.lane = QStringLiteral("l");
    one.title = QStringLiteral("Café au comptoir");
    one.owner = QStringLiteral("Retail");
    Step two = one;
    two.id = QStringLiteral("s2");
    two.order = 1;
    two.title = QStringLiteral("Оплата картой");
    two.owner = QStringLiteral("Банк");
    j.steps = {one, two};
    ws.journeys = {j};

    QCOMPARE(ids(searchCards(ws, u"CAFE", u"j")), QStringList{QStringLiteral("j/s1")});
    // Every word, each in any field.
    QCOMPARE(ids(searchCards(ws, u"comptoir retail", u"j")), QStringList{QStringLiteral("j/s1")});
    QVERIFY(searchCards(ws, u"comptoir bank", u"j").isEmpty());
    QCOMPARE(ids(searchCards(ws, u"КАРТОЙ банк", u"j")), QStringList{QStringLiteral("j/s2")});
    // An excerpt of a long description stays short and keeps the match.
    Step three = one;
    three.id = QStringLiteral("s3");
    three.order = 2;
    three.title = QStringLiteral("Long");
    three.description = QString(200, u'x') + QStringLiteral(" needle ") + QString(200, u'y');
    ws.journeys[0].steps.append(three);
    const QList<SearchHit> hits = searchCards(ws, u"needle", u"j");
    QCOMPARE(hits.size(), 1);
    QVERIFY(hits.first().excerpt.contains(QStringLiteral("needle")));
    QVERIFY(hits.first().excerpt.size() <= 82);
}

void TestSearch::nothing()
{
    const Workspace ws = makeTemplate(Template::Sample);
    QVERIFY(searchCards(ws, u"", u"sofa").isEmpty());
    QVERIFY(searchCards(ws, u"   ", u"sofa").isEmpty());
    QVERIFY(searchCards(ws, u"zzzz-no-such-card", u"sofa").isEmpty());
    // An unknown journey: all journeys in file order.
    QVERIFY(!searchCards(ws, u"sofa", u"nope").isEmpty());
}

QTEST_GUILESS_MAIN(TestSearch)

#include "tst_search.moc"
