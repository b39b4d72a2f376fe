pragma Singleton
import QtQuick

// Colours of the window chrome, light and dark (the map has its own, in core).
QtObject {
    readonly property color accent: "#0e7afe"
    readonly property color danger: "#dc2626"
    readonly property color warning: "#d97706"
    readonly property color success: "#16a34a"
}
