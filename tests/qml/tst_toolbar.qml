import QtQuick
import QtTest

// The toolbar keeps its view controls on screen: in a narrow window the card
// kinds fold into one "Add card" menu, which adds cards like the buttons do.
EditorTestCase {
    name: "Toolbar"

    function test_narrowWindowFoldsThePalette() {
        openWindow("journey", {width: 1000})
        const menuButton = control("addCardMenuButton")
        verify(!findChild(window.contentItem, "palette_note").visible)
        // The zoom controls are still inside the window.
        const zoom = control("zoomLabel")
        const right = zoom.mapToItem(window.contentItem, zoom.width, 0).x
        verify(right <= window.width, "zoom label at " + right + " in a " + window.width + " window")

        const a = editor.cards.addStep("consideration", "customer", "Uses it", "action")
        const pa = cardCenter(a)
        click(pa.x, pa.y)
        mouseClick(menuButton)
        const menu = findChild(menuButton, "addCardMenu")
        tryVerify(() => menu.opened)
        let item = null
        for (let i = 0; i < menu.count; ++i) {
            if (menu.itemAt(i).objectName === "paletteMenu_painpoint")
                item = menu.itemAt(i)
        }
        verify(item, "no pain point in the Add card menu")
        tryVerify(() => item.visible)
        mouseClick(item)
        const field = inplaceEditor()
        tryVerify(() => field.visible)
        keyClick(Qt.Key_Return)
        const cell = cellSteps("consideration", "customer")
        compare(cell.length, 2)
        compare(jsonStep(cell.filter(id => id !== a)[0]).kind, "painpoint")
    }

    function test_wideWindowShowsButtons() {
        openWindow("journey", {width: 1700})
        verify(control("palette_note").visible)
        verify(!findChild(window.contentItem, "addCardMenuButton").visible)
    }
}
