import QtQuick
import QtQuick.Dialogs
import Waymark.App

// File > Save a copy as…: the open document to a new .cjm file; the window
// keeps working on the original.
SaveFileDialog {
    id: dialog

    required property DocumentController controller

    objectName: "saveCopyDialog"
    title: qsTr("Save a copy as")
    defaultSuffix: "cjm"
    nameFilters: [qsTr("Waymark files (*.cjm)")]
    onAccepted: dialog.controller.saveCopy(selectedFile)
}
