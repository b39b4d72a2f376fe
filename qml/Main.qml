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

    // Emitted once the map is drawn; the screenshot option waits for it.
    signal mapReady()

    function openFile(path) {
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

    function openFileDialog() {
        dialogs.openFile()
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
    palette: Preferences.dark ? Theme.darkPalette : Theme.lightPalette

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

    menuBar: AppMenuBar {
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
        onOpened: window.selectFirstJourney()
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
            }
            window.showMessage(qsTr("Drop a .cjm file to open it."), true)
        }
    }

    Component.onCompleted: {
        if (initialFile.length > 0)
            openFile(initialFile)
    }
}
