// How metrics show on the map: the colour band of a value, a value on the
// emotion scale (the curve that follows a metric), the sparkline's points,
// and both on a real .cjm file after a real CSV import.

#include "testutil.h"

#include "commands/importmetricscommand.h"
#include "commands/undostack.h"
#include "commands/workspacecommands.h"
#include "layout/maplayout.h"
#include "layout/metricvisuals.h"
#include "metrics/datafile.h"
#include "metrics/metricimport.h"
#include "metrics/preview.h"
#include "metrics/proposal.h"
#include "metrics/summary.h"
#include "render/mappainter.h"

#include <QTest>

#include <cmath>

using namespace waymark;
using namespace waymark::test;

Q_DECLARE_METATYPE(waymark::MetricBand)

namespace {

MetricDef def(Formula formula, std::optional<double> green, std::optional<double> amber,
              bool higherIsBetter = true, std::optional<double> scaleMin = std::nullopt,
              std::optional<double> scaleMax = std::nullopt)
{
    MetricDef d;
    d.id = QStringLiteral("m");
    d.name = QStringLiteral("M");
    d.formula = formula;
    d.green = green;
    d.amber = amber;
    d.higherIsBetter = higherIsBetter;
    d.scaleMin = scaleMin;
    d.scaleMax = scaleMax;
    return d;
}

using Opt = std::optional<double>;

} // namespace

class TestMetricVisuals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void band_data();
    void band();
    void emotion_data();
    void emotion();
    void sparkline_data();
    void sparkline();
    void curveWithReplacesOnlyGivenSteps();
    void importedDataDrivesTrendAndCurve();
    void targetsChangeIsOneUndoStep();
};

void TestMetricVisuals::band_data()
{
    QTest::addColumn<MetricDef>("metric");
    QTest::addColumn<double>("value");
    QTest::addColumn<MetricBand>("band");
    const MetricDef nps = def(Formula::Nps, 30.0, 0.0);
    QTest::addRow("nps above green") << nps << 45.0 << MetricBand::Good;
    QTest::addRow("nps at green") << nps << 30.0 << MetricBand::Good;
    QTest::addRow("nps between") << nps << 12.0 << MetricBand::Watch;
    QTest::addRow("nps at amber") << nps << 0.0 << MetricBand::Watch;
    QTest::addRow("nps below amber") << nps << -5.0 << MetricBand::Bad;
    const MetricDef wait = def(Formula::Mean, 5.0, 10.0, false);
    QTest::addRow("wait short") << wait << 3.0 << MetricBand::Good;
    QTest::addRow("wait middling") << wait << 7.0 << MetricBand::Watch;
    QTest::addRow("wait long") << wait << 12.0 << MetricBand::Bad;
    QTest::addRow("no amber") << def(Formula::Mean, 5.0, std::nullopt) << 9.0 << MetricBand::None;
    QTest::addRow("nan") << nps << std::nan("") << MetricBand::None;
}

void TestMetricVisuals::band()
{
    QFETCH(MetricDef, metric);
    QFETCH(double, value);
    QFETCH(MetricBand, band);
    QCOMPARE(metricBand(metric, value), band);
}

void TestMetricVisuals::emotion_data()
{
    QTest::addColumn<MetricDef>("metric");
    QTest::addColumn<double>("value");
    QTest::addColumn<Opt>("emotion");
    // NPS: range -100..100, amber 0 -> -1, green 30 -> +1.
    const MetricDef nps = def(Formula::Nps, 30.0, 0.0);
    QTest::addRow("nps bottom") << nps << -100.0 << Opt(-2.0);
    QTest::addRow("nps halfway to amber") << nps << -50.0 << Opt(-1.5);
    QTest::addRow("nps amber") << nps << 0.0 << Opt(-1.0);
    QTest::addRow("nps between targets") << nps << 15.0 << Opt(0.0);
    QTest::addRow("nps green") << nps << 30.0 << Opt(1.0);
    QTest::addRow("nps 65") << nps << 65.0 << Opt(1.5);
    QTest::addRow("nps top") << nps << 100.0 << Opt(2.0);
    // CES: mean on its 1..7 answer scale.
    const MetricDef ces = def(Formula::Mean, 5.5, 4.5, true, 1.0, 7.0);
    QTest::addRow("ces 1") << ces << 1.0 << Opt(-2.0);
    QTest::addRow("ces 5") << ces << 5.0 << Opt(0.0);
    QTest::addRow("ces 7") << ces << 7.0 << Opt(2.0);
    // Lower is better, no scale: the targets' slope extended half a width.
    const MetricDef wait = def(Formula::Mean, 5.0, 10.0, false);
    QTest::addRow("wait at green") << wait << 5.0 << Opt(1.0);
    QTest::addRow("wait between") << wait << 7.5 << Opt(0.0);
    QTest::addRow("wait at amber") << wait << 10.0 << Opt(-1.0);
    QTest::addRow("wait very short") << wait << 2.5 << Opt(2.0);
    QTest::addRow("wait very long") << wait << 100.0 << Opt(-2.0);
    // Range only: linear.
    const MetricDef csat = def(Formula::Top2, std::nullopt, std::nullopt);
    QTest::addRow("csat 0") << csat << 0.0 << Opt(-2.0);
    QTest::addRow("csat 50") << csat << 50.0 << Opt(0.0);
    QTest::addRow("csat 75") << csat << 75.0 << Opt(1.0);
    // Targets the wrong way round are ignored; the range still serves.
    QTest::addRow("misordered targets") << def(Formula::Top2, 40.0, 80.0) << 75.0 << Opt(1.0);
    // Targets outside the range: the slope between them, clamped.
    QTest::addRow("targets past the range")
            << def(Formula::Top2, 120.0, 110.0) << 115.0 << Opt(0.0);
    // Neither: the card keeps its own emotion.
    QTest::addRow("sum without targets")
            << def(Formula::Sum, std::nullopt, std::nullopt) << 12.0 << Opt();
    QTest::addRow("nan") << nps << std::nan("") << Opt();
}

void TestMetricVisuals::emotion()
{
    QFETCH(MetricDef, metric);
    QFETCH(double, value);
    QFETCH(Opt, emotion);
    const Opt got = metricEmotion(metric, value);
    QCOMPARE(got.has_value(), emotion.has_value());
    if (emotion)
        QVERIFY2(std::abs(*got - *emotion) < 1e-9,
                 qPrintable(QStringLiteral("%1, expected %2").arg(*got).arg(*emotion)));
}

void TestMetricVisuals::sparkline_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QPolygonF>("points");
    const QRectF box(10, 20, 40, 10);
    QTest::addRow("rise and fall")
            << QList<double>{1, 3, 2} << QPolygonF{{10, 30}, {30, 20}, {50, 25}};
    QTest::addRow("falling") << QList<double>{-20, -40} << QPolygonF{{10, 20}, {50, 30}};
    QTest::addRow("flat runs through the middle")
            << QList<double>{5, 5, 5} << QPolygonF{{10, 25}, {30, 25}, {50, 25}};
    QTest::addRow("one value draws nothing") << QList<double>{7} << QPolygonF{};
    QTest::addRow("none") << QList<double>{} << QPolygonF{};
}

void TestMetricVisuals::sparkline()
{
    QFETCH(QList<double>, values);
    QFETCH(QPolygonF, points);
    QCOMPARE(sparklinePoints(values, QRectF(10, 20, 40, 10)), points);
}

void TestMetricVisuals::curveWithReplacesOnlyGivenSteps()
{
    const Workspace ws = makeTemplate(Template::Sample);
    const Journey &j = ws.journeys.first();
    const MapLayout layout = MapLayout::compute(j);
    const QList<MapLayout::EmotionPoint> own = layout.emotionCurve();
    QVERIFY(own.size() >= 3);
    // Replace the second point's step; give a step without an emotion one.
    const QString changed = own[1].stepIds.first();
    QString added;
    for (const Step &s : j.steps) {
        if (!s.emotion && layout.card(s.id)) {
            added = s.id;
            break;
        }
    }
    QVERIFY(!added.isEmpty());
    const QList<MapLayout::EmotionPoint> curve
            = layout.emotionCurveWith(j, {{changed, 1.5}, {added, -0.5}});
    QCOMPARE(curve.size(), own.size() + 1);
    int seen = 0;
    for (const MapLayout::EmotionPoint &p : curve) {
        const QString id = p.stepIds.first();
        if (id == changed) {
            QCOMPARE(p.emotion, 1.5);
            QCOMPARE(p.pos.y(), layout.emotionY(1.5));
            ++seen;
        } else if (id == added) {
            QCOMPARE(p.emotion, -0.5);
            ++seen;
        } else {
            QCOMPARE(p.emotion, double(*j.step(id)->emotion));
        }
    }
    QCOMPARE(seen, 2);
    // Still in reading order, left to right.
    for (int i = 1; i < curve.size(); ++i)
        QVERIFY(curve[i].pos.x() >= curve[i - 1].pos.x());
}

void TestMetricVisuals::importedDataDrivesTrendAndCurve()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("map.cjm"), Template::Sample);
    QVERIFY(doc);
    const QString journeyId = QStringLiteral("sofa");
    DataFile file;
    QString error;
    QVERIFY2(file.open(dataPath(QStringLiteral("metrics/plain.csv")), &error), qPrintable(error));
    DataPreview preview;
    CsvError csvError;
    QVERIFY(readPreview(file, std::nullopt, kProposalRows, &preview, &csvError));
    const MappingProposal proposal = proposeMapping(preview, doc->workspace(), journeyId);
    QVERIFY(proposal.isUsable());
    QVERIFY(!proposal.mapping.date.isEmpty());
    ImportPlan p;
    QVERIFY2(planImport(doc->workspace(), journeyId, file, preview, proposal.mapping, {}, &p,
                        &error),
             qPrintable(error));
    UndoStack stack;
    QVERIFY2(stack.tryPush(new ImportMetricsCommand(doc.get(), std::move(p)), &error),
             qPrintable(error));

    const Workspace &ws = doc->workspace();
    const Journey &j = *ws.journey(journeyId);
    const MetricDef &nps = *ws.metricDef(u"nps");
    const MapLayout layout = MapLayout::compute(j);
    RenderOptions options;
    options.overlayMetric = QStringLiteral("nps");
    options.emotionMetric = QStringLiteral("nps");
    const MapPainter painter(ws, j, layout, options);

    int withTrend = 0;
    for (const Step &s : j.steps) {
        const QList<PeriodMetric> trend = metricTrend(ws, j, s.id, QStringLiteral("nps"));
        const MapPainter::Badge badge = painter.badge(s.id);
        QCOMPARE(badge.trend.size(), trend.size());
        for (int i = 0; i < trend.size(); ++i)
            QCOMPARE(badge.trend[i], trend[i].metric.value);
        if (trend.size() >= 2)
            ++withTrend;
        // The badge's colour is the band of the step's value.
        for (const StepMetric &m : stepMetrics(ws, j, s.id)) {
            if (m.metric != u"nps")
                continue;
            QVERIFY(!badge.text.isEmpty());
            QCOMPARE(badge.smallSample, m.n < kSmallSample);
            const MetricBand band = metricBand(nps, m.value);
            const MapStyle style;
            QCOMPARE(badge.color, band == MetricBand::Good    ? style.metricGood()
                                  : band == MetricBand::Watch ? style.metricWatch()
                                                              : style.metricBad());
        }
    }
    QVERIFY2(withTrend > 0, "plain.csv spans several months");

    // Steps with an NPS value move on the curve to that value's emotion.
    QHash<QString, double> expected;
    for (const Step &s : j.steps) {
        for (const StepMetric &m : stepMetrics(ws, j, s.id)) {
            if (m.metric == u"nps" && m.n > 0)
                expected.insert(s.id, *metricEmotion(nps, m.value));
        }
    }
    QVERIFY(!expected.isEmpty());
    const QList<MapLayout::EmotionPoint> curve = layout.emotionCurveWith(j, expected);
    for (const MapLayout::EmotionPoint &pt : curve) {
        const QString id = pt.stepIds.first();
        if (expected.contains(id))
            QCOMPARE(pt.emotion, expected.value(id));
        else
            QCOMPARE(pt.emotion, double(*j.step(id)->emotion));
    }
}

void TestMetricVisuals::targetsChangeIsOneUndoStep()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, QStringLiteral("map.cjm"), Template::Sample);
    QVERIFY(doc);
    const MetricDef before = *doc->workspace().metricDef(u"nps");
    MetricDef after = before;
    after.green = 50;
    after.amber = 10;
    after.higherIsBetter = false;
    after.formula = Formula::Mean;
    UndoStack stack;
    QString error;
    QVERIFY2(stack.tryPush(new ChangeMetricDefCommand(doc.get(), after), &error),
             qPrintable(error));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(*doc->workspace().metricDef(u"nps"), after);
    // Written to the file, as a second reader sees it.
    {
        OpenResult again
                = openDocument(dir.filePath(QStringLiteral("map.cjm")), OpenMode::ReadOnly);
        QVERIFY(again.document);
        QCOMPARE(*again.document->workspace().metricDef(u"nps"), after);
    }
    QVERIFY(stack.tryUndo(&error));
    QCOMPARE(*doc->workspace().metricDef(u"nps"), before);
    QVERIFY(stack.tryRedo(&error));
    QCOMPARE(doc->workspace().metricDef(u"nps")->green, std::optional<double>(50));

    // A definition that is gone: the command fails and changes nothing.
    MetricDef ghost = after;
    ghost.id = QStringLiteral("ghost");
    const Workspace untouched = doc->workspace();
    QVERIFY(!stack.tryPush(new ChangeMetricDefCommand(doc.get(), ghost), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(doc->workspace(), untouched);
}

QTEST_MAIN(TestMetricVisuals)

#include "tst_metricvisuals.moc"
