import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// The properties of what is selected: cards, a link, or (nothing selected) the journey.
Pane {
    id: inspector

    required property MapEditor editor
    required property MapCanvas canvas
    required property ChannelListModel channels
    required property PersonaListModel personas
    property bool writable: true
    readonly property string mode: canvas.selectedSteps.length > 0 ? "steps"
                                   : canvas.selectedLinks.length > 0 ? "link" : "journey"

    padding: 0

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: parent.width
            spacing: 0

            StepInspector {
                Layout.fillWidth: true
                visible: inspector.mode === "steps"
                editor: inspector.editor
                ids: inspector.canvas.selectedSteps
                channels: inspector.channels
                writable: inspector.writable
            }

            LinkInspector {
                Layout.fillWidth: true
                visible: inspector.mode === "link"
                editor: inspector.editor
                linkId: inspector.canvas.selectedLinks.length > 0 ? inspector.canvas.selectedLinks[0] : ""
                count: inspector.canvas.selectedLinks.length
                writable: inspector.writable
            }

            JourneyInspector {
                Layout.fillWidth: true
                visible: inspector.mode === "journey"
                editor: inspector.editor
                personas: inspector.personas
                writable: inspector.writable
            }
        }
    }
}
