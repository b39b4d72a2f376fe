import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// Open team workspace…: a workspace on the team's PostgreSQL server. The
// password is never asked for or kept here: libpq reads ~/.pgpass (or
// PGPASSFILE).
Dialog {
    id: dialog

    required property var team

    signal openRequested(string uri)

    title: qsTr("Open team workspace")
    modal: true
    standardButtons: Dialog.Open | Dialog.Cancel

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
            Layout.preferredWidth: 260
            placeholderText: qsTr("db.example.com or a socket folder")
        }
        Label {
            text: qsTr("Port")
        }
        TextField {
            id: port

            objectName: "teamPort"
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
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("User")
        }
        TextField {
            id: user

            objectName: "teamUser"
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Workspace")
        }
        TextField {
            id: workspace

            objectName: "teamWorkspace"
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("TLS mode")
        }
        ComboBox {
            id: tlsMode

            objectName: "teamTlsMode"
            model: ["prefer", "require", "verify-ca", "verify-full", "disable"]
        }
        Label {
            Layout.columnSpan: 2
            Layout.maximumWidth: 420
            wrapMode: Text.WordWrap
            font.italic: true
            text: qsTr("Waymark never stores passwords: put yours in ~/.pgpass.")
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
