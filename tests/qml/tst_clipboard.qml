import QtQuick
import QtTest

// Copy, cut and paste of cards by keyboard and the context menu, within one
// document and between two windows on two files (the system clipboard).
EditorTestCase {
    name: "Clipboard"

    function selectCards(ids) {
        let first = true
        for (const id of ids) {
            const p = cardCenter(id)
            click(p.x, p.y, Qt.LeftButton, first ? Qt.NoModifier : Qt.ControlModifier)
            first = false
        }
        compare(canvas.selectedSteps.slice().sort(), ids.slice().sort())
    }

    function test_copyPasteDuplicatesCardsWithTheirLink() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "Sees an ad", "action")
        const b = editor.cards.addStep("awareness", "customer", "Visits the site", "action")
        editor.cards.connectSteps(a, b, "flow")
        editor.cards.setStepField([a], "emotion", 1)
        selectCards([a, b])
        keyClick(Qt.Key_C, Qt.ControlModifier)
        compare(files.clipboardText(), "Sees an ad\nVisits the site")
        compare(journey().steps.length, 2, "copy changes nothing")

        // Paste goes to the current card's cell and selects the new cards.
        keyClick(Qt.Key_V, Qt.ControlModifier)
        const steps = journey().steps
        compare(steps.length, 4)
        const pasted = steps.filter(s => s.id !== a && s.id !== b)
        compare(pasted.map(s => s.title).sort(), ["Sees an ad", "Visits the site"])
        verify(pasted.every(s => s.stage === "awareness" && s.lane === "customer"))
        compare(pasted.find(s => s.title === "Sees an ad").emotion, 1, "fields come along")
        compare(canvas.selectedSteps.slice().sort(), pasted.map(s => s.id).sort())
        const from = pasted.find(s => s.title === "Sees an ad").id
        const to = pasted.find(s => s.title === "Visits the site").id
        compare(linksBetween(from, to).length, 1, "the link between copied cards is pasted too")
        compare(journey().links.length, 2)

        // One undo step takes the whole paste away.
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(journey().steps.length, 2)
        compare(journey().links.length, 1)
    }

    function test_cutRemovesAndPasteHereMovesToAnotherCell() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "painpoints", "Hidden fees", "painpoint")
        const keep = editor.cards.addStep("awareness", "customer", "Pays", "action")
        selectCards([a])
        keyClick(Qt.Key_X, Qt.ControlModifier)
        compare(journey().steps.map(s => s.id), [keep])

        // Right-click an empty cell: "Paste here".
        const p = emptyPointIn("consideration", "painpoints")
        click(p.x, p.y, Qt.RightButton)
        const menu = contextMenu()
        tryVerify(() => menu.opened)
        const item = menuItem(menu, "Paste here")
        verify(item.enabled)
        settle(item)
        mouseClick(item)
        const cell = cellSteps("consideration", "painpoints")
        compare(cell.length, 1)
        compare(jsonStep(cell[0]).title, "Hidden fees")
        compare(jsonStep(cell[0]).kind, "painpoint")
    }

    function test_plainTextPastesOneCardPerLine() {
        openWindow("journey")
        const a = editor.cards.addStep("use", "thoughts", "Hm", "note")
        selectCards([a])
        files.setClipboardText("Is it the right colour?\n\nWill it fit the lift?\n")
        keyClick(Qt.Key_V, Qt.ControlModifier)
        const titles = cellSteps("use", "thoughts").map(id => jsonStep(id).title)
        compare(titles.length, 3)
        verify(titles.indexOf("Is it the right colour?") >= 0)
        verify(titles.indexOf("Will it fit the lift?") >= 0)
    }

    function test_pasteIntoAnotherDocument() {
        openWindow("sample")
        const source = journey()
        // A card with a channel and a link to a second card, both on screen
        // together (not under the minimap).
        const visible = id => {
            canvas.ensureVisible(id)
            const c = centerOf(canvas.cardRect(id))
            return c.x > canvas.headerWidth && c.x < canvas.width && c.y > canvas.headerHeight
                    && c.y < canvas.height && !onMinimap(c.x, c.y)
        }
        const link = source.links.find(l => {
            const from = source.steps.find(s => s.id === l.from)
            const to = source.steps.find(s => s.id === l.to)
            return from.channel && from.stage === to.stage && visible(l.to) && visible(l.from)
        })
        verify(link, "no link in the sample to copy")
        const ids = [link.from, link.to]
        selectCards(ids)
        keyClick(Qt.Key_C, Qt.ControlModifier)
        const copied = ids.map(id => jsonStep(id))

        // A second window on another file; the first stays open.
        const first = window
        const firstController = controller
        const path = files.newFile("journey")
        openPath(path)
        verify(window !== first)
        compare(journey().steps.length, 0)
        const target = editor.cards.addStep("consideration", "customer", "Anchor", "action")
        const t = cardCenter(target)
        click(t.x, t.y)
        keyClick(Qt.Key_V, Qt.ControlModifier)

        const steps = journey().steps
        compare(steps.length, 3)
        for (const c of copied) {
            const twin = steps.find(s => s.title === c.title)
            verify(twin, "no copy of " + c.title)
            compare(twin.kind, c.kind)
            compare(twin.stage, "consideration")
            compare(twin.description, c.description)
        }
        compare(journey().links.length, 1)
        compare(journey().links[0].kind, link.kind)
        // The source file did not change.
        compare(JSON.parse(files.json(firstController)).journeys[0].steps.length, source.steps.length)
    }

    function test_copyNeedsASelectionAndPasteAWritableTarget() {
        openWindow("journey")
        files.setClipboardText("")
        keyClick(Qt.Key_C, Qt.ControlModifier)
        compare(files.clipboardText(), "", "nothing selected: nothing copied")
        keyClick(Qt.Key_V, Qt.ControlModifier)
        compare(journey().steps.length, 0, "an empty clipboard pastes nothing")
        verify(!controller.canUndo)
    }
}
