import QtQuick
import QtQuick.Controls
import Waymark.App

// The tooltip of the card under the mouse when the map cuts its title: the
// whole title, description, owner and metrics. Lies over the map, takes no input.
Item {
    id: tipItem

    required property DocumentController controller
    required property string journeyId
    required property var canvas
    // The card under the mouse ("" for none) and whether a drag is going on.
    property string stepId: ""
    property bool busy: false
    readonly property var tip: {
        controller.revision
        return stepId.length > 0 ? tips.tip(stepId) : ({})
    }
    readonly property alias toolTip: toolTip

    CardTips {
        id: tips

        document: tipItem.controller
        journeyId: tipItem.journeyId
    }

    ToolTip {
        id: toolTip

        objectName: "cardToolTip"
        readonly property rect card: tipItem.stepId.length > 0 ? tipItem.canvas.cardRect(tipItem.stepId) : Qt.rect(0, 0, 0, 0)

        x: card.x
        y: card.y + card.height + 4
        width: Math.min(implicitWidth, 420)
        delay: 500
        visible: !tipItem.busy && tipItem.tip.cut === true
        text: tipItem.tip.text || ""
        contentItem: Label {
            text: toolTip.text
            wrapMode: Text.Wrap
            color: toolTip.palette.toolTipText
        }
    }
}
