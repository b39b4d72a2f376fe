import QtQuick
import QtQuick.Controls
import QtTest

// The file dialogs that write a file (issue 14): "Save a copy as…" and
// "Print to a PDF file" say "Save", not Qt's default "Open", and Enter in
// their file name field saves, as in the create-file dialog.
EditorTestCase {
    name: "SaveDialogs"

    function folderOf(path) {
        return path.replace(/\/[^/]*$/, "")
    }

    // The visible file name field of Qt's dialog, and its accept button.
    function nameField() {
        let field = null
        tryVerify(() => (field = findChild(window.contentItem.parent, "fileNameTextField")) && field.visible,
                  3000, "no file name field")
        return field
    }
    function acceptButton(field) {
        const siblings = field.parent.children
        for (let i = 0; i < siblings.length; ++i) {
            const box = siblings[i]
            if (box.standardButton !== undefined && box.standardButtons !== undefined)
                return box.standardButton(Dialog.Open) || box.standardButton(Dialog.Save)
        }
        return null
    }

    // Types `name` into the field with real keys and presses Enter.
    function typeNameAndEnter(field, name) {
        settle(field)
        mouseClick(field)
        tryVerify(() => field.activeFocus)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        keyClick(Qt.Key_Delete)
        type(name)
        keyClick(Qt.Key_Return)
    }

    function test_saveCopyDialogSavesOnEnter() {
        const original = files.newFile("journey")
        openPath(original)
        const dialog = findChild(window, "saveCopyDialog")
        verify(dialog)
        dialog.currentFolder = "file://" + folderOf(original)
        window.saveCopyDialog()
        tryVerify(() => dialog.visible)
        const field = nameField()
        const button = acceptButton(field)
        verify(button, "no accept button")
        compare(button.text, "Save")
        typeNameAndEnter(field, "room-copy")
        tryVerify(() => !dialog.visible, 3000, "Enter did not accept the dialog")
        const copy = folderOf(original) + "/room-copy.cjm"
        tryVerify(() => files.fileHash(copy).length > 0, 5000, "no copy at " + copy)
        // The window keeps working on the original.
        compare(controller.filePath, original)
    }

    function test_printToPdfDialogChoosesOnEnter() {
        const original = files.newFile("journey")
        openPath(original)
        window.openPrintDialog()
        const print = findChild(window, "printDialog")
        tryVerify(() => print.opened)
        const printers = findChild(print.contentItem, "printerBox")
        printers.currentIndex = printers.count - 1 // PDF file
        const dialog = print.pdfFileDialog
        verify(dialog)
        dialog.currentFolder = "file://" + folderOf(original)
        dialog.open()
        tryVerify(() => dialog.visible)
        const field = nameField()
        const button = acceptButton(field)
        verify(button, "no accept button")
        compare(button.text, "Save")
        typeNameAndEnter(field, "handout")
        tryVerify(() => !dialog.visible, 3000, "Enter did not accept the dialog")
        tryVerify(() => print.pdfPath.toString().endsWith("/handout.pdf"), 3000, "pdfPath: " + print.pdfPath)
        print.close()
    }
}
