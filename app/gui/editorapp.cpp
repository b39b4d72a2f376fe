#include "editorapp.h"

#include "windowgeometry.h"

#include "i18n.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Waymark_AppPlugin)
Q_IMPORT_QML_PLUGIN(WaymarkPlugin)

namespace waymark {

namespace {

struct EditorOptions
{
    QString file;
    QString screenshot;
    QSize size{1600, 1000};
    bool sizeGiven = false;
    QString panel; // the side panel to open with: inspector, analysis, observed, voting
};

const QStringList kPanels{QStringLiteral("inspector"), QStringLiteral("analysis"),
                          QStringLiteral("observed"), QStringLiteral("voting")};

void printEditorError(const QString &message)
{
    //: the start of an error line on the terminal, before the message
    const QString line = QCoreApplication::translate("Editor", "waymark: error: %1\n").arg(message);
    std::fputs(line.toLocal8Bit().constData(), stderr);
}

bool parseEditorOptions(const QStringList &arguments, EditorOptions *out, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption screenshot(
            QStringLiteral("screenshot"),
            QCoreApplication::translate("Editor", "save the window as PNG and quit"),
            QStringLiteral("OUT.png"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("Editor", "window size"),
                                  QStringLiteral("WxH"));
    const QCommandLineOption panel(
            QStringLiteral("panel"),
            QCoreApplication::translate("Editor",
                                        "the side panel to show: inspector, analysis, observed "
                                        "(with the observed overlay on) or voting"),
            QStringLiteral("NAME"));
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.addOption(panel);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Editor", "a .cjm file"));
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    out->file = parser.positionalArguments().value(0);
    out->screenshot = parser.value(screenshot);
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(u'x');
        const int w = parts.value(0).toInt(), h = parts.value(1).toInt();
        if (parts.size() != 2 || w < 320 || h < 240 || w > 8000 || h > 8000) {
            *error = QCoreApplication::translate("Editor",
                                                 "--size must be WIDTHxHEIGHT, e.g. 1600x1000");
            return false;
        }
        out->size = QSize(w, h);
        out->sizeGiven = true;
    }
    if (parser.isSet(panel)) {
        out->panel = parser.value(panel);
        if (!kPanels.contains(out->panel)) {
            *error = QCoreApplication::translate("Editor", "--panel must be one of %1, not \"%2\"")
                             .arg(kPanels.join(QStringLiteral(", ")), out->panel);
            return false;
        }
    }
    if (!out->screenshot.isEmpty() && out->file.isEmpty()) {
        *error = QCoreApplication::translate("Editor", "--screenshot needs a FILE to open");
        return false;
    }
    return true;
}

// Opens the window on a side panel; the observed panel with the observed
// overlay on, so that a screenshot shows what the panel is about.
void showPanel(QQuickWindow *window, const QString &panel)
{
    QObject *editorView = window->property("editorView").value<QObject *>();
    if (!editorView)
        return;
    editorView->setProperty("panel", panel);
    if (panel == u"observed") {
        if (QObject *overlay = editorView->findChild<QObject *>(QStringLiteral("observedOverlay")))
            overlay->setProperty("active", true);
    }
}

// Saves the window as PNG once the map is drawn, then quits. A file that
// cannot be opened, or a map that never draws, ends with an error.
bool takeScreenshot(QQuickWindow *window, const QString &path)
{
    auto *controller = window->property("documentController").value<QObject *>();
    if (!controller || !controller->property("isOpen").toBool()) {
        printEditorError(QCoreApplication::translate(
                "Editor", "the file could not be opened; no screenshot taken"));
        return false;
    }
    auto done = std::make_shared<bool>(false);
    const auto grab = [window, path, done] {
        if (*done)
            return;
        *done = true;
        // One more frame so that everything the map changed is on screen.
        QObject::connect(
                window, &QQuickWindow::frameSwapped, window,
                [window, path] {
                    const QImage image = window->grabWindow();
                    const bool ok = !image.isNull() && image.save(path);
                    if (!ok)
                        printEditorError(
                                QCoreApplication::translate("Editor", "%1 could not be written")
                                        .arg(path));
                    QCoreApplication::exit(ok ? 0 : 1);
                },
                Qt::SingleShotConnection);
        window->requestUpdate();
    };
    QObject *editorView = window->property("editorView").value<QObject *>();
    // A workspace without journeys has no map to wait for.
    const auto drawn = [window, editorView] {
        return editorView->property("ready").toBool()
               || window->property("journeyId").toString().isEmpty();
    };
    if (editorView && drawn()) {
        QTimer::singleShot(0, window, grab);
    } else if (editorView) {
        // Polled: the view's "ready" flips in the scene graph's polish step.
        auto *poll = new QTimer(window);
        QObject::connect(poll, &QTimer::timeout, window, [drawn, grab] {
            if (drawn())
                grab();
        });
        poll->start(50);
    }
    QTimer::singleShot(60000, window, [] {
        printEditorError(
                QCoreApplication::translate("Editor", "the map was not drawn within 60 s"));
        QCoreApplication::exit(1);
    });
    return true;
}

} // namespace

int runEditor(int argc, char *argv[], const QStringList &arguments)
{
    // Without a display QApplication aborts. A screenshot needs none; a
    // window gets one clear line instead of Qt's crash.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        const bool screenshot
                = std::any_of(arguments.begin(), arguments.end(), [](const QString &a) {
                      return a.startsWith(QStringLiteral("--screenshot"));
                  });
        if (screenshot) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        } else {
            QCoreApplication core(argc, argv);
            installTranslations(&core, preferredLanguage());
            printEditorError(QCoreApplication::translate(
                    "Editor", "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are "
                              "not set); the commands work without one: waymark --help"));
            return 1;
        }
    }

    // A QApplication (Qt Widgets) for the one widget the window opens: the
    // system's print dialog (QPrintDialog). Everything else is Qt Quick.
    // The Basic style, the one every QML test and contrast check runs in:
    // Fusion (Qt's default here) draws the radio and check boxes' rims a
    // shade darker than the window, invisible in the dark theme. The
    // environment still chooses when it names a style.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Basic"));
    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Waymark"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.waymark.Waymark"));
    QGuiApplication::setWindowIcon(
            QIcon::fromTheme(QStringLiteral("io.waymark.Waymark"),
                             QIcon(QStringLiteral(":/icons/io.waymark.Waymark.svg"))));
    installTranslations(&app, preferredLanguage());

    EditorOptions options;
    QString error;
    if (!parseEditorOptions(arguments, &options, &error)) {
        printEditorError(error);
        return 2;
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({
            {QStringLiteral("initialFile"), options.file},
            {QStringLiteral("screenshotPath"), options.screenshot},
            {QStringLiteral("width"), options.size.width()},
            {QStringLiteral("height"), options.size.height()},
    });
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Waymark/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return 1;
    if (!options.panel.isEmpty())
        showPanel(window, options.panel);
    if (!options.screenshot.isEmpty() && !takeScreenshot(window, options.screenshot))
        return 1;
    // A window sized by hand (--size) or for a screenshot is not remembered.
    if (options.screenshot.isEmpty() && !options.sizeGiven)
        placeAndRemember(window);
    return app.exec();
}

} // namespace waymark
