import QtQuick
import QtQuick.Controls

// A menu as wide as its widest item (text, check mark, shortcut, submenu
// arrow), in every language: the styles' menus are a fixed 200 px and cut
// longer items off ("Analy…", "Сочетания кла…").
Menu {
    id: menu

    // Measured each time the menu opens: item texts change with the language
    // and with the undo stack ("Undo %1"). Items hidden for this opening of a
    // context menu count too, so the menu keeps one width.
    property real fitWidth: 0

    function widestItem() {
        let widest = 0
        for (let i = 0; i < count; ++i) {
            const item = itemAt(i)
            if (item)
                widest = Math.max(widest, item.implicitWidth)
        }
        return widest + leftPadding + rightPadding
    }

    delegate: AppMenuItem {}
    width: Math.max(implicitWidth, fitWidth)
    onAboutToShow: fitWidth = widestItem()
}
