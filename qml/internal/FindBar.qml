import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// Find (Ctrl+F): a field over the map and the cards of every journey of the
// file that match; Enter or a click goes to a card, F3 / Shift+F3 step.
Pane {
    id: bar

    required property DocumentController controller
    required property string journeyId
    readonly property alias finder: finder
    readonly property alias field: field

    // Asked to show a card: the view switches journey and scrolls.
    signal goTo(string journeyId, string stepId)
    signal closed()

    function activate() {
        visible = true
        field.forceActiveFocus()
        field.selectAll()
    }

    function close() {
        visible = false
        closed()
    }

    function show(result) {
        if (result && result.stepId)
            bar.goTo(result.journeyId, result.stepId)
    }

    function next() {
        show(finder.next())
    }

    function previous() {
        show(finder.previous())
    }

    // Enter: the current result, or the first.
    function accept() {
        if (finder.currentIndex < 0)
            next()
        else
            show(finder.result(finder.currentIndex))
    }

    visible: false
    padding: 6

    FindController {
        id: finder

        document: bar.controller
        journeyId: bar.journeyId
        query: field.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 6

            TextField {
                id: field

                objectName: "findField"
                Layout.fillWidth: true
                placeholderText: qsTr("Find cards by title, description, owner, tag or key")
                selectByMouse: true
                Keys.onReturnPressed: event => { if (event.modifiers & Qt.ShiftModifier) bar.previous(); else bar.accept() }
                Keys.onEnterPressed: bar.accept()
                Keys.onEscapePressed: bar.close()
                Keys.onDownPressed: finder.currentIndex = Math.min(finder.currentIndex + 1, finder.count - 1)
                Keys.onUpPressed: finder.currentIndex = Math.max(finder.currentIndex - 1, 0)
            }
            Label {
                objectName: "findCount"
                // A fixed width: the buttons keep their place as the count changes.
                Layout.preferredWidth: 120
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
                text: field.text.trim().length === 0 ? ""
                      : finder.count === 0 ? qsTr("No cards found")
                      : finder.currentIndex < 0 ? qsTr("%n card(s)", "", finder.count)
                      : qsTr("%1 of %2").arg(finder.currentIndex + 1).arg(finder.count)
            }
            ToolButton {
                text: "▲"
                enabled: finder.count > 0
                ToolTip.text: qsTr("Previous (Shift+F3)")
                ToolTip.visible: hovered
                onClicked: bar.previous()
            }
            ToolButton {
                text: "▼"
                enabled: finder.count > 0
                ToolTip.text: qsTr("Next (F3)")
                ToolTip.visible: hovered
                onClicked: bar.next()
            }
            ToolButton {
                objectName: "findClose"
                text: "✕"
                ToolTip.text: qsTr("Close (Esc)")
                ToolTip.visible: hovered
                onClicked: bar.close()
            }
        }

        ListView {
            id: list

            objectName: "findResults"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 180)
            visible: finder.count > 0
            clip: true
            model: finder.results
            currentIndex: finder.currentIndex
            highlightFollowsCurrentItem: true
            onCurrentIndexChanged: positionViewAtIndex(currentIndex, ListView.Contain)
            // Shown while there are more results than rows: the last row
            // cut by the map then reads as "more below".
            ScrollBar.vertical: ScrollBar {
                policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }
            delegate: ItemDelegate {
                required property var modelData
                required property int index

                width: ListView.view.width
                highlighted: index === finder.currentIndex
                padding: 4
                contentItem: RowLayout {
                    spacing: 10

                    Label {
                        text: modelData.title
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.maximumWidth: list.width * 0.4
                    }
                    Label {
                        Layout.fillWidth: true
                        // Where else it matched; the title is already there.
                        text: modelData.excerpt === modelData.title ? "" : modelData.field + ": " + modelData.excerpt
                        elide: Text.ElideRight
                        opacity: 0.75
                    }
                    Label {
                        text: modelData.journeyName
                        opacity: 0.6
                        elide: Text.ElideRight
                        Layout.maximumWidth: list.width * 0.25
                    }
                }
                onClicked: {
                    finder.currentIndex = index
                    bar.show(modelData)
                }
            }
        }
    }
}
