// Pseudo-localization: every string the window shows goes through tr().
//
// At test time lupdate extracts the source strings of core/, app/ and qml/
// into a fresh .ts in a temporary folder; every translation is rewritten as
// the source in brackets with accented letters ("⟦Ñéŵ ĵöüŕñéý⟧"), lrelease
// makes the .qm, and the real window (Main.qml) runs in that language on a
// sample file made in it. Then every dialog, menu and panel is opened and
// the tree of items is walked: a visible text with words in it and without
// the mark was not translated (or lupdate cannot see its tr()).

#include "formats/exporter.h"
#include "i18n.h"
#include "layout/maplayout.h"
#include "mainwindow.h"
#include "render/exportoptions.h"

#include <QApplication>
#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Waymark_AppPlugin)
Q_IMPORT_QML_PLUGIN(WaymarkPlugin)

namespace {

const QString kQtBin = QStringLiteral("/usr/lib/qt6/bin/");

// Accented look-alikes of the ASCII letters, so the text stays readable.
QString accent(const QString &text)
{
    static const QString from = QStringLiteral("aceinouyAEIOUCNY");
    static const QString to = QStringLiteral("àçéïñöüýÅÉÏÖÜÇÑÝ");
    QString out;
    // Placeholders, entities and mnemonics stay as they are.
    static const QRegularExpression keep(
            QStringLiteral("(%L?\\d+|%n|&[a-zA-Z]+;|&#\\d+;|&lt;[^&]*&gt;)"));
    qsizetype at = 0;
    auto it = keep.globalMatch(text);
    auto plain = [&](QStringView part) {
        for (const QChar c : part) {
            const qsizetype i = from.indexOf(c);
            out.append(i >= 0 ? to.at(i) : c);
        }
    };
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        plain(QStringView(text).mid(at, m.capturedStart() - at));
        out.append(m.captured());
        at = m.capturedEnd();
    }
    plain(QStringView(text).mid(at));
    return QStringLiteral("⟦") + out + QStringLiteral("⟧");
}

bool runTool(const QString &tool, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(kQtBin + tool, args);
    const bool ok = p.waitForFinished(120000) && p.exitCode() == 0;
    *output = QString::fromLocal8Bit(p.readAll());
    return ok;
}

} // namespace

class TestPseudoLoc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void editor();
    void legend();
    void paintedMap();
    void panels();
    void menus();
    void dialogs_data();
    void dialogs();
    void startPage();

private:
    // Texts on screen without the mark: "class 'text'" lines.
    QStringList unmarked() const;
    void walk(QQuickItem *item, QStringList *out) const;
    QObject *window() const { return m_window; }
    QObject *view() const { return m_window->property("editorView").value<QObject *>(); }
    void settle() { QTest::qWait(150); }

    QTemporaryDir m_dir;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    mutable int m_checked = 0; // texts with words seen by walk()
    QQuickWindow *m_window = nullptr;
};

void TestPseudoLoc::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDir source(QStringLiteral(WAYMARK_SOURCE_DIR));
    const QString ts = m_dir.filePath(QStringLiteral("waymark_pseudo.ts"));
    QString output;
    QVERIFY2(runTool(QStringLiteral("lupdate"),
                     {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                      QStringLiteral("-locations"), QStringLiteral("none"),
                      QStringLiteral("-target-language"), QStringLiteral("en"),
                      QStringLiteral("-I"), source.filePath(QStringLiteral("core")),
                      QStringLiteral("-I"), source.filePath(QStringLiteral("app")),
                      QStringLiteral("-I"), source.filePath(QStringLiteral("app/gui")),
                      source.filePath(QStringLiteral("core")),
                      source.filePath(QStringLiteral("app")),
                      source.filePath(QStringLiteral("qml")), QStringLiteral("-ts"), ts},
                     &output),
             qPrintable(output));

    QFile file(ts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    static const QRegularExpression message(
            QStringLiteral(
                    "<message( numerus=\"yes\")?>(.*?)<source>(.*?)</source>(.*?)"
                    "<translation "
                    "type=\"unfinished\">\\s*(?:<numerusform></numerusform>\\s*)*</translation>"),
            QRegularExpression::DotMatchesEverythingOption);
    QString rewritten;
    qsizetype at = 0;
    int count = 0;
    auto it = message.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        rewritten.append(QStringView(text).mid(at, m.capturedStart() - at));
        const QString pseudo = accent(m.captured(3));
        const QString translation
                = m.captured(1).isEmpty()
                          ? QStringLiteral("<translation>%1</translation>").arg(pseudo)
                          : QStringLiteral("<translation><numerusform>%1</numerusform>"
                                           "<numerusform>%1</numerusform></translation>")
                                    .arg(pseudo);
        rewritten.append(QStringLiteral("<message%1>%2<source>%3</source>%4%5")
                                 .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4),
                                      translation));
        at = m.capturedEnd();
        ++count;
    }
    rewritten.append(QStringView(text).mid(at));
    QVERIFY2(count > 1000, qPrintable(QString::number(count)));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(rewritten.toUtf8());
    file.close();

    const QString qm = m_dir.filePath(QStringLiteral("waymark_pseudo.qm"));
    QVERIFY2(runTool(QStringLiteral("lrelease"),
                     {QStringLiteral("-silent"), ts, QStringLiteral("-qm"), qm}, &output),
             qPrintable(output));
    // As the app installs its catalogue: helper contexts looked up by scope.
    QVERIFY(waymark::installTranslationFile(QCoreApplication::instance(), qm));
    QCOMPARE(QCoreApplication::translate("Templates", "B2B onboarding"),
             accent(QStringLiteral("B2B onboarding")));

    // The sample, made in the pseudo language: its names are marked too.
    const QString path = m_dir.filePath(QStringLiteral("sample.cjm"));
    QString error;
    QVERIFY2(waymark::test::makeSample(path, &error), qPrintable(error));
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_window = waymark::test::openMainWindow(m_engine.get(), path, 1400, 900);
    QVERIFY(m_window);
}

void TestPseudoLoc::cleanupTestCase()
{
    m_engine.reset();
    waymark::installTranslations(QCoreApplication::instance(), QStringLiteral("en"));
}

void TestPseudoLoc::walk(QQuickItem *item, QStringList *out) const
{
    if (!item || !item->isVisible() || item->opacity() < 0.05)
        return;
    // File names and folders of the recent files are data, not words of the UI.
    if (item->objectName() == u"recentFiles")
        return;
    // Data, not words of the UI: File ▸ Open recent's file names, what an
    // import dialog shows of its file, the files and folders in Qt's file
    // dialog and the name typed there.
    static const QStringList data
            = {QStringLiteral("recentFile"), QStringLiteral("dataText"),
               QStringLiteral("fileDialogListView"), QStringLiteral("fileNameTextField")};
    if (data.contains(item->objectName()) || item->inherits("QQuickFolderBreadcrumbBar"))
        return;
    // Shortcuts in menus are key names as printed on the keys (Ctrl+N).
    if (item->objectName() == u"shortcutText")
        return;
    const QMetaObject *meta = item->metaObject();
    const bool isText = item->inherits("QQuickText");
    const bool isInput = item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit");
    if ((isText || isInput) && item->width() > 1 && item->height() > 1) {
        QString text = item->property("text").toString();
        if (isInput && text.isEmpty())
            text = item->property("placeholderText").toString();
        // In a text field, what the user typed is data: only the placeholder counts.
        if (isInput && !item->property("placeholderText").toString().isEmpty() && !text.isEmpty()
            && text != item->property("placeholderText").toString())
            text.clear();
        static const QRegularExpression words(QStringLiteral("\\p{L}{2,}"));
        const QRectF onScreen = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        const bool shown = onScreen.intersects(QRectF(0, 0, m_window->width(), m_window->height()));
        // Each language's name is written in that language, by design.
        static const QStringList names = {QStringLiteral("English"), QStringLiteral("Русский"),
                                          QStringLiteral("简体中文")};
        if (shown && text.contains(words))
            ++m_checked;
        if (shown && text.contains(words) && !text.contains(QStringLiteral("⟦"))
            && !names.contains(text))
            out->append(QStringLiteral("%1 %2 '%3'")
                                .arg(QLatin1String(meta->className()), item->objectName(),
                                     text.left(80)));
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        walk(child, out);
}

QStringList TestPseudoLoc::unmarked() const
{
    QStringList out;
    walk(m_window->contentItem()->parentItem() ? m_window->contentItem()->parentItem()
                                               : m_window->contentItem(),
         &out);
    out.removeDuplicates();
    return out;
}

#define VERIFY_MARKED() \
    do { \
        const QStringList missing = unmarked(); \
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n")))); \
    } while (false)

void TestPseudoLoc::editor()
{
    m_checked = 0;
    VERIFY_MARKED();
    // The walk sees the window's texts: menus titles, toolbar, lanes, inspector.
    QVERIFY2(m_checked > 25, qPrintable(QString::number(m_checked)));
    // With a card selected: the inspector of a step, its comments.
    QObject *canvas = view()->property("canvas").value<QObject *>();
    canvas->setProperty("selectedSteps", QStringList{QStringLiteral("c06")});
    canvas->setProperty("currentStep", QStringLiteral("c06"));
    settle();
    VERIFY_MARKED();
    // A link.
    canvas->setProperty("selectedSteps", QStringList());
    canvas->setProperty("selectedLinks", QStringList{QStringLiteral("l1")});
    settle();
    VERIFY_MARKED();
    canvas->setProperty("selectedLinks", QStringList());
    // Find, with results.
    QMetaObject::invokeMethod(view(), "openFind");
    settle();
    QObject *field = m_window->findChild<QObject *>(QStringLiteral("findField"));
    QVERIFY(field);
    field->setProperty("text",
                       QCoreApplication::translate("Sample", "Visits the showroom").left(6));
    settle();
    VERIFY_MARKED();
    field->setProperty("text", QString());
}

void TestPseudoLoc::legend()
{
    // A metric on the cards and the curve: the legend shows.
    QObject *canvas = view()->property("canvas").value<QObject *>();
    QObject *legend = m_window->findChild<QObject *>(QStringLiteral("metricLegend"));
    QVERIFY(legend);
    canvas->setProperty("overlayMetric", QStringLiteral("nps"));
    settle();
    if (!legend->property("visible").toBool()) {
        // No values yet: import some, as a user would.
        QVERIFY(QMetaObject::invokeMethod(
                view(), "openMetricImport",
                Q_ARG(QVariant,
                      QVariant(QStringLiteral("file://" WAYMARK_TEST_DATA "/metrics/plain.csv")))));
        QObject *dialog = m_window->findChild<QObject *>(QStringLiteral("metricImportDialog"));
        QVERIFY(dialog);
        QObject *importer = dialog->property("importer").value<QObject *>();
        QTRY_COMPARE(importer->property("state").toString(), QStringLiteral("ready"));
        QVERIFY(QMetaObject::invokeMethod(importer, "start"));
        QTRY_COMPARE_WITH_TIMEOUT(importer->property("state").toString(), QStringLiteral("done"),
                                  10000);
        QMetaObject::invokeMethod(dialog, "close");
        canvas->setProperty("overlayMetric", QStringLiteral("nps"));
    }
    canvas->setProperty("emotionMetric", QStringLiteral("nps"));
    QTRY_VERIFY(legend->property("visible").toBool());
    settle();
    VERIFY_MARKED();
}

// The map's painted texts (line names, lane subtitles, the legend, badges)
// are no items to walk: the same painter writes each journey as SVG, whose
// texts, read in order, must all lie inside the marks (a wrapped title is
// several texts: "⟦Vïsïts thé" and "shöwrööm⟧").
void TestPseudoLoc::paintedMap()
{
    const QString path = m_dir.filePath(QStringLiteral("painted.cjm"));
    waymark::OpenResult created = waymark::createDocument(path);
    QVERIFY2(created.document, qPrintable(created.error));
    QString error;
    QVERIFY2(waymark::applyTemplate(created.document.get(), waymark::Template::Sample, &error),
             qPrintable(error));
    const waymark::Workspace &ws = created.document->workspace();
    waymark::MapExportOptions options;
    options.overlayMetric = QStringLiteral("nps");
    options.workshop = true;
    QString all;
    for (const waymark::Journey &journey : ws.journeys) {
        QBuffer svg;
        QVERIFY(svg.open(QIODevice::WriteOnly));
        QVERIFY2(waymark::exportTo(ws, {journey.id}, waymark::ExportFormat::Svg, options, &svg,
                                   &error),
                 qPrintable(error));
        static const QRegularExpression text(QStringLiteral("<text[^>]*>([^<]*)</text>"));
        auto it = text.globalMatch(QString::fromUtf8(svg.data()));
        while (it.hasNext())
            all.append(it.next().captured(1) + u'\n');
    }
    all.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    // The date in the title block is the locale's, not a translation.
    all.remove(waymark::printedDate(QDate::currentDate()));
    // The blueprint's lines are painted, in the pseudo language.
    const QString line = waymark::MapLayout::lineName(waymark::MapLayout::LineKind::Visibility);
    QVERIFY2(line.contains(QStringLiteral("⟦")), qPrintable(line));
    QVERIFY2(all.contains(line), qPrintable(all.left(2000)));
    static const QRegularExpression marked(QStringLiteral("⟦[^⟧]*(⟧|$)"));
    QString outside = all;
    outside.remove(marked);
    static const QRegularExpression words(QStringLiteral("[^\\n]*\\p{L}{2,}[^\\n]*"));
    QStringList unmarkedTexts;
    auto it = words.globalMatch(outside);
    while (it.hasNext())
        unmarkedTexts.append(it.next().captured().trimmed());
    unmarkedTexts.removeDuplicates();
    QVERIFY2(unmarkedTexts.isEmpty(), qPrintable(unmarkedTexts.join(QStringLiteral("\n"))));
}

void TestPseudoLoc::panels()
{
    for (const char *panel : {"analysis", "voting", "inspector"}) {
        view()->setProperty("panel", QString::fromLatin1(panel));
        QTest::qWait(400);
        const QStringList missing = unmarked();
        QVERIFY2(missing.isEmpty(), qPrintable(QString::fromLatin1(panel) + u'\n'
                                               + missing.join(QStringLiteral("\n"))));
    }
}

void TestPseudoLoc::menus()
{
    // Every menu, submenu and context menu; the walk covers the whole window
    // with the menu open.
    const QStringList missing
            = waymark::test::visitMenus(m_window, [this](QQuickItem *) { return unmarked(); });
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
}

void TestPseudoLoc::dialogs_data()
{
    QTest::addColumn<QString>("opener"); // "window.f" or "view.f"
    QTest::addColumn<QString>("dialog"); // objectName or id path to close
    QTest::newRow("preferences") << "window.openPreferences"
                                 << "";
    QTest::newRow("about") << "window.openAbout"
                           << "";
    QTest::newRow("shortcuts") << "window.openShortcuts"
                               << "";
    QTest::newRow("guide") << "window.openGuide"
                           << "";
    // No "print": on a QApplication (as the editor's) File > Print opens
    // the system's QPrintDialog, Qt's widgets in Qt's own translations.
    QTest::newRow("export") << "window.openExportDialog"
                            << "";
    QTest::newRow("personas") << "view.openPersonas"
                              << "";
    QTest::newRow("channels") << "view.openChannels"
                              << "";
    QTest::newRow("metric import")
            << "view.openMetricImport:file://" WAYMARK_TEST_DATA "/metrics/plain.csv"
            << "";
    // Without a file (its preview of a log is data): the dialog and Qt's file dialog.
    QTest::newRow("event import") << "view.openEventImport:"
                                  << "";
    QTest::newRow("metric targets") << "find.metricTargetsDialog.edit:nps"
                                    << "";
    QTest::newRow("compare") << "find.compareDialog.open"
                             << "";
    QTest::newRow("user name") << "find.userNameDialog.open"
                               << "";
    QTest::newRow("team") << "window.openTeamDialog"
                          << "";
    QTest::newRow("team password")
            << "find.teamPasswordDialog.ask:postgresql://room/map|postgresql://room/map|"
            << "";
    // Qt's file dialogs: their labels go through Waymark's catalogue too.
    QTest::newRow("save copy") << "window.saveCopyDialog"
                               << "";
    QTest::newRow("open file") << "window.openFileDialog"
                               << "";
    QTest::newRow("new file") << "window.newFileDialog:journey"
                              << "";
    QTest::newRow("import journeys") << "window.importJourneysDialog"
                                     << "";
}

void TestPseudoLoc::dialogs()
{
    QFETCH(QString, opener);
    // "window.f", "view.f" or "find.objectName.f", then ":arg|arg" when it takes any.
    const QString call = opener.section(u':', 0, 0);
    const QStringList args
            = opener.contains(u':') ? opener.section(u':', 1).split(u'|') : QStringList();
    QStringList parts = call.split(u'.');
    QObject *target = parts.first() == u"window" ? window() : view();
    if (parts.first() == u"find") {
        // The comments' user-name dialog lives in a card's inspector.
        QObject *canvas = view()->property("canvas").value<QObject *>();
        canvas->setProperty("selectedSteps", QStringList{QStringLiteral("c06")});
        canvas->setProperty("currentStep", QStringLiteral("c06"));
        settle();
        target = m_window->findChild<QObject *>(parts.at(1));
        QVERIFY2(target, qPrintable(parts.at(1)));
    }
    const QByteArray method = parts.last().toLatin1();
    bool invoked = false;
    if (parts.last() == u"openExportDialog")
        invoked = QMetaObject::invokeMethod(target, "openExportDialog",
                                            Q_ARG(QVariant, QVariant(QStringLiteral("pdf"))));
    else if (args.size() == 1)
        invoked = QMetaObject::invokeMethod(target, method.constData(),
                                            Q_ARG(QVariant, QVariant(args.at(0))));
    else if (args.size() == 3)
        invoked = QMetaObject::invokeMethod(
                target, method.constData(), Q_ARG(QVariant, QVariant(args.at(0))),
                Q_ARG(QVariant, QVariant(args.at(1))), Q_ARG(QVariant, QVariant(args.at(2))));
    else
        invoked = QMetaObject::invokeMethod(target, method.constData());
    QVERIFY2(invoked, qPrintable(opener));
    QTest::qWait(500);
    // Something opened: a popup, or Qt's file dialog.
    bool shown = false;
    for (QObject *o : m_window->findChildren<QObject *>()) {
        if ((o->inherits("QQuickPopup") || o->inherits("QQuickAbstractDialog"))
            && o->property("visible").toBool())
            shown = true;
    }
    const QStringList missing = unmarked();
    // Close whatever opened.
    for (QObject *o : m_window->findChildren<QObject *>()) {
        if (o->inherits("QQuickAbstractDialog") && o->property("visible").toBool())
            QMetaObject::invokeMethod(o, "close");
        if (o->inherits("QQuickPopup") && o->property("opened").toBool())
            QMetaObject::invokeMethod(o, "close");
    }
    QTest::qWait(300);
    QVERIFY2(shown, "no dialog opened");
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
}

void TestPseudoLoc::startPage()
{
    QObject *controller = m_window->property("documentController").value<QObject *>();
    QVERIFY(QMetaObject::invokeMethod(controller, "close"));
    QTest::qWait(300);
    VERIFY_MARKED();
}

int main(int argc, char **argv)
{
    // A QApplication, as the editor's: QtTest's mouse and key functions
    // take qApp for one when Qt Widgets is linked (print support brings it).
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("WaymarkPseudoTest"));
    TestPseudoLoc test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pseudoloc.moc"
