import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// The palette of card kinds and the view controls above the map.
ToolBar {
    id: bar

    required property MapEditor editor
    required property MapCanvas canvas
    property bool writable: true
    // The document's metrics, for the overlay and curve choosers (null: none shown).
    property MetricOverlay metrics: null
    readonly property var metricsWithValues: bar.metrics ? bar.metrics.metrics.filter(m => m.hasValues) : []

    // Whether the view controls go into the "⋯" menu: measured from the
    // buttons' implicit widths, so hiding them cannot change the answer.
    readonly property bool compact: {
        const spacing = 4
        let needed = addMenuButton.implicitWidth + zoomLabel.Layout.preferredWidth
        if (metricsButton.visible)
            needed += metricsButton.implicitWidth + spacing
        for (const button of [zoomOutButton, zoomInButton, fitButton, minimapButton])
            needed += button.implicitWidth + spacing
        return needed + spacing > bar.availableWidth
    }

    signal addRequested(string kind)

    function zoomIn() {
        canvas.zoomAt(1.25, canvas.width / 2, canvas.height / 2)
    }
    function zoomOut() {
        canvas.zoomAt(0.8, canvas.width / 2, canvas.height / 2)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 4

        // The card kinds as buttons while they fit; in a narrow window (or a
        // long language) one "Add card" menu, so the view controls on the
        // right never fall off the edge.
        Item {
            id: kindsArea

            readonly property bool fits: kindsRow.implicitWidth <= width

            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumWidth: addMenuButton.implicitWidth
            implicitHeight: kindsRow.implicitHeight

            Row {
                id: kindsRow

                height: parent.height
                visible: kindsArea.fits
                spacing: 4

                Label {
                    text: qsTr("Add:")
                    leftPadding: 6
                    opacity: 0.7
                    anchors.verticalCenter: parent.verticalCenter
                }

                Repeater {
                    model: bar.editor.stepKinds
                    delegate: ToolButton {
                        id: kindButton

                        required property string modelData

                        objectName: "palette_" + modelData
                        text: (Preferences.language, bar.editor.displayName("step", modelData))
                        enabled: bar.writable
                        ToolTip.text: qsTr("Add a card of this kind to the selected cell; or drag it onto the map")
                        ToolTip.visible: hovered
                        ToolTip.delay: 800
                        onClicked: bar.addRequested(modelData)

                        // Drag a kind from the palette onto a cell of the map. The
                        // proxy follows the pointer itself (no drag.target), so the
                        // drop lands under the pointer however quick the drag.
                        Item {
                            id: dragProxy

                            property string kind: kindButton.modelData

                            width: 1
                            height: 1
                            Drag.active: dragArea.dragging
                            Drag.keys: ["waymark/kind"]
                            Drag.hotSpot: Qt.point(0, 0)
                        }
                        MouseArea {
                            id: dragArea

                            property bool dragging: false
                            property bool dragged: false
                            property point pressAt

                            anchors.fill: parent
                            preventStealing: true
                            onPressed: mouse => {
                                pressAt = Qt.point(mouse.x, mouse.y)
                                dragged = false
                                dragProxy.x = mouse.x
                                dragProxy.y = mouse.y
                            }
                            onPositionChanged: mouse => {
                                if (!dragging && Math.abs(mouse.x - pressAt.x) + Math.abs(mouse.y - pressAt.y) > 8) {
                                    dragging = true
                                    dragged = true
                                }
                                dragProxy.x = mouse.x
                                dragProxy.y = mouse.y
                            }
                            onClicked: {
                                if (!dragged)
                                    bar.addRequested(kindButton.modelData)
                            }
                            onReleased: {
                                if (dragging)
                                    dragProxy.Drag.drop()
                                dragging = false
                                dragProxy.x = 0
                                dragProxy.y = 0
                            }
                            onCanceled: {
                                dragging = false
                                dragProxy.Drag.cancel()
                            }
                        }
                    }
                }
            }

            ToolButton {
                id: addMenuButton

                objectName: "addCardMenuButton"
                visible: !kindsArea.fits
                height: parent.height
                text: qsTr("Add card ▾")
                enabled: bar.writable
                onClicked: addMenu.open()

                AppMenu {
                    id: addMenu

                    objectName: "addCardMenu"
                    y: addMenuButton.height

                    Instantiator {
                        model: bar.editor.stepKinds
                        delegate: MenuItem {
                            required property string modelData

                            objectName: "paletteMenu_" + modelData
                            text: (Preferences.language, bar.editor.displayName("step", modelData))
                            onTriggered: bar.addRequested(modelData)
                        }
                        onObjectAdded: (index, object) => addMenu.insertItem(index, object)
                        onObjectRemoved: (index, object) => addMenu.removeItem(object)
                    }
                }
            }
        }

        // Metrics: which one the cards show, and what the emotion curve follows.
        ToolButton {
            id: metricsButton

            objectName: "metricsButton"
            visible: bar.metricsWithValues.length > 0
            text: {
                const shown = bar.metricsWithValues.find(m => m.id === bar.canvas.overlayMetric)
                return shown ? qsTr("Overlay: %1 ▾").arg(shown.name) : qsTr("Metrics ▾")
            }
            checked: metricsPopup.visible
            ToolTip.text: qsTr("Show a metric on the cards; let the emotion curve follow a metric")
            ToolTip.visible: hovered && !metricsPopup.visible
            ToolTip.delay: 600
            onClicked: metricsPopup.visible ? metricsPopup.close() : metricsPopup.open()

            Popup {
                id: metricsPopup

                objectName: "metricsPopup"
                y: metricsButton.height
                padding: 10

                ColumnLayout {
                    spacing: 2

                    ButtonGroup { id: overlayGroup }
                    ButtonGroup { id: curveGroup }

                    Label {
                        text: qsTr("On the cards")
                        font.bold: true
                    }
                    RadioButton {
                        objectName: "overlay_"
                        text: qsTr("No metric")
                        ButtonGroup.group: overlayGroup
                        checked: bar.canvas.overlayMetric === ""
                        onClicked: bar.canvas.overlayMetric = ""
                    }
                    Repeater {
                        model: bar.metricsWithValues

                        delegate: RadioButton {
                            required property var modelData

                            objectName: "overlay_" + modelData.id
                            text: modelData.name
                            ButtonGroup.group: overlayGroup
                            checked: bar.canvas.overlayMetric === modelData.id
                            onClicked: bar.canvas.overlayMetric = modelData.id
                        }
                    }
                    MenuSeparator {
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("Emotion curve")
                        font.bold: true
                    }
                    RadioButton {
                        objectName: "curve_"
                        text: qsTr("From the cards")
                        ButtonGroup.group: curveGroup
                        checked: bar.canvas.emotionMetric === ""
                        onClicked: bar.canvas.emotionMetric = ""
                    }
                    Repeater {
                        model: bar.metricsWithValues

                        delegate: RadioButton {
                            required property var modelData

                            objectName: "curve_" + modelData.id
                            text: qsTr("From %1").arg(modelData.name)
                            ButtonGroup.group: curveGroup
                            checked: bar.canvas.emotionMetric === modelData.id
                            onClicked: bar.canvas.emotionMetric = modelData.id
                        }
                    }
                    Label {
                        Layout.maximumWidth: 240
                        text: qsTr("Cards without a value keep their own emotion.")
                        wrapMode: Text.Wrap
                        opacity: 0.7
                        font.pixelSize: 11
                    }
                }
            }
        }

        // The view controls. When they and the buttons on the left do not fit
        // (a narrow window, a long language), all but the zoom level go into a
        // "⋯" menu, so that none of them falls off the edge.
        ToolButton {
            id: zoomOutButton

            visible: !bar.compact
            text: "−"
            Accessible.name: qsTr("Zoom out")
            onClicked: bar.zoomOut()
        }
        ToolButton {
            id: zoomLabel

            objectName: "zoomLabel"
            text: qsTr("%1 %").arg(Math.round(bar.canvas.zoom * 100))
            Layout.preferredWidth: Math.max(64, implicitWidth)
            ToolTip.text: qsTr("Back to 100 %")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            onClicked: bar.canvas.zoomTo(1)
        }
        ToolButton {
            id: zoomInButton

            visible: !bar.compact
            text: "+"
            Accessible.name: qsTr("Zoom in")
            onClicked: bar.zoomIn()
        }
        ToolButton {
            id: fitButton

            visible: !bar.compact
            text: qsTr("Fit")
            onClicked: bar.canvas.fitToView()
        }
        ToolButton {
            id: minimapButton

            visible: !bar.compact
            text: qsTr("Minimap")
            checkable: true
            checked: Preferences.showMinimap
            onToggled: Preferences.showMinimap = checked
        }
        ToolButton {
            id: moreButton

            objectName: "viewMenuButton"
            visible: bar.compact
            text: "⋯"
            Accessible.name: qsTr("More view controls")
            onClicked: viewMenu.open()

            AppMenu {
                id: viewMenu

                objectName: "viewMenu"
                y: moreButton.height

                Action {
                    text: qsTr("Zoom in")
                    onTriggered: bar.zoomIn()
                }
                Action {
                    text: qsTr("Zoom out")
                    onTriggered: bar.zoomOut()
                }
                Action {
                    text: qsTr("Fit")
                    onTriggered: bar.canvas.fitToView()
                }
                Action {
                    text: qsTr("Minimap")
                    checkable: true
                    checked: Preferences.showMinimap
                    onTriggered: Preferences.showMinimap = checked
                }
            }
        }
    }
}
