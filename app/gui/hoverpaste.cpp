#include "hoverpaste.h"

#include "pictureeditor.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QQuickWindow>

namespace waymark {

HoverPaste::HoverPaste(QObject *parent)
    : QObject(parent)
{}

HoverPaste::~HoverPaste()
{
    setActive(false);
}

void HoverPaste::setTarget(QQuickItem *target)
{
    if (m_target == target)
        return;
    m_target = target;
    Q_EMIT targetChanged();
}

void HoverPaste::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    // Only while the mouse is over the area: the application's events are
    // not looked at otherwise.
    if (active)
        qApp->installEventFilter(this);
    else
        qApp->removeEventFilter(this);
    Q_EMIT activeChanged();
}

bool HoverPaste::takes(QObject *watched, QEvent *event) const
{
    if (!m_active || !m_target || !m_target->window() || !m_target->isVisible()
        || !m_target->isEnabled())
        return false;
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return false;
    if (!static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste))
        return false;
    // A key of this window: sent to the window itself, or (the shortcut
    // check) to its focused item.
    QWindow *window = qobject_cast<QWindow *>(watched);
    if (!window) {
        if (auto *item = qobject_cast<QQuickItem *>(watched))
            window = item->window();
    }
    return window == m_target->window() && clipboardHoldsPicture();
}

bool HoverPaste::eventFilter(QObject *watched, QEvent *event)
{
    if (!takes(watched, event))
        return false;
    // The shortcut check: the focused text field does not get to claim the
    // key, and no menu shortcut fires; the key press itself comes next.
    event->accept();
    if (event->type() == QEvent::KeyPress)
        Q_EMIT pasted();
    return true;
}

} // namespace waymark
