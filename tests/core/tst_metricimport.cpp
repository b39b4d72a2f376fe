// Importing metric data into a real .cjm file: one undo step, missing
// metric definitions made and unmade with it, re-imports of the same survey
// replacing the older values, all or nothing when a write fails half-way,
// and the per-step metrics JSON of DESIGN.md §7.

#include "testutil.h"

#include "commands/importmetricscommand.h"
#include "commands/undostack.h"
#include "metrics/datafile.h"
#include "metrics/metricimport.h"
#include "metrics/metricsjson.h"
#include "metrics/preview.h"
#include "metrics/proposal.h"
#include "metrics/summary.h"
#include "model/standardmetrics.h"
#include "storage/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace waymark;
using namespace waymark::test;

namespace {

const QString kJourney = QStringLiteral("sofa");

// Plans the import of `path` with the proposed mapping (or `mapping`).
ImportPlan plan(const Document &doc, const QString &path, const Mapping *mapping = nullptr)
{
    DataFile file;
    QString error;
    if (!file.open(path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    DataPreview preview;
    CsvError csvError;
    if (!readPreview(file, std::nullopt, kProposalRows, &preview, &csvError)) {
        qWarning("%s", qPrintable(csvError.toString()));
        return {};
    }
    const Mapping used
            = mapping ? *mapping : proposeMapping(preview, doc.workspace(), kJourney).mapping;
    ImportPlan p;
    if (!planImport(doc.workspace(), kJourney, file, preview, used, {}, &p, &error))
        qWarning("%s", qPrintable(error));
    return p;
}

QString metricsPath(const char *name)
{
    return dataPath(QStringLiteral("metrics/") + QString::fromLatin1(name));
}

const MetricValue *valueOf(const Document &doc, const QString &step, const QString &metric)
{
    for (const MetricValue &v : doc.journey(kJourney)->metricValues) {
        if (v.step == step && v.metric == metric && v.period.isEmpty() && v.segment.isEmpty())
            return &v;
    }
    return nullptr;
}

// The whole workspace as the file holds it, read by a second connection.
Workspace onDisk(const QString &path)
{
    OpenResult r = openDocument(path, OpenMode::ReadOnly);
    return r.document ? r.document->workspace() : Workspace();
}

// Sources and values are compared as sets: undo may put rows back in
// another order, which nothing reads.
void normalize(Workspace &ws)
{
    std::sort(ws.sources.begin(), ws.sources.end(),
              [](const ImportSource &a, const ImportSource &b) { return a.id < b.id; });
    for (Journey &j : ws.journeys) {
        std::sort(j.metricValues.begin(), j.metricValues.end(),
                  [](const MetricValue &a, const MetricValue &b) {
                      return std::tie(a.step, a.metric, a.period, a.segment, a.source)
                             < std::tie(b.step, b.metric, b.period, b.segment, b.source);
                  });
    }
}

bool sameWorkspace(Workspace a, Workspace b)
{
    normalize(a);
    normalize(b);
    return a == b;
}

} // namespace

class TestMetricImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importIsOneUndoStep();
    void createsMissingDefinitions();
    void reimportReplaces();
    void otherSurveyIsKeptBeside();
    void failureHalfWayChangesNothing_data();
    void failureHalfWayChangesNothing();
    void readOnlyDocumentRefuses();
    void metricsJson();
    void formulaChangeShowsWithoutReimport();
};

void TestMetricImport::importIsOneUndoStep()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("map.cjm"), Template::Sample);
    QVERIFY(doc);
    const QByteArray before = snapshot(*doc);
    const Workspace beforeWs = doc->workspace();
    ImportPlan p = plan(*doc, metricsPath("plain.csv"));
    QVERIFY(!p.values.isEmpty());
    QVERIFY(p.newMetricDefs.isEmpty()); // the sample has NPS, CSAT and CES
    QCOMPARE(p.source.id, QStringLiteral("import"));
    QCOMPARE(p.source.fileName, QStringLiteral("plain.csv"));
    QCOMPARE(p.source.layout, QStringLiteral("plain"));
    QCOMPARE(p.source.rowsRead, 16);
    QCOMPARE(p.source.rowsRejected, 2);
    const qsizetype values = p.values.size();

    UndoStack stack;
    QString error;
    QVERIFY2(stack.tryPush(new ImportMetricsCommand(doc.get(), std::move(p)), &error),
             qPrintable(error));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Import metrics from plain.csv"));
    QCOMPARE(doc->workspace().sources.size(), 1);
    QCOMPARE(doc->journey(kJourney)->metricValues.size(), values);
    QCOMPARE(valueOf(*doc, QStringLiteral("c08"), QStringLiteral("nps"))->n, 6);
    QVERIFY(snapshot(*doc) != before);
    // Written through to the file, the mapping and report with it.
    const Workspace written = onDisk(doc->filePath());
    QVERIFY(sameWorkspace(written, doc->workspace()));
    QVERIFY(written.sources.first().mapping.contains(QStringLiteral("\"step\":\"Touchpoint\"")));
    QCOMPARE(ImportReport::fromJson(written.sources.first().report.toUtf8()).unmatched.size(), 2);

    QVERIFY(stack.tryUndo(&error));
    QCOMPARE(snapshot(*doc), before);
    QVERIFY(sameWorkspace(doc->workspace(), beforeWs));
    QVERIFY(sameWorkspace(onDisk(doc->filePath()), beforeWs));
    QVERIFY(stack.tryRedo(&error));
    QCOMPARE(doc->journey(kJourney)->metricValues.size(), values);
    QVERIFY(sameWorkspace(onDisk(doc->filePath()), doc->workspace()));
}

void TestMetricImport::createsMissingDefinitions()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("map.cjm"), Template::Sample);
    QString error;
    for (const QString &id : {QStringLiteral("nps"), QStringLiteral("csat"), QStringLiteral("ces")})
        QVERIFY2(doc->removeMetricDef(id, &error), qPrintable(error));
    const Workspace before = doc->workspace();
    QVERIFY(before.metricDefs.isEmpty());

    ImportPlan p = plan(*doc, metricsPath("plain.csv"));
    QCOMPARE(p.newMetricDefs.size(), 3);
    UndoStack stack;
    QVERIFY2(stack.tryPush(new ImportMetricsCommand(doc.get(), std::move(p)), &error),
             qPrintable(error));
    QCOMPARE(doc->workspace().metricDefs, standardMetrics().metricDefs);

    // Custom metrics from a mapping: a sum and a mean, made up as needed.
    Mapping analytics;
    QVERIFY(mappingFromJson(readFile(metricsPath("analytics-mapping.json")), &analytics, nullptr,
                            &error));
    ImportPlan q = plan(*doc, metricsPath("analytics.csv"), &analytics);
    QCOMPARE(q.newMetricDefs.size(), 2);
    QVERIFY2(stack.tryPush(new ImportMetricsCommand(doc.get(), std::move(q)), &error),
             qPrintable(error));
    const MetricDef *sessions = doc->workspace().metricDef(QStringLiteral("sessions"));
    QVERIFY(sessions);
    QCOMPARE(sessions->formula, Formula::Sum);
    QCOMPARE(doc->workspace().metricDef(QStringLiteral("wait_minutes"))->unit,
             QStringLiteral("min"));
    // "Browses sofas on the website": 1200 + 1350 sessions, waits 1.5 and 1.25.
    const MetricValue *s = valueOf(*doc, QStringLiteral("c03"), QStringLiteral("sessions"));
    QVERIFY(s);
    QCOMPARE(s->value, 2550.0);
    QCOMPARE(valueOf(*doc, QStringLiteral("c03"), QStringLiteral("wait_minutes"))->value, 1.375);
    QVERIFY(valueOf(*doc, QStringLiteral("c03"), QStringLiteral("wait_minutes"))
                    ->histogram.isEmpty());

    QVERIFY(stack.tryUndo(&error));
    QVERIFY(stack.tryUndo(&error));
    QVERIFY(sameWorkspace(doc->workspace(), before));
    QVERIFY(sameWorkspace(onDisk(doc->filePath()), before));
}

void TestMetricImport::reimportReplaces()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("map.cjm"), Template::Sample);
    UndoStack stack;
    QString error;
    QVERIFY(stack.tryPush(new ImportMetricsCommand(doc.get(), plan(*doc, metricsPath("plain.csv"))),
                          &error));
    const Workspace first = doc->workspace();
    const QString id = first.sources.first().id;

    // A newer export of the same survey: two more answers for TP-08.
    QByteArray newer = readFile(metricsPath("plain.csv"));
    newer += "R_17,2026-04-02T08:00:00Z,TP-08,10,5,7,New,\nR_18,2026-04-03T08:00:00Z,TP-08,9,4,6,"
             "New,\n";
    const QString newerPath = dir.filePath(QStringLiteral("plain-april.csv"));
    QVERIFY(writeFile(newerPath, newer));
    ImportPlan p = plan(*doc, newerPath);
    QCOMPARE(p.replaces, QStringList{id});
    QCOMPARE(p.source.id, id);
    QVERIFY2(stack.tryPush(new ImportMetricsCommand(doc.get(), std::move(p)), &error),
             qPrintable(error));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(doc->workspace().sources.size(), 1);
    QCOMPARE(doc->workspace().sources.first().fileName, QStringLiteral("plain-april.csv"));
    QCOMPARE(doc->workspace().sources.first().rowsRead, 18);
    QCOMPARE(valueOf(*doc, QStringLiteral("c08"), QStringLiteral("nps"))->n, 8);
    // Nothing of the older import is left beside it.
    for (const MetricValue &v : doc->journey(kJourney)->metricValues)
        QCOMPARE(v.source, id);
    QVERIFY(sameWorkspace(onDisk(doc->filePath()), doc->workspace()));

    // One undo step brings the older import back whole.
    QVERIFY(stack.tryUndo(&error));
    QVERIFY(sameWorkspace(doc->workspace(), first));
    QCOMPARE(valueOf(*doc, QStringLiteral("c08"), QStringLiteral("nps"))->n, 6);
    QVERIFY(sameWorkspace(onDisk(doc->filePath()), first));
    QVERIFY(stack.tryRedo(&error));
    QCOMPARE(valueOf(*doc, QStringLiteral("c08"), QStringLiteral("nps"))->n, 8);
}

void TestMetricImport::otherSurveyIsKeptBeside()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("map.cjm"), Template::Sample);
    UndoStack stack;
    QString error;
    QVERIFY(stack.tryPush(new ImportMetricsCommand(doc.get(), plan(*doc, metricsPath("plain.csv"))),
                          &error));
    ImportPlan q = plan(*doc, metricsPath("qualtrics.csv"));
    QVERIFY(q.replaces.isEmpty());
    QCOMPARE(q.source.id, QStringLiteral("import-2"));
    QCOMPARE(q.source.layout, QStringLiteral("qualtrics"));
    QVERIFY(stack.tryPush(new ImportMetricsCommand(doc.get(), std::move(q)), &error));
    QCOMPARE(doc->workspace().sources.size(), 2);
    // Both surveys asked about "Checks out online": the map shows them as one.
    const auto metrics
            = stepMetrics(doc->workspace(), *doc->journey(kJourney), QStringLiteral("c08"));
    QCOMPARE(metrics.first().metric, QStringLiteral("nps"));
    QCOMPARE(metrics.first().n, 6 + 3);
}

void TestMetricImport::failureHalfWayChangesNothing_data()
{
    QTest::addColumn<bool>("replacing");
    QTest::addColumn<bool>("missingDefinitions");
    QTest::addRow("first import") << false << false;
    QTest::addRow("first import, definitions made") << false << true;
    QTest::addRow("re-import replacing values") << true << false;
}

void TestMetricImport::failureHalfWayChangesNothing()
{
    QFETCH(bool, replacing);
    QFETCH(bool, missingDefinitions);
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("map.cjm"), Template::Sample);
    UndoStack stack;
    QString error;
    if (missingDefinitions) {
        for (const QString &id :
             {QStringLiteral("nps"), QStringLiteral("csat"), QStringLiteral("ces")})
            QVERIFY(doc->removeMetricDef(id, &error));
    }
    if (replacing) {
        QVERIFY(stack.tryPush(
                new ImportMetricsCommand(doc.get(), plan(*doc, metricsPath("plain.csv"))), &error));
    }
    const QByteArray before = snapshot(*doc);
    const Workspace beforeWs = doc->workspace();
    const int beforeCount = stack.count();
    ImportPlan p = plan(*doc, metricsPath("plain.csv"));
    QVERIFY(p.values.size() > 40);
    QCOMPARE(p.replaces.size(), replacing ? 1 : 0);

    // The disk fills up after 40 values have been written.
    {
        Database other;
        QVERIFY2(other.open(doc->filePath(), Database::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY2(other.exec("CREATE TRIGGER disk_full BEFORE INSERT ON metric_value"
                            " WHEN (SELECT count(*) FROM metric_value) >= 40"
                            " BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END",
                            &error),
                 qPrintable(error));
        if (replacing) {
            // The older import's rows count too: let the new ones get half-way.
            const QByteArray sql = "DROP TRIGGER disk_full; CREATE TRIGGER disk_full BEFORE INSERT"
                                   " ON metric_value WHEN (SELECT count(*) FROM metric_value) >= 40"
                                   " AND (SELECT count(*) FROM import_source) > 0"
                                   " BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END";
            QVERIFY2(other.exec(sql.constData(), &error), qPrintable(error));
        }
    }
    QVERIFY(!stack.tryPush(new ImportMetricsCommand(doc.get(), std::move(p)), &error));
    QVERIFY2(error.contains(QStringLiteral("disk full (test)")), qPrintable(error));
    QCOMPARE(stack.count(), beforeCount);
    QCOMPARE(snapshot(*doc), before);
    QVERIFY(sameWorkspace(doc->workspace(), beforeWs));
    QVERIFY(sameWorkspace(onDisk(doc->filePath()), beforeWs));
    if (replacing)
        QCOMPARE(valueOf(*doc, QStringLiteral("c08"), QStringLiteral("nps"))->n, 6);
    QString integrity;
    QVERIFY2(doc->integrityCheck(&integrity), qPrintable(integrity));
}

void TestMetricImport::readOnlyDocumentRefuses()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("map.cjm"), Template::Sample);
    ImportPlan p = plan(*doc, metricsPath("plain.csv"));
    const Workspace before = doc->workspace();
    doc->setReadOnly(QStringLiteral("opened read-only"));
    UndoStack stack;
    QString error;
    QVERIFY(!stack.tryPush(new ImportMetricsCommand(doc.get(), std::move(p)), &error));
    QVERIFY(error.contains(QStringLiteral("read-only")));
    QVERIFY(doc->workspace() == before);
}

void TestMetricImport::metricsJson()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("map.cjm"), Template::Sample);
    UndoStack stack;
    QString error;
    QVERIFY(stack.tryPush(new ImportMetricsCommand(doc.get(), plan(*doc, metricsPath("plain.csv"))),
                          &error));
    const QByteArray text = waymark::metricsJson(doc->workspace(), {kJourney});
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(text, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    // The documented key order, which QJsonObject would not keep.
    QVERIFY(text.indexOf("\"journeys\"") < text.indexOf("\"unmatched\""));
    QVERIFY(text.indexOf("\"unmatched\"") < text.indexOf("\"rejected\""));
    QVERIFY(text.indexOf("\"value\": 16.66666") >= 0);
    QVERIFY(text.indexOf("\"value\": 16.66666") < text.indexOf("\"n\": 6"));

    const QJsonArray journeys = root.value(u"journeys").toArray();
    QCOMPARE(journeys.size(), 1);
    const QJsonObject j = journeys.first().toObject();
    QCOMPARE(j.value(u"id").toString(), kJourney);
    QCOMPARE(j.value(u"name").toString(), doc->journey(kJourney)->name);
    const QJsonArray steps = j.value(u"steps").toArray();
    QCOMPARE(steps.size(), doc->journey(kJourney)->steps.size());
    QJsonObject c08;
    for (const QJsonValue &s : steps) {
        if (s.toObject().value(u"id").toString() == u"c08")
            c08 = s.toObject();
    }
    QCOMPARE(c08.value(u"key").toString(), QStringLiteral("TP-08"));
    QCOMPARE(c08.value(u"title").toString(), QStringLiteral("Checks out online"));
    const QJsonObject m = c08.value(u"metrics").toObject();
    QCOMPARE(m.keys(),
             (QStringList{QStringLiteral("ces"), QStringLiteral("csat"), QStringLiteral("nps")}));
    // Full precision: 3 promoters and 2 detractors of 6 (only the text rounds).
    const QJsonObject nps = m.value(u"nps").toObject();
    QCOMPARE(nps.keys(), (QStringList{QStringLiteral("formula"), QStringLiteral("n"),
                                      QStringLiteral("value")}));
    QVERIFY(std::fabs(nps.value(u"value").toDouble() - 50.0 / 3) < 1e-12);
    QVERIFY(nps.value(u"value").toDouble() != 16.67);
    QCOMPARE(nps.value(u"n").toInt(), 6);
    QCOMPARE(nps.value(u"formula").toString(), QStringLiteral("nps"));
    QCOMPARE(m.value(u"csat").toObject().value(u"value").toDouble(), 60.0);
    QCOMPARE(m.value(u"csat").toObject().value(u"formula").toString(), QStringLiteral("top2"));
    QCOMPARE(m.value(u"ces").toObject().value(u"value").toDouble(), 5.25);
    QCOMPARE(m.value(u"ces").toObject().value(u"formula").toString(), QStringLiteral("mean"));

    QCOMPARE(root.value(u"unmatched").toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("Unknown step name")},
                                     {QStringLiteral("rows"), 2}},
                         QJsonObject{{QStringLiteral("value"), QString()},
                                     {QStringLiteral("rows"), 1}}}));
    QCOMPARE(root.value(u"rejected").toInt(), 2);

    // The other journey got no import: nothing unmatched there.
    const QJsonObject future
            = QJsonDocument::fromJson(
                      waymark::metricsJson(doc->workspace(), {QStringLiteral("sofa-future")}))
                      .object();
    QVERIFY(future.value(u"unmatched").toArray().isEmpty());
    QCOMPARE(future.value(u"rejected").toInt(), 0);
}

void TestMetricImport::formulaChangeShowsWithoutReimport()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("map.cjm"), Template::Sample);
    UndoStack stack;
    QString error;
    QVERIFY(stack.tryPush(new ImportMetricsCommand(doc.get(), plan(*doc, metricsPath("plain.csv"))),
                          &error));
    MetricDef csat = *doc->workspace().metricDef(QStringLiteral("csat"));
    csat.formula = Formula::Mean;
    QVERIFY(doc->updateMetricDef(csat, &error));
    const QJsonObject root
            = QJsonDocument::fromJson(waymark::metricsJson(doc->workspace(), {kJourney})).object();
    for (const QJsonValue &s :
         root.value(u"journeys").toArray().first().toObject().value(u"steps").toArray()) {
        if (s.toObject().value(u"id").toString() != u"c08")
            continue;
        const QJsonObject v = s.toObject().value(u"metrics").toObject().value(u"csat").toObject();
        QCOMPARE(v.value(u"value").toDouble(), 3.6); // 5 4 4 3 2
        QCOMPARE(v.value(u"formula").toString(), QStringLiteral("mean"));
        return;
    }
    QFAIL("no step c08");
}

QTEST_GUILESS_MAIN(TestMetricImport)
#include "tst_metricimport.moc"
