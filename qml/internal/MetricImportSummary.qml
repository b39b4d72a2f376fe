import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What an import read, matched and could not use: rows whose step names no
// step (value and row count) and answers that were not counted.
ScrollView {
    id: box

    property var summary: ({})

    clip: true
    contentWidth: availableWidth

    ColumnLayout {
        width: box.availableWidth
        spacing: 8

        Label {
            objectName: "summaryText"
            Layout.fillWidth: true
            text: qsTr("Imported: %1").arg(box.summary.text || "")
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: (box.summary.replaced || 0) > 0
            text: qsTr("It replaces the earlier import of the same survey.")
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: (box.summary.unmatched || []).length > 0
            text: qsTr("Rows whose step matches no step of the journey:")
            wrapMode: Text.Wrap
        }
        Repeater {
            model: box.summary.unmatched || []

            delegate: Label {
                required property var modelData

                objectName: "unmatched_" + modelData.value
                Layout.leftMargin: 16
                text: qsTr("“%1”: %n row(s)", "", modelData.rows).arg(modelData.value)
            }
        }
        Label {
            Layout.leftMargin: 16
            visible: (box.summary.unmatchedOther || 0) > 0
            text: qsTr("other values: %n row(s)", "", box.summary.unmatchedOther || 0)
        }
        Repeater {
            model: box.summary.rejected || []

            delegate: Label {
                required property var modelData

                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Answers not counted in “%1” (%2): %3, e.g. %4")
                      .arg(modelData.column).arg(modelData.metric).arg(modelData.answers).arg(modelData.examples)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: (box.summary.badDates || 0) > 0
            text: qsTr("Dates that could not be read: %1 (those rows count in no period)").arg(box.summary.badDates || 0)
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Undo (Ctrl+Z) removes the whole import.")
            opacity: 0.7
        }
    }
}
