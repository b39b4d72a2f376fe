import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// Try another share for the selected link, or another drop-off for the
// selected card, and see the goal share change; the map stays as it is.
ColumnLayout {
    id: box

    required property AnalysisController analysis
    required property MapCanvas canvas
    required property MapEditor editor
    readonly property string linkId: canvas.selectedLinks.length === 1 ? canvas.selectedLinks[0] : ""
    readonly property string stepId: canvas.selectedSteps.length === 1 ? canvas.selectedSteps[0] : ""
    readonly property var result: {
        if (linkId.length > 0)
            return analysis.whatIf({[linkId]: slider.value / 100}, {})
        if (stepId.length > 0)
            return analysis.whatIf({}, {[stepId]: slider.value / 100})
        return ({})
    }

    function percent(share) {
        return share === undefined || share === null ? "—" : qsTr("%1 %").arg(Math.round(share * 1000) / 10)
    }

    spacing: 4

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        opacity: 0.75
        text: box.linkId.length > 0 ? qsTr("Share of customers taking the selected link:")
            : box.stepId.length > 0 ? qsTr("Share of customers lost at the selected card:")
            : qsTr("Select a link or a card to try another share.")
    }

    Slider {
        id: slider

        objectName: "whatIfSlider"
        Layout.fillWidth: true
        visible: box.linkId.length > 0 || box.stepId.length > 0
        from: 0
        to: 100
        stepSize: 1
        // Start from the map's own value when the selection changes.
        Connections {
            target: box
            function onLinkIdChanged() { slider.reset() }
            function onStepIdChanged() { slider.reset() }
        }
        function reset() {
            if (box.linkId.length > 0) {
                const share = box.editor.link(box.linkId).share
                value = share === undefined || share === null ? 50 : share * 100
            } else if (box.stepId.length > 0) {
                const lost = box.analysis.dropOff[box.stepId]
                value = lost === undefined ? 0 : lost * 100
            }
        }
    }

    Label {
        objectName: "whatIfResult"
        visible: slider.visible
        text: qsTr("%1 % → goal share %2 (now %3)").arg(Math.round(slider.value)).arg(box.percent(box.result.after)).arg(box.percent(box.result.before))
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
