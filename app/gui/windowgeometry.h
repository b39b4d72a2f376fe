#pragma once

#include <QMargins>
#include <QRect>

class QQuickWindow;

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

// Applies initialPlacement() to `window` from the settings and remembers
// its geometry and maximized state as it closes.
void placeAndRemember(QQuickWindow *window);

} // namespace waymark
