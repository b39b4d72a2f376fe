import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    title: qsTr("About Waymark")
    modal: true
    standardButtons: Dialog.Ok

    ColumnLayout {
        spacing: 8

        Label {
            text: qsTr("Waymark %1").arg(Qt.application.version)
            font.bold: true
            font.pixelSize: 18
        }
        Label {
            text: qsTr("Customer journey maps and service blueprints.")
        }
        Label {
            text: qsTr("Licensed under the GNU GPL, version 3 or later.")
            opacity: 0.7
        }
    }
}
