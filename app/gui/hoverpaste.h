#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickItem>

namespace waymark {

// Ctrl+V over a picture area (PictureField.qml): with the mouse over
// `target` and an image on the clipboard, the paste goes to the area, even
// when a text field elsewhere has the keyboard focus and would take the key
// first. Without an image on the clipboard, or with the mouse elsewhere, the
// key goes where it always goes (the focused text field, the map's cards).
class HoverPaste : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // The area; `active` while the mouse is over it and it takes a paste.
    Q_PROPERTY(QQuickItem *target READ target WRITE setTarget NOTIFY targetChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    explicit HoverPaste(QObject *parent = nullptr);
    ~HoverPaste() override;

    QQuickItem *target() const { return m_target; }
    void setTarget(QQuickItem *target);
    bool active() const { return m_active; }
    void setActive(bool active);

Q_SIGNALS:
    void targetChanged();
    void activeChanged();
    // Ctrl+V (or Shift+Insert) was pressed over the area: paste into it.
    void pasted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool takes(QObject *watched, QEvent *event) const;

    QPointer<QQuickItem> m_target;
    bool m_active = false;
};

} // namespace waymark
