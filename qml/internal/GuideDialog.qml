import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Help > Short guide: the first ten minutes with Waymark, for a workshop.
Dialog {
    id: dialog

    title: qsTr("Short guide")
    modal: true
    standardButtons: Dialog.Close
    width: Math.min(640, parent ? parent.width - 40 : 640)
    height: Math.min(620, parent ? parent.height - 40 : 620)

    readonly property var sections: [
        [qsTr("Start"), qsTr("Start from an empty journey map or blueprint, from the sample, or from a typical journey (B2B onboarding, a support incident, a cancellation, a bank account, a tariff change). Everything is saved in the .cjm file as you work.")],
        [qsTr("Cards"), qsTr("Double-click an empty spot of a cell to add a card, or drag a kind from the toolbar. Double-click a card to rename it. Drag cards to move them; drag the blue handle on a card onto another card to connect them.")],
        [qsTr("Details"), qsTr("The inspector on the right edits the selected cards: kind, channel, owner, emotion, moment of truth, tags, description and comments. With nothing selected it edits the journey.")],
        [qsTr("Find"), qsTr("Ctrl+F finds cards by title, description, owner, tag or key in every journey of the file; Enter goes to the card, F3 to the next.")],
        [qsTr("Numbers"), qsTr("File ▸ Import metrics reads survey or analytics data (CSV) and shows NPS, CSAT or any metric on the cards; the analysis panel (Ctrl+Shift+A) finds the critical path and the drop-offs.")],
        [qsTr("Workshop"), qsTr("F5 presents the map stage by stage; Workshop ▸ Dot voting lets each participant vote on pain points and opportunities. Comments stay on the cards.")],
        [qsTr("Share"), qsTr("File ▸ Export writes PDF, SVG, PNG, CSV, JSON or Mermaid; File ▸ Print prints with the same pages as the PDF; Save a copy as keeps a snapshot.")],
    ]

    ScrollView {
        id: scroll

        anchors.fill: parent
        clip: true
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 12

            Repeater {
                model: dialog.sections
                delegate: ColumnLayout {
                    required property var modelData

                    Layout.fillWidth: true
                    spacing: 2

                    Label {
                        text: modelData[0]
                        font.bold: true
                    }
                    Label {
                        Layout.fillWidth: true
                        text: modelData[1]
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
