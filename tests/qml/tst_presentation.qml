import QtQuick
import QtTest

// Workshop presentation: stage by stage with the arrow keys, the position
// and the stage's cards in focus, back to editing with Escape or End.
EditorTestCase {
    name: "Presentation"

    function test_stageByStage() {
        openWindow("sample")
        const stages = journey().stages
        editorView.startPresentation()
        tryVerify(() => editorView.presenting)
        const name = findChild(window.contentItem, "presentationStage")
        const label = findChild(window.contentItem, "presentationPosition")
        verify(name && label, "no stage labels")
        compare(name.text, stages[0].name)
        // "Stage 1 of 6": the count was once read before the map was laid out (0).
        tryVerify(() => label.text.indexOf("1") >= 0 && label.text.indexOf(String(stages.length)) >= 0, 2000, label.text)
        compare(editorView.presentStage, 0)
        // The room sees the map, not the editor's overview in the corner.
        verify(!findChild(window.contentItem, "minimap").visible)

        keyClick(Qt.Key_Right)
        compare(editorView.presentStage, 1)
        verify(label.text.indexOf("2") >= 0, label.text)
        compare(name.text, stages[1].name)
        // The cards in focus are those of the second stage.
        const inStage = journey().steps.filter(s => s.stage === stages[1].id).map(s => s.id).sort()
        compare(canvas.focusSteps.slice().sort(), inStage)

        // Past the last stage it stays on the last one.
        for (let i = 0; i < stages.length + 2; ++i)
            keyClick(Qt.Key_Right)
        compare(editorView.presentStage, stages.length - 1)
        keyClick(Qt.Key_Left)
        compare(editorView.presentStage, stages.length - 2)

        editorView.stopPresentation()
        verify(!editorView.presenting)
        tryVerify(() => findChild(window.contentItem, "minimap").visible)
        compare(canvas.focusSteps.length, 0)
    }

    // Started from the Workshop menu with the mouse (issue 14, bug 3): the
    // keys work at once, the menu bar and the selection frame are gone, the
    // stage fits the height, and Escape gives the window back as it was.
    function test_startFromTheMenu() {
        openWindow("sample")
        const firstCard = journey().steps[0].id
        mouseClick(mapView, cardCenter(firstCard).x, cardCenter(firstCard).y)
        compare(canvas.selectedSteps.length, 1)
        window.showMaximized()
        wait(50)
        const before = window.visibility
        const bar = window.menuBar
        let workshop = -1
        for (let i = 0; i < bar.count; ++i) {
            if (bar.menuAt(i).title.replace("&", "") === "Workshop")
                workshop = i
        }
        verify(workshop >= 0, "no Workshop menu")
        const title = bar.itemAt(workshop)
        mouseClick(title, title.width / 2, title.height / 2)
        const menu = bar.menuAt(workshop)
        tryVerify(() => menu.opened)
        const item = menuItem(menu, "&Present stage by stage")
        mouseClick(item, item.width / 2, item.height / 2)
        tryVerify(() => editorView.presenting)
        tryVerify(() => !menu.visible)
        wait(50)

        keyClick(Qt.Key_Right)
        compare(editorView.presentStage, 1, "the keys reach the map without a click")
        keyClick(Qt.Key_Space)
        compare(editorView.presentStage, 2)
        verify(!window.menuBar || !window.menuBar.visible, "the menu bar stays on the wall")
        compare(canvas.selectedSteps.length, 0)
        verify(canvas.mapBounds.height * canvas.zoom <= canvas.height + 1,
               "lower lanes off-screen: " + canvas.mapBounds.height * canvas.zoom + " > " + canvas.height)

        keyClick(Qt.Key_Escape)
        verify(!editorView.presenting)
        compare(window.visibility, before)
        verify(window.menuBar === bar && bar.visible)
    }

    // Escape gives back the zoom, the scroll and the selection the editor had
    // before Start (it fitted the whole map and dropped the selection).
    function test_escapeGivesTheViewAndSelectionBack() {
        openWindow("sample")
        const ids = canvas.allSteps()
        let p = cardCenter(ids[1])
        click(p.x, p.y)
        p = cardCenter(ids[4])
        click(p.x, p.y, Qt.LeftButton, Qt.ControlModifier)
        keyClick(Qt.Key_Plus, Qt.ControlModifier)
        canvas.panBy(-120, -80)
        const view = {zoom: canvas.zoom, x: canvas.offsetX, y: canvas.offsetY}
        verify(view.x > 0 && view.y > 0, "the test wants a scrolled view")
        const selected = canvas.selectedSteps.slice()
        const current = canvas.currentStep
        compare(selected.length, 2)

        editorView.startPresentation()
        tryVerify(() => editorView.presenting)
        keyClick(Qt.Key_Right)
        compare(canvas.selectedSteps.length, 0)
        keyClick(Qt.Key_Escape)
        verify(!editorView.presenting)
        wait(100) // the window takes its size back
        fuzzyCompare(canvas.zoom, view.zoom, 0.001)
        fuzzyCompare(canvas.offsetX, view.x, 0.5)
        fuzzyCompare(canvas.offsetY, view.y, 0.5)
        compare(canvas.selectedSteps, selected)
        compare(canvas.currentStep, current)
    }

    // Every stage, the first and the last too, in the middle of the wall
    // right of the lane headers, not at one side with the rest empty.
    function test_theStageIsInTheMiddleOfTheWall() {
        openWindow("sample")
        const stages = journey().stages
        editorView.startPresentation()
        tryVerify(() => editorView.presenting)
        for (const index of [0, stages.length - 1]) {
            editorView.showStage(index)
            const rects = journey().steps.filter(s => s.stage === stages[index].id).map(s => canvas.cardRect(s.id))
            verify(rects.length > 0)
            const left = Math.min(...rects.map(r => r.x))
            const right = Math.max(...rects.map(r => r.x + r.width))
            const middle = (canvas.headerWidth + canvas.width) / 2
            verify(Math.abs((left + right) / 2 - middle) < canvas.width * 0.05,
                   stages[index].name + ": cards from " + left + " to " + right + ", the wall's middle at " + middle)
            verify(canvas.mapBounds.height * canvas.zoom <= canvas.height + 1, "every lane on the wall")
        }
        editorView.stopPresentation()
    }
}
