// Aggregation of survey answers per step, period and segment, checked
// against values computed by hand from tests/data/metrics/plain.csv; the
// formulas recomputed from stored distributions; answer and date parsing;
// and the parallel read giving exactly what a single thread gives.

#include "testutil.h"

#include "metrics/aggregate.h"
#include "metrics/answers.h"
#include "metrics/datafile.h"
#include "metrics/metricimport.h"
#include "metrics/preview.h"
#include "metrics/summary.h"
#include "model/standardmetrics.h"

#include <QRandomGenerator>
#include <QTest>

using namespace waymark;
using namespace waymark::test;

namespace {

const QString kNps = QStringLiteral("nps");
const QString kCsat = QStringLiteral("csat");
const QString kCes = QStringLiteral("ces");

Mapping plainMapping()
{
    Mapping m;
    m.step = QStringLiteral("Touchpoint");
    m.metrics = {{kNps, QStringLiteral("NPS"), {}, {}, {}},
                 {kCsat, QStringLiteral("Satisfaction"), {}, {}, {}},
                 {kCes, QStringLiteral("Effort"), {}, {}, {}}};
    m.date = QStringLiteral("RecordedDate");
    m.segment = QStringLiteral("Segment");
    return m;
}

struct Aggregated
{
    AggregationResult result;
    QString error;
    bool ok = false;
    const MetricValue *find(const QString &step, const QString &metric, const QString &period = {},
                            const QString &segment = {}) const
    {
        for (const MetricValue &v : result.values) {
            if (v.step == step && v.metric == metric && v.period == period && v.segment == segment)
                return &v;
        }
        return nullptr;
    }
};

Aggregated aggregateBytes(const QByteArray &bytes, const Mapping &mapping, int threads = 1,
                          const ImportProgress &progress = {})
{
    Aggregated a;
    const Workspace ws = makeTemplate(Template::Sample);
    DataFile file;
    if (!file.setBytes(bytes, &a.error))
        return a;
    DataPreview preview;
    CsvError csvError;
    if (!readPreview(file, std::nullopt, kProposalRows, &preview, &csvError)) {
        a.error = csvError.toString();
        return a;
    }
    AggregationSpec spec;
    QList<MetricDef> newDefs;
    if (!makeAggregationSpec(ws, QStringLiteral("sofa"), preview, mapping, &spec, &newDefs,
                             &a.error))
        return a;
    spec.threads = threads;
    a.ok = aggregate(file.text(), preview.header.dataOffset, preview.header.dataLine, spec,
                     progress, &a.result, &csvError);
    a.error = csvError.toString();
    return a;
}

// Values as an import stores them: with their source.
QList<MetricValue> imported(QList<MetricValue> values)
{
    for (MetricValue &v : values)
        v.source = QStringLiteral("import");
    return values;
}

// A made-up export with every hard case in it: titles with commas and
// quotes, line breaks in comments, CRLF, blanks, junk answers, unknown steps.
QByteArray randomExport(int rows, quint32 seed)
{
    QRandomGenerator rng(seed);
    const Workspace ws = makeTemplate(Template::Sample);
    const Journey &j = *ws.journey(QStringLiteral("sofa"));
    QByteArray out("RecordedDate,Touchpoint,NPS,Satisfaction,Effort,Segment,Comment\r\n");
    static const char *junk[] = {"", "", "n/a", "11", "4.5", " 7 ", "Very satisfied", "-1"};
    for (int r = 0; r < rows; ++r) {
        const Step &s = j.steps[rng.bounded(int(j.steps.size()))];
        out += QStringLiteral("2025-%1-%2T10:00:00Z,")
                       .arg(1 + rng.bounded(12), 2, 10, QLatin1Char('0'))
                       .arg(1 + rng.bounded(28), 2, 10, QLatin1Char('0'))
                       .toUtf8();
        const int how = rng.bounded(20);
        if (how == 0)
            out += "\"Unknown, \"\"really\"\"\"";
        else if (how < 5 && !s.key.isEmpty())
            out += s.key.toUtf8();
        else
            out += '"' + s.title.toUpper().toUtf8().replace('"', "\"\"") + "  \"";
        for (int m = 0; m < 3; ++m) {
            out += ',';
            if (rng.bounded(10) == 0)
                out += junk[rng.bounded(int(std::size(junk)))];
            else
                out += QByteArray::number(rng.bounded(m == 0 ? 11 : m == 1 ? 5 : 7) + (m ? 1 : 0));
        }
        out += rng.bounded(3) ? ",New," : ",Returning,";
        if (rng.bounded(30) == 0)
            out += "\"Line one, with a comma\nline \"\"two\"\"\r\nline three\"";
        out += rng.bounded(2) ? "\r\n" : "\n";
    }
    return out;
}

} // namespace

class TestMetricAggregate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handComputed_data();
    void handComputed();
    void distributionIsStored();
    void reports();
    void formulas_data();
    void formulas();
    void formulaChangeNeedsNoReimport();
    void smallSample();
    void combinesImports();
    void trendAndSegments();
    void parseNumber_data();
    void parseNumber();
    void labels_data();
    void labels();
    void dates_data();
    void dates();
    void dateOrder_data();
    void dateOrder();
    void weeks_data();
    void weeks();
    void parallelEqualsSequential_data();
    void parallelEqualsSequential();
    void parallelCutInsideQuotes_data();
    void parallelCutInsideQuotes();
    void tooManySegments();
    void cancelAndProgress();
};

void TestMetricAggregate::handComputed_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("value");
    // TP-08 "Checks out online", found by key, by title, in lower case and
    // with extra spaces: NPS 10 9 9 7 6 3 -> (3 - 2) / 6; CSAT 5 4 4 3 2 ->
    // 3 of 5 on 4-5; CES 6 5 7 3 -> mean 5.25.
    QTest::addRow("TP-08 NPS") << "c08" << kNps << ""
                               << "" << qint64(6) << 100.0 / 6;
    QTest::addRow("TP-08 CSAT") << "c08" << kCsat << ""
                                << "" << qint64(5) << 60.0;
    QTest::addRow("TP-08 CES") << "c08" << kCes << ""
                               << "" << qint64(4) << 5.25;
    // By month: February 10 9 9 / 5 4 4 / 6 5 7; March 7 6 3 / 3 2 / 3.
    QTest::addRow("TP-08 NPS Feb") << "c08" << kNps << "2026-02"
                                   << "" << qint64(3) << 100.0;
    QTest::addRow("TP-08 NPS Mar") << "c08" << kNps << "2026-03"
                                   << "" << qint64(3) << -200.0 / 3;
    QTest::addRow("TP-08 CSAT Mar") << "c08" << kCsat << "2026-03"
                                    << "" << qint64(2) << 0.0;
    QTest::addRow("TP-08 CES Feb") << "c08" << kCes << "2026-02"
                                   << "" << qint64(3) << 6.0;
    // By segment: New 10 9 6, Returning 9 7 3.
    QTest::addRow("TP-08 NPS New") << "c08" << kNps << ""
                                   << "New" << qint64(3) << 100.0 / 3;
    QTest::addRow("TP-08 NPS Returning") << "c08" << kNps << ""
                                         << "Returning" << qint64(3) << 0.0;
    QTest::addRow("TP-08 NPS Feb New") << "c08" << kNps << "2026-02"
                                       << "New" << qint64(2) << 100.0;
    // TP-14: NPS 2 4 8 0 (11 rejected); CSAT 1 2 3 2 ("n/a" rejected); CES 2 3 4 2 1.
    QTest::addRow("TP-14 NPS") << "c14" << kNps << ""
                               << "" << qint64(4) << -75.0;
    QTest::addRow("TP-14 CSAT") << "c14" << kCsat << ""
                                << "" << qint64(4) << 0.0;
    QTest::addRow("TP-14 CES") << "c14" << kCes << ""
                               << "" << qint64(5) << 2.4;
    // TP-19: a quoted "5" counts like 5.
    QTest::addRow("TP-19 NPS") << "c19" << kNps << ""
                               << "" << qint64(2) << 100.0;
    QTest::addRow("TP-19 CSAT") << "c19" << kCsat << ""
                                << "" << qint64(2) << 100.0;
    QTest::addRow("TP-19 CES") << "c19" << kCes << ""
                               << "" << qint64(2) << 6.5;
}

void TestMetricAggregate::handComputed()
{
    QFETCH(QString, step);
    QFETCH(QString, metric);
    QFETCH(QString, period);
    QFETCH(QString, segment);
    QFETCH(qint64, n);
    QFETCH(double, value);
    const Aggregated a = aggregateBytes(readFile(dataPath(QStringLiteral("metrics/plain.csv"))),
                                        plainMapping());
    QVERIFY2(a.ok, qPrintable(a.error));
    const MetricValue *v = a.find(step, metric, period, segment);
    QVERIFY(v);
    QCOMPARE(v->n, n);
    QVERIFY2(qAbs(v->value - value) < 1e-9, qPrintable(QString::number(v->value)));
    QVERIFY(v->source.isEmpty());
}

void TestMetricAggregate::distributionIsStored()
{
    const Aggregated a = aggregateBytes(readFile(dataPath(QStringLiteral("metrics/plain.csv"))),
                                        plainMapping());
    QVERIFY2(a.ok, qPrintable(a.error));
    const MetricValue *nps = a.find(QStringLiteral("c08"), kNps);
    QVERIFY(nps);
    QCOMPARE(nps->histogram, (QList<qint64>{0, 0, 0, 1, 0, 0, 1, 1, 0, 2, 1}));
    QCOMPARE(nps->sum, 44.0);
    const MetricValue *csat = a.find(QStringLiteral("c08"), kCsat);
    QCOMPARE(csat->histogram, (QList<qint64>{0, 1, 1, 2, 1}));
    const MetricValue *ces = a.find(QStringLiteral("c08"), kCes);
    QCOMPARE(ces->histogram, (QList<qint64>{0, 0, 1, 0, 1, 1, 1}));
    QCOMPARE(ces->sum, 21.0);
    // Steps with no rows have no values; every value has a total row.
    QVERIFY(!a.find(QStringLiteral("c01"), kNps));
    for (const MetricValue &v : a.result.values)
        QVERIFY(a.find(v.step, v.metric));
    // Sorted by step, then period, then segment.
    QCOMPARE(a.result.values.first().step, QStringLiteral("c08"));
    QVERIFY(a.result.values.first().period.isEmpty());
}

void TestMetricAggregate::reports()
{
    const Aggregated a = aggregateBytes(readFile(dataPath(QStringLiteral("metrics/plain.csv"))),
                                        plainMapping());
    QVERIFY2(a.ok, qPrintable(a.error));
    const ImportReport &r = a.result.report;
    QCOMPARE(r.rowsRead, 16);
    QCOMPARE(r.rowsMatched, 13);
    QCOMPARE(r.rowsUnmatched, 3);
    QCOMPARE(r.rowsRejected, 2);
    QCOMPARE(r.unmatched,
             (QList<UnmatchedValue>{{QStringLiteral("Unknown step name"), 2}, {QString(), 1}}));
    QCOMPARE(r.rejected.size(), 2);
    QCOMPARE(r.rejected[0].metric, kNps);
    QCOMPARE(r.rejected[0].column, QStringLiteral("NPS"));
    QCOMPARE(r.rejected[0].answers, 1);
    QCOMPARE(r.rejected[0].examples, (QList<RejectedAnswers::Example>{{12, QStringLiteral("11")}}));
    QCOMPARE(r.rejected[1].metric, kCsat);
    QCOMPARE(r.rejected[1].examples,
             (QList<RejectedAnswers::Example>{{13, QStringLiteral("n/a")}}));
    QCOMPARE(r.badDates, 0);
    // The report survives its trip through the import source.
    QCOMPARE(ImportReport::fromJson(r.toJson()), r);
}

void TestMetricAggregate::formulas_data()
{
    QTest::addColumn<Formula>("formula");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QList<qint64>>("histogram");
    QTest::addColumn<double>("value");
    // 10 answers: 4 promoters, 3 passives, 3 detractors.
    const QList<qint64> nps{1, 0, 0, 0, 1, 0, 1, 2, 1, 3, 1};
    QTest::addRow("nps") << Formula::Nps << kNps << nps << 10.0;
    QTest::addRow("nps as mean") << Formula::Mean << kNps << nps << 69.0 / 10;
    // CSAT: 1 1 2 3 4 4 4 5 -> 4 of 8 top two; mean 24 / 8.
    const QList<qint64> csat{2, 1, 1, 3, 1};
    QTest::addRow("csat top2") << Formula::Top2 << kCsat << csat << 50.0;
    QTest::addRow("csat mean") << Formula::Mean << kCsat << csat << 24.0 / 8;
    QTest::addRow("csat agree (4-5)") << Formula::Agree << kCsat << csat << 50.0;
    // CES 1..7: 1 2 4 5 5 6 7 7 -> mean 37 / 8, 5 of 8 agree (5-7).
    const QList<qint64> ces{1, 1, 0, 1, 2, 1, 2};
    QTest::addRow("ces mean") << Formula::Mean << kCes << ces << 37.0 / 8;
    QTest::addRow("ces agree") << Formula::Agree << kCes << ces << 62.5;
    QTest::addRow("ces sum") << Formula::Sum << kCes << ces << 37.0;
    QTest::addRow("ces count") << Formula::Count << kCes << ces << 8.0;
}

void TestMetricAggregate::formulas()
{
    QFETCH(Formula, formula);
    QFETCH(QString, metric);
    QFETCH(QList<qint64>, histogram);
    QFETCH(double, value);
    const Workspace ws = standardMetrics();
    const MetricDef &def = *ws.metricDef(metric);
    MetricValue v;
    v.histogram = histogram;
    for (qsizetype i = 0; i < histogram.size(); ++i) {
        v.n += histogram[i];
        v.sum += double(histogram[i]) * (*def.scaleMin + double(i));
    }
    const auto got = formulaValue(formula, def, v);
    QVERIFY(got);
    QVERIFY2(qAbs(*got - value) < 1e-9, qPrintable(QString::number(*got)));
    // Nothing to compute from: no value rather than a wrong one.
    QVERIFY(!formulaValue(formula, def, MetricValue{}));
}

void TestMetricAggregate::formulaChangeNeedsNoReimport()
{
    const Aggregated a = aggregateBytes(readFile(dataPath(QStringLiteral("metrics/plain.csv"))),
                                        plainMapping());
    QVERIFY2(a.ok, qPrintable(a.error));
    Workspace ws = makeTemplate(Template::Sample);
    Journey &j = ws.journeys.first();
    j.metricValues = imported(a.result.values);
    auto valueOf = [&](const QString &step, const QString &metric) {
        for (const StepMetric &m : stepMetrics(ws, j, step)) {
            if (m.metric == metric)
                return m.value;
        }
        return -999.0;
    };
    QCOMPARE(valueOf(QStringLiteral("c14"), kCsat), 0.0); // top2
    QCOMPARE(valueOf(QStringLiteral("c08"), kCes), 5.25); // mean
    for (MetricDef &def : ws.metricDefs) {
        if (def.id == kCsat)
            def.formula = Formula::Mean;
        if (def.id == kCes)
            def.formula = Formula::Agree;
    }
    QCOMPARE(valueOf(QStringLiteral("c14"), kCsat), 2.0); // 1 2 3 2
    QCOMPARE(valueOf(QStringLiteral("c08"), kCes), 75.0); // 6 5 7 of 6 5 7 3
    // Typed-in values, with no answers behind them, keep their value.
    j.metricValues = {{QStringLiteral("c01"), kCsat, {}, {}, {}, 40, 72.5, 0, {}}};
    QCOMPARE(valueOf(QStringLiteral("c01"), kCsat), 72.5);
}

void TestMetricAggregate::smallSample()
{
    QVERIFY((StepMetric{kNps, 0, 29, Formula::Nps}).smallSample());
    QVERIFY(!(StepMetric{kNps, 0, 30, Formula::Nps}).smallSample());
    const Aggregated a = aggregateBytes(readFile(dataPath(QStringLiteral("metrics/plain.csv"))),
                                        plainMapping());
    Workspace ws = makeTemplate(Template::Sample);
    ws.journeys.first().metricValues = imported(a.result.values);
    const auto all = journeyMetrics(ws, ws.journeys.first());
    QCOMPARE(all.value(QStringLiteral("c19")).size(), 3);
    for (const StepMetric &m : all.value(QStringLiteral("c19")))
        QVERIFY(m.smallSample());
}

void TestMetricAggregate::combinesImports()
{
    // Two imports with NPS answers for one step count as one distribution.
    const Workspace ws = standardMetrics();
    MetricValue a{QStringLiteral("s"),
                  kNps,
                  {},
                  {},
                  QStringLiteral("import"),
                  2,
                  0,
                  19,
                  {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1}};
    MetricValue b{QStringLiteral("s"),
                  kNps,
                  {},
                  {},
                  QStringLiteral("import-2"),
                  2,
                  0,
                  3,
                  {1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0}};
    const StepMetric m = summarize(*ws.metricDef(kNps), {&a, &b});
    QCOMPARE(m.n, 4);
    QCOMPARE(m.value, 0.0);
}

void TestMetricAggregate::trendAndSegments()
{
    const Aggregated a = aggregateBytes(readFile(dataPath(QStringLiteral("metrics/plain.csv"))),
                                        plainMapping());
    Workspace ws = makeTemplate(Template::Sample);
    Journey &j = ws.journeys.first();
    j.metricValues = imported(a.result.values);
    const QList<PeriodMetric> trend = metricTrend(ws, j, QStringLiteral("c08"), kNps);
    QCOMPARE(trend.size(), 2);
    QCOMPARE(trend[0].period, QStringLiteral("2026-02"));
    QCOMPARE(trend[0].metric.value, 100.0);
    QCOMPARE(trend[1].period, QStringLiteral("2026-03"));
    QCOMPARE(trend[1].metric.n, 3);
    const QList<PeriodMetric> newOnly
            = metricTrend(ws, j, QStringLiteral("c08"), kNps, QStringLiteral("New"));
    QCOMPARE(newOnly.size(), 2);
    QCOMPARE(newOnly[1].metric.n, 1); // only R_05 (6) in March
    QCOMPARE(metricSegments(j), (QStringList{QStringLiteral("New"), QStringLiteral("Returning")}));
}

void TestMetricAggregate::parseNumber_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("value"); // NaN: none
    const double none = std::numeric_limits<double>::quiet_NaN();
    QTest::addRow("digit") << QByteArray("9") << 9.0;
    QTest::addRow("spaces") << QByteArray(" 4.5 ") << 4.5;
    QTest::addRow("decimal comma") << QByteArray("4,5") << 4.5;
    QTest::addRow("plus sign") << QByteArray("+7") << 7.0;
    QTest::addRow("negative") << QByteArray("-3") << -3.0;
    QTest::addRow("with its label") << QByteArray("10 - Extremely likely") << 10.0;
    QTest::addRow("label in brackets") << QByteArray("5 (Very satisfied)") << 5.0;
    QTest::addRow("text") << QByteArray("n/a") << none;
    QTest::addRow("empty") << QByteArray("") << none;
    QTest::addRow("two numbers") << QByteArray("1 2") << none;
    QTest::addRow("percent sign") << QByteArray("85%") << none;
}

void TestMetricAggregate::parseNumber()
{
    QFETCH(QByteArray, text);
    QFETCH(double, value);
    const auto got = answers::parseNumber(std::string_view(text.constData(), size_t(text.size())));
    if (std::isnan(value)) {
        QVERIFY(!got);
    } else {
        QVERIFY(got);
        QCOMPARE(*got, value);
    }
}

void TestMetricAggregate::labels_data()
{
    QTest::addColumn<MetricKind>("kind");
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("value"); // -1: none
    QTest::addRow("very satisfied") << MetricKind::Csat << "Very satisfied" << 5.0;
    QTest::addRow("neutral, odd case")
            << MetricKind::Csat << "  neither satisfied NOR  dissatisfied " << 3.0;
    QTest::addRow("strongly agree") << MetricKind::Ces << "Strongly agree" << 7.0;
    QTest::addRow("somewhat disagree") << MetricKind::Ces << "Somewhat disagree" << 3.0;
    QTest::addRow("extremely likely") << MetricKind::Nps << "Extremely likely" << 10.0;
    QTest::addRow("CSAT label on CES") << MetricKind::Ces << "Very satisfied" << -1.0;
    QTest::addRow("custom metric") << MetricKind::Custom << "Agree" << -1.0;
}

void TestMetricAggregate::labels()
{
    QFETCH(MetricKind, kind);
    QFETCH(QString, label);
    QFETCH(double, value);
    const auto got = answers::labelValue(kind, label);
    QCOMPARE(got.value_or(-1.0), value);
}

void TestMetricAggregate::dates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<answers::DateOrder>("order");
    QTest::addColumn<QString>("month"); // "" when the text is no date
    using O = answers::DateOrder;
    QTest::addRow("ISO date-time") << QByteArray("2026-03-15T10:22:31Z") << O::Iso << "2026-03";
    QTest::addRow("ISO with a space") << QByteArray("2026-03-15 10:22:31") << O::Iso << "2026-03";
    QTest::addRow("ISO slashes") << QByteArray("2026/3/5") << O::Iso << "2026-03";
    QTest::addRow("compact") << QByteArray("20261201") << O::Compact << "2026-12";
    QTest::addRow("day first, dots") << QByteArray("15.03.2026") << O::DayMonthYear << "2026-03";
    QTest::addRow("US with time") << QByteArray("03/15/2026 10:22:31 AM") << O::MonthDayYear
                                  << "2026-03";
    QTest::addRow("month 13") << QByteArray("2026-13-01") << O::Iso << "";
    QTest::addRow("two-digit year") << QByteArray("15.03.26") << O::DayMonthYear << "";
    QTest::addRow("text") << QByteArray("yesterday") << O::Iso << "";
    QTest::addRow("more digits") << QByteArray("202603150") << O::Compact << "";
}

void TestMetricAggregate::dates()
{
    QFETCH(QByteArray, text);
    QFETCH(answers::DateOrder, order);
    QFETCH(QString, month);
    const auto d
            = answers::parseDate(std::string_view(text.constData(), size_t(text.size())), order);
    if (month.isEmpty()) {
        QVERIFY(!d);
        return;
    }
    QVERIFY(d);
    QCOMPARE(answers::periodName(PeriodUnit::Month, answers::periodKey(PeriodUnit::Month, *d)),
             month);
}

void TestMetricAggregate::dateOrder_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<int>("order"); // -1: not dates
    using O = answers::DateOrder;
    QTest::addRow("SurveyMonkey") << QStringList{QStringLiteral("03/14/2026 10:22:31 AM"),
                                                 QStringLiteral("04/02/2026 08:08:08 AM")}
                                  << int(O::MonthDayYear);
    QTest::addRow("day above 12 first")
            << QStringList{QStringLiteral("01/04/2026"), QStringLiteral("15/03/2026")}
            << int(O::DayMonthYear);
    QTest::addRow("dots") << QStringList{QStringLiteral("01.04.2026")} << int(O::DayMonthYear);
    QTest::addRow("ISO") << QStringList{QStringLiteral("2026-03-01 10:02:11"), QString()}
                         << int(O::Iso);
    QTest::addRow("compact") << QStringList{QStringLiteral("20260301")} << int(O::Compact);
    QTest::addRow("not dates") << QStringList{QStringLiteral("New"), QStringLiteral("9")} << -1;
}

void TestMetricAggregate::dateOrder()
{
    QFETCH(QStringList, samples);
    QFETCH(int, order);
    const auto got = answers::guessDateOrder(samples);
    QCOMPARE(got ? int(*got) : -1, order);
}

void TestMetricAggregate::weeks_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("week");
    QTest::addRow("Thursday 1 January") << 2026 << 1 << 1 << "2026-W01";
    QTest::addRow("Friday 1 January: last year's week 53") << 2027 << 1 << 1 << "2026-W53";
    QTest::addRow("Monday 30 December: next year's week 1") << 2024 << 12 << 30 << "2025-W01";
    QTest::addRow("mid March") << 2026 << 3 << 15 << "2026-W11";
}

void TestMetricAggregate::weeks()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, week);
    const int key = answers::periodKey(PeriodUnit::Week, {year, month, day});
    QCOMPARE(answers::periodName(PeriodUnit::Week, key), week);
    // QDate agrees on the ISO week.
    int isoYear = 0;
    const int isoWeek = QDate(year, month, day).weekNumber(&isoYear);
    QCOMPARE(QStringLiteral("%1-W%2").arg(isoYear).arg(isoWeek, 2, 10, QLatin1Char('0')), week);
}

void TestMetricAggregate::parallelEqualsSequential_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<quint32>("seed");
    for (int threads : {2, 3, 7}) {
        for (quint32 seed : {1u, 2u})
            QTest::addRow("%d threads, seed %u", threads, seed) << threads << seed;
    }
}

void TestMetricAggregate::parallelEqualsSequential()
{
    QFETCH(int, threads);
    QFETCH(quint32, seed);
    const QByteArray data = randomExport(6000, seed);
    const Aggregated one = aggregateBytes(data, plainMapping(), 1);
    QVERIFY2(one.ok, qPrintable(one.error));
    QVERIFY(one.result.report.rowsRejected > 0);
    QVERIFY(!one.result.report.unmatched.isEmpty());
    const Aggregated many = aggregateBytes(data, plainMapping(), threads);
    QVERIFY2(many.ok, qPrintable(many.error));
    QCOMPARE(many.result.report, one.result.report); // lines of the examples too
    QCOMPARE(many.result.values.size(), one.result.values.size());
    for (qsizetype i = 0; i < one.result.values.size(); ++i) {
        const MetricValue &a = one.result.values[i], &b = many.result.values[i];
        QCOMPARE(b.step, a.step);
        QCOMPARE(b.period, a.period);
        QCOMPARE(b.segment, a.segment);
        QCOMPARE(b.n, a.n);
        QCOMPARE(b.histogram, a.histogram);
        QVERIFY(qAbs(b.sum - a.sum) < 1e-9);
        QVERIFY(qAbs(b.value - a.value) < 1e-9);
    }

    // An error in a later share is reported with its line in the file.
    QByteArray broken = data;
    const qsizetype at = broken.indexOf("\n2025", broken.size() * 3 / 4);
    QVERIFY(at > 0);
    broken.insert(at + 1, "2025-01-01,x\"y,1,1,1,New,\n");
    const qint64 line = broken.left(at + 1).count('\n') + 1;
    const Aggregated bad = aggregateBytes(broken, plainMapping(), threads);
    QVERIFY(!bad.ok);
    QVERIFY2(bad.error.startsWith(QStringLiteral("line %1:").arg(line)), qPrintable(bad.error));
}

void TestMetricAggregate::parallelCutInsideQuotes_data()
{
    QTest::addColumn<int>("threads");
    for (int threads : {2, 3, 5})
        QTest::addRow("%d threads", threads) << threads;
}

// Every cut but the first falls inside one long quoted comment whose lines
// look like records: a share that starts at the line break after its cut
// reads them as rows, and must be read again from where the share before
// it ended.
void TestMetricAggregate::parallelCutInsideQuotes()
{
    QFETCH(int, threads);
    QByteArray data = randomExport(200, 7);
    data += "2025-03-04T10:00:00Z,TP-01,9,5,2,New,\"A story\n";
    for (int i = 0; i < 3000; ++i)
        data += "2025-03-04T10:00:00Z,TP-01,0,1,1,New,\n";
    data += "the end\"\n";
    const QByteArray more = randomExport(200, 8);
    data += more.mid(more.indexOf('\n') + 1);
    const Aggregated one = aggregateBytes(data, plainMapping(), 1);
    QVERIFY2(one.ok, qPrintable(one.error));
    QCOMPARE(one.result.report.rowsRead, qint64(401));
    const Aggregated many = aggregateBytes(data, plainMapping(), threads);
    QVERIFY2(many.ok, qPrintable(many.error));
    QCOMPARE(many.result.report, one.result.report);
    QCOMPARE(many.result.values.size(), one.result.values.size());
    for (qsizetype i = 0; i < one.result.values.size(); ++i) {
        QCOMPARE(many.result.values[i].n, one.result.values[i].n);
        QCOMPARE(many.result.values[i].histogram, one.result.values[i].histogram);
    }
}

void TestMetricAggregate::tooManySegments()
{
    QByteArray data("Touchpoint,NPS,Segment\n");
    for (int i = 0; i <= kMaxSegments; ++i)
        data += "TP-01,9,Customer " + QByteArray::number(i) + '\n';
    const Aggregated a = aggregateBytes(data, [] {
        Mapping m;
        m.step = QStringLiteral("Touchpoint");
        m.metrics = {{kNps, QStringLiteral("NPS"), {}, {}, {}}};
        m.segment = QStringLiteral("Segment");
        return m;
    }());
    QVERIFY(!a.ok);
    QVERIFY2(a.error.contains(QStringLiteral("more than %1").arg(kMaxSegments)),
             qPrintable(a.error));
}

void TestMetricAggregate::cancelAndProgress()
{
    const QByteArray data = randomExport(20000, 3);
    std::atomic<bool> cancel{true};
    ImportProgress progress;
    progress.cancel = &cancel;
    const Aggregated cancelled = aggregateBytes(data, plainMapping(), 1, progress);
    QVERIFY(!cancelled.ok);
    QVERIFY(cancelled.result.cancelled);

    cancel = false;
    qint64 lastDone = -1, lastTotal = -1;
    progress.report = [&](qint64 done, qint64 total) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    };
    const Aggregated done = aggregateBytes(data, plainMapping(), 2, progress);
    QVERIFY2(done.ok, qPrintable(done.error));
    QVERIFY(lastTotal > 0);
    QCOMPARE(lastDone, lastTotal);
}

QTEST_GUILESS_MAIN(TestMetricAggregate)
#include "tst_metricaggregate.moc"
