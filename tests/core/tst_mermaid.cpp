// Mermaid `journey` diagrams: reading the official syntax (sections, scores,
// actors, comments, accessibility texts), the errors and warnings, the
// journey made from a diagram, the export with its escapes, round trips,
// and random input that must never crash the reader.

#include "testutil.h"

#include "formats/mermaidexport.h"
#include "formats/mermaidimport.h"
#include "model/validate.h"
#include "templates/templates.h"

#include <QRandomGenerator>
#include <QTest>

using namespace waymark;
using namespace waymark::test;

namespace {

QByteArray mermaidFile(const char *name)
{
    return readFile(dataPath(QStringLiteral("mermaid/") + QString::fromLatin1(name)));
}

struct Parsed
{
    bool ok = false;
    MermaidJourney diagram;
    QStringList warnings;
    QString error;
};

Parsed parse(const QByteArray &text)
{
    Parsed p;
    p.ok = parseMermaidJourney(text, &p.diagram, &p.warnings, &p.error);
    return p;
}

// "Section: task=score[actor,actor]; ..." for compact comparisons.
QString summary(const MermaidJourney &d)
{
    QStringList sections;
    for (const auto &s : d.sections) {
        QStringList tasks;
        for (const auto &t : s.tasks)
            tasks.append(
                    QStringLiteral("%1=%2[%3]").arg(t.name).arg(t.score).arg(t.actors.join(u',')));
        sections.append(s.name + QStringLiteral(": ") + tasks.join(QStringLiteral("; ")));
    }
    return sections.join(QStringLiteral(" | "));
}

} // namespace

class TestMermaid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officialExample();
    void everyFeature();
    void scores_data();
    void scores();
    void errors_data();
    void errors();
    void toWorkspace();
    void exportSample();
    void exportEscapes_data();
    void exportEscapes();
    void roundTrip_data();
    void roundTrip();
    void randomInputNeverCrashes();
};

void TestMermaid::officialExample()
{
    const Parsed p = parse(mermaidFile("working-day.mmd"));
    QVERIFY2(p.ok, qPrintable(p.error));
    QVERIFY(p.warnings.isEmpty());
    QCOMPARE(p.diagram.title, QStringLiteral("My working day"));
    QCOMPARE(summary(p.diagram),
             QStringLiteral("Go to work: Make tea=5[Me]; Go upstairs=3[Me]; Do work=1[Me,Cat] | "
                            "Go home: Go downstairs=5[Me]; Sit down=5[Me]"));
}

void TestMermaid::everyFeature()
{
    const Parsed p = parse(mermaidFile("onboarding.mmd"));
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.diagram.title, QStringLiteral("Customer onboarding"));
    QCOMPARE(p.diagram.accTitle, QStringLiteral("Onboarding of a new customer"));
    QCOMPARE(p.diagram.accDescr, QStringLiteral("From the first visit\nto the first order."));
    QCOMPARE(summary(p.diagram),
             QStringLiteral("Discover: Sees an ad=4[Customer,Marketing]; Reads reviews=3[Customer] "
                            "| Sign up: Creates an account=2[Customer,Support,Sales]; "
                            "Verifies the e-mail=0[Customer] | Первый заказ: Оформляет "
                            "заказ=5[Customer]; 下单付款=4[Customer,客服]"));
    QCOMPARE(p.warnings.size(), 2); // 9 clamped, 3.6 rounded (0 is in range)
    QVERIFY(p.warnings[0].startsWith(QStringLiteral("line 20:")));
    QVERIFY(p.warnings[1].startsWith(QStringLiteral("line 21:")));

    // Windows line ends, a byte order mark, a Markdown fence, tasks before
    // any section and the front matter's title.
    const QByteArray text = "\xEF\xBB\xBF---\r\ntitle: \"From front matter\"\r\n---\r\n```mermaid"
                            "\r\njourney\r\n  Early task: 2: Me\r\n  section Later\r\n  Late: 4"
                            "\r\n```\r\nnot part of the diagram\r\n";
    const Parsed q = parse(text);
    QVERIFY2(q.ok, qPrintable(q.error));
    QCOMPARE(q.diagram.title, QStringLiteral("From front matter"));
    QCOMPARE(summary(q.diagram), QStringLiteral(": Early task=2[Me] | Later: Late=4[]"));
}

void TestMermaid::scores_data()
{
    QTest::addColumn<QByteArray>("score");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("warned");
    QTest::addRow("1") << QByteArray("1") << 1 << false;
    QTest::addRow("5") << QByteArray(" 5 ") << 5 << false;
    QTest::addRow("0 kept") << QByteArray("0") << 0 << false; // in Mermaid's range
    QTest::addRow("7 clamped") << QByteArray("7") << 5 << true;
    QTest::addRow("-3 clamped") << QByteArray("-3") << 0 << true;
    QTest::addRow("2.5 rounded") << QByteArray("2.5") << 3 << true;
    QTest::addRow("1e1 clamped") << QByteArray("1e1") << 5 << true;
}

void TestMermaid::scores()
{
    QFETCH(QByteArray, score);
    QFETCH(int, expected);
    QFETCH(bool, warned);
    const Parsed p = parse("journey\nsection S\n  Task: " + score + ": Me\n");
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.diagram.sections.first().tasks.first().score, expected);
    QCOMPARE(!p.warnings.isEmpty(), warned);
    if (warned)
        QVERIFY(p.warnings.first().startsWith(QStringLiteral("line 3:")));
}

void TestMermaid::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("start"); // what the error starts with
    QTest::addRow("empty") << QByteArray("") << QStringLiteral("not a Mermaid journey");
    QTest::addRow("comments only") << QByteArray("%% hello\n") << QStringLiteral("not a Mermaid");
    QTest::addRow("flowchart") << QByteArray("flowchart LR\n  A --> B\n")
                               << QStringLiteral("line 1: this is a Mermaid \"flowchart\"");
    QTest::addRow("no score") << QByteArray("journey\n  Make tea: : Me\n")
                              << QStringLiteral("line 2: the task has no score");
    QTest::addRow("word score") << QByteArray("journey\nsection A\n  Tea: high: Me\n")
                                << QStringLiteral("line 3: the score \"high\"");
    QTest::addRow("no colon") << QByteArray("journey\n  Make tea\n")
                              << QStringLiteral("line 2: \"Make tea\" is not a task");
    QTest::addRow("semicolon") << QByteArray("journey\n  Tea: 5: Me; Cat\n")
                               << QStringLiteral("line 2: ';'");
    QTest::addRow("section colon")
            << QByteArray("journey\nsection A: B\n") << QStringLiteral("line 2: a section name");
    QTest::addRow("section without name")
            << QByteArray("journey\nsection\n") << QStringLiteral("line 2: a section needs a name");
    QTest::addRow("task without name")
            << QByteArray("journey\n  : 5: Me\n") << QStringLiteral("line 2: a task needs a name");
    QTest::addRow("journey twice")
            << QByteArray("journey\njourney\n") << QStringLiteral("line 2: \"journey\"");
    QTest::addRow("open accDescr") << QByteArray("journey\naccDescr {\n text\n")
                                   << QStringLiteral("line 2: \"accDescr {\"");
    QTest::addRow("open front matter")
            << QByteArray("---\ntitle: x\njourney\n") << QStringLiteral("line 1: the front matter");
    QTest::addRow("not UTF-8") << QByteArray("journey\n  T\xff\xfe: 5\n")
                               << QStringLiteral("the file is not UTF-8");
}

void TestMermaid::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, start);
    MermaidJourney untouched;
    untouched.title = QStringLiteral("before");
    QStringList warnings;
    QString error;
    QVERIFY(!parseMermaidJourney(text, &untouched, &warnings, &error));
    QVERIFY2(error.startsWith(start), qPrintable(error));
    QCOMPARE(untouched.title, QStringLiteral("before"));
}

void TestMermaid::toWorkspace()
{
    const Parsed p = parse(mermaidFile("onboarding.mmd"));
    QVERIFY(p.ok);
    const Workspace ws = mermaidToWorkspace(p.diagram, QStringLiteral("fallback"));
    QCOMPARE(ws.journeys.size(), 1);
    const Journey &j = ws.journeys.first();
    QCOMPARE(validateJourney(ws, j), QString());
    QCOMPARE(j.name, QStringLiteral("Customer onboarding"));
    QCOMPARE(j.description, QStringLiteral("From the first visit\nto the first order."));
    QCOMPARE(j.stages.size(), 3);
    QCOMPARE(j.stages[2].name, QStringLiteral("Первый заказ"));
    QCOMPARE(j.lanes.size(), 2);
    QCOMPARE(j.lanes[0].kind, LaneKind::Customer);
    QCOMPARE(j.lanes[1].kind, LaneKind::Emotions);
    QCOMPARE(j.steps.size(), 6);
    // The actor on most tasks is the persona; a task's actors, in order,
    // are its step's owner.
    QCOMPARE(ws.personas.size(), 1);
    QCOMPARE(ws.personas.first().name, QStringLiteral("Customer"));
    QCOMPARE(j.persona, ws.personas.first().id);
    QCOMPARE(j.steps[0].owner, QStringLiteral("Customer, Marketing"));
    QCOMPARE(j.steps[1].owner, QStringLiteral("Customer"));
    QCOMPARE(j.steps[2].owner, QStringLiteral("Customer, Support, Sales"));
    QCOMPARE(j.steps[5].owner, QStringLiteral("Customer, 客服"));
    QCOMPARE(j.scenario, QStringLiteral("Onboarding of a new customer")); // accTitle
    // emotion = score - 3
    QCOMPARE(j.steps[0].emotion, std::optional<int>(1));
    QCOMPARE(j.steps[3].emotion, std::optional<int>(-2));
    QCOMPARE(j.steps[4].emotion, std::optional<int>(2));
    QCOMPARE(j.steps[2].stage, j.stages[1].id);
    QCOMPARE(j.steps[3].order, 1);
    // The tasks in order, joined by flow links.
    QCOMPARE(j.links.size(), 5);
    QCOMPARE(j.links[0].from, j.steps[0].id);
    QCOMPARE(j.links[4].to, j.steps[5].id);

    // No title: accTitle, else the fallback name.
    MermaidJourney bare;
    QCOMPARE(mermaidToWorkspace(bare, QStringLiteral("file name")).journeys.first().name,
             QStringLiteral("file name"));
    bare.accTitle = QStringLiteral("Accessible");
    QCOMPARE(mermaidToWorkspace(bare, QStringLiteral("file name")).journeys.first().name,
             QStringLiteral("Accessible"));
}

void TestMermaid::exportSample()
{
    const Workspace ws = makeTemplate(Template::Sample);
    const Journey &j = ws.journeys.first();
    QStringList warnings;
    const QByteArray text = exportMermaid(ws, j, &warnings);
    QVERIFY(text.startsWith("journey\n"));
    const Parsed p = parse(text);
    QVERIFY2(p.ok, qPrintable(p.error + QStringLiteral("\n") + QString::fromUtf8(text)));
    QCOMPARE(p.diagram.title, j.name);
    QCOMPARE(p.diagram.sections.size(), j.stages.size());
    int tasks = 0;
    for (int s = 0; s < j.stages.size(); ++s) {
        QCOMPARE(p.diagram.sections[s].name, j.stages[s].name);
        for (const auto &t : p.diagram.sections[s].tasks) {
            ++tasks;
            const auto step = std::find_if(j.steps.begin(), j.steps.end(), [&](const Step &x) {
                return mermaidSafe(x.title, MermaidPlace::Task) == t.name
                       && x.stage == j.stages[s].id;
            });
            QVERIFY2(step != j.steps.end(), qPrintable(t.name));
            QCOMPARE(t.score, step->emotion ? *step->emotion + 3 : 3);
            // Staff lanes are done by their owner; the others by the persona.
            const Lane *lane = j.lane(step->lane);
            const bool staff = lane->kind == LaneKind::Frontstage
                               || lane->kind == LaneKind::Backstage
                               || lane->kind == LaneKind::Support;
            if (!staff)
                QVERIFY(t.actors.first().startsWith(QStringLiteral("Anna")));
            for (const QString &owner : step->owner.split(QStringLiteral(", "), Qt::SkipEmptyParts))
                QVERIFY(t.actors.contains(owner));
        }
    }
    QCOMPARE(tasks, j.steps.size());
    // The persona's name has a comma, which an actor cannot hold.
    QVERIFY(!warnings.isEmpty());
    QVERIFY(warnings.first().contains(QStringLiteral("','")));
}

void TestMermaid::exportEscapes_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("written");
    QTest::addRow("colon") << QStringLiteral("Step 1: pay") << QStringLiteral("Step 1∶ pay");
    QTest::addRow("hash") << QStringLiteral("Order #42") << QStringLiteral("Order ＃42");
    QTest::addRow("semicolon") << QStringLiteral("Pay; wait") << QStringLiteral("Pay； wait");
    QTest::addRow("comment") << QStringLiteral("50%% off") << QStringLiteral("50% % off");
    QTest::addRow("line break") << QStringLiteral("Two\nlines") << QStringLiteral("Two lines");
    QTest::addRow("keyword") << QStringLiteral("section meeting")
                             << QStringLiteral("section meeting");
    QTest::addRow("journey keyword")
            << QStringLiteral("Journey home") << QStringLiteral("Journey home");
}

void TestMermaid::exportEscapes()
{
    QFETCH(QString, title);
    QFETCH(QString, written);
    Workspace ws = makeTemplate(Template::Sample);
    Journey j = ws.journeys.first();
    j.steps.first().title = title;
    QStringList warnings;
    const QByteArray text = exportMermaid(ws, j, &warnings);
    const QString needle = QStringLiteral("step \"%1\"").arg(j.steps.first().id);
    QVERIFY2(std::any_of(warnings.begin(), warnings.end(),
                         [&](const QString &w) { return w.startsWith(needle); }),
             qPrintable(warnings.join(u'\n')));
    const Parsed p = parse(text);
    QVERIFY2(p.ok, qPrintable(p.error));
    QStringList names;
    for (const auto &s : p.diagram.sections) {
        for (const auto &t : s.tasks)
            names.append(t.name);
    }
    QVERIFY2(names.contains(written), qPrintable(names.join(u'|')));
}

void TestMermaid::roundTrip_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("working day") << mermaidFile("working-day.mmd");
    QTest::addRow("onboarding") << mermaidFile("onboarding.mmd");
    QTest::addRow("actors") << mermaidFile("actors.mmd");
    QTest::addRow("indented front matter") << mermaidFile("indented-frontmatter.mmd");
}

void TestMermaid::roundTrip()
{
    // Mermaid → journey → Mermaid → journey: the same diagram both times.
    QFETCH(QByteArray, text);
    const Parsed first = parse(text);
    QVERIFY(first.ok);
    const Workspace ws = mermaidToWorkspace(first.diagram, QStringLiteral("x"));
    QStringList warnings;
    const QByteArray again = exportMermaid(ws, ws.journeys.first(), &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    const Parsed second = parse(again);
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.diagram.title, first.diagram.title);
    QCOMPARE(second.diagram.accTitle, first.diagram.accTitle);
    QCOMPARE(second.diagram.accDescr, first.diagram.accDescr);
    // Score 0 is drawn as the lowest emotion, as 1 is, and written back as 0.
    QCOMPARE(summary(second.diagram), summary(first.diagram));
    const Workspace ws2 = mermaidToWorkspace(second.diagram, QStringLiteral("x"));
    QCOMPARE(ws2.journeys.first().steps, ws.journeys.first().steps);
    QCOMPARE(ws2.personas, ws.personas);
}

void TestMermaid::randomInputNeverCrashes()
{
    // Random bytes, and the official example with random bytes changed:
    // every outcome is a diagram or an error, never a crash or a silence.
    QRandomGenerator rng(2026);
    const QByteArray seed = mermaidFile("onboarding.mmd");
    const QByteArray alphabet
            = "journey section title accDescr{}:;#%,\n -0123456789.\xd0\x96\xe4\xb8";
    for (int i = 0; i < 3000; ++i) {
        QByteArray input;
        if (i % 2) {
            input = seed;
            for (int k = 0; k < 1 + i % 8; ++k)
                input[rng.bounded(int(input.size()))] = alphabet[rng.bounded(int(alphabet.size()))];
        } else {
            const int n = rng.bounded(200);
            for (int k = 0; k < n; ++k)
                input.append(i % 4 ? alphabet[rng.bounded(int(alphabet.size()))]
                                   : char(rng.bounded(256)));
        }
        MermaidJourney d;
        QStringList warnings;
        QString error;
        const bool ok = parseMermaidJourney(input, &d, &warnings, &error);
        QVERIFY(ok || !error.isEmpty());
        if (ok) {
            const Workspace ws = mermaidToWorkspace(d, QStringLiteral("f"));
            QCOMPARE(validateJourney(ws, ws.journeys.first()), QString());
        }
    }
}

QTEST_MAIN(TestMermaid)
#include "tst_mermaid.moc"
