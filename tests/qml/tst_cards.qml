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

    // The lane's kind picks the new card's kind in core (model/lanerules):
    // a frontstage action in the frontstage lane (issue 14), a process behind it.
    function test_blueprintLanesPickTheKind_data() {
        return [
            {tag: "frontstage", lane: "frontstage", kind: "action"},
            {tag: "backstage", lane: "backstage", kind: "process"},
            {tag: "evidence", lane: "evidence", kind: "evidence"}
        ]
    }

    function test_blueprintLanesPickTheKind(data) {
        openWindow("blueprint")
        const p = emptyPointIn("consideration", data.lane)
        doubleClick(p.x, p.y)
        keyClick(Qt.Key_Escape)
        const steps = journey().steps
        compare(steps.length, 1)
        compare(steps[0].lane, data.lane)
        compare(steps[0].kind, data.kind)
    }

    // The Emotions lane holds the curve of the cards' emotions: no card goes
    // there, by double-click, by drag or by a call (issue 14, bug 7).
    function test_noCardsInTheEmotionsLane() {
        openWindow("journey")
        const p = emptyPointIn("consideration", "emotions")
        doubleClick(p.x, p.y)
        compare(journey().steps.length, 0, "a card was added in the Emotions lane")
        verify(!inplaceEditor().visible)

        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const target = emptyPointIn("purchase", "emotions")
        drag(cardCenter(a), target)
        compare(jsonStep(a).lane, "customer", "the card was dropped into the Emotions lane")
        compare(editor.cards.addStep("awareness", "emotions", "B", "note"), "")
        compare(journey().steps.length, 1)
    }

    // A card kind dragged from the toolbar: the cell under the pointer shows
    // where it lands, and a quick drag lands there (issue 14, bug 6).
    function test_paletteDragPreviewsAndLandsUnderThePointer() {
        openWindow("journey", {width: 1500})
        const button = findChild(window.contentItem, "palette_painpoint")
        verify(button && button.visible)
        const target = emptyPointIn("purchase", "painpoints")
        const to = button.mapFromItem(canvas, target.x, target.y)
        const preview = findChild(mapView, "dropPreview")
        // Pressed off the button's corner: the drop still lands under the pointer.
        const from = Qt.point(button.width - 6, button.height - 6)
        mousePress(button, from.x, from.y)
        mouseMove(button, from.x + 12, from.y + 12)
        mouseMove(button, to.x, to.y)
        tryVerify(() => preview.visible, 1000, "no drop preview over the map")
        const r = canvas.cellRectAt(target.x, target.y)
        compare(preview.x, r.x)
        compare(preview.y, r.y)
        mouseRelease(button, to.x, to.y)
        tryVerify(() => !preview.visible)
        const cell = cellSteps("purchase", "painpoints")
        compare(cell.length, 1, "the card landed elsewhere")
        compare(jsonStep(cell[0]).kind, "painpoint")
    }

    // A title typed in place and not confirmed with Enter is kept when the
    // window closes (issue 14, bug 2); File ▸ Close commits it the same way.
    function test_titleBeingTypedIsKeptOnClose() {
        openWindow("journey")
        const path = controller.filePath
        const a = editor.cards.addStep("awareness", "customer", "Old", "action")
        const p = cardCenter(a)
        doubleClick(p.x, p.y)
        const field = inplaceEditor()
        tryVerify(() => field.visible && field.activeFocus)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        type("Typed")
        window.close()
        openPath(path)
        compare(jsonStep(a).title, "Typed")
    }

    function stepIn(journeyId, stepId) {
        const j = model().journeys.find(j => j.id === journeyId)
        verify(j, "no journey " + journeyId)
        return j.steps.find(s => s.id === stepId)
    }

    // Another journey chosen in the list while a title is typed: the title
    // goes to its own card, the editor closes, and Enter then writes nothing
    // into the other journey's card of the same id.
    function test_titleBeingTypedGoesToItsJourneyOnSwitch() {
        openWindow("sample")
        compare(editor.journeyId, "sofa")
        const otherTitle = stepIn("sofa-future", "c03").title
        const p = cardCenter("c03")
        doubleClick(p.x, p.y)
        const field = inplaceEditor()
        tryVerify(() => field.visible && field.activeFocus)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        type("Typed title")
        const list = findChild(window.contentItem, "journeyList")
        mouseClick(list.itemAtIndex(1))
        tryCompare(editor, "journeyId", "sofa-future")
        verify(!field.visible, "the editor stays open over the other journey")
        compare(stepIn("sofa", "c03").title, "Typed title")
        keyClick(Qt.Key_Return)
        compare(stepIn("sofa-future", "c03").title, otherTitle)
        compare(stepIn("sofa", "c03").title, "Typed title")
    }

    // The card deleted under the editor (undo of its creation): nothing is
    // written anywhere, and the editor does not stay over an empty cell.
    function test_editorClosesWhenItsCardGoes() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "Old", "action")
        const p = cardCenter(a)
        doubleClick(p.x, p.y)
        const field = inplaceEditor()
        tryVerify(() => field.visible && field.activeFocus)
        type("Typed")
        const before = journey().steps.length
        editor.cards.deleteItems([a], [])
        verify(!field.visible, "the editor stays open without its card")
        compare(journey().steps.length, before - 1)
        keyClick(Qt.Key_Return)
        compare(journey().steps.length, before - 1)
        verify(journey().steps.every(s => s.title !== "Typed"))
    }
}
