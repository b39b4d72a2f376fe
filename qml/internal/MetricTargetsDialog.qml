import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// Targets of one metric: green and amber thresholds, which way is better,
// and the formula; OK is one undo step.
Dialog {
    id: dialog

    required property MetricOverlay metrics
    property string metricId: ""
    property bool writable: true
    readonly property var metric: { metrics.metrics; return metrics.metric(metricId) }

    function edit(id) {
        metricId = id
        greenField.text = metric.greenText || ""
        amberField.text = metric.amberText || ""
        direction.currentIndex = metric.higherIsBetter === false ? 1 : 0
        formula.currentIndex = Math.max(0, formula.indexOfValue(metric.formula || ""))
        open()
    }

    title: qsTr("Targets for %1").arg(metric.name || "")
    modal: true
    width: 420
    standardButtons: writable ? Dialog.Ok | Dialog.Cancel : Dialog.Close

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 12
        rowSpacing: 8

        Label {
            text: qsTr("Formula")
        }
        ComboBox {
            id: formula

            objectName: "targetsFormula"
            Layout.fillWidth: true
            enabled: dialog.writable
            textRole: "text"
            valueRole: "value"
            model: dialog.metrics.formulaOptions
        }
        Label {
            text: qsTr("Better when")
        }
        ComboBox {
            id: direction

            objectName: "targetsDirection"
            Layout.fillWidth: true
            enabled: dialog.writable
            model: [qsTr("higher"), qsTr("lower")]
        }
        Label {
            text: qsTr("Green from")
        }
        TextField {
            id: greenField

            objectName: "targetsGreen"
            Layout.fillWidth: true
            enabled: dialog.writable
            placeholderText: qsTr("no target")
        }
        Label {
            text: qsTr("Amber from")
        }
        TextField {
            id: amberField

            objectName: "targetsAmber"
            Layout.fillWidth: true
            enabled: dialog.writable
            placeholderText: qsTr("no target")
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.7
            text: qsTr("Cards at or past green are green, at or past amber amber, the others red. Leave a field empty for no colours.")
        }
    }

    // A value that is not a number (the message bar says which) keeps the
    // dialog open with what was typed.
    onAccepted: {
        if (!metrics.setTargets(metricId, greenField.text, amberField.text, direction.currentIndex === 0,
                                formula.currentValue))
            Qt.callLater(open)
    }
}
