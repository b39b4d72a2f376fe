import QtQuick
import QtQuick.Controls
import Waymark.App

// A menu item with its action's shortcut on the right ("Ctrl+Z").
MenuItem {
    id: item

    readonly property string shortcutText: action ? KeyNames.text(action.shortcut) : ""

    rightPadding: shortcutText.length > 0 ? shortcutLabel.implicitWidth + 36 : 12

    Label {
        id: shortcutLabel

        objectName: "shortcutText"
        anchors.right: parent.right
        anchors.rightMargin: 12
        anchors.verticalCenter: parent.verticalCenter
        text: item.shortcutText
        visible: text.length > 0
        opacity: item.enabled ? 0.65 : 0.35
        color: item.highlighted ? item.palette.highlightedText : item.palette.windowText
    }
}
