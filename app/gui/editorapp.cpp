#include "editorapp.h"

#include "i18n.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

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
};

bool parseEditorOptions(const QStringList &arguments, EditorOptions *out, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("save the window as PNG and quit"),
                                        QStringLiteral("OUT.png"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("window size"),
                                  QStringLiteral("WxH"));
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("a .cjm file"));
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
            *error = QStringLiteral("--size must be WIDTHxHEIGHT, e.g. 1600x1000");
            return false;
        }
        out->size = QSize(w, h);
    }
    if (!out->screenshot.isEmpty() && out->file.isEmpty()) {
        *error = QStringLiteral("--screenshot needs a FILE to open");
        return false;
    }
    return true;
}

// Saves the window as PNG once the map is drawn, then quits. A file that
// cannot be opened, or a map that never draws, ends with an error.
bool takeScreenshot(QQuickWindow *window, const QString &path)
{
    auto *controller = window->property("documentController").value<QObject *>();
    if (!controller || !controller->property("isOpen").toBool()) {
        std::fprintf(stderr, "waymark: error: the file could not be opened; no screenshot taken\n");
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
                        std::fprintf(stderr, "waymark: error: %s could not be written\n",
                                     qPrintable(path));
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
        std::fprintf(stderr, "waymark: error: the map was not drawn within 60 s\n");
        QCoreApplication::exit(1);
    });
    return true;
}

} // namespace

int runEditor(int argc, char *argv[], const QStringList &arguments)
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Waymark"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.waymark.Waymark"));
    QGuiApplication::setWindowIcon(
            QIcon::fromTheme(QStringLiteral("io.waymark.Waymark"),
                             QIcon(QStringLiteral(":/icons/io.waymark.Waymark.svg"))));
    installTranslations(&app, preferredLanguage());

    EditorOptions options;
    QString error;
    if (!parseEditorOptions(arguments, &options, &error)) {
        std::fprintf(stderr, "waymark: error: %s\n", qPrintable(error));
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
    if (!options.screenshot.isEmpty() && !takeScreenshot(window, options.screenshot))
        return 1;
    return app.exec();
}

} // namespace waymark
