import QtQuick
import QtTest
import Waymark.App
import "../../tests/qml"

// The README's screenshots and the look pass over the window in each
// language and theme: the real window (tests/qml's runner), offscreen.
// Run by docs/images/make-screenshots.sh, which prepares the files:
//   WAYMARK_SHOTS       the folder the PNGs go to
//   WAYMARK_SHOTS_DATA  the folder with nps.cjm (the sample with NPS
//                       answers imported), checkout.png, showroom.png,
//                       email.png and qualtrics.csv
EditorTestCase {
    name: "Screenshots"

    readonly property string out: files.environment("WAYMARK_SHOTS")
    readonly property string data: files.environment("WAYMARK_SHOTS_DATA")

    function initTestCase() {
        verify(out.length > 0 && data.length > 0, "WAYMARK_SHOTS and WAYMARK_SHOTS_DATA")
    }

    function cleanup() {
        Preferences.language = "en"
        Preferences.theme = "light"
        Preferences.userName = ""
        // EditorTestCase's: closes the windows.
        for (const w of windows)
            closeWindow(w)
        windows = []
        window = null
    }

    function shot(name) {
        waitForRendering(window.contentItem)
        for (let i = 0; i < 100 && canvas.pendingTiles > 0; ++i)
            wait(100)
        wait(300)
        verify(files.saveWindow(window, out + "/" + name + ".png"), name)
    }

    function use(language, theme) {
        Preferences.language = language
        Preferences.theme = theme
    }

    // The sample in the current language, at the README's size.
    function openSample(path) {
        openPath(path || files.newFile("sample"), {width: 1600, height: 1000})
        window.visibility = Window.Windowed
        window.width = 1600
        window.height = 1000
        tryVerify(() => editorView.ready, 10000)
    }

    // Pictures on two pieces of evidence and a checkout card; comments and
    // dots as a workshop leaves them.
    function decorate() {
        const url = name => "file://" + data + "/" + name
        verify(editor.pictures.setStepPictureFile("e02", url("showroom.png")))
        verify(editor.pictures.setStepPictureFile("e03", url("email.png")))
        verify(editor.pictures.setStepPictureFile("c08", url("checkout.png")))
        for (const [step, n] of [["e02", 2], ["c08", 3], ["c10", 1], ["p02", 4]]) {
            for (let i = 0; i < n; ++i)
                verify(editor.workshop.addComment(step, "Olga", "Note " + (i + 1)))
        }
        const dots = [["p01", "Olga", 2], ["p02", "Olga", 3], ["p02", "Ivan", 3], ["c10", "Ivan", 1],
                      ["p03", "Mei", 3], ["o02", "Mei", 2], ["o01", "Ivan", 1],
                      ["c08", "Tom", 2], ["c06", "Tom", 3]]
        for (const [step, who, n] of dots)
            verify(editor.workshop.vote(step, who, n))
    }

    // The map scrolled so that `stepId` is near the top left of the view.
    function scrollTo(stepId, dx, dy) {
        canvas.ensureVisible(stepId)
        const r = canvas.cardRect(stepId)
        canvas.panBy(canvas.headerWidth + (dx || 40) - r.x, canvas.headerHeight + (dy || 40) - r.y)
    }

    // ---- the README

    function test_readme_blueprint() {
        use("en", "light")
        openSample()
        // The blueprint lanes at the bottom of the view, the map's end at
        // the view's.
        scrollTo("f01", 300, 260)
        const bottom = canvas.mapToView(0, canvas.mapBounds.y + canvas.mapBounds.height).y
        canvas.panBy(0, canvas.height - bottom - 4)
        shot("editor-blueprint")
    }

    function test_readme_metrics() {
        use("en", "light")
        openSample(data + "/nps.cjm")
        canvas.overlayMetric = "nps"
        canvas.emotionMetric = "nps"
        scrollTo("c08", 30, 30)
        shot("metrics-overlay")
        editorView.openMetricImport("file://" + data + "/qualtrics.csv")
        const dialog = findChild(editorView, "metricImportDialog")
        if (dialog)
            tryVerify(() => dialog.opened, 5000)
        wait(500)
        shot("metrics-import")
    }

    function test_readme_workshop() {
        use("en", "light")
        openSample()
        decorate()
        editorView.panel = "voting"
        scrollTo("e02", 20, 20)
        shot("workshop")
    }

    // ---- the look pass: each part in a language and a theme

    function look_data() {
        return [{tag: "ru-dark", language: "ru", theme: "dark"},
                {tag: "zh-light", language: "zh_CN", theme: "light"},
                {tag: "en-light", language: "en", theme: "light"},
                {tag: "en-dark", language: "en", theme: "dark"}]
    }

    function test_look_data() { return look_data() }

    function test_look(row) {
        use(row.language, row.theme)
        openSample()
        decorate()
        editorView.panel = "voting"
        scrollTo("e02", 20, 20)
        shot(row.tag + "-workshop")

        editorView.panel = "inspector"
        canvas.selectedSteps = ["c08"]
        canvas.currentStep = "c08"
        shot(row.tag + "-pictures")

        editorView.openFind()
        const find = findChild(window.contentItem, "findField")
        tryVerify(() => find.activeFocus)
        find.text = row.language === "ru" ? "диван" : row.language === "zh_CN" ? "沙发" : "sofa"
        wait(400)
        shot(row.tag + "-find")
        keyClick(Qt.Key_Escape)

        window.openPrintDialog()
        wait(400)
        shot(row.tag + "-print")
        keyClick(Qt.Key_Escape)

        editorView.openPersonas()
        const personas = findChild(editorView, "personasDialog")
        tryVerify(() => personas.opened)
        shot(row.tag + "-personas")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !personas.opened)

        window.openShortcuts()
        wait(400)
        shot(row.tag + "-shortcuts")
        keyClick(Qt.Key_Escape)
    }
}
