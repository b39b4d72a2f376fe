import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// The channels of the file: where customers meet the company.
Dialog {
    id: dialog

    required property MapEditor editor
    required property ChannelListModel channels
    property bool writable: true
    property int current: 0
    readonly property var channel: { channels.revision; return channels.get(current) }

    title: qsTr("Channels")
    modal: true
    standardButtons: Dialog.Close
    width: 640
    height: 420

    RowLayout {
        anchors.fill: parent
        spacing: 12

        ColumnLayout {
            Layout.preferredWidth: 220
            Layout.fillHeight: true

            ListView {
                objectName: "channelList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: dialog.channels
                currentIndex: dialog.current
                delegate: ItemDelegate {
                    required property string name
                    required property int uses
                    required property int index
                    width: ListView.view.width
                    text: qsTr("%1 (%2)").arg(name).arg(uses)
                    highlighted: ListView.isCurrentItem
                    onClicked: dialog.current = index
                }
            }
            RowLayout {
                Button {
                    objectName: "addChannelButton"
                    text: qsTr("Add")
                    enabled: dialog.writable
                    onClicked: {
                        const id = dialog.editor.library.addChannel(qsTr("New channel"), "digital", "web")
                        if (id.length > 0)
                            dialog.current = dialog.channels.indexOf(id)
                    }
                }
                Button {
                    text: qsTr("Delete")
                    enabled: dialog.writable && dialog.channel.id !== undefined
                    ToolTip.text: qsTr("Cards on this channel keep their place and lose the channel")
                    ToolTip.visible: hovered
                    onClicked: {
                        dialog.editor.library.deleteChannel(dialog.channel.id)
                        dialog.current = Math.max(0, dialog.current - 1)
                    }
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            columns: 1
            enabled: dialog.writable && dialog.channel.id !== undefined

            FieldLabel { text: qsTr("Name") }
            TextField {
                objectName: "channelNameField"
                Layout.fillWidth: true
                text: dialog.channel.name || ""
                onEditingFinished: if (text !== dialog.channel.name) dialog.editor.library.setChannelField(dialog.channel.id, "name", text)
            }
            FieldLabel { text: qsTr("Kind") }
            ComboBox {
                Layout.fillWidth: true
                model: dialog.editor.channelKinds
                displayText: (Preferences.language, dialog.editor.displayName("channel", dialog.channel.kind || ""))
                currentIndex: dialog.editor.channelKinds.indexOf(dialog.channel.kind)
                delegate: ItemDelegate {
                    required property string modelData
                    width: ListView.view.width
                    text: (Preferences.language, dialog.editor.displayName("channel", modelData))
                }
                onActivated: index => dialog.editor.library.setChannelField(dialog.channel.id, "kind", dialog.editor.channelKinds[index])
            }
            FieldLabel { text: qsTr("Icon") }
            ComboBox {
                id: iconBox

                objectName: "channelIconBox"
                Layout.fillWidth: true
                model: dialog.editor.channelIcons
                currentIndex: dialog.editor.channelIcons.indexOf(dialog.channel.icon)
                onActivated: index => dialog.editor.library.setChannelField(dialog.channel.id, "icon", dialog.editor.channelIcons[index])
                // The icons with their names, not their ids.
                delegate: ItemDelegate {
                    required property string modelData
                    width: ListView.view.width
                    text: glyph.title
                    leftPadding: 38
                    ChannelIcon {
                        id: glyph
                        x: 10
                        anchors.verticalCenter: parent.verticalCenter
                        width: 18
                        height: 18
                        icon: parent.modelData
                        color: iconBox.palette.text
                    }
                }
                contentItem: Item {
                    implicitHeight: 24
                    ChannelIcon {
                        id: shownIcon
                        x: 8
                        anchors.verticalCenter: parent.verticalCenter
                        width: 18
                        height: 18
                        icon: iconBox.currentIndex >= 0 ? dialog.editor.channelIcons[iconBox.currentIndex] : ""
                        color: iconBox.palette.text
                    }
                    Label {
                        anchors.left: shownIcon.right
                        anchors.leftMargin: 8
                        anchors.verticalCenter: parent.verticalCenter
                        text: shownIcon.title
                    }
                }
            }
        }
    }
}
