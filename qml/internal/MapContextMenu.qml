import QtQuick
import QtQuick.Controls
import Waymark.App

// Right-click menus: on a card, a link, a stage or lane header, or an empty cell.
AppMenu {
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

    // Not "onCard" and the like: Qt 6.4 takes on<Name> for a handler and
    // never updates such a binding.
    readonly property bool atCard: card.length > 0
    readonly property bool atLink: link.length > 0
    readonly property bool atStage: header.kind === "stage"
    readonly property bool atLane: header.kind === "lane"
    readonly property bool atCell: !atCard && !atLink && cell.stage !== undefined
    readonly property bool writable: view.writable

    MenuItem {
        text: qsTr("Edit title")
        visible: menu.atCard
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: menu.view.startEdit(menu.card)
    }
    MenuItem {
        text: qsTr("Add card here")
        visible: menu.atCell
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: menu.view.addCard(menu.cell.stage, menu.cell.lane, "")
    }
    MenuItem {
        text: qsTr("Copy")
        visible: menu.atCard
        height: visible ? implicitHeight : 0
        onTriggered: menu.view.copySelection()
    }
    MenuItem {
        text: qsTr("Cut")
        visible: menu.atCard
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: menu.view.cutSelection()
    }
    MenuItem {
        text: qsTr("Paste here")
        visible: menu.atCell || menu.atCard
        height: visible ? implicitHeight : 0
        // canPaste() is no property: `opened` makes the binding ask again
        // each time the menu opens, after a copy.
        enabled: menu.writable && menu.opened && menu.editor.cards.canPaste()
        onTriggered: {
            const target = menu.atCell ? menu.cell : menu.editor.step(menu.card)
            const ids = menu.editor.cards.paste(target.stage, target.lane)
            if (ids.length > 0)
                menu.canvas.selectedSteps = ids
        }
    }
    MenuItem {
        text: qsTr("Delete")
        visible: menu.atCard || menu.atLink
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: menu.view.deleteSelection()
    }

    // Stage header
    MenuItem {
        text: qsTr("Rename stage")
        visible: menu.atStage
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: menu.view.renameHeader("stage", menu.header.id)
    }
    MenuItem {
        text: qsTr("Insert stage before")
        visible: menu.atStage
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: {
            const id = menu.editor.structure.addStage(qsTr("New stage"), menu.header.index)
            if (id.length > 0)
                menu.view.renameHeader("stage", id)
        }
    }
    MenuItem {
        text: qsTr("Insert stage after")
        visible: menu.atStage
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: {
            const id = menu.editor.structure.addStage(qsTr("New stage"), menu.header.index + 1)
            if (id.length > 0)
                menu.view.renameHeader("stage", id)
        }
    }
    MenuItem {
        text: qsTr("Move stage left")
        visible: menu.atStage
        height: visible ? implicitHeight : 0
        enabled: menu.writable && menu.header.index > 0
        onTriggered: menu.editor.structure.moveStage(menu.header.index, menu.header.index - 1)
    }
    MenuItem {
        text: qsTr("Move stage right")
        visible: menu.atStage
        height: visible ? implicitHeight : 0
        enabled: menu.writable && menu.header.index < menu.stages.count - 1
        onTriggered: menu.editor.structure.moveStage(menu.header.index, menu.header.index + 1)
    }
    MenuItem {
        text: qsTr("Delete stage")
        visible: menu.atStage
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: menu.editor.structure.deleteStage(menu.header.id)
    }

    // Lane header
    MenuItem {
        text: qsTr("Rename lane")
        visible: menu.atLane
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: menu.view.renameHeader("lane", menu.header.id)
    }
    AppMenu {
        id: kindMenu

        // Inside a MenuItem, `menu` is the item's own menu (this submenu), so
        // the delegates reach the context menu through this property.
        readonly property var owner: menu

        title: qsTr("Lane kind")

        ButtonGroup {
            id: laneKindGroup
        }
        enabled: menu.writable && menu.atLane

        Instantiator {
            model: kindMenu.owner.editor ? kindMenu.owner.editor.laneKinds : []
            delegate: MenuItem {
                id: kindItem

                required property string modelData
                readonly property var owner: kindMenu.owner

                text: (Preferences.language, owner.editor ? owner.editor.displayName("lane", modelData) : modelData)
                objectName: "laneKind_" + modelData
                // One of several: a radio mark, not a tick box.
                checkable: true
                ButtonGroup.group: laneKindGroup
                indicator: Rectangle {
                    objectName: "radioMark"
                    x: kindItem.leftPadding
                    y: kindItem.topPadding + (kindItem.availableHeight - height) / 2
                    implicitWidth: 16
                    implicitHeight: 16
                    radius: 8
                    color: kindItem.palette.base
                    border.color: kindItem.palette.mid

                    Rectangle {
                        anchors.centerIn: parent
                        width: 8
                        height: 8
                        radius: 4
                        color: kindItem.palette.text
                        visible: kindItem.checked
                    }
                }
                checked: !!owner.lanes && owner.atLane && owner.lanes.indexOf(owner.header.id) >= 0
                         && owner.lanes.get(owner.lanes.indexOf(owner.header.id)).kind === modelData
                onTriggered: owner.editor.structure.setLaneField(owner.header.id, "kind", modelData)
            }
            onObjectAdded: (index, object) => kindMenu.insertItem(index, object)
            onObjectRemoved: (index, object) => kindMenu.removeItem(object)
        }
    }
    MenuItem {
        text: qsTr("Insert lane above")
        visible: menu.atLane
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: {
            const id = menu.editor.structure.addLane(qsTr("New lane"), "custom", menu.header.index)
            if (id.length > 0)
                menu.view.renameHeader("lane", id)
        }
    }
    MenuItem {
        text: qsTr("Insert lane below")
        visible: menu.atLane
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: {
            const id = menu.editor.structure.addLane(qsTr("New lane"), "custom", menu.header.index + 1)
            if (id.length > 0)
                menu.view.renameHeader("lane", id)
        }
    }
    MenuItem {
        text: qsTr("Move lane up")
        visible: menu.atLane
        height: visible ? implicitHeight : 0
        enabled: menu.writable && menu.header.index > 0
        onTriggered: menu.editor.structure.moveLane(menu.header.index, menu.header.index - 1)
    }
    MenuItem {
        text: qsTr("Move lane down")
        visible: menu.atLane
        height: visible ? implicitHeight : 0
        enabled: menu.writable && menu.header.index < menu.lanes.count - 1
        onTriggered: menu.editor.structure.moveLane(menu.header.index, menu.header.index + 1)
    }
    MenuItem {
        text: qsTr("Delete lane")
        visible: menu.atLane
        height: visible ? implicitHeight : 0
        enabled: menu.writable
        onTriggered: menu.editor.structure.deleteLane(menu.header.id)
    }
}
