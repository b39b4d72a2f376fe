import QtQuick
import QtTest

// Observed behaviour in the window (issue 13): File ▸ Import events… on a
// real CSV, the overlay on the map (drawn, and its ghost link clicked into a
// real link, one undo step), the panel's variants and *Use observed shares*.
EditorTestCase {
    name: "Observed"

    function plannedAndUnplanned() {
        const j = journey()
        const flow = j.links.filter(l => l.kind === "flow" && l.from !== l.to)
        const link = flow[0]
        // Two steps of the flow with no link between them either way.
        const linked = (a, b) => j.links.some(l => (l.from === a && l.to === b) || (l.from === b && l.to === a))
        for (const l of flow) {
            for (const other of flow) {
                const busy = [link.from, link.to]
                if (busy.includes(l.from) || busy.includes(other.to))
                    continue
                if (other.to !== l.from && other.to !== l.to && !linked(l.from, other.to))
                    return {link: link, ghostFrom: l.from, ghostTo: other.to}
            }
        }
        fail("no unlinked pair in the sample")
    }

    function title(id) {
        return jsonStep(id).title.replace(/"/g, '""')
    }

    // Three cases along a planned link, one along an unplanned pair, and an
    // activity that names no step.
    function eventLog(pick) {
        const a = pick.link.from, b = pick.link.to
        let csv = "case_id,activity,timestamp\n"
        for (let c = 1; c <= 3; ++c) {
            csv += `k${c},"${title(a)}",2026-03-01T10:00:00Z\n`
            csv += `k${c},"${title(b)}",2026-03-01T10:0${c}:00Z\n`
        }
        csv += `k9,"${title(pick.ghostFrom)}",2026-03-01T10:00:00Z\n`
        csv += `k9,"${title(pick.ghostTo)}",2026-03-01T10:05:00Z\n`
        csv += "k9,Lunch break,2026-03-01T10:06:00Z\n"
        const path = files.textFile("events.csv", csv)
        verify(path.length > 0)
        return path
    }

    // A dropped event log opens the event import; a survey export (which has
    // a time, a step and an id column too) the metric import.
    function test_dropChoosesTheImport_data() {
        return [{tag: "event log", survey: false}, {tag: "survey", survey: true}]
    }

    function test_dropChoosesTheImport(data) {
        openWindow("sample")
        const path = data.survey ? Qt.resolvedUrl("../data/metrics/plain.csv").toString()
                                 : "file://" + eventLog(plannedAndUnplanned())
        const events = findChild(editorView, "eventImportDialog")
        const metrics = findChild(editorView, "metricImportDialog")
        verify(events && metrics)
        verify(window.openDroppedFile(path, window.width / 2, window.height / 2))
        const opened = data.survey ? metrics : events
        const other = data.survey ? events : metrics
        tryVerify(() => opened.opened, 3000)
        verify(!other.visible, "both import dialogs opened")
        if (!data.survey)
            compare(events.importer.state, "ready", events.importer.error)
        opened.close()
    }

    function test_importShowClickAndShares() {
        openWindow("sample")
        const pick = plannedAndUnplanned()
        const a = pick.link.from, b = pick.link.to
        const path = eventLog(pick)

        editorView.openEventImport(path)
        const dialog = findChild(editorView, "eventImportDialog")
        verify(dialog)
        tryVerify(() => dialog.opened, 3000)
        const importer = dialog.importer
        compare(importer.state, "ready", importer.error)
        compare(importer.columns[importer.caseColumn], "case_id")
        compare(importer.columns[importer.activityColumn], "activity")
        compare(importer.columns[importer.timeColumn], "timestamp")
        const button = findChild(dialog.contentItem, "importButton")
        tryVerify(() => button.visible && button.enabled, 3000)
        mouseClick(button)
        tryVerify(() => importer.state === "done", 10000, importer.error)
        dialog.close()

        const overlay = findChild(editorView, "observedOverlay")
        verify(overlay)
        tryVerify(() => overlay.hasData)
        verify(overlay.active, "the overlay shows after an import")
        compare(editorView.panel, "observed")
        compare(overlay.summary.cases, 4)
        compare(overlay.summary.unmatchedEvents, 1)
        compare(overlay.variants.length, 2)
        compare(overlay.variants[0].cases, 3)
        compare(overlay.ghostCount, 1)

        // Drawn: the map looks different with the overlay than without.
        waitForRendering(canvas)
        const on = grabImage(overlay)
        overlay.active = false
        waitForRendering(canvas)
        const off = grabImage(overlay)
        verify(!on.equals(off), "the overlay draws nothing")
        overlay.active = true

        // A variant selected in the panel is highlighted.
        const list = findChild(editorView, "variantList")
        verify(list)
        tryVerify(() => list.itemAtIndex(0) !== null)
        compare(overlay.variant, -1)
        verify(!list.itemAtIndex(0).highlighted, "a variant shows selected while none is")
        mouseClick(list.itemAtIndex(0))
        compare(overlay.variant, 0)
        verify(list.itemAtIndex(0).highlighted)

        // The ghost link: clicked, it becomes a real link; undo takes it away.
        canvas.ensureVisible(pick.ghostFrom)
        const ghost = ghostIndex(overlay, pick.ghostFrom, pick.ghostTo)
        const p = overlay.ghostPoint(ghost)
        compare(linksBetween(pick.ghostFrom, pick.ghostTo).length, 0)
        mouseClick(mapView, p.x, p.y)
        tryVerify(() => linksBetween(pick.ghostFrom, pick.ghostTo).length === 1)
        compare(overlay.ghostCount, 0)
        controller.undo()
        compare(linksBetween(pick.ghostFrom, pick.ghostTo).length, 0)
        compare(overlay.ghostCount, 1)

        // Use observed shares: all three cases at a went on to b.
        const shares = findChild(editorView, "useSharesButton")
        verify(shares)
        mouseClick(shares)
        tryVerify(() => linksBetween(a, b)[0].share === 1)
        controller.undo()
        compare(linksBetween(a, b)[0].share, pick.link.share)
    }

    // tests/data/events: one stage, one lane, so a -> c and c -> b (not on
    // the map) pass the cards between their ends.
    function openPlanWithLog() {
        openWindow("journey")
        const id = editor.journeys.importJourneys(Qt.resolvedUrl("../data/events/plan.json"))
        verify(id.length > 0)
        window.journeyId = id
        tryVerify(() => editor.journeyId === id)
        editorView.openEventImport(Qt.resolvedUrl("../data/events/log.csv"))
        const dialog = findChild(editorView, "eventImportDialog")
        tryVerify(() => dialog.opened, 3000)
        compare(dialog.importer.state, "ready", dialog.importer.error)
        dialog.importer.start()
        tryVerify(() => dialog.importer.state === "done", 10000, dialog.importer.error)
        dialog.close()
        const overlay = findChild(editorView, "observedOverlay")
        tryVerify(() => overlay.hasData && overlay.active)
        verify(overlay.ghostCount >= 2)
        return overlay
    }

    // The ghost (unplanned transition) from `from` to `to`: its index, found at its badge.
    function ghostIndex(overlay, from, to) {
        const words = `from \u201c${jsonStep(from).title}\u201d to \u201c${jsonStep(to).title}\u201d`
        for (let i = 0; i < 50; ++i) {
            const p = overlay.ghostPoint(i)
            if (overlay.ghostAt(p.x, p.y) === i && overlay.ghostText(i).indexOf(words) > 0)
                return i
        }
        fail("no ghost " + from + " -> " + to)
    }

    function test_cardTakesItsClicks() {
        const overlay = openPlanWithLog()
        waitForRendering(canvas)
        const links = journey().links.length
        // Every card's centre selects the card and adds no link.
        for (const id of ["a", "b", "c", "d"]) {
            const p = cardCenter(id)
            mouseClick(mapView, p.x, p.y)
            compare(canvas.selectedSteps, [id])
            compare(journey().links.length, links, "a click on " + id + " added a link")
        }
        // The ghost a -> c itself still adds its link, one undo step.
        const ghost = ghostIndex(overlay, "a", "c")
        const p = overlay.ghostPoint(ghost)
        compare(canvas.cardAt(p.x, p.y), "", "the count of a -> c sits on a card")
        // Hovered, it says what it is and what a click does.
        const tip = findChild(editorView, "ghostTip")
        verify(tip)
        // After a click the first move only enters the map: move twice.
        mouseMove(mapView, p.x - 4, p.y)
        mouseMove(mapView, p.x, p.y)
        tryVerify(() => tip.visible, 3000, "no tooltip over the ghost")
        verify(tip.text.indexOf("\u201cVisits the site\u201d to \u201cChecks out\u201d") > 0, tip.text)
        const b = cardCenter("b")
        mouseMove(mapView, b.x, b.y)
        tryVerify(() => !tip.visible, 3000, "the ghost's tooltip over a card")
        mouseClick(mapView, p.x, p.y)
        tryVerify(() => linksBetween("a", "c").length === 1)
        compare(journey().links.length, links + 1)
        controller.undo()
        compare(linksBetween("a", "c").length, 0)
        compare(journey().links.length, links)
    }

    // Activities that name no step are listed with their events, the most
    // frequent first, and the rest counted.
    function test_unmatchedListed() {
        openWindow("sample")
        const pick = plannedAndUnplanned()
        let csv = "case_id,activity,timestamp\n"
        csv += `k1,"${title(pick.link.from)}",2026-03-01T10:00:00Z\n`
        let minute = 10
        // "Other 1" 1 time, …, "Other 7" 7 times.
        for (let n = 1; n <= 7; ++n) {
            for (let k = 0; k < n; ++k)
                csv += `k1,Other ${n},2026-03-01T11:${minute++}:00Z\n`
        }
        editorView.openEventImport(files.textFile("unmatched.csv", csv))
        const dialog = findChild(editorView, "eventImportDialog")
        tryVerify(() => dialog.opened, 3000)
        compare(dialog.importer.state, "ready", dialog.importer.error)
        dialog.importer.start()
        tryVerify(() => dialog.importer.state === "done", 10000, dialog.importer.error)
        dialog.close()
        const overlay = findChild(editorView, "observedOverlay")
        tryVerify(() => overlay.hasData)
        compare(overlay.summary.unmatchedEvents, 28)
        compare(overlay.unmatched.map(u => u.activity), ["Other 7", "Other 6", "Other 5", "Other 4", "Other 3"])
        compare(overlay.unmatched[0].events, 7)
        compare(overlay.unmatchedMore, 3) // "Other 2" twice and "Other 1" once

        // In the panel: each name with its count, then the rest.
        compare(editorView.panel, "observed")
        const more = findChild(editorView, "unmatchedMore")
        verify(more && more.visible)
        verify(more.text.indexOf("3") >= 0, more.text)
        const list = findChild(editorView, "unmatchedList")
        verify(list)
        compare(list.count, 5)
        const row = list.itemAt(0)
        tryVerify(() => row.visible)
        compare(row.children[0].text, "Other 7")
        compare(row.children[1].text, "7")
    }

    // Picks an entry of a combo box by its index, with the mouse.
    function chooseIndex(combo, index) {
        tryVerify(() => combo.visible && combo.enabled, 3000, "combo box not usable")
        settle(combo)
        mouseClick(combo)
        tryVerify(() => combo.popup.opened, 3000, "popup of " + combo.objectName + " did not open")
        const list = combo.popup.contentItem
        list.positionViewAtIndex(index, ListView.Contain)
        let item = null
        tryVerify(() => (item = list.itemAtIndex(index)) !== null)
        waitForRendering(list)
        mouseClick(item)
        tryVerify(() => !combo.popup.visible)
        compare(combo.currentIndex, index)
    }

    // A US log is read month first even when its first rows all have a day
    // of 12 or less (the whole file decides); day first, chosen by hand, it
    // fails at 03/13 and says what to do.
    function test_usLogProposedMonthFirstAndDayFirstByHandFails() {
        openWindow("sample")
        const pick = plannedAndUnplanned()
        let csv = "case_id,activity,timestamp\n"
        for (let d = 1; d <= 13; ++d) {
            const day = (d < 10 ? "0" : "") + d
            csv += `k${d},"${title(pick.link.from)}",03/${day}/2026 9:00 AM\n`
            csv += `k${d},"${title(pick.link.to)}",03/${day}/2026 1:00 PM\n`
        }
        editorView.openEventImport(files.textFile("us.csv", csv))
        const dialog = findChild(editorView, "eventImportDialog")
        tryVerify(() => dialog.opened, 3000)
        const importer = dialog.importer
        compare(importer.state, "ready", importer.error)
        compare(importer.timeFormat, "mdy")

        const format = findChild(dialog.contentItem, "timeFormatCombo")
        verify(format)
        chooseIndex(format, dialog.timeFormats.indexOf("dmy"))
        compare(importer.timeFormat, "dmy")
        importer.start()
        tryVerify(() => importer.state === "failed", 10000)
        verify(importer.error.indexOf("03/13/2026") >= 0, importer.error)
        verify(findChild(dialog.contentItem, "remedyText").visible)
        dialog.close()
    }

    // A log whose dates read both ways: the order of each case's two events
    // shows which way was used. Month first, chosen in the dialog, wins.
    function test_ambiguousLogMonthFirstChosenInTheDialog() {
        openWindow("sample")
        const pick = plannedAndUnplanned()
        let csv = "case_id,activity,timestamp\n"
        // "to" at 0n/01 and "from" at 01/0n: month first, "from" is in
        // January and "to" on the first of month n, so "from" comes first;
        // day first, the other way round.
        for (let d = 1; d <= 3; ++d) {
            const n = d + 1
            csv += `k${d},"${title(pick.link.to)}",0${n}/01/2026 9:00 AM\n`
            csv += `k${d},"${title(pick.link.from)}",01/0${n}/2026 9:00 AM\n`
        }
        editorView.openEventImport(files.textFile("both.csv", csv))
        const dialog = findChild(editorView, "eventImportDialog")
        tryVerify(() => dialog.opened, 3000)
        const importer = dialog.importer
        compare(importer.state, "ready", importer.error)
        const format = findChild(dialog.contentItem, "timeFormatCombo")
        verify(format)
        chooseIndex(format, dialog.timeFormats.indexOf("mdy"))
        compare(importer.timeFormat, "mdy")
        compare(importer.state, "ready", importer.error)
        const button = findChild(dialog.contentItem, "importButton")
        tryVerify(() => button.enabled)
        mouseClick(button)
        tryVerify(() => importer.state === "done", 10000, importer.error)
        dialog.close()
        const overlay = findChild(editorView, "observedOverlay")
        tryVerify(() => overlay.hasData)
        compare(overlay.summary.cases, 3)
        compare(overlay.variants[0].steps, [pick.link.from, pick.link.to])
    }

    // The channel and segment columns are shown and can be changed or left out.
    function test_optionalColumnsChosen() {
        openWindow("sample")
        const pick = plannedAndUnplanned()
        let csv = "case_id,activity,timestamp,medium,tier\n"
        csv += `k1,"${title(pick.link.from)}",2026-03-01T10:00:00Z,web,gold\n`
        csv += `k1,"${title(pick.link.to)}",2026-03-01T10:05:00Z,app,gold\n`
        editorView.openEventImport(files.textFile("channels.csv", csv))
        const dialog = findChild(editorView, "eventImportDialog")
        tryVerify(() => dialog.opened, 3000)
        const importer = dialog.importer
        compare(importer.state, "ready", importer.error)
        compare(importer.channelColumn, 3)
        compare(importer.segmentColumn, 4)
        const channel = findChild(dialog.contentItem, "channelCombo")
        const segment = findChild(dialog.contentItem, "segmentCombo")
        compare(channel.currentText, "medium")
        compare(segment.currentText, "tier")
        chooseIndex(channel, 0) // none
        compare(importer.channelColumn, -1)
        compare(importer.segmentColumn, 4)
        compare(importer.state, "ready", importer.error)
        chooseIndex(segment, 4) // "medium"
        compare(importer.segmentColumn, 3)
        compare(importer.channelColumn, -1)
        // The choice holds in the import: no channel mix, although a column
        // is called "medium" (and free again once "tier" is the segment).
        chooseIndex(segment, 5) // "tier"
        compare(importer.segmentColumn, 4)
        compare(importer.channelColumn, -1)
        const button = findChild(dialog.contentItem, "importButton")
        tryVerify(() => button.visible && button.enabled, 3000)
        mouseClick(button)
        tryVerify(() => importer.state === "done", 10000, importer.error)
        dialog.close()
        const overlay = findChild(editorView, "observedOverlay")
        tryVerify(() => overlay.hasData)
        compare(overlay.segmentColumn, "tier")
        compare(overlay.segments.map(g => g.value), ["gold"])
        const tip = overlay.stepText(pick.link.from)
        verify(tip.length > 0 && tip.indexOf("Channels") < 0, tip)
    }

    // With channel and segment columns: the panel's segments table, and a
    // step badge whose tooltip gives the step's channel mix.
    function test_segmentsAndChannelMix() {
        openWindow("journey")
        const id = editor.journeys.importJourneys(Qt.resolvedUrl("../data/events/plan.json"))
        verify(id.length > 0)
        window.journeyId = id
        tryVerify(() => editor.journeyId === id)
        let csv = "case_id,activity,timestamp,channel,segment\n"
        csv += "k1,WEB-1,2026-03-01T10:00:00Z,web,gold\n"
        csv += "k1,SU,2026-03-01T10:01:00Z,app,gold\n"
        csv += "k1,Checks out,2026-03-01T10:02:00Z,app,gold\n"
        csv += "k1,PAY,2026-03-01T10:03:00Z,web,gold\n"
        csv += "k2,WEB-1,2026-03-01T10:00:00Z,app,silver\n"
        csv += "k2,SU,2026-03-01T10:05:00Z,web,silver\n"
        csv += "k3,WEB-1,2026-03-01T10:00:00Z,web,silver\n"
        editorView.openEventImport(files.textFile("segments.csv", csv))
        const dialog = findChild(editorView, "eventImportDialog")
        tryVerify(() => dialog.opened, 3000)
        compare(dialog.importer.state, "ready", dialog.importer.error)
        compare(dialog.importer.segmentColumn, 4)
        dialog.importer.start()
        tryVerify(() => dialog.importer.state === "done", 10000, dialog.importer.error)
        dialog.close()
        const overlay = findChild(editorView, "observedOverlay")
        tryVerify(() => overlay.hasData && overlay.active)
        compare(overlay.segmentColumn, "segment")
        compare(overlay.segments.map(g => g.value), ["silver", "gold"])

        // The table: silver 2 cases, none reached the goal; gold 1, conformant.
        compare(editorView.panel, "observed")
        const table = findChild(editorView, "segmentTable")
        verify(table)
        compare(table.count, 2)
        const silver = table.itemAt(0), gold = table.itemAt(1)
        tryVerify(() => silver.visible)
        compare([silver.children[0].text, silver.children[1].text, silver.children[2].text,
                 silver.children[3].text], ["silver", "2", "0%", "0%"])
        compare([gold.children[0].text, gold.children[1].text, gold.children[2].text,
                 gold.children[3].text], ["gold", "1", "100%", "100%"])

        // The badge of a: three visits, web 2 and app 1.
        waitForRendering(canvas)
        canvas.ensureVisible("a")
        waitForRendering(canvas)
        const p = overlay.stepBadgePoint("a")
        compare(overlay.stepBadgeAt(p.x, p.y), "a")
        compare(canvas.cardAt(p.x, p.y), "", "the badge of a sits on a card")
        const tip = findChild(editorView, "stepTip")
        verify(tip)
        mouseMove(mapView, p.x - 4, p.y)
        mouseMove(mapView, p.x, p.y)
        tryVerify(() => tip.visible, 3000, "no tooltip over the badge")
        verify(tip.text.indexOf("\u201cVisits the site\u201d: 3 visits") === 0, tip.text)
        verify(tip.text.indexOf("Channels (\u201cchannel\u201d): web 2 (67%), app 1 (33%)") > 0, tip.text)
        const b = cardCenter("b")
        mouseMove(mapView, b.x, b.y)
        tryVerify(() => !tip.visible, 3000, "the badge's tooltip over a card")
    }

    function test_badLogIsOneLine() {
        openWindow("sample")
        const path = files.textFile("bad.csv", "case,activity,note\n1,x,y\n")
        editorView.openEventImport(path)
        const dialog = findChild(editorView, "eventImportDialog")
        tryVerify(() => dialog.opened, 3000)
        compare(dialog.importer.state, "failed")
        verify(dialog.importer.error.indexOf("no time column") === 0, dialog.importer.error)
        verify(findChild(dialog.contentItem, "errorText").visible)
        dialog.close()
    }
}
