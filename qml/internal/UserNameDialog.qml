import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// Asked once, before the first comment: the name comments are signed with
// (a preference; Edit > Preferences changes it later).
Dialog {
    id: dialog

    objectName: "userNameDialog"

    signal named(string name)

    title: qsTr("Your name")
    modal: true
    width: 380
    standardButtons: Dialog.Ok | Dialog.Cancel
    onOpened: nameField.forceActiveFocus()
    onAccepted: {
        const name = nameField.text.trim()
        if (name.length > 0) {
            Preferences.userName = name
            dialog.named(name)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            text: qsTr("Comments are signed with your name. You can change it later in the preferences.")
            wrapMode: Text.Wrap
        }
        TextField {
            id: nameField

            objectName: "userNameField"
            Layout.fillWidth: true
            placeholderText: qsTr("Name")
            onAccepted: dialog.accept()
        }
    }
}
