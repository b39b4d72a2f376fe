import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// Language, theme, the name comments are signed with; all apply at once.
Dialog {
    title: qsTr("Preferences")
    modal: true
    standardButtons: Dialog.Close

    GridLayout {
        columns: 2
        columnSpacing: 16
        rowSpacing: 12

        Label {
            text: qsTr("Language")
        }
        ComboBox {
            objectName: "languageBox"
            Layout.preferredWidth: 220
            model: Preferences.languages
            displayText: Preferences.languageName(Preferences.language)
            currentIndex: Preferences.languages.indexOf(Preferences.language)
            delegate: ItemDelegate {
                required property string modelData

                width: ListView.view.width
                text: Preferences.languageName(modelData)
            }
            onActivated: index => Preferences.language = Preferences.languages[index]
        }

        Label {
            text: qsTr("Theme")
        }
        RowLayout {
            RadioButton {
                objectName: "lightTheme"
                text: qsTr("Light")
                checked: !Preferences.dark
                onClicked: Preferences.theme = "light"
            }
            RadioButton {
                objectName: "darkTheme"
                text: qsTr("Dark")
                checked: Preferences.dark
                onClicked: Preferences.theme = "dark"
            }
        }

        Label {
            text: qsTr("Your name")
        }
        TextField {
            id: nameField

            objectName: "userNamePreference"
            // The hint stays whole in every language.
            Layout.preferredWidth: Math.max(220, hintMetrics.advanceWidth + leftPadding + rightPadding + 2)
            text: Preferences.userName
            placeholderText: qsTr("Signs your comments")
            onEditingFinished: Preferences.userName = text.trim()

            TextMetrics {
                id: hintMetrics

                font: nameField.font
                text: nameField.placeholderText
            }
        }

        Label {
            text: qsTr("Minimap")
        }
        Switch {
            objectName: "minimapSwitch"
            // The style draws the track in "dark" (on, nearly the dark
            // window's own colour) and "midlight" (off): the accent and the
            // border colour stand out from the window in both themes.
            palette.dark: Theme.color("highlight", Preferences.dark)
            palette.midlight: Theme.color("mid", Preferences.dark)
            checked: Preferences.showMinimap
            onToggled: Preferences.showMinimap = checked
        }
    }
}
