import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Presenting a map stage by stage: the stage, where we are, and a timer.
Rectangle {
    id: bar

    property string stageName: ""
    property int stage: 0
    property int stages: 0
    property int minutes: 5
    property int remaining: minutes * 60 // seconds; below zero is overtime
    property bool running: false

    signal previous()
    signal next()
    signal exitRequested()

    function resetTimer() {
        remaining = minutes * 60
    }

    function clock(seconds) {
        const s = Math.abs(seconds)
        const text = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0")
        return seconds < 0 ? "+" + text : text
    }

    implicitHeight: 64
    color: "#1e3a5f"

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 20
        anchors.rightMargin: 12
        spacing: 16

        Label {
            objectName: "presentationStage"
            Layout.fillWidth: true
            text: bar.stageName
            color: "white"
            font.pixelSize: 26
            font.bold: true
            elide: Text.ElideRight
        }
        Label {
            objectName: "presentationPosition"
            text: qsTr("Stage %1 of %2").arg(bar.stage + 1).arg(bar.stages)
            color: "white"
            opacity: 0.8
        }
        Label {
            objectName: "presentationTimer"
            text: bar.clock(bar.remaining)
            color: bar.remaining < 0 ? "#fca5a5" : "white"
            font.pixelSize: 24
            font.family: "DejaVu Sans Mono"
        }
        Button {
            text: bar.running ? qsTr("Pause") : qsTr("Start")
            onClicked: bar.running = !bar.running
        }
        SpinBox {
            from: 1
            to: 60
            value: bar.minutes
            onValueModified: {
                bar.minutes = value
                bar.resetTimer()
            }
            ToolTip.text: qsTr("Minutes per stage")
            ToolTip.visible: hovered
        }
        Button {
            text: "‹"
            enabled: bar.stage > 0
            Accessible.name: qsTr("Previous stage")
            onClicked: bar.previous()
        }
        Button {
            text: "›"
            enabled: bar.stage < bar.stages - 1
            Accessible.name: qsTr("Next stage")
            onClicked: bar.next()
        }
        Button {
            text: qsTr("End")
            onClicked: bar.exitRequested()
        }
    }

    Timer {
        interval: 1000
        repeat: true
        running: bar.running
        onTriggered: bar.remaining -= 1
    }
}
