#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariant>

namespace waymark {

// Key sequences as the platform writes them, for menus: "Ctrl+Z" from
// StandardKey.Undo or from the string "Ctrl+Z".
class KeyNames : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;
    // "" for no shortcut.
    Q_INVOKABLE QString text(const QVariant &shortcut) const;
};

} // namespace waymark
