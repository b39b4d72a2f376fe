import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// Every field of a card; with several cards selected, the fields they share
// and a change applies to all of them (one undo step).
ColumnLayout {
    id: box

    required property MapEditor editor
    required property var ids
    required property ChannelListModel channels
    property bool writable: true
    readonly property bool single: ids.length === 1
    // Re-read after every edit. Every selected card, and the first one, whose
    // values are shown where all the cards agree; "Mixed" where they differ.
    readonly property var steps: { editor.document.revision; return ids.map(id => editor.step(id)) }
    readonly property var step: steps.length > 0 ? steps[0] : ({})
    readonly property string mixedText: qsTr("Mixed")

    function mixed(field) {
        if (steps.length < 2)
            return false
        const first = JSON.stringify(steps[0][field])
        return steps.some(s => JSON.stringify(s[field]) !== first)
    }

    // A text field of several cards: "" with a "Mixed" hint when they differ.
    function shown(field) {
        return mixed(field) ? "" : (step[field] || "")
    }

    function check(field) {
        return mixed(field) ? Qt.PartiallyChecked : (step[field] === true ? Qt.Checked : Qt.Unchecked)
    }

    function set(field, value) {
        if (ids.length > 0)
            editor.cards.setStepField(ids, field, value)
    }

    spacing: 4

    Label {
        Layout.fillWidth: true
        Layout.margins: 12
        Layout.bottomMargin: 0
        text: box.single ? qsTr("Card") : qsTr("%n cards", "", box.ids.length)
        font.bold: true
        font.pixelSize: 15
    }

    GridLayout {
        Layout.fillWidth: true
        Layout.margins: 12
        columns: 1
        rowSpacing: 2
        enabled: box.writable

        FieldLabel { text: qsTr("Title"); visible: box.single }
        FieldArea {
            objectName: "titleField"
            Layout.fillWidth: true
            visible: box.single
            text: box.step.title || ""
            wrapMode: TextEdit.Wrap
            onEditingFinished: if (text !== box.step.title) box.set("title", text)
        }

        FieldLabel { text: qsTr("Picture"); visible: box.single }
        PictureField {
            objectName: "stepPicture"
            Layout.fillWidth: true
            visible: box.single
            hasPicture: (box.step.picture || "").length > 0
            source: { box.editor.document.revision; return hasPicture ? box.editor.pictures.thumbnail(box.step.picture, 480) : "" }
            details: hasPicture ? box.editor.pictures.describe(box.step.picture) : ""
            dialogTitle: qsTr("Add a picture to the card")
            onFileChosen: file => box.editor.pictures.setStepPictureFile(box.ids[0], file)
            onPasteRequested: box.editor.pictures.pasteStepPicture(box.ids[0])
            onRemoveRequested: box.editor.pictures.removeStepPicture(box.ids[0])
        }

        FieldLabel { text: qsTr("Kind") }
        ComboBox {
            objectName: "kindBox"
            Layout.fillWidth: true
            model: box.editor.stepKinds
            displayText: box.mixed("kind") ? box.mixedText : (Preferences.language, box.editor.displayName("step", box.step.kind || ""))
            currentIndex: box.mixed("kind") ? -1 : box.editor.stepKinds.indexOf(box.step.kind)
            delegate: ItemDelegate {
                required property string modelData
                width: ListView.view.width
                text: (Preferences.language, box.editor.displayName("step", modelData))
            }
            onActivated: index => box.set("kind", box.editor.stepKinds[index])
        }

        FieldLabel { text: qsTr("Channel") }
        ComboBox {
            id: channelBox

            objectName: "channelBox"
            readonly property var options: {
                box.channels.revision // names change without the count
                const list = [{id: "", name: qsTr("No channel")}]
                for (let i = 0; i < box.channels.count; ++i)
                    list.push(box.channels.get(i))
                return list
            }
            Layout.fillWidth: true
            model: options
            textRole: "name"
            valueRole: "id"
            displayText: box.mixed("channel") ? box.mixedText : currentText
            currentIndex: box.mixed("channel") ? -1 : Math.max(0, options.findIndex(o => o.id === (box.step.channel || "")))
            onActivated: index => box.set("channel", options[index].id)
        }

        FieldLabel { text: qsTr("Owner") }
        TextField {
            objectName: "ownerField"
            Layout.fillWidth: true
            text: box.shown("owner")
            placeholderText: box.mixed("owner") ? box.mixedText : qsTr("Team or person responsible")
            onEditingFinished: if (text !== box.shown("owner")) box.set("owner", text)
        }

        FieldLabel { text: qsTr("Emotion") }
        RowLayout {
            Layout.fillWidth: true
            spacing: 2

            Repeater {
                model: [-2, -1, 0, 1, 2]
                delegate: Button {
                    required property int modelData
                    objectName: "emotion_" + modelData
                    Layout.fillWidth: true
                    text: modelData > 0 ? "+" + modelData : (modelData < 0 ? "−" + (-modelData) : "0")
                    checkable: true
                    checked: !box.mixed("emotion") && box.step.emotion === modelData
                    onClicked: box.set("emotion", modelData)
                }
            }
            Button {
                objectName: "emotion_none"
                text: qsTr("None")
                // Ticked when no card has an emotion: with nothing ticked,
                // "Mixed" below says the cards differ.
                checkable: true
                checked: !box.mixed("emotion") && (box.step.emotion === undefined || box.step.emotion === null)
                onClicked: box.set("emotion", undefined)
            }
        }
        Label {
            objectName: "emotionMixed"
            visible: box.mixed("emotion")
            text: box.mixedText
            font.italic: true
            opacity: 0.8
        }

        CheckBox {
            objectName: "momentOfTruthBox"
            text: qsTr("Moment of truth")
            checkState: box.check("momentOfTruth")
            nextCheckState: () => checkState === Qt.Checked ? Qt.Unchecked : Qt.Checked
            onClicked: box.set("momentOfTruth", checkState === Qt.Checked)
        }
        RowLayout {
            CheckBox {
                objectName: "entryBox"
                text: qsTr("Entry")
                checkState: box.check("entry")
                nextCheckState: () => checkState === Qt.Checked ? Qt.Unchecked : Qt.Checked
                onClicked: box.set("entry", checkState === Qt.Checked)
                ToolTip.text: qsTr("Customers start here. Without any entry flag, steps with no incoming link are entries.")
                ToolTip.visible: hovered
                ToolTip.delay: 700
            }
            CheckBox {
                objectName: "goalBox"
                text: qsTr("Goal")
                checkState: box.check("goal")
                nextCheckState: () => checkState === Qt.Checked ? Qt.Unchecked : Qt.Checked
                onClicked: box.set("goal", checkState === Qt.Checked)
                ToolTip.text: qsTr("The customer's goal. Without any goal flag, steps with no outgoing link are goals.")
                ToolTip.visible: hovered
                ToolTip.delay: 700
            }
        }

        FieldLabel { text: qsTr("Priority") }
        ComboBox {
            objectName: "priorityBox"
            Layout.fillWidth: true
            model: box.editor.priorities
            displayText: box.mixed("priority") ? box.mixedText : (Preferences.language, box.editor.displayName("priority", box.step.priority || "none"))
            currentIndex: box.mixed("priority") ? -1 : box.editor.priorities.indexOf(box.step.priority)
            delegate: ItemDelegate {
                required property string modelData
                width: ListView.view.width
                text: (Preferences.language, box.editor.displayName("priority", modelData))
            }
            onActivated: index => box.set("priority", box.editor.priorities[index])
        }

        FieldLabel { text: qsTr("Due date") }
        TextField {
            objectName: "dueField"
            Layout.fillWidth: true
            text: box.shown("due")
            placeholderText: box.mixed("due") ? box.mixedText : qsTr("YYYY-MM-DD")
            inputMethodHints: Qt.ImhDate
            onEditingFinished: if (text !== box.shown("due")) box.set("due", text)
        }

        FieldLabel { text: qsTr("External key"); visible: box.single }
        TextField {
            objectName: "keyField"
            Layout.fillWidth: true
            visible: box.single
            text: box.step.key || ""
            placeholderText: qsTr("Id in the survey data")
            onEditingFinished: if (text !== box.step.key) box.set("key", text)
        }

        FieldLabel { text: qsTr("Tags") }
        TextField {
            objectName: "tagsField"
            Layout.fillWidth: true
            text: box.shown("tags")
            placeholderText: box.mixed("tags") ? box.mixedText : qsTr("comma, separated")
            onEditingFinished: if (text !== box.shown("tags")) box.set("tags", text)
        }

        FieldLabel { text: qsTr("Colour") }
        Flow {
            Layout.fillWidth: true
            spacing: 4

            Repeater {
                model: ["", "#2563eb", "#16a34a", "#dc2626", "#d97706", "#7c3aed", "#db2777", "#0891b2", "#475569"]
                delegate: Rectangle {
                    required property string modelData
                    width: 24
                    height: 24
                    radius: 12
                    color: modelData.length > 0 ? modelData : "transparent"
                    readonly property bool chosen: !box.mixed("color") && (box.step.color || "") === modelData
                    border.width: chosen ? 3 : 1
                    border.color: chosen ? "#0e7afe" : palette.mid
                    Label {
                        anchors.centerIn: parent
                        visible: parent.modelData.length === 0
                        text: "∅"
                    }
                    TapHandler {
                        onTapped: box.set("color", parent.modelData)
                    }
                }
            }
        }

        FieldLabel { text: qsTr("Description"); visible: box.single }
        FieldArea {
            objectName: "descriptionField"
            Layout.fillWidth: true
            Layout.minimumHeight: 80
            visible: box.single
            text: box.step.description || ""
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("What happens here, in the customer's words")
            onEditingFinished: if (text !== box.step.description) box.set("description", text)
        }
    }

    CommentsSection {
        Layout.fillWidth: true
        Layout.margins: 12
        visible: box.single
        editor: box.editor
        stepId: box.single ? box.ids[0] : ""
        writable: box.writable
    }
}
