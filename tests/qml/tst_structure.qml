import QtQuick
import QtTest

// Stages and lanes: added, renamed in place, reordered and deleted from their
// headers (double-click and right-click menu), a lane's kind changed, and every
// change undone and redone by keyboard.
EditorTestCase {
    name: "Structure"

    function stageIds() {
        return journey().stages.map(s => s.id)
    }

    function laneIds() {
        return journey().lanes.map(l => l.id)
    }

    function stageNamed(name) {
        return journey().stages.find(s => s.name === name)
    }

    function laneNamed(name) {
        return journey().lanes.find(l => l.name === name)
    }

    // Right-click on a header and pick an entry of its menu.
    function headerMenu(kind, id, text) {
        const p = headerPoint(kind, id)
        click(p.x, p.y, Qt.RightButton)
        const menu = contextMenu()
        tryVerify(() => menu.opened, 2000, "the header menu did not open")
        const item = menuItem(menu, text)
        verify(item.visible && item.enabled, text + " is not available")
        settle(item)
        mouseClick(item)
        tryVerify(() => !menu.visible)
    }

    function headerField() {
        const field = findChild(mapView, "headerEditor")
        verify(field)
        tryVerify(() => field.visible && field.activeFocus, 2000, "no header editor")
        return field
    }

    function undo() {
        keyClick(Qt.Key_Z, Qt.ControlModifier)
    }

    function redo() {
        keyClick(Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    }

    function test_doubleClickRenamesAStageInPlace() {
        openWindow("journey")
        const p = headerPoint("stage", "consideration")
        doubleClick(p.x, p.y)
        const field = headerField()
        compare(field.text, "Consideration")
        type("Compare offers")
        keyClick(Qt.Key_Return)
        verify(!field.visible)
        compare(journey().stages[1].name, "Compare offers")
        compare(journey().stages[1].id, "consideration", "a rename keeps the id")
        verify(mapView.activeFocus, "keys go back to the map")
        undo()
        compare(journey().stages[1].name, "Consideration")
        redo()
        compare(journey().stages[1].name, "Compare offers")
    }

    function stageIn(journeyId, stageId) {
        const j = model().journeys.find(j => j.id === journeyId)
        verify(j, "no journey " + journeyId)
        return j.stages.find(s => s.id === stageId)
    }

    // Another journey shown while a stage name is typed (a shortcut, a team
    // mate's change: the field keeps the focus): the name goes to the stage
    // it was typed on, and the other journey's stage of the same id keeps its own.
    function test_nameBeingTypedGoesToItsJourneyOnSwitch() {
        openWindow("sample")
        compare(editor.journeyId, "sofa")
        const stage = journey().stages[1]
        const otherName = stageIn("sofa-future", stage.id).name
        const p = headerPoint("stage", stage.id)
        doubleClick(p.x, p.y)
        const field = headerField()
        type("Typed stage")
        editor.journeyId = "sofa-future"
        verify(!field.visible, "the field stays open over the other journey")
        compare(stageIn("sofa", stage.id).name, "Typed stage")
        compare(stageIn("sofa-future", stage.id).name, otherName)
        keyClick(Qt.Key_Return)
        compare(stageIn("sofa-future", stage.id).name, otherName)
    }

    function test_doubleClickRenamesALaneAndEscapeCancels() {
        openWindow("journey")
        let p = headerPoint("lane", "thoughts")
        doubleClick(p.x, p.y)
        let field = headerField()
        type("Never mind")
        keyClick(Qt.Key_Escape)
        verify(!field.visible)
        compare(laneNamed("Thoughts").id, "thoughts")
        verify(!controller.canUndo, "a cancelled rename is no edit")

        p = headerPoint("lane", "thoughts")
        doubleClick(p.x, p.y)
        field = headerField()
        type("What she thinks")
        keyClick(Qt.Key_Enter)
        compare(journey().lanes.find(l => l.id === "thoughts").name, "What she thinks")
    }

    function test_insertStageAfterFromTheHeaderMenu() {
        openWindow("journey")
        const before = stageIds()
        headerMenu("stage", "purchase", "Insert stage after")
        const field = headerField()
        type("Financing")
        keyClick(Qt.Key_Return)
        const after = journey().stages
        compare(after.length, before.length + 1)
        compare(after[3].name, "Financing")
        compare(after[2].id, "purchase")
        compare(after[4].id, "delivery")
        // The new column is on the map and takes cards.
        const added = editor.cards.addStep(after[3].id, "customer", "Applies for credit", "action")
        verify(canvas.cardRect(added).width > 0)
        // Three undo steps: the card, the name, the stage.
        undo()
        undo()
        undo()
        compare(stageIds(), before)
        redo()
        compare(stageIds().length, before.length + 1)
    }

    function test_addStageFromTheJourneyMenuGoesLast() {
        openWindow("journey")
        window.editorView.addStage() // Journey ▸ Add stage
        const field = headerField()
        compare(field.text, "New stage")
        keyClick(Qt.Key_Return) // keeps the name
        const stages = journey().stages
        compare(stages.length, 7)
        compare(stages[6].name, "New stage")
    }

    // In a window too narrow for every stage, the new last stage comes into
    // view and the rename box sits on it, not over the first stage (bug 5).
    function test_addStageScrollsToTheNewStage() {
        openWindow("journey", {width: 1024, height: 700})
        canvas.zoomTo(1)
        window.editorView.addStage()
        const field = headerField()
        tryVerify(() => field.visible)
        const id = journey().stages[6].id
        const p = field.mapToItem(canvas, field.width / 2, field.height / 2)
        compare(canvas.headerAt(p.x, canvas.headerHeight / 2).id, id, "the rename box is not on the new stage")
        keyClick(Qt.Key_Return)
    }

    function test_moveStageRightAndLeft() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "Sees an ad", "action")
        headerMenu("stage", "awareness", "Move stage right")
        compare(stageIds().slice(0, 2), ["consideration", "awareness"])
        compare(jsonStep(a).stage, "awareness", "cards move with their stage")
        verify(canvas.cardRect(a).x > canvas.cardRect(a).width, "the card is drawn in the second column")
        headerMenu("stage", "awareness", "Move stage left")
        compare(stageIds().slice(0, 2), ["awareness", "consideration"])
        undo()
        compare(stageIds().slice(0, 2), ["consideration", "awareness"])
        undo()
        compare(stageIds().slice(0, 2), ["awareness", "consideration"])
    }

    function test_deleteStageTakesItsCardsAndUndoBringsThemBack() {
        openWindow("journey")
        const a = editor.cards.addStep("consideration", "customer", "Compares", "action")
        const b = editor.cards.addStep("purchase", "customer", "Pays", "action")
        editor.cards.connectSteps(a, b, "flow")
        const before = files.json(controller)
        headerMenu("stage", "consideration", "Delete stage")
        verify(stageIds().indexOf("consideration") < 0)
        compare(journey().steps.map(s => s.id), [b])
        compare(journey().links.length, 0)
        undo()
        compare(files.json(controller), before, "one undo step restores the stage, its card and link")
    }

    function test_insertLaneBelowRenameAndReorder() {
        openWindow("journey")
        headerMenu("lane", "customer", "Insert lane below")
        headerField()
        type("Staff")
        keyClick(Qt.Key_Return)
        const lanes = journey().lanes
        compare(lanes[1].name, "Staff")
        compare(lanes[1].kind, "custom")
        const staff = lanes[1].id
        headerMenu("lane", staff, "Move lane down")
        compare(laneIds().indexOf(staff), 2)
        headerMenu("lane", staff, "Move lane up")
        headerMenu("lane", staff, "Move lane up")
        compare(laneIds()[0], staff)
        undo()
        undo()
        compare(laneIds().indexOf(staff), 2)
    }

    function test_laneKindFromTheSubmenu() {
        openWindow("journey")
        const p = headerPoint("lane", "thoughts")
        click(p.x, p.y, Qt.RightButton)
        const menu = contextMenu()
        tryVerify(() => menu.opened)
        const kinds = menuItem(menu, "Lane kind")
        settle(kinds)
        mouseClick(kinds)
        const sub = kinds.subMenu
        verify(sub)
        tryVerify(() => sub.opened, 2000, "the lane kind menu did not open")
        const target = editor.displayName("lane", "backstage")
        let item = null
        for (let i = 0; i < sub.count; ++i) {
            if (sub.itemAt(i).text === target)
                item = sub.itemAt(i)
        }
        verify(item, "no " + target + " in the lane kind menu")
        settle(item)
        mouseClick(item)
        tryVerify(() => !menu.visible)
        compare(journey().lanes.find(l => l.id === "thoughts").kind, "backstage")
        // A card added there now defaults to the lane's new kind.
        const cell = emptyPointIn("awareness", "thoughts")
        doubleClick(cell.x, cell.y)
        keyClick(Qt.Key_Escape)
        compare(journey().steps[0].kind, "process")
        undo()
        undo()
        compare(journey().lanes.find(l => l.id === "thoughts").kind, "thoughts")
    }

    function test_deleteLaneFromItsMenu() {
        openWindow("journey")
        editor.cards.addStep("use", "painpoints", "Wobbly legs", "painpoint")
        const keep = editor.cards.addStep("use", "customer", "Sits", "action")
        headerMenu("lane", "painpoints", "Delete lane")
        verify(laneIds().indexOf("painpoints") < 0)
        compare(journey().steps.map(s => s.id), [keep])
        undo()
        compare(laneIds().indexOf("painpoints"), 4)
        compare(journey().steps.length, 2)
    }
}
