import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Waymark.App

// File ▸ Export…: the same formats and options as `waymark export`. The
// choices are kept while the window is open; the file is written on a worker
// thread and the message bar says how it went.
Dialog {
    id: dialog

    required property DocumentController controller
    required property JourneyListModel journeys
    required property string journeyId
    property string format: "pdf"
    // The metric the map shows now: the export's metric follows it on open.
    property string shownMetric: ""

    signal exported(string path, string message)
    signal exportFailed(string message)

    // Opens the dialog with a format chosen (the workshop panel asks for
    // "votes-csv").
    function openFor(formatName) {
        format = formatName
        open()
    }

    onAboutToShow: overlayBox.currentIndex = metrics.indexOf(shownMetric) + 1

    function formatLabel(name) {
        switch (name) {
        case "pdf": return qsTr("PDF blueprint (vector, tiled pages)")
        case "png": return qsTr("PNG image")
        case "svg": return qsTr("SVG image")
        case "csv": return qsTr("CSV table of the steps")
        case "votes-csv": return qsTr("CSV of the ranked votes")
        case "json": return qsTr("JSON (Waymark's open format)")
        case "mermaid": return qsTr("Mermaid journey text")
        }
        return name
    }

    function options() {
        return {
            format: format,
            journey: allJourneys.checked && exporter.holdsSeveralJourneys(format) ? "" : journeyId,
            page: pageBox.currentText,
            portrait: portraitBox.checked,
            overlay: overlayBox.currentIndex > 0 ? metrics.get(overlayBox.currentIndex - 1).id : "",
            workshop: workshopBox.checked,
            observed: observedBox.enabled && observedBox.checked,
            dpi: dpiBox.value
        }
    }

    function choosePath() {
        saveDialog.defaultSuffix = exporter.suffix(format)
        saveDialog.selectedFile = exporter.suggestedUrl(format, journeyId)
        saveDialog.nameFilters = [qsTr("%1 files (*.%2)").arg(format.toUpperCase()).arg(exporter.suffix(format))]
        saveDialog.open()
    }

    title: qsTr("Export")
    modal: true
    // As wide as its longest option in the language shown (Russian's
    // observed-overlay box needs more than 560 px), within the window.
    width: Math.min(parent ? parent.width - 40 : 900, Math.max(560, implicitWidth))
    footer: DialogButtonBox {
        Button {
            objectName: "exportChooseFile"
            text: qsTr("Export…")
            enabled: !exporter.running
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    onAccepted: choosePath()

    ExportController {
        id: exporter

        document: dialog.controller
        onFinished: (path, message) => dialog.exported(path, message)
        onFailed: message => dialog.exportFailed(message)
    }

    MetricListModel {
        id: metrics

        document: dialog.controller
    }

    FileDialog {
        id: saveDialog

        title: qsTr("Export to")
        acceptLabel: qsTr("Export")
        fileMode: FileDialog.SaveFile
        onAccepted: dialog.exportTo(selectedFile)
    }

    // Also used by the tests, which cannot click through a native file dialog.
    function exportTo(pathOrUrl) {
        return exporter.start(pathOrUrl, options())
    }

    readonly property alias running: exporter.running
    readonly property bool painted: exporter.isPainted(format)
    // Whether what is exported has event data to draw the observed overlay of
    // (issue 13): this journey, or any journey when all are exported.
    readonly property bool hasObserved: allJourneys.checked && allJourneys.enabled
                                        ? exporter.observedJourneys.length > 0
                                        : exporter.observedJourneys.indexOf(journeyId) >= 0

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 12
        rowSpacing: 8

        Label { text: qsTr("Format") }
        ComboBox {
            id: formatBox

            objectName: "exportFormat"
            Layout.fillWidth: true
            model: exporter.formats()
            displayText: dialog.formatLabel(currentText)
            currentIndex: Math.max(0, exporter.formats().indexOf(dialog.format))
            delegate: ItemDelegate {
                required property string modelData

                width: ListView.view ? ListView.view.width : implicitWidth
                text: dialog.formatLabel(modelData)
            }
            onActivated: dialog.format = currentText
        }

        Label { text: qsTr("Journeys") }
        ColumnLayout {
            spacing: 0
            RadioButton {
                id: currentJourney

                text: {
                    const i = dialog.journeys.indexOf(dialog.journeyId)
                    return i >= 0 ? qsTr("This journey: %1").arg(dialog.journeys.get(i).name) : qsTr("This journey")
                }
                checked: true
            }
            RadioButton {
                id: allJourneys

                objectName: "exportAllJourneys"
                text: qsTr("All %n journey(s) of the file", "", dialog.journeys.count)
                enabled: exporter.holdsSeveralJourneys(dialog.format) && dialog.journeys.count > 1
            }
        }

        Label {
            text: qsTr("Paper")
            enabled: dialog.format === "pdf"
        }
        RowLayout {
            enabled: dialog.format === "pdf"
            ComboBox {
                id: pageBox

                objectName: "exportPage"
                model: exporter.pageSizes()
                currentIndex: 0
            }
            CheckBox {
                id: portraitBox

                text: qsTr("Portrait")
            }
        }

        Label {
            text: qsTr("Metric on the cards")
            enabled: dialog.painted
        }
        ComboBox {
            id: overlayBox

            objectName: "exportOverlay"
            Layout.fillWidth: true
            enabled: dialog.painted && metrics.count > 0
            model: {
                const names = [qsTr("None")]
                for (let i = 0; i < metrics.count; ++i)
                    names.push(metrics.get(i).name)
                return names
            }
        }

        Label {
            text: qsTr("Resolution")
            enabled: dialog.format === "png" || dialog.format === "svg"
        }
        RowLayout {
            enabled: dialog.format === "png" || dialog.format === "svg"
            SpinBox {
                id: dpiBox

                from: 48
                to: 600
                stepSize: 24
                value: 144
                editable: true
            }
            Label { text: qsTr("dots per inch") }
        }

        Item { implicitWidth: 1 }
        CheckBox {
            id: workshopBox

            objectName: "exportWorkshop"
            enabled: dialog.painted
            text: qsTr("Include workshop results (dots and comments)")
            Layout.fillWidth: true
        }

        Item { implicitWidth: 1 }
        CheckBox {
            id: observedBox

            objectName: "exportObserved"
            enabled: dialog.painted && dialog.hasObserved
            text: qsTr("Draw the observed overlay (what the event log shows)")
            Layout.fillWidth: true
        }

        BusyIndicator {
            Layout.columnSpan: 2
            Layout.alignment: Qt.AlignHCenter
            running: exporter.running
            visible: running
        }
    }
}
