#pragma once

#include <QMargins>
#include <QObject>
#include <QRect>

class QQuickWindow;
class QWindow;

namespace waymark {

// Where the editor window goes and how big it is.
struct WindowPlacement
{
    QRect geometry; // the client area, frame excluded
    bool maximized = false;
};

// The first window of a session: the one remembered last time when it still
// fits on the screen, else a default size that leaves room for the frame
// (title bar, borders) inside the available area, centred. `frame` is the
// window manager's frame around the client area (zero before the first show).
WindowPlacement initialPlacement(const QRect &available, const QMargins &frame,
                                 const WindowPlacement *remembered);

// Follows where the user leaves a window: its geometry while it is a normal
// window and whether it is maximized. Full screen (a presentation) and
// minimized are passing states, not remembered: quitting in the middle of a
// presentation keeps the window it was shown from.
class WindowMemory : public QObject
{
public:
    WindowMemory(QWindow *window, const WindowPlacement &start);
    const WindowPlacement &placement() const { return m_place; }

private:
    WindowPlacement m_place;
};

// Applies initialPlacement() to `window` from the settings and remembers
// its geometry and maximized state as it closes.
void placeAndRemember(QQuickWindow *window);

} // namespace waymark
