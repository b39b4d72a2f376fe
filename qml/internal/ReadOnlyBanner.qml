import QtQuick
import QtQuick.Controls

// Says why the open file cannot be changed.
Rectangle {
    property alias text: label.text

    implicitHeight: visible ? label.implicitHeight + 12 : 0
    color: "#fff4d6"

    Label {
        id: label

        objectName: "readOnlyText"
        anchors.fill: parent
        anchors.leftMargin: 12
        verticalAlignment: Text.AlignVCenter
        color: "#7a4b00"
        elide: Text.ElideRight
    }
}
