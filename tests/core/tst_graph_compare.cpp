// The bundled sample read as a CX person would, the current/future
// comparison, the analysis JSON contract (DESIGN.md §7) and the text reports.

#include "formats/analysisjson.h"
#include "formats/analysisreport.h"
#include "graph/analysis.h"
#include "graph/compare.h"
#include "model/workspace.h"
#include "templates/templates.h"
#include "tst_graph_builder.h"
#include "json/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace waymark;
using namespace waymark::test;

class TestGraphCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleCurrentState();
    void sampleFutureState();
    void matching();
    void duplicateKeysFallBackToTitles();
    void analysisJsonContract();
    void analysisJsonWithoutEntries();
    void comparisonJsonContract();
    void reports();

private:
    Workspace m_sample;
};

namespace {

// The keys of a JSON object in the order they were written.
QStringList keyOrder(const QByteArray &objectJson)
{
    QStringList keys;
    int depth = 0;
    bool inString = false;
    int start = -1;
    for (int i = 0; i < objectJson.size(); ++i) {
        const char c = objectJson[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
                int k = i + 1;
                while (k < objectJson.size() && objectJson[k] == ' ')
                    ++k;
                if (depth == 1 && k < objectJson.size() && objectJson[k] == ':')
                    keys.append(QString::fromUtf8(objectJson.mid(start, i - start)));
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            start = i + 1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return keys;
}

// The first object that starts after `key` in `text`, braces balanced.
QByteArray objectAfter(const QByteArray &text, const char *key)
{
    const qsizetype begin = text.indexOf('{', text.indexOf(key));
    int depth = 0;
    bool inString = false;
    for (qsizetype i = begin; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{') {
            ++depth;
        } else if (c == '}' && --depth == 0) {
            return text.mid(begin, i - begin + 1);
        }
    }
    return {};
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

void TestGraphCompare::initTestCase()
{
    m_sample = makeTemplate(Template::Sample);
    QCOMPARE(m_sample.journeys.size(), 2);
}

void TestGraphCompare::sampleCurrentState()
{
    const Journey &j = m_sample.journeys[0];
    QCOMPARE(j.id, QStringLiteral("sofa"));
    const JourneyAnalysis a = analyzeJourney(j, m_sample.metricDefs);
    QCOMPARE(a.entries, ids(QStringLiteral("c01,c02")));
    QCOMPARE(a.goals, ids(QStringLiteral("c18,c22")));
    QVERIFY(a.unreachable.isEmpty());
    QCOMPARE(a.deadEnds, ids(QStringLiteral("c10")));              // the abandoned checkout
    QCOMPARE(a.cycles, groups(QStringLiteral("c19,f04,b04,c20"))); // the support loop
    QCOMPARE(a.mustPass, ids(QStringLiteral("b02,c11,b03,c12,c14")));
    // Systems behind dependency links and annotation cards are not steps customers take.
    for (const char *id : {"x01", "x04", "e01", "p01", "o04"})
        QVERIFY2(a.outside.contains(QLatin1String(id)), id);
    QVERIFY(!a.outside.contains(QStringLiteral("t01")));
    QVERIFY(a.pathCount > 20);
    QVERIFY(a.pathsTruncated);
    QCOMPARE(a.paths.size(), 20);
    for (const JourneyPath &p : a.paths) {
        QVERIFY(a.entries.contains(p.steps.first()));
        QVERIFY(a.goals.contains(p.steps.last()));
        QVERIFY(p.handoffs > 0);
    }
    QVERIFY(a.paths[0].share >= a.paths[1].share);
    QVERIFY(a.goalShare.value_or(0) > 0.2 && a.goalShare.value_or(1) < 0.8);
    // Everyone who starts arrives or is lost somewhere; the dead end loses customers.
    double lost = 0;
    for (const StepFlow &f : a.flow) {
        lost += f.lost;
        if (f.step == u"c10") {
            QCOMPARE(f.dropOff, 1.0);
            QVERIFY(f.lost > 0.05);
        }
    }
    QVERIFY(qFuzzyCompare(lost + *a.goalShare, 1.0));
    QVERIFY(a.handoffs > 10);
}

void TestGraphCompare::sampleFutureState()
{
    const Journey &current = m_sample.journeys[0];
    const Journey &future = m_sample.journeys[1];
    QCOMPARE(future.id, QStringLiteral("sofa-future"));
    const JourneyAnalysis after = analyzeJourney(future, m_sample.metricDefs);
    QVERIFY(after.cycles.isEmpty()); // no more calling again

    const JourneyComparison c = compareJourneys(current, future, m_sample.metricDefs);
    QVERIFY(!c.cancelled);
    QVERIFY(c.future.handoffs < c.current.handoffs);
    QVERIFY(*c.future.goalShare > *c.current.goalShare);
    QCOMPARE(c.future.goalShare, after.goalShare);
    QVERIFY(c.future.typicalPath->handoffs < c.current.typicalPath->handoffs);
    QCOMPARE(c.removed, ids(QStringLiteral("c20,b01,b03,p01,p02,p03,p04")));
    QVERIFY(c.added.isEmpty());
    QStringList changed;
    for (const StepChange &s : c.changed)
        changed.append(s.current);
    QCOMPARE(changed, ids(QStringLiteral("c05,c08,c11,c14,f04,b04")));
    QCOMPARE(c.changed[0].fields, ids(QStringLiteral("title,emotion,links")));
    QCOMPARE(c.changed[1].fields, ids(QStringLiteral("title,links"))); // checkout shares
    QCOMPARE(c.unchanged + c.changed.size() + c.removed.size(), current.steps.size());
}

void TestGraphCompare::matching()
{
    Journey before = graphJourney(QStringLiteral("a>b b>c c>d"), QStringLiteral("now"));
    before.step(u"a")->key = QStringLiteral("K1");
    before.step(u"a")->title = QStringLiteral("Sees the ad");
    before.step(u"b")->title = QStringLiteral("Browses  the site");
    before.step(u"c")->key = QStringLiteral("K3");
    Journey after = graphJourney(QStringLiteral("x>y y>z z>n"), QStringLiteral("next"));
    after.step(u"x")->key = QStringLiteral("K1");
    after.step(u"x")->title = QStringLiteral("Sees a better ad");
    after.step(u"y")->title = QStringLiteral("browses the site");
    after.step(u"z")->key = QStringLiteral("K3");
    after.step(u"z")->title = QStringLiteral("Step c");
    after.step(u"z")->owner = QStringLiteral("Sales");

    const JourneyComparison c = compareJourneys(before, after, {});
    QCOMPARE(c.added, ids(QStringLiteral("n")));
    QCOMPARE(c.removed, ids(QStringLiteral("d")));
    QCOMPARE(c.changed.size(), 3);
    QCOMPARE(c.changed[0].current, QStringLiteral("a"));
    QCOMPARE(c.changed[0].future, QStringLiteral("x"));
    QCOMPARE(c.changed[0].fields, ids(QStringLiteral("title")));
    // Matched by title regardless of case and spaces; the new spelling is a change.
    QCOMPARE(c.changed[1].current, QStringLiteral("b"));
    QCOMPARE(c.changed[1].future, QStringLiteral("y"));
    QCOMPARE(c.changed[1].fields, ids(QStringLiteral("title")));
    QCOMPARE(c.changed[2].current, QStringLiteral("c"));
    QCOMPARE(c.changed[2].future, QStringLiteral("z"));
    QCOMPARE(c.changed[2].fields, ids(QStringLiteral("owner,links"))); // c>d became z>n
    QCOMPARE(c.unchanged, 0);
    QCOMPARE(c.current.id, QStringLiteral("now"));
    QCOMPARE(c.future.steps, 4);
}

void TestGraphCompare::duplicateKeysFallBackToTitles()
{
    Journey before = graphJourney(QStringLiteral("!a !b"));
    before.step(u"a")->key = QStringLiteral("K");
    before.step(u"b")->key = QStringLiteral("K");
    Journey after = graphJourney(QStringLiteral("!b !a"));
    after.step(u"a")->key = QStringLiteral("K");
    after.step(u"b")->key = QStringLiteral("K");
    const JourneyComparison c = compareJourneys(before, after, {});
    QVERIFY(c.changed.isEmpty());
    QCOMPARE(c.unchanged, 2);
}

void TestGraphCompare::analysisJsonContract()
{
    const JourneyAnalysis a = analyzeJourney(m_sample.journeys[0], m_sample.metricDefs);
    const QByteArray text = analysisDocumentJson({a});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc.object().keys(), QStringList{QStringLiteral("journeys")});
    const QJsonObject j = doc.object()[u"journeys"].toArray().first().toObject();

    // The documented keys, in the documented order, and nothing else.
    const QByteArray journeyText = analysisJson(a).toJson();
    QCOMPARE(keyOrder(journeyText),
             ids(QStringLiteral("id,entries,goals,unreachable,deadEnds,cycles,paths,pathCount,"
                                "pathsTruncated,goalShare,mustPass,centrality")));
    QCOMPARE(j[u"id"].toString(), QStringLiteral("sofa"));
    QCOMPARE(strings(j[u"entries"]), a.entries);
    QCOMPARE(strings(j[u"deadEnds"]), ids(QStringLiteral("c10")));
    QVERIFY(j[u"unreachable"].isArray());
    QCOMPARE(strings(j[u"cycles"].toArray().first()), a.cycles.first());
    QCOMPARE(j[u"pathCount"].toInteger(), a.pathCount);
    QCOMPARE(j[u"pathsTruncated"].toBool(), true);
    QVERIFY(j[u"goalShare"].isDouble());
    QVERIFY(std::fabs(j[u"goalShare"].toDouble() - *a.goalShare) < 1e-6);
    QCOMPARE(strings(j[u"mustPass"]), a.mustPass);

    const QJsonArray paths = j[u"paths"].toArray();
    QCOMPARE(paths.size(), a.paths.size());
    const QJsonObject first = paths.first().toObject();
    QCOMPARE(keyOrder(objectAfter(journeyText, "\"paths\"")),
             ids(QStringLiteral("steps,share,handoffs,channelSwitches")));
    QCOMPARE(strings(first[u"steps"]), a.paths.first().steps);
    QCOMPARE(first[u"handoffs"].toInt(), a.paths.first().handoffs);
    QCOMPARE(first[u"channelSwitches"].toInt(), a.paths.first().channelSwitches);
    // Six decimals.
    const double share = first[u"share"].toDouble();
    QCOMPARE(share, std::round(a.paths.first().share * 1e6) / 1e6);

    const QJsonObject centrality = j[u"centrality"].toObject();
    QCOMPARE(centrality.size(), a.flow.size());
    for (auto it = centrality.begin(); it != centrality.end(); ++it) {
        QVERIFY(it->isDouble());
        QVERIFY(it->toDouble() >= 0 && it->toDouble() <= 1);
    }
    QVERIFY(centrality[u"b02"].toDouble() > centrality[u"c03"].toDouble());
}

void TestGraphCompare::analysisJsonWithoutEntries()
{
    const JourneyAnalysis a = analyzeJourney(graphJourney(QStringLiteral("a>b b>a")), {});
    const QJsonObject j = QJsonDocument::fromJson(analysisJson(a).toJson()).object();
    QVERIFY(j[u"goalShare"].isNull());
    QCOMPARE(j[u"pathCount"].toInt(), 0);
    QCOMPARE(j[u"pathsTruncated"].toBool(), false);
    QCOMPARE(j[u"unreachable"].toArray().size(), 2);
}

void TestGraphCompare::comparisonJsonContract()
{
    const JourneyComparison c
            = compareJourneys(m_sample.journeys[0], m_sample.journeys[1], m_sample.metricDefs);
    const QByteArray text = comparisonJson(c).toJson();
    QCOMPARE(keyOrder(text), ids(QStringLiteral("current,future,added,removed,changed,unchanged")));
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    const QJsonObject current = o[u"current"].toObject();
    QCOMPARE(keyOrder(objectAfter(text, "\"current\"")),
             ids(QStringLiteral("id,name,steps,handoffs,channelSwitches,goalShare,typicalPath")));
    QCOMPARE(current[u"id"].toString(), QStringLiteral("sofa"));
    QCOMPARE(current[u"handoffs"].toInt(), c.current.handoffs);
    QCOMPARE(o[u"future"].toObject()[u"typicalPath"].toObject()[u"steps"].toArray().size(),
             c.future.typicalPath->steps.size());
    QCOMPARE(strings(o[u"removed"]), c.removed);
    const QJsonObject changed = o[u"changed"].toArray().first().toObject();
    QCOMPARE(changed[u"current"].toString(), QStringLiteral("c05"));
    QCOMPARE(strings(changed[u"fields"]), c.changed.first().fields);
    QCOMPARE(o[u"unchanged"].toInt(), c.unchanged);
}

void TestGraphCompare::reports()
{
    const Journey &j = m_sample.journeys[0];
    const QString text = analysisReport(j, analyzeJourney(j, m_sample.metricDefs));
    QVERIFY(text.startsWith(j.name));
    QVERIFY(text.contains(QStringLiteral("Dead ends (customers get stuck): c10 \"Abandons the "
                                         "checkout\"")));
    QVERIFY(text.contains(QStringLiteral("c19 \u2192 f04 \u2192 b04 \u2192 c20 \u2192 c19")));
    QVERIFY(text.contains(QStringLiteral("Entries: c01 \"Sees a sofa ad on Instagram\"")));
    QVERIFY(!text.contains(QStringLiteral("x01")));

    const JourneyComparison c = compareJourneys(j, m_sample.journeys[1], m_sample.metricDefs);
    const QString compared = comparisonReport(j, m_sample.journeys[1], c);
    QVERIFY(compared.contains(QStringLiteral("Removed: c20 \"Calls again: no callback\"")));
    QVERIFY(compared.contains(QStringLiteral("Handoffs")));
    QVERIFY(compared.contains(QStringLiteral("c05 \"Previews fabrics in AR at home\": title, "
                                             "emotion, links")));
}

QTEST_GUILESS_MAIN(TestGraphCompare)
#include "tst_graph_compare.moc"
