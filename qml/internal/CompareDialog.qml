import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// Current state against future state: seams and goal share before and after,
// and which cards were added, removed or changed.
Dialog {
    id: dialog

    objectName: "compareDialog"

    required property AnalysisController analysis
    required property JourneyListModel journeys
    property var comparison: ({})

    function percent(share) {
        return share === undefined || share === null ? "—" : qsTr("%1 %").arg(Math.round(share * 1000) / 10)
    }

    function pickDefaults() {
        for (let i = 0; i < journeys.count; ++i) {
            if (journeys.get(i).state === "current" && currentBox.currentIndex < 0)
                currentBox.currentIndex = i
            if (journeys.get(i).state === "future" && futureBox.currentIndex < 0)
                futureBox.currentIndex = i
        }
        if (currentBox.currentIndex < 0)
            currentBox.currentIndex = 0
        if (futureBox.currentIndex < 0)
            futureBox.currentIndex = Math.min(1, journeys.count - 1)
        run()
    }

    function run() {
        if (currentBox.currentIndex >= 0 && futureBox.currentIndex >= 0)
            comparison = analysis.compare(journeys.get(currentBox.currentIndex).id, journeys.get(futureBox.currentIndex).id)
    }

    title: qsTr("Compare two states")
    modal: true
    standardButtons: Dialog.Close
    width: 720
    height: 560
    onAboutToShow: pickDefaults()

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Label { text: qsTr("Current") }
            ComboBox {
                id: currentBox

                objectName: "compareCurrent"
                Layout.fillWidth: true
                model: dialog.journeys
                textRole: "name"
                currentIndex: -1
                onActivated: dialog.run()
            }
            Label { text: qsTr("Future") }
            ComboBox {
                id: futureBox

                objectName: "compareFuture"
                Layout.fillWidth: true
                model: dialog.journeys
                textRole: "name"
                currentIndex: -1
                onActivated: dialog.run()
            }
        }

        GridLayout {
            columns: 3
            columnSpacing: 24
            visible: dialog.comparison.current !== undefined

            Label { text: "" }
            Label { text: qsTr("Current"); font.bold: true }
            Label { text: qsTr("Future"); font.bold: true }

            Label { text: qsTr("Cards") }
            Label { text: String(dialog.comparison.current ? dialog.comparison.current.steps : "") }
            Label { text: String(dialog.comparison.future ? dialog.comparison.future.steps : "") }

            Label { text: qsTr("Handoffs") }
            Label { text: String(dialog.comparison.current ? dialog.comparison.current.handoffs : "") }
            Label {
                objectName: "futureHandoffs"
                text: String(dialog.comparison.future ? dialog.comparison.future.handoffs : "")
                color: dialog.comparison.future && dialog.comparison.future.handoffs < dialog.comparison.current.handoffs ? Theme.success : palette.windowText
            }

            Label { text: qsTr("Channel switches") }
            Label { text: String(dialog.comparison.current ? dialog.comparison.current.channelSwitches : "") }
            Label { text: String(dialog.comparison.future ? dialog.comparison.future.channelSwitches : "") }

            Label { text: qsTr("Reach the goal") }
            Label { text: dialog.percent(dialog.comparison.current ? dialog.comparison.current.goalShare : undefined) }
            Label { text: dialog.percent(dialog.comparison.future ? dialog.comparison.future.goalShare : undefined) }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("%1 added, %2 removed, %3 changed, %4 unchanged")
                  .arg(dialog.comparison.added ? dialog.comparison.added.length : 0)
                  .arg(dialog.comparison.removed ? dialog.comparison.removed.length : 0)
                  .arg(dialog.comparison.changed ? dialog.comparison.changed.length : 0)
                  .arg(dialog.comparison.unchanged || 0)
            font.bold: true
        }

        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: {
                const rows = []
                for (const t of (dialog.comparison.added || []))
                    rows.push(qsTr("Added: %1").arg(t))
                for (const t of (dialog.comparison.removed || []))
                    rows.push(qsTr("Removed: %1").arg(t))
                for (const c of (dialog.comparison.changed || []))
                    rows.push(qsTr("Changed: %1 (%2)").arg(c.title).arg(c.fields))
                return rows
            }
            delegate: Label {
                required property string modelData
                width: ListView.view.width
                text: modelData
                wrapMode: Text.Wrap
                padding: 2
            }
        }
    }
}
