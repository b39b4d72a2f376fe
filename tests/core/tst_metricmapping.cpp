// Which column is which: the --mapping JSON (DESIGN.md §7), the mapping
// proposed from real export headers and question texts, the journey chosen
// for the data, and the checks that turn a mapping into an aggregation.

#include "testutil.h"

#include "metrics/datafile.h"
#include "metrics/mapping.h"
#include "metrics/metricimport.h"
#include "metrics/preview.h"
#include "metrics/proposal.h"

#include <QTest>

using namespace waymark;
using namespace waymark::test;

namespace {

DataPreview previewOf(const QString &name)
{
    DataFile file;
    QString error;
    DataPreview preview;
    CsvError csvError;
    if (!file.open(dataPath(QStringLiteral("metrics/") + name), &error)
        || !readPreview(file, std::nullopt, kProposalRows, &preview, &csvError))
        qWarning("%s %s", qPrintable(error), qPrintable(csvError.toString()));
    return preview;
}

DataPreview previewOfBytes(const QByteArray &bytes)
{
    DataFile file;
    QString error;
    DataPreview preview;
    CsvError csvError;
    file.setBytes(bytes, &error);
    readPreview(file, std::nullopt, kProposalRows, &preview, &csvError);
    return preview;
}

QString metricColumn(const Mapping &m, const QString &metric)
{
    for (const MetricColumn &c : m.metrics) {
        if (c.metric == metric)
            return c.column;
    }
    return {};
}

} // namespace

class TestMetricMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheDocumentedMapping();
    void objectForm();
    void badMappings_data();
    void badMappings();
    void roundTrip();
    void signature();
    void proposals_data();
    void proposals();
    void proposalWithoutMetrics();
    void choosesTheJourney();
    void specChecks_data();
    void specChecks();
    void specMakesMissingDefinitions();
};

void TestMetricMapping::readsTheDocumentedMapping()
{
    const QByteArray json = R"({ "step": "Touchpoint", "match": "key",
        "metrics": {"nps": "Q1", "csat": "Q2", "ces": "Q3", "wait_minutes": "Q7"},
        "date": "RecordedDate", "segment": "Segment" })";
    Mapping m;
    QStringList warnings;
    QString error;
    QVERIFY2(mappingFromJson(json, &m, &warnings, &error), qPrintable(error));
    QVERIFY(warnings.isEmpty());
    QCOMPARE(m.step, QStringLiteral("Touchpoint"));
    QCOMPARE(m.match, StepMatch::Key);
    QCOMPARE(m.metrics.size(), 4);
    QCOMPARE(m.metrics[0], (MetricColumn{QStringLiteral("nps"), QStringLiteral("Q1"), {}, {}, {}}));
    QCOMPARE(m.metrics[1].metric, QStringLiteral("csat"));
    QCOMPARE(m.metrics[2].metric, QStringLiteral("ces"));
    QCOMPARE(m.metrics[3].metric, QStringLiteral("wait_minutes"));
    QCOMPARE(m.metrics[3].column, QStringLiteral("Q7"));
    QCOMPARE(m.date, QStringLiteral("RecordedDate"));
    QCOMPARE(m.segment, QStringLiteral("Segment"));
    QCOMPARE(m.period, PeriodUnit::Month);
}

void TestMetricMapping::objectForm()
{
    const QByteArray json = R"({"step": "Page", "period": "week", "shoe": 1,
        "metrics": {"sessions": {"column": "Sessions", "formula": "sum", "name": "Sessions",
                                 "unit": "visits"}}})";
    Mapping m;
    QStringList warnings;
    QString error;
    QVERIFY2(mappingFromJson(json, &m, &warnings, &error), qPrintable(error));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(QStringLiteral("\"shoe\"")));
    QCOMPARE(m.match, StepMatch::Auto);
    QCOMPARE(m.period, PeriodUnit::Week);
    QCOMPARE(m.metrics.first(),
             (MetricColumn{QStringLiteral("sessions"), QStringLiteral("Sessions"), Formula::Sum,
                           QStringLiteral("Sessions"), QStringLiteral("visits")}));
}

void TestMetricMapping::badMappings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    QTest::addRow("not JSON") << QByteArray("{step:") << "not valid JSON";
    QTest::addRow("an array") << QByteArray("[]") << "must be an object";
    QTest::addRow("no step") << QByteArray(R"({"metrics": {"nps": "Q1"}})") << "\"step\"";
    QTest::addRow("step is a number")
            << QByteArray(R"({"step": 3, "metrics": {"nps": "Q1"}})") << "\"step\" must be";
    QTest::addRow("bad match") << QByteArray(
            R"({"step": "T", "match": "id", "metrics": {"nps": "Q1"}})")
                               << "\"match\"";
    QTest::addRow("bad period") << QByteArray(
            R"({"step": "T", "period": "day", "metrics": {"nps": "Q1"}})")
                                << "\"period\"";
    QTest::addRow("no metrics") << QByteArray(R"({"step": "T"})") << "\"metrics\"";
    QTest::addRow("empty metrics")
            << QByteArray(R"({"step": "T", "metrics": {}})") << "\"metrics\"";
    QTest::addRow("metric without column")
            << QByteArray(R"({"step": "T", "metrics": {"nps": {"formula": "nps"}}})")
            << "names no column";
    QTest::addRow("metric is a number")
            << QByteArray(R"({"step": "T", "metrics": {"nps": 1}})") << "must name a column";
    QTest::addRow("unknown formula") << QByteArray(
            R"({"step": "T", "metrics": {"x": {"column": "C", "formula": "median"}}})")
                                     << "unknown formula \"median\"";
}

void TestMetricMapping::badMappings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    Mapping m;
    QString error;
    QVERIFY(!mappingFromJson(json, &m, nullptr, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY(error.startsWith(QStringLiteral("mapping: ")));
}

void TestMetricMapping::roundTrip()
{
    Mapping m;
    m.step = QStringLiteral("Q1");
    m.match = StepMatch::Title;
    m.metrics = {{QStringLiteral("nps"), QStringLiteral("Q2"), {}, {}, {}},
                 {QStringLiteral("wait"), QStringLiteral("Wait \"min\""), Formula::Sum,
                  QStringLiteral("Wait"), QStringLiteral("min")}};
    m.date = QStringLiteral("RecordedDate");
    m.period = PeriodUnit::Week;
    Mapping back;
    QString error;
    QVERIFY2(mappingFromJson(mappingToJson(m), &back, nullptr, &error), qPrintable(error));
    QCOMPARE(back, m);
    QVERIFY(mappingToJson(m).startsWith("{\"step\":\"Q1\",\"match\":\"title\",\"metrics\":"));
}

void TestMetricMapping::signature()
{
    Mapping a;
    a.step = QStringLiteral("Touchpoint");
    a.metrics = {{QStringLiteral("nps"), QStringLiteral("NPS"), {}, {}, {}},
                 {QStringLiteral("csat"), QStringLiteral("CSAT"), {}, {}, {}}};
    Mapping b = a;
    b.step = QStringLiteral(" touchpoint ");
    std::swap(b.metrics[0], b.metrics[1]);
    b.match = StepMatch::Key; // how steps are found does not make another survey
    QCOMPARE(mappingSignature(QStringLiteral("j1"), b), mappingSignature(QStringLiteral("j1"), a));
    QVERIFY(mappingSignature(QStringLiteral("j2"), a) != mappingSignature(QStringLiteral("j1"), a));
    b.metrics[0].column = QStringLiteral("Satisfaction");
    QVERIFY(mappingSignature(QStringLiteral("j1"), b) != mappingSignature(QStringLiteral("j1"), a));
}

void TestMetricMapping::proposals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("step");
    QTest::addColumn<StepMatch>("match");
    QTest::addColumn<QString>("nps");
    QTest::addColumn<QString>("csat");
    QTest::addColumn<QString>("ces");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("segment");
    QTest::addRow("plain") << "plain.csv"
                           << "Touchpoint" << StepMatch::Auto << "NPS"
                           << "Satisfaction"
                           << "Effort"
                           << "RecordedDate"
                           << "Segment";
    // The NPS group column (codes 1-3) is not NPS; the question texts decide.
    QTest::addRow("qualtrics") << "qualtrics.csv"
                               << "Q1" << StepMatch::Title << "Q2"
                               << "Q3"
                               << "Q4"
                               << "RecordedDate"
                               << "";
    QTest::addRow("surveymonkey")
            << "surveymonkey.csv"
            << "Which part of your purchase are you rating?" << StepMatch::Title
            << "How likely is it that you would recommend Sofa & Co to a friend or colleague?"
            << "Overall, how satisfied or dissatisfied are you with this part of your purchase?"
            << "Sofa & Co made it easy for me to handle my issue."
            << "End Date"
            << "What type of customer are you?";
    QTest::addRow("Russian headers")
            << "semicolon.csv" << QString::fromUtf8("Точка контакта") << StepMatch::Key
            << QString::fromUtf8("Оценка NPS") << QString::fromUtf8("Удовлетворённость") << ""
            << QString::fromUtf8("Дата") << "";
    QTest::addRow("UTF-16 tabs") << "tab-utf16.txt"
                                 << "Touchpoint" << StepMatch::Key << "NPS"
                                 << "CSAT"
                                 << ""
                                 << ""
                                 << "";
}

void TestMetricMapping::proposals()
{
    QFETCH(QString, file);
    QFETCH(QString, step);
    QFETCH(StepMatch, match);
    QFETCH(QString, nps);
    QFETCH(QString, csat);
    QFETCH(QString, ces);
    QFETCH(QString, date);
    QFETCH(QString, segment);
    const Workspace ws = makeTemplate(Template::Sample);
    const MappingProposal p = proposeMapping(previewOf(file), ws, QStringLiteral("sofa"));
    QCOMPARE(p.journey, QStringLiteral("sofa"));
    QVERIFY2(p.isUsable(), qPrintable(p.notes.join(u'\n')));
    QCOMPARE(p.mapping.step, step);
    QCOMPARE(p.mapping.match, match);
    QCOMPARE(metricColumn(p.mapping, QStringLiteral("nps")), nps);
    QCOMPARE(metricColumn(p.mapping, QStringLiteral("csat")), csat);
    QCOMPARE(metricColumn(p.mapping, QStringLiteral("ces")), ces);
    QCOMPARE(p.mapping.date, date);
    QCOMPARE(p.mapping.segment, segment);
    QVERIFY(p.notes.size() >= 2); // it says why
}

void TestMetricMapping::proposalWithoutMetrics()
{
    const Workspace ws = makeTemplate(Template::Sample);
    const MappingProposal p = proposeMapping(previewOf(QStringLiteral("analytics.csv")), ws,
                                             QStringLiteral("sofa"));
    QCOMPARE(p.mapping.step, QStringLiteral("Page title"));
    QVERIFY(p.mapping.metrics.isEmpty());
    QVERIFY(!p.isUsable());
    QVERIFY(p.notes.join(u'\n').contains(QStringLiteral("no column reads like NPS")));

    // A header that says NPS over answers off its scale is not taken for NPS.
    const MappingProposal q = proposeMapping(previewOfBytes("Touchpoint,NPS\nTP-01,45\nTP-02,80\n"),
                                             ws, QStringLiteral("sofa"));
    QVERIFY(q.mapping.metrics.isEmpty());
    QVERIFY(q.notes.join(u'\n').contains(QStringLiteral("not on the 0-10 scale")));
}

void TestMetricMapping::choosesTheJourney()
{
    const Workspace ws = makeTemplate(Template::Sample);
    // Titles of the current state: only "sofa" fits.
    MappingProposal p = proposeMapping(previewOf(QStringLiteral("plain.csv")), ws);
    QCOMPARE(p.journey, QStringLiteral("sofa"));
    QCOMPARE(p.fits.size(), 2);
    QCOMPARE(p.fits.first().journey, QStringLiteral("sofa"));
    QVERIFY(p.fits[0].share > p.fits[1].share + 0.1);

    // Keys both journeys share: too close to call.
    p = proposeMapping(previewOf(QStringLiteral("semicolon.csv")), ws);
    QVERIFY(p.journey.isEmpty());
    QVERIFY(!p.isUsable());
    QVERIFY2(p.notes.first().contains(QStringLiteral("several journeys")),
             qPrintable(p.notes.first()));
    QVERIFY(!p.mapping.step.isEmpty()); // the dialog still has something to show

    // Data naming no step of any journey.
    p = proposeMapping(previewOfBytes("Touchpoint,NPS\nNowhere,9\n"), ws);
    QVERIFY(p.journey.isEmpty());
    QVERIFY(p.notes.first().contains(QStringLiteral("none of the 2 journeys")));

    // One journey: that one.
    Workspace one = ws;
    one.journeys.removeLast();
    p = proposeMapping(previewOfBytes("Touchpoint,NPS\nNowhere,9\n"), one);
    QCOMPARE(p.journey, QStringLiteral("sofa"));

    Workspace none;
    QString why;
    QVERIFY(chooseJourney({}, none, &why).isEmpty());
    QVERIFY(why.contains(QStringLiteral("no journeys")));
}

void TestMetricMapping::specChecks_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("npsColumn");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("metricId");
    QTest::addColumn<QString>("says");
    QTest::addRow("unknown column") << "Touchpoint"
                                    << "Q99"
                                    << ""
                                    << "nps"
                                    << "no column \"Q99\"";
    QTest::addRow("column used twice") << "Touchpoint"
                                       << "Touchpoint"
                                       << ""
                                       << "nps"
                                       << "already used";
    QTest::addRow("date that is no date") << "Touchpoint"
                                          << "NPS"
                                          << "Segment"
                                          << "nps"
                                          << "does not hold dates";
    QTest::addRow("bad metric id") << "Touchpoint"
                                   << "NPS"
                                   << ""
                                   << "net promoter"
                                   << "may only hold";
    QTest::addRow("unknown step column") << "Step"
                                         << "NPS"
                                         << ""
                                         << "nps"
                                         << "step: ";
}

void TestMetricMapping::specChecks()
{
    QFETCH(QString, step);
    QFETCH(QString, npsColumn);
    QFETCH(QString, date);
    QFETCH(QString, metricId);
    QFETCH(QString, says);
    Mapping m;
    m.step = step;
    m.metrics = {{metricId, npsColumn, {}, {}, {}}};
    m.date = date;
    AggregationSpec spec;
    QList<MetricDef> newDefs;
    QString error;
    QVERIFY(!makeAggregationSpec(makeTemplate(Template::Sample), QStringLiteral("sofa"),
                                 previewOf(QStringLiteral("plain.csv")), m, &spec, &newDefs,
                                 &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestMetricMapping::specMakesMissingDefinitions()
{
    Workspace ws = makeTemplate(Template::Sample);
    ws.metricDefs.removeIf([](const MetricDef &d) { return d.id == u"csat"; });
    Mapping m;
    m.step = QStringLiteral("Touchpoint");
    m.metrics = {{QStringLiteral("nps"), QStringLiteral("NPS"), {}, {}, {}},
                 {QStringLiteral("csat"), QStringLiteral("Satisfaction"), Formula::Mean, {}, {}},
                 {QStringLiteral("effort_score"), QStringLiteral("Effort"), {}, {}, {}}};
    AggregationSpec spec;
    QList<MetricDef> newDefs;
    QString error;
    QVERIFY2(makeAggregationSpec(ws, QStringLiteral("sofa"), previewOf(QStringLiteral("plain.csv")),
                                 m, &spec, &newDefs, &error),
             qPrintable(error));
    QCOMPARE(newDefs.size(), 2);
    // The standard CSAT, with the formula the mapping asks for.
    QCOMPARE(newDefs[0].id, QStringLiteral("csat"));
    QCOMPARE(newDefs[0].kind, MetricKind::Csat);
    QCOMPARE(newDefs[0].scaleMax, 5.0);
    QCOMPARE(newDefs[0].formula, Formula::Mean);
    // A custom metric: the mean of any number.
    QCOMPARE(newDefs[1].id, QStringLiteral("effort_score"));
    QCOMPARE(newDefs[1].kind, MetricKind::Custom);
    QCOMPARE(newDefs[1].formula, Formula::Mean);
    QVERIFY(!newDefs[1].scaleMin);
    QCOMPARE(spec.stepColumn, 2);
    QCOMPARE(spec.metrics[2].column, 5);
    QCOMPARE(spec.steps.size(), ws.journey(QStringLiteral("sofa"))->steps.size());
}

QTEST_GUILESS_MAIN(TestMetricMapping)
#include "tst_metricmapping.moc"
