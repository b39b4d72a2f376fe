#pragma once

// The real main window (Main.qml) for the C++ tests that drive all of it
// (tst_pseudoloc, tst_textfits, tst_drawncontrast): the sample made in the
// language installed now, the window loaded on it and its map drawn.

#include "commands/applytemplate.h"
#include "document/document.h"
#include "storage/documentfile.h"

#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <functional>

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

// Opens `menu` as its user would (a submenu from its item in the parent menu)
// and runs `check` on its popup item while it is open; the lines that come
// back start with the menu's title.
inline QStringList visitMenu(QQuickWindow *window, QObject *menu,
                             const std::function<QStringList(QQuickItem *)> &check)
{
    // A submenu opens from its item in the parent menu, as the user opens it.
    auto *parentMenu
            = menu->parent() && menu->parent()->inherits("QQuickMenu") ? menu->parent() : nullptr;
    if (parentMenu) {
        QMetaObject::invokeMethod(parentMenu, "open");
        if (!QTest::qWaitFor([&] { return parentMenu->property("opened").toBool(); }, 3000))
            return {QStringLiteral("the parent of %1 did not open")
                            .arg(menu->property("title").toString())};
        const int count = parentMenu->property("count").toInt();
        for (int i = 0; i < count; ++i) {
            QQuickItem *item = nullptr;
            QMetaObject::invokeMethod(parentMenu, "itemAt", Q_RETURN_ARG(QQuickItem *, item),
                                      Q_ARG(int, i));
            if (item && item->property("subMenu").value<QObject *>() == menu) {
                QTest::qWait(50);
                QTest::mouseClick(
                        window, Qt::LeftButton, {},
                        item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
            }
        }
    } else {
        QMetaObject::invokeMethod(menu, "open");
    }
    if (!QTest::qWaitFor([&] { return menu->property("opened").toBool(); }, 3000))
        return {QStringLiteral("%1 did not open").arg(menu->property("title").toString())};
    QTest::qWait(50);
    auto *content = menu->property("contentItem").value<QQuickItem *>();
    QStringList problems = check(content->parentItem());
    for (QString &p : problems)
        p.prepend(menu->property("title").toString() + QStringLiteral(": "));
    QMetaObject::invokeMethod(menu, "close");
    if (parentMenu)
        QMetaObject::invokeMethod(parentMenu, "close");
    if (!QTest::qWaitFor([&] { return !menu->property("visible").toBool(); }, 3000))
        problems.append(QStringLiteral("%1 did not close").arg(menu->property("title").toString()));
    return problems;
}

// Every menu of the window in turn: the menu bar's and their submenus, the
// map's context menu as a card, a stage header, a lane header and an empty
// cell show it (and its Lane kind submenu), the toolbar's.
inline QStringList visitMenus(QQuickWindow *window,
                              const std::function<QStringList(QQuickItem *)> &check)
{
    QList<QObject *> menus;
    QObject *context = nullptr;
    for (QObject *o : window->findChildren<QObject *>()) {
        if (o->inherits("QQuickMenu") && !menus.contains(o))
            menus.append(o);
        if (o->inherits("QQuickMenu") && o->property("canvas").isValid())
            context = o;
    }
    // The menu bar's six, Open recent, the context menu, Lane kind, Add card, ⋯.
    if (menus.size() < 10 || !context)
        return {QStringLiteral("only %1 menus").arg(menus.size())};
    QStringList problems;
    const auto header = [](const QString &kind) {
        return QVariantMap{{QStringLiteral("kind"), kind}, {QStringLiteral("index"), 0}};
    };
    for (QObject *menu : std::as_const(menus)) {
        if (menu == context) {
            menu->setProperty("card", QStringLiteral("c06"));
            problems += visitMenu(window, menu, check);
            menu->setProperty("card", QString());
            for (const QString &kind : {QStringLiteral("stage"), QStringLiteral("lane")}) {
                menu->setProperty("header", header(kind));
                problems += visitMenu(window, menu, check);
            }
            // An empty cell: only the menu's texts count, so any cell does.
            menu->setProperty("header", QVariantMap());
            menu->setProperty("cell", QVariantMap{{QStringLiteral("stage"), QStringLiteral("s1")},
                                                  {QStringLiteral("lane"), QStringLiteral("l1")}});
            problems += visitMenu(window, menu, check);
            menu->setProperty("cell", QVariantMap());
            continue;
        }
        // Lane kind opens from the context menu of a lane header.
        if (menu->parent() == context)
            context->setProperty("header", header(QStringLiteral("lane")));
        problems += visitMenu(window, menu, check);
    }
    return problems;
}

} // namespace waymark::test
