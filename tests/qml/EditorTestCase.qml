import QtQuick
import QtTest
import WaymarkTest

// The base of the editor tests: opens the real main window (Main.qml) on a
// fresh .cjm file, finds its parts, and reads the model back as JSON.
TestCase {
    id: testCase

    property var window: null
    property var controller: null
    property var editor: null
    property var editorView: null
    property var mapView: null
    property var canvas: null
    // Every window openPath() made, so cleanup() closes a second one too.
    property var windows: []
    readonly property TestFiles files: TestFiles {}

    visible: true
    when: windowShown
    width: 200
    height: 100

    // ---- the window

    function openWindow(templateName, extra) {
        const path = files.newFile(templateName)
        verify(path.length > 0, "no file from template " + templateName)
        return openPath(path, extra)
    }

    function openPath(path, extra) {
        const component = Qt.createComponent("qrc:/qt/qml/Waymark/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        const props = {initialFile: path, width: 1280, height: 800}
        for (const key in extra || {})
            props[key] = extra[key]
        const w = component.createObject(null, props)
        verify(w, "Main.qml did not load")
        windows.push(w)
        window = w
        controller = w.documentController
        editor = w.mapEditor
        editorView = w.editorView
        mapView = editorView.mapView
        canvas = editorView.canvas
        activate(w)
        if (controller.isOpen)
            tryVerify(() => editorView.ready, 10000, "the map was never drawn")
        return w
    }

    function activate(w) {
        w.requestActivate()
        tryVerify(() => w.active, 5000, "the window never became active")
        waitForRendering(w.contentItem)
    }

    function closeWindow(w) {
        if (!w)
            return
        w.close()
        w.destroy()
        wait(0)
    }

    function cleanup() {
        for (const w of windows) {
            if (w !== window)
                closeWindow(w)
        }
        windows = []
        closeWindow(window)
        window = null
        controller = null
        editor = null
        editorView = null
        mapView = null
        canvas = null
    }

    // ---- the model

    function model() {
        const text = files.json(controller)
        verify(text.length > 0, "no document")
        return JSON.parse(text)
    }

    function journey() {
        const all = model().journeys
        for (const j of all) {
            if (j.id === editor.journeyId)
                return j
        }
        fail("journey " + editor.journeyId + " not in the model")
    }

    function jsonStep(id) {
        for (const s of journey().steps) {
            if (s.id === id)
                return s
        }
        return null
    }

    function linksBetween(from, to) {
        return journey().links.filter(l => l.from === from && l.to === to)
    }

    // Ids of the steps in a cell, in their order.
    function cellSteps(stage, lane) {
        return journey().steps.filter(s => s.stage === stage && s.lane === lane)
                .sort((a, b) => a.order - b.order).map(s => s.id)
    }

    // ---- geometry (canvas coordinates; the MapView's mouse area lies on top of the canvas)

    function centerOf(rect) {
        return Qt.point(rect.x + rect.width / 2, rect.y + rect.height / 2)
    }

    // The middle of a card, scrolled into view first.
    function cardCenter(id) {
        canvas.ensureVisible(id)
        const r = canvas.cardRect(id)
        verify(r.width > 0, "card " + id + " is not on the map")
        const c = centerOf(r)
        verify(c.x > canvas.headerWidth && c.x < canvas.width && c.y > canvas.headerHeight
               && c.y < canvas.height && !onMinimap(c.x, c.y), "card " + id + " is not on screen")
        return c
    }

    // Where the minimap sits, so clicks avoid it.
    function onMinimap(x, y) {
        const m = findChild(mapView, "minimap")
        if (!m || !m.visible)
            return false
        const p = m.mapFromItem(canvas, x, y)
        return p.x >= -8 && p.y >= -8 && p.x <= m.width + 8 && p.y <= m.height + 8
    }

    // An empty point of a cell (no card, no link), on screen.
    function emptyPointIn(stage, lane) {
        for (let y = canvas.headerHeight + 10; y < canvas.height - 10; y += 9) {
            for (let x = canvas.headerWidth + 10; x < canvas.width - 10; x += 9) {
                const cell = canvas.cellAt(x, y)
                if (cell.stage !== stage || cell.lane !== lane)
                    continue
                if (canvas.cardAt(x, y) === "" && canvas.linkAt(x, y) === "" && !onMinimap(x, y)
                        && canvas.cardAt(x, y - 12) === "" && canvas.cardAt(x, y + 12) === "")
                    return Qt.point(x, y)
            }
        }
        fail("no empty point on screen in " + stage + "/" + lane)
    }

    // A point on a stage or lane header.
    function headerPoint(kind, id) {
        if (kind === "stage") {
            for (let x = canvas.headerWidth + 4; x < canvas.width; x += 6) {
                if (canvas.headerAt(x, canvas.headerHeight / 2).id === id)
                    return Qt.point(x + 20, canvas.headerHeight / 2)
            }
        } else {
            for (let y = canvas.headerHeight + 4; y < canvas.height; y += 6) {
                if (canvas.headerAt(canvas.headerWidth / 2, y).id === id)
                    return Qt.point(canvas.headerWidth / 2, y + 10)
            }
        }
        fail("header " + kind + " " + id + " is not on screen")
    }

    // A point on a link's route, away from cards (null when none is on screen
    // and `optional`).
    function linkPoint(linkId, optional) {
        for (let y = canvas.headerHeight + 2; y < canvas.height; y += 3) {
            for (let x = canvas.headerWidth + 2; x < canvas.width; x += 3) {
                if (canvas.linkAt(x, y) === linkId && canvas.cardAt(x, y) === "" && !onMinimap(x, y))
                    return Qt.point(x, y)
            }
        }
        if (optional)
            return null
        fail("link " + linkId + " is not on screen")
    }

    // ---- input

    // Waits until the layouts around an item have placed it: a panel that just
    // became visible is laid out in the next frame, and a click aimed before
    // that lands where the item is not.
    function settle(item) {
        for (let p = item; p; p = p.parent)
            tryVerify(() => !isPolishScheduled(p), 2000, "layout never settled")
        wait(0)
    }

    // An item of the window by object name, shown and laid out.
    function control(name) {
        const item = findChild(window.contentItem, name)
        verify(item, "no " + name + " in the window")
        tryVerify(() => item.visible, 2000, name + " is not shown")
        settle(item)
        return item
    }

    function click(x, y, button, modifiers) {
        mouseClick(canvas, x, y, button || Qt.LeftButton, modifiers || Qt.NoModifier)
    }

    function doubleClick(x, y) {
        mouseDoubleClickSequence(canvas, x, y)
    }

    // A drag in several moves, as a hand makes it.
    function drag(from, to, button, modifiers) {
        const b = button || Qt.LeftButton
        const m = modifiers || Qt.NoModifier
        mousePress(canvas, from.x, from.y, b, m)
        const steps = 8
        for (let i = 1; i <= steps; ++i) {
            mouseMove(canvas, from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps,
                      -1, b, m)
        }
        mouseRelease(canvas, to.x, to.y, b, m)
    }

    function type(text) {
        for (const c of text)
            keyClick(c)
    }

    function inplaceEditor() {
        return findChild(mapView, "inplaceEditor")
    }

    // The open context menu of the map (MapContextMenu has no object name).
    function contextMenu() {
        // A list property: Qt 6.4 cannot iterate it with for...of.
        const data = mapView.data
        for (let i = 0; i < data.length; ++i) {
            const o = data[i]
            if (o && typeof o.openAt === "function")
                return o
        }
        fail("no context menu")
    }

    function menuItem(menu, text) {
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i)
            if (item && item.text === text)
                return item
        }
        fail("no menu item " + text)
    }
}
