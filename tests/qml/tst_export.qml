import QtQuick
import QtTest

// File > Export... in the real window: the dialog opens by keyboard, its
// options follow the format, the file is written and the message bar says so;
// a failed export says why and leaves the document as it was; the observed
// overlay is offered once the journey has event data (issue 13).
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

    // Event data for the shown journey through File ▸ Import events… (three
    // cases over the first two steps of its first flow link).
    function importEvents() {
        const j = journey()
        const link = j.links.filter(l => l.kind === "flow" && l.from !== l.to)[0]
        const title = id => jsonStep(id).title.replace(/"/g, '""')
        let csv = "case_id,activity,timestamp\n"
        for (let c = 1; c <= 3; ++c) {
            csv += `k${c},"${title(link.from)}",2026-03-01T10:00:00Z\n`
            csv += `k${c},"${title(link.to)}",2026-03-01T10:0${c}:00Z\n`
        }
        editorView.openEventImport(files.textFile("events.csv", csv))
        const dialog = findChild(editorView, "eventImportDialog")
        tryVerify(() => dialog.opened, 3000)
        const button = findChild(dialog.contentItem, "importButton")
        tryVerify(() => button.visible && button.enabled, 3000)
        mouseClick(button)
        tryVerify(() => dialog.importer.state === "done", 10000, dialog.importer.error)
        dialog.close()
        tryVerify(() => !dialog.visible)
    }

    function exportPng(dialog, name) {
        const path = files.newFile("").replace(/[^/]*$/, name)
        verify(dialog.exportTo(path))
        tryVerify(() => !dialog.running, 30000, "the export never finished")
        tryVerify(() => messageText().indexOf(name) >= 0, 3000, messageText())
        return files.fileHash(path)
    }

    function test_observedOverlayCheckbox() {
        openWindow("sample")
        const dialog = window.exportDialog
        keyClick(Qt.Key_E, Qt.ControlModifier)
        tryVerify(() => dialog.opened, 3000)
        const observed = findChild(dialog.contentItem, "exportObserved")
        verify(observed)
        verify(!observed.enabled, "offered without event data")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible)

        importEvents()
        keyClick(Qt.Key_E, Qt.ControlModifier)
        tryVerify(() => dialog.opened, 3000)
        const format = findChild(dialog.contentItem, "exportFormat")
        pick(format, "png")
        tryVerify(() => observed.enabled, 3000, "not offered with event data")
        verify(!observed.checked)
        const plain = exportPng(dialog, "plain.png")

        mouseClick(observed)
        verify(observed.checked, "a click did not tick it")
        verify(dialog.options().observed)
        pick(format, "csv")
        verify(!observed.enabled, "a table has no overlay")
        verify(!dialog.options().observed)
        pick(format, "png")
        verify(observed.enabled)
        const drawn = exportPng(dialog, "observed.png")
        verify(drawn.length > 0 && drawn !== plain, "the overlay changed nothing in the PNG")

        // Unticked by keyboard: the same picture as before.
        observed.forceActiveFocus()
        keyClick(Qt.Key_Space)
        verify(!observed.checked)
        compare(exportPng(dialog, "plain-again.png"), plain)
        dialog.close()
        tryVerify(() => !dialog.visible)

        // Undo the import: no event data, no overlay offered.
        verify(controller.undo())
        keyClick(Qt.Key_E, Qt.ControlModifier)
        tryVerify(() => dialog.opened, 3000)
        tryVerify(() => !observed.enabled, 3000, "still offered after undo")
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
