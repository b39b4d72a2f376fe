import QtQuick
import QtTest

// The inspector with several cards selected: every field where they differ
// says "Mixed" (not a value that looks like one of theirs, nor "none"), and
// a change to one field changes only that field on every card.
EditorTestCase {
    name: "MixedFields"

    property var cards: []

    // Three cards that differ in every shared field, selected with the mouse.
    function selectThreeDifferentCards() {
        openWindow("journey")
        const channels = model().channels || []
        verify(channels.length >= 2, "the template has no two channels")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const b = editor.cards.addStep("consideration", "customer", "B", "painpoint")
        const c = editor.cards.addStep("awareness", "customer", "C", "action")
        editor.cards.setStepField([a], "emotion", 1)
        editor.cards.setStepField([b], "emotion", 1)
        // c has no emotion: 1, 1, none.
        editor.cards.setStepField([a], "channel", channels[0].id)
        editor.cards.setStepField([b], "channel", channels[1].id)
        editor.cards.setStepField([a], "owner", "Sales")
        editor.cards.setStepField([a], "momentOfTruth", true)
        editor.cards.setStepField([a], "priority", "high")
        editor.cards.setStepField([b], "priority", "low")
        cards = [a, b, c]
        for (let i = 0; i < cards.length; ++i) {
            const p = cardCenter(cards[i])
            click(p.x, p.y, Qt.LeftButton, i === 0 ? Qt.NoModifier : Qt.ControlModifier)
        }
        compare(canvas.selectedSteps.length, 3)
    }

    function fields() {
        return cards.map(id => {
            const s = jsonStep(id)
            return {kind: s.kind, channel: s.channel || "", owner: s.owner || "",
                    emotion: s.emotion === undefined ? null : s.emotion,
                    momentOfTruth: s.momentOfTruth || false, priority: s.priority || "none"}
        })
    }

    function checkMixed(except) {
        const mixed = "Mixed"
        if (except !== "kind")
            compare(control("kindBox").displayText, mixed)
        if (except !== "channel")
            compare(control("channelBox").displayText, mixed)
        if (except !== "owner") {
            compare(control("ownerField").text, "")
            compare(control("ownerField").placeholderText, mixed)
        }
        if (except !== "emotion") {
            compare(control("emotionMixed").text, mixed)
            for (const e of ["-2", "-1", "0", "1", "2", "none"])
                verify(!control("emotion_" + e).checked, "emotion " + e + " ticked for mixed emotions")
        }
        if (except !== "momentOfTruth")
            compare(control("momentOfTruthBox").checkState, Qt.PartiallyChecked)
        if (except !== "priority")
            compare(control("priorityBox").displayText, mixed)
    }

    function test_everyFieldThatDiffersSaysMixed() {
        selectThreeDifferentCards()
        checkMixed("")
    }

    function test_settingTheEmotionChangesOnlyTheEmotion() {
        selectThreeDifferentCards()
        const before = fields()
        mouseClick(control("emotion_2"))
        const after = fields()
        for (let i = 0; i < cards.length; ++i) {
            compare(after[i].emotion, 2)
            after[i].emotion = before[i].emotion
            compare(after[i], before[i], "only the emotion changed")
        }
        verify(!findChild(window.contentItem, "emotionMixed").visible)
        verify(control("emotion_2").checked)
        checkMixed("emotion")

        // And back to none on all: None is ticked, not Mixed.
        mouseClick(control("emotion_none"))
        verify(fields().every(f => f.emotion === null))
        verify(control("emotion_none").checked)
        verify(!findChild(window.contentItem, "emotionMixed").visible)
    }

    function test_settingThePriorityChangesOnlyThePriority() {
        selectThreeDifferentCards()
        const before = fields()
        const box = control("priorityBox")
        mouseClick(box)
        tryVerify(() => box.popup.opened)
        const list = box.popup.contentItem
        const index = editor.priorities.indexOf("medium")
        verify(index >= 0)
        let item = null
        tryVerify(() => (item = list.itemAtIndex(index)) !== null)
        waitForRendering(list)
        mouseClick(item)
        tryVerify(() => !box.popup.visible)
        const after = fields()
        for (let i = 0; i < cards.length; ++i) {
            compare(after[i].priority, "medium")
            after[i].priority = before[i].priority
            compare(after[i], before[i], "only the priority changed")
        }
        checkMixed("priority")
    }
}
