import QtQuick
import QtTest
import Waymark.App

// Workshop mode: dot voting by clicks on the map, presenting stage by stage,
// comments on cards; each checked in the model.
EditorTestCase {
    name: "Workshop"

    function stepOfKind(kind) {
        return journey().steps.find(s => s.kind === kind && onScreen(s.id))
    }

    function onScreen(id) {
        canvas.ensureVisible(id)
        const c = centerOf(canvas.cardRect(id))
        return c.x > canvas.headerWidth && c.x < canvas.width && c.y > canvas.headerHeight
                && c.y < canvas.height && !onMinimap(c.x, c.y)
    }

    function votesIn(stepId) {
        return journey().votes.filter(v => v.step === stepId).reduce((n, v) => n + v.count, 0)
    }

    function startVoting(name) {
        window.editorView.panel = "voting" // Workshop ▸ Dot voting
        const box = control("participantBox")
        mouseClick(box)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        type(name)
        keyClick(Qt.Key_Return)
        // The English plural forms (tst_qml.cpp loads English as the app does).
        tryCompare(findChild(window.contentItem, "votesLeftLabel"), "text", name + " has 5 dots left")
    }

    function test_clicksGiveDotsAndShiftClickTakesOneBack() {
        openWindow("sample")
        startVoting("Olga")
        const pain = stepOfKind("painpoint")
        verify(pain)
        const before = votesIn(pain.id)
        let p = cardCenter(pain.id)
        click(p.x, p.y)
        click(p.x, p.y)
        compare(votesIn(pain.id), before + 2)
        compare(editor.workshop.votesOf(pain.id, "Olga"), 2)
        click(p.x, p.y, Qt.LeftButton, Qt.ShiftModifier)
        compare(editor.workshop.votesOf(pain.id, "Olga"), 1)
        compare(findChild(window.contentItem, "votesLeftLabel").text, "Olga has 4 dots left")

        // Only pain points and opportunities by default: an action takes no dot.
        const action = stepOfKind("action")
        p = cardCenter(action.id)
        click(p.x, p.y)
        compare(editor.workshop.votesOf(action.id, "Olga"), 0)

        // The ranking lists the card.
        const results = control("voteResults")
        tryVerify(() => results.count > 0)
        verify(editor.workshop.voteRanking().some(r => r.step === pain.id))

        // Every dot is an undo step.
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(editor.workshop.votesOf(pain.id, "Olga"), 2)
    }

    // The box names who votes, also after a dot refreshes its list; picking
    // a name from the list switches the voter.
    function test_participantBoxShowsWhoVotes() {
        openWindow("sample")
        const pains = journey().steps.filter(s => s.kind === "painpoint")
        editor.workshop.vote(pains[0].id, "Anna", 1)
        startVoting("Zed")
        const box = control("participantBox")
        const p = cardCenter(pains[1].id)
        click(p.x, p.y)
        compare(editor.workshop.votesOf(pains[1].id, "Zed"), 1)
        tryCompare(box, "editText", "Zed")

        mouseClick(box.indicator)
        tryVerify(() => box.popup.opened)
        const row = box.model.indexOf("Anna")
        verify(row >= 0)
        const item = box.popup.contentItem.itemAtIndex(row)
        settle(item)
        mouseClick(item)
        tryCompare(findChild(window.contentItem, "votesLeftLabel"), "text", "Anna has 4 dots left")
        compare(box.editText, "Anna")
        click(p.x, p.y)
        compare(editor.workshop.votesOf(pains[1].id, "Anna"), 1)
        tryCompare(box, "editText", "Anna")
    }

    function test_dotsRunOut() {
        openWindow("sample")
        editor.journeys.setJourneyField("votesPerParticipant", 2)
        window.editorView.panel = "voting"
        const box = control("participantBox")
        mouseClick(box)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        type("Tom")
        keyClick(Qt.Key_Return)
        const pain = stepOfKind("painpoint")
        const p = cardCenter(pain.id)
        click(p.x, p.y)
        tryCompare(findChild(window.contentItem, "votesLeftLabel"), "text", "Tom has 1 dot left")
        for (let i = 0; i < 3; ++i)
            click(p.x, p.y)
        compare(editor.workshop.votesOf(pain.id, "Tom"), 2, "no more dots than the journey allows")
        compare(editor.workshop.votesLeft("Tom"), 0)
        tryCompare(findChild(window.contentItem, "votesLeftLabel"), "text", "Tom has 0 dots left")
    }

    function test_votingOffClicksSelectAgain() {
        openWindow("sample")
        startVoting("Olga")
        window.editorView.panel = "inspector"
        const pain = stepOfKind("painpoint")
        const before = votesIn(pain.id)
        const p = cardCenter(pain.id)
        click(p.x, p.y)
        compare(votesIn(pain.id), before)
        compare(canvas.selectedSteps, [pain.id])
    }

    function test_presentStageByStage() {
        openWindow("sample")
        const stages = journey().stages
        keyClick(Qt.Key_F5)
        tryVerify(() => window.editorView.presenting)
        const label = control("presentationPosition")
        compare(label.text, "Stage 1 of " + stages.length)
        const first = journey().steps.filter(s => s.stage === stages[0].id).map(s => s.id).sort()
        compare(canvas.focusSteps.slice().sort(), first, "the stage's cards are in focus")
        keyClick(Qt.Key_Right)
        compare(label.text, "Stage 2 of " + stages.length)
        compare(control("presentationStage").text, stages[1].name)
        keyClick(Qt.Key_Space)
        keyClick(Qt.Key_Left)
        compare(label.text, "Stage 2 of " + stages.length)
        verify(!controller.canUndo, "presenting changes nothing")
        // A rename shows at once.
        editor.structure.setStageField(stages[1].id, "name", "Shopping around")
        compare(control("presentationStage").text, "Shopping around")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !window.editorView.presenting)
        compare(canvas.focusSteps, [])
    }

    function test_commentOnACard() {
        Preferences.userName = ""
        openWindow("sample")
        const step = journey().steps[0]
        const p = cardCenter(step.id)
        click(p.x, p.y)
        const field = control("newCommentField")
        // Below the fold of an 800-pixel window: scroll the inspector down with the wheel.
        let flick = field.parent
        while (flick && flick.contentY === undefined)
            flick = flick.parent
        verify(flick, "the inspector scrolls")
        for (let i = 0; i < 10; ++i)
            mouseWheel(flick, 4, flick.height / 2, 0, -240)
        // The wheel flicks: the view moves over a few frames.
        tryVerify(() => field.mapToItem(window.contentItem, 0, field.height).y <= window.contentItem.height,
                  3000, "the comment field scrolled into view")
        tryVerify(() => !flick.moving)
        settle(field)
        mouseClick(field)
        tryVerify(() => field.activeFocus)
        type("Ask the showroom team")
        keyClick(Qt.Key_Return)
        // The first comment asks for the user's name, once.
        let section = field.parent
        while (section && section.nameDialog === undefined)
            section = section.parent
        verify(section, "the comments section")
        const ask = section.nameDialog
        tryVerify(() => ask.opened, 3000, "the name is asked")
        tryVerify(() => findChild(ask.contentItem, "userNameField").activeFocus)
        type("Dana")
        keyClick(Qt.Key_Return)
        tryVerify(() => !ask.visible)
        compare(Preferences.userName, "Dana")
        const comments = journey().comments.filter(c => c.step === step.id)
        compare(comments.length, 1)
        compare(comments[0].text, "Ask the showroom team")
        compare(comments[0].author, "Dana")
        compare(editor.workshop.comments(step.id).length, 1)
        compare(field.text, "", "the field is ready for the next one")
        // Ctrl+Z in the field is the field's own; Edit ▸ Undo takes the comment back.
        controller.undo()
        compare(journey().comments.filter(c => c.step === step.id).length, 0)

        // The next comment is signed at once.
        mouseClick(field)
        type("Second thought")
        keyClick(Qt.Key_Return)
        verify(!ask.visible)
        compare(journey().comments.filter(c => c.step === step.id)[0].author, "Dana")
        Preferences.userName = ""
    }
}
