import QtQuick
import QtQuick.Controls

// A multi-line field with a visible frame (the Basic style's TextArea has
// none): the border of a text field, the accent colour while editing.
TextArea {
    id: area

    selectByMouse: true
    background: Rectangle {
        implicitWidth: 120
        implicitHeight: 40
        radius: 2
        color: area.enabled ? area.palette.base : area.palette.window
        border.width: area.activeFocus ? 2 : 1
        border.color: area.activeFocus ? area.palette.highlight : area.palette.mid
    }
}
