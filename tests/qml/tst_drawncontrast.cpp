// Contrast of text as drawn (WCAG AA, issue 14): the real window (Main.qml)
// in the light and dark theme, a journey selected, then the start page. For
// each visible text, its colour with its own and its ancestors' opacity is
// blended over the pixels around it in the grabbed window, and the ratio to
// those pixels must be 4.5:1 (3:1 for large text). tst_theme checks the
// palette tables; this checks what the window makes of them.

#include "i18n.h"
#include "mainwindow.h"

#include <QApplication>
#include <QHash>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <cmath>

Q_IMPORT_QML_PLUGIN(Waymark_AppPlugin)
Q_IMPORT_QML_PLUGIN(WaymarkPlugin)

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(QColor c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(QColor a, QColor b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blend(QColor over, QColor under, double alpha)
{
    return QColor::fromRgbF(over.redF() * alpha + under.redF() * (1 - alpha),
                            over.greenF() * alpha + under.greenF() * (1 - alpha),
                            over.blueF() * alpha + under.blueF() * (1 - alpha));
}

// The background: the commonest colour on the frame just around `r`.
QRgb commonestAround(const QImage &image, const QRect &r)
{
    QHash<QRgb, int> counts;
    const auto count = [&](int x, int y) {
        if (image.rect().contains(x, y))
            ++counts[image.pixel(x, y)];
    };
    for (int x = r.left() - 1; x <= r.right() + 1; ++x) {
        count(x, r.top() - 1);
        count(x, r.bottom() + 1);
    }
    for (int y = r.top(); y <= r.bottom(); ++y) {
        count(r.left() - 1, y);
        count(r.right() + 1, y);
    }
    QRgb back = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            back = it.key();
        }
    }
    return back;
}

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

} // namespace

class TestDrawnContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void window_data();
    void window();

private:
    void openWindow(bool dark);
    // "text: ratio" for each text under the minimum, in the grabbed `image`.
    void walk(QQuickItem *item, double opacity, const QImage &image, QStringList *out) const;
    QStringList lowContrast() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    mutable int m_checked = 0;
};

void TestDrawnContrast::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_qs));
    waymark::setPreferredLanguage(u"en"_qs);
    QVERIFY(waymark::installTranslations(QCoreApplication::instance(), u"en"_qs));
}

void TestDrawnContrast::cleanup()
{
    m_engine.reset();
    m_window = nullptr;
}

void TestDrawnContrast::openWindow(bool dark)
{
    QSettings().setValue(u"ui/theme"_qs, dark ? u"dark"_qs : u"light"_qs);
    QSettings().setValue(u"files/recent"_qs, QStringList{m_dir.filePath(u"room.cjm"_qs)});
    const QString path = m_dir.filePath(dark ? u"dark.cjm"_qs : u"light.cjm"_qs);
    QString error;
    QVERIFY2(waymark::test::makeSample(path, &error), qPrintable(error));
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_window = waymark::test::openMainWindow(m_engine.get(), path, 1400, 900);
    QVERIFY(m_window);
}

void TestDrawnContrast::walk(QQuickItem *item, double opacity, const QImage &image,
                             QStringList *out) const
{
    if (!item || !item->isVisible())
        return;
    opacity *= item->opacity();
    if (opacity < 0.05)
        return;
    // Disabled controls are exempt (WCAG 1.4.3), and draw themselves faded.
    if (!item->isEnabled())
        return;
    const QString text = item->property("text").toString().trimmed();
    if (item->inherits("QQuickText") && !text.isEmpty() && item->width() > 2
        && item->height() > 2) {
        const QRectF scene = item->mapRectToScene(
                QRectF(0, 0, std::min(item->width(), item->implicitWidth()), item->height()));
        const QRect r = scene.toAlignedRect().intersected(image.rect().adjusted(1, 1, -1, -1));
        if (r.width() > 2 && r.height() > 2) {
            const QRgb back = commonestAround(image, r);
            const QColor colour = item->property("color").value<QColor>();
            const QColor drawn = blend(colour, QColor(back), colour.alphaF() * opacity);
            const QFont font = item->property("font").value<QFont>();
            const double px = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 4 / 3;
            const bool large = px >= 24 || (font.bold() && px >= 18.66);
            const double ratio = contrast(drawn, QColor(back));
            ++m_checked;
            if (ratio < (large ? 3.0 : 4.5))
                out->append(
                        u"'%1' %2 at %3 opacity on %4: %5:1"_qs.arg(text.left(60), colour.name())
                                .arg(opacity, 0, 'f', 2)
                                .arg(QColor(back).name())
                                .arg(ratio, 0, 'f', 2));
        }
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        walk(child, opacity, image, out);
}

QStringList TestDrawnContrast::lowContrast() const
{
    QStringList out;
    const QImage image = m_window->grabWindow().convertToFormat(QImage::Format_RGB32);
    if (image.isNull())
        return {u"no picture of the window"_qs};
    // grabWindow gives device pixels; the walk uses scene coordinates.
    const QImage scaled = image.devicePixelRatio() != 1 ? image.scaled(
                                  m_window->size(), Qt::IgnoreAspectRatio, Qt::FastTransformation)
                                                        : image;
    walk(m_window->contentItem(), 1.0, scaled, &out);
    out.removeDuplicates();
    return out;
}

void TestDrawnContrast::window_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestDrawnContrast::window()
{
    QFETCH(bool, dark);
    openWindow(dark);
    // A journey selected (the first, as the window opens), the inspector shown.
    QVERIFY(!m_window->property("journeyId").toString().isEmpty());
    m_checked = 0;
    QStringList problems = lowContrast();
    QVERIFY2(m_checked > 30, qPrintable(QString::number(m_checked)));
    // The minimap switch in Preferences, on and off: its track against the
    // dialog, 3:1 as WCAG asks of a control's parts (1.4.11).
    QVERIFY(QMetaObject::invokeMethod(m_window, "openPreferences"));
    QTest::qWait(400);
    QQuickItem *toggle = nullptr;
    for (QObject *o : m_window->findChildren<QObject *>()) {
        if (o->inherits("QQuickPopup") && o->property("opened").toBool())
            toggle = findItem(o->property("contentItem").value<QQuickItem *>(),
                              u"minimapSwitch"_qs);
    }
    QVERIFY(toggle);
    for (const bool on : {true, false}) {
        toggle->setProperty("checked", on);
        QTest::qWait(300);
        auto *track = toggle->property("indicator").value<QQuickItem *>();
        QVERIFY(track);
        const QImage image = m_window->grabWindow().convertToFormat(QImage::Format_RGB32);
        const QRect r = track->mapRectToScene(QRectF(0, 0, track->width(), track->height()))
                                .toAlignedRect()
                                .adjusted(-3, -3, 3, 3);
        const QColor back(commonestAround(image, r));
        const QColor colour = track->property("color").value<QColor>();
        const double ratio = contrast(colour, back);
        if (ratio < 3.0)
            problems.append(u"minimap switch %1: track %2 on %3: %4:1"_qs
                                    .arg(on ? u"on"_qs : u"off"_qs, colour.name(), back.name())
                                    .arg(ratio, 0, 'f', 2));
    }
    for (QObject *o : m_window->findChildren<QObject *>()) {
        if (o->inherits("QQuickPopup") && o->property("opened").toBool())
            QMetaObject::invokeMethod(o, "close");
    }
    QTest::qWait(300);
    // The start page, with a recent file and the tips.
    QObject *controller = m_window->property("documentController").value<QObject *>();
    QVERIFY(QMetaObject::invokeMethod(controller, "close"));
    QTest::qWait(400);
    for (const QString &p : lowContrast())
        problems.append(u"start page: "_qs + p);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

int main(int argc, char **argv)
{
    // A QApplication, as the editor's: QtTest's mouse and key functions
    // take qApp for one when Qt Widgets is linked (print support brings it).
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"WaymarkDrawnContrastTest"_qs);
    TestDrawnContrast test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_drawncontrast.moc"
