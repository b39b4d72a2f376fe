import QtQuick
import QtTest

// Several journeys in one file: the list switches the map, a journey is
// duplicated as its future state, new ones are added and deleted, all undoable.
EditorTestCase {
    name: "Journeys"

    function journeyList() {
        return control("journeyList")
    }

    // Click the row of a journey in the list on the left.
    function clickJourney(id) {
        const list = journeyList()
        const row = window.editorView.journeys.indexOf(id)
        verify(row >= 0, "no journey " + id)
        list.positionViewAtIndex(row, 0)
        const item = list.itemAtIndex(row)
        verify(item, "row " + row + " is not shown")
        settle(item)
        mouseClick(item)
    }

    function test_listSwitchesTheMap() {
        openWindow("sample")
        const all = model().journeys
        compare(all.length, 2)
        compare(editor.journeyId, all[0].id)
        compare(journeyList().count, 2)
        const firstCards = canvas.allSteps().length
        compare(firstCards, all[0].steps.length)

        clickJourney(all[1].id)
        compare(editor.journeyId, all[1].id)
        compare(canvas.journeyId, all[1].id)
        tryVerify(() => canvas.ready)
        compare(canvas.allSteps().length, all[1].steps.length)
        compare(canvas.selectedSteps, [], "a switch leaves no stale selection")
        compare(control("journeyNameField").text, all[1].name)

        // Editing goes to the journey shown.
        const p = emptyPointIn(all[1].stages[0].id, all[1].lanes[1].id)
        doubleClick(p.x, p.y)
        type("Only in the future")
        keyClick(Qt.Key_Return)
        const after = model().journeys
        compare(after[1].steps.length, all[1].steps.length + 1)
        compare(after[0].steps.length, all[0].steps.length)

        clickJourney(all[0].id)
        compare(canvas.allSteps().length, all[0].steps.length)
    }

    function test_duplicateAsFutureState() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "Sees an ad", "action")
        const b = editor.cards.addStep("purchase", "painpoints", "Hidden fees", "painpoint")
        editor.cards.connectSteps(a, b, "flow")
        editor.journeys.setJourneyField("name", "Renew a contract")
        const original = journey()
        mouseClick(control("duplicateJourneyButton"))

        const all = model().journeys
        compare(all.length, 2)
        const copy = all.find(j => j.id !== original.id)
        compare(editor.journeyId, copy.id, "the copy is shown")
        compare(copy.state, "future")
        compare(all.find(j => j.id === original.id).state, "current")
        verify(copy.name.indexOf("Renew a contract") >= 0, copy.name)
        compare(copy.steps.map(s => s.title).sort(), original.steps.map(s => s.title).sort())
        compare(copy.links.length, 1)
        compare(copy.stages.map(s => s.id), original.stages.map(s => s.id))
        compare(journeyList().count, 2)
        compare(canvas.allSteps().length, 2)

        // The copy is independent: deleting a card there keeps the original's.
        const painpoint = copy.steps.find(s => s.title === "Hidden fees").id
        const p = cardCenter(painpoint)
        click(p.x, p.y)
        keyClick(Qt.Key_Delete)
        compare(journey().steps.length, 1)
        compare(model().journeys.find(j => j.id === original.id).steps.length, 2)

        // Two undo steps: the delete, then the duplicate; the list follows.
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(model().journeys.length, 1)
        tryCompare(journeyList(), "count", 1)
        compare(editor.journeyId, original.id, "the window falls back to a journey that exists")
    }

    function test_newJourneyAndDeleteWithConfirmation() {
        openWindow("journey")
        const first = editor.journeyId
        mouseClick(control("addJourneyButton"))
        const all = model().journeys
        compare(all.length, 2)
        const added = all.find(j => j.id !== first)
        compare(editor.journeyId, added.id)
        verify(added.stages.length > 0 && added.lanes.length > 0, "a new journey has the template's frame")
        compare(added.steps.length, 0)

        window.editorView.deleteJourney() // Journey ▸ Delete journey
        // The confirmation: OK deletes.
        let confirm = null
        const data = window.editorView.data
        for (let i = 0; i < data.length; ++i) {
            if (data[i] && data[i].title === "Delete journey")
                confirm = data[i]
        }
        verify(confirm, "no confirmation dialog")
        tryVerify(() => confirm.opened)
        compare(model().journeys.length, 2, "nothing goes before OK")
        confirm.accept()
        tryCompare(journeyList(), "count", 1)
        compare(model().journeys.map(j => j.id), [first])
        compare(editor.journeyId, first)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(model().journeys.length, 2)
    }

    function test_journeyPropertiesPerJourney() {
        openWindow("sample")
        const all = model().journeys
        clickJourney(all[1].id)
        const scenario = control("scenarioField")
        mouseClick(scenario)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        type("Buys for a new flat")
        // A TextArea keeps Return and Tab: the edit ends when the map takes focus.
        const e = emptyPointIn(all[1].stages[1].id, all[1].lanes[1].id)
        click(e.x, e.y)
        compare(model().journeys[1].scenario, "Buys for a new flat")
        compare(model().journeys[0].scenario, all[0].scenario)
    }
}
