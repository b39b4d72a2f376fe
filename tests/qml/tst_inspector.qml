import QtQuick
import QtTest

// The inspector: every change a person makes there lands in the model, as one undo step.
EditorTestCase {
    name: "Inspector"

    function selectCard(id) {
        const p = cardCenter(id)
        click(p.x, p.y)
        compare(canvas.selectedSteps, [id])
    }

    function pick(combo, index) {
        mouseClick(combo)
        tryVerify(() => combo.popup.opened)
        const item = combo.popup.contentItem.itemAtIndex(index)
        verify(item, "no row " + index)
        settle(item)
        mouseClick(item)
        tryVerify(() => !combo.popup.visible)
    }

    function typeInto(item, text) {
        settle(item)
        mouseClick(item)
        tryVerify(() => item.activeFocus)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        type(text)
        keyClick(Qt.Key_Return)
    }

    function test_kindCombo_data() {
        return [{tag: "pain point", kind: "painpoint"}, {tag: "opportunity", kind: "opportunity"},
                {tag: "process", kind: "process"}]
    }

    function test_kindCombo(data) {
        openWindow("journey")
        const id = editor.cards.addStep("awareness", "customer", "A", "action")
        selectCard(id)
        const combo = control("kindBox")
        compare(combo.displayText, "Action")
        pick(combo, editor.stepKinds.indexOf(data.kind))
        compare(jsonStep(id).kind, data.kind)
        compare(combo.displayText, editor.displayName("step", data.kind))
    }

    function test_ownerField() {
        openWindow("journey")
        const id = editor.cards.addStep("awareness", "customer", "A", "action")
        selectCard(id)
        typeInto(control("ownerField"), "Logistics")
        compare(jsonStep(id).owner, "Logistics")
        compare(controller.undoText.length > 0, true)
        controller.undo()
        compare(jsonStep(id).owner, "")
    }

    function test_channelCombo() {
        openWindow("journey")
        const id = editor.cards.addStep("awareness", "touchpoints", "Site", "touchpoint")
        selectCard(id)
        const combo = control("channelBox")
        const index = combo.options.findIndex(o => o.id === "web")
        verify(index > 0)
        pick(combo, index)
        compare(jsonStep(id).channel, "web")
    }

    function test_emotionButtons_data() {
        return [{tag: "-2", value: -2}, {tag: "-1", value: -1}, {tag: "0", value: 0},
                {tag: "+1", value: 1}, {tag: "+2", value: 2}]
    }

    function test_emotionButtons(data) {
        openWindow("journey")
        const id = editor.cards.addStep("awareness", "customer", "A", "action")
        selectCard(id)
        verify(jsonStep(id).emotion === undefined)
        mouseClick(control("emotion_" + data.value))
        compare(jsonStep(id).emotion, data.value)
        verify(control("emotion_" + data.value).checked)
        mouseClick(control("emotion_none"))
        verify(jsonStep(id).emotion === undefined, "None clears the emotion")
    }

    function test_momentOfTruthCheckbox() {
        openWindow("journey")
        const id = editor.cards.addStep("awareness", "customer", "A", "action")
        selectCard(id)
        const box = control("momentOfTruthBox")
        verify(!box.checked)
        mouseClick(box)
        compare(jsonStep(id).momentOfTruth, true)
        verify(box.checked)
        mouseClick(box)
        compare(jsonStep(id).momentOfTruth, false)
    }

    function test_titleField() {
        openWindow("journey")
        const id = editor.cards.addStep("awareness", "customer", "Old", "action")
        selectCard(id)
        const title = control("titleField")
        compare(title.text, "Old")
        mouseClick(title)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        type("Reads reviews")
        // A TextArea keeps Return for new lines: the edit ends when focus leaves.
        const p = cardCenter(id)
        click(p.x, p.y)
        compare(jsonStep(id).title, "Reads reviews")
    }

    function test_oneChangeForSeveralCardsIsOneUndoStep() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const b = editor.cards.addStep("consideration", "customer", "B", "action")
        const pa = cardCenter(a), pb = cardCenter(b)
        click(pa.x, pa.y)
        click(pb.x, pb.y, Qt.LeftButton, Qt.ControlModifier)
        compare(canvas.selectedSteps.length, 2)
        mouseClick(control("emotion_-1"))
        compare(jsonStep(a).emotion, -1)
        compare(jsonStep(b).emotion, -1)
        mouseClick(control("momentOfTruthBox"))
        compare(jsonStep(a).momentOfTruth, true)
        compare(jsonStep(b).momentOfTruth, true)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(jsonStep(a).momentOfTruth, false)
        compare(jsonStep(b).momentOfTruth, false)
        compare(jsonStep(a).emotion, -1)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        verify(jsonStep(a).emotion === undefined && jsonStep(b).emotion === undefined)
    }

    // Several cards that differ: "Mixed", not the first card's values as if
    // they were everyone's; a change sets only that field (issue 14, bug 1).
    function test_severalCardsShowMixed() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const b = editor.cards.addStep("consideration", "customer", "B", "painpoint")
        editor.cards.setStepField([a], "owner", "Sales")
        editor.cards.setStepField([a], "momentOfTruth", true)
        editor.cards.setStepField([a], "emotion", 2)
        editor.cards.setStepField([b], "emotion", -1)
        const pa = cardCenter(a), pb = cardCenter(b)
        click(pa.x, pa.y)
        click(pb.x, pb.y, Qt.LeftButton, Qt.ControlModifier)
        compare(canvas.selectedSteps.length, 2)

        compare(control("kindBox").displayText, "Mixed")
        const owner = control("ownerField")
        compare(owner.text, "")
        compare(owner.placeholderText, "Mixed")
        compare(control("momentOfTruthBox").checkState, Qt.PartiallyChecked)
        verify(!control("emotion_2").checked && !control("emotion_-1").checked)
        // The same channel (none) is shown as it is.
        verify(control("channelBox").displayText !== "Mixed")

        // Ticking the box sets it on both; nothing else changes.
        mouseClick(control("momentOfTruthBox"))
        compare(jsonStep(a).momentOfTruth, true)
        compare(jsonStep(b).momentOfTruth, true)
        compare(control("momentOfTruthBox").checkState, Qt.Checked)
        compare(jsonStep(a).owner, "Sales")
        compare(jsonStep(b).owner || "", "")
        compare(jsonStep(a).emotion, 2)
        compare(jsonStep(b).emotion, -1)
        compare(jsonStep(b).kind, "painpoint")
        // Leaving the mixed owner field untouched changes nobody's owner.
        mouseClick(owner)
        keyClick(Qt.Key_Tab)
        compare(jsonStep(a).owner, "Sales")
        compare(jsonStep(b).owner || "", "")
    }

    function test_journeyFieldsWhenNothingIsSelected() {
        openWindow("journey")
        compare(canvas.selectedSteps, [])
        typeInto(control("journeyNameField"), "Renew a contract")
        compare(journey().name, "Renew a contract")
        mouseClick(control("futureStateButton"))
        compare(journey().state, "future")
    }
}
