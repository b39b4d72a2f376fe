#pragma once

#include <QColor>
#include <QObject>
#include <QQmlEngine>

namespace waymark {

// Signal colours of the window chrome (the map has its own, in core's MapStyle).
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
};

} // namespace waymark
