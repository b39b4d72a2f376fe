import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Waymark.App

ApplicationWindow {
    id: window

    property string initialFile: ""
    property string screenshotPath: ""
    property string journeyId: ""
    readonly property bool hasDocument: controller.isOpen
    readonly property alias editorView: editorView
    readonly property alias documentController: controller
    readonly property alias mapEditor: editor
    readonly property alias exportDialog: exportDialog

    // Emitted once the map is drawn; the screenshot option waits for it.
    signal mapReady()

    // A title typed in place and not yet confirmed is kept, not lost.
    onClosing: editorView.mapView.commitEdits()

    function openFile(path) {
        editorView.mapView.commitEdits()
        if (controller.open(path))
            selectFirstJourney()
    }

    function selectFirstJourney() {
        journeyId = journeys.count > 0 ? journeys.get(0).id : ""
    }

    function showMessage(text, isError) {
        messageBar.show(text, isError)
    }

    function newFileDialog(templateName) {
        dialogs.newFile(templateName)
    }

    function importJourneysDialog() {
        dialogs.importJourneys()
    }

    function openFileDialog() {
        dialogs.openFile()
    }

    function openExportDialog(format) {
        exportDialog.openFor(format || exportDialog.format)
    }

    function openPreferences() {
        preferencesDialog.open()
    }

    function openAbout() {
        aboutDialog.open()
    }

    width: 1600
    height: 1000
    minimumWidth: 900
    minimumHeight: 600
    visible: true
    title: controller.isOpen
           ? (controller.readOnly ? qsTr("%1 (read-only) — Waymark").arg(controller.fileName)
                                  : qsTr("%1 — Waymark").arg(controller.fileName))
           : qsTr("Waymark")
    // Colour by colour: assigning a whole Palette object crashes Qt 6.4.
    palette.window: Preferences.dark ? "#23262b" : "#f4f5f7"
    palette.windowText: Preferences.dark ? "#e8eaed" : "#1f2937"
    palette.base: Preferences.dark ? "#1b1d21" : "#ffffff"
    palette.alternateBase: Preferences.dark ? "#2a2e34" : "#f0f2f5"
    palette.text: Preferences.dark ? "#e8eaed" : "#1f2937"
    palette.button: Preferences.dark ? "#30343b" : "#e9ecf0"
    palette.buttonText: Preferences.dark ? "#e8eaed" : "#1f2937"
    palette.highlight: Preferences.dark ? "#3d8bfd" : "#0e7afe"
    palette.highlightedText: "#ffffff"
    palette.mid: Preferences.dark ? "#4b525c" : "#c9ced6"
    palette.dark: Preferences.dark ? "#15171a" : "#9aa3ae"
    palette.light: Preferences.dark ? "#3a3f47" : "#ffffff"
    palette.placeholderText: Preferences.dark ? "#8b95a3" : "#8a94a3"

    DocumentController {
        id: controller

        onFailed: message => window.showMessage(message, true)
        onNotice: message => window.showMessage(message, false)
        onDocumentChanged: {
            if (!isOpen)
                window.journeyId = ""
        }
    }

    JourneyListModel {
        id: journeys

        document: controller
        onCountChanged: {
            if (indexOf(window.journeyId) < 0)
                window.selectFirstJourney()
        }
    }

    MapEditor {
        id: editor

        document: controller
        journeyId: window.journeyId
    }

    // Not on the wall during a presentation.
    menuBar: editorView.presenting ? null : appMenuBar

    AppMenuBar {
        id: appMenuBar

        objectName: "appMenuBar"
        window: window
        controller: controller
        editor: editor
    }

    header: ColumnLayout {
        spacing: 0

        MessageBar {
            id: messageBar

            Layout.fillWidth: true
        }

        ReadOnlyBanner {
            Layout.fillWidth: true
            visible: controller.isOpen && controller.readOnly
            text: controller.readOnlyReason
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: controller.isOpen ? 1 : 0

        StartPage {
            controller: controller
            onOpenRequested: path => window.openFile(path)
            onOpenDialogRequested: dialogs.openFile()
            onNewRequested: templateName => dialogs.newFile(templateName)
        }

        EditorView {
            id: editorView

            controller: controller
            editor: editor
            journeys: journeys
            journeyId: window.journeyId
            onJourneySelected: id => window.journeyId = id
            onReadyChanged: {
                if (ready)
                    window.mapReady()
            }
        }
    }

    FileDialogs {
        id: dialogs

        controller: controller
        editor: editor
        onOpened: window.selectFirstJourney()
        onJourneyImported: id => window.journeyId = id
    }

    ExportDialog {
        id: exportDialog

        anchors.centerIn: parent
        controller: controller
        journeys: journeys
        journeyId: window.journeyId
        shownMetric: editorView.canvas.overlayMetric
        onExported: (path, message) => window.showMessage(message, false)
        onExportFailed: message => window.showMessage(message, true)
    }

    PreferencesDialog {
        id: preferencesDialog

        anchors.centerIn: parent
    }

    AboutDialog {
        id: aboutDialog

        anchors.centerIn: parent
    }

    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            for (const url of drop.urls) {
                const path = url.toString()
                if (path.toLowerCase().endsWith(".cjm")) {
                    window.openFile(path)
                    drop.accept()
                    return
                }
                // Survey and analytics exports start the metric import.
                if (/\.(csv|tsv|txt)$/i.test(path)) {
                    if (window.hasDocument && window.journeyId.length > 0)
                        window.editorView.openMetricImport(path)
                    else
                        window.showMessage(qsTr("Open a map first, then drop the data file on it to import metrics."), true)
                    drop.accept()
                    return
                }
            }
            window.showMessage(qsTr("Drop a .cjm file to open it, or a .csv file to import metrics."), true)
        }
    }

    Component.onCompleted: {
        if (initialFile.length > 0)
            openFile(initialFile)
    }
}
