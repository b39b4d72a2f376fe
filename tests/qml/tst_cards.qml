import QtQuick
import QtTest

// Cards: add by double-click, edit in place, move by dragging, delete, undo/redo.
EditorTestCase {
    name: "Cards"

    function test_doubleClickAddsCardAndEditsTitle() {
        openWindow("journey")
        compare(journey().steps.length, 0)
        const p = emptyPointIn("awareness", "customer")
        doubleClick(p.x, p.y)

        compare(journey().steps.length, 1)
        const id = journey().steps[0].id
        compare(jsonStep(id).stage, "awareness")
        compare(jsonStep(id).lane, "customer")
        compare(jsonStep(id).kind, "action")
        compare(canvas.selectedSteps, [id])

        const field = inplaceEditor()
        tryVerify(() => field.visible && field.activeFocus)
        type("Sees an ad")
        keyClick(Qt.Key_Return)
        verify(!field.visible)
        compare(jsonStep(id).title, "Sees an ad")
        compare(editor.step(id).title, "Sees an ad")
        verify(mapView.activeFocus, "focus goes back to the map")
    }

    function test_doubleClickInOtherLaneKindsPicksTheKind_data() {
        return [
            {tag: "pain points", lane: "painpoints", kind: "painpoint"},
            {tag: "opportunities", lane: "opportunities", kind: "opportunity"},
            {tag: "touchpoints", lane: "touchpoints", kind: "touchpoint"},
            {tag: "thoughts", lane: "thoughts", kind: "note"}
        ]
    }

    function test_doubleClickInOtherLaneKindsPicksTheKind(data) {
        openWindow("journey")
        const p = emptyPointIn("consideration", data.lane)
        doubleClick(p.x, p.y)
        keyClick(Qt.Key_Escape) // keeps "New card"
        const steps = journey().steps
        compare(steps.length, 1)
        compare(steps[0].lane, data.lane)
        compare(steps[0].kind, data.kind)
        compare(steps[0].title, "New card")
    }

    function test_escapeKeepsTheOldTitle() {
        openWindow("journey")
        const id = editor.cards.addStep("purchase", "customer", "Pays", "action")
        const c = cardCenter(id)
        doubleClick(c.x, c.y)
        const field = inplaceEditor()
        tryVerify(() => field.visible)
        type("Something else")
        keyClick(Qt.Key_Escape)
        verify(!field.visible)
        compare(jsonStep(id).title, "Pays")
    }

    function test_enterAndF2EditTheCurrentCard_data() {
        return [{tag: "Enter", key: Qt.Key_Return}, {tag: "F2", key: Qt.Key_F2}]
    }

    function test_enterAndF2EditTheCurrentCard(data) {
        openWindow("journey")
        const id = editor.cards.addStep("awareness", "customer", "Old", "action")
        const c = cardCenter(id)
        click(c.x, c.y)
        compare(canvas.currentStep, id)
        keyClick(data.key)
        const field = inplaceEditor()
        tryVerify(() => field.visible && field.activeFocus)
        type("New")
        keyClick(Qt.Key_Enter)
        compare(jsonStep(id).title, "New")
    }

    function test_dragMovesCardToAnotherCell() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const b = editor.cards.addStep("awareness", "customer", "B", "action")
        const target = emptyPointIn("purchase", "touchpoints")
        drag(cardCenter(a), target)
        compare(jsonStep(a).stage, "purchase")
        compare(jsonStep(a).lane, "touchpoints")
        compare(jsonStep(b).stage, "awareness", "only the dragged card moves")
        // One undo step puts it back.
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(jsonStep(a).stage, "awareness")
        compare(jsonStep(a).lane, "customer")
    }

    function test_dragReordersWithinACell() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const b = editor.cards.addStep("awareness", "customer", "B", "action")
        compare(cellSteps("awareness", "customer"), [a, b])
        const ra = canvas.cardRect(a)
        // Drop B on the upper part of A: it goes before A.
        drag(cardCenter(b), Qt.point(ra.x + ra.width / 2, ra.y + 6))
        compare(cellSteps("awareness", "customer"), [b, a])
    }

    function test_dragMovesTheWholeSelection() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const b = editor.cards.addStep("awareness", "customer", "B", "action")
        const c = editor.cards.addStep("awareness", "customer", "C", "action")
        const pa = cardCenter(a), pc = cardCenter(c)
        click(pa.x, pa.y)
        click(pc.x, pc.y, Qt.LeftButton, Qt.ControlModifier)
        compare(canvas.selectedSteps.slice().sort(), [a, c].sort())
        drag(cardCenter(c), emptyPointIn("consideration", "customer"))
        compare(jsonStep(a).stage, "consideration")
        compare(jsonStep(c).stage, "consideration")
        compare(jsonStep(b).stage, "awareness")
    }

    function test_deleteKeysRemoveSelectedCards_data() {
        return [{tag: "Delete", key: Qt.Key_Delete}, {tag: "Backspace", key: Qt.Key_Backspace}]
    }

    function test_deleteKeysRemoveSelectedCards(data) {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const b = editor.cards.addStep("awareness", "customer", "B", "action")
        const c = editor.cards.addStep("consideration", "customer", "C", "action")
        editor.cards.connectSteps(a, c, "flow")
        const before = files.json(controller)
        const pa = cardCenter(a), pb = cardCenter(b)
        click(pa.x, pa.y)
        click(pb.x, pb.y, Qt.LeftButton, Qt.ShiftModifier)
        compare(canvas.selectedSteps.length, 2)
        keyClick(data.key)
        compare(journey().steps.map(s => s.id), [c])
        compare(journey().links.length, 0, "links of deleted cards go too")
        // One undo step for both, and the document is exactly as before.
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(files.json(controller), before)
    }

    function test_undoRedoKeys() {
        openWindow("journey")
        const p = emptyPointIn("awareness", "customer")
        doubleClick(p.x, p.y)
        type("First")
        keyClick(Qt.Key_Return)
        const id = journey().steps[0].id
        compare(controller.undoText.length > 0, true)

        keyClick(Qt.Key_Z, Qt.ControlModifier) // the title
        compare(jsonStep(id).title, "New card")
        keyClick(Qt.Key_Z, Qt.ControlModifier) // the card
        compare(journey().steps.length, 0)
        verify(!controller.canUndo)

        keyClick(Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
        compare(journey().steps.length, 1)
        compare(jsonStep(id).title, "New card")
        keyClick(Qt.Key_Y, Qt.ControlModifier)
        compare(jsonStep(id).title, "First")
        verify(!controller.canRedo)
    }

    function test_insertAddsACardInTheCurrentCell() {
        openWindow("journey")
        const a = editor.cards.addStep("consideration", "painpoints", "Late", "painpoint")
        const pa = cardCenter(a)
        click(pa.x, pa.y)
        keyClick(Qt.Key_Insert)
        const field = inplaceEditor()
        tryVerify(() => field.visible)
        type("Still late")
        keyClick(Qt.Key_Return)
        const cell = cellSteps("consideration", "painpoints")
        compare(cell.length, 2)
        const added = cell.filter(id => id !== a)[0]
        compare(jsonStep(added).title, "Still late")
        compare(jsonStep(added).kind, "painpoint")
    }

    function test_paletteButtonAddsCardOfItsKind_data() {
        return [{tag: "touchpoint", kind: "touchpoint"}, {tag: "evidence", kind: "evidence"},
                {tag: "note", kind: "note"}]
    }

    function test_paletteButtonAddsCardOfItsKind(data) {
        openWindow("journey", {width: 1700}) // wide enough for the palette buttons
        const a = editor.cards.addStep("consideration", "customer", "Uses it", "action")
        const pa = cardCenter(a)
        click(pa.x, pa.y)
        const button = control("palette_" + data.kind)
        mouseClick(button)
        const field = inplaceEditor()
        tryVerify(() => field.visible)
        keyClick(Qt.Key_Return)
        const cell = cellSteps("consideration", "customer")
        compare(cell.length, 2)
        compare(jsonStep(cell.filter(id => id !== a)[0]).kind, data.kind)
    }

    function test_arrowsMoveBetweenCardsAndShiftExtends() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const b = editor.cards.addStep("awareness", "customer", "B", "action")
        const c = editor.cards.addStep("consideration", "customer", "C", "action")
        const pa = cardCenter(a)
        click(pa.x, pa.y)
        keyClick(Qt.Key_Down)
        compare(canvas.currentStep, b)
        compare(canvas.selectedSteps, [b])
        keyClick(Qt.Key_Up)
        compare(canvas.currentStep, a)
        keyClick(Qt.Key_Right, Qt.ShiftModifier)
        compare(canvas.currentStep, c)
        compare(canvas.selectedSteps, [a, c])
        keyClick(Qt.Key_Escape)
        compare(canvas.selectedSteps, [])
    }

    function test_ctrlArrowsMoveCards() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const b = editor.cards.addStep("awareness", "customer", "B", "action")
        const pa = cardCenter(a)
        click(pa.x, pa.y)
        keyClick(Qt.Key_Down, Qt.ControlModifier)
        compare(cellSteps("awareness", "customer"), [b, a])
        keyClick(Qt.Key_Right, Qt.ControlModifier)
        compare(jsonStep(a).stage, "consideration")
        keyClick(Qt.Key_Left, Qt.ControlModifier)
        compare(jsonStep(a).stage, "awareness")
    }
}
