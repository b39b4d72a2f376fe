import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A team workspace's state under the message bar: offline and reconnecting
// (edits are held back), or who else is here and how the connection is secured.
Rectangle {
    id: bar

    required property var team

    visible: team.isTeam
    implicitHeight: visible ? row.implicitHeight + 10 : 0
    color: team.online ? "#e8f1fe" : "#fde2e1"

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12

        Label {
            objectName: "teamState"
            Layout.fillWidth: true
            elide: Text.ElideRight
            color: bar.team.online ? "#17407a" : "#8a1c14"
            text: bar.team.online
                  ? (bar.team.people.length > 0
                     ? qsTr("Team workspace %1 — also here: %2").arg(bar.team.workspace).arg(bar.team.people.join(", "))
                     : qsTr("Team workspace %1 — nobody else here").arg(bar.team.workspace))
                  : qsTr("Offline, reconnecting… Edits are held back until the server answers.")
        }
        Label {
            objectName: "teamTls"
            color: "#4b5563"
            text: bar.team.tls
        }
    }
}
