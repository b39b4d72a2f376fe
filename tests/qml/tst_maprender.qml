import QtQuick
import QtTest

// What the map looks like on screen, read from the window's pixels. The
// tests run offscreen, with Qt Quick's software renderer: the one
// `--screenshot` and users without OpenGL get, which draws only some kinds
// of scene-graph nodes and places nodes added later from their parents'
// recorded state.
EditorTestCase {
    name: "MapRender"

    readonly property color selectionColour: "#0e7afe"
    readonly property color voteColour: "#7c3aed"

    function near(c, expected) {
        return Math.abs(c.r - expected.r) < 0.08 && Math.abs(c.g - expected.g) < 0.08
                && Math.abs(c.b - expected.b) < 0.08
    }

    // Points of the window outside the map, in the journey list (the toolbar
    // changes with the selection).
    function pointsBesideTheMap() {
        const list = findChild(window.contentItem, "journeyList")
        verify(list && list.visible, "no journey list")
        const out = []
        const origin = list.mapToItem(window.contentItem, 0, 0)
        for (let fx = 0.1; fx < 1; fx += 0.2) {
            for (let fy = 0.1; fy < 1; fy += 0.1)
                out.push(Qt.point(Math.round(origin.x + list.width * fx), Math.round(origin.y + list.height * fy)))
        }
        return out
    }

    function grab() {
        waitForRendering(window.contentItem)
        return grabImage(window.contentItem)
    }

    function checkSameBeside(before, after, points, what) {
        for (const p of points) {
            verify(Qt.colorEqual(before.pixel(p.x, p.y), after.pixel(p.x, p.y)),
                   what + ": the window changed at " + p.x + "," + p.y + " beside the map")
        }
    }

    // A frame in the selection colour round a card, on all four sides.
    function checkFrame(image, id) {
        const r = canvas.cardRect(id)
        const tl = canvas.mapToItem(window.contentItem, r.x, r.y)
        const mid = Qt.point(Math.round(tl.x + r.width / 2), Math.round(tl.y + r.height / 2))
        const sides = [Qt.point(Math.round(tl.x - 3), mid.y), Qt.point(Math.round(tl.x + r.width + 3), mid.y),
                       Qt.point(mid.x, Math.round(tl.y - 3)), Qt.point(mid.x, Math.round(tl.y + r.height + 3))]
        for (const p of sides)
            verify(near(image.pixel(p.x, p.y), selectionColour),
                   "no selection frame round " + id + " at " + p.x + "," + p.y + ": " + image.pixel(p.x, p.y))
    }

    function test_selectionDrawsAFrameAndTheMapStaysInPlace() {
        openWindow("sample")
        const points = pointsBesideTheMap()
        const before = grab()
        const ids = canvas.allSteps()
        verify(ids.length >= 2)
        click(cardCenter(ids[0]).x, cardCenter(ids[0]).y)
        compare(canvas.selectedSteps, [ids[0]])
        let image = grab()
        checkSameBeside(before, image, points, "one card selected")
        checkFrame(image, ids[0])

        const c = cardCenter(ids[1])
        click(c.x, c.y, Qt.LeftButton, Qt.ControlModifier)
        compare(canvas.selectedSteps.length, 2)
        image = grab()
        checkSameBeside(before, image, points, "two cards selected")
        checkFrame(image, ids[0])
        checkFrame(image, ids[1])
    }

    // A redraw of every tile (a language switch, a zoom that settles) puts
    // the new tiles where the old ones were.
    function test_theMapStaysInPlaceAfterARedraw() {
        openWindow("sample")
        const points = pointsBesideTheMap()
        const before = grab()
        canvas.retranslate()
        tryVerify(() => canvas.ready && canvas.pendingTiles === 0, 5000)
        checkSameBeside(before, grab(), points, "after a redraw")
        canvas.zoomTo(0.7)
        tryVerify(() => canvas.ready && canvas.pendingTiles === 0, 5000)
        wait(300) // the zoom settles and draws sharp tiles
        checkSameBeside(before, grab(), points, "after zooming")
    }

    // The widest run of a colour along a row of the window, from x0 to x1.
    function longestRun(image, y, x0, x1, colour) {
        let best = 0, run = 0
        for (let x = Math.round(x0); x <= Math.round(x1); ++x) {
            run = near(image.pixel(x, Math.round(y)), colour) ? run + 1 : 0
            best = Math.max(best, run)
        }
        return best
    }

    // Vote dots can be counted from the back of the room when the map is
    // zoomed out to fit: at least about 10 px across (they were 15 map units,
    // 5 px at a fitted 35 %).
    function test_voteDotsStayLargeWhenZoomedOut() {
        openWindow("sample")
        const id = canvas.allSteps()[0]
        verify(editor.workshop.vote(id, "Anna", 2))
        canvas.zoomTo(0.35)
        wait(400) // the zoom settles and the tiles are drawn at it
        tryVerify(() => canvas.ready && canvas.pendingTiles === 0, 5000)
        const image = grab()
        const r = canvas.cardRect(id)
        const tl = canvas.mapToItem(window.contentItem, r.x, r.y)
        // The dots stand on the card's top edge: their widest row is at or
        // a few pixels above it.
        let run = 0
        for (let y = tl.y - 10; y <= tl.y + 2; ++y)
            run = Math.max(run, longestRun(image, y, tl.x, tl.x + r.width, voteColour))
        // The full colour inside the anti-aliased rim: 8 px of a 10 px dot.
        verify(run >= 7, "vote dots " + run + " px across at 35 %")
    }
}
