import QtQuick
import QtTest

// Links: drawn by dragging the blue handle, selected on their route, edited, deleted.
EditorTestCase {
    name: "Links"

    function handleCenter() {
        const handle = findChild(mapView, "connectHandle")
        tryVerify(() => handle.visible, 2000, "the connect handle is not shown")
        return Qt.point(handle.x + handle.width / 2, handle.y + handle.height / 2)
    }

    function connectByHand(from, to) {
        const p = cardCenter(from)
        click(p.x, p.y)
        compare(findChild(mapView, "connectHandle").stepId, from)
        drag(handleCenter(), cardCenter(to))
    }

    function test_dragFromHandleConnectsTwoCards() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const b = editor.cards.addStep("consideration", "customer", "B", "action")
        connectByHand(a, b)
        const links = linksBetween(a, b)
        compare(links.length, 1)
        compare(links[0].kind, "flow")
        compare(linksBetween(b, a).length, 0)
        compare(canvas.selectedLinks, [links[0].id], "the new link is selected")
        compare(canvas.selectedSteps, [])
        // Undo takes it away again.
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(journey().links.length, 0)
    }

    function test_dropOnNothingOrOnItselfMakesNoLink_data() {
        return [{tag: "empty space", onSelf: false}, {tag: "the same card", onSelf: true}]
    }

    function test_dropOnNothingOrOnItselfMakesNoLink(data) {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const p = cardCenter(a)
        click(p.x, p.y)
        drag(handleCenter(), data.onSelf ? p : emptyPointIn("consideration", "touchpoints"))
        compare(journey().links.length, 0)
        verify(!controller.canUndo || controller.undoText.indexOf("link") < 0)
    }

    function test_clickOnRouteSelectsLinkAndDeleteRemovesIt() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const b = editor.cards.addStep("consideration", "touchpoints", "B", "touchpoint")
        const link = editor.cards.connectSteps(a, b, "flow")
        verify(link.length > 0)
        const empty = emptyPointIn("consideration", "thoughts")
        click(empty.x, empty.y)
        compare(canvas.selectedLinks, [])
        const p = linkPoint(link)
        click(p.x, p.y)
        compare(canvas.selectedLinks, [link])
        compare(canvas.selectedSteps, [])
        keyClick(Qt.Key_Delete)
        compare(journey().links.length, 0)
        compare(journey().steps.length, 2, "deleting a link keeps its cards")
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(journey().links.map(l => l.id), [link])
    }

    function test_linkInspectorEditsKindShareAndLabel() {
        openWindow("journey")
        const a = editor.cards.addStep("awareness", "customer", "A", "action")
        const b = editor.cards.addStep("consideration", "customer", "B", "action")
        const link = editor.cards.connectSteps(a, b, "flow")
        const p = linkPoint(link)
        click(p.x, p.y)

        const kindBox = control("linkKindBox")
        mouseClick(kindBox)
        tryVerify(() => kindBox.popup.opened)
        const row = editor.linkKinds.indexOf("handoff")
        const item = kindBox.popup.contentItem.itemAtIndex(row)
        verify(item)
        settle(item)
        mouseClick(item)
        compare(editor.link(link).kind, "handoff")

        const share = control("shareField")
        mouseClick(share)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        type("40")
        keyClick(Qt.Key_Return)
        compare(journey().links[0].share, 0.4)

        const label = control("labelField")
        mouseClick(label)
        type("most")
        keyClick(Qt.Key_Return)
        compare(journey().links[0].label, "most")
        compare(journey().links[0].kind, "handoff")
    }

    function test_sampleLinksCanBeSelectedAndDeleted() {
        openWindow("sample")
        const before = journey().links.length
        verify(before > 10)
        // The first link whose route shows on screen.
        let link = "", p = null
        for (const l of journey().links) {
            p = linkPoint(l.id, true)
            if (p) {
                link = l.id
                break
            }
        }
        verify(p, "no link on screen")
        click(p.x, p.y)
        compare(canvas.selectedLinks, [link])
        const picked = link
        keyClick(Qt.Key_Backspace)
        compare(journey().links.length, before - 1)
        verify(journey().links.every(l => l.id !== picked))
    }
}
