import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// The journey itself: its name, persona, scenario and state.
ColumnLayout {
    id: box

    required property MapEditor editor
    required property PersonaListModel personas
    property bool writable: true
    readonly property var journey: editor.journey

    function set(field, value) {
        editor.journeys.setJourneyField(field, value)
    }

    spacing: 4

    Label {
        Layout.margins: 12
        Layout.bottomMargin: 0
        text: qsTr("Journey")
        font.bold: true
        font.pixelSize: 15
    }
    Label {
        Layout.leftMargin: 12
        text: qsTr("%1 cards, %2 links").arg(box.journey.steps || 0).arg(box.journey.links || 0)
        opacity: 0.7
    }

    GridLayout {
        Layout.fillWidth: true
        Layout.margins: 12
        columns: 1
        rowSpacing: 2
        enabled: box.writable && box.journey.id !== undefined

        FieldLabel { text: qsTr("Name") }
        TextField {
            objectName: "journeyNameField"
            Layout.fillWidth: true
            text: box.journey.name || ""
            onEditingFinished: if (text !== box.journey.name) box.set("name", text)
        }

        FieldLabel { text: qsTr("Persona") }
        ComboBox {
            readonly property var options: {
                box.personas.revision // names change without the count
                const list = [{id: "", name: qsTr("No persona")}]
                for (let i = 0; i < box.personas.count; ++i)
                    list.push(box.personas.get(i))
                return list
            }
            objectName: "personaBox"
            Layout.fillWidth: true
            model: options
            textRole: "name"
            currentIndex: Math.max(0, options.findIndex(o => o.id === (box.journey.persona || "")))
            onActivated: index => box.set("persona", options[index].id)
            // The persona's photo (or initials) at the left of the box.
            leftPadding: (box.journey.persona || "").length > 0 ? 40 : 12

            Image {
                objectName: "journeyPersonaAvatar"
                x: 8
                anchors.verticalCenter: parent.verticalCenter
                width: 26
                height: 26
                visible: (box.journey.persona || "").length > 0
                source: { box.personas.revision; return visible ? box.editor.pictures.avatar(box.journey.persona, 52) : "" }
            }
        }

        FieldLabel { text: qsTr("State") }
        RowLayout {
            RadioButton {
                objectName: "currentStateButton"
                text: qsTr("Current")
                checked: box.journey.state === "current"
                onClicked: box.set("state", "current")
            }
            RadioButton {
                objectName: "futureStateButton"
                text: qsTr("Future")
                checked: box.journey.state === "future"
                onClicked: box.set("state", "future")
            }
        }

        FieldLabel { text: qsTr("Kind") }
        RowLayout {
            RadioButton {
                text: qsTr("Journey map")
                checked: box.journey.kind === "journey"
                onClicked: box.set("kind", "journey")
            }
            RadioButton {
                text: qsTr("Blueprint")
                checked: box.journey.kind === "blueprint"
                onClicked: box.set("kind", "blueprint")
            }
        }

        FieldLabel { text: qsTr("Scenario") }
        FieldArea {
            objectName: "scenarioField"
            Layout.fillWidth: true
            Layout.minimumHeight: 70
            text: box.journey.scenario || ""
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Who wants what, and why")
            onEditingFinished: if (text !== box.journey.scenario) box.set("scenario", text)
        }

        FieldLabel { text: qsTr("Notes") }
        FieldArea {
            Layout.fillWidth: true
            Layout.minimumHeight: 70
            text: box.journey.description || ""
            wrapMode: TextEdit.Wrap
            onEditingFinished: if (text !== box.journey.description) box.set("description", text)
        }
    }
}
