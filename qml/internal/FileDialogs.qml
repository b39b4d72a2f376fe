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

    SaveFileDialog {
        id: newDialog

        title: qsTr("Create a Waymark file")
        acceptLabel: qsTr("Create")
        defaultSuffix: "cjm"
        nameFilters: [qsTr("Waymark files (*.cjm)")]
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
