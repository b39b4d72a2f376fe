// The window's palette (Theme's table, used by Main.qml) in both themes:
// every text colour against its background meets WCAG AA (4.5:1), and the
// borders of fields and radio buttons (palette "mid") stand out at 3:1.

#include "theme.h"

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

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrast_data();
    void contrast();
};

void TestTheme::contrast_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("foreground");
    QTest::addColumn<QString>("background");
    QTest::addColumn<double>("minimum");
    const QList<std::pair<const char *, const char *>> texts
            = {{"windowText", "window"},
               {"text", "base"},
               {"text", "alternateBase"},
               {"buttonText", "button"},
               {"highlightedText", "highlight"},
               {"placeholderText", "base"},
               {"toolTipText", "toolTipBase"},
               {"windowText", "button"},
               {"highlightedText", "light"}, // a highlighted row of a list or menu
               {"brightText", "dark"}};      // a highlighted button
    const QList<std::pair<const char *, const char *>> borders
            = {{"mid", "base"}, {"mid", "window"}};
    for (bool dark : {false, true}) {
        const char *theme = dark ? "dark" : "light";
        for (const auto &[fg, bg] : texts)
            QTest::addRow("%s %s on %s", theme, fg, bg)
                    << dark << QString::fromLatin1(fg) << QString::fromLatin1(bg) << 4.5;
        for (const auto &[fg, bg] : borders)
            QTest::addRow("%s border %s on %s", theme, fg, bg)
                    << dark << QString::fromLatin1(fg) << QString::fromLatin1(bg) << 3.0;
    }
}

void TestTheme::contrast()
{
    QFETCH(bool, dark);
    QFETCH(QString, foreground);
    QFETCH(QString, background);
    QFETCH(double, minimum);
    Theme theme;
    const QColor fg = theme.color(foreground, dark);
    const QColor bg = theme.color(background, dark);
    QVERIFY(fg.isValid() && bg.isValid());
    const double ratio = ::contrast(fg, bg);
    QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1 on %2: %3")
                                                  .arg(fg.name(), bg.name())
                                                  .arg(ratio, 0, 'f', 2)));
}

QTEST_GUILESS_MAIN(TestTheme)

#include "tst_theme.moc"
