import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// The key to the metric overlay: the colour bands of the metric's targets,
// the dashed mark of a small sample, the sparkline, and the way to the
// targets dialog.
Pane {
    id: legend

    required property MetricOverlay metrics
    property string metricId: ""
    readonly property var metric: { metrics.metrics; return metrics.metric(metricId) }
    readonly property var bands: { metrics.metrics; Preferences.language; return metrics.legend(metricId) }

    signal targetsRequested(string metric)

    padding: 10
    background: Rectangle {
        color: palette.base
        border.color: palette.mid
        radius: 6
        opacity: 0.96
    }

    ColumnLayout {
        spacing: 5

        RowLayout {
            spacing: 8

            Label {
                objectName: "legendTitle"
                text: legend.metric.name || ""
                font.bold: true
            }
            Label {
                text: legend.metric.formulaText || ""
                opacity: 0.7
                font.pixelSize: 11
            }
        }
        Repeater {
            model: legend.bands

            delegate: RowLayout {
                required property var modelData

                spacing: 6

                Rectangle {
                    width: 26
                    height: 12
                    radius: 6
                    color: modelData.color
                }
                Label {
                    objectName: "legendBand"
                    text: modelData.text
                    font.pixelSize: 12
                }
            }
        }
        RowLayout {
            spacing: 6

            Rectangle {
                width: 26
                height: 12
                radius: 6
                color: "transparent"
                // A dashed outline, as on the cards.
                Canvas {
                    anchors.fill: parent
                    onPaint: {
                        const ctx = getContext("2d")
                        ctx.reset()
                        ctx.setLineDash([2, 2])
                        ctx.strokeStyle = legend.metrics.neutralColor
                        ctx.lineWidth = 1.2
                        ctx.beginPath()
                        ctx.roundedRect(0.75, 0.75, width - 1.5, height - 1.5, 5.5, 5.5)
                        ctx.stroke()
                    }
                }
            }
            Label {
                objectName: "legendSmallSample"
                text: qsTr("n < %1: small sample").arg(legend.metrics.smallSample)
                font.pixelSize: 12
            }
        }
        RowLayout {
            spacing: 6
            visible: legend.metric.hasPeriods || false

            Canvas {
                // Repainted when the theme changes (else it keeps the old colour).
                readonly property color stroke: palette.windowText

                width: 26
                height: 12
                onStrokeChanged: requestPaint()
                onPaint: {
                    const ctx = getContext("2d")
                    ctx.reset()
                    ctx.strokeStyle = stroke
                    ctx.lineWidth = 1.3
                    ctx.beginPath()
                    ctx.moveTo(1, 9)
                    ctx.lineTo(8, 5)
                    ctx.lineTo(15, 7)
                    ctx.lineTo(24, 2)
                    ctx.stroke()
                }
            }
            Label {
                text: qsTr("trend per period")
                font.pixelSize: 12
            }
        }
        Button {
            objectName: "targetsButton"
            text: qsTr("Targets…")
            flat: true
            Layout.alignment: Qt.AlignLeft
            onClicked: legend.targetsRequested(legend.metricId)
        }
    }
}
