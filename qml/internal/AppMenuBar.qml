import QtQuick
import QtQuick.Controls
import Waymark.App

// The window's menus. Every editing action is also reachable by keyboard.
MenuBar {
    id: bar

    required property var window
    required property DocumentController controller
    required property MapEditor editor
    readonly property var view: window.editorView
    readonly property bool open: controller.isOpen
    readonly property bool writable: open && !controller.readOnly

    AppMenu {
        title: qsTr("&File")

        Action {
            text: qsTr("New &journey map…")
            shortcut: StandardKey.New
            onTriggered: bar.window.newFileDialog("journey")
        }
        Action {
            text: qsTr("New service &blueprint…")
            onTriggered: bar.window.newFileDialog("blueprint")
        }
        Action {
            text: qsTr("New from the &sample…")
            onTriggered: bar.window.newFileDialog("sample")
        }
        Action {
            text: qsTr("&Open…")
            shortcut: StandardKey.Open
            onTriggered: bar.window.openFileDialog()
        }
        Action {
            text: qsTr("Open &team workspace…")
            onTriggered: bar.window.openTeamDialog()
        }
        AppMenu {
            id: recentMenu

            title: qsTr("Open &recent")
            enabled: bar.controller.recentFiles.length > 0

            Instantiator {
                model: bar.controller.recentFiles
                delegate: MenuItem {
                    required property string modelData

                    objectName: "recentFile"
                    text: modelData.split("/").pop()
                    onTriggered: bar.window.openFile(modelData)
                }
                onObjectAdded: (index, object) => recentMenu.insertItem(index, object)
                onObjectRemoved: (index, object) => recentMenu.removeItem(object)
            }
        }
        Action {
            text: qsTr("Save a cop&y as…")
            shortcut: "Ctrl+Shift+S"
            enabled: bar.open
            onTriggered: bar.window.saveCopyDialog()
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Export…")
            shortcut: "Ctrl+E"
            enabled: bar.open
            onTriggered: bar.window.openExportDialog("")
        }
        Action {
            text: qsTr("&Print…")
            shortcut: StandardKey.Print
            enabled: bar.open && bar.window.journeyId.length > 0
            onTriggered: bar.window.openPrintDialog()
        }
        Action {
            text: qsTr("Export &workshop results…")
            enabled: bar.open
            onTriggered: bar.window.openExportDialog("votes-csv")
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Import metrics…")
            enabled: bar.writable && bar.window.journeyId.length > 0
            onTriggered: bar.view.openMetricImport("")
        }
        Action {
            text: qsTr("Import &events…")
            enabled: bar.writable && bar.window.journeyId.length > 0
            onTriggered: bar.view.openEventImport("")
        }
        Action {
            text: qsTr("I&mport journeys (JSON, Mermaid)…")
            enabled: bar.writable
            onTriggered: bar.window.importJourneysDialog()
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Close")
            shortcut: StandardKey.Close
            enabled: bar.open
            onTriggered: {
                bar.view.mapView.commitEdits() // the title being typed goes into the file first
                bar.controller.close()
            }
        }
        Action {
            text: qsTr("&Quit")
            shortcut: StandardKey.Quit
            onTriggered: Qt.quit()
        }
    }

    AppMenu {
        title: qsTr("&Edit")

        Action {
            id: undoAction

            text: bar.controller.canUndo ? qsTr("&Undo %1").arg(bar.controller.undoText) : qsTr("&Undo")
            shortcut: StandardKey.Undo
            enabled: bar.controller.canUndo && bar.writable
            onTriggered: bar.controller.undo()
        }
        Action {
            id: redoAction

            text: bar.controller.canRedo ? qsTr("&Redo %1").arg(bar.controller.redoText) : qsTr("&Redo")
            shortcut: "Ctrl+Shift+Z"
            enabled: bar.controller.canRedo && bar.writable
            onTriggered: bar.controller.redo()
        }
        MenuSeparator {}
        Action {
            text: qsTr("Cu&t")
            shortcut: StandardKey.Cut
            enabled: bar.writable && bar.view.hasSelection
            onTriggered: bar.view.cutSelection()
        }
        Action {
            text: qsTr("&Copy")
            shortcut: StandardKey.Copy
            enabled: bar.open && bar.view.hasSelection
            onTriggered: bar.view.copySelection()
        }
        Action {
            text: qsTr("&Paste")
            shortcut: StandardKey.Paste
            enabled: bar.writable
            onTriggered: bar.view.pasteClipboard()
        }
        Action {
            text: qsTr("&Delete")
            shortcut: StandardKey.Delete
            enabled: bar.writable && (bar.view.hasSelection || bar.view.hasLinkSelection)
            onTriggered: bar.view.deleteSelection()
        }
        Action {
            text: qsTr("Select &all")
            shortcut: StandardKey.SelectAll
            enabled: bar.open
            onTriggered: bar.view.selectAll()
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Find…")
            shortcut: StandardKey.Find
            enabled: bar.open
            onTriggered: bar.view.openFind()
        }
        Action {
            text: qsTr("Find &next")
            shortcut: "F3"
            enabled: bar.open
            onTriggered: bar.view.findNext()
        }
        Action {
            text: qsTr("Find pre&vious")
            shortcut: "Shift+F3"
            enabled: bar.open
            onTriggered: bar.view.findPrevious()
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Preferences…")
            shortcut: StandardKey.Preferences
            onTriggered: bar.window.openPreferences()
        }
    }

    AppMenu {
        title: qsTr("&View")

        Action {
            text: qsTr("Zoom &in")
            shortcut: StandardKey.ZoomIn
            enabled: bar.open
            onTriggered: bar.view.zoomBy(1.25)
        }
        Action {
            text: qsTr("Zoom &out")
            shortcut: StandardKey.ZoomOut
            enabled: bar.open
            onTriggered: bar.view.zoomBy(0.8)
        }
        Action {
            text: qsTr("&Actual size (100 %)")
            shortcut: "Ctrl+0"
            enabled: bar.open
            onTriggered: bar.view.zoomTo(1)
        }
        Action {
            text: qsTr("&Fit to window")
            shortcut: "Ctrl+9"
            enabled: bar.open
            onTriggered: bar.view.fit()
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Minimap")
            checkable: true
            checked: Preferences.showMinimap
            onTriggered: Preferences.showMinimap = checked
        }
        Action {
            text: qsTr("&Dark theme")
            checkable: true
            checked: Preferences.dark
            onTriggered: Preferences.theme = checked ? "dark" : "light"
        }
    }

    AppMenu {
        title: qsTr("&Journey")
        enabled: bar.open

        Action {
            text: qsTr("&New journey")
            enabled: bar.writable
            onTriggered: bar.view.newJourney("journey")
        }
        Action {
            text: qsTr("New &blueprint")
            enabled: bar.writable
            onTriggered: bar.view.newJourney("blueprint")
        }
        Action {
            text: qsTr("Duplicate as &future state")
            enabled: bar.writable && bar.window.journeyId.length > 0
            onTriggered: bar.view.duplicateJourney()
        }
        Action {
            text: qsTr("&Delete journey")
            enabled: bar.writable && bar.window.journeyId.length > 0
            onTriggered: bar.view.deleteJourney()
        }
        MenuSeparator {}
        Action {
            text: qsTr("Add &stage")
            enabled: bar.writable && bar.window.journeyId.length > 0
            onTriggered: bar.view.addStage()
        }
        Action {
            text: qsTr("Add &lane")
            enabled: bar.writable && bar.window.journeyId.length > 0
            onTriggered: bar.view.addLane("custom")
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Analysis")
            shortcut: "Ctrl+Shift+A"
            checkable: true
            checked: bar.view.panel === "analysis"
            onTriggered: bar.view.panel = checked ? "analysis" : "inspector"
        }
        Action {
            text: qsTr("&Observed behaviour")
            checkable: true
            checked: bar.view.panel === "observed"
            onTriggered: bar.view.panel = checked ? "observed" : "inspector"
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Personas…")
            onTriggered: bar.view.openPersonas()
        }
        Action {
            text: qsTr("&Channels…")
            onTriggered: bar.view.openChannels()
        }
    }

    AppMenu {
        title: qsTr("&Workshop")
        enabled: bar.open

        Action {
            text: qsTr("&Present stage by stage")
            shortcut: "F5"
            onTriggered: bar.view.startPresentation()
        }
        Action {
            text: qsTr("&Dot voting")
            checkable: true
            checked: bar.view.panel === "voting"
            enabled: bar.writable
            onTriggered: bar.view.panel = checked ? "voting" : "inspector"
        }
    }

    AppMenu {
        title: qsTr("&Help")

        Action {
            text: qsTr("&Keyboard shortcuts")
            shortcut: "Ctrl+F1"
            onTriggered: bar.window.openShortcuts()
        }
        Action {
            text: qsTr("Short &guide")
            shortcut: "F1"
            onTriggered: bar.window.openGuide()
        }
        MenuSeparator {}
        Action {
            text: qsTr("&About Waymark")
            onTriggered: bar.window.openAbout()
        }
    }

    // Second key sequences for the same actions.
    Shortcut {
        sequence: "Ctrl+Y"
        enabled: redoAction.enabled
        onActivated: bar.controller.redo()
    }
    Shortcut {
        sequence: "Ctrl+="
        enabled: bar.open
        onActivated: bar.view.zoomBy(1.25)
    }
}
