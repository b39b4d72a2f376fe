// The journey JSON contract of DESIGN.md §7: the documented example, the
// smallest valid document, every kind of bad document, unknown fields, round
// trips and the key order of the export.

#include "testutil.h"

#include "commands/documentcommand.h"
#include "commands/importcommand.h"
#include "formats/jsonexport.h"
#include "formats/jsonimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace waymark;
using namespace waymark::test;

namespace {

QByteArray fixture(const char *name)
{
    const QByteArray data = readFile(dataPath(QStringLiteral("json/") + QLatin1String(name)));
    if (data.isEmpty() && QByteArrayView(name) != "bad/empty.json")
        qWarning("missing fixture %s", name);
    return data;
}

// What `waymark import` does: read everything, then one undoable import.
bool importJson(Document *doc, const QByteArray &data, QStringList *warnings, QStringList *notes,
                QString *error)
{
    Workspace incoming;
    if (!readJson(data, &incoming, warnings, error))
        return false;
    std::unique_ptr<DocumentCommand> command(makeImportCommand(doc, incoming, notes));
    command->redo();
    if (command->hasFailed()) {
        *error = command->error();
        return false;
    }
    return true;
}

// ---- edits of a JSON document by path ("journeys/0/steps/0/title")

QJsonValue edited(const QJsonValue &node, QStringList path, const QString &op,
                  const QJsonValue &value)
{
    const QString head = path.takeFirst();
    if (node.isObject()) {
        QJsonObject o = node.toObject();
        if (!path.isEmpty())
            o.insert(head, edited(o.value(head), path, op, value));
        else if (op == u"del")
            o.remove(head);
        else
            o.insert(head, value);
        return o;
    }
    QJsonArray a = node.toArray();
    const int i = head.toInt();
    if (!path.isEmpty())
        a.replace(i, edited(a.at(i), path, op, value));
    else if (op == u"del")
        a.removeAt(i);
    else if (op == u"dup")
        a.append(a.at(i));
    else
        a.replace(i, value);
    return a;
}

// The design example after `ops`: "del PATH", "dup PATH" (append a copy of an
// array item) or "set PATH=JSON", separated by " ; ".
QByteArray mutatedExample(const QString &ops)
{
    QJsonValue root = QJsonDocument::fromJson(fixture("design-example.json")).object();
    for (const QString &op : ops.split(QStringLiteral(" ; "))) {
        const QString verb = op.section(u' ', 0, 0);
        const QString rest = op.section(u' ', 1);
        const QString path = rest.section(u'=', 0, 0);
        QJsonValue value;
        if (verb == u"set") {
            const QByteArray json = "[" + rest.section(u'=', 1).toUtf8() + "]";
            QJsonParseError e;
            value = QJsonDocument::fromJson(json, &e).array().at(0);
            if (e.error != QJsonParseError::NoError)
                qWarning("bad value in test row: %s", qPrintable(op));
        }
        root = edited(root, path.split(u'/'), verb, value);
    }
    return QJsonDocument(root.toObject()).toJson();
}

// ---- the key order of a JSON text (QJsonObject sorts its keys)

struct Ordered
{
    QList<std::pair<QString, Ordered>> members; // objects
    QList<Ordered> items;                       // arrays
    QStringList keys() const
    {
        QStringList k;
        for (const auto &m : members)
            k.append(m.first);
        return k;
    }
    const Ordered *at(const QString &key) const
    {
        for (const auto &m : members) {
            if (m.first == key)
                return &m.second;
        }
        return nullptr;
    }
};

class OrderedReader
{
public:
    explicit OrderedReader(const QByteArray &text)
        : m_text(text)
    {}
    Ordered value()
    {
        Ordered node;
        space();
        if (peek() == '{') {
            ++m_pos;
            while (space(), peek() != '}' && m_pos < m_text.size()) {
                const QString key = string();
                space();
                ++m_pos; // ':'
                node.members.append({key, value()});
                space();
                if (peek() == ',')
                    ++m_pos;
            }
            ++m_pos;
        } else if (peek() == '[') {
            ++m_pos;
            while (space(), peek() != ']' && m_pos < m_text.size()) {
                node.items.append(value());
                space();
                if (peek() == ',')
                    ++m_pos;
            }
            ++m_pos;
        } else if (peek() == '"') {
            string();
        } else {
            while (m_pos < m_text.size() && !QByteArrayView(",}] \n").contains(peek()))
                ++m_pos;
        }
        return node;
    }

private:
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    void space()
    {
        while (m_pos < m_text.size() && QByteArrayView(" \n\r\t").contains(m_text[m_pos]))
            ++m_pos;
    }
    QString string()
    {
        const qsizetype start = ++m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != '"')
            m_pos += m_text[m_pos] == '\\' ? 2 : 1;
        return QString::fromUtf8(m_text.mid(start, m_pos++ - start));
    }

    QByteArray m_text;
    qsizetype m_pos = 0;
};

// True when `documented` appear in `keys` in this order (others may come between).
bool inOrder(const QStringList &keys, const QStringList &documented)
{
    qsizetype at = -1;
    for (const QString &k : documented) {
        const qsizetype i = keys.indexOf(k);
        if (i <= at)
            return false;
        at = i;
    }
    return true;
}

} // namespace

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void designExampleKeepsIds();
    void minimalDocument();
    void badDocuments_data();
    void badDocuments();
    void unknownFieldsWarn();
    void roundTrip_data();
    void roundTrip();
    void importTwiceGivesFreshJourneyIds();
    void exportKeyOrder();
    void exportSelectedJourneys();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_sample; // target of the bad imports
};

void TestJson::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = newDocument(m_dir, QStringLiteral("sample.cjm"), Template::Sample);
    QVERIFY(m_sample);
}

void TestJson::designExampleKeepsIds()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("e.cjm"));
    QVERIFY(doc);
    QStringList warnings, notes;
    QString error;
    QVERIFY2(importJson(doc.get(), fixture("design-example.json"), &warnings, &notes, &error),
             qPrintable(error));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n'))); // the example is all known
    QVERIFY(notes.isEmpty());

    const Workspace &ws = doc->workspace();
    QCOMPARE(ws.personas.size(), 1);
    QCOMPARE(ws.personas[0].id, QStringLiteral("p1"));
    QCOMPARE(ws.personas[0].name, QStringLiteral("Anna, first-time buyer"));
    QCOMPARE(ws.personas[0].quote,
             QStringLiteral("I can't take a whole day off just to wait for a van."));
    QCOMPARE(ws.channels.size(), 1);
    QCOMPARE(ws.channels[0].id, QStringLiteral("web"));
    QCOMPARE(ws.channels[0].kind, ChannelKind::Digital);
    const Journey *j = doc->journey(QStringLiteral("j1"));
    QVERIFY(j);
    QCOMPARE(j->name, QStringLiteral("Buy a sofa online"));
    QCOMPARE(j->persona, QStringLiteral("p1"));
    QCOMPARE(j->state, JourneyState::Current);
    QCOMPARE(j->kind, JourneyKind::Blueprint);
    QCOMPARE(j->stages.size(), 1);
    QCOMPARE(j->stages[0].id, QStringLiteral("s1"));
    QCOMPARE(j->lanes[0].id, QStringLiteral("l1"));
    QCOMPARE(j->lanes[0].kind, LaneKind::Customer);
    QCOMPARE(j->steps.size(), 2);
    const Step *a = j->step(u"a");
    QVERIFY(a);
    QCOMPARE(a->stage, QStringLiteral("s1"));
    QCOMPARE(a->lane, QStringLiteral("l1"));
    QCOMPARE(a->title, QStringLiteral("Sees an ad"));
    QCOMPARE(a->kind, StepKind::Touchpoint);
    QCOMPARE(a->channel, QStringLiteral("web"));
    QCOMPARE(a->owner, QStringLiteral("Marketing"));
    QCOMPARE(a->emotion, std::optional<int>(1));
    QCOMPARE(a->momentOfTruth, false);
    QCOMPARE(a->key, QStringLiteral("TP-01"));
    QVERIFY(a->entry && !a->goal);
    QVERIFY(j->step(u"b")->goal);
    QCOMPARE(j->links.size(), 1);
    QCOMPARE(j->links[0].from, QStringLiteral("a"));
    QCOMPARE(j->links[0].to, QStringLiteral("b"));
    QCOMPARE(j->links[0].kind, LinkKind::Flow);
    QCOMPARE(j->links[0].share, std::optional<double>(0.8));

    // The same ids come back out of the file.
    const QString path = doc->filePath();
    doc.reset();
    OpenResult reopened = openDocument(path);
    QVERIFY(reopened.document);
    QVERIFY(reopened.document->journey(QStringLiteral("j1"))->step(u"b"));
    const QJsonObject out = QJsonDocument::fromJson(snapshot(*reopened.document)).object();
    const QJsonObject step = out[u"journeys"][0][u"steps"][0].toObject();
    QCOMPARE(step[u"id"].toString(), QStringLiteral("a"));
    QCOMPARE(step[u"channel"].toString(), QStringLiteral("web"));
}

void TestJson::minimalDocument()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("m.cjm"));
    QVERIFY(doc);
    QStringList warnings;
    QString error;
    QVERIFY2(importJson(doc.get(), fixture("minimal.json"), &warnings, nullptr, &error),
             qPrintable(error));
    QVERIFY(warnings.isEmpty());
    const Journey *j = doc->journey(QStringLiteral("j"));
    QVERIFY(j);
    QVERIFY(j->persona.isEmpty());
    QCOMPARE(j->state, JourneyState::Current);
    QCOMPARE(j->kind, JourneyKind::Journey);
    QCOMPARE(j->steps.size(), 1);
    QCOMPARE(j->steps[0].kind, StepKind::Action);
    QVERIFY(!j->steps[0].emotion);
    QVERIFY(j->steps[0].channel.isEmpty());
    QVERIFY(j->links.isEmpty());
    QVERIFY(doc->workspace().personas.isEmpty());
}

void TestJson::badDocuments_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    auto mutated = [](const char *name, const char *ops, const char *expected) {
        QTest::addRow("%s", name) << mutatedExample(QString::fromLatin1(ops))
                                  << QString::fromUtf8(expected);
    };
    auto file = [](const char *name, const char *path, const char *expected) {
        QTest::addRow("%s", name) << fixture(path) << QString::fromUtf8(expected);
    };
    auto raw = [](const char *name, const QByteArray &data, const char *expected) {
        QTest::addRow("%s", name) << data << QString::fromUtf8(expected);
    };

    // Not a Waymark journey document at all.
    file("truncated", "bad/truncated.json", "not valid JSON at line");
    file("not JSON", "bad/not-json.csv", "not valid JSON at line 1");
    file("empty", "bad/empty.json", "not valid JSON");
    raw("top-level array", "[{\"format\": \"waymark\"}]", "document: must be an object");
    raw("top-level string", "\"waymark\"", "not valid JSON");
    file("wrong format", "bad/wrong-format.json", "document.format: is \"miro-board\"");
    file("wrong version", "bad/wrong-version.json",
         "document.version: is 2; this Waymark reads version 1");
    mutated("version 0", "set version=0", "document.version: is 0");
    mutated("version as text", "set version=\"1\"", "document.version: must be a number");

    // Missing required fields, level by level.
    mutated("missing format", "del format", "document: missing required field \"format\"");
    mutated("missing version", "del version", "document: missing required field \"version\"");
    mutated("missing journeys", "del journeys", "document: missing required field \"journeys\"");
    mutated("missing persona id", "del personas/0/id",
            "personas[0]: missing required field \"id\"");
    mutated("missing persona name", "del personas/0/name",
            "personas[0]: missing required field \"name\"");
    mutated("missing channel id", "del channels/0/id",
            "channels[0]: missing required field \"id\"");
    mutated("missing channel name", "set channels/0/name=null",
            "channels[0]: missing required field \"name\"");
    mutated("missing metric id", "set metrics=[{\"name\": \"Wait\", \"kind\": \"duration\"}]",
            "metrics[0]: missing required field \"id\"");
    mutated("missing metric name", "set metrics=[{\"id\": \"wait\", \"kind\": \"duration\"}]",
            "metrics[0]: missing required field \"name\"");
    mutated("missing metric kind", "set metrics=[{\"id\": \"wait\", \"name\": \"Wait\"}]",
            "metrics[0]: missing required field \"kind\"");
    for (const char *field : {"id", "name", "stages", "lanes", "steps"}) {
        const QByteArray name = "missing journey " + QByteArray(field);
        QTest::addRow("%s", name.constData())
                << mutatedExample(QStringLiteral("del journeys/0/") + QLatin1String(field))
                << QStringLiteral("journeys[0]: missing required field \"%1\"")
                           .arg(QLatin1String(field));
    }
    for (const char *field : {"id", "name"}) {
        const QByteArray name = "missing stage " + QByteArray(field);
        QTest::addRow("%s", name.constData())
                << mutatedExample(QStringLiteral("del journeys/0/stages/0/") + QLatin1String(field))
                << QStringLiteral("journeys[0].stages[0]: missing required field \"%1\"")
                           .arg(QLatin1String(field));
    }
    for (const char *field : {"id", "name", "kind"}) {
        const QByteArray name = "missing lane " + QByteArray(field);
        QTest::addRow("%s", name.constData())
                << mutatedExample(QStringLiteral("del journeys/0/lanes/0/") + QLatin1String(field))
                << QStringLiteral("journeys[0].lanes[0]: missing required field \"%1\"")
                           .arg(QLatin1String(field));
    }
    for (const char *field : {"id", "stage", "lane", "title"}) {
        const QByteArray name = "missing step " + QByteArray(field);
        QTest::addRow("%s", name.constData())
                << mutatedExample(QStringLiteral("del journeys/0/steps/1/") + QLatin1String(field))
                << QStringLiteral("journeys[0].steps[1]: missing required field \"%1\"")
                           .arg(QLatin1String(field));
    }
    for (const char *field : {"from", "to"}) {
        const QByteArray name = "missing link " + QByteArray(field);
        QTest::addRow("%s", name.constData())
                << mutatedExample(QStringLiteral("del journeys/0/links/0/") + QLatin1String(field))
                << QStringLiteral("journeys[0].links[0]: missing required field \"%1\"")
                           .arg(QLatin1String(field));
    }
    mutated("missing comment step", "set journeys/0/comments=[{\"id\": \"c1\", \"text\": \"Hm\"}]",
            "journeys[0].comments[0]: missing required field \"step\"");
    mutated("missing comment text", "set journeys/0/comments=[{\"id\": \"c1\", \"step\": \"a\"}]",
            "journeys[0].comments[0]: missing required field \"text\"");
    mutated("missing vote participant", "set journeys/0/votes=[{\"step\": \"a\", \"count\": 2}]",
            "journeys[0].votes[0]: missing required field \"participant\"");
    mutated("missing vote count",
            "set journeys/0/votes=[{\"step\": \"a\", \"participant\": \"T\"}]",
            "journeys[0].votes[0]: missing required field \"count\"");

    // Wrong types.
    mutated("journeys not an array", "set journeys={}", "document.journeys: must be an array");
    mutated("personas not an array", "set personas=\"p1\"", "document.personas: must be an array");
    mutated("persona not an object", "set personas/0=\"p1\"", "personas[0]: must be an object");
    mutated("persona name a number", "set personas/0/name=5", "personas[0].name: must be a string");
    mutated("stage name a bool", "set journeys/0/stages/0/name=true",
            "journeys[0].stages[0].name: must be a string");
    mutated("steps not an array", "set journeys/0/steps={\"a\": 1}",
            "journeys[0].steps: must be an array");
    mutated("step not an object", "set journeys/0/steps/0=\"a\"",
            "journeys[0].steps[0]: must be an object");
    mutated("step title an array", "set journeys/0/steps/0/title=[\"x\"]",
            "journeys[0].steps[0].title: must be a string");
    mutated("momentOfTruth text", "set journeys/0/steps/0/momentOfTruth=\"no\"",
            "journeys[0].steps[0].momentOfTruth: must be true or false");
    mutated("emotion text", "set journeys/0/steps/0/emotion=\"1\"",
            "journeys[0].steps[0].emotion: must be a number");
    mutated("tags not an array", "set journeys/0/steps/0/tags=\"vip\"",
            "journeys[0].steps[0].tags: must be an array");
    mutated("tag a number", "set journeys/0/steps/0/tags=[\"vip\", 7]",
            "journeys[0].steps[0].tags[1]: must be a string");
    mutated("due not a date", "set journeys/0/steps/0/due=\"tomorrow\"",
            "journeys[0].steps[0].due: \"tomorrow\" is not a date");
    mutated("colour not a colour", "set journeys/0/steps/0/color=\"blurple\"",
            "journeys[0].steps[0].color: \"blurple\" is not a colour");
    mutated("share text", "set journeys/0/links/0/share=\"0.8\"",
            "journeys[0].links[0].share: must be a number");
    mutated("link not an object", "set journeys/0/links/0=[\"a\", \"b\"]",
            "journeys[0].links[0]: must be an object");
    mutated("lane kind unknown", "set journeys/0/lanes/0/kind=\"river\"",
            "journeys[0].lanes[0].kind: \"river\" is not one of: evidence, customer");
    mutated("step kind unknown", "set journeys/0/steps/0/kind=\"card\"",
            "journeys[0].steps[0].kind: \"card\" is not one of");
    mutated("link kind unknown", "set journeys/0/links/0/kind=\"jump\"",
            "journeys[0].links[0].kind: \"jump\" is not one of");
    mutated("journey state unknown", "set journeys/0/state=\"past\"",
            "journeys[0].state: \"past\" is not one of: current, future");
    mutated("journey kind unknown", "set journeys/0/kind=\"poster\"",
            "journeys[0].kind: \"poster\" is not one of: journey, blueprint");
    mutated("channel kind unknown", "set channels/0/kind=\"pigeon\"",
            "channels[0].kind: \"pigeon\" is not one of");
    mutated("priority unknown", "set journeys/0/steps/0/priority=\"urgent\"",
            "journeys[0].steps[0].priority: \"urgent\" is not one of");

    // Dangling references.
    mutated("step to unknown stage", "set journeys/0/steps/0/stage=\"s9\"",
            "journeys[0].steps[0].stage: no stage \"s9\" in journey \"j1\"");
    mutated("step to unknown lane", "set journeys/0/steps/1/lane=\"l9\"",
            "journeys[0].steps[1].lane: no lane \"l9\" in journey \"j1\"");
    mutated("step to unknown channel", "set journeys/0/steps/0/channel=\"fax\"",
            "journeys[0].steps[0].channel: no channel \"fax\"");
    mutated("link from unknown step", "set journeys/0/links/0/from=\"zz\"",
            "journeys[0].links[0].from: no step \"zz\" in journey \"j1\"");
    mutated("link to unknown step", "set journeys/0/links/0/to=\"zz\"",
            "journeys[0].links[0].to: no step \"zz\" in journey \"j1\"");
    file("link to missing step (fixture)", "bad/dangling-link.json",
         "journeys[0].links[0].to: no step \"b\" in journey \"j1\"");
    mutated("journey to unknown persona", "set journeys/0/persona=\"p9\"",
            "journeys[0].persona: no persona \"p9\"");
    mutated("comment on unknown step",
            "set journeys/0/comments=[{\"id\": \"c1\", \"step\": \"q\", \"text\": \"Hm\"}]",
            "journeys[0].comments[0].step: no step \"q\"");
    mutated("vote on unknown step",
            "set journeys/0/votes=[{\"step\": \"q\", \"participant\": \"T\", \"count\": 1}]",
            "journeys[0].votes[0].step: no step \"q\"");

    // Duplicate ids, level by level.
    mutated("duplicate persona", "dup personas/0",
            "personas[1].id: persona id \"p1\" is used twice");
    mutated("duplicate channel", "dup channels/0",
            "channels[1].id: channel id \"web\" is used twice");
    mutated("duplicate metric",
            "set metrics=[{\"id\": \"w\", \"name\": \"W\", \"kind\": \"duration\"}, "
            "{\"id\": \"w\", \"name\": \"W2\", \"kind\": \"custom\"}]",
            "metrics[1].id: metric id \"w\" is used twice");
    mutated("duplicate journey", "dup journeys/0",
            "journeys[1].id: journey id \"j1\" is used twice");
    mutated("duplicate stage", "dup journeys/0/stages/0",
            "journeys[0].stages[1].id: stage id \"s1\" is used twice");
    mutated("duplicate lane", "dup journeys/0/lanes/0",
            "journeys[0].lanes[1].id: lane id \"l1\" is used twice");
    mutated("duplicate step", "dup journeys/0/steps/0",
            "journeys[0].steps[2].id: step id \"a\" is used twice");
    mutated("duplicate link", "set journeys/0/links/0/id=\"x\" ; dup journeys/0/links/0",
            "journeys[0].links[1].id: link id \"x\" is used twice");
    mutated("duplicate comment",
            "set journeys/0/comments=[{\"id\": \"c1\", \"step\": \"a\", \"text\": \"1\"}, "
            "{\"id\": \"c1\", \"step\": \"b\", \"text\": \"2\"}]",
            "journeys[0].comments[1].id: comment id \"c1\" is used twice");
    mutated("two vote rows of one participant",
            "set journeys/0/votes=[{\"step\": \"a\", \"participant\": \"T\", \"count\": 1}, "
            "{\"step\": \"a\", \"participant\": \"T\", \"count\": 2}]",
            "journeys[0]: participant \"T\" has two vote rows on step \"a\"");
    mutated("empty stage id", "set journeys/0/stages/0/id=\"\"",
            "journeys[0].stages[0].id: must not be empty");

    // Values out of range.
    mutated("emotion 3", "set journeys/0/steps/0/emotion=3",
            "journeys[0].steps[0].emotion: must be a whole number from -2 to 2");
    mutated("emotion -3", "set journeys/0/steps/1/emotion=-3",
            "journeys[0].steps[1].emotion: must be a whole number from -2 to 2");
    mutated("emotion 1.5", "set journeys/0/steps/0/emotion=1.5",
            "journeys[0].steps[0].emotion: must be a whole number from -2 to 2");
    mutated("share 1.2", "set journeys/0/links/0/share=1.2",
            "journeys[0].links[0].share: must be from 0 to 1");
    mutated("share -0.1", "set journeys/0/links/0/share=-0.1",
            "journeys[0].links[0].share: must be from 0 to 1");
    mutated("votes per participant 0", "set journeys/0/votesPerParticipant=0",
            "journeys[0].votesPerParticipant: must be a whole number from 1 to 100");
    mutated("negative vote count",
            "set journeys/0/votes=[{\"step\": \"a\", \"participant\": \"T\", \"count\": -1}]",
            "journeys[0].votes[0].count: must be a whole number from 0 to 1000");
}

void TestJson::badDocuments()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const QByteArray before = snapshot(*m_sample);

    // readJson leaves its output alone on error.
    Workspace out = makeTemplate(Template::Blueprint);
    const Workspace untouched = out;
    QStringList warnings;
    QString error;
    QVERIFY(!readJson(data, &out, &warnings, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
    QVERIFY(out == untouched);

    // And an import of it changes nothing in a document.
    error.clear();
    QVERIFY(!importJson(m_sample.get(), data, &warnings, nullptr, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(snapshot(*m_sample), before);
}

void TestJson::unknownFieldsWarn()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("u.cjm"));
    QVERIFY(doc);
    QStringList warnings;
    QString error;
    QVERIFY2(importJson(doc.get(), fixture("unknown-fields.json"), &warnings, nullptr, &error),
             qPrintable(error));
    const QStringList expected{
            QStringLiteral("document: unknown field \"generator\" ignored"),
            QStringLiteral("personas[0]: unknown field \"age\" ignored"),
            QStringLiteral("channels[0]: unknown field \"url\" ignored"),
            QStringLiteral("journeys[0]: unknown field \"owner\" ignored"),
            QStringLiteral("journeys[0].stages[0]: unknown field \"color\" ignored"),
            QStringLiteral("journeys[0].lanes[0]: unknown field \"height\" ignored"),
            QStringLiteral("journeys[0].steps[0]: unknown field \"mood\" ignored"),
            QStringLiteral("journeys[0].links[0]: unknown field \"weight\" ignored"),
    };
    for (const QString &w : expected)
        QVERIFY2(warnings.contains(w), qPrintable(w + QStringLiteral(" not in: ")
                                                  + warnings.join(QStringLiteral(" | "))));
    QCOMPARE(warnings.size(), expected.size());
    const Journey *j = doc->journey(QStringLiteral("j1"));
    QVERIFY(j);
    QCOMPARE(j->steps.size(), 2);
    QCOMPARE(j->links.size(), 1);
}

void TestJson::roundTrip_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("sample") << QStringLiteral("sample");
    QTest::newRow("sample with workshop data") << QStringLiteral("workshop");
    QTest::newRow("blueprint template") << QStringLiteral("blueprint");
    QTest::newRow("design example") << QStringLiteral("design-example.json");
    QTest::newRow("minimal") << QStringLiteral("minimal.json");
}

void TestJson::roundTrip()
{
    QFETCH(QString, source);
    QTemporaryDir dir;
    std::unique_ptr<Document> doc;
    QString error;
    if (source == u"sample" || source == u"workshop") {
        doc = newDocument(dir, QStringLiteral("a.cjm"), Template::Sample);
        QVERIFY(doc);
        if (source == u"workshop") {
            const QString j = QStringLiteral("sofa");
            const QDateTime t(QDate(2026, 5, 4), QTime(13, 14, 15, 678), Qt::UTC);
            QVERIFY(doc->insertComment(j,
                                       {QStringLiteral("c1"), QStringLiteral("c08"),
                                        QStringLiteral("Ирина"), QStringLiteral("Fees \"later\""),
                                        t},
                                       0, &error));
            QVERIFY(doc->setVote(j, {QStringLiteral("c10"), QStringLiteral("Team 比"), 3}, &error));
            Step s = *doc->journey(j)->step(u"c03");
            s.tags = {QStringLiteral("vip"), QStringLiteral("web, mobile")};
            s.due = QDate(2026, 7, 1);
            s.priority = Priority::High;
            s.color = QStringLiteral("#aa0011");
            s.description = QStringLiteral("Line\none\ttab \\ backslash");
            QVERIFY2(doc->updateSteps(j, {s}, &error), qPrintable(error));
        }
    } else if (source == u"blueprint") {
        doc = newDocument(dir, QStringLiteral("a.cjm"), Template::Blueprint);
        QVERIFY(doc);
    } else {
        doc = newDocument(dir, QStringLiteral("a.cjm"));
        QVERIFY(doc);
        QVERIFY2(importJson(doc.get(), fixture(source.toLatin1().constData()), nullptr, nullptr,
                            &error),
                 qPrintable(error));
    }
    const QByteArray first = exportJson(doc->workspace());

    auto copy = newDocument(dir, QStringLiteral("b.cjm"));
    QVERIFY(copy);
    QStringList warnings, notes;
    QVERIFY2(importJson(copy.get(), first, &warnings, &notes, &error), qPrintable(error));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n')));
    const QString path = copy->filePath();
    copy.reset();
    OpenResult reopened = openDocument(path);
    QVERIFY(reopened.document);
    const QByteArray second = exportJson(reopened.document->workspace());
    QCOMPARE(second, first);
}

void TestJson::importTwiceGivesFreshJourneyIds()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("t.cjm"));
    QVERIFY(doc);
    const QByteArray example = fixture("design-example.json");
    QStringList notes;
    QString error;
    QVERIFY2(importJson(doc.get(), example, nullptr, &notes, &error), qPrintable(error));
    QVERIFY(notes.isEmpty());
    QVERIFY2(importJson(doc.get(), example, nullptr, &notes, &error), qPrintable(error));

    const Workspace &ws = doc->workspace();
    QCOMPARE(ws.journeys.size(), 2);
    const QString second = ws.journeys[1].id;
    QCOMPARE(ws.journeys[0].id, QStringLiteral("j1"));
    QVERIFY(second != u"j1" && !second.isEmpty());
    QCOMPARE(ws.journeys[1].name, ws.journeys[0].name);
    QVERIFY(ws.journeys[1].step(u"a")); // ids inside a journey stay
    // Same persona and channel: shared, not copied.
    QCOMPARE(ws.personas.size(), 1);
    QCOMPARE(ws.channels.size(), 1);
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes[0].contains(QStringLiteral("\"j1\"")) && notes[0].contains(second),
             qPrintable(notes[0]));
}

void TestJson::exportKeyOrder()
{
    const QByteArray text = exportJson(m_sample->workspace());
    QVERIFY(text.startsWith("{\n  \"format\": \"waymark\",\n  \"version\": 1,"));
    const Ordered root = OrderedReader(text).value();
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("format"), QStringLiteral("version"),
                                       QStringLiteral("personas"), QStringLiteral("channels"),
                                       QStringLiteral("metrics"), QStringLiteral("journeys")}));
    // Each object keeps the order of DESIGN.md §7 (extra fields may come between).
    const QStringList persona = root.at(QStringLiteral("personas"))->items[0].keys();
    QVERIFY2(inOrder(persona, {QStringLiteral("id"), QStringLiteral("name"),
                               QStringLiteral("goals"), QStringLiteral("quote")}),
             qPrintable(persona.join(u',')));
    const QStringList channel = root.at(QStringLiteral("channels"))->items[0].keys();
    QVERIFY(inOrder(channel,
                    {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind")}));
    const Ordered &journey = root.at(QStringLiteral("journeys"))->items[0];
    QVERIFY2(inOrder(journey.keys(),
                     {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("persona"),
                      QStringLiteral("state"), QStringLiteral("kind"), QStringLiteral("scenario"),
                      QStringLiteral("stages"), QStringLiteral("lanes"), QStringLiteral("steps"),
                      QStringLiteral("links")}),
             qPrintable(journey.keys().join(u',')));
    QCOMPARE(journey.at(QStringLiteral("stages"))->items[0].keys().mid(0, 2),
             (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
    QCOMPARE(journey.at(QStringLiteral("lanes"))->items[0].keys(),
             (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind")}));
    // c01 has every documented step field.
    const QStringList step = journey.at(QStringLiteral("steps"))->items[0].keys();
    QVERIFY2(inOrder(step,
                     {QStringLiteral("id"), QStringLiteral("stage"), QStringLiteral("lane"),
                      QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("channel"),
                      QStringLiteral("owner"), QStringLiteral("emotion"),
                      QStringLiteral("momentOfTruth"), QStringLiteral("key"),
                      QStringLiteral("entry"), QStringLiteral("goal"), QStringLiteral("metrics")}),
             qPrintable(step.join(u',')));
    const QStringList link = journey.at(QStringLiteral("links"))->items[0].keys();
    QVERIFY2(inOrder(link, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("kind"),
                            QStringLiteral("share"), QStringLiteral("label")}),
             qPrintable(link.join(u',')));
    QVERIFY(QJsonDocument::fromJson(text).isObject()); // and it is JSON
}

void TestJson::exportSelectedJourneys()
{
    const QByteArray one = exportJson(m_sample->workspace(), {QStringLiteral("sofa-future")});
    const QJsonObject root = QJsonDocument::fromJson(one).object();
    const QJsonArray journeys = root[u"journeys"].toArray();
    QCOMPARE(journeys.size(), 1);
    QCOMPARE(journeys[0][u"id"].toString(), QStringLiteral("sofa-future"));
    QCOMPARE(root[u"personas"].toArray().size(), m_sample->workspace().personas.size());
}

QTEST_GUILESS_MAIN(TestJson)

#include "tst_json.moc"
