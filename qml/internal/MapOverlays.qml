import QtQuick
import QtQuick.Controls
import Waymark.App

// What is drawn over the map while the pointer works: the cards being
// dragged, where they or a toolbar kind would land, the rubber band, the
// connect handle and the connection being drawn.
Item {
    id: overlays

    required property var view
    required property MapCanvas canvas
    readonly property alias handle: handle

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
}
