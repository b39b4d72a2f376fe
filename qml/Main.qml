import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

ApplicationWindow {
    id: window

    property string initialFile: ""
    property string screenshotPath: ""

    visible: true
    title: controller.isOpen ? qsTr("%1 — Waymark").arg(controller.fileName) : qsTr("Waymark")

    DocumentController {
        id: controller

        onFailed: message => messageBar.show(message)
        onNotice: message => messageBar.show(message)
    }

    header: Label {
        id: messageBar

        function show(text) {
            messageBar.text = text
        }

        padding: 8
        visible: text.length > 0
        wrapMode: Text.Wrap
    }

    Label {
        anchors.centerIn: parent
        text: controller.isOpen ? controller.fileName : qsTr("No document open")
    }

    Component.onCompleted: {
        if (initialFile.length > 0)
            controller.open(initialFile)
    }
}
