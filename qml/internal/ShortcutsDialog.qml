import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Help > Keyboard shortcuts: every key of the editor, grouped.
Dialog {
    id: dialog

    title: qsTr("Keyboard shortcuts")
    modal: true
    standardButtons: Dialog.Close
    width: Math.min(640, parent ? parent.width - 40 : 640)
    height: Math.min(860, parent ? parent.height - 40 : 620)

    // [group, keys, what they do]; a row with an empty key is a group title.
    readonly property var rows: [
        ["", qsTr("Map"), ""],
        ["map", qsTr("Arrows"), qsTr("Go to the nearest card in that direction")],
        ["map", qsTr("Shift+arrows"), qsTr("Extend the selection")],
        ["map", qsTr("Ctrl+arrows"), qsTr("Move the selected cards")],
        ["map", qsTr("Enter, F2"), qsTr("Edit the card's title")],
        ["map", qsTr("Insert"), qsTr("Add a card in the current card's cell")],
        ["map", qsTr("Delete, Backspace"), qsTr("Delete the selected cards or links")],
        ["map", qsTr("Esc"), qsTr("Clear the selection")],
        ["", qsTr("Edit"), ""],
        ["edit", qsTr("Ctrl+A"), qsTr("Select all cards")],
        ["edit", qsTr("Ctrl+C, Ctrl+X, Ctrl+V"), qsTr("Copy, cut, paste cards")],
        ["edit", qsTr("Ctrl+V over a picture area"), qsTr("Paste the clipboard's image into it")],
        ["edit", qsTr("Ctrl+Z"), qsTr("Undo")],
        ["edit", qsTr("Ctrl+Shift+Z, Ctrl+Y"), qsTr("Redo")],
        ["edit", qsTr("Ctrl+F"), qsTr("Find cards")],
        ["edit", qsTr("F3, Shift+F3"), qsTr("Next, previous card found")],
        ["", qsTr("View"), ""],
        ["view", qsTr("Ctrl+plus, Ctrl+minus"), qsTr("Zoom in, out")],
        ["view", qsTr("Ctrl+0"), qsTr("Actual size (100 %)")],
        ["view", qsTr("Ctrl+9"), qsTr("Fit the map to the window")],
        ["view", qsTr("Ctrl+wheel"), qsTr("Zoom around the pointer")],
        ["view", qsTr("Ctrl+Shift+A"), qsTr("The analysis panel")],
        ["", qsTr("File"), ""],
        ["file", qsTr("Ctrl+N, Ctrl+O"), qsTr("New file, open a file")],
        ["file", qsTr("Ctrl+Shift+S"), qsTr("Save a copy as")],
        ["file", qsTr("Ctrl+E, Ctrl+P"), qsTr("Export, print")],
        ["file", qsTr("Ctrl+W, Ctrl+Q"), qsTr("Close, quit")],
        ["", qsTr("Workshop"), ""],
        ["workshop", qsTr("F5"), qsTr("Present stage by stage")],
        ["workshop", qsTr("Left, Right, Space"), qsTr("Previous, next stage while presenting")],
        ["workshop", qsTr("Esc"), qsTr("End the presentation")],
        ["", qsTr("Help"), ""],
        ["help", qsTr("F1"), qsTr("Short guide")],
        ["help", qsTr("Ctrl+F1"), qsTr("This list")],
    ]

    ScrollView {
        id: scroll

        anchors.fill: parent
        clip: true
        contentWidth: availableWidth
        // The list is longer than the dialog: say so before anyone scrolls.
        ScrollBar.vertical.policy: contentHeight > availableHeight ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded

        GridLayout {
            objectName: "shortcutsGrid"
            width: scroll.availableWidth
            columns: 2
            columnSpacing: 24
            rowSpacing: 6

            Repeater {
                model: dialog.rows.length * 2
                delegate: Label {
                    required property int index
                    readonly property var row: dialog.rows[Math.floor(index / 2)]
                    readonly property bool title: row[0] === ""

                    Layout.columnSpan: title && index % 2 === 0 ? 2 : 1
                    Layout.fillWidth: index % 2 === 1
                    Layout.topMargin: title ? 10 : 0
                    visible: !(title && index % 2 === 1)
                    text: title ? row[1] : (index % 2 === 0 ? row[1] : row[2])
                    font.bold: title || index % 2 === 0
                    font.family: !title && index % 2 === 0 ? "monospace" : Qt.application.font.family
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
