import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One line at the top of the window: what went wrong, or what happened.
Rectangle {
    id: bar

    property bool isError: false
    property alias text: label.text

    function show(message, error) {
        label.text = message
        isError = error
        visible = true
        hideTimer.restart()
    }

    implicitHeight: visible ? row.implicitHeight + 12 : 0
    visible: false
    color: isError ? "#fde8e8" : "#e7f0fe"

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 6

        Label {
            id: label

            objectName: "messageText"
            Layout.fillWidth: true
            color: bar.isError ? "#991b1b" : "#1e3a8a"
            wrapMode: Text.Wrap
        }

        ToolButton {
            text: "✕"
            Accessible.name: qsTr("Close message")
            onClicked: bar.visible = false
        }
    }

    Timer {
        id: hideTimer

        interval: bar.isError ? 12000 : 6000
        onTriggered: bar.visible = false
    }
}
