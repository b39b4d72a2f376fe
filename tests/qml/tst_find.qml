import QtQuick
import QtTest

// Find (Ctrl+F): typing lists the cards of every journey of the file, Enter
// goes to the card (switching journey and scrolling), F3 goes to the next.
EditorTestCase {
    name: "Find"

    function findBar() {
        const bar = findChild(window.contentItem, "findBar")
        verify(bar, "no find bar")
        return bar
    }

    function test_findAcrossJourneys() {
        openWindow("sample")
        compare(editor.journeyId, "sofa")
        verify(!findBar().visible)
        canvas.forceActiveFocus()
        keyClick(Qt.Key_F, Qt.ControlModifier)
        tryVerify(() => findBar().visible, 2000, "Ctrl+F shows the find bar")
        const field = control("findField")
        tryVerify(() => field.activeFocus)

        // The future state renames c08; both journeys' cards are listed, this one's first.
        type("checks out")
        const finder = findBar().finder
        tryCompare(finder, "count", 2)
        compare(finder.results[0].journeyId, "sofa")
        compare(finder.results[0].stepId, "c08")
        compare(finder.results[1].journeyId, "sofa-future")
        const list = control("findResults")
        verify(list.visible)
        compare(list.count, 2)

        // Enter: the first card, selected and scrolled into view.
        canvas.zoomTo(1.5)
        canvas.centerOn(0, 0)
        keyClick(Qt.Key_Return)
        tryCompare(canvas, "selectedSteps", ["c08"])
        compare(canvas.currentStep, "c08")
        tryVerify(() => onScreen("c08"), 3000, "the found card is on screen: " + JSON.stringify(canvas.cardRect("c08")) + " in " + canvas.width + "x" + canvas.height)
        compare(control("findCount").text, "1 of 2")

        // F3: the next result, in the other journey.
        keyClick(Qt.Key_F3)
        tryCompare(editor, "journeyId", "sofa-future")
        tryCompare(canvas, "selectedSteps", ["c08"])
        compare(canvas.journeyId, "sofa-future")
        tryVerify(() => onScreen("c08"), 3000, "the card in the other journey is on screen")
        // The order follows the journey shown, the current result stays.
        compare(finder.results[0].journeyId, "sofa-future")
        compare(finder.currentIndex, 0)

        // F3 again wraps around, back to the first journey.
        keyClick(Qt.Key_F3)
        tryCompare(editor, "journeyId", "sofa")
        tryCompare(canvas, "selectedSteps", ["c08"])

        // Esc closes the bar; the map has the keys again.
        field.forceActiveFocus()
        keyClick(Qt.Key_Escape)
        verify(!findBar().visible)
    }

    function test_clickAResultAndFields() {
        openWindow("sample")
        keyClick(Qt.Key_F, Qt.ControlModifier)
        tryVerify(() => findBar().visible)
        type("TP-17")
        const finder = findBar().finder
        tryCompare(finder, "count", 2) // in both journeys
        compare(finder.results[0].stepId, "c17")
        compare(finder.results[0].journeyId, "sofa")
        const list = control("findResults")
        const row = list.itemAtIndex(0)
        verify(row)
        waitForRendering(list)
        mouseClick(row)
        tryCompare(canvas, "selectedSteps", ["c17"])

        // Nothing found: says so, Enter does nothing.
        const field = control("findField")
        field.selectAll()
        type("no such card anywhere")
        tryCompare(finder, "count", 0)
        compare(control("findCount").text, "No cards found")
        keyClick(Qt.Key_Return)
        compare(canvas.selectedSteps, ["c17"])

        // A new card is found at once (the results follow the document).
        field.selectAll()
        type("Brand new idea")
        tryCompare(finder, "count", 0)
        editor.cards.addStep("purchase", "ideas", "Brand new idea", "opportunity")
        tryCompare(finder, "count", 1)
    }

    function onScreen(id) {
        // Its middle is in the open part of the map (not under the pinned headers).
        const r = canvas.cardRect(id)
        const x = r.x + r.width / 2, y = r.y + r.height / 2
        return r.width > 0 && x > canvas.headerWidth && y > canvas.headerHeight
               && x < canvas.width && y < canvas.height
    }
}
