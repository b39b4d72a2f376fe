#pragma once

// The real main window (Main.qml) for the C++ tests that drive all of it
// (tst_pseudoloc, tst_textfits, tst_drawncontrast): the sample made in the
// language installed now, the window loaded on it and its map drawn.

#include "commands/applytemplate.h"
#include "document/document.h"
#include "storage/documentfile.h"

#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTest>

namespace waymark::test {

// A new file at `path` with the sample's two journeys; false and `error` on failure.
inline bool makeSample(const QString &path, QString *error)
{
    QFile::remove(path);
    OpenResult created = createDocument(path);
    if (!created.document) {
        *error = created.error;
        return false;
    }
    return applyTemplate(created.document.get(), Template::Sample, error);
}

// Main.qml on `file` at `width` × `height`, once its map is drawn; null when
// it did not load or never got ready.
inline QQuickWindow *openMainWindow(QQmlApplicationEngine *engine, const QString &file, int width,
                                    int height)
{
    engine->setInitialProperties({{QStringLiteral("initialFile"), file},
                                  {QStringLiteral("width"), width},
                                  {QStringLiteral("height"), height}});
    engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Waymark/Main.qml")));
    if (engine->rootObjects().isEmpty())
        return nullptr;
    auto *window = qobject_cast<QQuickWindow *>(engine->rootObjects().first());
    if (!window || !QTest::qWaitForWindowExposed(window))
        return nullptr;
    auto *view = window->property("editorView").value<QObject *>();
    if (!view || !QTest::qWaitFor([view] { return view->property("ready").toBool(); }, 20000))
        return nullptr;
    QTest::qWait(150);
    return window;
}

} // namespace waymark::test
