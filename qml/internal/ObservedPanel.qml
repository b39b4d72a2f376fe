import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// What the journey's event data says (issue 13): the planned/observed
// toggle, the summary, the deviations, the variants (select one to highlight
// its path on the map) and *Use observed shares*.
Pane {
    id: panel

    required property ObservedOverlay overlay
    property bool writable: true
    // Rows of the segments table; the rest is "and N more".
    readonly property int shownSegments: 6

    signal importRequested()
    signal closeRequested()

    padding: 12

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Observed behaviour")
                font.bold: true
                Layout.fillWidth: true
            }
            ToolButton {
                text: "\u2715"
                onClicked: panel.closeRequested()
            }
        }

        Label {
            Layout.fillWidth: true
            visible: !panel.overlay.hasData
            text: qsTr("No event data for this journey yet. Import an event log (case id, activity, time) to see what customers really did.")
            wrapMode: Text.Wrap
        }
        Button {
            visible: !panel.overlay.hasData
            enabled: panel.writable
            text: qsTr("Import events…")
            onClicked: panel.importRequested()
        }

        RowLayout {
            visible: panel.overlay.hasData
            Label { text: qsTr("Show:") }
            RadioButton {
                objectName: "plannedButton"
                text: qsTr("Planned")
                checked: !panel.overlay.active
                onToggled: panel.overlay.active = !checked
            }
            RadioButton {
                objectName: "observedButton"
                text: qsTr("Observed")
                checked: panel.overlay.active
                onToggled: panel.overlay.active = checked
            }
        }

        Label {
            objectName: "observedSummary"
            Layout.fillWidth: true
            visible: panel.overlay.hasData
            wrapMode: Text.Wrap
            text: {
                const s = panel.overlay.summary
                if (!panel.overlay.hasData)
                    return ""
                const pct = n => s.cases > 0 ? Math.round(n * 100 / s.cases) : 0
                //: %1 is "12 cases", %2 the file or database, %5 "3 variants".
                return qsTr("%1 from %2: %3% reached a goal, %4% followed the map; %5.")
                    .arg(qsTr("%n case(s)", "", s.cases)).arg(s.source).arg(pct(s.reachedGoal))
                    .arg(pct(s.conformant)).arg(qsTr("%n variant(s)", "", s.variantCount))
            }
        }

        // What the log holds beyond the map: each activity that names no step, with its events.
        Label {
            visible: panel.overlay.hasData && panel.overlay.summary.unmatchedEvents > 0
            text: qsTr("Not on the map (events)")
            font.bold: true
        }
        Repeater {
            objectName: "unmatchedList"
            model: panel.overlay.hasData ? panel.overlay.unmatched : []
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                Label {
                    text: modelData.activity.length > 0 ? modelData.activity : qsTr("(empty)")
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    ToolTip.visible: truncated && unmatchedHover.hovered
                    ToolTip.text: text
                    HoverHandler { id: unmatchedHover }
                }
                Label {
                    text: modelData.events
                    font.bold: true
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: 50
                }
            }
        }
        Label {
            objectName: "unmatchedMore"
            visible: panel.overlay.hasData && panel.overlay.unmatchedMore > 0
            text: qsTr("and %n more event(s)", "", panel.overlay.unmatchedMore)
            opacity: 0.7
        }

        Label {
            visible: panel.overlay.hasData
            text: qsTr("Deviations (cases)")
            font.bold: true
        }
        Repeater {
            model: panel.overlay.deviations
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                visible: panel.overlay.hasData
                Label {
                    text: modelData.name
                    Layout.preferredWidth: 110
                }
                Label {
                    text: modelData.cases
                    font.bold: true
                    Layout.preferredWidth: 50
                }
                Label {
                    text: modelData.help
                    opacity: 0.7
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    ToolTip.visible: truncated && helpHover.hovered
                    ToolTip.text: text
                    HoverHandler { id: helpHover }
                }
            }
        }

        // With a segment column: per value its cases, and the shares that
        // reached a goal and followed the map.
        Label {
            visible: panel.overlay.hasData && panel.overlay.segmentColumn.length > 0
            text: qsTr("Segments (“%1”)").arg(panel.overlay.segmentColumn)
            font.bold: true
        }
        RowLayout {
            visible: panel.overlay.hasData && panel.overlay.segments.length > 0
            Layout.fillWidth: true
            opacity: 0.7
            Label { text: qsTr("Segment"); Layout.fillWidth: true }
            Label { text: qsTr("Cases"); horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 50 }
            Label { text: qsTr("Goal"); horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 45 }
            Label { text: qsTr("On map"); horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 55 }
        }
        Repeater {
            objectName: "segmentTable"
            model: panel.overlay.hasData ? panel.overlay.segments.slice(0, panel.shownSegments) : []
            delegate: RowLayout {
                required property var modelData
                readonly property var pct: n => Math.round(n * 100 / Math.max(modelData.cases, 1)) + "%"
                Layout.fillWidth: true
                Label {
                    text: modelData.value
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    ToolTip.visible: truncated && segmentHover.hovered
                    ToolTip.text: text
                    HoverHandler { id: segmentHover }
                }
                Label {
                    text: modelData.cases
                    font.bold: true
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: 50
                }
                Label {
                    text: pct(modelData.reachedGoal)
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: 45
                }
                Label {
                    text: pct(modelData.conformant)
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: 55
                }
            }
        }
        Label {
            objectName: "segmentsMore"
            visible: panel.overlay.hasData && panel.overlay.segments.length > panel.shownSegments
            text: qsTr("and %n more segment(s)", "", panel.overlay.segments.length - panel.shownSegments)
            opacity: 0.7
        }

        Label {
            visible: panel.overlay.hasData
            text: qsTr("Variants (select one to highlight its path)")
            font.bold: true
        }
        ListView {
            id: variantList

            objectName: "variantList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: panel.overlay.hasData
            clip: true
            model: panel.overlay.variants
            currentIndex: panel.overlay.variant
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                width: ListView.view.width
                // Not ListView.isCurrentItem: a ListView makes item 0 current
                // when its model arrives, while no variant is selected.
                highlighted: index === panel.overlay.variant
                text: qsTr("%1%2: %3").arg(qsTr("%n case(s)", "", modelData.cases))
                          .arg(modelData.conformant ? "" : qsTr(" (deviates)")).arg(modelData.path)
                ToolTip.visible: hovered && contentItem.truncated
                ToolTip.text: modelData.path
                onClicked: {
                    panel.overlay.active = true
                    panel.overlay.variant = panel.overlay.variant === index ? -1 : index
                }
            }
        }

        Button {
            objectName: "useSharesButton"
            visible: panel.overlay.hasData
            enabled: panel.writable
            text: qsTr("Use observed shares")
            onClicked: panel.overlay.useObservedShares()
        }
        Label {
            Layout.fillWidth: true
            visible: panel.overlay.hasData && panel.overlay.ghostCount > 0
            text: qsTr("Dashed links are transitions the map does not plan: click one to add it as a link.")
            wrapMode: Text.Wrap
            opacity: 0.7
        }
    }
}
