import QtQuick
import QtTest

// Pictures in the window (issue 14): a card's picture added through the
// inspector's file dialog and removed with its button, pasted with Ctrl+V
// (on the map, in the inspector's picture area, or with the mouse over it
// while another field has the keyboard) or its Paste button,
// dropped as a file onto an empty spot of a lane or onto the inspector; a
// persona's photo chosen, pasted or dropped in the Personas dialog.
EditorTestCase {
    name: "Pictures"

    function selectCard(id) {
        const p = cardCenter(id)
        click(p.x, p.y)
        compare(canvas.selectedSteps, [id])
    }

    function fileUrl(path) {
        return "file://" + path
    }

    // The field's file dialog, opened by its button, answered with `path`.
    function chooseFile(field, path) {
        const dialog = field.fileDialog
        dialog.currentFolder = fileUrl(path.substring(0, path.lastIndexOf("/")))
        dialog.selectedFile = fileUrl(path)
        const button = findChild(field, "addPictureButton")
        settle(button)
        mouseClick(button)
        tryVerify(() => dialog.visible, 3000, "the file dialog did not open")
        compare(String(dialog.selectedFile), fileUrl(path))
        dialog.accept()
        tryVerify(() => !dialog.visible)
    }

    function test_addAndRemoveFromTheInspector() {
        openWindow("journey")
        const id = editor.cards.addStep("awareness", "customer", "Checkout page", "touchpoint")
        selectCard(id)
        const field = control("stepPicture")
        const image = findChild(field, "pictureImage")
        verify(!image.visible, "no picture yet")
        compare(findChild(field, "addPictureButton").text, "Add picture…")

        chooseFile(field, files.imageFile("checkout.png", 320, 240))
        const picture = jsonStep(id).picture
        verify(picture && picture.indexOf("pic-") === 0, JSON.stringify(jsonStep(id)))
        compare(model().pictures.length, 1)
        compare(model().pictures[0].width, 320)
        tryVerify(() => image.visible && image.status === Image.Ready)
        compare(findChild(field, "pictureDetails").text, "320 × 240 · PNG")
        compare(findChild(field, "addPictureButton").text, "Replace picture…")

        // Remove, then undo and redo: exactly back and forth.
        const remove = findChild(field, "removePictureButton")
        settle(remove)
        mouseClick(remove)
        tryVerify(() => !jsonStep(id).picture)
        verify(model().pictures === undefined || model().pictures.length === 0)
        tryVerify(() => !image.visible)
        compare(controller.undoText, "Remove card picture")
        controller.undo()
        compare(jsonStep(id).picture, picture)
        compare(model().pictures.length, 1)
        controller.redo()
        verify(!jsonStep(id).picture)
    }

    function test_badFileIsRefusedInOneLine() {
        openWindow("journey")
        const id = editor.cards.addStep("awareness", "customer", "Shop", "touchpoint")
        selectCard(id)
        const before = files.json(controller)
        const field = control("stepPicture")
        chooseFile(field, files.textFile("notes.png", "not pixels at all\n"))
        compare(files.json(controller), before)
        const message = findChild(window.header, "messageText")
        tryVerify(() => message.text.indexOf("not a picture") >= 0, 3000, message.text)
        verify(message.text.indexOf("\n") < 0)
    }

    function test_ctrlVPutsTheClipboardImageOnTheSelectedCard() {
        openWindow("journey")
        const id = editor.cards.addStep("awareness", "customer", "Store front", "touchpoint")
        const other = editor.cards.addStep("awareness", "customer", "Other", "action")
        selectCard(id)
        files.setClipboardImage(200, 150)
        const cards = journey().steps.length
        keyClick(Qt.Key_V, Qt.ControlModifier)
        tryVerify(() => (jsonStep(id).picture || "").length > 0, 3000, "no picture pasted")
        compare(journey().steps.length, cards, "an image paste adds no card")
        verify(!jsonStep(other).picture)
        compare(model().pictures[0].mime, "image/png")
        compare(model().pictures[0].height, 150)
        const image = findChild(control("stepPicture"), "pictureImage")
        tryVerify(() => image.visible && image.status === Image.Ready)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        tryVerify(() => !jsonStep(id).picture)
    }

    function test_dropOnEmptyEvidenceSpotMakesACard() {
        openWindow("blueprint")
        const stage = journey().stages[0].id
        const before = journey().steps.length
        const p = emptyPointIn(stage, "evidence")
        const id = mapView.dropPicture(fileUrl(files.imageFile("receipt.png", 120, 200)), p.x, p.y)
        verify(id.length > 0)
        compare(journey().steps.length, before + 1)
        const s = jsonStep(id)
        compare(s.lane, "evidence")
        compare(s.kind, "evidence")
        compare(s.title, "receipt")
        verify(s.picture.length > 0)
        // One undo step takes the card and its picture.
        controller.undo()
        compare(journey().steps.length, before)
        verify(model().pictures === undefined || model().pictures.length === 0)
        // Onto a card: it becomes the card's picture.
        controller.redo()
        const other = editor.cards.addStep(stage, "customer", "Pays", "action")
        const c = cardCenter(other)
        mapView.dropPicture(fileUrl(files.imageFile("till.png", 60, 60)), c.x, c.y)
        verify(jsonStep(other).picture.length > 0)
        verify(jsonStep(other).picture !== s.picture)
    }

    // The middle of an item in the window's coordinates, where
    // Main.openDroppedFile (the window's DropArea) takes a drop.
    function windowPoint(item) {
        return item.mapToItem(window.contentItem, item.width / 2, item.height / 2)
    }

    function test_pasteIntoTheInspectorsPictureArea() {
        openWindow("journey")
        const id = editor.cards.addStep("awareness", "customer", "Checkout", "touchpoint")
        selectCard(id)
        const field = control("stepPicture")
        const zone = findChild(field, "pictureDropZone")
        verify(findChild(field, "pictureHint").visible, "the empty area says what it takes")
        // A click gives the area the focus; Ctrl+V then pastes into it.
        files.setClipboardImage(240, 180)
        settle(zone)
        mouseClick(zone)
        tryVerify(() => zone.activeFocus, 2000, "a click focuses the picture area")
        keyClick(Qt.Key_V, Qt.ControlModifier)
        tryVerify(() => (jsonStep(id).picture || "").length > 0, 3000, "no picture pasted")
        compare(model().pictures[0].width, 240)
        compare(controller.undoText, "Set card picture")
        // One undo step, whoever took the key.
        controller.undo()
        verify(!jsonStep(id).picture)
        verify(!controller.canUndo || controller.undoText !== "Set card picture")

        // The Paste button; with nothing to paste, one line and no change.
        const button = findChild(field, "pastePictureButton")
        files.setClipboardText("no image here")
        const before = files.json(controller)
        settle(button)
        mouseClick(button)
        const message = findChild(window.header, "messageText")
        tryVerify(() => message.text.indexOf("no picture on the clipboard") >= 0, 3000, message.text)
        compare(files.json(controller), before)
        files.setClipboardImage(64, 32)
        mouseClick(button)
        tryVerify(() => (jsonStep(id).picture || "").length > 0)
        compare(model().pictures[0].height, 32)
    }

    // With the mouse over the picture area, Ctrl+V pastes the clipboard's
    // image into it wherever the keyboard focus is (here: in the title
    // field, which would take the key first); with the mouse elsewhere, or
    // no image on the clipboard, the focused field gets the key as before.
    function test_ctrlVOverThePictureAreaWhileTypingElsewhere() {
        openWindow("journey")
        const id = editor.cards.addStep("awareness", "customer", "Checkout", "touchpoint")
        selectCard(id)
        const field = control("stepPicture")
        const zone = findChild(field, "pictureDropZone")
        const title = control("titleField")
        mouseClick(title)
        tryVerify(() => title.activeFocus, 2000, "a click focuses the title field")
        keyClick(Qt.Key_End)

        // Over the area, an image on the clipboard: the picture.
        files.setClipboardImage(160, 120)
        settle(zone)
        mouseMove(zone, zone.width / 2, zone.height / 2)
        keyClick(Qt.Key_V, Qt.ControlModifier)
        tryVerify(() => (jsonStep(id).picture || "").length > 0, 3000, "no picture pasted")
        compare(model().pictures[0].width, 160)
        compare(controller.undoText, "Set card picture")
        verify(title.activeFocus, "the title field keeps the keyboard")
        compare(title.text, "Checkout")
        controller.undo()
        verify(!jsonStep(id).picture)

        // Over the area, only text on the clipboard: the title field takes it.
        files.setClipboardText(" page")
        keyClick(Qt.Key_V, Qt.ControlModifier)
        tryCompare(title, "text", "Checkout page")
        verify(!jsonStep(id).picture)

        // The mouse elsewhere (over the title field), an image on the
        // clipboard: the key is the title field's, no picture is set.
        files.setClipboardImage(100, 100)
        mouseMove(title, title.width / 2, title.height / 2)
        keyClick(Qt.Key_V, Qt.ControlModifier)
        wait(50)
        verify(!jsonStep(id).picture, "a paste away from the area set a picture")
        compare(title.text, "Checkout page")

        // Back over the area, the key is the area's again; the map under
        // the inspector is not touched (no card pasted).
        const cards = journey().steps.length
        mouseMove(zone, zone.width / 2, zone.height / 2)
        keyClick(Qt.Key_V, Qt.ControlModifier)
        tryVerify(() => (jsonStep(id).picture || "").length > 0, 3000, "no picture pasted")
        compare(model().pictures.length, 1)
        compare(model().pictures[0].width, 100)
        compare(journey().steps.length, cards)
    }

    function test_dropOnTheInspectorsPictureArea() {
        openWindow("journey")
        const id = editor.cards.addStep("awareness", "customer", "Shop front", "touchpoint")
        selectCard(id)
        const steps = journey().steps.length
        const zone = findChild(control("stepPicture"), "pictureDropZone")
        settle(zone)
        const p = windowPoint(zone)
        verify(window.openDroppedFile(fileUrl(files.imageFile("shop.png", 300, 200)), p.x, p.y))
        tryVerify(() => (jsonStep(id).picture || "").length > 0, 3000, "the drop set no picture")
        compare(journey().steps.length, steps, "a drop on the inspector adds no card")
        compare(model().pictures[0].width, 300)
        controller.undo()
        verify(!jsonStep(id).picture)
    }

    function test_personaPhotoPastedAndDropped() {
        openWindow("sample")
        const steps = journey().steps.length
        editorView.openPersonas()
        const dialog = findChild(editorView, "personasDialog")
        tryVerify(() => dialog.opened)
        const field = findChild(dialog.contentItem, "personaPhoto")
        const zone = findChild(field, "pictureDropZone")
        verify(!model().personas[0].photo)
        compare(findChild(field, "pastePictureButton").text, "Paste photo")

        // Ctrl+V in the focused photo area (the menu's Paste is not active
        // under the dialog: only the area can have taken it).
        files.setClipboardImage(90, 120)
        settle(zone)
        mouseClick(zone)
        tryVerify(() => zone.activeFocus)
        keyClick(Qt.Key_V, Qt.ControlModifier)
        tryVerify(() => (model().personas[0].photo || "").length > 0, 3000, "no photo pasted")
        const pasted = model().personas[0].photo
        compare(controller.undoText, "Set persona photo")
        controller.undo()
        verify(!model().personas[0].photo)

        // An image file dropped on the photo area of the open dialog: the
        // photo, not a card on the map under the dialog.
        const p = windowPoint(zone)
        verify(window.openDroppedFile(fileUrl(files.imageFile("maria.png", 80, 80)), p.x, p.y))
        tryVerify(() => (model().personas[0].photo || "").length > 0, 3000, "the drop set no photo")
        verify(model().personas[0].photo !== pasted)
        compare(journey().steps.length, steps)
        const avatar = findChild(dialog.contentItem, "personaAvatar")
        tryVerify(() => avatar.status === Image.Ready)

        // Elsewhere on the dialog: nothing changes, nothing reaches the map.
        const before = files.json(controller)
        const q = windowPoint(findChild(dialog.contentItem, "personaNameField"))
        verify(window.openDroppedFile(fileUrl(files.imageFile("stray.png", 50, 50)), q.x, q.y))
        compare(files.json(controller), before)
        const message = findChild(window.header, "messageText")
        tryVerify(() => message.text.indexOf("picture area of the dialog") >= 0, 3000, message.text)
        keyClick(Qt.Key_Escape)
    }

    // The photo area of the Personas dialog: Ctrl+V with the mouse over it
    // while the name field has the keyboard.
    function test_personaPhotoPastedOverTheArea() {
        openWindow("sample")
        selectCard("c08")
        const cardZone = findChild(control("stepPicture"), "pictureDropZone")
        settle(cardZone)
        editorView.openPersonas()
        const dialog = findChild(editorView, "personasDialog")
        tryVerify(() => dialog.opened)
        const zone = findChild(findChild(dialog.contentItem, "personaPhoto"), "pictureDropZone")
        const name = findChild(dialog.contentItem, "personaNameField")
        settle(name)
        mouseClick(name)
        tryVerify(() => name.activeFocus)
        const before = name.text
        files.setClipboardImage(70, 70)
        settle(zone)
        mouseMove(zone, zone.width / 2, zone.height / 2)
        keyClick(Qt.Key_V, Qt.ControlModifier)
        tryVerify(() => (model().personas[0].photo || "").length > 0, 3000, "no photo pasted")
        compare(name.text, before)
        compare(controller.undoText, "Set persona photo")

        // The inspector's picture area under the modal dialog takes nothing.
        mouseMove(cardZone, cardZone.width / 2, cardZone.height / 2)
        keyClick(Qt.Key_V, Qt.ControlModifier)
        wait(100)
        verify(!jsonStep("c08").picture, "a paste under the dialog reached the card")
        compare(controller.undoText, "Set persona photo")
        keyClick(Qt.Key_Escape)
    }

    function test_personaPhoto() {
        openWindow("sample")
        editorView.openPersonas()
        const dialog = findChild(editorView, "personasDialog")
        tryVerify(() => dialog.opened)
        const field = findChild(dialog.contentItem, "personaPhoto")
        const avatar = findChild(dialog.contentItem, "personaAvatar")
        verify(field && avatar)
        tryVerify(() => avatar.status === Image.Ready, 3000, "no initials avatar")
        const persona = model().personas[0].id
        chooseFile(field, files.imageFile("maria.png", 90, 90))
        tryVerify(() => (model().personas[0].photo || "").length > 0)
        compare(findChild(field, "addPictureButton").text, "Replace photo…")
        const remove = findChild(field, "removePictureButton")
        settle(remove)
        mouseClick(remove)
        tryVerify(() => !model().personas[0].photo)
        compare(model().personas[0].id, persona)
        keyClick(Qt.Key_Escape)
    }
}
