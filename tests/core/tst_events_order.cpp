// The order variants are listed and stored in (most cases first, ties in map
// order of their steps): PathSummary::listingOrder() sorts on a packed key of
// the first four steps and must give exactly the order listedBefore() defines,
// for paths that share their first steps, paths that begin others, empty
// paths and journeys too large for the key.

#include "events/eventlog.h"
#include "model/journey.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace waymark;
using namespace waymark::events;

namespace {

// Distinct random paths over `alphabet` steps, of 0..8 steps, most of them
// seen once (as in a large log), a few often.
PathSummary randomPaths(quint32 seed, int stepCount, int alphabet, int variants)
{
    QRandomGenerator random(seed);
    PathSummary paths;
    paths.stepCount = stepCount;
    QSet<QList<int32_t>> seen;
    while (int(paths.variantCount()) < variants) {
        QList<int32_t> path;
        const int n = int(random.bounded(9));
        for (int i = 0; i < n; ++i) {
            // Mostly the same first steps, so that the key often ties.
            const int top = i < 3 ? 2 : alphabet;
            path.append(int32_t(stepCount - 1 - int(random.bounded(top))));
        }
        if (seen.contains(path))
            continue;
        seen.insert(path);
        const qint64 cases = random.bounded(4) == 0 ? 1 + random.bounded(3) : 1;
        paths.addVariant(path.data(), size_t(path.size()), cases);
    }
    return paths;
}

std::vector<uint32_t> byListedBefore(const PathSummary &paths)
{
    std::vector<uint32_t> order(paths.variantCount());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](uint32_t x, uint32_t y) { return paths.listedBefore(x, y); });
    return order;
}

} // namespace

class TestEventsOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsListedBefore_data();
    void sameAsListedBefore();
    void storedBytesFollowTheOrder();
};

void TestEventsOrder::sameAsListedBefore_data()
{
    QTest::addColumn<int>("stepCount");
    QTest::addColumn<int>("alphabet");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("small journey") << 5 << 5 << 1u;
    QTest::newRow("200 steps") << 200 << 40 << 2u;
    QTest::newRow("largest packed") << 0xFFFE << 6 << 3u;
    QTest::newRow("too many steps for the key") << 70000 << 6 << 4u;
}

void TestEventsOrder::sameAsListedBefore()
{
    QFETCH(int, stepCount);
    QFETCH(int, alphabet);
    QFETCH(quint32, seed);
    const PathSummary paths = randomPaths(seed, stepCount, alphabet, 3000);
    const std::vector<uint32_t> expected = byListedBefore(paths);
    const std::vector<uint32_t> order = paths.listingOrder();
    QCOMPARE(order.size(), expected.size());
    // Variants are distinct, so the order is total: equal element by element.
    for (size_t k = 0; k < order.size(); ++k)
        QVERIFY2(order[k] == expected[k], qPrintable(QStringLiteral("place %1").arg(k)));
}

void TestEventsOrder::storedBytesFollowTheOrder()
{
    Journey journey;
    for (int i = 0; i < 5; ++i) {
        Step s;
        s.id = QStringLiteral("s%1").arg(i);
        journey.steps.append(s);
    }
    const PathSummary paths = randomPaths(7, 5, 5, 400);
    // Whichever order the variants were found in, the same bytes.
    PathSummary reversed;
    reversed.stepCount = paths.stepCount;
    for (size_t v = paths.variantCount(); v-- > 0;) {
        reversed.addVariant(paths.arena.data() + paths.begin[v],
                            paths.begin[v + 1] - paths.begin[v], paths.variantCases[v]);
    }
    const ObservedPaths a = storePaths(journey, paths);
    const ObservedPaths b = storePaths(journey, reversed);
    QCOMPARE(a.data, b.data);
    QVERIFY(!a.data.isEmpty());
    // Read back (an empty path is not kept): the most frequent variant first.
    PathSummary back;
    QVERIFY(loadPaths(a, journey, &back));
    size_t nonEmpty = 0;
    for (size_t v = 0; v < paths.variantCount(); ++v)
        nonEmpty += paths.begin[v + 1] > paths.begin[v] ? 1 : 0;
    QCOMPARE(back.variantCount(), nonEmpty);
    for (size_t v = 1; v < back.variantCount(); ++v)
        QVERIFY(!back.listedBefore(uint32_t(v), uint32_t(v - 1)));
}

QTEST_GUILESS_MAIN(TestEventsOrder)
#include "tst_events_order.moc"
