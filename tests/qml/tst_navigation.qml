import QtQuick
import QtTest

// Navigation: zoom by Ctrl+wheel, Ctrl+plus/minus, fit and 100 %; pan by
// dragging empty space, the middle button and the wheel; keyboard focus from
// card to card with the arrows, scrolled into view, and Enter to edit.
EditorTestCase {
    name: "Navigation"

    function fuzzyPoint(actual, expected, message) {
        fuzzyCompare(actual.x, expected.x, 0.5, message)
        fuzzyCompare(actual.y, expected.y, 0.5, message)
    }

    function test_ctrlWheelZoomsAroundTheMouse() {
        openWindow("sample")
        canvas.zoomTo(1)
        // Away from the map's edges, where the view stops scrolling.
        canvas.centerOn(canvas.mapBounds.x + canvas.mapBounds.width / 2, canvas.mapBounds.y + canvas.mapBounds.height / 2)
        const x = canvas.width * 0.6, y = canvas.height * 0.5
        const anchor = canvas.viewToMap(x, y)
        mouseWheel(canvas, x, y, 0, 120, Qt.NoButton, Qt.ControlModifier)
        fuzzyCompare(canvas.zoom, 1.15, 0.001)
        fuzzyPoint(canvas.viewToMap(x, y), anchor, "the point under the mouse stays put")
        mouseWheel(canvas, x, y, 0, -240, Qt.NoButton, Qt.ControlModifier)
        fuzzyCompare(canvas.zoom, 1.15 / 1.15 / 1.15, 0.001)
        fuzzyPoint(canvas.viewToMap(x, y), anchor, "zooming out keeps it too")
        // The map stays the model's: zooming edits nothing.
        verify(!controller.canUndo)
    }

    function test_zoomKeysFitAndActualSize() {
        openWindow("sample")
        const label = control("zoomLabel")
        canvas.zoomTo(1)
        compare(label.text, "100 %")
        keyClick(Qt.Key_Plus, Qt.ControlModifier)
        fuzzyCompare(canvas.zoom, 1.25, 0.001)
        compare(label.text, "125 %")
        keyClick(Qt.Key_Equal, Qt.ControlModifier)
        fuzzyCompare(canvas.zoom, 1.5625, 0.001)
        keyClick(Qt.Key_Minus, Qt.ControlModifier)
        keyClick(Qt.Key_Minus, Qt.ControlModifier)
        keyClick(Qt.Key_Minus, Qt.ControlModifier)
        fuzzyCompare(canvas.zoom, 0.8, 0.001)

        // Fit: the whole map shows, as large as it can clear of the minimap
        // (above it or left of it).
        keyClick(Qt.Key_9, Qt.ControlModifier)
        const b = canvas.mapBounds
        const m = findChild(mapView, "minimap")
        verify(m.visible)
        const w = b.width * canvas.zoom, h = b.height * canvas.zoom
        verify(w <= canvas.width + 1, "fits across")
        verify(h <= canvas.height + 1, "fits down")
        verify(h <= m.y + 1 || w <= m.x + 1, "clear of the minimap")
        verify(h > (m.y - 8) * 0.9 || w > (m.x - 8) * 0.9, "and fills the room it has one way")
        const topLeft = canvas.mapToView(b.x, b.y)
        verify(topLeft.x >= -1 && topLeft.y >= -1)
        const bottomRight = canvas.mapToView(b.x + b.width, b.y + b.height)
        verify(bottomRight.x <= canvas.width + 1 && bottomRight.y <= canvas.height + 1)

        keyClick(Qt.Key_0, Qt.ControlModifier)
        compare(canvas.zoom, 1)
        compare(label.text, "100 %")
    }

    function test_zoomLabelGoesBackTo100() {
        openWindow("journey")
        canvas.zoomTo(0.5)
        const label = control("zoomLabel")
        compare(label.text, "50 %")
        mouseClick(label)
        compare(canvas.zoom, 1)
    }

    function test_zoomStopsAtItsLimits() {
        openWindow("journey")
        for (let i = 0; i < 30; ++i)
            mouseWheel(canvas, canvas.width / 2, canvas.height / 2, 0, 120, Qt.NoButton, Qt.ControlModifier)
        compare(canvas.zoom, 4)
        for (let i = 0; i < 60; ++i)
            keyClick(Qt.Key_Minus, Qt.ControlModifier)
        compare(canvas.zoom, 0.1)
    }

    function test_panByDraggingEmptySpaceMiddleButtonAndWheel() {
        openWindow("sample")
        canvas.zoomTo(1)
        canvas.centerOn(canvas.mapBounds.x + canvas.mapBounds.width / 2, canvas.mapBounds.y + canvas.mapBounds.height / 2)
        let x0 = canvas.offsetX, y0 = canvas.offsetY
        const e = emptyPointIn(journey().stages[2].id, journey().lanes[1].id)
        drag(e, Qt.point(e.x - 120, e.y - 40))
        fuzzyCompare(canvas.offsetX - x0, 120, 1)
        fuzzyCompare(canvas.offsetY - y0, 40, 1)
        verify(!controller.canUndo, "panning is no edit")

        // The middle button pans even when it starts on a card.
        const card = journey().steps.find(s => {
            const c = centerOf(canvas.cardRect(s.id))
            return c.x > canvas.headerWidth + 20 && c.y > canvas.headerHeight + 20 && c.x < canvas.width - 270
                    && c.y < canvas.height - 180
        })
        verify(card, "no card in the middle of the view")
        const before = JSON.stringify(jsonStep(card.id))
        x0 = canvas.offsetX
        y0 = canvas.offsetY
        const c = centerOf(canvas.cardRect(card.id))
        compare(canvas.cardAt(c.x, c.y), card.id)
        drag(c, Qt.point(c.x + 100, c.y + 60), Qt.MiddleButton)
        fuzzyCompare(x0 - canvas.offsetX, 100, 1)
        fuzzyCompare(y0 - canvas.offsetY, 60, 1)
        compare(JSON.stringify(jsonStep(card.id)), before, "the card did not move")

        // The wheel scrolls; Shift+wheel scrolls sideways.
        x0 = canvas.offsetX
        y0 = canvas.offsetY
        mouseWheel(canvas, canvas.width / 2, canvas.height / 2, 0, -120)
        fuzzyCompare(canvas.offsetY - y0, 60, 1)
        mouseWheel(canvas, canvas.width / 2, canvas.height / 2, 0, -120, Qt.NoButton, Qt.ShiftModifier)
        fuzzyCompare(canvas.offsetX - x0, 60, 1)
    }

    function test_arrowsWalkTheMapAndKeepTheCardInView() {
        openWindow("sample")
        canvas.zoomTo(1.5)
        const first = journey().steps[0].id
        const p = cardCenter(first)
        click(p.x, p.y)
        compare(canvas.currentStep, first)
        const visited = [first]
        for (let i = 0; i < 8; ++i) {
            keyClick(Qt.Key_Right)
            const current = canvas.currentStep
            const r = canvas.cardRect(current)
            verify(r.x >= canvas.headerWidth - 1 && r.x + r.width <= canvas.width + 1,
                   "card " + current + " scrolled into view")
            verify(r.y >= canvas.headerHeight - 1 && r.y + r.height <= canvas.height + 1)
            compare(canvas.selectedSteps, [current])
            visited.push(current)
        }
        verify(new Set(visited).size > 4, "the arrows moved through several cards")
        const stages = journey().stages.map(s => s.id)
        const last = jsonStep(visited[visited.length - 1])
        verify(stages.indexOf(last.stage) > stages.indexOf(jsonStep(first).stage), "rightwards")

        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Left)
        const id = canvas.currentStep
        keyClick(Qt.Key_Return)
        const field = inplaceEditor()
        tryVerify(() => field.visible && field.activeFocus)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        type("Walked here")
        keyClick(Qt.Key_Return)
        compare(jsonStep(id).title, "Walked here")
        // The keys are the map's again.
        keyClick(Qt.Key_Right)
        verify(canvas.currentStep !== id)
    }

    // Walking the map with the keys never leaves the current card under the minimap.
    function test_arrowsKeepTheCardClearOfTheMinimap() {
        openWindow("sample")
        const first = journey().steps[0].id
        const p = cardCenter(first)
        click(p.x, p.y)
        let hidden = 0, moves = 0
        for (const key of [Qt.Key_Right, Qt.Key_Down]) {
            for (let i = 0; i < 14; ++i) {
                keyClick(key)
                const c = centerOf(canvas.cardRect(canvas.currentStep))
                ++moves
                if (onMinimap(c.x, c.y) || c.y > canvas.height || c.x > canvas.width)
                    ++hidden
            }
        }
        compare(hidden, 0, "cards hidden under the minimap or off screen in " + moves + " moves")
        // Every card of the sample, brought into view as the editor does.
        for (const s of journey().steps) {
            mapView.reveal(s.id)
            const c = centerOf(canvas.cardRect(s.id))
            verify(!onMinimap(c.x, c.y), s.title + " is under the minimap")
            verify(c.x > canvas.headerWidth && c.y > canvas.headerHeight && c.x < canvas.width
                   && c.y < canvas.height, s.title + " is off screen")
        }
    }

    function test_firstArrowWithNothingSelectedPicksACard() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        mapView.forceActiveFocus()
        compare(canvas.currentStep, "")
        keyClick(Qt.Key_Down)
        compare(canvas.currentStep, a)
        compare(canvas.selectedSteps, [a])
    }

    // Fit keeps the cards clear of the minimap in the corner (issue 14, bug 8).
    // With the metric legend too, at the smallest window the editor is made
    // for: the minimap then goes above the legend, and Fit keeps every card
    // clear of both.
    function test_fitKeepsCardsClearOfTheMinimap_data() {
        return [{tag: "minimap", legend: false}, {tag: "minimap and legend", legend: true}]
    }

    function test_fitKeepsCardsClearOfTheMinimap(data) {
        openWindow("sample", {width: 1024, height: 700})
        const overlays = [findChild(mapView, "minimap")]
        if (data.legend) {
            editorView.openMetricImport(Qt.resolvedUrl("../data/metrics/plain.csv"))
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
            overlays.push(control("metricLegend"))
        }
        keyClick(Qt.Key_9, Qt.ControlModifier)
        for (const o of overlays) {
            tryVerify(() => o.visible, 2000, o.objectName + " is not shown")
            settle(o)
            const or = o.mapToItem(canvas, 0, 0, o.width, o.height)
            for (const s of journey().steps) {
                const r = canvas.cardRect(s.id)
                const covered = r.x < or.x + or.width && r.x + r.width > or.x
                                && r.y < or.y + or.height && r.y + r.height > or.y
                verify(!covered, s.title + " is under the " + o.objectName + " after Fit")
            }
        }
    }
}
