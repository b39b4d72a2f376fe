pragma Singleton
import QtQuick

// Colours of the window chrome, light and dark (the map has its own, in core).
QtObject {
    readonly property color accent: "#0e7afe"
    readonly property color danger: "#dc2626"
    readonly property color warning: "#d97706"
    readonly property color success: "#16a34a"

    readonly property Palette lightPalette: Palette {
        window: "#f4f5f7"
        windowText: "#1f2937"
        base: "#ffffff"
        alternateBase: "#f0f2f5"
        text: "#1f2937"
        button: "#e9ecf0"
        buttonText: "#1f2937"
        highlight: "#0e7afe"
        highlightedText: "#ffffff"
        mid: "#c9ced6"
        dark: "#9aa3ae"
        light: "#ffffff"
        placeholderText: "#8a94a3"
        toolTipBase: "#1f2937"
        toolTipText: "#ffffff"
    }

    readonly property Palette darkPalette: Palette {
        window: "#23262b"
        windowText: "#e8eaed"
        base: "#1b1d21"
        alternateBase: "#2a2e34"
        text: "#e8eaed"
        button: "#30343b"
        buttonText: "#e8eaed"
        highlight: "#3d8bfd"
        highlightedText: "#ffffff"
        mid: "#4b525c"
        dark: "#15171a"
        light: "#3a3f47"
        placeholderText: "#8b95a3"
        toolTipBase: "#e8eaed"
        toolTipText: "#1b1d21"
    }
}
