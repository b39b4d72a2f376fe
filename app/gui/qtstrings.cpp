// Qt's own texts that the window shows (the buttons of a Dialog's
// standardButtons come from QPlatformTheme; Qt Quick's file dialog labels
// its fields, and Qt 6.4's own catalogues do not translate those). Listed here so that lupdate
// puts them in Waymark's catalogues: the buttons are translated even where
// Qt's own translations (qt6-translations-l10n) are not installed.

#include <QtGlobal>

namespace waymark {

[[maybe_unused]] static const char *const kQtButtonTexts[] = {
        QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
};

// Qt Quick Dialogs' FileDialog.qml (qsTr: the file's name is the context).
[[maybe_unused]] static const char *const kQtFileDialogTexts[] = {
        QT_TRANSLATE_NOOP("FileDialog", "File name"),
        QT_TRANSLATE_NOOP("FileDialog", "Filter"),
};

} // namespace waymark
