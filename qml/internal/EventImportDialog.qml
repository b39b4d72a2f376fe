import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Waymark.App

// File ▸ Import events…: the event log's case, activity, time, channel and
// segment columns and the time format as proposed from names and values, each
// one changeable, then the import (one undo step). What customers really did
// then shows on the map.
Dialog {
    id: dialog

    required property EventImportController importer
    property bool writable: true

    // The importer's time format names, and what the user reads for each.
    readonly property var timeFormats: ["iso", "dmy", "mdy", "unix"]
    readonly property var timeFormatTexts: [qsTr("ISO 8601 (2026-03-15 10:22)"),
        qsTr("Day first (15.03.2026, 15/03/2026)"), qsTr("Month first (03/15/2026 10:22 AM)"),
        qsTr("Unix seconds (1773570151)")]

    // Asks the window to show the observed overlay after an import.
    signal showRequested()

    function openFile(path) {
        importer.load(path)
        open()
    }

    function chooseFile() {
        fileDialog.open()
    }

    title: qsTr("Import events")
    modal: true
    width: Math.min(parent ? parent.width - 60 : 820, 820)
    height: Math.min(parent ? parent.height - 60 : 560, 560)
    closePolicy: importer.state === "running" ? Popup.NoAutoClose : Popup.CloseOnEscape
    padding: 16

    FileDialog {
        id: fileDialog

        title: qsTr("Import events from")
        nameFilters: [qsTr("Event logs (*.csv *.tsv *.txt)"), qsTr("All files (*)")]
        onAccepted: dialog.importer.load(selectedFile)
    }

    Connections {
        target: dialog.importer
        function onFinished(ok) {
            if (ok)
                dialog.showRequested()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: dialog.importer.fileName.length > 0 ? dialog.importer.fileName : qsTr("No file chosen")
                font.bold: true
                elide: Text.ElideMiddle
                Layout.maximumWidth: 360
            }
            Button {
                text: qsTr("Choose file…")
                enabled: dialog.importer.state !== "running"
                onClicked: dialog.chooseFile()
            }
            Item { Layout.fillWidth: true }
        }

        GridLayout {
            columns: 2
            columnSpacing: 12
            rowSpacing: 6
            enabled: dialog.importer.columns.length > 0 && dialog.importer.state !== "running"

            Label { text: qsTr("Case id:") }
            ComboBox {
                objectName: "caseCombo"
                Layout.preferredWidth: 260
                model: dialog.importer.columns
                currentIndex: dialog.importer.caseColumn
                onActivated: index => dialog.importer.caseColumn = index
            }
            Label { text: qsTr("Activity:") }
            ComboBox {
                objectName: "activityCombo"
                Layout.preferredWidth: 260
                model: dialog.importer.columns
                currentIndex: dialog.importer.activityColumn
                onActivated: index => dialog.importer.activityColumn = index
            }
            Label { text: qsTr("Time:") }
            RowLayout {
                ComboBox {
                    objectName: "timeCombo"
                    Layout.preferredWidth: 260
                    model: dialog.importer.columns
                    currentIndex: dialog.importer.timeColumn
                    onActivated: index => dialog.importer.timeColumn = index
                }
                // Proposed from the first rows, which cannot tell 03/04 from 04/03.
                ComboBox {
                    id: timeFormatCombo

                    objectName: "timeFormatCombo"
                    Layout.preferredWidth: 260
                    model: dialog.timeFormatTexts
                    currentIndex: dialog.timeFormats.indexOf(dialog.importer.timeFormat)
                    displayText: currentIndex < 0 ? qsTr("Time format…") : currentText
                    onActivated: index => dialog.importer.timeFormat = dialog.timeFormats[index]
                }
            }
            Label { text: qsTr("Channel:") }
            ComboBox {
                objectName: "channelCombo"
                Layout.preferredWidth: 260
                model: [qsTr("(none)")].concat(dialog.importer.columns)
                currentIndex: dialog.importer.channelColumn + 1
                onActivated: index => dialog.importer.channelColumn = index - 1
            }
            Label { text: qsTr("Segment:") }
            ComboBox {
                objectName: "segmentCombo"
                Layout.preferredWidth: 260
                model: [qsTr("(none)")].concat(dialog.importer.columns)
                currentIndex: dialog.importer.segmentColumn + 1
                onActivated: index => dialog.importer.segmentColumn = index - 1
            }
        }

        Label {
            objectName: "matchText"
            Layout.fillWidth: true
            visible: dialog.importer.state === "ready"
            text: qsTr("%1% of the first activities name a step of this journey (by key or title); timestamps read as %2.")
                      .arg(Math.round(dialog.importer.matchShare * 100)).arg(timeFormatCombo.displayText)
            wrapMode: Text.Wrap
        }

        // The first rows, for checking the choice.
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.importer.rows
            delegate: Label {
                required property var modelData
                width: ListView.view.width
                text: modelData.join("   |   ")
                elide: Text.ElideRight
                font.family: "monospace"
                opacity: 0.8
            }
        }

        Label {
            objectName: "errorText"
            Layout.fillWidth: true
            visible: dialog.importer.state === "failed"
            text: dialog.importer.error
            color: "#c0392b"
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "remedyText"
            Layout.fillWidth: true
            visible: dialog.importer.state === "failed" && dialog.importer.columns.length > 0
            text: qsTr("Choose the columns or the time format above (month first for US dates), then import.")
            wrapMode: Text.Wrap
            opacity: 0.8
        }
        Label {
            objectName: "summaryText"
            Layout.fillWidth: true
            visible: dialog.importer.state === "done"
            text: dialog.importer.summary
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            BusyIndicator {
                running: dialog.importer.state === "running"
                visible: running
                Layout.preferredHeight: 28
            }
            Item { Layout.fillWidth: true }
            Button {
                text: dialog.importer.state === "running" ? qsTr("Cancel") : qsTr("Close")
                onClicked: dialog.importer.state === "running" ? dialog.importer.cancel() : dialog.close()
            }
            Button {
                objectName: "importButton"
                text: qsTr("Import")
                highlighted: true
                enabled: dialog.writable && dialog.importer.state === "ready"
                onClicked: dialog.importer.start()
            }
        }
    }
}
