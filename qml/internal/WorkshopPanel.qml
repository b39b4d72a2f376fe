import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// Dot voting: who is voting, how many dots each has, and the results.
Pane {
    id: panel

    required property MapEditor editor
    property bool writable: true
    property string participant: Preferences.userName
    property bool onlyIssues: true
    readonly property int revision: editor.document ? editor.document.revision : 0
    readonly property int dotsLeft: { revision; return editor.workshop.votesLeft(participant) }
    readonly property var ranking: { revision; return editor.workshop.voteRanking() }

    signal closeRequested()
    signal exportRequested()

    // Whether a card may take votes under the current rule.
    function votable(stepId) {
        if (!onlyIssues)
            return true
        const kind = editor.step(stepId).kind
        return kind === "painpoint" || kind === "opportunity"
    }

    padding: 12

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Label {
                Layout.fillWidth: true
                text: qsTr("Dot voting")
                font.bold: true
                font.pixelSize: 15
            }
            ToolButton {
                text: "✕"
                Accessible.name: qsTr("Close dot voting")
                onClicked: panel.closeRequested()
            }
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.75
            text: qsTr("Click a card to give it a dot; Shift+click takes one back.")
        }

        FieldLabel { text: qsTr("Participant") }
        ComboBox {
            id: who

            objectName: "participantBox"
            Layout.fillWidth: true
            editable: true
            model: { panel.revision; const list = panel.editor.workshop.participants(); if (list.indexOf(Preferences.userName) < 0 && Preferences.userName.length > 0) list.unshift(Preferences.userName); return list }
            // The box shows who votes. Without these, a new list (after every
            // dot) reset it to the first name while another person voted.
            currentIndex: model.indexOf(panel.participant)
            editText: panel.participant
            onModelChanged: Qt.callLater(() => { if (!activeFocus) editText = panel.participant })
            onAccepted: panel.participant = editText.trim()
            // A name typed and left (Tab, a click on the map) counts too.
            onActiveFocusChanged: if (!activeFocus) panel.participant = editText.trim()
            onActivated: index => panel.participant = model[index]
        }

        FieldLabel { text: qsTr("Dots per participant") }
        SpinBox {
            objectName: "votesPerParticipantBox"
            from: 1
            to: 100
            editable: true
            enabled: panel.writable
            value: panel.editor.journey.votesPerParticipant || 5
            onValueModified: panel.editor.journeys.setJourneyField("votesPerParticipant", value)
        }

        Label {
            objectName: "votesLeftLabel"
            text: panel.participant.length === 0
                  ? qsTr("Type a participant's name to vote")
                  : qsTr("%1 has %n dot(s) left", "", Math.max(0, panel.dotsLeft)).arg(panel.participant)
            font.bold: true
            color: panel.dotsLeft > 0 || panel.participant.length === 0 ? palette.windowText : Theme.danger
        }

        CheckBox {
            text: qsTr("Only pain points and opportunities")
            checked: panel.onlyIssues
            onToggled: panel.onlyIssues = checked
        }

        FieldLabel { text: qsTr("Results") }
        ListView {
            objectName: "voteResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.ranking
            delegate: ItemDelegate {
                required property var modelData

                width: ListView.view.width
                text: qsTr("%1. %2 — %n dot(s)", "", modelData.votes).arg(modelData.rank).arg(modelData.title)
            }
            Label {
                anchors.centerIn: parent
                visible: parent.count === 0
                text: qsTr("No votes yet")
                opacity: 0.6
            }
        }

        Button {
            objectName: "exportVotes"
            Layout.fillWidth: true
            text: qsTr("Export results…")
            enabled: panel.ranking.length > 0
            onClicked: panel.exportRequested()
        }
    }
}
