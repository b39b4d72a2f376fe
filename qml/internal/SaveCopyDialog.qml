import QtQuick
import QtQuick.Dialogs
import Waymark.App

// File > Save a copy as…: the open document to a new .cjm file; the window
// keeps working on the original.
FileDialog {
    id: dialog

    required property DocumentController controller

    title: qsTr("Save a copy as")
    fileMode: FileDialog.SaveFile
    defaultSuffix: "cjm"
    nameFilters: [qsTr("Waymark files (*.cjm)")]
    onAccepted: dialog.controller.saveCopy(selectedFile)
}
