// `waymark export` and `waymark import --mermaid` end to end: the real
// binary on real files, the results read by real consumers: poppler
// (pdfinfo, pdffonts, pdftotext), librsvg (rsvg-convert), Qt's PNG reader,
// and waymark's own JSON export for imports.

#include "e2eutil.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace waymark::e2e;

namespace {

QString fixture(const char *name)
{
    return dataPath(QString::fromLatin1(name));
}

QString squeeze(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

bool notBlank(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y) | 0xff000000);
    }
    return colours.size() > 20;
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromUtf8(s));
    return out;
}

} // namespace

#define VERIFY_RUN(condition, run) QVERIFY2(condition, qPrintable((run).describe()))

class TestExportCli : public QObject
{
    Q_OBJECT

private:
    Runner m_runner;
    QTemporaryDir m_dir;
    QString m_sample;      // the bundled sample: two journeys
    QString m_trilingual;  // a wide map in Latin, Cyrillic and Chinese, and a small one
    QJsonObject m_fixture; // tests/data/export/trilingual.json

    QString path(const QString &name) const { return m_dir.filePath(name); }
    Run waymark(const QStringList &args) const { return m_runner.waymark(args); }
    Run tool(const char *name, const QStringList &args) const
    {
        return m_runner.run(QStandardPaths::findExecutable(QString::fromLatin1(name)), args);
    }
    QString pdfInfo(const QString &pdf, const char *field) const;
    QString pdfText(const QString &pdf, int page = 0) const;
    int pdfPages(const QString &pdf) const { return pdfInfo(pdf, "Pages").toInt(); }

private Q_SLOTS:
    void initTestCase();
    void pageSizes_data();
    void pageSizes();
    void fontsEmbedded();
    void everyTitleSearchable();
    void wideMapTiledWithHeaders();
    void workshopResults();
    void overlay();
    void png();
    void svgRendersWithRsvg();
    void csv();
    void votesCsv();
    void standardOutput();
    void mermaidExportImportRoundTrip();
    void mermaidImportOfficialSyntax();
    void mermaidImportErrors();
    void usageErrors_data();
    void usageErrors();
    void badInput_data();
    void badInput();
    void failedExportKeepsOldFile();
};

QString TestExportCli::pdfInfo(const QString &pdf, const char *field) const
{
    const Run r = tool("pdfinfo", {pdf});
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.startsWith(QByteArray(field) + ':'))
            return QString::fromUtf8(line.mid(qstrlen(field) + 1)).trimmed();
    }
    return {};
}

QString TestExportCli::pdfText(const QString &pdf, int page) const
{
    QStringList args{QStringLiteral("-raw")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    return QString::fromUtf8(tool("pdftotext", args).out);
}

void TestExportCli::initTestCase()
{
    QVERIFY(m_runner.isValid() && m_dir.isValid());
    for (const char *program : {"pdfinfo", "pdffonts", "pdftotext", "rsvg-convert"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty(), program);
    m_sample = path(QStringLiteral("sample.cjm"));
    Run r = waymark({QStringLiteral("new"), m_sample, QStringLiteral("--template"),
                     QStringLiteral("sample")});
    VERIFY_RUN(r.exitCode == 0, r);
    m_trilingual = path(QStringLiteral("trilingual.cjm"));
    r = waymark({QStringLiteral("import"), m_trilingual, QStringLiteral("--json"),
                 fixture("export/trilingual.json")});
    VERIFY_RUN(r.exitCode == 0, r);
    m_fixture = QJsonDocument::fromJson(readFile(fixture("export/trilingual.json"))).object();
    QVERIFY(!m_fixture.isEmpty());
}

void TestExportCli::pageSizes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("size"); // pdfinfo's "Page size"
    QTest::addColumn<int>("minPages");
    QTest::addColumn<int>("maxPages");
    // The sample has two journeys; each starts on a new page.
    QTest::addRow("A4 default") << QStringList() << QStringLiteral("842 x 595 pts (A4)") << 4 << 16;
    QTest::addRow("A3") << strings({"--page", "A3"}) << QStringLiteral("1191 x 842 pts (A3)") << 2
                        << 8;
    QTest::addRow("A2") << strings({"--page", "a2"}) << QStringLiteral("1684 x 1191 pts (A2)") << 2
                        << 4;
    QTest::addRow("Letter") << strings({"--page", "Letter"})
                            << QStringLiteral("792 x 612 pts (letter)") << 4 << 16;
    QTest::addRow("A4 portrait") << strings({"--page", "A4", "--portrait"})
                                 << QStringLiteral("595 x 842 pts (A4)") << 4 << 24;
    QTest::addRow("fit") << strings({"--page", "fit"}) << QString() << 2 << 2;
}

void TestExportCli::pageSizes()
{
    QFETCH(QStringList, args);
    QFETCH(QString, size);
    QFETCH(int, minPages);
    QFETCH(int, maxPages);
    const QString pdf = path(QStringLiteral("pages.pdf"));
    const Run r = waymark(QStringList{QStringLiteral("export"), m_sample, QStringLiteral("-o"), pdf}
                          + args);
    VERIFY_RUN(r.exitCode == 0, r);
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= minPages && pages <= maxPages, qPrintable(QString::number(pages)));
    // The summary line tells the same count.
    const QString counted
            = QStringLiteral(": %1 %2, ")
                      .arg(pages)
                      .arg(pages == 1 ? QStringLiteral("page") : QStringLiteral("pages"));
    QVERIFY2(r.err.contains(counted.toUtf8()), r.err.constData());
    if (!size.isEmpty()) {
        QCOMPARE(pdfInfo(pdf, "Page size"), size);
    } else {
        // fit: one page per journey, cut to the map, larger than A3.
        const QStringList parts = pdfInfo(pdf, "Page size").split(u' ');
        QVERIFY(parts.size() >= 3);
        QVERIFY(parts[0].toDouble() > 1191 && parts[2].toDouble() > 842);
    }
    // A PDF reader names the paper; the text layer names the journey.
    QVERIFY(pdfText(pdf, 1).contains(QStringLiteral("Buy a sofa online or in the showroom")));
}

void TestExportCli::fontsEmbedded()
{
    const QString pdf = path(QStringLiteral("fonts.pdf"));
    const Run r = waymark({QStringLiteral("export"), m_trilingual, QStringLiteral("-o"), pdf});
    VERIFY_RUN(r.exitCode == 0, r);
    const Run fonts = tool("pdffonts", {pdf});
    VERIFY_RUN(fonts.exitCode == 0, fonts);
    QList<QByteArray> rows = fonts.out.split('\n').mid(2);
    rows.removeAll(QByteArray());
    bool dejavu = false, wenquanyi = false;
    for (const QByteArray &row : rows) {
        const QList<QByteArray> cells = row.simplified().split(' ');
        dejavu = dejavu || row.startsWith("DejaVuSans");
        wenquanyi = wenquanyi || row.startsWith("WenQuanYi");
        // name type encoding emb sub uni id gen: "emb" is the 5th cell from the end.
        QVERIFY2(cells.size() >= 7 && cells[cells.size() - 5] == "yes", row.constData());
    }
    QVERIFY2(dejavu, fonts.out.constData());
    QVERIFY2(wenquanyi, fonts.out.constData());
}

void TestExportCli::everyTitleSearchable()
{
    const QString pdf = path(QStringLiteral("titles.pdf"));
    const Run r = waymark({QStringLiteral("export"), m_trilingual, QStringLiteral("-o"), pdf});
    VERIFY_RUN(r.exitCode == 0, r);
    const QString text = squeeze(pdfText(pdf));
    int titles = 0;
    for (const QJsonValue &j : m_fixture[u"journeys"].toArray()) {
        for (const QJsonValue &s : j[u"steps"].toArray()) {
            const QString title = s[u"title"].toString();
            QVERIFY2(text.contains(squeeze(title)), qPrintable(title));
            ++titles;
        }
        for (const QJsonValue &s : j[u"stages"].toArray())
            QVERIFY2(text.contains(squeeze(s[u"name"].toString())),
                     qPrintable(s[u"name"].toString()));
    }
    QCOMPARE(titles, 44);
    // And the three scripts are really there, not boxes.
    for (const char *sample : {"Writesareview14", "Пишетотзыв14", "撰写评价14"})
        QVERIFY2(text.contains(QString::fromUtf8(sample)), sample);
}

void TestExportCli::wideMapTiledWithHeaders()
{
    const QString pdf = path(QStringLiteral("tiles.pdf"));
    const Run r = waymark({QStringLiteral("export"), m_trilingual, QStringLiteral("-o"), pdf,
                           QStringLiteral("--journey"), QStringLiteral("wide"),
                           QStringLiteral("--page"), QStringLiteral("A4")});
    VERIFY_RUN(r.exitCode == 0, r);
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    int firstStageOn = 0, lastStageOn = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        // Every page: the lane headers, a page number, the title block.
        for (const char *lane : {"Customer actions", "Фронт-офис", "后台流程"})
            QVERIFY2(text.contains(QString::fromUtf8(lane)),
                     qPrintable(QStringLiteral("page %1 lacks %2")
                                        .arg(page)
                                        .arg(QString::fromUtf8(lane))));
        QVERIFY2(text.contains(QStringLiteral("%1 / %2").arg(page).arg(pages))
                         || squeeze(text).contains(QStringLiteral("%1/%2").arg(page).arg(pages)),
                 qPrintable(QString::number(page)));
        QVERIFY(text.contains(QStringLiteral("Trilingual wide map")));
        if (text.contains(QStringLiteral("Awareness")))
            firstStageOn = firstStageOn ? firstStageOn : page;
        if (text.contains(QStringLiteral("Отзыв")))
            lastStageOn = page;
    }
    // Reading order: the first stage on the first page, the last on the last.
    QCOMPARE(firstStageOn, 1);
    QCOMPARE(lastStageOn, pages);
}

void TestExportCli::workshopResults()
{
    const QString plain = path(QStringLiteral("plain.pdf"));
    const QString workshop = path(QStringLiteral("workshop.pdf"));
    Run r = waymark({QStringLiteral("export"), m_trilingual, QStringLiteral("-o"), plain,
                     QStringLiteral("--journey"), QStringLiteral("wide"),
                     QStringLiteral("--no-comments")});
    VERIFY_RUN(r.exitCode == 0, r);
    r = waymark({QStringLiteral("export"), m_trilingual, QStringLiteral("-o"), workshop,
                 QStringLiteral("--journey"), QStringLiteral("wide"),
                 QStringLiteral("--comments")});
    VERIFY_RUN(r.exitCode == 0, r);
    QCOMPARE(pdfPages(workshop), pdfPages(plain) + 1);
    const QString appendix = pdfText(workshop, pdfPages(workshop));
    QVERIFY(appendix.contains(QStringLiteral("Dot votes, ranked")));
    QVERIFY(appendix.contains(QStringLiteral("Hold music is too long, people hang up")));
    QVERIFY(appendix.contains(QStringLiteral("评论太少了")));
    QVERIFY(appendix.contains(QStringLiteral("Отзывы устарели")));
    QVERIFY(!pdfText(plain).contains(QStringLiteral("Hold music")));
}

void TestExportCli::overlay()
{
    const QString pdf = path(QStringLiteral("overlay.pdf"));
    const Run r = waymark({QStringLiteral("export"), m_sample, QStringLiteral("-o"), pdf,
                           QStringLiteral("--overlay"), QStringLiteral("NPS"),
                           QStringLiteral("--journey"), QStringLiteral("sofa")});
    VERIFY_RUN(r.exitCode == 0, r);
    const QString text = pdfText(pdf, 1);
    QVERIFY(text.contains(QStringLiteral("Overlay: NPS"))); // title block and legend
    QVERIFY(text.contains(QStringLiteral("good ≥ 30")));
}

void TestExportCli::png()
{
    const QString first = path(QStringLiteral("map.png"));
    const QString twice = path(QStringLiteral("map2x.png"));
    const QString small = path(QStringLiteral("small.png"));
    Run r = waymark({QStringLiteral("export"), m_trilingual, QStringLiteral("-o"), first});
    VERIFY_RUN(r.exitCode == 0, r);
    r = waymark({QStringLiteral("export"), m_trilingual, QStringLiteral("-o"), twice,
                 QStringLiteral("--dpi"), QStringLiteral("192")});
    VERIFY_RUN(r.exitCode == 0, r);
    r = waymark({QStringLiteral("export"), m_trilingual, QStringLiteral("-o"), small,
                 QStringLiteral("--journey"), QStringLiteral("Small map")});
    VERIFY_RUN(r.exitCode == 0, r);
    QImage a(first), b(twice), c(small);
    QVERIFY(!a.isNull() && !b.isNull() && !c.isNull());
    QVERIFY(notBlank(a) && notBlank(b) && notBlank(c));
    QVERIFY(std::abs(b.width() - 2 * a.width()) <= 2);
    QVERIFY(std::abs(b.height() - 2 * a.height()) <= 2);
    // Without --journey, the first journey (the wide one).
    QVERIFY(c.width() < a.width() / 2);
}

void TestExportCli::svgRendersWithRsvg()
{
    const QString svg = path(QStringLiteral("map.svg"));
    const QString png = path(QStringLiteral("rsvg.png"));
    Run r = waymark({QStringLiteral("export"), m_trilingual, QStringLiteral("-o"), svg});
    VERIFY_RUN(r.exitCode == 0, r);
    const QByteArray data = readFile(svg);
    const QRegularExpression head(QStringLiteral("<svg[^>]* width=\"(\\d+)\" height=\"(\\d+)\"[^>]*"
                                                 "viewBox=\"0 0 (\\d+) (\\d+)\""));
    const auto m = head.match(QString::fromUtf8(data));
    QVERIFY2(m.hasMatch(), data.left(600).constData());
    QCOMPARE(m.captured(1), m.captured(3));
    QCOMPARE(m.captured(2), m.captured(4));
    r = tool("rsvg-convert", {QStringLiteral("-o"), png, svg});
    VERIFY_RUN(r.exitCode == 0, r);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), m.captured(1).toInt());
    QCOMPARE(image.height(), m.captured(2).toInt());
    QVERIFY(notBlank(image));
}

void TestExportCli::csv()
{
    const QString file = path(QStringLiteral("steps.csv"));
    const Run r = waymark({QStringLiteral("export"), m_trilingual, QStringLiteral("-o"), file});
    VERIFY_RUN(r.exitCode == 0, r);
    const QByteArray data = readFile(file);
    QVERIFY(data.startsWith("\xEF\xBB\xBFjourney,step,stage,lane,title,kind,channel,owner"));
    const QList<QByteArray> lines = data.split('\n');
    QCOMPARE(lines.size(), 1 + 44 + 1); // header, steps, the empty end after the last CRLF
    for (int i = 0; i + 1 < lines.size(); ++i)
        QVERIFY(lines[i].endsWith('\r'));
    QVERIFY(data.contains(QStringLiteral("Small map,x2,After,Customer actions,Second small step,"
                                         "touchpoint,Website")
                                  .toUtf8()));
    QVERIFY(data.contains(QStringLiteral(",后台流程,看到广告 1,process,").toUtf8()));
}

void TestExportCli::votesCsv()
{
    const QString file = path(QStringLiteral("votes.csv"));
    const Run r = waymark({QStringLiteral("export"), m_trilingual, QStringLiteral("-o"), file,
                           QStringLiteral("--format"), QStringLiteral("votes-csv")});
    VERIFY_RUN(r.exitCode == 0, r);
    const QList<QByteArray> lines = readFile(file).split('\n');
    QCOMPARE(lines.value(0), QByteArray("\xEF\xBB\xBFrank,votes,participants,journey,step,stage,"
                                        "lane,title,kind,comments\r"));
    QVERIFY(lines.value(1).startsWith("1,5,2,"));
    QVERIFY(lines.value(1).contains("Calls support 12"));
    QVERIFY(lines.value(2).startsWith("2,2,1,"));
    QVERIFY(lines.value(3).startsWith("2,2,1,"));
    QVERIFY(lines.value(4).startsWith("4,1,1,"));
}

void TestExportCli::standardOutput()
{
    const Run r
            = waymark({QStringLiteral("export"), m_trilingual, QStringLiteral("-o"),
                       QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("mermaid"),
                       QStringLiteral("--journey"), QStringLiteral("small")});
    VERIFY_RUN(r.exitCode == 0, r);
    QVERIFY(r.out.startsWith("journey\n"));
    QVERIFY(r.out.contains("    title Small map\n"));
    QVERIFY(r.out.contains("      First small step: 4: Anna · Анна · 安娜\n"));
    QVERIFY(r.out.contains("      Second small step: 2: Anna · Анна · 安娜\n"));
}

void TestExportCli::mermaidExportImportRoundTrip()
{
    const QString mmd = path(QStringLiteral("sofa.mmd"));
    const QString target = path(QStringLiteral("from-mermaid.cjm"));
    Run r = waymark({QStringLiteral("export"), m_sample, QStringLiteral("-o"), mmd});
    VERIFY_RUN(r.exitCode == 0, r);
    // The persona's name holds a comma: reported, and written as a look-alike.
    QVERIFY2(r.err.contains("Mermaid cannot hold"), r.err.constData());
    r = waymark({QStringLiteral("import"), target, QStringLiteral("--mermaid"), mmd});
    VERIFY_RUN(r.exitCode == 0, r);
    r = waymark({QStringLiteral("export"), target, QStringLiteral("-o"), QStringLiteral("-"),
                 QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_RUN(r.exitCode == 0, r);
    const QJsonObject imported = QJsonDocument::fromJson(r.out).object();
    r = waymark({QStringLiteral("export"), m_sample, QStringLiteral("-o"), QStringLiteral("-"),
                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--journey"),
                 QStringLiteral("sofa")});
    const QJsonObject original = QJsonDocument::fromJson(r.out).object();
    const QJsonObject a = original[u"journeys"].toArray().first().toObject();
    const QJsonObject b = imported[u"journeys"].toArray().first().toObject();
    QCOMPARE(b[u"name"].toString(), a[u"name"].toString());
    QCOMPARE(b[u"stages"].toArray().size(), a[u"stages"].toArray().size());
    QCOMPARE(b[u"steps"].toArray().size(), a[u"steps"].toArray().size());
    // Every emotion survives; a step without one comes back neutral.
    QMultiHash<QString, int> emotions;
    for (const QJsonValue &s : a[u"steps"].toArray())
        emotions.insert(s[u"title"].toString().replace(u':', QChar(0x2236)),
                        s[u"emotion"].toInt(0));
    for (const QJsonValue &s : b[u"steps"].toArray()) {
        const QString title = s[u"title"].toString();
        QVERIFY2(emotions.contains(title), qPrintable(title));
        QVERIFY2(emotions.values(title).contains(s[u"emotion"].toInt()), qPrintable(title));
    }
}

void TestExportCli::mermaidImportOfficialSyntax()
{
    const QString target = path(QStringLiteral("onboarding.cjm"));
    Run r = waymark({QStringLiteral("import"), target, QStringLiteral("--mermaid"),
                     fixture("mermaid/onboarding.mmd")});
    VERIFY_RUN(r.exitCode == 0, r);
    QVERIFY(r.out.contains("Imported 1 journey ("));
    // Clamped and rounded scores are reported with their lines; 0 is in
    // Mermaid's range (and comes back as 0: tst_fidelity).
    QCOMPARE(r.errLines().size(), 2);
    QVERIFY(!r.err.contains("line 18:"));
    QVERIFY(r.err.contains("line 21: the score 3.6 is rounded to 4"));
    // A second diagram adds a second journey and shares the persona.
    r = waymark({QStringLiteral("import"), target, QStringLiteral("--mermaid"),
                 fixture("mermaid/working-day.mmd")});
    VERIFY_RUN(r.exitCode == 0, r);
    r = waymark({QStringLiteral("export"), target, QStringLiteral("-o"), QStringLiteral("-"),
                 QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonArray journeys = root[u"journeys"].toArray();
    QCOMPARE(journeys.size(), 2);
    const QJsonObject onboarding = journeys[0].toObject();
    QCOMPARE(onboarding[u"name"].toString(), QStringLiteral("Customer onboarding"));
    QCOMPARE(onboarding[u"description"].toString(),
             QStringLiteral("From the first visit\nto the first order."));
    const QJsonArray steps = onboarding[u"steps"].toArray();
    QCOMPARE(steps[2][u"title"].toString(), QStringLiteral("Creates an account"));
    QCOMPARE(steps[2][u"owner"].toString(), QStringLiteral("Customer, Support, Sales"));
    QCOMPARE(steps[2][u"emotion"].toInt(), -1);
    QCOMPARE(steps[5][u"title"].toString(), QStringLiteral("下单付款"));
    const QJsonObject day = journeys[1].toObject();
    QCOMPARE(day[u"name"].toString(), QStringLiteral("My working day"));
    QCOMPARE(day[u"steps"].toArray()[2][u"owner"].toString(), QStringLiteral("Me, Cat"));
    QStringList personas;
    for (const QJsonValue &p : root[u"personas"].toArray())
        personas.append(p[u"name"].toString());
    QCOMPARE(personas, strings({"Customer", "Me"}));
}

void TestExportCli::mermaidImportErrors()
{
    // All or nothing: a bad diagram adds nothing and creates no file.
    const QString bad = path(QStringLiteral("bad.mmd"));
    QVERIFY(writeFile(bad, "journey\n  section One\n    Fine: 5: Me\n    Broken line\n"));
    const QString target = path(QStringLiteral("never.cjm"));
    Run r = waymark({QStringLiteral("import"), target, QStringLiteral("--mermaid"), bad});
    VERIFY_RUN(r.exitCode == 1 && r.oneErrorLine(), r);
    QVERIFY(r.err.contains("line 4"));
    QVERIFY(!QFile::exists(target));

    const QByteArray before
            = waymark({QStringLiteral("export"), m_trilingual, QStringLiteral("-o"),
                       QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")})
                      .out;
    r = waymark({QStringLiteral("import"), m_trilingual, QStringLiteral("--mermaid"), bad});
    VERIFY_RUN(r.exitCode == 1 && r.oneErrorLine(), r);
    const QByteArray after
            = waymark({QStringLiteral("export"), m_trilingual, QStringLiteral("-o"),
                       QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")})
                      .out;
    QCOMPARE(after, before);

    r = waymark({QStringLiteral("import"), target, QStringLiteral("--mermaid"), bad,
                 QStringLiteral("--json"), bad});
    VERIFY_RUN(r.exitCode == 2 && r.oneErrorLine(), r);
}

void TestExportCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("no output") << QStringList();
    QTest::addRow("unknown extension") << strings({"-o", "map.docx"});
    QTest::addRow("unknown format") << strings({"-o", "map.pdf", "--format", "docx"});
    QTest::addRow("stdout without format") << strings({"-o", "-"});
    QTest::addRow("bad page") << strings({"-o", "map.pdf", "--page", "A5"});
    QTest::addRow("bad dpi") << strings({"-o", "map.png", "--dpi", "0"});
    QTest::addRow("comments twice") << strings({"-o", "map.pdf", "--comments", "--no-comments"});
}

void TestExportCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = waymark(QStringList{QStringLiteral("export"), m_sample} + args);
    VERIFY_RUN(r.exitCode == 2 && r.oneErrorLine(), r);
}

void TestExportCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("unknown journey") << strings({"--journey", "nope"}) << QByteArray("no journey");
    QTest::addRow("unknown metric") << strings({"--overlay", "wow"}) << QByteArray("no metric");
    QTest::addRow("too large") << strings({"--format", "png", "--dpi", "2400"})
                               << QByteArray("--dpi");
}

void TestExportCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const QString out = path(QStringLiteral("bad-input.out"));
    const Run r = waymark(QStringList{QStringLiteral("export"), m_trilingual, QStringLiteral("-o"),
                                      out, QStringLiteral("--format"), QStringLiteral("pdf")}
                          + args);
    VERIFY_RUN(r.exitCode == 1 && r.oneErrorLine() && r.err.contains(message), r);
    QVERIFY(!QFile::exists(out));
}

void TestExportCli::failedExportKeepsOldFile()
{
    const QString png = path(QStringLiteral("keep.png"));
    Run r = waymark({QStringLiteral("export"), m_trilingual, QStringLiteral("-o"), png,
                     QStringLiteral("--journey"), QStringLiteral("small")});
    VERIFY_RUN(r.exitCode == 0, r);
    const QByteArray before = readFile(png);
    r = waymark({QStringLiteral("export"), m_trilingual, QStringLiteral("-o"), png,
                 QStringLiteral("--dpi"), QStringLiteral("2400")});
    VERIFY_RUN(r.exitCode == 1 && r.oneErrorLine(), r);
    QCOMPARE(readFile(png), before);
    // No temporary file left beside it.
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("keep.png*")});
    QCOMPARE(left, QStringList{QStringLiteral("keep.png")});
}

QTEST_MAIN(TestExportCli)
#include "tst_export_cli.moc"
