import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs

// Qt's file dialog for a file to write: its button says "Save" (Qt Quick's
// own dialog says "Open" unless told), and Enter in the file name field
// presses that button, as a click would (Qt's does nothing on Enter).
FileDialog {
    id: dialog

    // The file name field already hooked, so that Enter is connected once.
    property var hookedField: null

    // The visible file name field under `item`: Qt Quick's dialog keeps it in
    // the window's overlay, not under the FileDialog object.
    function findField(item) {
        if (!item)
            return null
        if (item.objectName === "fileNameTextField" && item.visible)
            return item
        const children = item.children || []
        for (let i = 0; i < children.length; ++i) {
            const found = findField(children[i])
            if (found)
                return found
        }
        return null
    }

    function hookEnter() {
        const window = dialog.parentWindow
        const field = findField(window && window.contentItem ? window.contentItem.parent : null)
        if (!field || field === hookedField)
            return
        hookedField = field
        field.accepted.connect(() => {
            // After the field's editingFinished, which names the file.
            Qt.callLater(() => {
                const siblings = field.parent.children
                for (let i = 0; i < siblings.length; ++i) {
                    const item = siblings[i]
                    if (item.standardButton !== undefined && item.standardButtons !== undefined) {
                        const button = item.standardButton(Dialog.Open) || item.standardButton(Dialog.Save)
                        if (button)
                            button.clicked()
                        else
                            item.accepted()
                        return
                    }
                }
            })
        })
    }

    fileMode: FileDialog.SaveFile
    acceptLabel: qsTr("Save")
    onVisibleChanged: if (visible) Qt.callLater(hookEnter)
}
