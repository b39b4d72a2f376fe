import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Waymark.App

// A picture of the document with its buttons: add or replace (a file
// dialog), paste, remove. Its area takes an image file dropped on it, and
// Ctrl+V when it has the focus (a click on it gives it) or when the mouse is
// over it and the clipboard holds an image, wherever the keyboard focus is
// (HoverPaste). Used for a card's picture and a persona's photo.
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
    property string pasteText: qsTr("Paste picture")
    property string hintText: qsTr("Drop an image here, or click here and paste it (Ctrl+V)")
    property string dialogTitle: qsTr("Choose a picture")
    property alias fileDialog: dialog
    // Main.qml hands it the image files dropped on it (its DropArea lies over
    // the window's content).
    readonly property bool acceptsPictureDrops: writable && enabled
    readonly property alias dropZone: zone

    signal fileChosen(url file)
    signal pasteRequested()
    signal removeRequested()

    function dropFile(url) {
        if (!acceptsPictureDrops)
            return false
        fileChosen(url)
        return true
    }

    spacing: 4

    Rectangle {
        id: zone

        objectName: "pictureDropZone"
        Layout.fillWidth: true
        Layout.preferredHeight: field.source.length > 0 ? field.previewHeight + 8 : hint.implicitHeight + 16
        activeFocusOnTab: field.writable
        color: drop.containsDrag ? Qt.rgba(palette.highlight.r, palette.highlight.g, palette.highlight.b, 0.12) : "transparent"
        radius: 4
        border.width: activeFocus || drop.containsDrag ? 2 : 1
        border.color: activeFocus || drop.containsDrag || hover.hovered ? palette.highlight : palette.mid

        Keys.onShortcutOverride: event => event.accepted = field.writable && event.matches(StandardKey.Paste)
        Keys.onPressed: event => {
            if (field.writable && event.matches(StandardKey.Paste)) {
                event.accepted = true
                field.pasteRequested()
            }
        }

        Image {
            objectName: "pictureImage"
            anchors.fill: parent
            anchors.margins: 4
            visible: field.source.length > 0
            source: field.source
            fillMode: Image.PreserveAspectFit
            horizontalAlignment: Image.AlignLeft
            smooth: true
        }
        Label {
            id: hint

            objectName: "pictureHint"
            anchors.fill: parent
            anchors.margins: 8
            visible: field.source.length === 0 && field.writable
            text: field.hintText
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
            font.pixelSize: 11
            color: palette.placeholderText
        }
        TapHandler {
            onTapped: zone.forceActiveFocus(Qt.MouseFocusReason)
        }
        HoverHandler {
            id: hover

            enabled: field.writable && field.enabled
        }
        HoverPaste {
            target: zone
            active: hover.hovered && field.writable && field.enabled
            onPasted: field.pasteRequested()
        }
        DropArea {
            id: drop

            anchors.fill: parent
            enabled: field.acceptsPictureDrops
            keys: ["text/uri-list"]
            onDropped: event => {
                if (event.urls.length > 0 && field.dropFile(event.urls[0]))
                    event.accept()
            }
        }
    }
    Label {
        objectName: "pictureDetails"
        Layout.fillWidth: true
        visible: field.hasPicture && field.details.length > 0
        text: field.details
        font.pixelSize: 11
        color: palette.placeholderText
    }
    Flow {
        Layout.fillWidth: true
        enabled: field.writable
        spacing: 6

        Button {
            objectName: "addPictureButton"
            text: field.hasPicture ? field.replaceText : field.addText
            onClicked: dialog.open()
        }
        Button {
            objectName: "pastePictureButton"
            text: field.pasteText
            onClicked: field.pasteRequested()
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
