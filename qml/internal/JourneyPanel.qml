import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// The journeys of the file, and what applies to all of them.
Pane {
    id: panel

    required property JourneyListModel journeys
    property string journeyId: ""
    property bool writable: true

    signal selected(string id)
    signal newRequested(string templateName)
    signal duplicateRequested()
    signal deleteRequested()
    signal personasRequested()
    signal channelsRequested()

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            Layout.margins: 10
            text: qsTr("Journeys")
            font.bold: true
        }

        ListView {
            id: list

            objectName: "journeyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.journeys
            currentIndex: panel.journeys.indexOf(panel.journeyId)
            delegate: ItemDelegate {
                id: row

                required property string id
                required property string name
                required property string state
                required property string kind
                required property int steps
                required property int index

                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                onClicked: panel.selected(id)

                contentItem: ColumnLayout {
                    spacing: 2

                    // On the selected row's highlight, the palette's text for
                    // it, at full strength: the default text colour there is
                    // 3:1, and faded 2:1 (WCAG AA asks 4.5:1).
                    Label {
                        Layout.fillWidth: true
                        text: row.name
                        elide: Text.ElideRight
                        font.bold: row.highlighted
                        color: row.highlighted ? row.palette.highlightedText : row.palette.windowText
                    }
                    Label {
                        Layout.fillWidth: true
                        //: journey list: state, kind, number of cards
                        text: qsTr("%1 · %2 · %n card(s)", "", row.steps)
                              .arg(row.state === "future" ? qsTr("Future state") : qsTr("Current state"))
                              .arg(row.kind === "blueprint" ? qsTr("Blueprint") : qsTr("Journey map"))
                        font.pixelSize: 11
                        color: row.highlighted ? row.palette.highlightedText : row.palette.windowText
                        opacity: row.highlighted ? 1 : 0.7
                        elide: Text.ElideRight
                    }
                }
            }
        }

        Flow {
            Layout.fillWidth: true
            Layout.margins: 8
            spacing: 6

            Button {
                objectName: "addJourneyButton"
                text: qsTr("New")
                enabled: panel.writable
                onClicked: panel.newRequested("journey")
            }
            Button {
                objectName: "duplicateJourneyButton"
                text: qsTr("Future state")
                enabled: panel.writable && panel.journeyId.length > 0
                ToolTip.text: qsTr("Duplicate this journey as its future state")
                ToolTip.visible: hovered
                onClicked: panel.duplicateRequested()
            }
            Button {
                text: qsTr("Delete")
                enabled: panel.writable && panel.journeyId.length > 0
                onClicked: panel.deleteRequested()
            }
        }

        MenuSeparator {
            Layout.fillWidth: true
        }

        Button {
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            flat: true
            text: qsTr("Personas…")
            onClicked: panel.personasRequested()
        }
        Button {
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            Layout.bottomMargin: 8
            flat: true
            text: qsTr("Channels…")
            onClicked: panel.channelsRequested()
        }
    }
}
