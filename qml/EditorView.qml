import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Waymark.App

// The editor: journeys on the left, the map in the middle, the inspector on the right.
Item {
    id: view

    required property DocumentController controller
    required property MapEditor editor
    required property JourneyListModel journeys
    property string journeyId: ""
    readonly property alias canvas: mapView.canvas
    readonly property alias mapView: mapView
    readonly property bool ready: canvas.ready
    readonly property bool hasSelection: canvas.selectedSteps.length > 0
    readonly property bool hasLinkSelection: canvas.selectedLinks.length > 0
    readonly property bool writable: controller.isOpen && !controller.readOnly
    // The right-hand panel: "inspector", "voting" or "analysis".
    property string panel: "inspector"
    readonly property bool voting: panel === "voting"
    property bool presenting: false
    property int presentStage: 0
    // The window's state before a presentation, given back after it.
    property int visibilityBefore: Window.Windowed
    // The map's view and selection before a presentation, given back after it.
    property var viewBefore: null

    signal journeySelected(string id)

    function copySelection() { mapView.copySelection() }
    function cutSelection() { mapView.cutSelection() }
    function pasteClipboard() { mapView.pasteClipboard() }
    function deleteSelection() { mapView.deleteSelection() }
    function selectAll() { canvas.selectedSteps = canvas.allSteps() }
    function zoomBy(factor) { canvas.zoomAt(factor, canvas.width / 2, canvas.height / 2) }
    function zoomTo(zoom) { canvas.zoomTo(zoom) }
    function fit() { canvas.fitToView() }
    function openPersonas() { personasDialog.open() }
    function openFind() { findBar.activate() }
    function findNext() { if (findBar.field.text.length === 0) findBar.activate(); else findBar.next() }
    function findPrevious() { if (findBar.field.text.length === 0) findBar.activate(); else findBar.previous() }
    // Shows a card: switches journey when needed, selects it and scrolls to it.
    function goToCard(journeyId, stepId) {
        if (journeyId !== view.journeyId)
            view.journeySelected(journeyId)
        Qt.callLater(() => {
            canvas.selectedSteps = [stepId]
            canvas.currentStep = stepId
            canvas.ensureVisible(stepId)
        })
    }
    function openChannels() { channelsDialog.open() }
    // The metric import dialog, on a file when one is given (a dropped CSV).
    function openMetricImport(path) {
        const file = path ? path.toString() : ""
        if (file.length > 0) {
            metricImportDialog.openFile(file)
        } else {
            metricImporter.reset()
            metricImportDialog.open()
            metricImportDialog.chooseFile()
        }
    }

    // Issue 13: event logs (EventImportDialog, ObservedPanel, ObservedOverlay).
    function openEventImport(path) { eventImport.show(path) }
    // A dropped data file: the event import when its columns make an event
    // log (case, activity, time), else the metric import.
    function openDataFile(path) {
        if (eventImport.importer.isEventLog(path))
            openEventImport(path)
        else
            openMetricImport(path)
    }

    function startPresentation() {
        if (presenting)
            return
        visibilityBefore = Window.window.visibility
        viewBefore = {zoom: canvas.zoom, x: canvas.offsetX, y: canvas.offsetY,
                      steps: canvas.selectedSteps, links: canvas.selectedLinks, current: canvas.currentStep}
        presenting = true
        panel = "inspector"
        // The wall shows the stage, not what the editor had selected.
        mapView.selectOnly("")
        Window.window.visibility = Window.FullScreen
        showStage(0)
        mapView.forceActiveFocus()
    }

    function stopPresentation() {
        if (!presenting)
            return
        presenting = false
        canvas.focusSteps = []
        Window.window.visibility = visibilityBefore === Window.FullScreen ? Window.Windowed
                                                                          : visibilityBefore
        restoreViewBefore()
        canvas.selectedSteps = viewBefore.steps
        canvas.selectedLinks = viewBefore.links
        canvas.currentStep = viewBefore.current
        restoringView.restart()
    }

    function restoreViewBefore() {
        if (viewBefore)
            canvas.restoreView(viewBefore.zoom, viewBefore.x, viewBefore.y)
    }

    // The window takes its size back a moment after it leaves full screen
    // (the window manager answers later): the view follows it there, and the
    // wall's stage follows the screen as the window grows to it.
    Timer {
        id: restoringView
        interval: 1000
    }
    Connections {
        target: view.canvas
        function onWidthChanged() { view.followSize() }
        function onHeightChanged() { view.followSize() }
    }
    function followSize() {
        if (presenting)
            canvas.focusStage(presentStage)
        else if (restoringView.running)
            restoreViewBefore()
    }

    // The keys of a presentation go to the map, wherever the menu that
    // started it gives the focus back when it closes.
    Connections {
        target: view.Window.window
        enabled: view.presenting
        function onActiveFocusItemChanged() {
            if (!mapView.activeFocus)
                Qt.callLater(() => { if (view.presenting) mapView.forceActiveFocus() })
        }
    }

    function showStage(index) {
        presentStage = Math.max(0, Math.min(index, canvas.stageCount() - 1))
        canvas.focusStage(presentStage)
        canvas.focusSteps = canvas.stepsInStage(presentStage)
        presentationBar.resetTimer()
    }

    function newJourney(templateName) {
        const id = editor.journeys.newJourney(templateName)
        if (id.length > 0)
            journeySelected(id)
    }

    function duplicateJourney() {
        const id = editor.journeys.duplicateAsFutureState(journeyId)
        if (id.length > 0)
            journeySelected(id)
    }

    function deleteJourney() {
        confirmDelete.open()
    }

    function addStage() {
        const id = editor.structure.addStage(qsTr("New stage"), stageList.count)
        if (id.length > 0)
            mapView.renameHeader("stage", id)
    }

    function addLane(kind) {
        const id = editor.structure.addLane(editor.displayName("lane", kind), kind, lanes.count)
        if (id.length > 0)
            mapView.renameHeader("lane", id)
    }

    StageListModel {
        id: stageList

        document: view.controller
        journeyId: view.journeyId
    }

    LaneListModel {
        id: lanes

        document: view.controller
        journeyId: view.journeyId
    }

    ChannelListModel {
        id: channels

        document: view.controller
    }

    PersonaListModel {
        id: personas

        document: view.controller
    }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        JourneyPanel {
            visible: !view.presenting
            SplitView.preferredWidth: 230
            SplitView.minimumWidth: 160
            journeys: view.journeys
            journeyId: view.journeyId
            writable: view.writable
            onSelected: id => view.journeySelected(id)
            onNewRequested: templateName => view.newJourney(templateName)
            onDuplicateRequested: view.duplicateJourney()
            onDeleteRequested: view.deleteJourney()
            onPersonasRequested: view.openPersonas()
            onChannelsRequested: view.openChannels()
        }

        ColumnLayout {
            SplitView.fillWidth: true
            spacing: 0

            PresentationBar {
                id: presentationBar

                Layout.fillWidth: true
                visible: view.presenting
                stage: view.presentStage
                stages: view.presenting ? view.canvas.stageCount() : 0
                stageName: { stageList.revision; view.presenting; const i = stageList.indexOf(view.canvas.stageId(view.presentStage)); return i >= 0 ? stageList.get(i).name : "" }
                onPrevious: view.showStage(view.presentStage - 1)
                onNext: view.showStage(view.presentStage + 1)
                onExitRequested: view.stopPresentation()
            }

            MapToolbar {
                Layout.fillWidth: true
                visible: !view.presenting
                editor: view.editor
                canvas: view.canvas
                writable: view.writable
                metrics: metricOverlay
                onAddRequested: kind => mapView.addCardOfKind(kind)
            }

            FindBar {
                id: findBar

                objectName: "findBar"
                Layout.fillWidth: true
                controller: view.controller
                journeyId: view.journeyId
                onGoTo: (journeyId, stepId) => view.goToCard(journeyId, stepId)
                onClosed: mapView.forceActiveFocus()
            }

            MapView {
                id: mapView

                Layout.fillWidth: true
                Layout.fillHeight: true
                controller: view.controller
                editor: view.editor
                lanes: lanes
                stages: stageList
                writable: view.writable
                voting: view.voting ? workshopPanel : null
                presenting: view.presenting
                legendHeight: legend.visible ? legend.height + 24 : 0
                legendWidth: legend.visible ? legend.width + 12 : 0
                onPresentationStep: delta => view.showStage(view.presentStage + delta)
                onPresentationEnd: view.stopPresentation()
            }
        }

        WorkshopPanel {
            id: workshopPanel

            visible: view.panel === "voting" && !view.presenting
            SplitView.preferredWidth: 320
            SplitView.minimumWidth: 240
            editor: view.editor
            writable: view.writable
            onCloseRequested: view.panel = "inspector"
            onExportRequested: Window.window.openExportDialog("votes-csv")
        }

        ObservedPanel {
            visible: view.panel === "observed" && !view.presenting
            SplitView.preferredWidth: 340
            SplitView.minimumWidth: 260
            overlay: eventImport.overlay
            writable: view.writable
            onImportRequested: view.openEventImport("")
            onCloseRequested: view.panel = "inspector"
        }

        AnalysisPanel {
            visible: view.panel === "analysis" && !view.presenting
            SplitView.preferredWidth: 340
            SplitView.minimumWidth: 260
            analysis: analysis
            canvas: view.canvas
            editor: view.editor
            onCloseRequested: view.panel = "inspector"
            onCompareRequested: compareDialog.open()
        }

        Inspector {
            visible: view.panel === "inspector" && !view.presenting
            SplitView.preferredWidth: 320
            SplitView.minimumWidth: 240
            editor: view.editor
            canvas: view.canvas
            channels: channels
            personas: personas
            writable: view.writable
        }
    }

    AnalysisController {
        id: analysis

        document: view.controller
        journeyId: view.journeyId
        active: view.panel === "analysis"
    }

    MetricOverlay {
        id: metricOverlay

        document: view.controller
        journeyId: view.journeyId
        dark: Preferences.dark
    }

    ObservedLayer {
        id: eventImport

        view: view
    }

    MetricImportController {
        id: metricImporter

        document: view.controller
        journeyId: view.journeyId
    }

    MetricImportDialog {
        id: metricImportDialog

        objectName: "metricImportDialog"
        anchors.centerIn: parent
        importer: metricImporter
        writable: view.writable
        onShowRequested: metric => view.canvas.overlayMetric = metric
    }

    CardToolTip {
        parent: mapView
        anchors.fill: parent
        z: 6
        controller: view.controller
        journeyId: view.journeyId
        canvas: view.canvas
        stepId: mapView.hoverCard
        busy: mapView.mode !== "" || view.presenting
    }

    MetricLegend {
        id: legend

        objectName: "metricLegend"
        parent: mapView
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 12
        z: 5
        // Only where the journey has values: elsewhere there is nothing to
        // explain (and the toolbar offers no metrics to switch it off).
        visible: view.canvas.overlayMetric.length > 0 && !view.presenting && (metric.hasValues || false)
        metrics: metricOverlay
        metricId: view.canvas.overlayMetric
        onTargetsRequested: metric => metricTargetsDialog.edit(metric)
    }

    MetricTargetsDialog {
        id: metricTargetsDialog

        objectName: "metricTargetsDialog"
        anchors.centerIn: parent
        metrics: metricOverlay
        writable: view.writable
    }

    CompareDialog {
        id: compareDialog

        anchors.centerIn: parent
        analysis: analysis
        journeys: view.journeys
    }

    PersonasDialog {
        id: personasDialog

        objectName: "personasDialog"
        anchors.centerIn: parent
        editor: view.editor
        personas: personas
        writable: view.writable
    }

    ChannelsDialog {
        id: channelsDialog

        anchors.centerIn: parent
        editor: view.editor
        channels: channels
        writable: view.writable
    }

    Dialog {
        id: confirmDelete

        anchors.centerIn: parent
        width: 440
        title: qsTr("Delete journey")
        modal: true
        standardButtons: Dialog.Ok | Dialog.Cancel

        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("Delete \"%1\" with all its cards? You can undo this.").arg(view.editor.journey.name || "")
        }
        onAccepted: view.editor.journeys.deleteJourney(view.journeyId)
    }
}
