// Every edit command: applied, undone and redone on a real file, the document
// (in memory and on disk) must be exactly as before / after each time.
// Also merging, failing writes, and values the field builders refuse.

#include "testutil.h"

#include "commands/documentcommand.h"
#include "commands/fieldcommands.h"
#include "commands/importcommand.h"
#include "commands/journeycommands.h"
#include "commands/stepcommands.h"
#include "commands/structurecommands.h"
#include "commands/undostack.h"
#include "commands/workshopcommands.h"
#include "commands/workspacecommands.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace waymark;
using namespace waymark::test;

namespace {

const QString kSofa = QStringLiteral("sofa");
const QString kFuture = QStringLiteral("sofa-future");

// Builds the command of one row, for the document under test.
using Make = std::function<DocumentCommand *(Document *doc, const QTemporaryDir &dir)>;

struct Case
{
    const char *name;
    Make make;
};

DocumentCommand *checked(DocumentCommand *command, const QString &error)
{
    if (!command)
        qWarning("builder refused: %s", qPrintable(error));
    return command;
}

Make stepField(const char *field, const QVariant &value,
               const QStringList &ids = {QStringLiteral("c03")})
{
    return [=](Document *doc, const QTemporaryDir &) {
        QString error;
        return checked(
                makeStepFieldCommand(doc, kSofa, ids, QString::fromLatin1(field), value, &error),
                error);
    };
}

Make linkField(const char *field, const QVariant &value)
{
    return [=](Document *doc, const QTemporaryDir &) {
        QString error;
        return checked(makeLinkFieldCommand(doc, kSofa, {QStringLiteral("l1")},
                                            QString::fromLatin1(field), value, &error),
                       error);
    };
}

Make stageField(const char *field, const QVariant &value)
{
    return [=](Document *doc, const QTemporaryDir &) {
        QString error;
        return checked(makeStageFieldCommand(doc, kSofa, QStringLiteral("purchase"),
                                             QString::fromLatin1(field), value, &error),
                       error);
    };
}

Make laneField(const char *field, const QVariant &value)
{
    return [=](Document *doc, const QTemporaryDir &) {
        QString error;
        return checked(makeLaneFieldCommand(doc, kSofa, QStringLiteral("pain"),
                                            QString::fromLatin1(field), value, &error),
                       error);
    };
}

Make journeyField(const char *field, const QVariant &value)
{
    return [=](Document *doc, const QTemporaryDir &) {
        QString error;
        return checked(
                makeJourneyFieldCommand(doc, kSofa, QString::fromLatin1(field), value, &error),
                error);
    };
}

Make personaField(const char *field, const QVariant &value)
{
    return [=](Document *doc, const QTemporaryDir &) {
        QString error;
        return checked(makePersonaFieldCommand(doc, QStringLiteral("anna"),
                                               QString::fromLatin1(field), value, &error),
                       error);
    };
}

Make channelField(const char *field, const QVariant &value)
{
    return [=](Document *doc, const QTemporaryDir &) {
        QString error;
        return checked(makeChannelFieldCommand(doc, QStringLiteral("web"),
                                               QString::fromLatin1(field), value, &error),
                       error);
    };
}

Make metricField(const char *field, const QVariant &value)
{
    return [=](Document *doc, const QTemporaryDir &) {
        QString error;
        return checked(makeMetricDefFieldCommand(doc, QStringLiteral("nps"),
                                                 QString::fromLatin1(field), value, &error),
                       error);
    };
}

Make commentField(const char *field, const QVariant &value)
{
    return [=](Document *doc, const QTemporaryDir &) {
        QString error;
        return checked(makeCommentFieldCommand(doc, kSofa, QStringLiteral("c1"),
                                               QString::fromLatin1(field), value, &error),
                       error);
    };
}

Make moveSteps(const QStringList &ids, const char *stage, const char *lane, int index)
{
    return [=](Document *doc, const QTemporaryDir &) {
        return new MoveStepsCommand(doc, kSofa, ids, QString::fromLatin1(stage),
                                    QString::fromLatin1(lane), index);
    };
}

Make removeItems(const QStringList &steps, const QStringList &links)
{
    return [=](Document *doc, const QTemporaryDir &) {
        return new RemoveItemsCommand(doc, kSofa, steps, links);
    };
}

Make setVote(const char *step, const char *participant, int count)
{
    return [=](Document *doc, const QTemporaryDir &) {
        return new SetVoteCommand(
                doc, kSofa, {QString::fromLatin1(step), QString::fromLatin1(participant), count});
    };
}

// The steps c03, c04, c05 of the sample with the one link between them.
Journey clipOf(const Journey &from, const QStringList &ids)
{
    Journey clip = from;
    clip.steps.removeIf([&](const Step &s) { return !ids.contains(s.id); });
    clip.links.removeIf(
            [&](const Link &l) { return !ids.contains(l.from) || !ids.contains(l.to); });
    clip.comments.clear();
    clip.votes.clear();
    clip.metricValues.clear();
    return clip;
}

const QList<Case> &cases()
{
    static const QList<Case> list{
            // ---- cards and links
            {"add.step",
             [](Document *doc, const QTemporaryDir &) {
                 return makeAddStepCommand(doc, kSofa, QStringLiteral("use"),
                                           QStringLiteral("customer"), QStringLiteral("New card"),
                                           StepKind::Touchpoint);
             }},
            {"add.items",
             [](Document *doc, const QTemporaryDir &) {
                 Step a;
                 a.id = QStringLiteral("n1");
                 a.stage = QStringLiteral("purchase");
                 a.lane = QStringLiteral("customer");
                 a.order = 9;
                 a.title = QStringLiteral("Asks for a discount");
                 a.channel = QStringLiteral("showroom");
                 a.emotion = 0;
                 Step b = a;
                 b.id = QStringLiteral("n2");
                 b.order = 10;
                 b.title = QStringLiteral("Gets 5% off");
                 Link ab{QStringLiteral("n-l1"), a.id, b.id, LinkKind::Flow, {}, 0.5, true};
                 Link toOld{
                         QStringLiteral("n-l2"), b.id, QStringLiteral("c11"), LinkKind::Handoff, {},
                         std::nullopt,           false};
                 return new AddItemsCommand(doc, kSofa, {a, b}, {ab, toOld},
                                            QStringLiteral("Add two cards"));
             }},
            {"connect",
             [](Document *doc, const QTemporaryDir &) {
                 return makeConnectCommand(doc, kSofa, QStringLiteral("c03"), QStringLiteral("c18"),
                                           LinkKind::Alternative);
             }},
            {"paste.sameDocument",
             [](Document *doc, const QTemporaryDir &) {
                 const Journey clip = clipOf(
                         *doc->journey(kSofa),
                         {QStringLiteral("c03"), QStringLiteral("c04"), QStringLiteral("c05")});
                 return makePasteCommand(doc, kFuture, clip, {}, {});
             }},
            {"paste.otherDocument",
             [](Document *doc, const QTemporaryDir &dir) -> DocumentCommand * {
                 // Copied in another file, with a channel this document lacks.
                 auto other = newDocument(dir, QStringLiteral("other.cjm"), Template::Sample);
                 if (!other)
                     return nullptr;
                 QString error;
                 Step s = *other->journey(kSofa)->step(u"c04");
                 s.channel = QStringLiteral("kiosk");
                 if (!other->insertChannel({QStringLiteral("kiosk"),
                                            QStringLiteral("Kiosk"),
                                            ChannelKind::Physical,
                                            {}},
                                           0, &error)
                     || !other->updateSteps(kSofa, {s}, &error)) {
                     qWarning("%s", qPrintable(error));
                     return nullptr;
                 }
                 const Journey clip = clipOf(*other->journey(kSofa),
                                             {QStringLiteral("c03"), QStringLiteral("c04"),
                                              QStringLiteral("c05"), QStringLiteral("c06")});
                 return makePasteCommand(doc, kSofa, clip, QStringLiteral("use"),
                                         QStringLiteral("customer"));
             }},
            {"remove.step", removeItems({QStringLiteral("c03")}, {})},
            {"remove.link", removeItems({}, {QStringLiteral("l5")})},
            {"remove.mixed",
             removeItems({QStringLiteral("c08"), QStringLiteral("c19"), QStringLiteral("f04")},
                         {QStringLiteral("l1"), QStringLiteral("l40")})},
            {"move.betweenCells", moveSteps({QStringLiteral("c04")}, "purchase", "customer", 1)},
            {"move.withinCell", moveSteps({QStringLiteral("c03")}, "consideration", "customer", 3)},
            {"move.withinCellToFront",
             moveSteps({QStringLiteral("c07")}, "consideration", "customer", 0)},
            {"move.severalToOtherLane",
             moveSteps({QStringLiteral("c05"), QStringLiteral("c03"), QStringLiteral("c12")},
                       "delivery", "ideas", 0)},
            {"move.toEmptyCell", moveSteps({QStringLiteral("c03")}, "awareness", "back", 0)},

            // ---- one field at a time
            {"step.title", stepField("title", QStringLiteral("Compares sofas online"))},
            {"step.title.several",
             stepField("title", QStringLiteral("Same title"),
                       {QStringLiteral("c03"), QStringLiteral("c04"), QStringLiteral("f01")})},
            {"step.description", stepField("description", QStringLiteral("Line one\nline two"))},
            {"step.kind", stepField("kind", QStringLiteral("painpoint"))},
            {"step.channel", stepField("channel", QStringLiteral("chat"))},
            {"step.channel.clear", stepField("channel", QString())},
            {"step.owner", stepField("owner", QStringLiteral(" Finance "))},
            {"step.priority", stepField("priority", QStringLiteral("high"))},
            {"step.due", stepField("due", QStringLiteral("2026-12-01"))},
            {"step.due.date", stepField("due", QDate(2027, 2, 28))},
            {"step.emotion", stepField("emotion", -2)},
            {"step.emotion.clear", stepField("emotion", QVariant())},
            {"step.emotion.several",
             stepField("emotion", 2, {QStringLiteral("c10"), QStringLiteral("c17")})},
            {"step.momentOfTruth", stepField("momentOfTruth", true)},
            {"step.entry", stepField("entry", true)},
            {"step.goal", stepField("goal", true)},
            {"step.key", stepField("key", QStringLiteral("K-9"))},
            {"step.tags", stepField("tags", QStringLiteral("vip, returning, vip"))},
            {"step.tags.list",
             stepField("tags", QStringList{QStringLiteral("a"), QStringLiteral("b")})},
            {"step.color", stepField("color", QStringLiteral("#FF8800"))},
            {"step.color.named", stepField("color", QStringLiteral("teal"))},
            {"link.label", linkField("label", QStringLiteral("after the ad"))},
            {"link.kind", linkField("kind", QStringLiteral("handoff"))},
            {"link.share", linkField("share", 0.25)},
            {"link.share.clear", linkField("share", QVariant())},
            {"link.typical", linkField("typical", false)},
            {"stage.name", stageField("name", QStringLiteral("Buy"))},
            {"stage.description", stageField("description", QStringLiteral("Paying"))},
            {"lane.name", laneField("name", QStringLiteral("Problems"))},
            {"lane.kind", laneField("kind", QStringLiteral("thoughts"))},
            {"journey.name", journeyField("name", QStringLiteral("Sofa, 2026"))},
            {"journey.scenario", journeyField("scenario", QStringLiteral("Another scenario"))},
            {"journey.description", journeyField("description", QStringLiteral("Notes"))},
            {"journey.persona", journeyField("persona", QStringLiteral("marek"))},
            {"journey.persona.clear", journeyField("persona", QString())},
            {"journey.state", journeyField("state", QStringLiteral("future"))},
            {"journey.kind", journeyField("kind", QStringLiteral("journey"))},
            {"journey.votesPerParticipant", journeyField("votesPerParticipant", 3)},
            {"persona.name", personaField("name", QStringLiteral("Anna K."))},
            {"persona.goals", personaField("goals", QStringLiteral("A cheap sofa"))},
            {"persona.quote", personaField("quote", QStringLiteral("Just deliver it"))},
            {"persona.description", personaField("description", QStringLiteral("30"))},
            {"channel.name", channelField("name", QStringLiteral("Web shop"))},
            {"channel.icon", channelField("icon", QStringLiteral("cart"))},
            {"channel.kind", channelField("kind", QStringLiteral("print"))},
            {"metric.name", metricField("name", QStringLiteral("Net promoter score"))},
            {"metric.unit", metricField("unit", QStringLiteral("pts"))},
            {"metric.formula", metricField("formula", QStringLiteral("mean"))},
            {"metric.higherIsBetter", metricField("higherIsBetter", false)},
            {"metric.green", metricField("green", 45.5)},
            {"metric.green.clear", metricField("green", QVariant())},
            {"metric.amber", metricField("amber", QStringLiteral("-10"))},
            {"comment.text", commentField("text", QStringLiteral("Why 7 days?"))},
            {"comment.author", commentField("author", QStringLiteral("Ирина"))},

            // ---- stages and lanes
            {"stage.add",
             [](Document *doc, const QTemporaryDir &) {
                 return makeAddStageCommand(doc, kSofa, QStringLiteral("Research"), 1);
             }},
            {"stage.addFirst",
             [](Document *doc, const QTemporaryDir &) {
                 return new AddStageCommand(doc, kSofa,
                                            {QStringLiteral("zero"), QStringLiteral("Before"),
                                             QStringLiteral("Needs a sofa")},
                                            0);
             }},
            {"stage.remove",
             [](Document *doc, const QTemporaryDir &) {
                 return new RemoveStageCommand(doc, kSofa, QStringLiteral("consideration"));
             }},
            {"stage.move",
             [](Document *doc, const QTemporaryDir &) {
                 return new MoveStageCommand(doc, kSofa, 0, 5);
             }},
            {"stage.moveLeft",
             [](Document *doc, const QTemporaryDir &) {
                 return new MoveStageCommand(doc, kSofa, 4, 1);
             }},
            {"lane.add",
             [](Document *doc, const QTemporaryDir &) {
                 return makeAddLaneCommand(doc, kSofa, QStringLiteral("Thoughts"),
                                           LaneKind::Thoughts, 3);
             }},
            {"lane.remove",
             [](Document *doc, const QTemporaryDir &) {
                 return new RemoveLaneCommand(doc, kSofa, QStringLiteral("customer"));
             }},
            {"lane.removeEmpty",
             [](Document *doc, const QTemporaryDir &) {
                 return new RemoveLaneCommand(doc, kSofa, QStringLiteral("emotions"));
             }},
            {"lane.move",
             [](Document *doc, const QTemporaryDir &) {
                 return new MoveLaneCommand(doc, kSofa, 0, 8);
             }},
            {"lane.moveUp",
             [](Document *doc, const QTemporaryDir &) {
                 return new MoveLaneCommand(doc, kSofa, 7, 2);
             }},

            // ---- journeys
            {"journey.add",
             [](Document *doc, const QTemporaryDir &) {
                 Journey j = makeTemplate(Template::Journey).journeys.first();
                 j.id = newJourneyId(doc->workspace());
                 j.persona = QStringLiteral("marek");
                 return new AddJourneyCommand(doc, j, 1, QStringLiteral("New journey"));
             }},
            {"journey.remove",
             [](Document *doc, const QTemporaryDir &) {
                 return new RemoveJourneyCommand(doc, kFuture);
             }},
            {"journey.removeWithImportedData",
             [](Document *doc, const QTemporaryDir &) {
                 return new RemoveJourneyCommand(doc, kSofa);
             }},
            {"journey.move",
             [](Document *doc, const QTemporaryDir &) {
                 return new MoveJourneyCommand(doc, 0, 1);
             }},
            {"journey.futureStateCopy",
             [](Document *doc, const QTemporaryDir &) {
                 const Journey copy = futureStateCopy(doc->workspace(), *doc->journey(kSofa));
                 return new AddJourneyCommand(doc, copy, 1, QStringLiteral("Make future state"));
             }},

            // ---- workspace
            {"persona.add",
             [](Document *doc, const QTemporaryDir &) {
                 return new AddPersonaCommand(doc,
                                              {newPersonaId(doc->workspace()),
                                               QStringLiteral("Olga"), QStringLiteral("Goals"),
                                               QStringLiteral("Quote"), QString()},
                                              1);
             }},
            {"persona.removeUsed",
             [](Document *doc, const QTemporaryDir &) {
                 return new RemovePersonaCommand(doc, QStringLiteral("anna"));
             }},
            {"persona.removeUnused",
             [](Document *doc, const QTemporaryDir &) {
                 return new RemovePersonaCommand(doc, QStringLiteral("marek"));
             }},
            {"channel.add",
             [](Document *doc, const QTemporaryDir &) {
                 return new AddChannelCommand(doc,
                                              {newChannelId(doc->workspace()),
                                               QStringLiteral("Kiosk"), ChannelKind::Physical,
                                               QStringLiteral("kiosk")},
                                              0);
             }},
            {"channel.removeUsed",
             [](Document *doc, const QTemporaryDir &) {
                 return new RemoveChannelCommand(doc, QStringLiteral("web"));
             }},
            {"metric.add",
             [](Document *doc, const QTemporaryDir &) {
                 MetricDef m;
                 m.id = QStringLiteral("wait");
                 m.name = QStringLiteral("Wait time");
                 m.kind = MetricKind::Duration;
                 m.formula = Formula::Mean;
                 m.unit = QStringLiteral("min");
                 m.higherIsBetter = false;
                 m.green = 5;
                 return new AddMetricDefCommand(doc, m, 1);
             }},

            // ---- workshop
            {"comment.add",
             [](Document *doc, const QTemporaryDir &) {
                 return new AddCommentCommand(
                         doc, kSofa,
                         {QStringLiteral("c9"), QStringLiteral("c05"), QStringLiteral("Li"),
                          QStringLiteral("AR?"),
                          QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC)});
             }},
            {"comment.remove",
             [](Document *doc, const QTemporaryDir &) {
                 return new RemoveCommentCommand(doc, kSofa, QStringLiteral("c1"));
             }},
            {"vote.set", setVote("c05", "Team C", 3)},
            {"vote.change", setVote("c03", "Team A", 4)},
            {"vote.unset", setVote("c03", "Team A", 0)},

            // ---- import
            {"import.blueprint",
             [](Document *doc, const QTemporaryDir &) {
                 return makeImportCommand(doc, makeTemplate(Template::Blueprint), nullptr);
             }},
            {"import.sampleAgain",
             [](Document *doc, const QTemporaryDir &) {
                 return makeImportCommand(doc, makeTemplate(Template::Sample), nullptr);
             }},
            {"import.conflictingIds",
             [](Document *doc, const QTemporaryDir &) {
                 Workspace in = makeTemplate(Template::Sample);
                 in.personas.first().name = QStringLiteral("Another Anna");
                 in.channels.first().name = QStringLiteral("Another website");
                 in.journeys.removeLast();
                 return makeImportCommand(doc, in, nullptr);
             }},
    };
    return list;
}

const Case *findCase(const QString &name)
{
    for (const Case &c : cases()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

// Everything around the sample a command could touch: comments, votes and
// imported values on c03 and c08.
bool addWorkshopData(Document *doc, QString *error)
{
    const QDateTime t(QDate(2026, 2, 10), QTime(10, 0), Qt::UTC);
    ImportSource src;
    src.id = QStringLiteral("s1");
    src.journey = kSofa;
    src.fileName = QStringLiteral("survey.csv");
    src.importedAt = t;
    src.layout = QStringLiteral("plain");
    src.rowsRead = 20;
    src.rowsMatched = 20;
    const QList<MetricValue> values{
            {QStringLiteral("c03"), QStringLiteral("nps"), {}, {}, src.id, 12, 25.0, 98.0, {}},
            {QStringLiteral("c08"),
             QStringLiteral("csat"),
             {},
             {},
             src.id,
             8,
             75.0,
             31.0,
             {0, 1, 1, 3, 3}},
    };
    return doc->insertComment(kSofa,
                              {QStringLiteral("c1"), QStringLiteral("c03"), QStringLiteral("Ann"),
                               QStringLiteral("Too many filters"), t},
                              0, error)
           && doc->insertComment(kSofa,
                                 {QStringLiteral("c2"), QStringLiteral("c08"), QStringLiteral("Bo"),
                                  QStringLiteral("Fees!"), t},
                                 1, error)
           && doc->setVote(kSofa, {QStringLiteral("c03"), QStringLiteral("Team A"), 2}, error)
           && doc->setVote(kSofa, {QStringLiteral("c08"), QStringLiteral("Team B"), 1}, error)
           && doc->insertSource(src, values, error);
}

// Metric values and import sources are sets: undo may put them back in
// another order (their position carries no meaning and is not stored).
Workspace normalized(Workspace ws)
{
    auto valueKey = [](const MetricValue &v) {
        return std::tie(v.step, v.metric, v.period, v.segment, v.source);
    };
    for (Journey &j : ws.journeys) {
        std::sort(j.metricValues.begin(), j.metricValues.end(),
                  [&](const MetricValue &a, const MetricValue &b) {
                      return valueKey(a) < valueKey(b);
                  });
    }
    std::sort(ws.sources.begin(), ws.sources.end(),
              [](const ImportSource &a, const ImportSource &b) { return a.id < b.id; });
    return ws;
}

// What another reader of the file sees now (a second, read-only connection).
QByteArray fileSnapshot(const QString &path)
{
    OpenResult r = openDocument(path, OpenMode::ReadOnly);
    if (!r.document) {
        qWarning("openDocument: %s", qPrintable(r.error));
        return {};
    }
    return snapshot(*r.document);
}

bool isOneLine(const QString &text)
{
    return !text.isEmpty() && !text.contains(u'\n');
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void undoRedoRestoreExactly_data();
    void undoRedoRestoreExactly();
    void mergesEditsOfOneStep();
    void doesNotMergeEditsOfDifferentSteps();
    void failedPushChangesNothing();
    void failedGestureLeavesNothing();
    void failedUndoKeepsIndex();
    void failedRedoKeepsIndex();
    void commandOnVanishedStepFails();
    void pasteDropsUnknownChannels();
    void removePersonaClearsJourneys();
    void invalidValuesRejected_data();
    void invalidValuesRejected();

private:
    // A closed copy of the sample with workshop data: each row starts from a
    // byte copy of it, which is much quicker than building it again.
    std::unique_ptr<Document> openCopy(const QTemporaryDir &dir);

    QTemporaryDir m_dir;
    QString m_start;
};

void TestCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto doc = newDocument(m_dir, QStringLiteral("start.cjm"), Template::Sample);
    QVERIFY(doc);
    QString error;
    QVERIFY2(addWorkshopData(doc.get(), &error), qPrintable(error));
    m_start = doc->filePath();
}

std::unique_ptr<Document> TestCommands::openCopy(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("c.cjm"));
    if (!QFile::copy(m_start, path))
        return nullptr;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    OpenResult r = openDocument(path);
    if (!r.document || r.document->isReadOnly()) {
        qWarning("openDocument: %s %s", qPrintable(r.error), qPrintable(r.notice));
        return nullptr;
    }
    return std::move(r.document);
}

void TestCommands::undoRedoRestoreExactly_data()
{
    QTest::addColumn<QString>("name");
    for (const Case &c : cases())
        QTest::addRow("%s", c.name) << QString::fromLatin1(c.name);
}

void TestCommands::undoRedoRestoreExactly()
{
    QFETCH(QString, name);
    const Case *row = findCase(name);
    QVERIFY(row);
    QTemporaryDir dir;
    auto doc = openCopy(dir);
    QVERIFY(doc);
    const QString path = doc->filePath();
    QString error;

    const QByteArray before = snapshot(*doc);
    const Workspace wsBefore = doc->workspace();
    QCOMPARE(fileSnapshot(path), before);

    UndoStack stack;
    DocumentCommand *command = row->make(doc.get(), dir);
    QVERIFY(command);
    QVERIFY2(stack.tryPush(command, &error), qPrintable(error));
    QCOMPARE(stack.count(), 1);
    const QByteArray after = snapshot(*doc);
    const Workspace wsAfter = doc->workspace();
    QVERIFY2(after != before, "the command changed nothing");
    QCOMPARE(fileSnapshot(path), after);

    QVERIFY2(stack.tryUndo(&error), qPrintable(error));
    QCOMPARE(stack.index(), 0);
    QCOMPARE(snapshot(*doc), before);
    QVERIFY2(normalized(doc->workspace()) == normalized(wsBefore), "undo left the model changed");
    QCOMPARE(fileSnapshot(path), before); // undo is written too

    QVERIFY2(stack.tryRedo(&error), qPrintable(error));
    QCOMPARE(stack.index(), 1);
    QCOMPARE(snapshot(*doc), after);
    QVERIFY2(normalized(doc->workspace()) == normalized(wsAfter), "redo differs from the push");
    QVERIFY2(doc->integrityCheck(&error), qPrintable(error));

    // The file alone holds the result: close everything and read it back
    // (read-only: nothing is written, so this costs no disk syncs).
    stack.clear();
    doc.reset();
    OpenResult reopened = openDocument(path, OpenMode::ReadOnly);
    QVERIFY2(reopened.document, qPrintable(reopened.error));
    QCOMPARE(snapshot(*reopened.document), after);
    QVERIFY2(normalized(reopened.document->workspace()) == normalized(wsAfter),
             "the file differs from the model after redo");
}

void TestCommands::mergesEditsOfOneStep()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("m.cjm"), Template::Sample);
    QVERIFY(doc);
    const QByteArray before = snapshot(*doc);
    UndoStack stack;
    QString error;
    for (const char *title : {"S", "So", "Sofa"}) {
        DocumentCommand *c
                = makeStepFieldCommand(doc.get(), kSofa, {QStringLiteral("c03")},
                                       QStringLiteral("title"), QString::fromLatin1(title), &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY2(stack.tryPush(c, &error), qPrintable(error));
    }
    QCOMPARE(stack.count(), 1);
    QCOMPARE(doc->journey(kSofa)->step(u"c03")->title, QStringLiteral("Sofa"));
    QVERIFY(stack.tryUndo(&error));
    QCOMPARE(snapshot(*doc), before);
    QVERIFY(stack.tryRedo(&error));
    QCOMPARE(doc->journey(kSofa)->step(u"c03")->title, QStringLiteral("Sofa"));
}

void TestCommands::doesNotMergeEditsOfDifferentSteps()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("m.cjm"), Template::Sample);
    QVERIFY(doc);
    const QByteArray before = snapshot(*doc);
    UndoStack stack;
    QString error;
    for (const char *id : {"c03", "c04"}) {
        DocumentCommand *c
                = makeStepFieldCommand(doc.get(), kSofa, {QString::fromLatin1(id)},
                                       QStringLiteral("title"), QStringLiteral("Renamed"), &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY2(stack.tryPush(c, &error), qPrintable(error));
    }
    // A title edit then a description edit of one step do not merge either.
    DocumentCommand *c
            = makeStepFieldCommand(doc.get(), kSofa, {QStringLiteral("c04")},
                                   QStringLiteral("description"), QStringLiteral("Text"), &error);
    QVERIFY(c);
    QVERIFY(stack.tryPush(c, &error));
    QCOMPARE(stack.count(), 3);
    QVERIFY(stack.tryUndo(&error));
    QVERIFY(stack.tryUndo(&error));
    QCOMPARE(doc->journey(kSofa)->step(u"c03")->title, QStringLiteral("Renamed"));
    QVERIFY(stack.tryUndo(&error));
    QCOMPARE(snapshot(*doc), before);
}

void TestCommands::failedPushChangesNothing()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("f.cjm"), Template::Sample);
    QVERIFY(doc);
    const QString path = doc->filePath();
    UndoStack stack;
    QString error;
    DocumentCommand *first
            = makeStepFieldCommand(doc.get(), kSofa, {QStringLiteral("c01")},
                                   QStringLiteral("owner"), QStringLiteral("Brand"), &error);
    QVERIFY(stack.tryPush(first, &error));
    const QByteArray before = snapshot(*doc);

    doc->setReadOnly(QStringLiteral("the disk went away"));
    QSignalSpy failed(&stack, &UndoStack::failed);
    DocumentCommand *c
            = makeStepFieldCommand(doc.get(), kSofa, {QStringLiteral("c03")},
                                   QStringLiteral("title"), QStringLiteral("Lost"), &error);
    QVERIFY(c);
    error.clear();
    QVERIFY(!stack.tryPush(c, &error));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(isOneLine(message), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("the disk went away")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("step title")), qPrintable(message));
    QCOMPARE(error, message);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.index(), 1);
    QCOMPARE(snapshot(*doc), before);
    QCOMPARE(fileSnapshot(path), before);

    // A removal refused as a whole: nothing of the gesture is left behind.
    QVERIFY(!stack.tryPush(new RemoveStageCommand(doc.get(), kSofa, QStringLiteral("use"))));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(snapshot(*doc), before);
    QCOMPARE(stack.count(), 1);
}

void TestCommands::failedGestureLeavesNothing()
{
    // An import whose persona goes in but whose journey is refused: the
    // persona written first must not stay, in memory or in the file.
    QTemporaryDir dir;
    auto doc = openCopy(dir);
    QVERIFY(doc);
    const QString path = doc->filePath();
    const QByteArray before = snapshot(*doc);
    Workspace in;
    in.personas.append({QStringLiteral("olga"), QStringLiteral("Olga"), {}, {}, {}});
    Journey j = makeTemplate(Template::Journey).journeys.first();
    j.persona = QStringLiteral("olga");
    Step s;
    s.id = QStringLiteral("x");
    s.stage = j.stages.first().id;
    s.lane = j.lanes.first().id;
    s.channel = QStringLiteral("nowhere");
    j.steps.append(s);
    in.journeys.append(j);

    UndoStack stack;
    QSignalSpy failed(&stack, &UndoStack::failed);
    QString error;
    QVERIFY(!stack.tryPush(makeImportCommand(doc.get(), in, nullptr), &error));
    QVERIFY2(error.contains(QStringLiteral("nowhere")), qPrintable(error));
    QVERIFY2(isOneLine(error), qPrintable(error));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(stack.count(), 0);
    QVERIFY(!doc->workspace().persona(u"olga"));
    QCOMPARE(snapshot(*doc), before);
    QCOMPARE(fileSnapshot(path), before);

    // The document still takes edits afterwards.
    QVERIFY2(stack.tryPush(new MoveStageCommand(doc.get(), kSofa, 0, 1), &error),
             qPrintable(error));
    QCOMPARE(fileSnapshot(path), snapshot(*doc));
    QVERIFY(snapshot(*doc) != before);
}

void TestCommands::failedUndoKeepsIndex()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("u.cjm"), Template::Sample);
    QVERIFY(doc);
    const QString path = doc->filePath();
    const QByteArray before = snapshot(*doc);
    UndoStack stack;
    QString error;
    QVERIFY(stack.tryPush(new RemoveItemsCommand(doc.get(), kSofa, {QStringLiteral("c06")}, {}),
                          &error));
    const QByteArray after = snapshot(*doc);

    doc->setReadOnly(QStringLiteral("opened read-only for the test"));
    QSignalSpy failed(&stack, &UndoStack::failed);
    QVERIFY(!stack.tryUndo(&error));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(isOneLine(failed.first().first().toString()), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("read-only for the test")), qPrintable(error));
    QCOMPARE(stack.index(), 1);
    QVERIFY(stack.canUndo());
    QCOMPARE(snapshot(*doc), after);
    QCOMPARE(fileSnapshot(path), after);

    doc->setReadOnly(QString());
    QVERIFY2(stack.tryUndo(&error), qPrintable(error));
    QCOMPARE(stack.index(), 0);
    QCOMPARE(snapshot(*doc), before);
    QCOMPARE(fileSnapshot(path), before);
}

void TestCommands::failedRedoKeepsIndex()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("r.cjm"), Template::Sample);
    QVERIFY(doc);
    UndoStack stack;
    QString error;
    QVERIFY(stack.tryPush(new MoveStageCommand(doc.get(), kSofa, 0, 2), &error));
    const QByteArray after = snapshot(*doc);
    QVERIFY(stack.tryUndo(&error));
    const QByteArray before = snapshot(*doc);

    doc->setReadOnly(QStringLiteral("no"));
    QVERIFY(!stack.tryRedo(&error));
    QCOMPARE(stack.index(), 0);
    QVERIFY(stack.canRedo());
    QCOMPARE(snapshot(*doc), before);
    doc->setReadOnly(QString());
    QVERIFY2(stack.tryRedo(&error), qPrintable(error));
    QCOMPARE(snapshot(*doc), after);
}

void TestCommands::commandOnVanishedStepFails()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("v.cjm"), Template::Sample);
    QVERIFY(doc);
    UndoStack stack;
    QString error;
    DocumentCommand *edit
            = makeStepFieldCommand(doc.get(), kSofa, {QStringLiteral("c03")},
                                   QStringLiteral("title"), QStringLiteral("X"), &error);
    QVERIFY(stack.tryPush(new RemoveItemsCommand(doc.get(), kSofa, {QStringLiteral("c03")}, {}),
                          &error));
    const QByteArray before = snapshot(*doc);
    QVERIFY(!stack.tryPush(edit, &error));
    QVERIFY2(error.contains(QStringLiteral("c03")), qPrintable(error));
    QCOMPARE(snapshot(*doc), before);
    QCOMPARE(stack.count(), 1);
}

void TestCommands::pasteDropsUnknownChannels()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("p.cjm"), Template::Blueprint);
    QVERIFY(doc);
    auto source = newDocument(dir, QStringLiteral("s.cjm"), Template::Sample);
    QVERIFY(source);
    const Journey clip
            = clipOf(*source->journey(kSofa), {QStringLiteral("c06"), QStringLiteral("f01"),
                                               QStringLiteral("c09"), QStringLiteral("c03")});
    QStringList ids;
    UndoStack stack;
    QString error;
    QVERIFY2(stack.tryPush(makePasteCommand(doc.get(), QStringLiteral("j1"), clip, {}, {}, &ids),
                           &error),
             qPrintable(error));
    QCOMPARE(ids.size(), 4);
    const Journey *j = doc->journey(QStringLiteral("j1"));
    QCOMPARE(j->steps.size(), 4);
    QCOMPARE(j->links.size(), 2); // c06 -> f01 -> c09
    for (const Step &s : j->steps) {
        // "showroom" is not a channel of the blueprint template; "web" is.
        QVERIFY2(s.channel.isEmpty() || s.channel == u"web", qPrintable(s.channel));
        QVERIFY(ids.contains(s.id));
    }
    // Same-named stages and lanes are found: consideration / customer.
    QCOMPARE(j->step(ids[0])->stage, QStringLiteral("consideration"));
    QCOMPARE(j->step(ids[0])->lane, QStringLiteral("customer"));
}

void TestCommands::removePersonaClearsJourneys()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("p.cjm"), Template::Sample);
    QVERIFY(doc);
    UndoStack stack;
    QString error;
    QVERIFY(stack.tryPush(new RemovePersonaCommand(doc.get(), QStringLiteral("anna")), &error));
    QVERIFY(!doc->workspace().persona(u"anna"));
    QVERIFY(doc->journey(kSofa)->persona.isEmpty());
    QVERIFY(doc->journey(kFuture)->persona.isEmpty());
    QVERIFY(stack.tryUndo(&error));
    QCOMPARE(doc->journey(kSofa)->persona, QStringLiteral("anna"));
    QCOMPARE(doc->journey(kFuture)->persona, QStringLiteral("anna"));
    QCOMPARE(doc->workspace().personas.first().id, QStringLiteral("anna"));
}

void TestCommands::invalidValuesRejected_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *entity, const char *field, const QVariant &value,
                  const char *expected) {
        QTest::addRow("%s", name) << QString::fromLatin1(entity) << QString::fromLatin1(field)
                                  << value << QString::fromLatin1(expected);
    };
    row("step.emotion 3", "step", "emotion", 3, "emotion must be");
    row("step.emotion -3", "step", "emotion", -3, "emotion must be");
    row("step.emotion text", "step", "emotion", QStringLiteral("happy"), "emotion must be");
    row("step.kind unknown", "step", "kind", QStringLiteral("banana"),
        "\"banana\" is not a valid kind");
    row("step.priority unknown", "step", "priority", QStringLiteral("urgent"), "urgent");
    row("step.channel unknown", "step", "channel", QStringLiteral("pigeon"),
        "no channel \"pigeon\"");
    row("step.due bad date", "step", "due", QStringLiteral("2026-13-45"), "is not a date");
    row("step.color bad", "step", "color", QStringLiteral("not-a-colour"), "is not a colour");
    row("step.color bad hex", "step", "color", QStringLiteral("#12345"), "is not a colour");
    row("step unknown field", "step", "size", 3, "unknown field \"size\"");
    row("step none selected", "nostep", "title", QStringLiteral("x"), "no step is selected");
    row("link.share 1.5", "link", "share", 1.5, "share must be");
    row("link.share -0.1", "link", "share", -0.1, "share must be");
    row("link.share text", "link", "share", QStringLiteral("half"), "share must be");
    row("link.kind unknown", "link", "kind", QStringLiteral("teleport"), "teleport");
    row("link unknown field", "link", "weight", 1, "unknown field \"weight\"");
    row("stage unknown field", "stage", "colour", QStringLiteral("red"),
        "unknown field \"colour\"");
    row("lane.kind unknown", "lane", "kind", QStringLiteral("feelings"), "feelings");
    row("lane unknown field", "lane", "height", 3, "unknown field \"height\"");
    row("journey.state unknown", "journey", "state", QStringLiteral("past"), "past");
    row("journey.kind unknown", "journey", "kind", QStringLiteral("map"),
        "\"map\" is not a valid kind");
    row("journey.persona unknown", "journey", "persona", QStringLiteral("ghost"),
        "no persona \"ghost\"");
    row("journey.votes 0", "journey", "votesPerParticipant", 0, "votes per participant");
    row("journey unknown field", "journey", "owner", QStringLiteral("x"),
        "unknown field \"owner\"");
    row("persona unknown field", "persona", "age", 30, "unknown field \"age\"");
    row("channel.kind unknown", "channel", "kind", QStringLiteral("pigeon"), "pigeon");
    row("channel unknown field", "channel", "url", QStringLiteral("x"), "unknown field \"url\"");
    row("metric.formula unknown", "metric", "formula", QStringLiteral("median"), "median");
    row("metric.green text", "metric", "green", QStringLiteral("lots"), "\"lots\" is not a number");
    row("metric unknown field", "metric", "scale", 7, "unknown field \"scale\"");
    row("comment unknown field", "comment", "likes", 2, "unknown field \"likes\"");
}

void TestCommands::invalidValuesRejected()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto doc = openCopy(dir);
    QVERIFY(doc);
    QString error;
    const QByteArray before = snapshot(*doc);
    Document *d = doc.get();
    DocumentCommand *command = nullptr;
    if (entity == u"step")
        command = makeStepFieldCommand(d, kSofa, {QStringLiteral("c03")}, field, value, &error);
    else if (entity == u"nostep")
        command = makeStepFieldCommand(d, kSofa, {}, field, value, &error);
    else if (entity == u"link")
        command = makeLinkFieldCommand(d, kSofa, {QStringLiteral("l1")}, field, value, &error);
    else if (entity == u"stage")
        command = makeStageFieldCommand(d, kSofa, QStringLiteral("use"), field, value, &error);
    else if (entity == u"lane")
        command = makeLaneFieldCommand(d, kSofa, QStringLiteral("pain"), field, value, &error);
    else if (entity == u"journey")
        command = makeJourneyFieldCommand(d, kSofa, field, value, &error);
    else if (entity == u"persona")
        command = makePersonaFieldCommand(d, QStringLiteral("anna"), field, value, &error);
    else if (entity == u"channel")
        command = makeChannelFieldCommand(d, QStringLiteral("web"), field, value, &error);
    else if (entity == u"metric")
        command = makeMetricDefFieldCommand(d, QStringLiteral("nps"), field, value, &error);
    else if (entity == u"comment")
        command = makeCommentFieldCommand(d, kSofa, QStringLiteral("c1"), field, value, &error);
    else
        QFAIL("unknown entity");
    QVERIFY(!command);
    QVERIFY2(isOneLine(error), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(snapshot(*doc), before);
}

QTEST_GUILESS_MAIN(TestCommands)

#include "tst_commands.moc"
