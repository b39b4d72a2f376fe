import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The team server wants a password that libpq did not find (~/.pgpass,
// PGPASSFILE): asked here, handed to the controller in memory, and the field
// emptied at once. Never written to the settings or the recent list.
Dialog {
    id: dialog

    property string uri: ""
    property string shownUri: ""
    property string message: ""

    signal passwordEntered(string uri, string password)

    // Asks for `uri`'s password; `message` says why the last one was refused.
    function ask(uri, shownUri, message) {
        dialog.uri = uri
        dialog.shownUri = shownUri
        dialog.message = message
        password.text = ""
        open()
    }

    title: qsTr("Team server password")
    modal: true
    standardButtons: Dialog.Ok | Dialog.Cancel
    focus: true

    onOpened: password.forceActiveFocus()
    onAccepted: {
        const typed = password.text
        password.text = ""
        passwordEntered(uri, typed)
    }
    onRejected: password.text = ""

    ColumnLayout {
        spacing: 8

        Label {
            objectName: "teamPasswordPrompt"
            Layout.maximumWidth: 440
            wrapMode: Text.WrapAnywhere
            text: qsTr("The server of %1 asks for a password.").arg(dialog.shownUri)
        }
        TextField {
            id: password

            objectName: "teamPassword"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("Password")
            onAccepted: dialog.accept()
        }
        Label {
            objectName: "teamPasswordError"
            visible: dialog.message.length > 0
            Layout.maximumWidth: 440
            wrapMode: Text.WordWrap
            color: "#8a1c14"
            text: dialog.message
        }
        Label {
            Layout.maximumWidth: 440
            wrapMode: Text.WordWrap
            font.italic: true
            text: qsTr("Waymark keeps it in memory for this window only; to be asked no more, put it in ~/.pgpass.")
        }
    }
}
