import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Waymark.App

// Import metrics: the detected layout, the first rows, and the proposed
// mapping, every choice editable; then the import on a worker thread with
// progress and cancel, and what it could not use.
Dialog {
    id: dialog

    required property MetricImportController importer
    property bool writable: true

    // Shows a metric on the map after the import.
    signal showRequested(string metric)

    function openFile(path) {
        importer.open(path)
        open()
    }

    function chooseFile() {
        fileDialog.open()
    }

    // A new file scrolls to its step column: exports often put a dozen
    // bookkeeping columns first. Pending until the table has its size.
    property bool scrollPending: false

    function scrollToStep() {
        scrollPending = true
        const step = importer.roles.indexOf("step")
        const flick = table.contentItem
        if (!flick || flick.width <= 0)
            return
        columnsRow.forceLayout() // the new file's columns may not be placed yet
        if (columnsRow.width <= 0)
            return
        const column = step >= 0 && step < columnsRow.children.length ? columnsRow.children[step] : null
        const x = column ? column.x - 8 : 0
        flick.contentX = Math.max(0, Math.min(x, columnsRow.width - flick.width))
        scrollPending = false
    }

    onOpened: scrollToStep()

    title: importer.journeyName.length > 0 ? qsTr("Import metrics into “%1”").arg(importer.journeyName)
                                           : qsTr("Import metrics")
    modal: true
    width: Math.min(parent ? parent.width - 60 : 1100, 1100)
    height: Math.min(parent ? parent.height - 60 : 760, 760)
    closePolicy: importer.state === "running" ? Popup.NoAutoClose : Popup.CloseOnEscape
    padding: 16

    FileDialog {
        id: fileDialog

        title: qsTr("Import metrics from")
        nameFilters: [qsTr("Survey and analytics exports (*.csv *.tsv *.txt)"), qsTr("All files (*)")]
        onAccepted: dialog.importer.open(selectedFile)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        // ---- the file and its layout
        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Label {
                // The chosen file's name is data; "No file chosen" is not.
                objectName: dialog.importer.fileName.length > 0 ? "dataText" : ""
                text: dialog.importer.fileName.length > 0 ? dialog.importer.fileName : qsTr("No file chosen")
                font.bold: true
                elide: Text.ElideMiddle
                Layout.maximumWidth: 320
            }
            Button {
                text: qsTr("Choose file…")
                enabled: dialog.importer.state !== "running"
                onClicked: dialog.chooseFile()
            }
            Item { Layout.fillWidth: true }
            Label {
                text: qsTr("Layout:")
            }
            ComboBox {
                id: layoutCombo

                objectName: "layoutCombo"
                enabled: dialog.importer.state === "ready" || dialog.importer.state === "failed"
                textRole: "text"
                valueRole: "value"
                model: [
                    {value: "auto", text: qsTr("Detect")},
                    {value: "plain", text: qsTr("Plain CSV")},
                    {value: "qualtrics", text: qsTr("Qualtrics")},
                    {value: "surveymonkey", text: qsTr("SurveyMonkey")}
                ]
                currentIndex: Math.max(0, model.findIndex(o => o.value === dialog.importer.layout))
                onActivated: dialog.importer.layout = currentValue
            }
        }
        Label {
            objectName: "layoutText"
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.importer.layoutText
            opacity: 0.75
            elide: Text.ElideRight
        }

        Label {
            objectName: "mappingText"
            Layout.fillWidth: true
            visible: text.length > 0 && dialog.importer.state !== "done"
            text: dialog.importer.mappingText
            font.bold: true
            elide: Text.ElideRight
        }

        // ---- columns: what each one is, then the first rows
        Frame {
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: 0
            visible: dialog.importer.columns.length > 0 && dialog.importer.state !== "done"

            ScrollView {
                id: table

                anchors.fill: parent
                onWidthChanged: if (dialog.scrollPending) dialog.scrollToStep()
                clip: true
                contentWidth: columnsRow.width
                contentHeight: columnsRow.height

                Connections {
                    target: dialog.importer

                    function onPreviewChanged() {
                        Qt.callLater(dialog.scrollToStep)
                    }
                }

                Row {
                    id: columnsRow

                    spacing: 0
                    onWidthChanged: if (dialog.scrollPending) Qt.callLater(dialog.scrollToStep)

                    Repeater {
                        model: dialog.importer.columns

                        delegate: Rectangle {
                            id: columnBox

                            required property int index
                            required property string modelData
                            readonly property string role: dialog.importer.roles[index] || ""
                            readonly property bool isMetric: role !== "" && role !== "step"
                                                             && role !== "date" && role !== "segment"

                            width: 184
                            height: columnContent.height + 12
                            color: role === "" ? "transparent"
                                   : Qt.rgba(palette.highlight.r, palette.highlight.g, palette.highlight.b,
                                             role === "step" ? 0.16 : 0.08)
                            border.color: palette.mid
                            border.width: 0.5

                            Column {
                                id: columnContent

                                x: 6
                                y: 6
                                width: parent.width - 12
                                spacing: 4

                                ComboBox {
                                    objectName: "roleCombo_" + columnBox.index
                                    width: parent.width
                                    enabled: dialog.importer.state !== "running"
                                    textRole: "text"
                                    valueRole: "value"
                                    model: dialog.importer.roleOptions
                                    // Looked up in the model itself: indexOfValue() is not
                                    // re-evaluated when the model changes.
                                    currentIndex: Math.max(0, dialog.importer.roleOptions.findIndex(o => o.value === columnBox.role))
                                    onActivated: dialog.importer.setRole(columnBox.index, currentValue)
                                }
                                // The formula row keeps its place, so names line up.
                                Item {
                                    width: parent.width
                                    height: formulaCombo.implicitHeight

                                    ComboBox {
                                        id: formulaCombo

                                        objectName: "formulaCombo_" + columnBox.index
                                        anchors.fill: parent
                                        visible: columnBox.isMetric
                                        enabled: dialog.importer.state !== "running"
                                        textRole: "text"
                                        valueRole: "value"
                                        model: dialog.importer.formulaOptions
                                        currentIndex: Math.max(0, dialog.importer.formulaOptions.findIndex(
                                                                   o => o.value === (dialog.importer.formulas[columnBox.index] || "")))
                                        onActivated: dialog.importer.setFormula(columnBox.index, currentValue)
                                        // The formulas' names are long: the list is wider
                                        // than the column, the tooltip has the whole name.
                                        popup.width: Math.max(width, 340)
                                        // and the box wraps it onto a second line rather
                                        // than cutting it ("NPS (% promoters –").
                                        contentItem: Label {
                                            leftPadding: 6
                                            text: formulaCombo.displayText
                                            font: formulaCombo.font
                                            wrapMode: Text.Wrap
                                            verticalAlignment: Text.AlignVCenter
                                        }
                                        ToolTip.text: currentText + "\n" + qsTr("How the answers become one number")
                                        ToolTip.visible: hovered
                                        ToolTip.delay: 600
                                    }
                                }
                                Label {
                                    objectName: "dataText"
                                    width: parent.width
                                    text: columnBox.modelData
                                    font.bold: true
                                    elide: Text.ElideRight
                                }
                                Label {
                                    objectName: "dataText"
                                    width: parent.width
                                    height: 2 * font.pixelSize * 1.3
                                    text: dialog.importer.questions[columnBox.index] || ""
                                    wrapMode: Text.Wrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                    opacity: 0.65
                                    font.pixelSize: 11
                                }
                                Rectangle {
                                    width: parent.width
                                    height: 1
                                    color: palette.mid
                                }
                                Repeater {
                                    model: dialog.importer.rows

                                    delegate: Label {
                                        required property var modelData

                                        // The file's own text, cut to the column.
                                        objectName: "dataText"
                                        width: columnContent.width
                                        text: modelData[columnBox.index] || ""
                                        elide: Text.ElideRight
                                        opacity: columnBox.role === "" ? 0.5 : 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        // ---- how steps match and dates bucket
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            visible: dialog.importer.columns.length > 0 && dialog.importer.state !== "done"

            Label {
                text: qsTr("Match steps by")
            }
            ComboBox {
                objectName: "matchCombo"
                enabled: dialog.importer.state !== "running"
                textRole: "text"
                valueRole: "value"
                model: [
                    {value: "auto", text: qsTr("Key, then title")},
                    {value: "key", text: qsTr("Key")},
                    {value: "title", text: qsTr("Title")}
                ]
                currentIndex: Math.max(0, model.findIndex(o => o.value === dialog.importer.match))
                onActivated: dialog.importer.match = currentValue
            }
            Label {
                text: qsTr("Trends by")
                enabled: dialog.importer.roles.indexOf("date") >= 0
            }
            ComboBox {
                objectName: "periodCombo"
                enabled: dialog.importer.state !== "running" && dialog.importer.roles.indexOf("date") >= 0
                textRole: "text"
                valueRole: "value"
                model: [
                    {value: "month", text: qsTr("Month")},
                    {value: "week", text: qsTr("Week")}
                ]
                currentIndex: Math.max(0, model.findIndex(o => o.value === dialog.importer.period))
                onActivated: dialog.importer.period = currentValue
            }
            Item { Layout.fillWidth: true }
            // Why the proposal chose each column, from core/metrics/proposal.
            Label {
                objectName: "proposalNotes"
                visible: dialog.importer.notes.length > 0
                text: qsTr("Why these columns?")
                color: palette.highlight
                font.underline: notesHover.hovered

                HoverHandler {
                    id: notesHover
                }
                ToolTip.visible: notesHover.hovered
                ToolTip.text: dialog.importer.notes.join("\n")
            }
        }
        Label {
            objectName: "matchText"
            Layout.fillWidth: true
            visible: dialog.importer.columns.length > 0 && dialog.importer.state !== "done"
            text: dialog.importer.matchText
            wrapMode: Text.Wrap
            color: dialog.importer.sampleRows > 0 && dialog.importer.matchedRows === 0 ? "#dc2626" : palette.windowText
        }

        // ---- progress
        RowLayout {
            Layout.fillWidth: true
            visible: dialog.importer.state === "running"

            ProgressBar {
                objectName: "importProgress"
                Layout.fillWidth: true
                value: dialog.importer.progress
            }
            Label {
                text: qsTr("%1 %").arg(Math.round(dialog.importer.progress * 100))
            }
            Button {
                objectName: "cancelImport"
                text: qsTr("Cancel")
                onClicked: dialog.importer.cancel()
            }
        }

        // Keeps the file row at the top while there is nothing else to show.
        Item {
            Layout.fillHeight: true
            visible: dialog.importer.columns.length === 0
        }

        // ---- the summary
        MetricImportSummary {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: dialog.importer.state === "done"
            summary: dialog.importer.summary
        }

        // ---- one line: what stops the import, or what went wrong
        Label {
            objectName: "importError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.importer.error.length > 0 ? dialog.importer.error
                  : dialog.importer.state === "ready" ? dialog.importer.problem : ""
            color: dialog.importer.state === "failed" ? "#dc2626" : palette.windowText
            font.bold: dialog.importer.state === "failed"
            elide: Text.ElideRight
        }
    }

    footer: DialogButtonBox {
        // Buttons at their own size on the right: the box would otherwise
        // keep a share of its width for the hidden one.
        alignment: Qt.AlignRight
        Button {
            objectName: "showOnMap"
            text: qsTr("Show on map")
            visible: dialog.importer.state === "done" && dialog.importer.importedMetrics.length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: {
                dialog.showRequested(dialog.importer.importedMetrics[0])
                dialog.close()
            }
        }
        Button {
            objectName: "startImport"
            text: qsTr("Import")
            visible: dialog.importer.state !== "done"
            enabled: dialog.writable && (dialog.importer.state === "ready") && dialog.importer.problem.length === 0
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.importer.start()
        }
        Button {
            objectName: "closeImport"
            text: dialog.importer.state === "done" ? qsTr("Close") : qsTr("Cancel")
            enabled: dialog.importer.state !== "running"
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: dialog.close()
        }
    }
}
