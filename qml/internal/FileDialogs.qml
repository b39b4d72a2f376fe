import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Waymark.App

// The file dialogs of the window: open, and new (which asks where to save first:
// a Waymark file is written as you work).
Item {
    id: dialogs

    required property DocumentController controller
    required property MapEditor editor
    property string pendingTemplate: ""

    readonly property alias newDialog: newDialog
    // The file name field of the create dialog, once hooked (see enterAccepts).
    property var hookedField: null

    signal opened()
    signal journeyImported(string journeyId)

    function openFile() {
        openDialog.open()
    }

    function importJourneys() {
        importDialog.open()
    }

    function newFile(templateName) {
        pendingTemplate = templateName
        newDialog.open()
    }

    FileDialog {
        id: openDialog

        title: qsTr("Open a Waymark file")
        nameFilters: [qsTr("Waymark files (*.cjm)"), qsTr("All files (*)")]
        onAccepted: {
            if (dialogs.controller.open(selectedFile))
                dialogs.opened()
        }
    }

    // Qt's own file dialog does nothing on Enter in its file name field:
    // Enter there presses the accept button ("Create"), like a click.
    function enterAccepts(dialogTitle) {
        const window = dialogs.Window.window
        const field = findField(window ? window.contentItem.parent : null, dialogTitle)
        if (!field || field === hookedField)
            return
        hookedField = field
        field.accepted.connect(() => {
            // After the field's editingFinished, which names the file.
            Qt.callLater(() => {
                const siblings = field.parent.children
                for (let i = 0; i < siblings.length; ++i) {
                    const item = siblings[i]
                    if (item.standardButton !== undefined && item.standardButtons !== undefined) {
                        const button = item.standardButton(Dialog.Open) || item.standardButton(Dialog.Save)
                        if (button)
                            button.clicked()
                        else
                            item.accepted()
                        return
                    }
                }
            })
        })
    }

    // The visible file name field under `item`.
    function findField(item, dialogTitle) {
        if (!item)
            return null
        if (item.objectName === "fileNameTextField" && item.visible)
            return item
        const children = item.children || []
        for (let i = 0; i < children.length; ++i) {
            const found = findField(children[i], dialogTitle)
            if (found)
                return found
        }
        return null
    }

    FileDialog {
        id: newDialog

        title: qsTr("Create a Waymark file")
        acceptLabel: qsTr("Create")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "cjm"
        nameFilters: [qsTr("Waymark files (*.cjm)")]
        onVisibleChanged: if (visible) Qt.callLater(() => dialogs.enterAccepts(title))
        onAccepted: {
            if (dialogs.controller.create(selectedFile, dialogs.pendingTemplate))
                dialogs.opened()
        }
    }

    FileDialog {
        id: importDialog

        title: qsTr("Import journeys")
        nameFilters: [qsTr("Journey files (*.json *.mmd)"), qsTr("Waymark JSON (*.json)"),
                      qsTr("Mermaid journey (*.mmd *.mermaid)"), qsTr("All files (*)")]
        onAccepted: {
            const id = dialogs.editor.journeys.importJourneys(selectedFile)
            if (id.length > 0)
                dialogs.journeyImported(id)
        }
    }
}
