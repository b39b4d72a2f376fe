import QtQuick
import QtTest

// Help > Keyboard shortcuts and the short guide, File > Print through the
// window's print dialog into a PDF file, and the tooltip of a cut card title.
EditorTestCase {
    name: "HelpAndPrint"

    function popup(name) {
        const p = findChild(window, name)
        verify(p, "no " + name)
        return p
    }

    function test_shortcutsAndGuide() {
        openWindow("sample")
        canvas.forceActiveFocus()
        keyClick(Qt.Key_F1, Qt.ControlModifier)
        const shortcuts = popup("shortcutsDialog")
        tryVerify(() => shortcuts.opened, 3000, "Ctrl+F1 opens the shortcuts")
        // Every row has its keys and what they do; Find and Print are there.
        const texts = shortcuts.rows.map(r => r[1])
        verify(texts.indexOf("Ctrl+F") >= 0)
        verify(texts.indexOf("Ctrl+E, Ctrl+P") >= 0)
        verify(shortcuts.rows.length >= 25)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !shortcuts.visible)

        keyClick(Qt.Key_F1)
        const guide = popup("guideDialog")
        tryVerify(() => guide.opened, 3000, "F1 opens the guide")
        verify(guide.sections.length >= 5)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !guide.visible)
    }

    function test_printToAPdfFile() {
        openWindow("sample")
        canvas.forceActiveFocus()
        keyClick(Qt.Key_P, Qt.ControlModifier)
        const dialog = popup("printDialog")
        tryVerify(() => dialog.opened, 3000, "Ctrl+P opens the print dialog")
        const printers = findChild(dialog.contentItem, "printerBox")
        verify(printers)
        // The last entry is the PDF file printer; pick it with the keyboard.
        printers.currentIndex = printers.count - 1
        verify(dialog.toFile)
        const button = findChild(dialog.footer, "printButton")
        verify(!button.enabled, "no file chosen yet")
        const out = files.newFile("").replace(/\.cjm$/, "-print.pdf")
        dialog.pdfPath = out
        tryVerify(() => button.enabled)
        const paper = findChild(dialog.contentItem, "paperBox")
        paper.currentIndex = paper.find("A3")
        tryVerify(() => dialog.opened && button.width > 0)
        settle(button)
        mouseClick(button)
        tryVerify(() => !dialog.visible, 20000, "the dialog closes once printed")
        verify(files.fileHash(out).length > 0, "the PDF was written")
        verify(dialog.printer.lastPageCount >= 1)
    }

    function test_tooltipOfACutTitle() {
        openWindow("sample")
        const longTitle = "Browses sofas on the website for a long time, comparing every fabric, every colour and every leg"
        verify(editor.cards.setStepField(["c03"], "title", longTitle))
        tryVerify(() => canvas.ready)
        const c = cardCenter("c03")
        mouseMove(canvas, c.x, c.y)
        mouseMove(canvas, c.x + 2, c.y + 1)
        const tip = findChild(window, "cardToolTip")
        verify(tip)
        tryVerify(() => tip.visible, 3000, "the cut title shows a tooltip")
        verify(tip.text.indexOf(longTitle) === 0, tip.text)
        verify(tip.text.indexOf("E-commerce") > 0, "with the owner")

        // A title that fits: no tooltip.
        const d = cardCenter("c18")
        mouseMove(canvas, d.x, d.y)
        mouseMove(canvas, d.x + 1, d.y + 1)
        tryVerify(() => !tip.visible, 3000)
    }
}
