// The templates of `waymark new` and the sample map: what issue 2 promises a
// workshop can start from, checked on the model and through a real file.

#include "testutil.h"

#include "model/validate.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace waymark;
using namespace waymark::test;

namespace {

QList<LaneKind> laneKinds(const Journey &j)
{
    QList<LaneKind> kinds;
    for (const Lane &l : j.lanes)
        kinds.append(l.kind);
    return kinds;
}

QHash<QString, QStringList> successors(const Journey &j)
{
    QHash<QString, QStringList> out;
    for (const Link &l : j.links)
        out[l.from].append(l.to);
    return out;
}

QStringList entries(const Journey &j)
{
    QStringList ids;
    for (const Step &s : j.steps) {
        if (s.entry)
            ids.append(s.id);
    }
    return ids;
}

QSet<QString> reachable(const Journey &j)
{
    const auto next = successors(j);
    QSet<QString> seen;
    QStringList todo = entries(j);
    while (!todo.isEmpty()) {
        const QString id = todo.takeLast();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        todo.append(next.value(id));
    }
    return seen;
}

// A step that can reach itself again along the links: a loop.
bool hasCycleThrough(const Journey &j, const QString &start)
{
    const auto next = successors(j);
    QSet<QString> seen;
    QStringList todo = next.value(start);
    while (!todo.isEmpty()) {
        const QString id = todo.takeLast();
        if (id == start)
            return true;
        if (seen.contains(id))
            continue;
        seen.insert(id);
        todo.append(next.value(id));
    }
    return false;
}

int handoffLinks(const Journey &j)
{
    int n = 0;
    for (const Link &l : j.links)
        n += l.kind == LinkKind::Handoff ? 1 : 0;
    return n;
}

QString channelOf(const Journey &j, const QString &stepId)
{
    const Step *s = j.step(stepId);
    return s ? s->channel : QString();
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names();
    void journeyTemplate();
    void blueprintTemplate();
    void scenarios_data();
    void scenarios();
    void translated_data();
    void translated();
    void throughAFile_data();
    void throughAFile();
    void sampleValidates();
    void sampleContent();
    void sampleGraph();
    void sampleFutureState();
};

void TestTemplates::names()
{
    QVERIFY(templateFromName(u"journey") == Template::Journey);
    QVERIFY(templateFromName(u"blueprint") == Template::Blueprint);
    QVERIFY(templateFromName(u"sample") == Template::Sample);
    QVERIFY(!templateFromName(u"Sample"));
    QVERIFY(!templateFromName(u""));
    QVERIFY(templateFromName(u"purchase") == Template::Sample);
    QCOMPARE(templateNames(),
             QStringLiteral("journey, blueprint, sample, b2b-onboarding, support-incident, "
                            "cancellation, bank-account, tariff-change"));
    for (Template t : allTemplates()) {
        QVERIFY(templateFromName(templateName(t)) == t);
        QVERIFY(!templateTitle(t).isEmpty());
    }
    QCOMPARE(allTemplates().size(), 8);
}

void TestTemplates::scenarios_data()
{
    QTest::addColumn<int>("which");
    for (Template t : allTemplates()) {
        if (t > Template::Sample)
            QTest::newRow(qPrintable(templateName(t))) << int(t);
    }
}

// Each scenario: one blueprint with all its lanes, a persona, the customer's
// path from an entry to a goal, handoffs down the blueprint, and the pain
// points and ideas such a journey is known for.
void TestTemplates::scenarios()
{
    QFETCH(int, which);
    const Workspace ws = makeTemplate(Template(which));
    QVERIFY(ws.metricDef(u"nps"));
    QCOMPARE(ws.journeys.size(), 1);
    const Journey &j = ws.journeys.first();
    QCOMPARE(j.kind, JourneyKind::Blueprint);
    QVERIFY2(validateJourney(ws, j).isEmpty(), qPrintable(validateJourney(ws, j)));
    QVERIFY(ws.persona(j.persona));
    QVERIFY(!j.scenario.isEmpty());
    QVERIFY(j.stages.size() >= 5);
    const QList<LaneKind> kinds = laneKinds(j);
    for (LaneKind k :
         {LaneKind::Evidence, LaneKind::Customer, LaneKind::Frontstage, LaneKind::Backstage,
          LaneKind::Support, LaneKind::Emotions, LaneKind::PainPoints, LaneKind::Opportunities})
        QVERIFY2(kinds.contains(k), qPrintable(enumName(k)));
    QHash<StepKind, int> perKind;
    QSet<QString> stagesUsed;
    int withEmotion = 0;
    for (const Step &s : j.steps) {
        QVERIFY2(!s.title.isEmpty(), qPrintable(s.id));
        QVERIFY2(j.stage(s.stage) && j.lane(s.lane), qPrintable(s.id));
        ++perKind[s.kind];
        stagesUsed.insert(s.stage);
        withEmotion += s.emotion ? 1 : 0;
    }
    QCOMPARE(stagesUsed.size(), j.stages.size());
    QVERIFY(perKind.value(StepKind::PainPoint) >= 3);
    QVERIFY(perKind.value(StepKind::Opportunity) >= 3);
    QVERIFY(perKind.value(StepKind::Evidence) >= 2);
    QVERIFY(perKind.value(StepKind::Process) >= 5);
    QVERIFY(withEmotion >= 5);
    QVERIFY(handoffLinks(j) >= 2);
    QCOMPARE(entries(j).size(), 1);
    const QSet<QString> reached = reachable(j);
    for (const Step &s : j.steps) {
        if (s.goal)
            QVERIFY2(reached.contains(s.id), qPrintable(s.id));
    }
}

// The names of every template go through the "Templates" (or, for the
// sample, "Sample") translation context.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QByteArray c(context);
        if (c == "Templates" || c == "Sample")
            return QStringLiteral("\u00ab") + QString::fromUtf8(source);
        return {};
    }
    bool isEmpty() const override { return false; }
};

void TestTemplates::translated_data()
{
    QTest::addColumn<int>("which");
    for (Template t : allTemplates())
        QTest::newRow(qPrintable(templateName(t))) << int(t);
}

void TestTemplates::translated()
{
    QFETCH(int, which);
    MarkingTranslator marker;
    QCoreApplication::installTranslator(&marker);
    const Workspace ws = makeTemplate(Template(which));
    const QString title = templateTitle(Template(which));
    QCoreApplication::removeTranslator(&marker);
    const QChar mark(0x00ab);
    QVERIFY2(title.startsWith(mark), qPrintable(title));
    QStringList untranslated;
    auto check = [&](const QString &text) {
        if (!text.isEmpty() && !text.startsWith(mark))
            untranslated.append(text);
    };
    for (const Persona &p : ws.personas) {
        check(p.name);
        check(p.goals);
    }
    for (const Channel &c : ws.channels)
        check(c.name);
    for (const Journey &j : ws.journeys) {
        check(j.name);
        check(j.scenario);
        for (const Stage &s : j.stages)
            check(s.name);
        for (const Lane &l : j.lanes)
            check(l.name);
        for (const Step &s : j.steps) {
            check(s.title);
            check(s.owner);
            check(s.description);
        }
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(" | "))));
}

void TestTemplates::journeyTemplate()
{
    const Workspace ws = makeTemplate(Template::Journey);
    QCOMPARE(ws.journeys.size(), 1);
    const Journey &j = ws.journeys.first();
    QCOMPARE(j.kind, JourneyKind::Journey);
    QCOMPARE(j.state, JourneyState::Current);
    QVERIFY(!j.name.isEmpty());
    QVERIFY(j.stages.size() >= 5);
    for (const Stage &s : j.stages)
        QVERIFY2(!s.name.isEmpty(), qPrintable(s.id));
    QVERIFY(j.steps.isEmpty()); // empty stages
    QVERIFY(j.links.isEmpty());
    QCOMPARE(laneKinds(j),
             (QList<LaneKind>{LaneKind::Customer, LaneKind::Touchpoints, LaneKind::Emotions,
                              LaneKind::Thoughts, LaneKind::PainPoints, LaneKind::Opportunities}));
    QVERIFY(ws.channels.size() >= 5);
    QVERIFY(ws.metricDef(u"nps") && ws.metricDef(u"csat") && ws.metricDef(u"ces"));
    QVERIFY(validateJourney(ws, j).isEmpty());
}

void TestTemplates::blueprintTemplate()
{
    const Workspace ws = makeTemplate(Template::Blueprint);
    QCOMPARE(ws.journeys.size(), 1);
    const Journey &j = ws.journeys.first();
    QCOMPARE(j.kind, JourneyKind::Blueprint);
    QVERIFY(j.steps.isEmpty());
    QVERIFY(j.stages.size() >= 5);
    // Exactly the five blueprint lanes, top to bottom; the three lines
    // (interaction, visibility, internal interaction) fall between them.
    QCOMPARE(laneKinds(j),
             (QList<LaneKind>{LaneKind::Evidence, LaneKind::Customer, LaneKind::Frontstage,
                              LaneKind::Backstage, LaneKind::Support}));
    for (int i = 0; i < j.lanes.size(); ++i)
        QCOMPARE(blueprintRank(j.lanes[i].kind), i + 1);
    QVERIFY(validateJourney(ws, j).isEmpty());
}

void TestTemplates::throughAFile_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("journey") << int(Template::Journey);
    QTest::newRow("blueprint") << int(Template::Blueprint);
    QTest::newRow("sample") << int(Template::Sample);
    QTest::newRow("b2b-onboarding") << int(Template::B2bOnboarding);
    QTest::newRow("tariff-change") << int(Template::TariffChange);
}

void TestTemplates::throughAFile()
{
    QFETCH(int, which);
    const auto t = Template(which);
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("t.cjm"), t);
    QVERIFY(doc);
    QVERIFY2(doc->workspace() == makeTemplate(t), "the document differs from the template");
    const QString path = doc->filePath();
    doc.reset();
    OpenResult reopened = openDocument(path);
    QVERIFY2(reopened.document, qPrintable(reopened.error));
    QVERIFY2(reopened.document->workspace() == makeTemplate(t), "the file differs");
    QString error;
    QVERIFY2(reopened.document->integrityCheck(&error), qPrintable(error));
}

void TestTemplates::sampleValidates()
{
    const Workspace ws = makeTemplate(Template::Sample);
    QCOMPARE(ws.journeys.size(), 2);
    for (const Journey &j : ws.journeys)
        QVERIFY2(validateJourney(ws, j).isEmpty(), qPrintable(validateJourney(ws, j)));
}

void TestTemplates::sampleContent()
{
    const Workspace ws = makeTemplate(Template::Sample);
    const Journey *j = ws.journey(u"sofa");
    QVERIFY(j);
    QCOMPARE(j->state, JourneyState::Current);
    QCOMPARE(j->kind, JourneyKind::Blueprint);
    QVERIFY(ws.personas.size() >= 2);
    QVERIFY(ws.persona(j->persona));
    QVERIFY(!j->scenario.isEmpty());
    QVERIFY(j->stages.size() >= 6);

    // All five blueprint lanes, in their order, and the journey-map lanes.
    const QList<LaneKind> kinds = laneKinds(*j);
    int lastRank = 0;
    for (LaneKind k : kinds) {
        if (const int rank = blueprintRank(k)) {
            QVERIFY2(rank > lastRank, "blueprint lanes out of order");
            lastRank = rank;
        }
    }
    for (LaneKind k : {LaneKind::Evidence, LaneKind::Customer, LaneKind::Frontstage,
                       LaneKind::Backstage, LaneKind::Support, LaneKind::Touchpoints,
                       LaneKind::Emotions, LaneKind::PainPoints, LaneKind::Opportunities})
        QVERIFY2(kinds.contains(k), qPrintable(enumName(k)));

    QVERIFY2(j->steps.size() >= 40, QByteArray::number(j->steps.size()).constData());
    QSet<QString> channels, owners, stagesUsed;
    int moments = 0, withEmotion = 0;
    for (const Step &s : j->steps) {
        QVERIFY2(!s.title.isEmpty(), qPrintable(s.id));
        if (!s.channel.isEmpty())
            channels.insert(s.channel);
        if (!s.owner.isEmpty())
            owners.insert(s.owner);
        stagesUsed.insert(s.stage);
        moments += s.momentOfTruth ? 1 : 0;
        withEmotion += s.emotion ? 1 : 0;
    }
    QVERIFY2(channels.size() >= 5, QByteArray::number(channels.size()).constData());
    QVERIFY(channels.contains(QStringLiteral("web"))
            && channels.contains(QStringLiteral("showroom")));
    QVERIFY(moments >= 2);
    QVERIFY2(owners.size() >= 5, QByteArray::number(owners.size()).constData());
    QCOMPARE(stagesUsed.size(), j->stages.size()); // no empty stage
    QVERIFY(withEmotion >= 10);                    // enough for an emotion curve
    QVERIFY(!entries(*j).isEmpty());

    int withShare = 0;
    for (const Link &l : j->links)
        withShare += l.share ? 1 : 0;
    QVERIFY2(j->links.size() >= 40, QByteArray::number(j->links.size()).constData());
    QVERIFY2(withShare >= 40, QByteArray::number(withShare).constData());
}

void TestTemplates::sampleGraph()
{
    const Workspace ws = makeTemplate(Template::Sample);
    const Journey &j = *ws.journey(u"sofa");
    const auto next = successors(j);

    // A branch: one step from which customers go on online or to the showroom.
    bool branch = false;
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        QSet<QString> to;
        for (const QString &id : it.value())
            to.insert(channelOf(j, id));
        branch = branch
                 || (to.contains(QStringLiteral("web")) && to.contains(QStringLiteral("showroom")));
    }
    QVERIFY2(branch, "no step branches into web and showroom");

    // A loop (calling support again).
    QStringList loops;
    for (const Step &s : j.steps) {
        if (hasCycleThrough(j, s.id))
            loops.append(s.id);
    }
    QVERIFY2(!loops.isEmpty(), "no loop");

    // A drop-out: a customer step reached from an entry, not a goal, with no way on.
    const QSet<QString> reached = reachable(j);
    QStringList dropOuts;
    for (const Step &s : j.steps) {
        const Lane *lane = j.lane(s.lane);
        if (reached.contains(s.id) && !s.goal && next.value(s.id).isEmpty()
            && lane->kind == LaneKind::Customer)
            dropOuts.append(s.id);
    }
    QVERIFY2(!dropOuts.isEmpty(), "no drop-out");
    // Every goal can be reached.
    for (const Step &s : j.steps) {
        if (s.goal)
            QVERIFY2(reached.contains(s.id), qPrintable(s.id));
    }

    // Shares are transition probabilities: what leaves a step is at most 100%.
    for (const Journey &journey : ws.journeys) {
        QHash<QString, double> out;
        for (const Link &l : journey.links)
            out[l.from] += l.share.value_or(0);
        for (auto it = out.cbegin(); it != out.cend(); ++it)
            QVERIFY2(it.value() <= 1.0 + 1e-9, qPrintable(journey.id + u'/' + it.key()));
    }
}

void TestTemplates::sampleFutureState()
{
    const Workspace ws = makeTemplate(Template::Sample);
    const Journey *current = ws.journey(u"sofa");
    const Journey *future = ws.journey(u"sofa-future");
    QVERIFY(current && future);
    QCOMPARE(future->state, JourneyState::Future);
    QCOMPARE(future->persona, current->persona);
    QCOMPARE(future->stages, current->stages);
    QVERIFY(future->name != current->name);
    QVERIFY2(handoffLinks(*future) < handoffLinks(*current),
             qPrintable(QStringLiteral("%1 vs %2")
                                .arg(handoffLinks(*future))
                                .arg(handoffLinks(*current))));
    QVERIFY(future->steps.size() >= 30);
}

QTEST_GUILESS_MAIN(TestTemplates)

#include "tst_templates.moc"
