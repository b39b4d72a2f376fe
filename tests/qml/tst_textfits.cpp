// Text fits in every shipped language: the real window (Main.qml) at
// 1024×700 with the shipped catalogues (the .qm files the app embeds), every
// menu, submenu and context menu opened, the toolbar with a metric shown, and
// the dialogs. A visible text that is elided ("Analy…"), wider than its item
// (a clipped ComboBox text), or outside its menu, toolbar or dialog fails.

#include "i18n.h"
#include "mainwindow.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Waymark_AppPlugin)
Q_IMPORT_QML_PLUGIN(WaymarkPlugin)

class TestTextFits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menus_data() { languages(); }
    void menus();
    void toolbarAndDialogs_data() { languages(); }
    void toolbarAndDialogs();
    void fileDialogInRussian_data();
    void fileDialogInRussian();

private:
    static void languages();
    void openWindow(const QString &language);
    QObject *view() const { return m_window->property("editorView").value<QObject *>(); }
    // Problems with the visible texts under `scope`: "'text' why" lines.
    QStringList cut(QQuickItem *scope) const;
    void walk(QQuickItem *item, const QRectF &bounds, bool inFlickable, QStringList *out) const;
    QStringList checkOpenPopups();

    QTemporaryDir m_dir;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    mutable int m_checked = 0;
};

void TestTextFits::languages()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : waymark::availableLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTextFits::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_qs));
}

void TestTextFits::init()
{
    QFETCH(QString, language);
    openWindow(language);
}

void TestTextFits::cleanup()
{
    m_engine.reset();
    m_window = nullptr;
    waymark::installTranslations(QCoreApplication::instance(), u"en"_qs);
}

void TestTextFits::openWindow(const QString &language)
{
    // As the app starts in a language: the preference, then the catalogues.
    waymark::setPreferredLanguage(language);
    QVERIFY(waymark::installTranslations(QCoreApplication::instance(), language));
    const QString path = m_dir.filePath(u"sample-%1.cjm"_qs.arg(language));
    QString error;
    QVERIFY2(waymark::test::makeSample(path, &error), qPrintable(error));
    // A recent file with a long name, so that File ▸ Open recent opens.
    const QString recent
            = m_dir.filePath(u"workshop-room-customer-journey-%1.cjm"_qs.arg(language));
    QFile::remove(recent);
    QVERIFY(QFile::copy(path, recent));
    QSettings().setValue(u"files/recent"_qs, QStringList{recent});
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_window = waymark::test::openMainWindow(m_engine.get(), path, 1024, 700);
    QVERIFY(m_window);
}

void TestTextFits::walk(QQuickItem *item, const QRectF &bounds, bool inFlickable,
                        QStringList *out) const
{
    if (!item || !item->isVisible() || item->opacity() < 0.05)
        return;
    inFlickable = inFlickable || item->inherits("QQuickFlickable");
    const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const bool isText = item->inherits("QQuickText");
    const bool isInput = item->inherits("QQuickTextInput");
    // A file's own data (the rows of an import preview) is cut on purpose.
    if (item->objectName() == u"dataText")
        return;
    const QString text = item->property("text").toString();
    if ((isText || isInput) && !text.trimmed().isEmpty() && item->width() > 1) {
        ++m_checked;
        const auto report = [&](const QString &why) {
            out->append(u"'%1' %2"_qs.arg(text.left(80), why));
        };
        if (isText && item->property("truncated").toBool())
            report(u"is elided"_qs);
        else if (isText && item->property("wrapMode").toInt() == 0
                 && item->implicitWidth() > item->width() + 1)
            report(u"is %1 px wide in %2 px"_qs.arg(qRound(item->implicitWidth()))
                           .arg(qRound(item->width())));
        else if (isInput && item->property("contentWidth").toReal() > item->width() + 1)
            report(u"is %1 px wide in a %2 px field"_qs
                           .arg(qRound(item->property("contentWidth").toReal()))
                           .arg(qRound(item->width())));
        // Scrolled content may leave its view; anything else stays inside.
        const QRectF inside = rect.adjusted(1, 1, -1, -1);
        if (!inFlickable && !bounds.contains(inside))
            report(u"at (%1, %2, %3×%4) is outside (%5, %6, %7×%8)"_qs.arg(rect.x())
                           .arg(rect.y())
                           .arg(rect.width())
                           .arg(rect.height())
                           .arg(bounds.x())
                           .arg(bounds.y())
                           .arg(bounds.width())
                           .arg(bounds.height()));
    }
    const QRectF inner = item->clip() && !inFlickable ? bounds.intersected(rect) : bounds;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        walk(child, inner, inFlickable, out);
}

QStringList TestTextFits::cut(QQuickItem *scope) const
{
    QStringList out;
    const QRectF window(0, 0, m_window->width(), m_window->height());
    walk(scope,
         window.intersected(scope->mapRectToScene(QRectF(0, 0, scope->width(), scope->height()))),
         false, &out);
    out.removeDuplicates();
    return out;
}

void TestTextFits::menus()
{
    m_checked = 0;
    const QStringList problems
            = waymark::test::visitMenus(m_window, [this](QQuickItem *popup) { return cut(popup); });
    QVERIFY2(m_checked > 60, qPrintable(QString::number(m_checked)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QStringList TestTextFits::checkOpenPopups()
{
    QStringList problems;
    for (QObject *o : m_window->findChildren<QObject *>()) {
        if (!o->inherits("QQuickPopup") || !o->property("opened").toBool())
            continue;
        auto *content = o->property("contentItem").value<QQuickItem *>();
        problems += cut(content->parentItem());
        QMetaObject::invokeMethod(o, "close");
    }
    QTest::qWait(300);
    return problems;
}

void TestTextFits::toolbarAndDialogs()
{
    QStringList problems;
    // A metric on the cards: the toolbar shows its overlay button too.
    const QString csv = QStringLiteral(WAYMARK_TEST_DATA "/metrics/plain.csv");
    QVERIFY(QMetaObject::invokeMethod(view(), "openMetricImport",
                                      Q_ARG(QVariant, QVariant(QUrl::fromLocalFile(csv)))));
    QObject *dialog = m_window->findChild<QObject *>(u"metricImportDialog"_qs);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->property("opened").toBool());
    QObject *importer = dialog->property("importer").value<QObject *>();
    QTRY_COMPARE(importer->property("state").toString(), u"ready"_qs);
    QTest::qWait(200);
    problems += checkOpenPopups(); // the import dialog, with its formula boxes
    QVERIFY(QMetaObject::invokeMethod(view(), "openMetricImport",
                                      Q_ARG(QVariant, QVariant(QUrl::fromLocalFile(csv)))));
    QTRY_COMPARE(importer->property("state").toString(), u"ready"_qs);
    QVERIFY(QMetaObject::invokeMethod(importer, "start"));
    QTRY_COMPARE_WITH_TIMEOUT(importer->property("state").toString(), u"done"_qs, 10000);
    QMetaObject::invokeMethod(dialog, "close");
    QObject *canvas = view()->property("canvas").value<QObject *>();
    canvas->setProperty("overlayMetric", u"nps"_qs);
    QTest::qWait(300);

    QQuickItem *toolbar = nullptr;
    QList<QQuickItem *> items{m_window->contentItem()};
    while (!items.isEmpty() && !toolbar) {
        QQuickItem *item = items.takeFirst();
        if (item->inherits("QQuickToolBar") && item->isVisible()
            && item->property("canvas").isValid())
            toolbar = item;
        items += item->childItems();
    }
    QVERIFY(toolbar);
    m_checked = 0;
    for (const QString &p : cut(toolbar))
        problems.append(u"toolbar: "_qs + p);
    QVERIFY2(m_checked >= 4, qPrintable(QString::number(m_checked)));

    for (const char *opener : {"openPreferences", "openExportDialog", "openPrintDialog",
                               "openAbout", "openShortcuts", "openGuide"}) {
        if (qstrcmp(opener, "openExportDialog") == 0)
            QVERIFY(QMetaObject::invokeMethod(m_window, opener,
                                              Q_ARG(QVariant, QVariant(u"pdf"_qs))));
        else
            QVERIFY(QMetaObject::invokeMethod(m_window, opener));
        QTest::qWait(400);
        for (const QString &p : checkOpenPopups())
            problems.append(QLatin1String(opener) + u": "_qs + p);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTextFits::fileDialogInRussian_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ru") << u"ru"_qs;
}

// Qt's file dialog in the chosen language: its dates as Russian writes them
// (the default locale follows the language), its buttons from Qt's catalogue.
void TestTextFits::fileDialogInRussian()
{
    QObject *dialog = m_window->findChild<QObject *>(u"saveCopyDialog"_qs);
    QVERIFY(dialog);
    dialog->setProperty("currentFolder", QUrl::fromLocalFile(m_dir.path()));
    QVERIFY(QMetaObject::invokeMethod(m_window, "saveCopyDialog"));
    QTRY_VERIFY(dialog->property("visible").toBool());
    QTest::qWait(500);
    QStringList texts;
    QList<QQuickItem *> items{m_window->contentItem()}; // with the overlay, the dialogs
    while (!items.isEmpty()) {
        QQuickItem *item = items.takeFirst();
        if (!item->isVisible())
            continue;
        if (item->inherits("QQuickText"))
            texts.append(item->property("text").toString());
        items += item->childItems();
    }
    QMetaObject::invokeMethod(dialog, "close");
    const QString all = texts.join(u" | "_qs);
    static const QRegularExpression russianDate(u"\\b\\d\\d\\.\\d\\d\\.\\d{4}\\b"_qs);
    static const QRegularExpression englishMonth(
            u"\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\b"_qs);
    QVERIFY2(all.contains(russianDate), qPrintable(all));
    QVERIFY2(!all.contains(englishMonth), qPrintable(all));
    QVERIFY2(texts.contains(u"Отмена"_qs), qPrintable(all));
}

int main(int argc, char **argv)
{
    // A QApplication, as the editor's: QtTest's mouse and key functions
    // take qApp for one when Qt Widgets is linked (print support brings it).
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"WaymarkTextFitsTest"_qs);
    TestTextFits test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_textfits.moc"
