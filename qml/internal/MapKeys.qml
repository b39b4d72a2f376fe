import QtQml
import Waymark.App

// The keyboard on the map: arrows move between cards (Shift extends, Ctrl
// moves the cards), Enter/F2 edit, Backspace deletes, Escape clears, Insert
// adds; in a presentation the arrows, Space and Escape step the stages.
QtObject {
    required property var view
    required property MapCanvas canvas

    function handle(event) {
        if (view.presenting) {
            if (event.key === Qt.Key_Right || event.key === Qt.Key_PageDown || event.key === Qt.Key_Space) {
                view.presentationStep(1)
                event.accepted = true
                return
            }
            if (event.key === Qt.Key_Left || event.key === Qt.Key_PageUp) {
                view.presentationStep(-1)
                event.accepted = true
                return
            }
            if (event.key === Qt.Key_Escape) {
                view.presentationEnd()
                event.accepted = true
                return
            }
        }
        const current = canvas.currentStep
        const shift = event.modifiers & Qt.ShiftModifier
        const ctrl = event.modifiers & Qt.ControlModifier
        const directions = {[Qt.Key_Left]: "left", [Qt.Key_Right]: "right", [Qt.Key_Up]: "up", [Qt.Key_Down]: "down"}
        if (event.key in directions) {
            const direction = directions[event.key]
            if (ctrl && view.writable) {
                view.moveCurrent(direction)
            } else {
                const next = canvas.neighbour(current, direction)
                if (next.length > 0) {
                    if (shift) {
                        const list = canvas.selectedSteps.slice()
                        if (list.indexOf(next) < 0)
                            list.push(next)
                        canvas.selectedSteps = list
                        canvas.currentStep = next
                    } else {
                        view.selectOnly(next)
                    }
                    view.reveal(next)
                }
            }
            event.accepted = true
        } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_F2) && current.length > 0) {
            view.startEdit(current)
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace && view.writable) {
            view.deleteSelection()
            event.accepted = true
        } else if (event.key === Qt.Key_Escape) {
            canvas.selectedSteps = []
            canvas.selectedLinks = []
            event.accepted = true
        } else if (event.key === Qt.Key_Insert && view.writable) {
            view.addCardOfKind("")
            event.accepted = true
        }
    }
}
