import QtQuick
import QtTest

// The personas and channels dialogs, opened from the journey panel: add,
// rename, change and delete, and what the inspector offers afterwards.
EditorTestCase {
    name: "Dialogs"

    // A visible item under `root` whose text is `text` (buttons without an object name).
    function itemWithText(root, text) {
        if (root.visible && root.text === text)
            return root
        const kids = root.children
        for (let i = 0; i < kids.length; ++i) {
            const found = itemWithText(kids[i], text)
            if (found)
                return found
        }
        return null
    }

    // The dialog of the editor view titled `title`.
    function dialogTitled(title) {
        const data = window.editorView.data
        for (let i = 0; i < data.length; ++i) {
            if (data[i] && data[i].title === title && data[i].open !== undefined)
                return data[i]
        }
        fail("no dialog " + title)
    }

    function openFromPanel(buttonText, title) {
        const button = itemWithText(window.contentItem, buttonText)
        verify(button, "no " + buttonText + " button")
        settle(button)
        mouseClick(button)
        const dialog = dialogTitled(title)
        tryVerify(() => dialog.opened, 2000, title + " did not open")
        return dialog
    }

    function field(dialog, name) {
        const f = findChild(dialog.contentItem, name)
        verify(f, "no " + name)
        settle(f)
        return f
    }

    function rename(f, text) {
        mouseClick(f)
        tryVerify(() => f.activeFocus)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        type(text)
        keyClick(Qt.Key_Return)
    }

    function pick(combo, index) {
        settle(combo)
        mouseClick(combo)
        tryVerify(() => combo.popup.opened)
        const item = combo.popup.contentItem.itemAtIndex(index)
        verify(item, "no row " + index)
        settle(item)
        mouseClick(item)
        tryVerify(() => !combo.popup.visible)
    }

    function test_addAndRenameAPersonaThenGiveItToTheJourney() {
        openWindow("journey")
        const before = model().personas.length
        const dialog = openFromPanel("Personas…", "Personas")
        mouseClick(field(dialog, "addPersonaButton"))
        compare(model().personas.length, before + 1)
        const name = field(dialog, "personaNameField")
        tryCompare(name, "text", "New persona")
        rename(name, "Olga, night-shift nurse")
        const persona = model().personas.find(p => p.name === "Olga, night-shift nurse")
        verify(persona, "the rename is in the model")
        compare(findChild(dialog.contentItem, "personaList").count, before + 1)
        dialog.close()
        tryVerify(() => !dialog.visible)

        // The journey inspector offers it, under its new name.
        const box = control("personaBox")
        const index = box.options.findIndex(o => o.id === persona.id)
        verify(index > 0)
        pick(box, index)
        compare(journey().persona, persona.id)
        compare(box.displayText, "Olga, night-shift nurse")

        // Undo: the journey's persona, the name, the persona itself.
        controller.undo()
        compare(journey().persona || "", "")
        controller.undo()
        compare(model().personas.find(p => p.id === persona.id).name, "New persona")
        controller.undo()
        compare(model().personas.length, before)
    }

    function test_renamingAPersonaShowsInTheInspector() {
        openWindow("sample")
        const persona = model().personas.find(p => p.id === journey().persona)
        verify(persona, "the sample's journey has a persona")
        const box = control("personaBox")
        compare(box.displayText, persona.name)
        editor.library.setPersonaField(persona.id, "name", "Anna, renamed")
        tryCompare(box, "displayText", "Anna, renamed")
    }

    function test_channelsDialogAddsRenamesAndDeletes() {
        openWindow("journey")
        const card = editor.cards.addStep("awareness", "touchpoints", "Sees a poster", "touchpoint")
        const dialog = openFromPanel("Channels…", "Channels")
        const list = findChild(dialog.contentItem, "channelList")
        const before = list.count
        compare(before, model().channels.length)
        mouseClick(field(dialog, "addChannelButton"))
        compare(list.count, before + 1)
        const name = field(dialog, "channelNameField")
        tryCompare(name, "text", "New channel")
        rename(name, "Billboard")
        const channel = model().channels.find(c => c.name === "Billboard")
        verify(channel)
        compare(channel.kind, "digital")
        dialog.close()
        tryVerify(() => !dialog.visible)

        // A card takes the new channel in the inspector.
        const p = cardCenter(card)
        click(p.x, p.y)
        const box = control("channelBox")
        const index = box.options.findIndex(o => o.id === channel.id)
        verify(index > 0, "the inspector offers the new channel")
        pick(box, index)
        compare(jsonStep(card).channel, channel.id)

        // Deleting the channel keeps the card, without a channel.
        editor.library.deleteChannel(channel.id)
        verify(!model().channels.some(c => c.id === channel.id))
        compare(journey().steps.length, 1)
        compare(jsonStep(card).channel || "", "")
        controller.undo()
        compare(jsonStep(card).channel, channel.id, "undo gives the card its channel back")
    }

    // A file nobody may write opens read-only even for root, and says so once:
    // in the banner, not a second time in the message bar (issue 14, bug 9).
    function test_chmod444OpensReadOnlyAndSaysSoOnce() {
        const path = files.newFile("journey")
        verify(files.makeReadOnly(path))
        openPath(path)
        verify(controller.readOnly, "a chmod 444 file opened editable")
        const banner = findChild(window.header, "readOnlyText")
        verify(banner && banner.visible, "no read-only banner")
        verify(banner.text.indexOf("read-only") >= 0, banner.text)
        wait(100)
        const message = findChild(window.header, "messageText")
        verify(!message.visible || message.text.indexOf("read-only") < 0,
               "the reason twice: " + message.text)
    }

    // A second window on a file that is open already gets it read-only: the
    // dialogs show but change nothing, and neither does the map.
    function test_readOnlyWindowChangesNothing() {
        openWindow("sample")
        const path = controller.filePath
        const before = files.json(controller)
        openPath(path)
        verify(controller.readOnly, "the second window is read-only")
        verify(window.title.indexOf("read-only") >= 0, window.title)
        let dialog = openFromPanel("Personas…", "Personas")
        verify(!field(dialog, "addPersonaButton").enabled)
        verify(!field(dialog, "personaNameField").enabled)
        dialog.close()
        tryVerify(() => !dialog.visible)
        dialog = openFromPanel("Channels…", "Channels")
        verify(!field(dialog, "addChannelButton").enabled)
        dialog.close()
        tryVerify(() => !dialog.visible)

        const s = journey().steps[0].id
        const p = cardCenter(s)
        click(p.x, p.y)
        keyClick(Qt.Key_Delete)
        doubleClick(p.x, p.y)
        verify(!inplaceEditor().visible, "no editing in place")
        const e = emptyPointIn(journey().stages[0].id, journey().lanes[1].id)
        doubleClick(e.x, e.y)
        compare(files.json(controller), before)
        verify(!controller.canUndo)
    }
}
