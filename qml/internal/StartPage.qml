import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// Shown when no file is open: start from a template, open a file or a recent one.
Pane {
    id: page

    required property DocumentController controller

    signal openRequested(string path)
    signal openDialogRequested()
    signal teamDialogRequested()
    signal newRequested(string templateName)

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 760)
        spacing: 24

        Label {
            text: qsTr("Waymark")
            font.pixelSize: 34
            font.bold: true
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Customer journey maps and service blueprints, kept as a model: paths, numbers and owners, in one file that is saved as you work.")
            wrapMode: Text.Wrap
            opacity: 0.8
        }

        RowLayout {
            spacing: 12

            Button {
                objectName: "newJourneyButton"
                text: qsTr("New journey map…")
                onClicked: page.newRequested("journey")
            }
            Button {
                objectName: "newBlueprintButton"
                text: qsTr("New service blueprint…")
                onClicked: page.newRequested("blueprint")
            }
            Button {
                objectName: "newSampleButton"
                text: qsTr("New from the sample…")
                onClicked: page.newRequested("sample")
            }
            Button {
                objectName: "openButton"
                text: qsTr("Open…")
                highlighted: true
                onClicked: page.openDialogRequested()
            }
            Button {
                objectName: "openTeamButton"
                text: qsTr("Open team workspace…")
                onClicked: page.teamDialogRequested()
            }
        }

        Label {
            text: qsTr("Or start from a typical journey:")
        }

        Flow {
            objectName: "scenarioTemplates"
            Layout.fillWidth: true
            spacing: 8

            Repeater {
                // qsTr() makes the binding run again when the language changes.
                model: qsTr("Waymark") ? page.controller.scenarioTemplates() : []
                delegate: Button {
                    required property var modelData

                    objectName: "template_" + modelData.name
                    text: modelData.title
                    onClicked: page.newRequested(modelData.name)
                }
            }
        }

        Label {
            text: qsTr("Recent files")
            font.bold: true
            visible: recent.count > 0
        }

        ListView {
            id: recent

            objectName: "recentFiles"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 320)
            clip: true
            model: page.controller.recentFiles
            delegate: ItemDelegate {
                required property string modelData

                width: ListView.view.width
                text: modelData.split("/").pop()
                ToolTip.text: modelData
                ToolTip.visible: hovered
                ToolTip.delay: 600
                onClicked: page.openRequested(modelData)

                Label {
                    anchors.right: parent.right
                    anchors.rightMargin: 12
                    anchors.verticalCenter: parent.verticalCenter
                    text: parent.modelData.substring(0, parent.modelData.lastIndexOf("/"))
                    // Muted, yet 4.5:1 on the window in both themes (0.55 was 3.4:1).
                    opacity: 0.7
                    elide: Text.ElideLeft
                    width: parent.width * 0.55
                    horizontalAlignment: Text.AlignRight
                }
            }
        }

        Label {
            text: qsTr("Tip: drop a .cjm file anywhere on this window to open it.")
            opacity: 0.7
        }
    }
}
