import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Waymark.App

// A picture of the document with its buttons: add or replace (a file
// dialog), remove. Used for a card's picture and a persona's photo.
ColumnLayout {
    id: field

    // What is shown: a data: URL (editor.pictures.thumbnail/avatar), "" for none.
    property string source: ""
    property bool hasPicture: false
    property string details: ""
    property bool writable: true
    property int previewHeight: 120
    property string addText: qsTr("Add picture…")
    property string replaceText: qsTr("Replace picture…")
    property string removeText: qsTr("Remove picture")
    property string dialogTitle: qsTr("Choose a picture")
    property alias fileDialog: dialog

    signal fileChosen(url file)
    signal removeRequested()

    spacing: 4

    Image {
        objectName: "pictureImage"
        Layout.fillWidth: true
        Layout.preferredHeight: field.previewHeight
        visible: field.source.length > 0
        source: field.source
        fillMode: Image.PreserveAspectFit
        horizontalAlignment: Image.AlignLeft
        smooth: true
    }
    Label {
        objectName: "pictureDetails"
        Layout.fillWidth: true
        visible: field.hasPicture && field.details.length > 0
        text: field.details
        font.pixelSize: 11
        color: palette.placeholderText
    }
    RowLayout {
        Layout.fillWidth: true
        enabled: field.writable

        Button {
            objectName: "addPictureButton"
            text: field.hasPicture ? field.replaceText : field.addText
            onClicked: dialog.open()
        }
        Button {
            objectName: "removePictureButton"
            visible: field.hasPicture
            text: field.removeText
            onClicked: field.removeRequested()
        }
    }

    FileDialog {
        id: dialog

        objectName: "pictureFileDialog"
        title: field.dialogTitle
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"), qsTr("All files (*)")]
        onAccepted: field.fileChosen(selectedFile)
    }
}
