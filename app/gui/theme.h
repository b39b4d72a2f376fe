#pragma once

#include <QColor>
#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace waymark {

// Colours of the window chrome (the map has its own, in core's MapStyle):
// the signal colours and the palette of each theme, one table that the
// window (Main.qml) and the contrast test (tst_theme) read.
class Theme : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QColor accent READ accent CONSTANT)
    Q_PROPERTY(QColor danger READ danger CONSTANT)
    Q_PROPERTY(QColor warning READ warning CONSTANT)
    Q_PROPERTY(QColor success READ success CONSTANT)

public:
    using QObject::QObject;
    QColor accent() const { return QColor(0x0e, 0x7a, 0xfe); }
    QColor danger() const { return QColor(0xdc, 0x26, 0x26); }
    QColor warning() const { return QColor(0xd9, 0x77, 0x06); }
    QColor success() const { return QColor(0x16, 0xa3, 0x4a); }

    // A palette role ("window", "windowText", "base", "text", "button",
    // "buttonText", "highlight", "highlightedText", "mid", "dark", "light",
    // "alternateBase", "placeholderText", "toolTipBase", "toolTipText",
    // "brightText") of
    // the light or dark theme.
    Q_INVOKABLE QColor color(const QString &role, bool dark) const
    {
        return palette(dark).value(role);
    }

    static QHash<QString, QColor> palette(bool dark)
    {
        const auto c = [](const char *hex) {
            return QColor(QLatin1String(hex));
        };
        if (dark) {
            return {{QStringLiteral("window"), c("#23262b")},
                    {QStringLiteral("windowText"), c("#e8eaed")},
                    {QStringLiteral("base"), c("#1b1d21")},
                    {QStringLiteral("alternateBase"), c("#2a2e34")},
                    {QStringLiteral("text"), c("#e8eaed")},
                    {QStringLiteral("button"), c("#30343b")},
                    {QStringLiteral("buttonText"), c("#e8eaed")},
                    {QStringLiteral("highlight"), c("#2f6fd6")},
                    {QStringLiteral("highlightedText"), c("#ffffff")},
                    // Borders of fields and radio buttons: visible on base.
                    {QStringLiteral("mid"), c("#8a93a0")},
                    {QStringLiteral("dark"), c("#15171a")},
                    {QStringLiteral("brightText"), c("#ffffff")},
                    {QStringLiteral("light"), c("#3a3f47")},
                    {QStringLiteral("placeholderText"), c("#9aa3b0")},
                    {QStringLiteral("toolTipBase"), c("#30343b")},
                    {QStringLiteral("toolTipText"), c("#e8eaed")}};
        }
        return {{QStringLiteral("window"), c("#f4f5f7")},
                {QStringLiteral("windowText"), c("#1f2937")},
                {QStringLiteral("base"), c("#ffffff")},
                {QStringLiteral("alternateBase"), c("#f0f2f5")},
                {QStringLiteral("text"), c("#1f2937")},
                {QStringLiteral("button"), c("#e9ecf0")},
                {QStringLiteral("buttonText"), c("#1f2937")},
                {QStringLiteral("highlight"), c("#0e6ee6")},
                {QStringLiteral("highlightedText"), c("#ffffff")},
                {QStringLiteral("mid"), c("#7b8491")},
                // A highlighted button: brightText on "dark".
                {QStringLiteral("dark"), c("#4b5563")},
                {QStringLiteral("brightText"), c("#ffffff")},
                // The Basic style draws a highlighted row (list, menu, combo
                // box) in highlightedText on "light": it must be dark enough.
                {QStringLiteral("light"), c("#0e6ee6")},
                {QStringLiteral("placeholderText"), c("#6b7280")},
                {QStringLiteral("toolTipBase"), c("#1f2937")},
                {QStringLiteral("toolTipText"), c("#ffffff")}};
    }
};

} // namespace waymark
