import QtQuick
import QtQuick.Controls
import Waymark.App

// Edits a card's title where it is drawn. Enter keeps, Escape drops,
// clicking elsewhere keeps. When the card goes from under it (another
// journey shown, the card deleted, another file) it closes: a title typed
// goes to its own card, never to whatever is drawn there next.
TextArea {
    id: field

    required property MapCanvas canvas
    property string stepId: ""
    // The journey of the card: the map may show another one by the time the
    // title is kept.
    property string journeyId: ""
    readonly property rect area: { canvas.zoom; canvas.offsetX; canvas.offsetY; return canvas.titleRect(stepId) }

    signal committed(string journeyId, string stepId, string text)
    signal finished()

    function begin(id, text) {
        stepId = id
        journeyId = canvas.journeyId
        field.text = text
        visible = true
        forceActiveFocus()
        selectAll()
    }

    function commit() {
        if (!visible)
            return
        const id = stepId
        const journey = journeyId
        const value = text.trim()
        visible = false
        focus = false // the keys go back to the map, not to this hidden field
        stepId = ""
        journeyId = ""
        if (value.length > 0)
            committed(journey, id, value)
        finished()
    }

    function cancel() {
        visible = false
        focus = false
        stepId = ""
        journeyId = ""
        finished()
    }

    objectName: "inplaceEditor"
    visible: false
    x: area.x
    y: area.y
    width: Math.max(120, area.width)
    height: Math.max(implicitHeight, area.height)
    wrapMode: TextEdit.Wrap
    font.pixelSize: Math.max(10, 12.5 * canvas.zoom)
    font.bold: true
    background: Rectangle {
        color: palette.base
        border.color: "#0e7afe"
        border.width: 2
        radius: 3
    }

    Keys.onPressed: event => {
        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && !(event.modifiers & Qt.ShiftModifier)) {
            commit()
            event.accepted = true
        } else if (event.key === Qt.Key_Escape) {
            cancel()
            event.accepted = true
        }
    }
    onActiveFocusChanged: {
        if (!activeFocus && visible)
            commit()
    }

    Connections {
        target: field.canvas
        enabled: field.visible
        // The journey's own card keeps the title typed on it.
        function onJourneyIdChanged() { field.commit() }
        // Deleted (by undo, a cut, a team mate): nowhere to keep it.
        function onLayoutChanged() {
            if (field.canvas.journeyId === field.journeyId && field.canvas.cardRect(field.stepId).width <= 0)
                field.cancel()
        }
    }
    Connections {
        target: field.canvas.document
        enabled: field.visible
        // Another file: the window keeps the title before it opens one
        // (MapView.commitEdits); whatever is still open here is not its card.
        function onDocumentChanged() { field.cancel() }
    }
}
