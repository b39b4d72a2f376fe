import QtQuick
import QtTest

// File > Import journeys: a Mermaid diagram and a Waymark JSON file become
// journeys of the open document in one undo step; a broken file says what is
// wrong and changes nothing.
EditorTestCase {
    name: "ImportJourneys"

    function messageText() {
        return findChild(window.header, "messageText").text
    }

    function test_mermaidThenUndo() {
        openWindow("journey")
        const before = JSON.stringify(model())
        const count = model().journeys.length
        const id = editor.journeys.importJourneys(Qt.resolvedUrl("../data/mermaid/onboarding.mmd"))
        verify(id.length > 0, messageText())
        compare(model().journeys.length, count + 1)
        const imported = model().journeys.find(j => j.id === id)
        verify(imported.stages.length > 0)
        verify(imported.steps.length > 0)
        tryVerify(() => messageText().indexOf("onboarding.mmd") >= 0, 2000, messageText())
        // The window shows the new journey, and one undo takes it all away.
        window.journeyId = id
        tryCompare(editor, "journeyId", id)
        verify(controller.undo())
        compare(JSON.stringify(model()), before)
    }

    function test_jsonKeepsIds() {
        openWindow("journey")
        const id = editor.journeys.importJourneys(Qt.resolvedUrl("../data/json/design-example.json"))
        verify(id.length > 0, messageText())
        const j = model().journeys.find(x => x.id === id)
        verify(j.steps.some(s => s.id === "a"), "step ids from the file are kept")
    }

    function test_brokenFileChangesNothing() {
        openWindow("sample")
        const before = JSON.stringify(model())
        const id = editor.journeys.importJourneys(files.junkFile())
        compare(id, "")
        tryVerify(() => messageText().indexOf("junk.cjm") === 0, 2000, messageText())
        compare(JSON.stringify(model()), before)
        compare(controller.canUndo, false)
    }
}
