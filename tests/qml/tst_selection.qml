import QtQuick
import QtTest

// Multi-select: a rubber band (Ctrl- or Shift-drag on empty space), Ctrl-click,
// Select all; then the selected cards move or go together, as one undo step.
EditorTestCase {
    name: "Selection"

    // A rubber band around the cards `ids`, from just outside their corner.
    function band(ids, modifiers) {
        let left = 1e9, top = 1e9, right = -1e9, bottom = -1e9
        for (const id of ids) {
            canvas.ensureVisible(id)
        }
        for (const id of ids) {
            const r = canvas.cardRect(id)
            left = Math.min(left, r.x)
            top = Math.min(top, r.y)
            right = Math.max(right, r.x + r.width)
            bottom = Math.max(bottom, r.y + r.height)
        }
        const from = Qt.point(left - 6, top - 6)
        const to = Qt.point(right + 6, bottom + 6)
        compare(canvas.cardAt(from.x, from.y), "", "the band must start on empty space")
        compare(canvas.linkAt(from.x, from.y), "")
        drag(from, to, Qt.LeftButton, modifiers || Qt.ControlModifier)
    }

    function test_rubberBandSelectsTheCardsInside_data() {
        return [{tag: "Ctrl", modifiers: Qt.ControlModifier}, {tag: "Shift", modifiers: Qt.ShiftModifier}]
    }

    function test_rubberBandSelectsTheCardsInside(data) {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const b = editor.cards.addStep("awareness", "customer", "B", "action")
        const c = editor.cards.addStep("consideration", "customer", "C", "action")
        const offset = [canvas.offsetX, canvas.offsetY]
        band([a, b], data.modifiers)
        compare(canvas.selectedSteps.slice().sort(), [a, b].sort())
        compare([canvas.offsetX, canvas.offsetY], offset, "a band does not pan")
        // Delete removes both, one undo brings both back.
        keyClick(Qt.Key_Delete)
        compare(journey().steps.map(s => s.id), [c])
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(journey().steps.length, 3)
    }

    function test_ctrlBandAddsToTheSelection() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const b = editor.cards.addStep("awareness", "customer", "B", "action")
        const c = editor.cards.addStep("purchase", "customer", "C", "action")
        const pc = cardCenter(c)
        click(pc.x, pc.y)
        band([a, b], Qt.ControlModifier)
        compare(canvas.selectedSteps.slice().sort(), [a, b, c].sort())
        // A plain band replaces it.
        band([b], Qt.ShiftModifier)
        compare(canvas.selectedSteps, [b])
    }

    function test_ctrlClickTogglesThenTheSelectionMovesTogether() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const b = editor.cards.addStep("awareness", "touchpoints", "B", "touchpoint")
        const c = editor.cards.addStep("consideration", "customer", "C", "action")
        for (const id of [a, b, c]) {
            const p = cardCenter(id)
            click(p.x, p.y, Qt.LeftButton, Qt.ControlModifier)
        }
        compare(canvas.selectedSteps, [a, b, c])
        const pb = cardCenter(b)
        click(pb.x, pb.y, Qt.LeftButton, Qt.ControlModifier)
        compare(canvas.selectedSteps, [a, c], "a second Ctrl-click takes a card out")

        const before = files.json(controller)
        drag(cardCenter(c), emptyPointIn("purchase", "customer"))
        compare(jsonStep(a).stage, "purchase")
        compare(jsonStep(c).stage, "purchase")
        compare(jsonStep(b).stage, "awareness")
        compare(cellSteps("purchase", "customer").length, 2)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(files.json(controller), before, "one undo step for the whole move")
    }

    function test_selectAllThenDelete() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const b = editor.cards.addStep("use", "painpoints", "B", "painpoint")
        editor.cards.connectSteps(a, b, "flow")
        const pa = cardCenter(a)
        click(pa.x, pa.y)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        compare(canvas.selectedSteps.slice().sort(), [a, b].sort())
        keyClick(Qt.Key_Delete)
        compare(journey().steps.length, 0)
        compare(journey().links.length, 0)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(journey().steps.length, 2)
        compare(journey().links.length, 1)
    }

    function test_clickOnEmptySpaceClearsTheSelection() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const pa = cardCenter(a)
        click(pa.x, pa.y)
        compare(canvas.selectedSteps, [a])
        const e = emptyPointIn("consideration", "thoughts")
        click(e.x, e.y)
        compare(canvas.selectedSteps, [])
        keyClick(Qt.Key_Delete)
        compare(journey().steps.length, 1, "Delete with nothing selected deletes nothing")
    }
}
