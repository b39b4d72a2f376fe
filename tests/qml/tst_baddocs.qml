import QtQuick
import QtTest

// Damaged and foreign documents in the window: one clear line in the message
// bar, the file left as it was, and the window still opens a good file after.
EditorTestCase {
    name: "BadDocuments"

    function messageText() {
        return findChild(window.header, "messageText").text
    }

    function test_badFilesSayWhyAndChangeNothing_data() {
        const sample = files.newFile("sample")
        return [
            {tag: "not a database", path: files.junkFile()},
            {tag: "missing", path: files.missingFile()},
            {tag: "truncated", path: files.truncatedCopy(sample, 3000)},
            {tag: "only the header", path: files.truncatedCopy(sample, 100)}
        ]
    }

    function test_badFilesSayWhyAndChangeNothing(data) {
        verify(data.path.length > 0)
        const before = files.fileHash(data.path)
        openPath(data.path)
        verify(!controller.isOpen, "a bad file opened")
        const name = data.path.split("/").pop()
        tryVerify(() => messageText().indexOf(name) >= 0, 3000, "message: " + messageText())
        verify(messageText().indexOf("\n") < 0, "more than one line: " + messageText())
        compare(files.fileHash(data.path), before, "the failed open changed the file")

        // The window carries on: a good file opens, edits and undoes.
        const good = files.newFile("journey")
        verify(controller.open(good))
        tryVerify(() => editorView.ready, 10000)
        const id = editor.cards.addStep(journey().stages[0].id, journey().lanes[0].id, "After a bad file", "note")
        verify(id.length > 0)
        verify(controller.undo())
    }
}
