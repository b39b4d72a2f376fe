import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// The personas of the file: who the journeys are about.
Dialog {
    id: dialog

    required property MapEditor editor
    required property PersonaListModel personas
    property bool writable: true
    property int current: 0
    readonly property var persona: { personas.revision; return personas.get(current) }

    title: qsTr("Personas")
    modal: true
    standardButtons: Dialog.Close
    width: 720
    // Room for two lines of the quote and three of the description in
    // every language; less on a small window.
    height: Math.min(640, parent ? parent.height - 24 : 640)

    RowLayout {
        anchors.fill: parent
        spacing: 12

        ColumnLayout {
            // Fixed: the fields on the right must not push the list while typing.
            Layout.preferredWidth: 240
            Layout.minimumWidth: 240
            Layout.maximumWidth: 240
            Layout.fillHeight: true

            ListView {
                objectName: "personaList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: dialog.personas
                currentIndex: dialog.current
                delegate: ItemDelegate {
                    required property string id
                    required property string name
                    required property string photo
                    required property int index
                    width: ListView.view.width
                    text: name
                    leftPadding: 44
                    highlighted: ListView.isCurrentItem
                    onClicked: dialog.current = index

                    // The photo, or the initials when there is none.
                    Image {
                        x: 8
                        anchors.verticalCenter: parent.verticalCenter
                        width: 28
                        height: 28
                        source: { dialog.personas.revision; parent.photo; return dialog.editor.pictures.avatar(parent.id, 56) }
                    }
                }
            }
            RowLayout {
                Button {
                    objectName: "addPersonaButton"
                    text: qsTr("Add")
                    enabled: dialog.writable
                    onClicked: {
                        const id = dialog.editor.library.addPersona(qsTr("New persona"))
                        if (id.length > 0)
                            dialog.current = dialog.personas.indexOf(id)
                    }
                }
                Button {
                    text: qsTr("Delete")
                    enabled: dialog.writable && dialog.persona.id !== undefined
                    onClicked: {
                        dialog.editor.library.deletePersona(dialog.persona.id)
                        dialog.current = Math.max(0, dialog.current - 1)
                    }
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 300
            columns: 1
            enabled: dialog.writable && dialog.persona.id !== undefined

            FieldLabel { text: qsTr("Photo") }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12

                Image {
                    objectName: "personaAvatar"
                    Layout.preferredWidth: 64
                    Layout.preferredHeight: 64
                    source: { dialog.personas.revision; return dialog.persona.id !== undefined ? dialog.editor.pictures.avatar(dialog.persona.id, 128) : "" }
                }
                PictureField {
                    objectName: "personaPhoto"
                    Layout.fillWidth: true
                    hasPicture: (dialog.persona.photo || "").length > 0
                    writable: dialog.writable
                    addText: qsTr("Choose photo…")
                    replaceText: qsTr("Replace photo…")
                    removeText: qsTr("Remove photo")
                    pasteText: qsTr("Paste photo")
                    hintText: qsTr("Drop a photo here, or click here and paste it (Ctrl+V)")
                    dialogTitle: qsTr("Choose a photo or avatar")
                    onFileChosen: file => dialog.editor.pictures.setPersonaPhotoFile(dialog.persona.id, file)
                    onPasteRequested: dialog.editor.pictures.pastePersonaPhoto(dialog.persona.id)
                    onRemoveRequested: dialog.editor.pictures.removePersonaPhoto(dialog.persona.id)
                }
            }
            FieldLabel { text: qsTr("Name") }
            TextField {
                objectName: "personaNameField"
                Layout.fillWidth: true
                text: dialog.persona.name || ""
                onEditingFinished: if (text !== dialog.persona.name) dialog.editor.library.setPersonaField(dialog.persona.id, "name", text)
            }
            FieldLabel { text: qsTr("Goals") }
            FieldArea {
                Layout.fillWidth: true
                Layout.preferredHeight: 60
                wrapMode: TextEdit.Wrap
                text: dialog.persona.goals || ""
                onEditingFinished: if (text !== dialog.persona.goals) dialog.editor.library.setPersonaField(dialog.persona.id, "goals", text)
            }
            FieldLabel { text: qsTr("Quote") }
            // Wrapped: a quote is a sentence, longer than the field in Russian.
            FieldArea {
                objectName: "personaQuoteField"
                Layout.fillWidth: true
                Layout.preferredHeight: 52
                wrapMode: TextEdit.Wrap
                text: dialog.persona.quote || ""
                onEditingFinished: if (text !== dialog.persona.quote) dialog.editor.library.setPersonaField(dialog.persona.id, "quote", text)
            }
            FieldLabel { text: qsTr("Description") }
            FieldArea {
                objectName: "personaDescriptionField"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 64
                wrapMode: TextEdit.Wrap
                text: dialog.persona.description || ""
                onEditingFinished: if (text !== dialog.persona.description) dialog.editor.library.setPersonaField(dialog.persona.id, "description", text)
            }
        }
    }
}
