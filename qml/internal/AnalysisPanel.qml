import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// What the journey graph says: goal share, findings, likely paths, what-if.
Pane {
    id: panel

    required property AnalysisController analysis
    required property MapCanvas canvas
    required property MapEditor editor
    property int highlighted: -1

    signal closeRequested()
    signal compareRequested()

    function percent(share) {
        return share === undefined || share === null ? "—" : qsTr("%1 %").arg(Math.round(share * 1000) / 10)
    }

    function showSteps(steps) {
        canvas.selectedLinks = []
        canvas.selectedSteps = steps
        if (steps.length > 0) {
            canvas.currentStep = steps[0]
            canvas.ensureVisible(steps[0])
        }
    }

    function highlight(index) {
        highlighted = index
        if (index < 0) {
            canvas.focusSteps = []
            canvas.focusLinks = []
            return
        }
        const path = analysis.paths[index]
        canvas.focusSteps = path.steps
        canvas.focusLinks = path.links
        canvas.ensureVisible(path.steps[0])
    }

    padding: 12
    Component.onDestruction: highlight(-1)
    onVisibleChanged: {
        if (!visible) {
            highlight(-1)
            canvas.dropOff = {}
        } else if (dropOffBox.checked) {
            canvas.dropOff = analysis.dropOff
        }
    }

    Connections {
        target: panel.analysis
        function onResultChanged() {
            if (dropOffBox.checked)
                panel.canvas.dropOff = panel.analysis.dropOff
            if (panel.highlighted >= panel.analysis.paths.length)
                panel.highlight(-1)
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: parent.width
            spacing: 6

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Journey analysis")
                    font.bold: true
                    font.pixelSize: 15
                }
                ToolButton {
                    text: "✕"
                    Accessible.name: qsTr("Close the analysis")
                    onClicked: panel.closeRequested()
                }
            }

            RowLayout {
                Layout.fillWidth: true
                visible: panel.analysis.running
                ProgressBar {
                    Layout.fillWidth: true
                    from: 0
                    to: 100
                    value: panel.analysis.progress
                }
                Button {
                    text: qsTr("Cancel")
                    onClicked: panel.analysis.cancel()
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 12

                Label { text: qsTr("Reach the goal") }
                Label {
                    objectName: "goalShareLabel"
                    text: panel.percent(panel.analysis.summary.goalShare)
                    font.bold: true
                    font.pixelSize: 18
                }
                Label { text: qsTr("Paths from entry to goal") }
                Label { text: panel.analysis.summary.pathCount === undefined ? "—" : String(panel.analysis.summary.pathCount) }
                Label { text: qsTr("Handoffs") }
                Label { text: panel.analysis.summary.handoffs === undefined ? "—" : String(panel.analysis.summary.handoffs) }
                Label { text: qsTr("Channel switches") }
                Label { text: panel.analysis.summary.channelSwitches === undefined ? "—" : String(panel.analysis.summary.channelSwitches) }
            }

            CheckBox {
                id: dropOffBox

                objectName: "dropOffBox"
                text: qsTr("Show drop-off on the cards")
                checked: true
                onToggled: panel.canvas.dropOff = checked ? panel.analysis.dropOff : {}
            }

            FieldLabel { text: qsTr("Findings (%1)").arg(panel.analysis.findings.length) }
            Repeater {
                model: panel.analysis.findings
                delegate: ItemDelegate {
                    id: findingItem

                    required property var modelData

                    Layout.fillWidth: true
                    text: modelData.text
                    contentItem: Label {
                        text: findingItem.text
                        wrapMode: Text.Wrap
                        color: findingItem.modelData.kind === "lost" || findingItem.modelData.kind === "deadEnd" ? Theme.danger
                               : findingItem.modelData.kind === "loop" ? Theme.warning : findingItem.palette.windowText
                    }
                    onClicked: panel.showSteps(modelData.steps)
                }
            }
            Label {
                visible: panel.analysis.findings.length === 0 && !panel.analysis.running
                text: qsTr("Nothing stands out.")
                opacity: 0.6
            }

            FieldLabel { text: qsTr("Likely paths") }
            Repeater {
                model: panel.analysis.paths
                delegate: ItemDelegate {
                    required property var modelData
                    required property int index

                    Layout.fillWidth: true
                    highlighted: panel.highlighted === index
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            //: a path: share of customers, handoffs, channel switches
                            text: qsTr("%1 of customers · handoffs: %2 · channel switches: %3")
                                  .arg(panel.percent(modelData.share)).arg(modelData.handoffs).arg(modelData.channelSwitches)
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: modelData.titles
                            wrapMode: Text.Wrap
                            font.pixelSize: 11
                            opacity: 0.75
                        }
                    }
                    onClicked: panel.highlight(panel.highlighted === index ? -1 : index)
                }
            }

            FieldLabel { text: qsTr("What if…") }
            WhatIfBox {
                Layout.fillWidth: true
                analysis: panel.analysis
                canvas: panel.canvas
                editor: panel.editor
            }

            Button {
                Layout.topMargin: 8
                text: qsTr("Compare current and future state…")
                onClicked: panel.compareRequested()
            }
        }
    }
}
