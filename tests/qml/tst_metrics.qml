import QtQuick
import QtTest

// Metrics in the window: the import dialog on a real CSV (proposal, a mapping
// changed by its combo box, import on the worker thread, the summary, undo),
// a broken file, the overlay and curve choosers, the legend and the targets.
EditorTestCase {
    name: "Metrics"

    readonly property string plainCsv: Qt.resolvedUrl("../data/metrics/plain.csv")

    function importDialog() {
        const d = findChild(editorView, "metricImportDialog")
        verify(d, "no import dialog")
        return d
    }

    function inDialog(dialog, name) {
        const item = findChild(dialog.contentItem, name) || findChild(dialog.footer, name)
        verify(item, "no " + name + " in " + dialog.title)
        return item
    }

    // A click once the dialog's layouts have placed the item.
    function press(item) {
        tryVerify(() => item.visible && item.enabled, 3000, item.objectName + " is not usable")
        settle(item)
        mouseClick(item)
    }

    // Picks an entry of a combo box by its text, with the mouse.
    function choose(combo, text) {
        tryVerify(() => combo.visible && combo.enabled, 3000, "combo box not usable")
        let index = -1
        for (let i = 0; i < combo.count; ++i) {
            if (combo.textAt(i) === text)
                index = i
        }
        verify(index >= 0, "no entry " + text + " in " + combo.objectName)
        press(combo)
        tryVerify(() => combo.popup.opened, 3000, "popup of " + combo.objectName + " did not open")
        const list = combo.popup.contentItem
        list.positionViewAtIndex(index, ListView.Contain)
        let item = null
        tryVerify(() => (item = list.itemAtIndex(index)) !== null)
        waitForRendering(list)
        mouseClick(item)
        tryVerify(() => !combo.popup.visible)
        compare(combo.currentText, text)
    }

    function stepMetrics(id) {
        return jsonStep(id).metrics || {}
    }

    function test_importDialogProposesEditsImportsAndUndoes() {
        openWindow("sample")
        const stepsBefore = journey().steps.filter(s => Object.keys(s.metrics || {}).length > 0)
        compare(stepsBefore.length, 0, "the sample has no metric values")

        editorView.openMetricImport(plainCsv)
        const dialog = importDialog()
        tryVerify(() => dialog.opened, 3000, "the dialog did not open")
        const importer = dialog.importer
        compare(importer.state, "ready", importer.error)
        compare(importer.fileName, "plain.csv")
        verify(inDialog(dialog, "layoutText").text.indexOf("Plain CSV") >= 0,
               inDialog(dialog, "layoutText").text)

        // The proposal: step, date, segment and three metrics.
        const columns = importer.columns
        const col = name => columns.indexOf(name)
        compare(importer.roles[col("Touchpoint")], "step")
        compare(importer.roles[col("RecordedDate")], "date")
        compare(importer.roles[col("Segment")], "segment")
        compare(importer.roles[col("NPS")], "nps")
        compare(importer.roles[col("Satisfaction")], "csat")
        compare(importer.roles[col("Effort")], "ces")
        verify(importer.matchedRows > 0 && importer.matchedRows <= importer.sampleRows)
        verify(inDialog(dialog, "matchText").text.indexOf(importer.matchedRows + " of") === 0,
               inDialog(dialog, "matchText").text)

        // Leave Effort out, with its combo box.
        const effortRole = inDialog(dialog, "roleCombo_" + col("Effort"))
        choose(effortRole, "Not imported")
        compare(importer.roles[col("Effort")], "")
        verify(!inDialog(dialog, "formulaCombo_" + col("Effort")).visible)
        // And count CSAT as a mean instead of top-2.
        const csatFormula = inDialog(dialog, "formulaCombo_" + col("Satisfaction"))
        choose(csatFormula, "Mean")
        compare(importer.formulas[col("Satisfaction")], "mean")

        press(inDialog(dialog, "startImport"))
        tryVerify(() => importer.state === "done", 10000, "import did not finish: " + importer.error)
        const summary = inDialog(dialog, "summaryText")
        tryVerify(() => summary.visible)
        verify(summary.text.indexOf(importer.summary.rowsRead + " rows read") >= 0, summary.text)
        verify(importer.summary.rowsRead > 0)
        compare(importer.summary.rowsRead, importer.summary.rowsMatched + importer.summary.rowsUnmatched)

        // The values landed: NPS and CSAT on TP-08 (c08), no CES anywhere.
        const m = stepMetrics("c08")
        verify(m.nps && m.nps.n > 0, JSON.stringify(m))
        verify(m.csat && m.csat.n > 0, JSON.stringify(m))
        compare(m.csat.formula, "mean")
        verify(m.csat.value >= 1 && m.csat.value <= 5, "CSAT as a mean of 1..5 answers")
        verify(!m.ces)
        for (const s of journey().steps)
            verify(!(s.metrics || {}).ces, "no CES on " + s.id)
        const csatDef = model().metrics.filter(d => d.id === "csat")[0]
        compare(csatDef.formula, "mean")

        // "Show on map" turns on the first metric column of the mapping.
        press(inDialog(dialog, "showOnMap"))
        tryVerify(() => !dialog.visible)
        compare(canvas.overlayMetric, "nps")
        const legend = control("metricLegend")

        // One Ctrl+Z takes the whole import back; the legend goes with the values.
        mapView.forceActiveFocus()
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        tryVerify(() => Object.keys(stepMetrics("c08")).length === 0, 3000, "undo left values")
        tryVerify(() => !legend.visible)
        compare(journey().steps.filter(s => Object.keys(s.metrics || {}).length > 0).length, 0)
        compare(model().metrics.filter(d => d.id === "csat")[0].formula, "top2")
    }

    function test_qualtricsProposalFromQuestionTextsOpensAtTheStepColumn() {
        openWindow("sample")
        editorView.openMetricImport(Qt.resolvedUrl("../data/metrics/qualtrics.csv"))
        const dialog = importDialog()
        tryVerify(() => dialog.opened)
        const importer = dialog.importer
        compare(importer.state, "ready", importer.error)
        verify(inDialog(dialog, "layoutText").text.indexOf("Qualtrics") === 0, inDialog(dialog, "layoutText").text)
        // Field names say nothing (Q1..Q5); the question texts do.
        const col = name => importer.columns.indexOf(name)
        compare(importer.roles[col("Q1")], "step")
        compare(importer.roles[col("Q2")], "nps")
        compare(importer.roles[col("Q3")], "csat")
        compare(importer.roles[col("Q4")], "ces")
        compare(inDialog(dialog, "mappingText").text.indexOf("Step: Q1 · NPS: Q2"), 0)
        // Eleven bookkeeping columns come first: the table scrolls to Q1.
        const combo = inDialog(dialog, "roleCombo_" + col("Q1"))
        tryVerify(() => {
            const p = combo.mapToItem(dialog.contentItem, 0, 0)
            return p.x >= 0 && p.x + combo.width <= dialog.contentItem.width
        }, 3000, "the step column is not in view")
        press(inDialog(dialog, "closeImport"))
    }

    function test_brokenFileIsOneLineAndChangesNothing() {
        openWindow("sample")
        const before = files.json(controller)
        editorView.openMetricImport(Qt.resolvedUrl("../data/metrics/broken-unclosed.csv"))
        const dialog = importDialog()
        tryVerify(() => dialog.opened)
        const importer = dialog.importer
        compare(importer.state, "failed")
        const error = inDialog(dialog, "importError")
        tryVerify(() => error.visible)
        verify(error.text.indexOf("broken-unclosed.csv") === 0 && error.text.indexOf("line") > 0, error.text)
        verify(error.text.indexOf("\n") < 0, "one line")
        verify(!inDialog(dialog, "startImport").enabled)
        compare(files.json(controller), before)
        press(inDialog(dialog, "closeImport"))
    }

    // Picks an entry of the toolbar's metrics popup.
    function pickMetric(name) {
        const button = control("metricsButton")
        const popup = findChild(button, "metricsPopup")
        if (!popup.visible)
            press(button)
        tryVerify(() => popup.opened, 3000, "the metrics popup did not open")
        const radio = findChild(popup.contentItem, name)
        verify(radio, "no " + name)
        press(radio)
        verify(radio.checked)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !popup.visible)
    }

    function test_overlayLegendCurveAndTargets() {
        openWindow("sample")
        const button = findChild(window.contentItem, "metricsButton")
        verify(button)
        verify(!button.visible, "no metric values yet: no metrics button")

        // Import with the proposed mapping.
        editorView.openMetricImport(plainCsv)
        const dialog = importDialog()
        tryVerify(() => dialog.opened)
        press(inDialog(dialog, "startImport"))
        tryVerify(() => dialog.importer.state === "done", 10000, dialog.importer.error)
        press(inDialog(dialog, "closeImport"))
        tryVerify(() => !dialog.visible)

        pickMetric("overlay_nps")
        compare(canvas.overlayMetric, "nps")
        compare(control("metricsButton").text, "Overlay: NPS ▾")
        tryVerify(() => editorView.ready, 10000)

        const legend = control("metricLegend")
        compare(findChild(legend, "legendTitle").text, "NPS")
        verify(findChild(legend, "legendSmallSample").text.indexOf("30") >= 0)
        compare(legend.bands.length, 3)
        verify(legend.bands[0].text.indexOf("30") >= 0, legend.bands[0].text)

        pickMetric("curve_csat")
        compare(canvas.emotionMetric, "csat")
        compare(canvas.overlayMetric, "nps", "the curve and the overlay are chosen apart")
        pickMetric("curve_")
        compare(canvas.emotionMetric, "")

        // Targets: green from 50, one undo step.
        press(findChild(legend, "targetsButton"))
        const targets = findChild(editorView, "metricTargetsDialog")
        tryVerify(() => targets.opened)
        const green = findChild(targets.contentItem, "targetsGreen")
        compare(green.text, "30")
        green.forceActiveFocus()
        green.clear()
        type("lots")
        targets.accept()
        // Not a number: nothing changes, the dialog stays with the text.
        tryVerify(() => targets.opened)
        compare(green.text, "lots")
        compare(model().metrics.filter(d => d.id === "nps")[0].green, 30)
        green.forceActiveFocus()
        green.clear()
        type("50")
        targets.accept()
        tryVerify(() => model().metrics.filter(d => d.id === "nps")[0].green === 50)
        tryVerify(() => legend.bands[0].text.indexOf("50") >= 0, 3000, legend.bands[0].text)
        compare(controller.undoText, "Change metric targets")
        controller.undo()
        compare(model().metrics.filter(d => d.id === "nps")[0].green, 30)

        // Back to no overlay: the legend goes.
        pickMetric("overlay_")
        compare(canvas.overlayMetric, "")
        tryVerify(() => !legend.visible)
    }
}
