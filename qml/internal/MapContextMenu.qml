import QtQuick
import QtQuick.Controls
import Waymark.App

// Right-click menus: on a card, a link, a stage or lane header, or an empty cell.
Menu {
    id: menu

    required property var view
    required property MapCanvas canvas
    required property MapEditor editor
    required property LaneListModel lanes
    required property StageListModel stages
    property string card: ""
    property string link: ""
    property var header: ({})
    property var cell: ({})

    function openAt(x, y, cardId) {
        card = cardId
        link = cardId.length > 0 ? "" : canvas.linkAt(x, y)
        header = canvas.headerAt(x, y)
        cell = canvas.cellAt(x, y)
        if (card.length > 0 && canvas.selectedSteps.indexOf(card) < 0)
            view.selectOnly(card)
        if (link.length > 0) {
            canvas.selectedSteps = []
            canvas.selectedLinks = [link]
        }
        popup(view, x, y)
    }

    readonly property bool onCard: card.length > 0
    readonly property bool onLink: link.length > 0
    readonly property bool onStage: header.kind === "stage"
    readonly property bool onLane: header.kind === "lane"
    readonly property bool onCell: !onCard && !onLink && cell.stage !== undefined
    readonly property bool writable: view.writable

    MenuItem {
        text: qsTr("Edit title")
        visible: menu.onCard
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: menu.view.startEdit(menu.card)
    }
    MenuItem {
        text: qsTr("Add card here")
        visible: menu.onCell
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: menu.view.addCard(menu.cell.stage, menu.cell.lane, "")
    }
    MenuItem {
        text: qsTr("Copy")
        visible: menu.onCard
        height: visible ? implicitHeight : 0
        onTriggered: menu.view.copySelection()
    }
    MenuItem {
        text: qsTr("Cut")
        visible: menu.onCard
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: menu.view.cutSelection()
    }
    MenuItem {
        text: qsTr("Paste here")
        visible: menu.onCell || menu.onCard
        height: visible ? implicitHeight : 0
        enabled: menu.writable && menu.editor.canPaste()
        onTriggered: {
            const target = menu.onCell ? menu.cell : menu.editor.step(menu.card)
            const ids = menu.editor.paste(target.stage, target.lane)
            if (ids.length > 0)
                menu.canvas.selectedSteps = ids
        }
    }
    MenuItem {
        text: qsTr("Delete")
        visible: menu.onCard || menu.onLink
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: menu.view.deleteSelection()
    }

    // Stage header
    MenuItem {
        text: qsTr("Rename stage")
        visible: menu.onStage
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: menu.view.renameHeader("stage", menu.header.id)
    }
    MenuItem {
        text: qsTr("Insert stage before")
        visible: menu.onStage
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: {
            const id = menu.editor.addStage(qsTr("New stage"), menu.header.index)
            if (id.length > 0)
                menu.view.renameHeader("stage", id)
        }
    }
    MenuItem {
        text: qsTr("Insert stage after")
        visible: menu.onStage
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: {
            const id = menu.editor.addStage(qsTr("New stage"), menu.header.index + 1)
            if (id.length > 0)
                menu.view.renameHeader("stage", id)
        }
    }
    MenuItem {
        text: qsTr("Move stage left")
        visible: menu.onStage
        height: visible ? implicitHeight : 0
        enabled: menu.writable && menu.header.index > 0
        onTriggered: menu.editor.moveStage(menu.header.index, menu.header.index - 1)
    }
    MenuItem {
        text: qsTr("Move stage right")
        visible: menu.onStage
        height: visible ? implicitHeight : 0
        enabled: menu.writable && menu.header.index < menu.stages.count - 1
        onTriggered: menu.editor.moveStage(menu.header.index, menu.header.index + 1)
    }
    MenuItem {
        text: qsTr("Delete stage")
        visible: menu.onStage
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: menu.editor.deleteStage(menu.header.id)
    }

    // Lane header
    MenuItem {
        text: qsTr("Rename lane")
        visible: menu.onLane
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: menu.view.renameHeader("lane", menu.header.id)
    }
    Menu {
        id: kindMenu

        title: qsTr("Lane kind")
        enabled: menu.writable && menu.onLane

        Instantiator {
            model: menu.editor ? menu.editor.laneKinds : []
            delegate: MenuItem {
                required property string modelData

                text: menu.editor ? menu.editor.displayName("lane", modelData) : modelData
                checkable: true
                checked: !!menu.lanes && menu.onLane && menu.lanes.indexOf(menu.header.id) >= 0
                         && menu.lanes.get(menu.lanes.indexOf(menu.header.id)).kind === modelData
                onTriggered: menu.editor.setLaneField(menu.header.id, "kind", modelData)
            }
            onObjectAdded: (index, object) => kindMenu.insertItem(index, object)
            onObjectRemoved: (index, object) => kindMenu.removeItem(object)
        }
    }
    MenuItem {
        text: qsTr("Insert lane above")
        visible: menu.onLane
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: {
            const id = menu.editor.addLane(qsTr("New lane"), "custom", menu.header.index)
            if (id.length > 0)
                menu.view.renameHeader("lane", id)
        }
    }
    MenuItem {
        text: qsTr("Insert lane below")
        visible: menu.onLane
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: {
            const id = menu.editor.addLane(qsTr("New lane"), "custom", menu.header.index + 1)
            if (id.length > 0)
                menu.view.renameHeader("lane", id)
        }
    }
    MenuItem {
        text: qsTr("Move lane up")
        visible: menu.onLane
        height: visible ? implicitHeight : 0
        enabled: menu.writable && menu.header.index > 0
        onTriggered: menu.editor.moveLane(menu.header.index, menu.header.index - 1)
    }
    MenuItem {
        text: qsTr("Move lane down")
        visible: menu.onLane
        height: visible ? implicitHeight : 0
        enabled: menu.writable && menu.header.index < menu.lanes.count - 1
        onTriggered: menu.editor.moveLane(menu.header.index, menu.header.index + 1)
    }
    MenuItem {
        text: qsTr("Delete lane")
        visible: menu.onLane
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: menu.editor.deleteLane(menu.header.id)
    }
}
