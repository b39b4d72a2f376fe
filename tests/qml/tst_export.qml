import QtQuick
import QtTest

// File > Export... in the real window: the dialog opens by keyboard, its
// options follow the format, the file is written and the message bar says so;
// a failed export says why and leaves the document as it was.
EditorTestCase {
    name: "Export"

    function messageText() {
        return findChild(window.header, "messageText").text
    }

    function pick(box, value) {
        const i = box.model.indexOf(value)
        verify(i >= 0, value + " is not offered")
        box.currentIndex = i
        box.activated(i)
    }

    function test_exportPngFromTheDialog() {
        openWindow("sample")
        const before = JSON.stringify(model())
        keyClick(Qt.Key_E, Qt.ControlModifier)
        const dialog = window.exportDialog
        tryVerify(() => dialog.opened, 3000, "Ctrl+E did not open the export dialog")

        const format = findChild(dialog.contentItem, "exportFormat")
        const page = findChild(dialog.contentItem, "exportPage")
        pick(format, "csv")
        verify(!dialog.painted)
        verify(!page.enabled, "paper applies to PDF only")
        pick(format, "pdf")
        verify(dialog.painted)
        verify(page.enabled)
        pick(format, "png")

        const path = files.newFile("").replace(/[^/]*$/, "sofa-map.png")
        verify(dialog.exportTo(path))
        tryVerify(() => !dialog.running, 30000, "the export never finished")
        tryVerify(() => messageText().indexOf("sofa-map.png") >= 0, 3000, messageText())
        compare(JSON.stringify(model()), before, "exporting changed the document")
    }

    // The export's metric is the one the map shows (issue 14).
    function test_metricFollowsTheOverlayShown() {
        openWindow("sample")
        const metricId = model().metrics[0].id
        canvas.overlayMetric = metricId
        keyClick(Qt.Key_E, Qt.ControlModifier)
        const dialog = window.exportDialog
        tryVerify(() => dialog.opened)
        const overlay = findChild(dialog.contentItem, "exportOverlay")
        compare(overlay.currentText, model().metrics[0].name)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible)
        canvas.overlayMetric = ""
        keyClick(Qt.Key_E, Qt.ControlModifier)
        tryVerify(() => dialog.opened)
        compare(overlay.currentIndex, 0, "no metric shown, none exported")
        keyClick(Qt.Key_Escape)
    }

    function test_failedExportSaysWhy() {
        openWindow("sample")
        const before = JSON.stringify(model())
        const dialog = window.exportDialog
        const path = files.missingFile().replace(/[^/]*$/, "no/such/folder/out.pdf")
        verify(dialog.exportTo(path))
        tryVerify(() => !dialog.running, 30000, "the export never finished")
        tryVerify(() => messageText().indexOf("out.pdf") >= 0, 3000, messageText())
        compare(JSON.stringify(model()), before)
        // The window keeps working: an edit and its undo still go through.
        const id = editor.cards.addStep(journey().stages[0].id, journey().lanes[0].id, "After the failure", "note")
        verify(id.length > 0)
        verify(controller.undo())
        compare(JSON.stringify(model()), before)
    }

    function test_workshopPanelOffersVotesCsv() {
        openWindow("sample")
        window.openExportDialog("votes-csv")
        const dialog = window.exportDialog
        tryVerify(() => dialog.opened)
        compare(findChild(dialog.contentItem, "exportFormat").currentText, "votes-csv")
        verify(!dialog.painted)
        dialog.close()
    }
}
