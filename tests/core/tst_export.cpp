// The painted exports (PDF pages, PNG, SVG) and the CSV files, from core:
// page sizes and counts, tiling, the workshop appendix, image sizes, SVG
// structure, metric badges, CSV dialect and the ranked votes.
// tests/e2e/tst_export_cli.cpp checks the files with poppler and librsvg.

#include "testutil.h"

#include "formats/csvexport.h"
#include "formats/imageexport.h"
#include "formats/jsonimport.h"
#include "formats/pdfexport.h"
#include "layout/maplayout.h"
#include "model/standardmetrics.h"
#include "render/workshopresults.h"
#include "templates/templates.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace waymark;
using namespace waymark::test;

namespace {

Workspace trilingual()
{
    Workspace ws;
    QStringList warnings;
    QString error;
    if (!readJson(readFile(dataPath(QStringLiteral("export/trilingual.json"))), &ws, &warnings,
                  &error))
        qWarning("fixture: %s", qPrintable(error));
    return ws;
}

MapExportOptions options(PageFormat page = PageFormat::A4)
{
    MapExportOptions o;
    o.page = page;
    o.date = QDate(2026, 3, 2);
    return o;
}

bool pdf(const Workspace &ws, const QStringList &ids, const MapExportOptions &o, PdfReport *report,
         QByteArray *data = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    const bool ok = writePdf(ws, ids, o, &buffer, &error, report);
    if (!ok)
        qWarning("writePdf: %s", qPrintable(error));
    if (data)
        *data = buffer.data();
    return ok;
}

QByteArray svgOf(const Workspace &ws, const Journey &j, const MapExportOptions &o)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!writeSvg(ws, j, o, &buffer, &error))
        qWarning("writeSvg: %s", qPrintable(error));
    return buffer.data();
}

QList<QStringList> parseCsv(const QByteArray &data)
{
    // Just enough RFC 4180 to read back what the exporter wrote.
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(data);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

// The text of page `page` of a PDF file, with poppler's pdftotext.
QString pageText(const QString &path, int page)
{
    QProcess p;
    const QString n = QString::number(page);
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), n, QStringLiteral("-l"), n,
                                          QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromUtf8(s));
    return out;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paperSizes_data();
    void paperSizes();
    void pdfPages_data();
    void pdfPages();
    void pdfFitPage();
    void pdfEveryJourneyOnNewPages();
    void pdfWorkshopAppendix();
    void pdfNoJourney();
    void pdfPageRange();
    void pngSizeAndContent();
    void pngTooLarge();
    void svgSizedInPixels();
    void overlayBadge();
    void csvField_data();
    void csvField();
    void stepsCsv();
    void votesCsv();
};

void TestExport::paperSizes_data()
{
    QTest::addColumn<PageFormat>("format");
    QTest::addColumn<bool>("portrait");
    QTest::addColumn<QSizeF>("size");
    QTest::addRow("A4") << PageFormat::A4 << false << QSizeF(841.89, 595.28);
    QTest::addRow("A3") << PageFormat::A3 << false << QSizeF(1190.55, 841.89);
    QTest::addRow("A2") << PageFormat::A2 << false << QSizeF(1683.78, 1190.55);
    QTest::addRow("Letter") << PageFormat::Letter << false << QSizeF(792, 612);
    QTest::addRow("A4 portrait") << PageFormat::A4 << true << QSizeF(595.28, 841.89);
}

void TestExport::paperSizes()
{
    QFETCH(PageFormat, format);
    QFETCH(bool, portrait);
    QFETCH(QSizeF, size);
    const QSizeF got = paperSize(format, portrait);
    QVERIFY2(std::abs(got.width() - size.width()) < 1 && std::abs(got.height() - size.height()) < 1,
             qPrintable(QStringLiteral("%1 x %2").arg(got.width()).arg(got.height())));
}

void TestExport::pdfPages_data()
{
    QTest::addColumn<PageFormat>("format");
    QTest::addColumn<int>("minPages"); // for the sample's current state
    QTest::addColumn<int>("maxPages");
    QTest::addRow("A4") << PageFormat::A4 << 2 << 8;
    QTest::addRow("A3") << PageFormat::A3 << 1 << 4;
    QTest::addRow("A2") << PageFormat::A2 << 1 << 2;
    QTest::addRow("Letter") << PageFormat::Letter << 2 << 8;
}

void TestExport::pdfPages()
{
    QFETCH(PageFormat, format);
    QFETCH(int, minPages);
    QFETCH(int, maxPages);
    const Workspace ws = makeTemplate(Template::Sample);
    PdfReport report;
    QByteArray data;
    QVERIFY(pdf(ws, {QStringLiteral("sofa")}, options(format), &report, &data));
    QVERIFY(data.startsWith("%PDF-"));
    QVERIFY2(report.pages.size() >= minPages && report.pages.size() <= maxPages,
             qPrintable(QString::number(report.pages.size())));
    const QSizeF paper = paperSize(format, false);
    for (const PdfReport::Page &p : report.pages) {
        QVERIFY(std::abs(p.size.width() - paper.width()) < 1);
        QVERIFY(std::abs(p.size.height() - paper.height()) < 1);
        QVERIFY(p.scale >= 0.6 - 1e-9 && p.scale <= 1.0 + 1e-9);
    }
    // Smaller paper never needs fewer pages.
    if (format == PageFormat::A4) {
        PdfReport a3;
        QVERIFY(pdf(ws, {QStringLiteral("sofa")}, options(PageFormat::A3), &a3));
        QVERIFY(a3.pages.size() <= report.pages.size());
    }
}

void TestExport::pdfFitPage()
{
    const Workspace ws = makeTemplate(Template::Sample);
    PdfReport report;
    QVERIFY(pdf(ws, {QStringLiteral("sofa")}, options(PageFormat::Fit), &report));
    QCOMPARE(report.pages.size(), 1);
    const MapLayout layout = MapLayout::compute(ws.journeys.first());
    // The map at 1/96 inch per unit, plus margins, title and legend.
    const QSizeF map = layout.bounds().size() * 0.75;
    const QSizeF page = report.pages.first().size;
    QVERIFY(page.width() > map.width() && page.width() < map.width() + 80);
    QVERIFY(page.height() > map.height() + 60 && page.height() < map.height() + 200);
    QCOMPARE(report.pages.first().scale, 0.75);
}

void TestExport::pdfEveryJourneyOnNewPages()
{
    const Workspace ws = trilingual();
    PdfReport report;
    QVERIFY(pdf(ws, {}, options(), &report));
    QStringList order;
    for (const PdfReport::Page &p : report.pages) {
        if (order.isEmpty() || order.last() != p.journeyId)
            order.append(p.journeyId);
    }
    // Each journey's pages come together, in the workspace's order.
    QCOMPARE(order, (QStringList{QStringLiteral("wide"), QStringLiteral("small")}));
    const auto wide = std::count_if(report.pages.begin(), report.pages.end(),
                                    [](const auto &p) { return p.journeyId == u"wide"; });
    QVERIFY2(wide > 1, "the wide map is tiled on A4");

    PdfReport one;
    QVERIFY(pdf(ws, {QStringLiteral("small")}, options(), &one));
    QCOMPARE(one.pages.size(), 1);
    QCOMPARE(one.pages.first().journeyId, QStringLiteral("small"));
}

void TestExport::pdfWorkshopAppendix()
{
    const Workspace ws = trilingual();
    PdfReport without, with;
    MapExportOptions o = options();
    QVERIFY(pdf(ws, {QStringLiteral("wide")}, o, &without));
    o.workshop = true;
    QVERIFY(pdf(ws, {QStringLiteral("wide")}, o, &with));
    const auto appendix = [](const PdfReport &r) {
        return std::count_if(r.pages.begin(), r.pages.end(),
                             [](const auto &p) { return p.appendix; });
    };
    QCOMPARE(appendix(without), 0);
    QCOMPARE(appendix(with), 1);
    QCOMPARE(with.pages.size(), without.pages.size() + 1);
    QVERIFY(with.pages.last().appendix);

    // A journey without votes or comments gets no appendix.
    PdfReport small;
    QVERIFY(pdf(ws, {QStringLiteral("small")}, o, &small));
    QCOMPARE(appendix(small), 0);
}

void TestExport::pdfNoJourney()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(!writePdf(Workspace(), {}, options(), &buffer, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(buffer.data().isEmpty());
}

// Print's page range: pages 2-3 alone are pages 2-3 of the whole export,
// numbered as there; a range past the end is an error and writes nothing.
void TestExport::pdfPageRange()
{
    const Workspace ws = makeTemplate(Template::Sample);
    MapExportOptions o = options();
    o.portrait = true;
    const int total = countMapPages(ws, {}, o);
    QVERIFY2(total >= 4, qPrintable(QString::number(total)));
    QTemporaryDir dir;
    QByteArray whole, part;
    PdfReport wholeReport, partReport;
    QVERIFY(pdf(ws, {}, o, &wholeReport, &whole));
    QCOMPARE(int(wholeReport.pages.size()), total);
    o.pages.addRange(2, 3);
    QVERIFY(pdf(ws, {}, o, &partReport, &part));
    QCOMPARE(partReport.pages.size(), 2);
    QCOMPARE(countMapPages(ws, {}, o), total); // the count is the whole export's
    const QString wholePath = dir.filePath(QStringLiteral("whole.pdf"));
    const QString partPath = dir.filePath(QStringLiteral("part.pdf"));
    QVERIFY(writeFile(wholePath, whole) && writeFile(partPath, part));
    for (int i = 0; i < 2; ++i) {
        const QString expected = pageText(wholePath, 2 + i);
        QVERIFY2(expected.contains(QStringLiteral("%1 / %2").arg(2 + i).arg(total)),
                 qPrintable(expected.left(600)));
        QCOMPARE(pageText(partPath, 1 + i), expected);
        QCOMPARE(partReport.pages[i].journeyId, wholeReport.pages[1 + i].journeyId);
    }
    QVERIFY(pageText(partPath, 3).isEmpty()); // there is no third page
    QVERIFY(pageText(partPath, 1) != pageText(wholePath, 1));

    o.pages = QPageRanges();
    o.pages.addPage(total + 1);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(!writePdf(ws, {}, o, &buffer, &error));
    QVERIFY2(error.contains(QString::number(total)) && !error.contains(u'\n'), qPrintable(error));
}

void TestExport::pngSizeAndContent()
{
    const Workspace ws = makeTemplate(Template::Sample);
    const Journey &j = ws.journeys.first();
    QSize sizes[2];
    int i = 0;
    for (double dpi : {96.0, 192.0}) {
        MapExportOptions o = options();
        o.dpi = dpi;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(writePng(ws, j, o, &buffer, &error), qPrintable(error));
        QImage image;
        QVERIFY(image.loadFromData(buffer.data(), "PNG"));
        QCOMPARE(image.size(), imageSize(ws, j, o));
        QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
        // Not blank: many colours, and ink in every quarter.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
        sizes[i++] = image.size();
    }
    QVERIFY(std::abs(sizes[1].width() - 2 * sizes[0].width()) <= 2);
    QVERIFY(std::abs(sizes[1].height() - 2 * sizes[0].height()) <= 2);
    // 96 dpi draws map units 1:1: the image holds the whole map.
    const MapLayout layout = MapLayout::compute(j);
    QVERIFY(sizes[0].width() >= layout.bounds().width());
    QVERIFY(sizes[0].height() >= layout.bounds().height());
}

void TestExport::pngTooLarge()
{
    const Workspace ws = trilingual();
    MapExportOptions o = options();
    o.dpi = 2400;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(!writePng(ws, ws.journeys.first(), o, &buffer, &error));
    QVERIFY2(error.contains(QStringLiteral("--dpi")), qPrintable(error));
    QVERIFY(buffer.data().isEmpty());
}

void TestExport::svgSizedInPixels()
{
    const Workspace ws = trilingual();
    const Journey &j = ws.journeys.first();
    MapExportOptions o = options();
    o.dpi = 120;
    const QByteArray svg = svgOf(ws, j, o);
    const QSize size = imageSize(ws, j, o);
    QXmlStreamReader xml(svg);
    QString width, height, viewBox;
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"svg") {
            width = xml.attributes().value(QStringLiteral("width")).toString();
            height = xml.attributes().value(QStringLiteral("height")).toString();
            viewBox = xml.attributes().value(QStringLiteral("viewBox")).toString();
        }
        if (xml.isStartElement() && xml.name() == u"text")
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(viewBox, QStringLiteral("0 0 %1 %2").arg(size.width()).arg(size.height()));
    QCOMPARE(width, QString::number(size.width()));
    QCOMPARE(height, QString::number(size.height()));
    // Text stays text, in every script (in runs per font: compare without spaces).
    QString all = texts.join(QString());
    all.remove(u' ');
    for (const char *title : {"Seesanad1", "Видитрекламу1", "看到广告1"})
        QVERIFY2(all.contains(QString::fromUtf8(title)), title);
}

void TestExport::overlayBadge()
{
    Workspace ws = makeTemplate(Template::Sample);
    Journey &j = ws.journeys.first();
    QVERIFY(ws.metricDef(u"nps"));
    MetricValue v;
    v.step = QStringLiteral("c03");
    v.metric = QStringLiteral("nps");
    v.n = 120;
    v.value = 42;
    j.metricValues.append(v);
    MapExportOptions o = options();
    o.overlayMetric = QStringLiteral("nps");
    const QString with = QString::fromUtf8(svgOf(ws, j, o));
    o.overlayMetric.clear();
    const QString without = QString::fromUtf8(svgOf(ws, j, o));
    const QString badge = QStringLiteral("NPS 42 · n 120");
    QVERIFY(with.contains(badge));
    QVERIFY(!without.contains(badge));
    QVERIFY(with.contains(QStringLiteral("Overlay: NPS"))); // the legend explains the colours
}

void TestExport::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::addRow("plain") << QStringLiteral("Sees an ad") << QStringLiteral("Sees an ad");
    QTest::addRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
    QTest::addRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::addRow("line break") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
    QTest::addRow("Chinese") << QStringLiteral("看到广告") << QStringLiteral("看到广告");
    QTest::addRow("empty") << QString() << QString();
}

void TestExport::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(waymark::csvField(value), field);
}

void TestExport::stepsCsv()
{
    Workspace ws = trilingual();
    Journey &wide = ws.journeys.first();
    wide.steps.first().title = QStringLiteral("Sees an ad, \"big\" 1");
    MetricValue v;
    v.step = QStringLiteral("c2");
    v.metric = QStringLiteral("csat");
    v.n = 40;
    v.value = 81.5;
    ws.metricDefs = standardMetrics().metricDefs;
    wide.metricValues.append(v);
    const QByteArray data = exportStepsCsv(ws);
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QVERIFY(data.endsWith("\r\n"));
    const QList<QStringList> rows = parseCsv(data.mid(3));
    QCOMPARE(rows.size(), 1 + 42 + 2);
    const QStringList header = rows.first();
    QCOMPARE(header.mid(0, 5), (QStringList{QStringLiteral("journey"), QStringLiteral("step"),
                                            QStringLiteral("stage"), QStringLiteral("lane"),
                                            QStringLiteral("title")}));
    QVERIFY(header.contains(QStringLiteral("csat")) && header.contains(QStringLiteral("csat_n")));
    QVERIFY(!header.contains(QStringLiteral("nps"))); // no values, no column
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());
    const auto column = [&](const char *name) {
        return header.indexOf(QLatin1String(name));
    };
    // Map order: stage by stage, lane by lane.
    QCOMPARE(rows[1][column("step")], QStringLiteral("c1"));
    QCOMPARE(rows[1][column("title")], QStringLiteral("Sees an ad, \"big\" 1"));
    QCOMPARE(rows[2][column("step")], QStringLiteral("f1"));
    QCOMPARE(rows[3][column("step")], QStringLiteral("b1"));
    QCOMPARE(rows[3][column("title")], QStringLiteral("看到广告 1"));
    QCOMPARE(rows[3][column("lane")], QStringLiteral("后台流程"));
    QCOMPARE(rows[1][column("channel")], QStringLiteral("Website"));
    QCOMPARE(rows[1][column("emotion")], QStringLiteral("-2"));
    QCOMPARE(rows[3][column("emotion")], QString());
    QCOMPARE(rows[4][column("csat")], QStringLiteral("81.5"));
    QCOMPARE(rows[4][column("csat_n")], QStringLiteral("40"));
    QCOMPARE(rows[19][column("momentOfTruth")], QStringLiteral("true")); // c7
    // Only the journeys asked for.
    QCOMPARE(parseCsv(exportStepsCsv(ws, {QStringLiteral("small")}).mid(3)).size(), 3);
}

void TestExport::votesCsv()
{
    const Workspace ws = trilingual();
    const QList<VoteRank> ranks = rankVotes(ws.journeys.first());
    QCOMPARE(ranks.size(), 4);
    const QList<QStringList> rows = parseCsv(exportVotesCsv(ws).mid(3));
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows[0], (QStringList{QStringLiteral("rank"), QStringLiteral("votes"),
                                   QStringLiteral("participants"), QStringLiteral("journey"),
                                   QStringLiteral("step"), QStringLiteral("stage"),
                                   QStringLiteral("lane"), QStringLiteral("title"),
                                   QStringLiteral("kind"), QStringLiteral("comments")}));
    // rank, votes, participants, step, comments: ties share a rank, in map order.
    const auto brief = [](const QStringList &r) {
        return QStringList{r[0], r[1], r[2], r[4], r[9]};
    };
    QCOMPARE(brief(rows[1]), strings({"1", "5", "2", "c12", "1"}));
    QCOMPARE(brief(rows[2]), strings({"2", "2", "1", "c3", "2"}));
    QCOMPARE(brief(rows[3]), strings({"2", "2", "1", "c7", "0"}));
    QCOMPARE(brief(rows[4]), strings({"4", "1", "1", "c5", "0"}));
    QCOMPARE(rows[1][7], QStringLiteral("Calls support 12"));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
