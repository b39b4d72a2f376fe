import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// Sticky notes on one card: who wrote what, when; add and remove.
ColumnLayout {
    id: box

    required property MapEditor editor
    required property string stepId
    property bool writable: true
    // Asks the user's name before the first comment.
    readonly property alias nameDialog: askName
    readonly property var comments: { editor.document.revision; return editor.workshop.comments(stepId) }

    spacing: 4

    FieldLabel {
        text: qsTr("Comments (%1)").arg(box.comments.length)
    }

    Repeater {
        model: box.comments
        delegate: Rectangle {
            id: noteItem

            required property var modelData

            Layout.fillWidth: true
            implicitHeight: note.implicitHeight + 12
            radius: 4
            color: "#fef9c3"
            border.color: "#eab308"

            ColumnLayout {
                id: note

                anchors.fill: parent
                anchors.margins: 6
                spacing: 2

                RowLayout {
                    Label {
                        Layout.fillWidth: true
                        //: comment header: author, date and time
                        text: qsTr("%1 · %2").arg(noteItem.modelData.author || qsTr("Anonymous"))
                                             .arg(noteItem.modelData.created.toLocaleString(Qt.locale(Preferences.language), Locale.ShortFormat))
                        font.pixelSize: 11
                        color: "#713f12"
                        elide: Text.ElideRight
                    }
                    ToolButton {
                        text: "✕"
                        visible: box.writable
                        implicitHeight: 22
                        implicitWidth: 22
                        Accessible.name: qsTr("Delete comment")
                        onClicked: box.editor.workshop.deleteComment(noteItem.modelData.id)
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: noteItem.modelData.text
                    wrapMode: Text.Wrap
                    color: "#422006"
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: box.writable

        TextField {
            id: newComment

            objectName: "newCommentField"
            Layout.fillWidth: true
            placeholderText: qsTr("Add a comment as %1").arg(Preferences.userName || qsTr("Anonymous"))
            onAccepted: {
                // The name is asked once, then kept in the preferences.
                if (Preferences.userName.length === 0) {
                    askName.open()
                    return
                }
                if (box.editor.workshop.addComment(box.stepId, Preferences.userName, text))
                    text = ""
            }
        }
        Button {
            text: qsTr("Add")
            enabled: newComment.text.trim().length > 0
            onClicked: newComment.accepted()
        }
    }

    UserNameDialog {
        id: askName

        objectName: "userNameDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        onNamed: newComment.accepted()
    }
}
