import QtQuick
import QtQuick.Controls
import QtTest

// The team workspace dialogs in the real window: Open team workspace… builds
// the URI from its fields (Enter = Open), lists the recent workspaces, and the
// password dialog asks with the echo off, hands the password over and keeps
// nothing. The servers here refuse at once (127.0.0.1, port 1): no network,
// no PostgreSQL (tst_teamcontroller opens real ones).
EditorTestCase {
    name: "TeamDialogs"

    readonly property string refusedUri: "postgresql://anna@127.0.0.1:1/cx?sslmode=require&workspace=sofa"

    SignalSpy {
        id: openSpy

        signalName: "openRequested"
    }

    function messageText() {
        return findChild(window.header, "messageText").text
    }

    function teamDialog() {
        const d = findChild(window, "teamDialog")
        verify(d, "no team dialog")
        return d
    }

    function field(dialog, name) {
        const f = findChild(dialog.contentItem, name)
        verify(f, "no " + name)
        return f
    }

    function typeInto(f, text) {
        f.forceActiveFocus()
        tryVerify(() => f.activeFocus)
        f.selectAll()
        keyClick(Qt.Key_Delete)
        type(text)
    }

    function openTeamDialog() {
        window.openTeamDialog()
        const d = teamDialog()
        tryVerify(() => d.opened, 3000, "the team dialog did not open")
        openSpy.target = d
        openSpy.clear()
        return d
    }

    function test_fieldsBuildTheUriAndEnterOpens() {
        files.setRecentFiles([])
        openWindow("journey")
        const d = openTeamDialog()
        compare(field(d, "teamPort").text, "5432")
        typeInto(field(d, "teamHost"), "127.0.0.1")
        typeInto(field(d, "teamPort"), "1")
        typeInto(field(d, "teamDatabase"), "c x")
        typeInto(field(d, "teamUser"), "anna")
        const tls = field(d, "teamTlsMode")
        tls.currentIndex = tls.find("require")
        compare(tls.currentText, "require")
        typeInto(field(d, "teamWorkspace"), "sofa")
        keyClick(Qt.Key_Return)
        compare(openSpy.count, 1, "Enter did not open")
        compare(openSpy.signalArguments[0][0],
                "postgresql://anna@127.0.0.1:1/c%20x?sslmode=require&workspace=sofa")
        tryVerify(() => !d.visible, 3000, "the dialog stayed open")
        // Nobody listens there: one line in the message bar, the file stays open.
        tryVerify(() => messageText().indexOf("cannot connect") >= 0, 10000,
                  "message: " + messageText())
        verify(messageText().indexOf("\n") < 0)
        verify(controller.isOpen)
        verify(controller.filePath.endsWith(".cjm"))
    }

    function test_socketFolderGoesInTheQuery() {
        openWindow("journey")
        const d = openTeamDialog()
        typeInto(field(d, "teamHost"), "/nonexistent/waymark-socket")
        typeInto(field(d, "teamDatabase"), "cx")
        typeInto(field(d, "teamWorkspace"), "w1")
        field(d, "teamTlsMode").currentIndex = 0 // prefer
        field(d, "teamWorkspace").forceActiveFocus()
        keyClick(Qt.Key_Enter)
        compare(openSpy.count, 1)
        compare(openSpy.signalArguments[0][0],
                "postgresql:///cx?host=%2Fnonexistent%2Fwaymark-socket&sslmode=prefer&workspace=w1")
    }

    function test_recentWorkspacesAreListedAndOpen() {
        const file = files.newFile("journey")
        files.setRecentFiles([refusedUri, file])
        openPath(file)
        const d = openTeamDialog()
        // Only team workspaces, not files.
        const recent = findChild(d.contentItem, "teamRecent")
        verify(recent, "no recent workspace listed")
        compare(recent.text, refusedUri)
        mouseClick(recent)
        compare(openSpy.count, 1)
        compare(openSpy.signalArguments[0][0], refusedUri)
        tryVerify(() => !d.visible, 3000)
        tryVerify(() => messageText().indexOf("cannot connect") >= 0, 10000,
                  "message: " + messageText())
    }

    function test_cancelOpensNothing() {
        openWindow("journey")
        const d = openTeamDialog()
        typeInto(field(d, "teamWorkspace"), "sofa")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !d.visible, 3000)
        compare(openSpy.count, 0)
    }

    function test_passwordDialogAsksAndKeepsNothing() {
        openWindow("journey")
        const d = findChild(window, "teamPasswordDialog")
        verify(d, "no password dialog")
        // What DocumentController says when the server wants a password.
        controller.passwordNeeded(refusedUri, refusedUri, "")
        tryVerify(() => d.opened, 3000, "the password dialog did not open")
        const prompt = findChild(d.contentItem, "teamPasswordPrompt")
        verify(prompt.text.indexOf("postgresql://anna@127.0.0.1:1/cx") >= 0, prompt.text)
        verify(!findChild(d.contentItem, "teamPasswordError").visible)
        const password = findChild(d.contentItem, "teamPassword")
        compare(password.echoMode, TextInput.Password)
        tryVerify(() => password.activeFocus, 3000, "the field has no focus")
        type("Secret-42")
        compare(password.text, "Secret-42")
        verify(password.displayText.indexOf("Secret") < 0, "the password is shown")
        keyClick(Qt.Key_Return)
        tryVerify(() => !d.visible, 3000, "Enter did not send the password")
        compare(password.text, "", "the field kept the password")
        // The server is not there: one line, without the password.
        tryVerify(() => messageText().indexOf("cannot connect") >= 0, 10000,
                  "message: " + messageText())
        verify(messageText().indexOf("Secret-42") < 0)
        verify(files.settingsText().indexOf("Secret-42") < 0, "the password was written")

        // A refused password: asked again, saying why; Cancel empties the field.
        controller.passwordNeeded(refusedUri, refusedUri, "the server refused the password for \"anna\"")
        tryVerify(() => d.opened, 3000)
        const error = findChild(d.contentItem, "teamPasswordError")
        verify(error.visible)
        compare(error.text, "the server refused the password for \"anna\"")
        type("Other")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !d.visible, 3000)
        compare(password.text, "")
    }
}
