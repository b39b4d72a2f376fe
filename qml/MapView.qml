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
    // The metric legend's height in the bottom-left corner (0 when hidden).
    property real legendHeight: 0
    // Its width from the left edge, margin included (0 when hidden): the
    // minimap goes above the legend when both do not fit side by side.
    property real legendWidth: 0

    signal presentationStep(int delta)
    signal presentationEnd()

    readonly property alias contextMenu: contextMenu
    // The map's mouse area, for layers that follow the pointer over the map.
    readonly property alias pointer: mouse
    // What a press started: "", "maybeDrag", "drag", "pan", "rubber", "connect".
    property string mode: ""
    property point pressPoint
    property point lastPoint
    property string pressCard: ""
    property string hoverCard: ""
    // A link label hidden for lack of room, under the pointer: {link, text, x, y}.
    property var linkTip: ({})
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

    // An image file dropped on the map at (x, y) (Main.qml takes the drop):
    // onto the card there, or a new card with it in the cell there (the
    // physical-evidence lane is made of them).
    function dropPicture(url, x, y) {
        const card = canvas.cardAt(x, y)
        if (card.length > 0) {
            if (editor.pictures.setStepPictureFile(card, url))
                selectOnly(card)
            return card
        }
        const cell = cardCellAt(x, y)
        if (!cell.stage)
            return ""
        const id = editor.pictures.addCardWithPicture(cell.stage, cell.lane, url)
        if (id.length > 0) {
            selectOnly(id)
            view.reveal(id)
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
        // An image on the clipboard goes onto the selected card.
        const card = canvas.selectedSteps.length === 1 ? canvas.selectedSteps[0] : ""
        if (card.length > 0 && editor.pictures.clipboardHasImage()) {
            editor.pictures.pasteStepPicture(card)
            return
        }
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
        // Where the minimap and the legend lie, with a little air round them.
        fitAvoid: [minimap.visible ? Qt.rect(minimap.x - 8, minimap.y - 8, minimap.width + 16, minimap.height + 16) : Qt.rect(0, 0, 0, 0),
                   view.legendHeight > 0 ? Qt.rect(0, view.height - view.legendHeight, view.legendWidth, view.legendHeight) : Qt.rect(0, 0, 0, 0)]
    }

    Connections {
        target: Preferences
        function onLanguageChanged() { canvas.retranslate() }
    }

    // Interaction on top of the canvas.
    MapPointer {
        id: mouse

        anchors.fill: parent
        view: view
        canvas: canvas
        overlays: overlays
    }

    MapOverlays {
        id: overlays

        anchors.fill: parent
        view: view
        canvas: canvas
    }

    InplaceEditor {
        id: titleEditor

        canvas: canvas
        onCommitted: (journeyId, id, text) => view.editor.cards.setStepFieldIn(journeyId, [id], "title", text)
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
        // Beside the legend when there is room, else above it; never over it.
        readonly property bool besideLegend: view.legendWidth + width + 2 * anchors.margins <= view.width

        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 12
        anchors.bottomMargin: besideLegend ? anchors.margins : view.legendHeight
        width: 240
        height: 150
        canvas: canvas
        visible: Preferences.showMinimap && canvas.mapBounds.width > 0 && !view.presenting
                 && (besideLegend || view.legendHeight + height + anchors.margins <= view.height)
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

    // The label and share of a link whose label the map had no room for.
    ToolTip {
        objectName: "linkLabelTip"
        x: (view.linkTip.x || 0) + 14
        y: (view.linkTip.y || 0) + 18
        visible: (view.linkTip.text || "").length > 0 && view.mode === ""
        text: view.linkTip.text || ""
        delay: 250
    }

    MapKeys {
        id: keys

        view: view
        canvas: canvas
    }

    Keys.onPressed: event => keys.handle(event)
}
