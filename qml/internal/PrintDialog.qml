import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Waymark.App

// File > Print (Ctrl+P) without the system's print dialog, which needs Qt
// Widgets (the editor has them; the QML tests' QGuiApplication does not):
// printer, paper and journeys; the pages are the PDF export's (same
// renderer, same tiling). "PDF file" prints into a file.
Dialog {
    id: dialog

    required property DocumentController controller
    required property string journeyId
    property string overlayMetric: ""
    readonly property alias printer: printer
    readonly property alias pdfFileDialog: pdfFile
    readonly property bool toFile: printerBox.currentIndex === printerBox.count - 1
    property string pdfPath: ""

    title: qsTr("Print")
    modal: true
    width: 460
    // Print closes the dialog; a failure is reported in the window's message bar.
    onAccepted: printNow()

    function openDialog() {
        printer.refreshPrinters()
        const i = printer.printers.indexOf(printer.defaultPrinter)
        printerBox.currentIndex = i >= 0 ? i : 0
        open()
    }

    // Prints with what the dialog shows; the file printer needs pdfPath.
    function printNow() {
        const ok = printer.print(toFile ? "" : printerBox.currentText, toFile ? pdfPath : "",
                                 allJourneys.checked ? "" : journeyId,
                                 paperBox.currentText, portrait.checked, copies.value,
                                 overlayMetric)
        return ok
    }

    PrintController {
        id: printer

        document: dialog.controller
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 12
        rowSpacing: 8

        Label { text: qsTr("Printer") }
        ComboBox {
            id: printerBox

            objectName: "printerBox"
            Layout.fillWidth: true
            model: printer.printers.concat([qsTr("PDF file")])
        }

        Label { text: qsTr("File"); visible: dialog.toFile }
        RowLayout {
            visible: dialog.toFile
            Layout.fillWidth: true

            Label {
                Layout.fillWidth: true
                text: dialog.pdfPath.length > 0 ? dialog.pdfPath.toString().split("/").pop() : qsTr("(none chosen)")
                elide: Text.ElideMiddle
            }
            Button {
                text: qsTr("Choose…")
                onClicked: pdfFile.open()
            }
        }

        Label { text: qsTr("Paper") }
        ComboBox {
            id: paperBox

            objectName: "paperBox"
            Layout.fillWidth: true
            model: printer.pageFormats
        }

        Label { text: qsTr("Orientation") }
        RowLayout {
            RadioButton {
                text: qsTr("Landscape")
                checked: true
            }
            RadioButton {
                id: portrait

                text: qsTr("Portrait")
            }
        }

        Label { text: qsTr("Journeys") }
        RowLayout {
            RadioButton {
                text: qsTr("This journey")
                checked: true
            }
            RadioButton {
                id: allJourneys

                objectName: "printAllJourneys"
                text: qsTr("All journeys")
            }
        }

        Label { text: qsTr("Copies") }
        SpinBox {
            id: copies

            from: 1
            to: 99
            value: 1
            enabled: !dialog.toFile
        }

        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: qsTr("Large maps are printed on several pages, with the headers repeated, as in the PDF export.")
            wrapMode: Text.Wrap
            opacity: 0.7
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "printButton"
            text: qsTr("Print")
            highlighted: true
            enabled: !dialog.toFile || dialog.pdfPath.length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    SaveFileDialog {
        id: pdfFile

        objectName: "pdfFileDialog"
        title: qsTr("Print to a PDF file")
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: dialog.pdfPath = selectedFile
    }
}
