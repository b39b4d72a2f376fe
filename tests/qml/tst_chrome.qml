import QtQuick
import QtTest
import Waymark.App

// The window around the map: the connect handle, the menus (issue 14).
EditorTestCase {
    name: "Chrome"

    function menuOf(title) {
        const bar = window.menuBar
        for (let i = 0; i < bar.count; ++i) {
            if (bar.menuAt(i).title.replace("&", "") === title)
                return {menu: bar.menuAt(i), item: bar.itemAt(i)}
        }
        fail("no menu " + title)
    }

    // The handle sits only on a card that is hovered or selected (bug 10).
    function test_connectHandleLeavesWithTheSelection() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const handle = findChild(mapView, "connectHandle")
        const p = cardCenter(a)
        click(p.x, p.y)
        tryVerify(() => handle.visible)
        keyClick(Qt.Key_Escape)
        compare(canvas.selectedSteps.length, 0)
        const empty = emptyPointIn("purchase", "thoughts")
        mouseMove(canvas, empty.x, empty.y)
        tryVerify(() => !handle.visible, 1000, "the handle stays on a card neither hovered nor selected")
        // Hovering the card shows it again.
        mouseMove(canvas, p.x, p.y)
        tryVerify(() => handle.visible)
    }

    // Menus show each action's shortcut beside its name.
    function test_menusShowTheirShortcuts() {
        openWindow("journey")
        const edit = menuOf("Edit")
        mouseClick(edit.item, edit.item.width / 2, edit.item.height / 2)
        tryVerify(() => edit.menu.opened)
        let undo = null, selectAll = null
        for (let i = 0; i < edit.menu.count; ++i) {
            const it = edit.menu.itemAt(i)
            if (!it || !it.text)
                continue
            if (it.text.replace("&", "").indexOf("Undo") === 0)
                undo = it
            if (it.text.replace("&", "").indexOf("Select all") === 0)
                selectAll = it
        }
        verify(undo && selectAll, "no Undo or Select all in the Edit menu")
        compare(findChild(undo, "shortcutText").text, "Ctrl+Z")
        compare(findChild(selectAll, "shortcutText").text, "Ctrl+A")
        verify(findChild(undo, "shortcutText").visible)
        // The name and the shortcut do not overlap.
        verify(undo.implicitWidth > findChild(undo, "shortcutText").implicitWidth + 40)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !edit.menu.visible)
    }

    // The lane-kind submenu is a choice of one: radio marks, one checked.
    function test_laneKindIsRadio() {
        openWindow("journey")
        const p = headerPoint("lane", "thoughts")
        click(p.x, p.y, Qt.RightButton)
        const menu = contextMenu()
        tryVerify(() => menu.opened)
        let kinds = null
        for (let i = 0; i < menu.count; ++i) {
            const it = menu.itemAt(i)
            if (it && it.subMenu && it.subMenu.title === "Lane kind")
                kinds = it.subMenu
        }
        verify(kinds, "no Lane kind submenu")
        let checked = 0, radios = 0
        for (let i = 0; i < kinds.count; ++i) {
            const it = kinds.itemAt(i)
            checked += it.checked ? 1 : 0
            radios += it.indicator && it.indicator.objectName === "radioMark" ? 1 : 0
        }
        compare(checked, 1)
        compare(radios, kinds.count)
        menu.close()
    }

    // After switching the language the map is drawn again in it (bug 4):
    // line names, lane kinds and the curve's label are painted, not bound.
    function test_languageSwitchRedrawsTheMap() {
        openWindow("blueprint")
        const before = Preferences.language
        const spy = createTemporaryQmlObject("import QtTest; SignalSpy { signalName: \"contentChanged\" }", canvas)
        spy.target = canvas
        Preferences.language = "ru"
        tryVerify(() => spy.count > 0, 2000, "the map kept the old language")
        tryVerify(() => canvas.ready)
        const count = spy.count
        Preferences.language = before === "ru" ? "en" : before
        tryVerify(() => spy.count > count, 2000, "switching back left the map as it was")
        tryVerify(() => canvas.ready)
    }

    // Esc closes a menu and its title does not stay highlighted (bug 10).
    function test_menuTitleUnhighlightsAfterEscape() {
        openWindow("journey")
        const edit = menuOf("Edit")
        mouseClick(edit.item, edit.item.width / 2, edit.item.height / 2)
        tryVerify(() => edit.menu.opened)
        verify(edit.item.highlighted)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !edit.menu.visible)
        tryVerify(() => !edit.item.highlighted, 1000, "the Edit title stays highlighted")
    }
}
