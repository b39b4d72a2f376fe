// The real `waymark FILE --screenshot OUT.png --size WxH` (offscreen, the
// software renderer): the PNG decodes at the asked size and shows a drawn map,
// not a blank or half-drawn window, and the option's errors are one line.

#include "e2eutil.h"

#include "layout/mapstyle.h"
#include "model/enums.h"

#include <QColor>
#include <QImage>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace waymark;
using namespace waymark::e2e;

namespace {

constexpr int kTimeoutMs = 120000;

bool near(QRgb a, QRgb b, int tolerance)
{
    return std::abs(qRed(a) - qRed(b)) <= tolerance && std::abs(qGreen(a) - qGreen(b)) <= tolerance
           && std::abs(qBlue(a) - qBlue(b)) <= tolerance;
}

// How many pixels of `image` (inside `area`) have each saturated card accent
// colour of the light theme, by step kind.
QHash<StepKind, int> accentPixels(const QImage &image, const QRect &area)
{
    const MapStyle style = MapStyle::light();
    // Not Action's slate grey: the window's text and lines share it.
    const QList<StepKind> kinds{StepKind::Touchpoint, StepKind::PainPoint, StepKind::Opportunity,
                                StepKind::Process, StepKind::Evidence};
    QHash<StepKind, QRgb> accents;
    for (StepKind k : kinds)
        accents.insert(k, style.cardAccent(k).rgb());
    QHash<StepKind, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = area.left(); x <= area.right(); ++x) {
            for (auto it = accents.cbegin(); it != accents.cend(); ++it) {
                if (near(line[x], it.value(), 6)) {
                    ++counts[it.key()];
                    break;
                }
            }
        }
    }
    return counts;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(line[x] & 0xf8f8f8); // ignore the last bits of anti-aliasing
    }
    return int(colours.size());
}

} // namespace

#define VERIFY_RUN(condition, run) QVERIFY2(condition, qPrintable((run).describe()))

class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleMap_data();
    void sampleMap();
    void emptyWorkspaceIsNotAMap();
    void panelOpensOnTheRight();
    void errors_data();
    void errors();

private:
    QString newFile(const QString &name, const QString &templateName);

    Runner m_runner;
};

void TestScreenshot::initTestCase()
{
    QVERIFY(m_runner.isValid());
}

QString TestScreenshot::newFile(const QString &name, const QString &templateName)
{
    static QTemporaryDir dir;
    static int counter = 0;
    const QString file = dir.filePath(QString::number(++counter) + u'-' + name);
    QStringList args{QStringLiteral("new"), file};
    if (!templateName.isEmpty())
        args << QStringLiteral("--template") << templateName;
    const Run r = m_runner.waymark(args);
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(r.describe()));
        return {};
    }
    return file;
}

void TestScreenshot::sampleMap_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QSize>("size");
    QTest::addRow("sample 1600x1000") << QStringLiteral("sample") << QSize(1600, 1000);
    QTest::addRow("sample 1100x700") << QStringLiteral("sample") << QSize(1100, 700);
    QTest::addRow("blueprint 1600x1000") << QStringLiteral("blueprint") << QSize(1600, 1000);
}

void TestScreenshot::sampleMap()
{
    QFETCH(QString, templateName);
    QFETCH(QSize, size);
    const QString file = newFile(templateName + QStringLiteral(".cjm"), templateName);
    QVERIFY(!file.isEmpty());
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("shot.png"));
    const Run r = m_runner.run(QStringLiteral(WAYMARK_BIN),
                               {file, QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                                QStringLiteral("%1x%2").arg(size.width()).arg(size.height())},
                               kTimeoutMs);
    VERIFY_RUN(r.exitCode == 0 && !r.crashed, r);
    VERIFY_RUN(r.err.isEmpty(), r);

    QImage image(png);
    QVERIFY2(!image.isNull(), "the PNG does not decode");
    QCOMPARE(image.size(), size);
    image = image.convertToFormat(QImage::Format_RGB32);

    // A drawn window has text, shades and colours (an empty blueprint about
    // 300, the sample over 450); a blank or half-drawn one has a handful.
    const int colours = distinctColours(image);
    QVERIFY2(colours > 150, qPrintable(QStringLiteral("only %1 colours").arg(colours)));

    // Cards in their kinds' colours, in the middle of the window where the
    // map is (between the journey list and the inspector).
    const QRect map(int(size.width() * 0.2), int(size.height() * 0.15), int(size.width() * 0.5),
                    int(size.height() * 0.75));
    const QHash<StepKind, int> accents = accentPixels(image, map);
    if (templateName == u"sample") {
        int total = 0;
        for (int n : accents)
            total += n;
        QVERIFY2(total > 1000, qPrintable(QStringLiteral("%1 card-coloured pixels").arg(total)));
        QVERIFY2(accents.size() >= 2,
                 qPrintable(QStringLiteral("cards of %1 kinds").arg(accents.size())));
    } else {
        // An empty blueprint: lanes and headers, no cards.
        int total = 0;
        for (int n : accents)
            total += n;
        QVERIFY2(total < 200, qPrintable(QStringLiteral("%1 card-coloured pixels").arg(total)));
    }
}

// The start page is drawn, not a map: an empty workspace has no journey.
void TestScreenshot::emptyWorkspaceIsNotAMap()
{
    const QString file = newFile(QStringLiteral("empty.cjm"), QString());
    QVERIFY(!file.isEmpty());
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("empty.png"));
    const Run r = m_runner.run(QStringLiteral(WAYMARK_BIN),
                               {file, QStringLiteral("--screenshot"), png}, kTimeoutMs);
    VERIFY_RUN(r.exitCode == 0 && !r.crashed, r);
    QImage image(png);
    QCOMPARE(image.size(), QSize(1600, 1000)); // the default size
    image = image.convertToFormat(QImage::Format_RGB32);
    int total = 0;
    for (int n : accentPixels(image, image.rect()))
        total += n;
    QVERIFY2(total < 200, qPrintable(QStringLiteral("%1 card-coloured pixels").arg(total)));
}

// --panel opens the window on a side panel: the right of the window
// changes, the map on the left does not.
void TestScreenshot::panelOpensOnTheRight()
{
    const QString file = newFile(QStringLiteral("panel.cjm"), QStringLiteral("sample"));
    QVERIFY(!file.isEmpty());
    QTemporaryDir out;
    QHash<QString, QImage> shots;
    for (const QString &panel : {QStringLiteral("inspector"), QStringLiteral("analysis")}) {
        const QString png = out.filePath(panel + QStringLiteral(".png"));
        const Run r = m_runner.run(
                QStringLiteral(WAYMARK_BIN),
                {file, QStringLiteral("--screenshot"), png, QStringLiteral("--panel"), panel},
                kTimeoutMs);
        VERIFY_RUN(r.exitCode == 0 && !r.crashed, r);
        shots.insert(panel, QImage(png).convertToFormat(QImage::Format_RGB32));
        QCOMPARE(shots.value(panel).size(), QSize(1600, 1000));
    }
    const QRect panelArea(1400, 100, 190, 800), journeysArea(0, 100, 150, 800);
    QVERIFY(shots.value(u"inspector"_qs).copy(panelArea)
            != shots.value(u"analysis"_qs).copy(panelArea));
    QCOMPARE(shots.value(u"inspector"_qs).copy(journeysArea),
             shots.value(u"analysis"_qs).copy(journeysArea));
}

void TestScreenshot::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("no file") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png")}
                             << QStringLiteral("needs a FILE");
    QTest::addRow("bad size") << QStringList{QStringLiteral("SAMPLE"),
                                             QStringLiteral("--screenshot"),
                                             QStringLiteral("x.png"), QStringLiteral("--size"),
                                             QStringLiteral("100x")}
                              << QStringLiteral("--size");
    QTest::addRow("bad panel") << QStringList{QStringLiteral("SAMPLE"),
                                              QStringLiteral("--screenshot"),
                                              QStringLiteral("x.png"), QStringLiteral("--panel"),
                                              QStringLiteral("sidebar")}
                               << QStringLiteral("--panel must be one of");
    QTest::addRow("missing file") << QStringList{QStringLiteral("MISSING"),
                                                 QStringLiteral("--screenshot"),
                                                 QStringLiteral("x.png")}
                                  << QStringLiteral("no screenshot taken");
    QTest::addRow("unwritable PNG")
            << QStringList{QStringLiteral("SAMPLE"), QStringLiteral("--screenshot"),
                           QStringLiteral("/nonexistent-folder/x.png")}
            << QStringLiteral("could not be written");
}

void TestScreenshot::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString sample = newFile(QStringLiteral("errors.cjm"), QStringLiteral("journey"));
    QVERIFY(!sample.isEmpty());
    for (QString &a : args) {
        if (a == u"SAMPLE")
            a = sample;
        else if (a == u"MISSING")
            a = sample + QStringLiteral(".missing.cjm");
    }
    const Run r = m_runner.run(QStringLiteral(WAYMARK_BIN), args, kTimeoutMs);
    VERIFY_RUN(r.exitCode != 0 && !r.crashed, r);
    VERIFY_RUN(r.oneErrorLine(), r);
    VERIFY_RUN(QString::fromUtf8(r.err).contains(message), r);
    QVERIFY(!QFile::exists(QStringLiteral("x.png")));
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
