import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Label {
    Layout.topMargin: 8
    font.pixelSize: 11
    font.bold: true
    opacity: 0.7
}
