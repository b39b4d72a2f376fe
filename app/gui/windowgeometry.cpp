#include "windowgeometry.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QScreen>
#include <QSettings>

#include <algorithm>

namespace waymark {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kMaximizedKey = QStringLiteral("window/maximized");
const QSize kPreferred(1600, 1000);
// A frame the window manager has not reported yet: a title bar and borders.
const QMargins kAssumedFrame(8, 38, 8, 8);

} // namespace

WindowPlacement initialPlacement(const QRect &available, const QMargins &frame,
                                 const WindowPlacement *remembered)
{
    const QMargins f = frame.isNull() ? kAssumedFrame : frame;
    const QRect inner = available.marginsRemoved(f);
    WindowPlacement out;
    if (remembered && remembered->geometry.isValid()) {
        const QRect r = remembered->geometry;
        // Still on this screen (at least mostly) and not larger than it.
        if (inner.intersected(r).width() >= r.width() / 2
            && inner.intersected(r).height() >= r.height() / 2 && r.width() <= inner.width()
            && r.height() <= inner.height()) {
            out.geometry = r;
            out.maximized = remembered->maximized;
            return out;
        }
        out.maximized = remembered->maximized;
    }
    const QSize size(std::min(kPreferred.width(), inner.width()),
                     std::min(kPreferred.height(), inner.height()));
    out.geometry = QRect(QPoint(0, 0), size);
    out.geometry.moveCenter(inner.center());
    return out;
}

void placeAndRemember(QQuickWindow *window)
{
    QSettings settings;
    WindowPlacement saved;
    saved.geometry = settings.value(kGeometryKey).toRect();
    saved.maximized = settings.value(kMaximizedKey).toBool();
    const QScreen *screen = window->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1600, 1000);
    const WindowPlacement place = initialPlacement(available, window->frameMargins(), &saved);
    window->setGeometry(place.geometry);
    if (place.maximized)
        window->showMaximized();

    // The state as the window closes (visibility() is Hidden by then).
    auto *memory = new WindowMemory(window, place);
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, memory,
                     [memory] {
                         QSettings s;
                         s.setValue(kGeometryKey, memory->placement().geometry);
                         s.setValue(kMaximizedKey, memory->placement().maximized);
                     });
}

WindowMemory::WindowMemory(QWindow *window, const WindowPlacement &start)
    : QObject(window)
    , m_place(start)
{
    // windowStates() changes as the state is asked for, before the window
    // manager resizes the window: a full-screen size never counts as normal.
    const auto track = [this, window] {
        if (window->visibility() == QWindow::Windowed
            && window->windowStates() == Qt::WindowNoState)
            m_place.geometry = window->geometry();
    };
    connect(window, &QWindow::xChanged, this, track);
    connect(window, &QWindow::yChanged, this, track);
    connect(window, &QWindow::widthChanged, this, track);
    connect(window, &QWindow::heightChanged, this, track);
    connect(window, &QWindow::visibilityChanged, this, [this](QWindow::Visibility v) {
        if (v == QWindow::Windowed || v == QWindow::Maximized)
            m_place.maximized = v == QWindow::Maximized;
    });
}

} // namespace waymark
