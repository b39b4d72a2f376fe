import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// Open team workspace…: a workspace on the team's PostgreSQL server. No
// password here: libpq reads ~/.pgpass (or PGPASSFILE), and when the server
// wants one libpq did not find, TeamPasswordDialog asks for it.
Dialog {
    id: dialog

    required property var team

    signal openRequested(string uri)

    title: qsTr("Open team workspace")
    modal: true
    standardButtons: Dialog.Open | Dialog.Cancel

    onOpened: host.forceActiveFocus()

    onAccepted: openRequested(team.buildUri(host.text, Number(port.text), database.text,
                                            user.text, workspace.text, tlsMode.currentText))

    GridLayout {
        columns: 2
        columnSpacing: 16
        rowSpacing: 8

        Label {
            text: qsTr("Host")
        }
        TextField {
            id: host

            objectName: "teamHost"
            onAccepted: dialog.accept()
            Layout.preferredWidth: 260
            placeholderText: qsTr("db.example.com or a socket folder")
        }
        Label {
            text: qsTr("Port")
        }
        TextField {
            id: port

            objectName: "teamPort"
            onAccepted: dialog.accept()
            text: "5432"
            validator: IntValidator {
                bottom: 1
                top: 65535
            }
        }
        Label {
            text: qsTr("Database")
        }
        TextField {
            id: database

            objectName: "teamDatabase"
            onAccepted: dialog.accept()
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("User")
        }
        TextField {
            id: user

            objectName: "teamUser"
            onAccepted: dialog.accept()
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Workspace")
        }
        TextField {
            id: workspace

            objectName: "teamWorkspace"
            onAccepted: dialog.accept()
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("TLS mode")
        }
        ComboBox {
            id: tlsMode

            objectName: "teamTlsMode"
            // PostgreSQL's own sslmode keywords, as libpq and its manual spell them.
            model: ["prefer", "require", "verify-ca", "verify-full", "disable"]
            Component.onCompleted: contentItem.objectName = "dataText"
        }
        Label {
            Layout.columnSpan: 2
            Layout.maximumWidth: 420
            wrapMode: Text.WordWrap
            font.italic: true
            text: qsTr("Waymark never stores passwords: it asks for yours when the server wants one, or libpq reads it from ~/.pgpass.")
        }
        Label {
            text: qsTr("Recent workspaces")
            font.bold: true
            visible: dialog.team.recentWorkspaces.length > 0
            Layout.columnSpan: 2
        }
        Repeater {
            model: dialog.team.recentWorkspaces

            delegate: ItemDelegate {
                required property string modelData

                objectName: "teamRecent"
                Layout.columnSpan: 2
                Layout.fillWidth: true
                text: modelData
                onClicked: {
                    dialog.close()
                    dialog.openRequested(modelData)
                }
            }
        }
    }
}
