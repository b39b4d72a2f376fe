import QtQuick
import Waymark.App

// The mouse on the map: select, drag cards, pan, rubber-band, connect,
// double-click to edit or add, wheel to scroll and zoom. MapView owns the
// state (its mode, points, hovered card); this reads and sets it.
MouseArea {
    id: pointer

    required property var view
    required property MapCanvas canvas
    required property var overlays


    anchors.fill: parent
    acceptedButtons: Qt.LeftButton | Qt.MiddleButton | Qt.RightButton
    hoverEnabled: true

    onPressed: event => {
        view.forceActiveFocus()
        view.pressPoint = Qt.point(event.x, event.y)
        view.lastPoint = view.pressPoint
        if (event.button === Qt.MiddleButton) {
            view.mode = "pan"
            return
        }
        const card = canvas.cardAt(event.x, event.y)
        if (event.button === Qt.RightButton) {
            view.contextMenu.openAt(event.x, event.y, card)
            return
        }
        if (overlays.handle.visible && overlays.handle.contains(overlays.handle.mapFromItem(pointer, event.x, event.y))) {
            // The card first: in "connect" mode the handle follows connectFrom.
            view.connectFrom = overlays.handle.stepId
            view.mode = "connect"
            return
        }
        if (card.length > 0 && view.voting && view.writable) {
            view.selectOnly(card)
            if (view.voting.votable(card))
                view.editor.workshop.vote(card, view.voting.participant, (event.modifiers & Qt.ShiftModifier) ? -1 : 1)
            view.mode = ""
            return
        }
        if (card.length > 0) {
            if (event.modifiers & (Qt.ControlModifier | Qt.ShiftModifier)) {
                view.toggle(card)
                view.mode = ""
            } else {
                if (canvas.selectedSteps.indexOf(card) < 0)
                    view.selectOnly(card)
                canvas.currentStep = card
                view.mode = view.writable ? "maybeDrag" : ""
            }
            view.pressCard = card
            return
        }
        const link = canvas.linkAt(event.x, event.y)
        if (link.length > 0) {
            canvas.selectedSteps = []
            canvas.selectedLinks = [link]
            view.mode = ""
            return
        }
        view.mode = (event.modifiers & (Qt.ControlModifier | Qt.ShiftModifier)) ? "rubber" : "pan"
    }

    onExited: {
        if (!pressed)
            view.hoverCard = ""
        view.linkTip = ({})
    }

    onPositionChanged: event => {
        const p = Qt.point(event.x, event.y)
        if (!pressed) {
            view.hoverCard = canvas.cardAt(event.x, event.y)
            view.linkTip = view.hoverCard.length > 0 ? ({}) : canvas.labelTipAt(event.x, event.y)
            return
        }
        view.linkTip = ({})
        const moved = Math.abs(p.x - view.pressPoint.x) + Math.abs(p.y - view.pressPoint.y)
        switch (view.mode) {
        case "pan":
            canvas.panBy(p.x - view.lastPoint.x, p.y - view.lastPoint.y)
            break
        case "maybeDrag":
            if (moved > 5)
                view.mode = "drag"
            break
        case "drag":
            view.dropCell = view.cardCellAt(p.x, p.y)
            break
        case "connect":
            view.hoverCard = canvas.cardAt(event.x, event.y)
            break
        }
        view.lastPoint = p
    }

    onReleased: event => {
        const p = Qt.point(event.x, event.y)
        const moved = Math.abs(p.x - view.pressPoint.x) + Math.abs(p.y - view.pressPoint.y)
        switch (view.mode) {
        case "drag": {
            const cell = view.cardCellAt(p.x, p.y)
            if (cell.stage)
                view.editor.cards.moveSteps(canvas.selectedSteps, cell.stage, cell.lane, cell.index)
            break
        }
        case "rubber": {
            const x = Math.min(view.pressPoint.x, p.x), y = Math.min(view.pressPoint.y, p.y)
            const found = canvas.cardsIn(Qt.rect(x, y, Math.abs(p.x - view.pressPoint.x), Math.abs(p.y - view.pressPoint.y)))
            const list = (event.modifiers & Qt.ControlModifier) ? canvas.selectedSteps.slice() : []
            for (const id of found) {
                if (list.indexOf(id) < 0)
                    list.push(id)
            }
            canvas.selectedLinks = []
            canvas.selectedSteps = list
            break
        }
        case "connect": {
            const target = canvas.cardAt(p.x, p.y)
            if (target.length > 0 && target !== view.connectFrom) {
                const link = view.editor.cards.connectSteps(view.connectFrom, target, "flow")
                if (link.length > 0) {
                    canvas.selectedSteps = []
                    canvas.selectedLinks = [link]
                }
            }
            break
        }
        case "pan":
            if (moved < 4 && event.button === Qt.LeftButton) {
                canvas.selectedSteps = []
                canvas.selectedLinks = []
            }
            break
        }
        view.mode = ""
        view.dropCell = ({})
        view.connectFrom = ""
    }

    onDoubleClicked: event => {
        // The release that follows must not clear what the double-click selects.
        view.mode = ""
        if (!view.writable)
            return
        const card = canvas.cardAt(event.x, event.y)
        if (card.length > 0) {
            view.startEdit(card)
            return
        }
        const header = canvas.headerAt(event.x, event.y)
        if (header.kind) {
            view.renameHeader(header.kind, header.id)
            return
        }
        const cell = view.cardCellAt(event.x, event.y)
        if (cell.stage)
            view.addCard(cell.stage, cell.lane, "")
    }

    onWheel: wheel => {
        if (wheel.modifiers & Qt.ControlModifier) {
            const steps = wheel.angleDelta.y / 120
            canvas.zoomAt(Math.pow(1.15, steps), wheel.x, wheel.y)
        } else if (wheel.modifiers & Qt.ShiftModifier) {
            canvas.panBy(wheel.angleDelta.y / 2, 0)
        } else {
            // A positive delta is the wheel turned away from the user:
            // the view goes up (the map moves down), as in any scroll view.
            canvas.panBy(wheel.angleDelta.x / 2, wheel.angleDelta.y / 2)
        }
    }
}
