import QtQuick
import QtQuick.Controls
import Waymark.App

// Edits a card's title where it is drawn. Enter keeps, Escape drops,
// clicking elsewhere keeps.
TextArea {
    id: field

    required property MapCanvas canvas
    property string stepId: ""
    readonly property rect area: { canvas.zoom; canvas.offsetX; canvas.offsetY; return canvas.titleRect(stepId) }

    signal committed(string stepId, string text)
    signal finished()

    function begin(id, text) {
        stepId = id
        field.text = text
        visible = true
        forceActiveFocus()
        selectAll()
    }

    function commit() {
        if (!visible)
            return
        const id = stepId
        const value = text.trim()
        visible = false
        focus = false // the keys go back to the map, not to this hidden field
        stepId = ""
        if (value.length > 0)
            committed(id, value)
        finished()
    }

    function cancel() {
        visible = false
        focus = false
        stepId = ""
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
}
