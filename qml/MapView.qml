import QtQuick
import QtQuick.Controls
import Waymark.App

// The interactive map: selection, dragging, connecting, editing in place,
// pan and zoom with mouse and keyboard. Drawing is MapCanvas's job.
FocusScope {
    id: view

    required property DocumentController controller
    required property MapEditor editor
    required property LaneListModel lanes
    required property StageListModel stages
    property bool writable: true
    readonly property alias canvas: canvas
    // Dot voting: the WorkshopPanel while voting is on, else null.
    property var voting: null
    property bool presenting: false

    signal presentationStep(int delta)
    signal presentationEnd()

    // What a press started: "", "maybeDrag", "drag", "pan", "rubber", "connect".
    property string mode: ""
    property point pressPoint
    property point lastPoint
    property string pressCard: ""
    property string hoverCard: ""
    property string connectFrom: ""
    property var dropCell: ({})
    // A card kind from the toolbar is being dragged over the map.
    property bool paletteDrag: false

    function selectOnly(id) {
        canvas.selectedLinks = []
        canvas.selectedSteps = id.length > 0 ? [id] : []
        canvas.currentStep = id
    }

    function toggle(id) {
        const list = canvas.selectedSteps.slice()
        const at = list.indexOf(id)
        if (at >= 0)
            list.splice(at, 1)
        else
            list.push(id)
        canvas.selectedLinks = []
        canvas.selectedSteps = list
        canvas.currentStep = id
    }

    // The cell under a point that takes cards: none in the Emotions lane,
    // which shows the curve of the cards' emotions.
    function cardCellAt(x, y) {
        const cell = canvas.cellAt(x, y)
        return cell.stage && editor.laneTakesCards(cell.lane) ? cell : ({})
    }

    // The cell new cards go to: the current card's, else the first.
    function targetCell() {
        const step = editor.step(canvas.currentStep)
        if (step.id)
            return {stage: step.stage, lane: step.lane}
        if (stages.count > 0 && lanes.count > 0)
            return {stage: stages.get(0).id, lane: lanes.get(Math.min(1, lanes.count - 1)).id}
        return {}
    }

    // Scrolls a card into view, and out from under the minimap in the corner.
    function reveal(id) {
        canvas.ensureVisible(id)
        if (!minimap.visible)
            return
        const r = canvas.cardRect(id)
        if (r.x + r.width > minimap.x - 8 && r.y + r.height > minimap.y - 8)
            canvas.panBy(0, minimap.y - 12 - (r.y + r.height))
    }

    function addCard(stage, lane, kind) {
        const id = editor.cards.addStep(stage, lane, qsTr("New card"), kind || editor.defaultStepKind(lane))
        if (id.length > 0) {
            selectOnly(id)
            view.reveal(id)
            startEdit(id)
        }
        return id
    }

    function addCardOfKind(kind) {
        const cell = targetCell()
        if (cell.stage)
            addCard(cell.stage, cell.lane, kind)
    }

    // Keeps what is being typed in place (a card title, a header name):
    // before the window closes or another document comes.
    function commitEdits() {
        titleEditor.commit()
        headerEditor.commit()
    }

    function startEdit(id) {
        if (!writable || id.length === 0)
            return
        view.reveal(id)
        titleEditor.begin(id, editor.step(id).title)
    }

    function renameHeader(kind, id) {
        if (!writable)
            return
        headerEditor.begin(kind, id)
    }

    function copySelection() {
        editor.cards.copy(canvas.selectedSteps)
    }

    function cutSelection() {
        editor.cards.cut(canvas.selectedSteps)
    }

    function pasteClipboard() {
        const cell = targetCell()
        const ids = editor.cards.paste(cell.stage || "", cell.lane || "")
        if (ids.length > 0) {
            canvas.selectedLinks = []
            canvas.selectedSteps = ids
            canvas.currentStep = ids[0]
            view.reveal(ids[0])
        }
    }

    function deleteSelection() {
        if (canvas.selectedSteps.length === 0 && canvas.selectedLinks.length === 0)
            return
        const steps = canvas.selectedSteps
        const links = canvas.selectedLinks
        // Keep the keyboard where it was: focus moves to a neighbour first.
        const next = steps.length === 1 ? (canvas.neighbour(steps[0], "down") || canvas.neighbour(steps[0], "left")) : ""
        if (editor.cards.deleteItems(steps, links))
            selectOnly(next)
    }

    function moveCurrent(direction) {
        const ids = canvas.selectedSteps.length > 0 ? canvas.selectedSteps : [canvas.currentStep]
        const step = editor.step(ids[0])
        if (!step.id)
            return
        if (direction === "up" || direction === "down") {
            const index = Math.max(0, step.order + (direction === "up" ? -1 : 1))
            editor.cards.moveSteps(ids, step.stage, step.lane, index)
        } else {
            const s = stages.indexOf(step.stage) + (direction === "left" ? -1 : 1)
            if (s >= 0 && s < stages.count)
                editor.cards.moveSteps(ids, stages.get(s).id, step.lane, 1000000)
        }
        view.reveal(ids[0])
    }

    clip: true
    activeFocusOnTab: true

    MapCanvas {
        id: canvas

        objectName: "mapCanvas"
        anchors.fill: parent
        document: view.controller
        journeyId: view.editor.journeyId
        dark: Preferences.dark
    }

    // Interaction on top of the canvas.
    MouseArea {
        id: mouse

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
                contextMenu.openAt(event.x, event.y, card)
                return
            }
            if (handle.visible && handle.contains(handle.mapFromItem(mouse, event.x, event.y))) {
                // The card first: in "connect" mode the handle follows connectFrom.
                view.connectFrom = handle.stepId
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
        }

        onPositionChanged: event => {
            const p = Qt.point(event.x, event.y)
            if (!pressed) {
                view.hoverCard = canvas.cardAt(event.x, event.y)
                return
            }
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

    // The cards being dragged, following the mouse.
    Repeater {
        model: view.mode === "drag" ? canvas.selectedSteps.slice(0, 30) : []
        delegate: Rectangle {
            required property string modelData
            readonly property rect r: canvas.cardRect(modelData)

            x: r.x + view.lastPoint.x - view.pressPoint.x
            y: r.y + view.lastPoint.y - view.pressPoint.y
            width: r.width
            height: r.height
            radius: 6 * canvas.zoom
            color: Qt.rgba(0.05, 0.48, 1, 0.18)
            border.color: "#0e7afe"
            border.width: 2
        }
    }

    // Where a drag or a palette drop would land.
    Rectangle {
        readonly property rect cell: view.dropCell.stage ? canvas.cellRectAt(view.lastPoint.x, view.lastPoint.y) : Qt.rect(0, 0, 0, 0)

        objectName: "dropPreview"
        x: cell.x
        y: cell.y
        width: cell.width
        height: cell.height
        visible: (view.mode === "drag" || view.paletteDrag) && cell.width > 0
        color: "transparent"
        border.color: "#0e7afe"
        border.width: 2
        radius: 4
    }

    // Rubber band.
    Rectangle {
        visible: view.mode === "rubber"
        x: Math.min(view.pressPoint.x, view.lastPoint.x)
        y: Math.min(view.pressPoint.y, view.lastPoint.y)
        width: Math.abs(view.lastPoint.x - view.pressPoint.x)
        height: Math.abs(view.lastPoint.y - view.pressPoint.y)
        color: Qt.rgba(0.05, 0.48, 1, 0.12)
        border.color: "#0e7afe"
    }

    // The handle to drag a connection from: on the hovered or current card.
    Rectangle {
        id: handle

        // Only on a card the pointer is over or that is selected: never left
        // on the last current card after the selection is cleared.
        readonly property string stepId: view.mode === "connect" ? view.connectFrom
                                        : view.hoverCard.length > 0 ? view.hoverCard
                                        : canvas.selectedSteps.indexOf(canvas.currentStep) >= 0 ? canvas.currentStep : ""
        readonly property rect r: { canvas.zoom; canvas.offsetX; canvas.offsetY; canvas.mapBounds; return canvas.cardRect(stepId) }

        objectName: "connectHandle"
        visible: view.writable && stepId.length > 0 && r.width > 0 && r.x + r.width > canvas.headerWidth
        x: r.x + r.width - width / 2
        y: r.y + r.height / 2 - height / 2
        width: 16
        height: 16
        radius: 8
        color: "#0e7afe"
        border.color: "white"
        border.width: 2
        ToolTip.text: qsTr("Drag to another card to connect")
        ToolTip.visible: handleHover.hovered
        ToolTip.delay: 700

        HoverHandler {
            id: handleHover
        }
    }

    // The connection being drawn.
    Canvas {
        anchors.fill: parent
        visible: view.mode === "connect"
        onVisibleChanged: requestPaint()
        Connections {
            target: view
            function onLastPointChanged() {
                if (view.mode === "connect")
                    connectLine.requestPaint()
            }
        }
        id: connectLine
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            if (view.mode !== "connect")
                return
            ctx.strokeStyle = "#0e7afe"
            ctx.lineWidth = 2.5
            ctx.setLineDash([6, 4])
            ctx.beginPath()
            ctx.moveTo(handle.x + handle.width / 2, handle.y + handle.height / 2)
            ctx.lineTo(view.lastPoint.x, view.lastPoint.y)
            ctx.stroke()
        }
    }

    InplaceEditor {
        id: titleEditor

        canvas: canvas
        onCommitted: (id, text) => view.editor.cards.setStepField([id], "title", text)
        onFinished: view.forceActiveFocus()
    }

    HeaderEditor {
        id: headerEditor

        canvas: canvas
        editor: view.editor
        onFinished: view.forceActiveFocus()
    }

    MapContextMenu {
        id: contextMenu

        view: view
        canvas: canvas
        editor: view.editor
        lanes: view.lanes
        stages: view.stages
    }

    // Drops from the palette: a new card of that kind in the cell under the drop.
    DropArea {
        anchors.fill: parent
        keys: ["waymark/kind"]
        function track(x, y) {
            view.lastPoint = Qt.point(x, y)
            view.dropCell = view.cardCellAt(x, y)
        }
        onEntered: drag => {
            view.paletteDrag = true
            track(drag.x, drag.y)
        }
        onPositionChanged: drag => track(drag.x, drag.y)
        onExited: {
            view.paletteDrag = false
            view.dropCell = ({})
        }
        onDropped: drop => {
            view.paletteDrag = false
            view.dropCell = ({})
            const cell = view.cardCellAt(drop.x, drop.y)
            if (cell.stage)
                view.addCard(cell.stage, cell.lane, drop.source.kind)
        }
    }

    Minimap {
        id: minimap

        objectName: "minimap"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 12
        width: 240
        height: 150
        canvas: canvas
        visible: Preferences.showMinimap && canvas.mapBounds.width > 0 && !view.presenting
        fillColor: palette.base

        Rectangle {
            anchors.fill: parent
            color: "transparent"
            border.color: palette.mid
        }

        MouseArea {
            anchors.fill: parent
            function go(x, y) {
                const p = minimap.toMap(x, y)
                canvas.centerOn(p.x, p.y)
            }
            onPressed: event => go(event.x, event.y)
            onPositionChanged: event => go(event.x, event.y)
        }
    }

    Keys.onPressed: event => {
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
