import QtQuick
import QtQuick.Controls
import Waymark.App

// Issue 13 in the editor, kept out of EditorView: the event importer and its
// dialog, the observed overlay laid on the map canvas, and the clicks on its
// ghost links (each adds a real link, one undo step).
Item {
    id: layer

    required property Item view
    readonly property alias overlay: overlay
    readonly property alias importer: importer

    function show(path) {
        const file = path ? path.toString() : ""
        if (file.length > 0) {
            dialog.openFile(file)
        } else {
            dialog.open()
            dialog.chooseFile()
        }
    }

    EventImportController {
        id: importer

        document: layer.view.controller
        journeyId: layer.view.journeyId
    }

    EventImportDialog {
        id: dialog

        objectName: "eventImportDialog"
        parent: layer.view
        anchors.centerIn: parent
        importer: importer
        writable: layer.view.writable
        onShowRequested: {
            overlay.active = true
            layer.view.panel = "observed"
        }
    }

    ObservedOverlay {
        id: overlay

        objectName: "observedOverlay"
        parent: layer.view.canvas
        anchors.fill: parent
        z: 2
        document: layer.view.controller
        journeyId: layer.view.journeyId
        canvas: layer.view.canvas
        dark: Preferences.dark
        visible: !layer.view.presenting
    }

    // Over the map's own mouse handling: takes a press only on a ghost link
    // away from the cards, so a press on a card still selects the card.
    MouseArea {
        id: ghostClicks

        objectName: "ghostClicks"
        parent: layer.view.mapView
        anchors.fill: parent
        z: 10
        enabled: overlay.active && overlay.ghostCount > 0 && layer.view.writable
        onPressed: mouse => {
            const canvas = layer.view.canvas
            const p = mapToItem(canvas, mouse.x, mouse.y)
            const ghost = canvas.cardAt(p.x, p.y).length === 0 ? overlay.ghostAt(p.x, p.y) : -1
            if (ghost < 0) {
                mouse.accepted = false
                return
            }
            overlay.addLinkForGhost(ghost)
        }
    }

    // The ghost or step badge under the pointer (not over a card), explained
    // in a tooltip. It follows the map's own mouse area: a hover handler
    // over the map would take the hover from the cards.
    Connections {
        target: layer.view.mapView.pointer
        enabled: overlay.active && overlay.visible
        function onPositionChanged(mouse) {
            const canvas = layer.view.canvas
            const p = layer.view.mapView.pointer.mapToItem(canvas, mouse.x, mouse.y)
            const free = canvas.cardAt(p.x, p.y).length === 0
            ghostTip.ghost = free && ghostClicks.enabled ? overlay.ghostAt(p.x, p.y) : -1
            stepTip.step = free && ghostTip.ghost < 0 ? overlay.stepBadgeAt(p.x, p.y) : ""
            ghostTip.x = stepTip.x = mouse.x + 12
            ghostTip.y = stepTip.y = mouse.y + 16
        }
        function onExited() {
            ghostTip.ghost = -1
            stepTip.step = ""
        }
    }
    // A step badge's visits and cases, and its channel mix.
    ToolTip {
        id: stepTip

        property string step: ""

        objectName: "stepTip"
        parent: layer.view.mapView
        visible: stepTip.step.length > 0 && overlay.active
        text: overlay.stepText(stepTip.step)
        delay: 300
    }
    ToolTip {
        id: ghostTip

        property int ghost: -1

        objectName: "ghostTip"
        parent: layer.view.mapView
        visible: ghostTip.ghost >= 0 && ghostClicks.enabled
        text: overlay.ghostText(ghostTip.ghost)
        delay: 300
    }
}
