import QtQuick
import QtTest

// The window's furniture (issue 14): Enter in the create-file dialog
// creates the file; the legend and the minimap never overlap, even at
// 1024×700; a link label the map had no room for shows in a tooltip.
EditorTestCase {
    name: "WindowLayout"

    readonly property string plainCsv: Qt.resolvedUrl("../data/metrics/plain.csv")

    // Metric values on the sample and the NPS overlay: the legend shows.
    function showLegend() {
        editorView.openMetricImport(plainCsv)
        const dialog = findChild(editorView, "metricImportDialog")
        tryVerify(() => dialog.opened)
        const start = findChild(dialog.contentItem, "startImport") || findChild(dialog.footer, "startImport")
        tryVerify(() => start.visible && start.enabled)
        settle(start)
        mouseClick(start)
        tryVerify(() => dialog.importer.state === "done", 10000, dialog.importer.error)
        dialog.close()
        tryVerify(() => !dialog.visible)
        canvas.overlayMetric = "nps"
        const legend = control("metricLegend")
        return legend
    }

    function rectIn(item, target) {
        return item.mapToItem(target, 0, 0, item.width, item.height)
    }

    function overlaps(a, b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    }

    function test_enterInTheCreateDialogCreatesTheFile() {
        openWindow("journey")
        const dialogs = findChild(window.contentItem, "fileDialogs")
        verify(dialogs)
        const folder = files.newFile("").replace(/\/[^/]*$/, "")
        dialogs.newDialog.currentFolder = "file://" + folder
        window.newFileDialog("")
        tryVerify(() => dialogs.newDialog.visible)
        let field = null
        tryVerify(() => (field = findChild(window.contentItem.parent, "fileNameTextField")) && field.visible,
                  3000, "no file name field")
        settle(field)
        mouseClick(field)
        tryVerify(() => field.activeFocus)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        keyClick(Qt.Key_Delete)
        type("workshop-room")
        keyClick(Qt.Key_Return)
        tryVerify(() => !dialogs.newDialog.visible, 3000, "Enter did not accept the dialog")
        tryVerify(() => controller.isOpen && controller.filePath.endsWith("/workshop-room.cjm"), 5000,
                  "no file: " + controller.filePath)
    }

    function test_legendAndMinimapNeverOverlapAt1024x700() {
        openWindow("sample", {width: 1024, height: 700})
        const legend = showLegend()
        const minimap = findChild(mapView, "minimap")
        tryVerify(() => minimap.visible, 3000, "the minimap is hidden although it fits above the legend")
        wait(50)
        const l = rectIn(legend, mapView), m = rectIn(minimap, mapView)
        verify(!overlaps(l, m), "legend " + JSON.stringify(l) + " covers minimap " + JSON.stringify(m))
        // Both inside the map view.
        for (const r of [l, m])
            verify(r.x >= 0 && r.y >= 0 && r.x + r.width <= mapView.width && r.y + r.height <= mapView.height,
                   JSON.stringify(r))
        // Wide enough: side by side again, at the bottom.
        window.width = 1800
        tryVerify(() => minimap.besideLegend)
        wait(50)
        const l2 = rectIn(legend, mapView), m2 = rectIn(minimap, mapView)
        verify(!overlaps(l2, m2))
        compare(Math.round(m2.y + m2.height), Math.round(mapView.height - 12))
    }

    // The brightness of the window at the middle of an item (the map: an
    // empty point near its top-left corner, away from the dialog, so that a
    // dark letter of a card, which dimming hardly changes, is not what is
    // read), as drawn.
    function brightnessAt(image, item) {
        const j = journey()
        const inner = item === canvas ? emptyPointIn(j.stages[0].id, j.lanes[1].id)
                                      : Qt.point(item.width / 2, item.height / 2)
        const p = item.mapToItem(window.contentItem.parent, inner.x, inner.y)
        const c = image.pixel(Math.round(p.x), Math.round(p.y))
        return (c.r + c.g + c.b) / 3
    }

    function test_legendAndMinimapDimBehindModalDialogs_data() {
        return [{tag: "preferences", open: () => window.openPreferences()},
                {tag: "personas", open: () => editorView.openPersonas()},
                {tag: "export", open: () => window.openExportDialog("pdf")}]
    }

    function test_legendAndMinimapDimBehindModalDialogs(data) {
        openWindow("sample", {width: 1600, height: 1000})
        const legend = showLegend()
        const minimap = findChild(mapView, "minimap")
        tryVerify(() => minimap.visible)
        waitForRendering(window.contentItem)
        const root = window.contentItem.parent
        const before = grabImage(root)
        data.open()
        wait(400) // the dimmer fades in
        waitForRendering(root)
        const after = grabImage(root)
        for (const item of [legend, minimap, canvas]) {
            const a = brightnessAt(before, item), b = brightnessAt(after, item)
            verify(b < a * 0.8, item.objectName + " is not dimmed: " + a + " -> " + b)
        }
        keyClick(Qt.Key_Escape)
    }

    function test_hiddenLinkLabelShowsInATooltip() {
        openWindow("journey")
        const start = editor.cards.addStep("awareness", "customer", "Start", "action")
        const links = []
        for (let i = 1; i <= 10; ++i) {
            const t = editor.cards.addStep("consideration", i % 2 ? "customer" : "touchpoints", "Target " + i, "action")
            const link = editor.cards.connectSteps(start, t, "flow")
            editor.cards.setLinkField([link], "label", "A rather long reason number " + i + " to go this way")
            editor.cards.setLinkField([link], "share", 0.1)
            links.push(link)
        }
        canvas.zoomTo(1)
        tryVerify(() => editorView.ready, 10000)
        // A link whose label the map had no room for, and a point on its route.
        let tip = null, at = null
        for (const link of links) {
            const p = linkPoint(link, true)
            if (!p)
                continue
            const t = canvas.labelTipAt(p.x, p.y)
            if (t.text) {
                tip = t
                at = p
                break
            }
        }
        verify(tip, "no label was hidden or shortened")
        verify(tip.text.indexOf("A rather long reason number") === 0, tip.text)
        verify(tip.text.indexOf("10 %") > 0 || tip.text.indexOf("10%") > 0, tip.text)
        const tooltip = findChild(mapView, "linkLabelTip")
        verify(tooltip)
        mouseMove(canvas, at.x, at.y)
        wait(100)
        mouseMove(canvas, at.x + 1, at.y)
        tryVerify(() => mapView.linkTip.text === tip.text, 3000, "hover: " + JSON.stringify(mapView.linkTip) + " card " + mapView.hoverCard)
        tryVerify(() => tooltip.visible && tooltip.text === tip.text, 3000, "no tooltip over the link")
        // Over a card: gone.
        const away = cardCenter(start)
        mouseMove(canvas, away.x, away.y)
        tryVerify(() => !tooltip.visible)
    }
}
