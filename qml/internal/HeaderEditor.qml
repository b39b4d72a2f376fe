import QtQuick
import QtQuick.Controls
import Waymark.App

// Renames a stage or a lane where its header is drawn.
TextField {
    id: field

    required property MapCanvas canvas
    required property MapEditor editor
    property string kind: ""
    property string headerId: ""
    // The journey of the header: the map may show another one by the time
    // the name is kept.
    property string journeyId: ""

    signal finished()

    function begin(k, id) {
        kind = k
        headerId = id
        journeyId = editor.journeyId
        text = currentName()
        // A new stage or lane may be off-screen: bring it in first.
        canvas.revealHeader(k, id)
        place()
        visible = true
        forceActiveFocus()
        selectAll()
    }

    function currentName() {
        const list = kind === "stage" ? stageModel : laneModel
        const row = list.indexOf(headerId)
        return row >= 0 ? list.get(row).name : ""
    }

    function place() {
        // Find the header box by probing along the pinned header strip.
        if (kind === "stage") {
            for (let x = canvas.headerWidth; x < canvas.width; x += 8) {
                const h = canvas.headerAt(x, canvas.headerHeight / 2)
                if (h.id === headerId) {
                    let end = x
                    while (end < canvas.width && canvas.headerAt(end, canvas.headerHeight / 2).id === headerId)
                        end += 8
                    field.x = x
                    field.y = 2
                    field.width = Math.max(140, end - x - 16)
                    return
                }
            }
            field.x = canvas.headerWidth
            field.y = 2
        } else {
            for (let y = canvas.headerHeight; y < canvas.height; y += 8) {
                if (canvas.headerAt(canvas.headerWidth / 2, y).id === headerId) {
                    field.x = 2
                    field.y = y + 4
                    field.width = Math.max(140, canvas.headerWidth - 4)
                    return
                }
            }
            field.x = 2
            field.y = canvas.headerHeight
        }
    }

    function commit() {
        if (!visible)
            return
        visible = false
        focus = false // the keys go back to the map, not to this hidden field
        const value = text.trim()
        if (value.length > 0 && value !== currentName()) {
            if (kind === "stage")
                editor.structure.setStageFieldIn(journeyId, headerId, "name", value)
            else
                editor.structure.setLaneFieldIn(journeyId, headerId, "name", value)
        }
        finished()
    }

    objectName: "headerEditor"
    visible: false
    z: 10

    StageListModel {
        id: stageModel

        document: field.editor.document
        journeyId: field.journeyId
    }

    LaneListModel {
        id: laneModel

        document: field.editor.document
        journeyId: field.journeyId
    }

    onAccepted: commit()
    Keys.onEscapePressed: {
        visible = false
        focus = false
        finished()
    }
    onActiveFocusChanged: {
        if (!activeFocus && visible)
            commit()
    }

    Connections {
        target: field.editor
        enabled: field.visible
        // The header's own journey keeps the name typed on it.
        function onJourneyIdChanged() { field.commit() }
    }
    Connections {
        target: field.canvas.document
        enabled: field.visible
        // Another file: MapView.commitEdits kept the name before it came.
        function onDocumentChanged() {
            field.visible = false
            field.focus = false
            field.finished()
        }
    }
}
