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

    function openTeamDialog() {
        teamDialog.open()
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

    // The system's print dialog; Waymark's own where there is none (no Qt
    // Widgets: the QML tests' QGuiApplication).
    function openPrintDialog() {
        const printer = printDialog.printer
        if (printer.hasSystemDialog)
            printer.openSystemDialog(window.journeyId, printDialog.overlayMetric, window)
        else
            printDialog.openDialog()
    }

    function saveCopyDialog() {
        saveCopy.open()
    }

    function openShortcuts() {
        shortcutsDialog.open()
    }

    function openGuide() {
        guideDialog.open()
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
    // The table is Theme's (theme.h), checked for contrast by tst_theme.
    palette.window: Theme.color("window", Preferences.dark)
    palette.windowText: Theme.color("windowText", Preferences.dark)
    palette.base: Theme.color("base", Preferences.dark)
    palette.alternateBase: Theme.color("alternateBase", Preferences.dark)
    palette.text: Theme.color("text", Preferences.dark)
    palette.button: Theme.color("button", Preferences.dark)
    palette.buttonText: Theme.color("buttonText", Preferences.dark)
    palette.highlight: Theme.color("highlight", Preferences.dark)
    palette.highlightedText: Theme.color("highlightedText", Preferences.dark)
    palette.mid: Theme.color("mid", Preferences.dark)
    palette.dark: Theme.color("dark", Preferences.dark)
    palette.brightText: Theme.color("brightText", Preferences.dark)
    palette.light: Theme.color("light", Preferences.dark)
    palette.placeholderText: Theme.color("placeholderText", Preferences.dark)
    palette.toolTipBase: Theme.color("toolTipBase", Preferences.dark)
    palette.toolTipText: Theme.color("toolTipText", Preferences.dark)

    DocumentController {
        id: controller

        onFailed: message => window.showMessage(message, true)
        onNotice: message => window.showMessage(message, false)
        onPasswordNeeded: (uri, shownUri, message) => teamPassword.ask(uri, shownUri, message)
        onDocumentChanged: {
            if (!isOpen)
                window.journeyId = ""
        }
    }

    TeamController {
        id: teamController

        controller: controller
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

        TeamStatusBar {
            Layout.fillWidth: true
            team: teamController
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: controller.isOpen ? 1 : 0

        StartPage {
            controller: controller
            onOpenRequested: path => window.openFile(path)
            onOpenDialogRequested: dialogs.openFile()
            onTeamDialogRequested: teamDialog.open()
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

        objectName: "fileDialogs"

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

    PrintDialog {
        id: printDialog

        objectName: "printDialog"
        anchors.centerIn: parent
        controller: controller
        journeyId: window.journeyId
        overlayMetric: controller.isOpen ? editorView.canvas.overlayMetric : ""
    }

    SaveCopyDialog {
        id: saveCopy

        controller: controller
    }

    ShortcutsDialog {
        id: shortcutsDialog

        objectName: "shortcutsDialog"
        anchors.centerIn: parent
    }

    GuideDialog {
        id: guideDialog

        objectName: "guideDialog"
        anchors.centerIn: parent
    }

    TeamWorkspaceDialog {
        id: teamDialog

        objectName: "teamDialog"
        anchors.centerIn: parent
        team: teamController
        onOpenRequested: uri => window.openFile(uri)
    }

    TeamPasswordDialog {
        id: teamPassword

        objectName: "teamPasswordDialog"
        anchors.centerIn: parent
        onPasswordEntered: (uri, password) => {
            editorView.mapView.commitEdits()
            if (controller.openWithPassword(uri, password))
                window.selectFirstJourney()
        }
    }

    // The picture field (PictureField) at (x, y) of the window, over a
    // dialog first, else in the window; null for none, "dialog" when a
    // dialog (or its shade) is there without one. The window's DropArea
    // lies over the inspector's field, so it hands drops on.
    function pictureFieldAt(x, y) {
        const find = (item, px, py) => {
            const kids = item.children
            for (let i = kids.length - 1; i >= 0; --i) {
                const child = kids[i]
                if (!child.visible || child === dropArea)
                    continue
                const q = item.mapToItem(child, px, py)
                if (q.x < 0 || q.y < 0 || q.x >= child.width || q.y >= child.height)
                    continue
                const inner = find(child, q.x, q.y)
                if (inner)
                    return inner
                if (child.acceptsPictureDrops === true)
                    return child
            }
            return null
        }
        for (const root of [Overlay.overlay, window.contentItem]) {
            const p = root.mapFromItem(dropArea, x, y)
            const field = find(root, p.x, p.y)
            if (field)
                return field
            if (root === Overlay.overlay && root.childAt(p.x, p.y))
                return "dialog"
        }
        return null
    }

    // What a file dropped at (x, y) of the window does; false when nothing takes it.
    // The DropArea calls it for each dropped file; tests call it directly.
    function openDroppedFile(url, x, y) {
        const path = url.toString()
        // An image on a picture field: the card's picture, the persona's photo.
        if (window.hasDocument && editor.pictures.isImageFile(url)) {
            const field = pictureFieldAt(x, y)
            if (field === "dialog") {
                // Not onto the map under an open dialog.
                window.showMessage(qsTr("Drop the image on the picture area of the dialog."), true)
                return true
            }
            if (field)
                return field.dropFile(url)
        }
        // An image on the map: a card's picture.
        if (window.hasDocument && editor.pictures.isImageFile(url)) {
            const map = editorView.mapView
            const p = map.mapFromItem(dropArea, x, y)
            if (map.writable && p.x >= 0 && p.y >= 0 && p.x < map.width && p.y < map.height) {
                map.dropPicture(url, p.x, p.y)
                return true
            }
        }
        if (path.toLowerCase().endsWith(".cjm")) {
            window.openFile(path)
            return true
        }
        // An event log starts the event import; survey and analytics exports the metric import.
        if (/\.(csv|tsv|txt)$/i.test(path)) {
            if (window.hasDocument && window.journeyId.length > 0)
                window.editorView.openDataFile(path)
            else
                window.showMessage(qsTr("Open a map first, then drop the data file on it to import metrics or events."), true)
            return true
        }
        return false
    }

    DropArea {
        id: dropArea

        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            for (const url of drop.urls) {
                if (window.openDroppedFile(url, drop.x, drop.y)) {
                    drop.accept()
                    return
                }
            }
            window.showMessage(qsTr("Drop a .cjm file to open it, or a .csv file to import metrics or an event log."), true)
        }
    }

    Component.onCompleted: {
        if (initialFile.length > 0)
            openFile(initialFile)
    }
}
