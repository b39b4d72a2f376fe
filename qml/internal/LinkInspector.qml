import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// A link between two cards: its kind, the share of customers taking it, a label.
ColumnLayout {
    id: box

    required property MapEditor editor
    required property string linkId
    property int count: 1
    property bool writable: true
    readonly property var link: { editor.document.revision; return editor.link(linkId) }

    function set(field, value) {
        editor.cards.setLinkField([linkId], field, value)
    }

    spacing: 4

    Label {
        Layout.margins: 12
        Layout.bottomMargin: 0
        text: qsTr("Link")
        font.bold: true
        font.pixelSize: 15
    }
    Label {
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        text: qsTr("From “%1” to “%2”").arg(box.link.fromTitle || "").arg(box.link.toTitle || "")
        wrapMode: Text.Wrap
        opacity: 0.75
    }

    GridLayout {
        Layout.fillWidth: true
        Layout.margins: 12
        columns: 1
        rowSpacing: 2
        enabled: box.writable

        FieldLabel { text: qsTr("Kind") }
        ComboBox {
            objectName: "linkKindBox"
            Layout.fillWidth: true
            model: box.editor.linkKinds
            displayText: (Preferences.language, box.editor.displayName("link", box.link.kind || ""))
            currentIndex: box.editor.linkKinds.indexOf(box.link.kind)
            delegate: ItemDelegate {
                required property string modelData
                width: ListView.view.width
                text: (Preferences.language, box.editor.displayName("link", modelData))
            }
            onActivated: index => box.set("kind", box.editor.linkKinds[index])
        }

        FieldLabel { text: qsTr("Share of customers (%)") }
        RowLayout {
            Layout.fillWidth: true

            TextField {
                objectName: "shareField"
                Layout.fillWidth: true
                text: box.link.share === undefined || box.link.share === null ? "" : String(Math.round(box.link.share * 1000) / 10)
                placeholderText: qsTr("unknown")
                validator: DoubleValidator { bottom: 0; top: 100; decimals: 1 }
                onEditingFinished: box.set("share", text.length > 0 ? Number(text.replace(",", ".")) / 100 : undefined)
            }
            Button {
                text: qsTr("Clear")
                onClicked: box.set("share", undefined)
            }
        }

        FieldLabel { text: qsTr("Label") }
        TextField {
            objectName: "labelField"
            Layout.fillWidth: true
            text: box.link.label || ""
            onEditingFinished: if (text !== box.link.label) box.set("label", text)
        }

        CheckBox {
            text: qsTr("Typical path")
            checked: box.link.typical === true
            onClicked: box.set("typical", checked)
        }
    }
}
