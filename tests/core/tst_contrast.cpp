// Every text colour of the map against every background it is drawn on, in
// both themes: WCAG AA, a contrast ratio of at least 4.5:1.

#include "layout/mapstyle.h"

#include <QTest>

#include <cmath>

using namespace waymark;

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

constexpr double kAA = 4.5;

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratio();
    void map_data();
    void map();
};

void TestContrast::ratio()
{
    QCOMPARE(std::round(contrast(Qt::black, Qt::white) * 10) / 10, 21.0);
    QCOMPARE(contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    // #767676 on white is the lightest grey that passes AA.
    QVERIFY(contrast(QColor(0x76, 0x76, 0x76), Qt::white) >= kAA);
    QVERIFY(contrast(QColor(0x77, 0x77, 0x77), Qt::white) < kAA);
}

void TestContrast::map_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestContrast::map()
{
    QFETCH(bool, dark);
    const MapStyle style = dark ? MapStyle::darkTheme() : MapStyle::light();
    QStringList failures;
    const auto check = [&](const char *what, const QColor &fg, const QColor &bg) {
        const double r = contrast(fg, bg);
        if (r < kAA)
            failures.append(QStringLiteral("%1: %2 on %3 = %4")
                                    .arg(QLatin1String(what), fg.name(), bg.name())
                                    .arg(r, 0, 'f', 2));
    };
    // Texts on the canvas: the emotion scale, link labels, line names.
    check("muted text on canvas", style.mutedText(), style.canvas());
    check("text on canvas", style.text(), style.canvas());
    check("line name", style.blueprintLine(), style.canvas());
    for (LinkKind k :
         {LinkKind::Flow, LinkKind::Alternative, LinkKind::Handoff, LinkKind::Dependency})
        check("link label", style.linkColor(k), style.canvas());
    // Stage headers.
    for (int i : {0, 1})
        check("stage header", style.stageHeaderText(), style.stageHeader(i));
    // Lane headers (name and kind subtitle) and lane bodies.
    for (int k = 0; k <= int(LaneKind::Custom); ++k) {
        const auto kind = LaneKind(k);
        check("lane name", style.text(), style.laneHeader(kind));
        check("lane subtitle", style.mutedText(), style.laneHeader(kind));
        for (bool alternate : {false, true}) {
            check("text on lane", style.text(), style.laneBody(kind, alternate));
            check("muted text on lane", style.mutedText(), style.laneBody(kind, alternate));
        }
    }
    // Cards: title, owner and channel.
    for (int k = 0; k <= int(StepKind::Note); ++k) {
        check("card title", style.text(), style.cardFill(StepKind(k)));
        check("card footer", style.mutedText(), style.cardFill(StepKind(k)));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestContrast)

#include "tst_contrast.moc"
